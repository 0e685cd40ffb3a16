//! The attribute grammar: what `#[parse_errors(...)]` and `#[entry(...)]` accept.
//!
//! Everything here is syntax only. Whether a category exists, or a code is shared
//! on purpose, is decided in `valid.rs`, where all the table is in view.

use darling::FromMeta;
use darling::ast::NestedMeta;
use darling::util::Flag;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Ident, Lit, LitStr, Meta, Path};

use crate::ctxt::Errors;
use crate::{manifest, suggest};

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
///
/// darling reads the arguments that have a fixed key. Each is screened first
/// by `TableArgs::parse` with the same reader darling calls, so that a
/// mistake is worded like every other message and spanned on the whole value,
/// and darling only ever sees arguments it accepts.
#[derive(Clone, Debug, Default, FromMeta)]
pub struct TableArgs {
    /// `category(Api = "API Issues")`, once per category, in display order.
    ///
    /// Read by `CategoryDecl::read`, not darling: a category's name is the
    /// key of its `Name = "Title"`, a word of the user's that no declared
    /// field can stand for.
    #[darling(skip)]
    pub categories: Vec<CategoryDecl>,
    /// The name of the generated category enum; `<Table>Category` when absent.
    #[darling(default, with = with::category_enum)]
    pub category_enum: Option<Ident>,
    /// The path of the runtime crate, for users who rename `parse-errors`.
    #[darling(rename = "crate", default, with = with::krate)]
    pub krate: Option<Path>,
    /// A table this one extends: its codes are this table's too.
    #[darling(default, with = with::extends)]
    pub extends: Option<Path>,
    /// The codes this table's own entries may have; `9000..=9999` when it extends another.
    #[darling(default, with = with::range)]
    pub range: Option<CodeRangeArg>,
}

/// `range = 9000..=9999`: the codes a table's own entries may have.
#[derive(Clone, Debug)]
pub struct CodeRangeArg {
    pub start: i32,
    pub end: i32,
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
    ///
    /// Every argument is read alone first: a mistake is reported and the
    /// argument left out, the others kept, so the stand-in of the table keeps
    /// its categories. An unknown key close to a known one (`catgory`) is
    /// reported with a "did you mean" and read as meant; a repeated one is
    /// reported and dropped.
    pub fn parse(args: TokenStream, errors: &mut Errors) -> Args {
        let Some(items) = errors.handle(NestedMeta::parse_meta_list(args)) else {
            return Args::Partial {
                args: Self::default(),
                categories_complete: false,
            };
        };
        let before = errors.count();
        let mut categories = Vec::new();
        let mut categories_complete = true;
        let mut seen = std::collections::HashSet::new();
        let mut accepted = Vec::new();
        for mut item in items {
            let meta = match &mut item {
                NestedMeta::Meta(meta) => meta,
                NestedMeta::Lit(literal) => {
                    errors.spanned(
                        literal,
                        "`#[parse_errors]` takes named arguments, like \
                         `category(Api = \"API Issues\")`, not a literal",
                    );
                    continue;
                }
                NestedMeta::NameValueInvalidExpr(invalid) => {
                    let key = path_text(&invalid.path);
                    let wanted = TABLE_KEYS
                        .iter()
                        .find(|&&known| known == key)
                        .map_or(CATEGORY_SHAPE, |&known| wanted(known));
                    errors.spanned(invalid_value(invalid), wanted);
                    continue;
                }
            };
            let Some(key) = known_key(meta, errors) else {
                continue;
            };
            if key != "category" && !seen.insert(key) {
                errors.spanned(meta.path(), given_twice(key, "to `#[parse_errors]`"));
                continue;
            }
            let read = match key {
                "category" => {
                    let before = errors.count();
                    let category = CategoryDecl::read(meta, errors);
                    categories_complete &= category.is_some() && errors.count() == before;
                    categories.extend(category);
                    continue;
                }
                "category_enum" => category_enum_arg(meta).map(drop),
                "crate" => crate_arg(meta).map(drop),
                "extends" => extends_arg(meta).map(drop),
                _ => range_arg(meta).map(drop),
            };
            if errors.handle(read).is_some() {
                accepted.push(item);
            }
        }
        let mut args = errors
            .handle(Self::from_list(&accepted))
            .unwrap_or_default();
        args.categories = categories;
        let read_without_mistakes = errors.count() == before;
        if args.krate.is_none() {
            find_renamed_crate(&mut args, manifest::renamed_here(), errors);
        }
        if read_without_mistakes {
            Args::Read(args)
        } else {
            Args::Partial {
                args,
                categories_complete,
            }
        }
    }
}

