//! The attribute grammar: what `#[parse_errors(...)]` and `#[entry(...)]` accept.
//!
//! Everything here is syntax only. Whether a category exists, or a code is shared
//! on purpose, is decided in `valid.rs`, where all the table is in view.

use darling::ast::NestedMeta;
use darling::{Error, FromMeta, Result};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Ident, Lit, LitStr, Meta, Path};

use crate::suggest;

/// The name of the helper attribute that carries an entry's category and flags.
pub const ENTRY_ATTR: &str = "entry";

/// Flags an entry's attribute accepts besides its category.
pub const ENTRY_FLAGS: &[&str] = &["alias"];

/// Keys of an entry's attribute that take a value.
pub const ENTRY_KEYS: &[&str] = &["display"];

/// The arguments `#[parse_errors(...)]` takes.
pub const TABLE_KEYS: &[&str] = &["category", "category_enum", "crate", "extends", "range"];

/// Flags a category declaration accepts besides its name and title.
pub const CATEGORY_FLAGS: &[&str] = &["client_only"];

/// The arguments of `#[parse_errors(...)]`.
#[derive(Clone, Debug, Default, FromMeta)]
pub struct TableArgs {
    /// `category(Api = "API Issues")`, once per category, in display order.
    #[darling(multiple, rename = "category")]
    pub categories: Vec<CategoryDecl>,
    /// The name of the generated category enum; `<Table>Category` when absent.
    #[darling(default, with = category_enum_arg)]
    pub category_enum: Option<Ident>,
    /// The path of the runtime crate, for users who rename `parse-errors`.
    #[darling(rename = "crate", default, with = crate_arg)]
    pub krate: Option<Path>,
    /// A table this one extends: its codes are this table's too.
    #[darling(default, with = extends_arg)]
    pub extends: Option<Path>,
    /// The codes this table's own entries may have; `9000..=9999` when it extends another.
    pub range: Option<CodeRangeArg>,
}

const RANGE_SHAPE: &str = "`range` is an inclusive range of codes, like `range = 9000..=9999`";

/// `range = 9000..=9999`: the codes a table's own entries may have.
#[derive(Clone, Debug)]
pub struct CodeRangeArg {
    pub start: i32,
    pub end: i32,
}

impl FromMeta for CodeRangeArg {
    fn from_meta(item: &Meta) -> Result<Self> {
        match item {
            Meta::NameValue(pair) => Self::from_expr(&pair.value),
            other => Err(Error::custom(RANGE_SHAPE).with_span(other)),
        }
    }

    fn from_expr(expr: &Expr) -> Result<Self> {
        let shape = || Error::custom(RANGE_SHAPE).with_span(expr);
        let Expr::Range(range) = expr else {
            return Err(shape());
        };
        let (Some(start), syn::RangeLimits::Closed(_), Some(end)) =
            (&range.start, &range.limits, &range.end)
        else {
            return Err(shape());
        };
        let bound = |bound: &Expr| {
            i32_literal(bound).map_err(|_| {
                Error::custom("a bound of `range` is an integer literal within `i32`")
                    .with_span(bound)
            })
        };
        let (start, end) = (bound(start)?, bound(end)?);
        if start > end {
            return Err(
                Error::custom(format!("`range` is empty: {start} is above {end}")).with_span(expr),
            );
        }
        Ok(Self { start, end })
    }
}

/// The macro's arguments, as far as they could be read.
#[derive(Clone)]
pub enum Args {
    /// Every argument, read without a mistake.
    Read(TableArgs),
    /// Some arguments had mistakes, reported already; these are the ones that
    /// could be read alone. Checks that depend on the whole set, such as the
    /// range, are skipped rather than report follow-on errors; those of the
    /// categories run when every `category(...)` could be read.
    Partial {
        args: TableArgs,
        categories_complete: bool,
    },
}

impl Args {
    /// The arguments, when all of them could be read.
    pub fn complete(&self) -> Option<&TableArgs> {
        match self {
            Self::Read(args) => Some(args),
            Self::Partial { .. } => None,
        }
    }