/// A table in a crate that renamed parse-errors in its Cargo.toml and gave
/// no `crate`: the expansion's `::parse_errors` would not resolve, and the
/// compiler's one "cannot find" says nothing of the fix. Says what to write,
/// and reads on with the renamed path, so that nothing else fails.
fn find_renamed_crate(args: &mut TableArgs, renamed: Option<String>, errors: &mut Errors) {
    let Some(name) = renamed else {
        return;
    };
    errors.spanned(
        crate::ctxt::Place::from(proc_macro2::Span::call_site()),
        format!(
            "this crate renames parse-errors to `{name}` in its Cargo.toml, so the table cannot \
             find it as `::parse_errors`: write `#[parse_errors(crate = ::{name}, ...)]`"
        ),
    );
    let ident = Ident::new(&name, proc_macro2::Span::call_site());
    args.krate = Some(syn::parse_quote!(::#ident));
}

/// The key of an argument, when it is one `#[parse_errors]` takes or close to
/// one; a misspelled key is reported and renamed in `meta` to the one meant.
fn known_key(meta: &mut Meta, errors: &mut Errors) -> Option<&'static str> {
    let written = path_text(meta.path());
    if let Some(&key) = TABLE_KEYS.iter().find(|&&key| key == written) {
        return Some(key);
    }
    errors.spanned(
        meta.path(),
        unknown(
            &format!("`#[parse_errors]` has no argument `{written}`"),
            &written,
            TABLE_KEYS,
        ),
    );
    let meant = suggest::closest(&written, TABLE_KEYS.iter().map(|&known| known.to_owned()))?;
    let key = TABLE_KEYS.iter().copied().find(|&key| key == meant)?;
    *path_mut(meta) = Ident::new(key, meta.path().span()).into();
    Some(key)
}

fn path_mut(meta: &mut Meta) -> &mut Path {
    match meta {
        Meta::Path(path) => path,
        Meta::List(list) => &mut list.path,
        Meta::NameValue(pair) => &mut pair.path,
    }
}

/// `problem`, then the closest of `known` to `word` as a suggestion, or all of them.
fn unknown(problem: &str, word: &str, known: &[&str]) -> String {
    let closest = suggest::closest(word, known.iter().map(|known| (*known).to_owned()));
    let hint = closest.map_or_else(
        || {
            let known: Vec<String> = known.iter().map(|known| format!("`{known}`")).collect();
            format!("it takes {}", known.join(", "))
        },
        |close| format!("did you mean `{close}`?"),
    );
    format!("{problem}: {hint}")
}

/// The readers below as darling's `with =` parsers. darling only sees
/// arguments a reader accepted already, so these never carry an error of
/// ours (of which darling would keep one span).
mod with {
    use darling::Result;
    use syn::{Ident, Meta, Path};

    use super::CodeRangeArg;

    fn read<T>(reader: fn(&Meta) -> syn::Result<T>, meta: &Meta) -> Result<Option<T>> {
        reader(meta).map(Some).map_err(darling::Error::from)
    }

    pub fn category_enum(meta: &Meta) -> Result<Option<Ident>> {
        read(super::category_enum_arg, meta)
    }

    pub fn krate(meta: &Meta) -> Result<Option<Path>> {
        read(super::crate_arg, meta)
    }

    pub fn extends(meta: &Meta) -> Result<Option<Path>> {
        read(super::extends_arg, meta)
    }

    pub fn range(meta: &Meta) -> Result<Option<CodeRangeArg>> {
        read(super::range_arg, meta)
    }
}

/// What each argument takes, as the error for a value of another shape says it.
fn wanted(key: &str) -> &'static str {
    match key {
        "category_enum" => {
            "`category_enum` takes a name for the category enum, like `category_enum = Category`"
        }
        "crate" => {
            "`crate` takes the path of the parse-errors crate, like `crate = ::parse_errors`"
        }
        "extends" => {
            "`extends` takes the path of the table to extend, like `extends = parse_errors::ErrorCode`"
        }
        "range" => "`range` is an inclusive range of codes, like `range = 9000..=9999`",
        _ => CATEGORY_SHAPE,
    }
}