    /// Whatever could be read.
    pub fn readable(&self) -> &TableArgs {
        let (Self::Read(args) | Self::Partial { args, .. }) = self;
        args
    }

    /// Every category the table declares, when each `category(...)` could be
    /// read, even if other arguments had mistakes.
    pub fn categories(&self) -> Option<&[CategoryDecl]> {
        match self {
            Self::Read(args)
            | Self::Partial {
                args,
                categories_complete: true,
            } => Some(&args.categories),
            Self::Partial {
                categories_complete: false,
                ..
            } => None,
        }
    }
}

impl TableArgs {
    /// Parses the tokens between the parentheses of `#[parse_errors(...)]`.
    /// Mistakes go to `errors`, and the arguments that could be read on their
    /// own are kept, so that the stand-in of the table keeps its categories.
    pub fn parse(args: proc_macro2::TokenStream, errors: &mut Vec<Error>) -> Args {
        let items = match NestedMeta::parse_meta_list(args) {
            Ok(items) => items,
            Err(error) => {
                errors.push(error.into());
                return Args::Partial {
                    args: Self::default(),
                    categories_complete: false,
                };
            }
        };
        let before = errors.len();
        let items = screen_keys(items, errors);
        let (args, categories_complete) = match Self::from_list(&items) {
            Ok(args) if errors.len() == before => return Args::Read(args),
            Ok(args) => (args, true),
            Err(error) => {
                errors.push(error);
                Self::salvage(&items)
            }
        };
        Args::Partial {
            args,
            categories_complete,
        }
    }

    /// Each argument read alone: the first well-formed value of each key, every
    /// well-formed category, and nothing of what darling rejected; `true`
    /// beside them when every `category(...)` read without a mistake.
    fn salvage(items: &[NestedMeta]) -> (Self, bool) {
        let mut args = Self::default();
        let mut categories_complete = true;
        for item in items {
            let NestedMeta::Meta(meta) = item else {
                continue;
            };
            let Some(key) = meta.path().get_ident() else {
                continue;
            };
            match key.to_string().as_str() {
                "category" => {
                    let (category, mistakes) = CategoryDecl::read(meta);
                    categories_complete &= category.is_some() && mistakes.is_empty();
                    args.categories.extend(category);
                }
                "category_enum" => salvage_one(&mut args.category_enum, category_enum_arg(meta)),
                "crate" => salvage_one(&mut args.krate, crate_arg(meta)),
                "extends" => salvage_one(&mut args.extends, extends_arg(meta)),
                "range" => salvage_one(&mut args.range, CodeRangeArg::from_meta(meta).map(Some)),
                _ => {}
            }
        }
        (args, categories_complete)
    }
}

/// Reports the arguments darling would reject as unknown or repeated, so that
/// those two mistakes read like every other message. A repeated argument is
/// dropped; an unknown one close to a known one (`catgory`) is reported with
/// a "did you mean" and kept as meant, so the categories it declares still
/// exist for the rest of the table.
fn screen_keys(items: Vec<NestedMeta>, errors: &mut Vec<Error>) -> Vec<NestedMeta> {
    let mut seen = std::collections::HashSet::new();
    items
        .into_iter()
        .filter_map(|mut item| {
            let meta = match &mut item {
                NestedMeta::Meta(meta) => meta,
                NestedMeta::Lit(literal) => {
                    errors.push(
                        Error::custom(
                            "`#[parse_errors]` takes named arguments, like \
                             `category(Api = \"API Issues\")`, not a literal",
                        )
                        .with_span(literal),
                    );
                    return None;
                }
                NestedMeta::NameValueInvalidExpr(_) => return Some(item),
            };
            let mut key = path_text(meta.path());
            if !TABLE_KEYS.contains(&key.as_str()) {
                errors.push(
                    unknown(
                        &format!("`#[parse_errors]` has no argument `{key}`"),
                        &key,
                        TABLE_KEYS,
                    )
                    .with_span(meta.path()),
                );
                let meant =
                    suggest::closest(&key, TABLE_KEYS.iter().map(|&known| known.to_owned()))?;
                *path_mut(meta) = Ident::new(&meant, meta.path().span()).into();
                key = meant;
            }
            if key != "category" && !seen.insert(key.clone()) {
                errors.push(given_twice(&key, "to `#[parse_errors]`").with_span(meta.path()));
                return None;
            }
            Some(item)
        })
        .collect()
}

fn path_mut(meta: &mut Meta) -> &mut Path {
    match meta {
        Meta::Path(path) => path,
        Meta::List(list) => &mut list.path,
        Meta::NameValue(pair) => &mut pair.path,
    }
}

/// `problem`, then the closest of `known` to `word` as a suggestion, or all of them.
fn unknown(problem: &str, word: &str, known: &[&str]) -> Error {
    let closest = suggest::closest(word, known.iter().map(|known| (*known).to_owned()));
    let hint = closest.map_or_else(
        || {
            let known: Vec<String> = known.iter().map(|known| format!("`{known}`")).collect();
            format!("it takes {}", known.join(", "))
        },
        |close| format!("did you mean `{close}`?"),
    );
    Error::custom(format!("{problem}: {hint}"))
}

fn salvage_one<T>(slot: &mut Option<T>, read: Result<Option<T>>) {
    if slot.is_none() {
        *slot = read.ok().flatten();
    }
}

/// `category_enum = Section`: an identifier (or darling's string form of one).
fn category_enum_arg(meta: &Meta) -> Result<Option<Ident>> {
    explained(
        Ident::from_meta(meta),
        meta,
        "`category_enum` takes a name for the category enum, like `category_enum = Category`",
    )
}

/// `crate = ::parse_errors`: a path.
fn crate_arg(meta: &Meta) -> Result<Option<Path>> {
    explained(
        Path::from_meta(meta),
        meta,
        "`crate` takes the path of the parse-errors crate, like `crate = ::parse_errors`",
    )
}

/// `extends = parse_errors::ErrorCode`: a path.
fn extends_arg(meta: &Meta) -> Result<Option<Path>> {
    explained(
        Path::from_meta(meta),
        meta,
        "`extends` takes the path of the table to extend, like `extends = parse_errors::ErrorCode`",
    )
}

/// darling's own error ("Unexpected type `int`") says what is wrong, not what is wanted.
fn explained<T>(read: Result<T>, meta: &Meta, wanted: &str) -> Result<Option<T>> {
    read.map(Some).map_err(|_| match meta {
        Meta::NameValue(pair) => Error::custom(wanted).with_span(&pair.value),
        other => Error::custom(wanted).with_span(other),
    })
}

/// `category(Client = "Client-only errors", client_only)`.
#[derive(Clone, Debug)]
pub struct CategoryDecl {
    /// The Rust name of the category: a variant of the generated category enum.
    pub ident: Ident,
    /// The title exactly as the table's source writes it.
    pub title: LitStr,
    /// Present when every entry of the category only ever happens in a client.
    pub client_only: Option<Span>,
}

impl FromMeta for CategoryDecl {
    fn from_meta(item: &Meta) -> Result<Self> {
        match Self::read(item) {
            (Some(decl), errors) if errors.is_empty() => Ok(decl),
            (_, mut errors) => {
                if errors.is_empty() {
                    errors.push(Error::custom(CATEGORY_SHAPE).with_span(item));
                }
                Err(Error::multiple(errors))
            }
        }
    }
}

impl CategoryDecl {
    /// The category, when its name and title could be read, and every mistake in it.
    fn read(item: &Meta) -> (Option<Self>, Vec<Error>) {
        let Meta::List(list) = item else {
            return (None, vec![Error::custom(CATEGORY_SHAPE).with_span(item)]);
        };
        let items = match NestedMeta::parse_meta_list(list.tokens.clone()) {
            Ok(items) => items,
            Err(error) => return (None, vec![error.into()]),
        };
        let mut errors = Vec::new();
        let mut parts = CategoryParts::default();
        for nested in &items {
            if let Err(error) = parts.take(nested) {
                errors.push(error);
            }
        }
        let decl = parts.named.map(|(ident, title)| Self {
            ident,
            title,
            client_only: parts.client_only,
        });
        (decl, errors)
    }
}