/// The value of a `key = value` that is not an expression, or the `key =`
/// when nothing follows it.
fn invalid_value(invalid: &darling::ast::MetaNameValueInvalidExpr) -> TokenStream {
    if invalid.value.is_empty() {
        let (path, eq) = (&invalid.path, &invalid.eq_token);
        quote::quote!(#path #eq)
    } else {
        invalid.value.clone()
    }
}

/// `category_enum = Section`: an identifier.
fn category_enum_arg(meta: &Meta) -> syn::Result<Ident> {
    let wanted = wanted("category_enum");
    match value_of(meta, wanted)? {
        Expr::Path(path) if path.attrs.is_empty() && path.qself.is_none() => path
            .path
            .get_ident()
            .cloned()
            .ok_or_else(|| wrong(path, wanted)),
        other => Err(wrong(other, wanted)),
    }
}

/// `crate = ::parse_errors`: a path.
fn crate_arg(meta: &Meta) -> syn::Result<Path> {
    path_value(meta, wanted("crate"))
}

/// `extends = parse_errors::ErrorCode`: a path.
fn extends_arg(meta: &Meta) -> syn::Result<Path> {
    path_value(meta, wanted("extends"))
}

/// `range = 9000..=9999`.
fn range_arg(meta: &Meta) -> syn::Result<CodeRangeArg> {
    let shape = wanted("range");
    let expr = value_of(meta, shape)?;
    let Expr::Range(range) = expr else {
        return Err(wrong(expr, shape));
    };
    let (Some(start), syn::RangeLimits::Closed(_), Some(end)) =
        (&range.start, &range.limits, &range.end)
    else {
        return Err(wrong(expr, shape));
    };
    let bound = |bound: &Expr| {
        i32_literal(bound).map_err(|_| {
            wrong(
                bound,
                "a bound of `range` is an integer literal within `i32`",
            )
        })
    };
    let (start, end) = (bound(start)?, bound(end)?);
    if start > end {
        return Err(wrong(
            expr,
            format!("`range` is empty: {start} is above {end}"),
        ));
    }
    Ok(CodeRangeArg { start, end })
}

/// The value of `key = value`, seen through the invisible groups that
/// `macro_rules!` may add, or what the argument should have been.
fn value_of<'a>(meta: &'a Meta, wanted: &str) -> syn::Result<&'a Expr> {
    let Meta::NameValue(pair) = meta else {
        return Err(wrong(meta, wanted));
    };
    let mut value = &pair.value;
    while let Expr::Group(group) = value {
        value = &group.expr;
    }
    Ok(value)
}

/// A path value, or darling's string form of one (`crate = "::pe"`).
fn path_value(meta: &Meta, wanted: &str) -> syn::Result<Path> {
    match value_of(meta, wanted)? {
        Expr::Path(path) if path.attrs.is_empty() && path.qself.is_none() => Ok(path.path.clone()),
        other => string_literal(other)
            .and_then(|text| text.parse::<Path>().ok())
            .ok_or_else(|| wrong(other, wanted)),
    }
}

/// What was wanted, spanned on the whole of what was written instead.
fn wrong(culprit: impl ToTokens, wanted: impl std::fmt::Display) -> syn::Error {
    syn::Error::new_spanned(culprit, wanted)
}