const CATEGORY_SHAPE: &str =
    "a category needs a name and a title: `category(Api = \"API Issues\")`";

/// What one `category(...)` has said so far.
#[derive(Default)]
struct CategoryParts {
    named: Option<(Ident, LitStr)>,
    client_only: Option<Span>,
}

impl CategoryParts {
    fn take(&mut self, nested: &NestedMeta) -> Result<()> {
        match nested {
            NestedMeta::Meta(Meta::Path(path)) => self.take_word(path),
            NestedMeta::Meta(Meta::NameValue(pair)) => self.take_name_and_title(pair),
            NestedMeta::Meta(Meta::List(list)) => Err(Error::custom(
                "unexpected list in a category: write `category(Name = \"Title\", client_only)`",
            )
            .with_span(list)),
            NestedMeta::Lit(literal) => Err(Error::custom(CATEGORY_SHAPE).with_span(literal)),
            NestedMeta::NameValueInvalidExpr(invalid) => Err(Error::custom(
                "expected a string literal title: `Name = \"Title\"`",
            )
            .with_span(&invalid.path)),
        }
    }

    /// A bare word: the `client_only` flag, a misspelled flag, or a name without a title.
    fn take_word(&mut self, path: &Path) -> Result<()> {
        let word = path
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        if word == "client_only" {
            if self.client_only.replace(path.span()).is_some() {
                return Err(given_twice("client_only", "in this `category(...)`").with_span(path));
            }
            return Ok(());
        }
        if word.starts_with(|first: char| first.is_ascii_lowercase()) {
            return Err(unknown(
                &format!("a category has no flag `{word}`"),
                &word,
                CATEGORY_FLAGS,
            )
            .with_span(path));
        }
        let name = path_text(path);
        Err(Error::custom(format!(
            "category `{name}` needs a title: `category({name} = \"Title as the list writes it\")`"
        ))
        .with_span(path))
    }

    /// `Name = "Title"`: the category's definition.
    fn take_name_and_title(&mut self, pair: &syn::MetaNameValue) -> Result<()> {
        let Some(ident) = pair.path.get_ident() else {
            return Err(
                Error::custom("a category's name is a single identifier, like `Api`")
                    .with_span(&pair.path),
            );
        };
        if CATEGORY_FLAGS.contains(&ident.to_string().as_str()) {
            return Err(Error::custom(format!(
                "`{ident}` is a flag and takes no value: write `{ident}`"
            ))
            .with_span(pair));
        }
        let Some(title) = string_literal(&pair.value) else {
            return Err(Error::custom(format!(
                "the title of category `{ident}` must be a string literal: `{ident} = \"Title\"`"
            ))
            .with_span(&pair.value));
        };
        if let Some((first, _)) = &self.named {
            return Err(Error::custom(format!(
                "one category per `category(...)`: this one is `{first}` already; \
                 write `category({ident} = ...)` separately"
            ))
            .with_span(ident));
        }
        self.named = Some((ident.clone(), title));
        Ok(())
    }
}

/// `#[entry(Api, alias, display = "...")]` on a variant.
#[derive(Clone, Debug, Default)]
pub struct EntryAttr {
    /// The category, as written: resolved against the declared ones in `valid.rs`.
    pub category: Option<Ident>,
    /// Present when this entry is another name of a code whose canonical entry is elsewhere.
    pub alias: Option<Span>,
    /// Overrides the `Display` text derived from the description.
    pub display: Option<LitStr>,
    /// Whether the attribute had a mistake, reported already: what is missing
    /// from it, such as the category, is then not reported a second time.
    pub had_mistakes: bool,
}

impl EntryAttr {
    /// Reads every `#[entry(...)]` of the variant `entry`, reporting each
    /// mistake and keeping whatever could be read, so one typo causes one error.
    pub fn from_attrs(entry: &Ident, attrs: &[Attribute], errors: &mut Vec<Error>) -> Self {
        let before = errors.len();
        let mut merged = Self::read(entry, attrs, errors);
        merged.had_mistakes = errors.len() > before;
        merged
    }

    fn read(entry: &Ident, attrs: &[Attribute], errors: &mut Vec<Error>) -> Self {
        let mut merged = Self::default();
        let mut seen = false;
        for attr in attrs.iter().filter(|attr| is_entry_attr(attr)) {
            if std::mem::replace(&mut seen, true) {
                errors.push(
                    Error::custom(format!(
                        "`{entry}` has a second `#[entry(...)]`: merge its category and flags into the first"
                    ))
                    .with_span(attr.path()),
                );
                continue;
            }
            let Meta::List(list) = &attr.meta else {
                errors.push(
                    Error::custom(format!(
                        "`#[entry]` on `{entry}` needs a category or a flag: `#[entry(Api)]`, `#[entry(Api, alias)]`"
                    ))
                    .with_span(attr.path()),
                );
                continue;
            };
            match NestedMeta::parse_meta_list(list.tokens.clone()) {
                Ok(items) => {
                    for nested in &items {
                        if let Err(error) = merged.take(entry, nested) {
                            errors.push(error);
                        }
                    }
                }
                Err(error) => errors.push(error.into()),
            }
        }
        merged
    }

    fn take(&mut self, entry: &Ident, nested: &NestedMeta) -> Result<()> {
        match nested {
            NestedMeta::Meta(Meta::Path(path)) => self.take_word(entry, path),
            NestedMeta::Meta(Meta::NameValue(pair)) if pair.path.is_ident("display") => {
                self.take_display(entry, pair)
            }
            NestedMeta::Meta(Meta::NameValue(pair)) if pair.path.is_ident("alias") => {
                // Take the flag all the same, so the table is checked as meant.
                self.alias = Some(pair.path.span());
                Err(Error::custom(format!(
                    "`alias` on `{entry}` is a flag and takes no value: write `alias`"
                ))
                .with_span(pair))
            }
            NestedMeta::Meta(other) => {
                let key = path_text(other.path());
                // Take what was meant all the same, so the entry is checked as meant.
                let message = if ENTRY_FLAGS.contains(&key.as_str()) {
                    self.alias.get_or_insert(other.path().span());
                    format!("`{key}` on `{entry}` is a flag: write `{key}`")
                } else if ENTRY_KEYS.contains(&key.as_str()) {
                    format!("`{key}` on `{entry}` takes a string: `{key} = \"...\"`")
                } else if key.starts_with(|first: char| first.is_uppercase()) {
                    format!("the category of `{entry}` is written alone, like `#[entry({key})]`")
                } else {
                    let known: Vec<&str> = ENTRY_FLAGS.iter().chain(ENTRY_KEYS).copied().collect();
                    return Err(unknown(
                        &format!("`#[entry]` on `{entry}` has no key `{key}`"),
                        &key,
                        &known,
                    )
                    .with_span(other.path()));
                };
                Err(Error::custom(message).with_span(other.path()))
            }
            NestedMeta::Lit(literal) => Err(Error::custom(format!(
                "unexpected literal in the `#[entry]` of `{entry}`: it takes a category and flags, \
                 like `#[entry(Api, alias)]`"
            ))
            .with_span(literal)),
            NestedMeta::NameValueInvalidExpr(invalid) => Err(Error::custom(format!(
                "the `display` of `{entry}` takes a string literal: `display = \"...\"`"
            ))
            .with_span(&invalid.path)),
        }
    }