/// `category(Client = "Client-only errors", client_only)`.
#[derive(Clone, Debug)]
pub struct CategoryDecl {
    /// The Rust name of the category: a variant of the generated category enum.
    pub ident: Ident,
    /// The title exactly as the table's source writes it.
    pub title: LitStr,
    /// Present when every entry of the category only ever happens in a client.
    pub client_only: Flag,
}

const CATEGORY_SHAPE: &str =
    "a category needs a name and a title: `category(Api = \"API Issues\")`";

impl CategoryDecl {
    /// The category, when its name and title could be read; every mistake in
    /// it goes to `errors`.
    fn read(item: &Meta, errors: &mut Errors) -> Option<Self> {
        let Meta::List(list) = item else {
            errors.spanned(item, CATEGORY_SHAPE);
            return None;
        };
        let before = errors.count();
        let items = errors.handle(NestedMeta::parse_meta_list(list.tokens.clone()))?;
        let mut named: Option<(Ident, LitStr)> = None;
        let mut client_only = Flag::default();
        for nested in &items {
            match nested {
                NestedMeta::Meta(Meta::Path(path)) => {
                    read_category_word(path, &mut client_only, errors);
                }
                NestedMeta::Meta(Meta::NameValue(pair)) => {
                    read_name_and_title(pair, &mut named, errors);
                }
                NestedMeta::Meta(Meta::List(list)) => errors.spanned(
                    list,
                    "unexpected list in a category: write `category(Name = \"Title\", client_only)`",
                ),
                NestedMeta::Lit(literal) => errors.spanned(literal, CATEGORY_SHAPE),
                NestedMeta::NameValueInvalidExpr(invalid) => errors.spanned(
                    &invalid.value,
                    "expected a string literal title: `Name = \"Title\"`",
                ),
            }
        }
        if named.is_none() && errors.count() == before {
            errors.spanned(item, CATEGORY_SHAPE);
        }
        let (ident, title) = named?;
        Some(Self {
            ident,
            title,
            client_only,
        })
    }
}

/// A bare word in a category: the `client_only` flag, a misspelled flag, or
/// a name without a title.
fn read_category_word(path: &Path, client_only: &mut Flag, errors: &mut Errors) {
    let word = path_text(path);
    if word == "client_only" {
        if client_only.is_present() {
            errors.spanned(path, given_twice("client_only", "in this `category(...)`"));
        }
        *client_only = flag(path);
    } else if word.starts_with(|first: char| first.is_ascii_lowercase()) {
        errors.spanned(
            path,
            unknown(
                &format!("a category has no flag `{word}`"),
                &word,
                CATEGORY_FLAGS,
            ),
        );
    } else {
        errors.spanned(
            path,
            format!(
                "category `{word}` needs a title: `category({word} = \"Title as the list writes it\")`"
            ),
        );
    }
}

/// `Name = "Title"`: the category's definition.
fn read_name_and_title(
    pair: &syn::MetaNameValue,
    named: &mut Option<(Ident, LitStr)>,
    errors: &mut Errors,
) {
    let Some(ident) = pair.path.get_ident() else {
        errors.spanned(
            &pair.path,
            "a category's name is a single identifier, like `Api`",
        );
        return;
    };
    if CATEGORY_FLAGS.contains(&ident.to_string().as_str()) {
        errors.spanned(
            pair,
            format!("`{ident}` is a flag and takes no value: write `{ident}`"),
        );
        return;
    }
    let Some(title) = string_literal(&pair.value) else {
        errors.spanned(
            &pair.value,
            format!(
                "the title of category `{ident}` must be a string literal: `{ident} = \"Title\"`"
            ),
        );
        return;
    };
    if let Some((first, _)) = named {
        errors.spanned(
            ident,
            format!(
                "one category per `category(...)`: this one is `{first}` already; \
                 write `category({ident} = ...)` separately"
            ),
        );
        return;
    }
    *named = Some((ident.clone(), title));
}

/// A flag that is present, spanned on the word that set it.
fn flag(word: &Path) -> Flag {
    Flag::from_meta(&Meta::Path(word.clone())).unwrap_or_else(|_| Flag::present())
}

/// `#[entry(Api, alias, display = "...")]` on a variant.
///
/// Read by hand, not by a darling struct: its first word is the category, a
/// name of the user's own that no declared field can stand for, and a
/// mistake in one word must not lose the others (darling gives back the
/// whole struct or nothing).
#[derive(Clone, Debug, Default)]
pub struct EntryAttr {
    /// The category, as written: resolved against the declared ones in `valid.rs`.
    pub category: Option<Ident>,
    /// Present when this entry is another name of a code whose canonical entry is elsewhere.
    pub alias: Flag,
    /// Overrides the `Display` text derived from the description.
    pub display: Option<LitStr>,
    /// Whether the attribute had a mistake, reported already: what is missing
    /// from it, such as the category, is then not reported a second time.
    pub had_mistakes: bool,
}

impl EntryAttr {
    /// Reads every `#[entry(...)]` of the variant `entry`, reporting each
    /// mistake and keeping whatever could be read, so one typo causes one error.
    pub fn from_attrs(entry: &Ident, attrs: &[Attribute], errors: &mut Errors) -> Self {
        let before = errors.count();
        let mut merged = Self::default();
        let mut seen = false;
        for attr in attrs.iter().filter(|attr| is_entry_attr(attr)) {
            if std::mem::replace(&mut seen, true) {
                errors.spanned(
                    attr,
                    format!(
                        "`{entry}` has a second `#[entry(...)]`: merge its category and flags into the first"
                    ),
                );
                continue;
            }
            let Meta::List(list) = &attr.meta else {
                errors.spanned(
                    attr,
                    format!(
                        "`#[entry]` on `{entry}` needs a category or a flag: `#[entry(Api)]`, `#[entry(Api, alias)]`"
                    ),
                );
                continue;
            };
            if let Some(items) = errors.handle(NestedMeta::parse_meta_list(list.tokens.clone())) {
                for nested in &items {
                    merged.take(entry, nested, errors);
                }
            }
        }
        merged.had_mistakes = errors.count() > before;
        merged
    }

    fn take(&mut self, entry: &Ident, nested: &NestedMeta, errors: &mut Errors) {
        match nested {
            NestedMeta::Meta(Meta::Path(path)) => self.take_word(entry, path, errors),
            NestedMeta::Meta(Meta::NameValue(pair)) if pair.path.is_ident("display") => {
                self.take_display(entry, pair, errors);
            }
            NestedMeta::Meta(Meta::NameValue(pair)) if pair.path.is_ident("alias") => {
                // Take the flag all the same, so the table is checked as meant.
                self.alias = flag(&pair.path);
                errors.spanned(
                    pair,
                    format!("`alias` on `{entry}` is a flag and takes no value: write `alias`"),
                );
            }
            NestedMeta::Meta(other) => {
                let key = path_text(other.path());
                // Take what was meant all the same, so the entry is checked as meant.
                let mut culprit = other.to_token_stream();
                let message = if ENTRY_FLAGS.contains(&key.as_str()) {
                    if !self.alias.is_present() {
                        self.alias = flag(other.path());
                    }
                    format!("`{key}` on `{entry}` is a flag: write `{key}`")
                } else if ENTRY_KEYS.contains(&key.as_str()) {
                    format!("`{key}` on `{entry}` takes a string: `{key} = \"...\"`")
                } else if key.starts_with(|first: char| first.is_uppercase()) {
                    format!("the category of `{entry}` is written alone, like `#[entry({key})]`")
                } else {
                    // The word is the mistake, not what it is given.
                    culprit = other.path().to_token_stream();
                    let known: Vec<&str> = ENTRY_FLAGS.iter().chain(ENTRY_KEYS).copied().collect();
                    unknown(
                        &format!("`#[entry]` on `{entry}` has no key `{key}`"),
                        &key,
                        &known,
                    )
                };
                errors.spanned(culprit, message);
            }
            NestedMeta::Lit(literal) => errors.spanned(
                literal,
                format!(
                    "unexpected literal in the `#[entry]` of `{entry}`: it takes a category and flags, \
                     like `#[entry(Api, alias)]`"
                ),
            ),
            NestedMeta::NameValueInvalidExpr(invalid) => errors.spanned(
                invalid_value(invalid),
                format!("the `display` of `{entry}` takes a string literal: `display = \"...\"`"),
            ),
        }
    }