    /// A bare word: the `alias` flag, or the category.
    fn take_word(&mut self, entry: &Ident, path: &Path) -> Result<()> {
        let Some(ident) = path.get_ident() else {
            return Err(Error::custom(format!(
                "the category of `{entry}` is one of the table's category names, like `Api`, not a path"
            ))
            .with_span(path));
        };
        if ident == "alias" {
            if self.alias.replace(ident.span()).is_some() {
                return Err(given_twice("alias", &format!("for `{entry}`")).with_span(path));
            }
            return Ok(());
        }
        if ENTRY_KEYS.iter().any(|key| ident == key) {
            return Err(Error::custom(format!(
                "`{ident}` on `{entry}` takes a value: `{ident} = \"...\"`"
            ))
            .with_span(path));
        }
        // Category names are capitalised; a lowercase word is meant as a flag.
        let word = ident.to_string();
        if word.starts_with(|first: char| first.is_lowercase()) {
            if let Some(flag) =
                suggest::closest(&word, CATEGORY_FLAGS.iter().map(|&flag| flag.to_owned()))
            {
                return Err(Error::custom(format!(
                    "`{word}` is not a flag of an entry: `{flag}` belongs on the category, \
                     like `category(Name = \"Title\", {flag})` in `#[parse_errors(...)]`; remove it from `{entry}`"
                ))
                .with_span(path));
            }
            if let Some(flag) =
                suggest::closest(&word, ENTRY_FLAGS.iter().map(|&flag| flag.to_owned()))
            {
                // Take the flag all the same, so the table is checked as meant.
                self.alias.get_or_insert(ident.span());
                return Err(Error::custom(format!(
                    "`#[entry]` on `{entry}` has no flag `{word}`: did you mean `{flag}`?"
                ))
                .with_span(path));
            }
        }
        if let Some(first) = &self.category {
            if first == ident {
                return Err(
                    given_twice(&ident.to_string(), &format!("for `{entry}`")).with_span(path)
                );
            }
            return Err(Error::custom(format!(
                "`{entry}` has one category, and `{first}` is given already; remove `{ident}`"
            ))
            .with_span(path));
        }
        self.category = Some(ident.clone());
        Ok(())
    }

    /// `display = "text"`.
    fn take_display(&mut self, entry: &Ident, pair: &syn::MetaNameValue) -> Result<()> {
        if self.display.is_some() {
            return Err(given_twice("display", &format!("for `{entry}`")).with_span(&pair.path));
        }
        let Some(text) = string_literal(&pair.value) else {
            return Err(Error::custom(format!(
                "the `display` of `{entry}` takes a string literal: `display = \"object not found\"`"
            ))
            .with_span(&pair.value));
        };
        self.display = Some(text);
        Ok(())
    }
}

/// Whether an attribute is consumed by the macro rather than kept on the output.
pub fn is_entry_attr(attr: &Attribute) -> bool {
    attr.path().is_ident(ENTRY_ATTR)
}

/// A string literal, seen through the invisible groups that `macro_rules!` may add.
pub fn string_literal(expr: &Expr) -> Option<LitStr> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Str(text) => Some(text.clone()),
            _ => None,
        },
        Expr::Group(group) => string_literal(&group.expr),
        _ => None,
    }
}

/// A path as written, `a::b::C`, for messages and docs.
pub fn path_text(path: &Path) -> String {
    path.segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// Why an expression is not an `i32` literal.
pub enum LiteralError {
    /// Not an integer literal, nor a negated one.
    NotLiteral,
    /// An integer literal with a suffix other than `i32`.
    Suffix(String),
    /// An integer literal beyond `i32`.
    OutOfRange,
}

/// An integer literal within `i32`, negative allowed, seen through invisible groups.
pub fn i32_literal(expr: &Expr) -> std::result::Result<i32, LiteralError> {
    let (negative, literal) = match expr {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Int(literal),
            ..
        }) => (false, literal),
        Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr: inner,
            ..
        }) => match &**inner {
            Expr::Lit(syn::ExprLit {
                lit: Lit::Int(literal),
                ..
            }) => (true, literal),
            _ => return Err(LiteralError::NotLiteral),
        },
        Expr::Group(group) => return i32_literal(&group.expr),
        _ => return Err(LiteralError::NotLiteral),
    };
    if !matches!(literal.suffix(), "" | "i32") {
        return Err(LiteralError::Suffix(literal.suffix().to_owned()));
    }
    let magnitude: i64 = literal
        .base10_parse()
        .map_err(|_| LiteralError::OutOfRange)?;
    let value = if negative { -magnitude } else { magnitude };
    i32::try_from(value).map_err(|_| LiteralError::OutOfRange)
}

/// A flag or key written twice for one thing: an entry, a category.
fn given_twice(name: &str, on: &str) -> Error {
    Error::custom(format!("`{name}` is given twice {on}: remove one"))
}