    /// A bare word: the `alias` flag, or the category.
    fn take_word(&mut self, entry: &Ident, path: &Path, errors: &mut Errors) {
        let Some(ident) = path.get_ident() else {
            errors.spanned(
                path,
                format!(
                    "the category of `{entry}` is one of the table's category names, like `Api`, not a path"
                ),
            );
            return;
        };
        if ident == "alias" {
            if self.alias.is_present() {
                errors.spanned(path, given_twice("alias", &format!("for `{entry}`")));
            }
            self.alias = flag(path);
            return;
        }
        if ENTRY_KEYS.iter().any(|key| ident == key) {
            errors.spanned(
                path,
                format!("`{ident}` on `{entry}` takes a value: `{ident} = \"...\"`"),
            );
            return;
        }
        // Category names are capitalised; a lowercase word is meant as a flag.
        let word = ident.to_string();
        if word.starts_with(|first: char| first.is_lowercase()) {
            if let Some(flag) =
                suggest::closest(&word, CATEGORY_FLAGS.iter().map(|&flag| flag.to_owned()))
            {
                errors.spanned(
                    path,
                    format!(
                        "`{word}` is not a flag of an entry: `{flag}` belongs on the category, \
                         like `category(Name = \"Title\", {flag})` in `#[parse_errors(...)]`; remove it from `{entry}`"
                    ),
                );
                return;
            }
            if let Some(meant) =
                suggest::closest(&word, ENTRY_FLAGS.iter().map(|&flag| flag.to_owned()))
            {
                // Take the flag all the same, so the table is checked as meant.
                if !self.alias.is_present() {
                    self.alias = flag(path);
                }
                errors.spanned(
                    path,
                    format!(
                        "`#[entry]` on `{entry}` has no flag `{word}`: did you mean `{meant}`?"
                    ),
                );
                return;
            }
        }
        if let Some(first) = &self.category {
            let message = if first == ident {
                given_twice(&word, &format!("for `{entry}`"))
            } else {
                format!(
                    "`{entry}` has one category, and `{first}` is given already; remove `{ident}`"
                )
            };
            errors.spanned(path, message);
            return;
        }
        self.category = Some(ident.clone());
    }

    /// `display = "text"`.
    fn take_display(&mut self, entry: &Ident, pair: &syn::MetaNameValue, errors: &mut Errors) {
        if self.display.is_some() {
            errors.spanned(pair, given_twice("display", &format!("for `{entry}`")));
            return;
        }
        let Some(text) = string_literal(&pair.value) else {
            errors.spanned(
                &pair.value,
                format!(
                    "the `display` of `{entry}` takes a string literal: `display = \"object not found\"`"
                ),
            );
            return;
        };
        self.display = Some(text);
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
fn given_twice(name: &str, on: &str) -> String {
    format!("`{name}` is given twice {on}: remove one")
}

#[cfg(test)]
mod tests {
    use super::{TableArgs, find_renamed_crate, path_text};
    use crate::ctxt::Errors;

    #[test]
    fn a_renamed_crate_is_one_error_that_says_what_to_write() {
        let mut args = TableArgs::default();
        let mut errors = Errors::new();
        find_renamed_crate(&mut args, Some("pe".to_owned()), &mut errors);
        let krate = args.krate.as_ref().map(path_text);
        assert_eq!(krate.as_deref(), Some("pe"));
        let messages = errors.messages();
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].contains("write `#[parse_errors(crate = ::pe, ...)]`"),
            "{messages:?}"
        );
    }

    #[test]
    fn a_crate_that_keeps_the_name_is_left_alone() {
        let mut args = TableArgs::default();
        let mut errors = Errors::new();
        find_renamed_crate(&mut args, None, &mut errors);
        assert!(args.krate.is_none());
        assert!(errors.is_empty());
    }
}
