//! The attribute grammar: what `#[parse_errors(...)]`, `#[entry(...)]` and a
//! field's `#[source]` or `#[from]` accept.
//!
//! Everything here is syntax only. Whether a category exists, or a code is shared
//! on purpose, is decided in `valid.rs`, where all the table is in view.
//!
//! darling gives the grammar of nested meta items (`NestedMeta`) and the
//! `Flag` of a bare word, and those are what is used of it. The readers of
//! the keys are written by hand because two things darling cannot give are
//! features here: reading on after a mistake, so that every mistake of a table
//! is reported in one compile and nothing read is lost, and taking a
//! misspelled key (`catgory`) as the key meant. A category's name and an
//! entry's category are words of the user's own, which no declared darling
//! field can stand for. Each reader returns what it read, or `None` with its
//! mistake in the sink: no caller has to ask the sink whether it failed.

use darling::FromMeta;
use darling::ast::NestedMeta;
use darling::util::Flag;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Ident, Lit, LitStr, Meta, Path};

use crate::ctxt::{Errors, Place};
use crate::suggest;

pub mod message;

/// The name of the helper attribute that carries an entry's category and flags.
pub const ENTRY_ATTR: &str = "entry";

/// Flags an entry's attribute accepts besides its category.
pub const ENTRY_FLAGS: &[&str] = &["alias", "retry"];

/// Keys of an entry's attribute that take a value.
pub const ENTRY_KEYS: &[&str] = &["display"];

/// The arguments `#[parse_errors(...)]` takes.
pub const TABLE_KEYS: &[&str] = &[
    "category",
    "category_enum",
    "code_enum",
    "crate",
    "extends",
    "range",
];

/// Flags a category declaration accepts besides its name and title.
pub const CATEGORY_FLAGS: &[&str] = &["client_only", "retry"];

/// A value given at most once, in the manner of serde's `Attr<T>`: the one
/// place that reports a key given twice.
#[derive(Clone, Debug)]
pub struct Attr<T> {
    value: Option<T>,
}

impl<T> Default for Attr<T> {
    fn default() -> Self {
        Self { value: None }
    }
}

impl<T> Attr<T> {
    pub const fn get(&self) -> Option<&T> {
        self.value.as_ref()
    }
}

/// The arguments of `#[parse_errors(...)]`, as far as they could be read.
#[derive(Clone, Debug, Default)]
pub struct TableArgs {
    /// `category(Api = "API Issues")`, once per category, in display order.
    pub categories: Vec<CategoryDecl>,
    /// Whether every `category(...)` was read without a mistake: the checks of
    /// the categories as a whole run only then, so a misspelled one does not
    /// make its entries' categories unknown as well.
    pub categories_complete: bool,
    /// The name of the generated category enum; `<Enum>Category` when absent.
    pub category_enum: Attr<Ident>,
    /// The name of the code enum of an enum whose variants carry data; `<Enum>Code` when absent.
    pub code_enum: Attr<Ident>,
    /// The path of the runtime crate, for users who rename `parse-errors`.
    pub krate: Attr<Path>,
    /// A table this one extends: its codes are this table's too.
    pub extends: Attr<Path>,
    /// The codes this table's own entries may have; `9000..=9999` when it extends another.
    pub range: Attr<CodeRangeArg>,
    /// Whether any argument had a mistake: the checks that depend on the whole
    /// set, such as the range, are then skipped rather than report follow-on errors.
    pub had_mistakes: bool,
}

/// `range = 9000..=9999`: the codes a table's own entries may have.
#[derive(Clone, Debug)]
pub struct CodeRangeArg {
    pub start: i32,
    pub end: i32,
}

impl TableArgs {
    /// Parses the tokens between the parentheses of `#[parse_errors(...)]`.
    ///
    /// Every argument is read alone: a mistake is reported and the argument
    /// left out, the others kept, so the stand-in of the table keeps its
    /// categories. An unknown key close to a known one (`catgory`) is
    /// reported with a "did you mean" and read as meant; a repeated one is
    /// reported and dropped.
    pub fn parse(args: TokenStream, errors: &mut Errors) -> Self {
        let mut read = Self {
            categories_complete: true,
            ..Self::default()
        };
        let Some(items) = errors.handle(NestedMeta::parse_meta_list(args)) else {
            read.categories_complete = false;
            read.had_mistakes = true;
            return read;
        };
        for mut item in items {
            read.had_mistakes |= !read.take(&mut item, errors);
        }
        read
    }

    /// Reads one argument into `self`; `false` when it had a mistake.
    fn take(&mut self, item: &mut NestedMeta, errors: &mut Errors) -> bool {
        let meta = match item {
            NestedMeta::Meta(meta) => meta,
            NestedMeta::Lit(literal) => {
                errors.spanned(
                    literal,
                    "`#[parse_errors]` takes named arguments, like \
                     `category(Api = \"API Issues\")`, not a literal",
                );
                return false;
            }
            NestedMeta::NameValueInvalidExpr(invalid) => {
                let key = path_text(&invalid.path);
                let wanted = TABLE_KEYS
                    .iter()
                    .find(|&&known| known == key)
                    .map_or(CATEGORY_SHAPE, |&known| wanted(known));
                errors.spanned(invalid_value(invalid), wanted);
                return false;
            }
        };
        let Some((key, misspelled)) = known_key(meta, errors) else {
            return false;
        };
        let twice = || given_twice(key, "to `#[parse_errors]`");
        let read = match key {
            "category" => {
                let (category, clean) = CategoryDecl::read(meta, errors);
                self.categories_complete &= clean;
                self.categories.extend(category);
                clean
            }
            "category_enum" => read_into(
                &mut self.category_enum,
                meta,
                category_enum_arg,
                twice(),
                errors,
            ),
            "code_enum" => read_into(&mut self.code_enum, meta, code_enum_arg, twice(), errors),
            "crate" => read_into(&mut self.krate, meta, crate_arg, twice(), errors),
            "extends" => read_into(&mut self.extends, meta, extends_arg, twice(), errors),
            _ => read_into(&mut self.range, meta, range_arg, twice(), errors),
        };
        read && !misspelled
    }
}

/// Reads `meta` with `reader` into `attr`; `false` when either had a mistake.
fn read_into<T>(
    attr: &mut Attr<T>,
    meta: &Meta,
    reader: fn(&Meta) -> syn::Result<T>,
    given_twice: String,
    errors: &mut Errors,
) -> bool {
    if attr.get().is_some() {
        errors.spanned(meta.path(), given_twice);
        return false;
    }
    errors
        .handle(reader(meta))
        .map(|value| attr.value = Some(value))
        .is_some()
}

/// The key of an argument, when it is one `#[parse_errors]` takes or close to
/// one, and whether it was misspelled; a misspelled key is reported and
/// renamed in `meta` to the one meant.
fn known_key(meta: &mut Meta, errors: &mut Errors) -> Option<(&'static str, bool)> {
    let written = path_text(meta.path());
    if let Some(&key) = TABLE_KEYS.iter().find(|&&key| key == written) {
        return Some((key, false));
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
    Some((key, true))
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

/// What each argument takes, as the error for a value of another shape says it.
fn wanted(key: &str) -> &'static str {
    match key {
        "category_enum" => {
            "`category_enum` takes a name for the category enum, like `category_enum = Category`"
        }
        "code_enum" => "`code_enum` takes a name for the code enum, like `code_enum = ShopCode`",
        "crate" => {
            "`crate` takes the path of the parse-errors crate, like `crate = ::parse_errors`"
        }
        "extends" => {
            "`extends` takes the path of the table to extend, like `extends = \
             parse_errors::ErrorCode`"
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
    ident_value(meta, wanted("category_enum"))
}

/// An identifier value, such as the name of a generated enum.
fn ident_value(meta: &Meta, wanted: &str) -> syn::Result<Ident> {
    match value_of(meta, wanted)? {
        Expr::Path(path) if path.attrs.is_empty() && path.qself.is_none() => path
            .path
            .get_ident()
            .cloned()
            .ok_or_else(|| wrong(path, wanted)),
        other => Err(wrong(other, wanted)),
    }
}

/// `code_enum = ShopCode`: an identifier.
fn code_enum_arg(meta: &Meta) -> syn::Result<Ident> {
    ident_value(meta, wanted("code_enum"))
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
    /// Present when every failure of the category may pass with time, so a retry can help.
    pub retry: Flag,
}

const CATEGORY_SHAPE: &str =
    "a category needs a name and a title: `category(Api = \"API Issues\")`";

impl CategoryDecl {
    /// The category, when its name and title could be read, and whether the
    /// whole declaration read without a mistake; every mistake in it goes to
    /// `errors`.
    fn read(item: &Meta, errors: &mut Errors) -> (Option<Self>, bool) {
        let Meta::List(list) = item else {
            errors.spanned(item, CATEGORY_SHAPE);
            return (None, false);
        };
        let Some(items) = errors.handle(NestedMeta::parse_meta_list(list.tokens.clone())) else {
            return (None, false);
        };
        let mut named: Option<(Ident, LitStr)> = None;
        let (mut client_only, mut retry) = (Flag::default(), Flag::default());
        let mut clean = true;
        for nested in &items {
            let mistake = match nested {
                NestedMeta::Meta(Meta::Path(path)) => {
                    read_category_word(path, &mut client_only, &mut retry)
                }
                NestedMeta::Meta(Meta::NameValue(pair)) => read_name_and_title(pair, &mut named),
                NestedMeta::Meta(Meta::List(list)) => Some((
                    list.to_token_stream(),
                    "unexpected list in a category: write `category(Name = \"Title\", client_only)`"
                        .to_owned(),
                )),
                NestedMeta::Lit(literal) => {
                    Some((literal.to_token_stream(), CATEGORY_SHAPE.to_owned()))
                }
                NestedMeta::NameValueInvalidExpr(invalid) => Some((
                    invalid.value.clone(),
                    "expected a string literal title: `Name = \"Title\"`".to_owned(),
                )),
            };
            if let Some((culprit, message)) = mistake {
                errors.spanned(culprit, message);
                clean = false;
            }
        }
        if named.is_none() && clean {
            errors.spanned(item, CATEGORY_SHAPE);
        }
        let category = named.map(|(ident, title)| Self {
            ident,
            title,
            client_only,
            retry,
        });
        let clean = clean && category.is_some();
        (category, clean)
    }
}

/// A mistake found by a reader: what to span, and what to say.
type Mistake = Option<(TokenStream, String)>;

/// A bare word in a category: a flag (`client_only`, `retry`), a misspelled
/// flag, or a name without a title.
fn read_category_word(path: &Path, client_only: &mut Flag, retry: &mut Flag) -> Mistake {
    let word = path_text(path);
    let flag_of_word = match word.as_str() {
        "client_only" => Some(client_only),
        "retry" => Some(retry),
        _ => None,
    };
    let message = if let Some(found) = flag_of_word {
        let twice = found.is_present();
        *found = flag(path);
        if !twice {
            return None;
        }
        given_twice(&word, "in this `category(...)`")
    } else if word.starts_with(|first: char| first.is_ascii_lowercase()) {
        unknown(
            &format!("a category has no flag `{word}`"),
            &word,
            CATEGORY_FLAGS,
        )
    } else {
        format!(
            "category `{word}` needs a title: `category({word} = \"Title as the list writes it\")`"
        )
    };
    Some((path.to_token_stream(), message))
}

/// `Name = "Title"`: the category's definition.
fn read_name_and_title(pair: &syn::MetaNameValue, named: &mut Option<(Ident, LitStr)>) -> Mistake {
    let Some(ident) = pair.path.get_ident() else {
        return Some((
            pair.path.to_token_stream(),
            "a category's name is a single identifier, like `Api`".to_owned(),
        ));
    };
    if CATEGORY_FLAGS.contains(&ident.to_string().as_str()) {
        return Some((
            pair.to_token_stream(),
            format!("`{ident}` is a flag and takes no value: write `{ident}`"),
        ));
    }
    let Some(title) = string_literal(&pair.value) else {
        return Some((
            pair.value.to_token_stream(),
            format!(
                "the title of category `{ident}` must be a string literal: `{ident} = \"Title\"`"
            ),
        ));
    };
    if let Some((first, _)) = named {
        return Some((
            ident.to_token_stream(),
            format!(
                "one category per `category(...)`: this one is `{first}` already; \
                 write `category({ident} = ...)` separately"
            ),
        ));
    }
    *named = Some((ident.clone(), title));
    None
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
    /// Present when the failure may pass with time, so a retry can help.
    pub retry: Flag,
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
        let mut merged = Self::default();
        let mut seen = false;
        for attr in attrs.iter().filter(|attr| is_entry_attr(attr)) {
            if std::mem::replace(&mut seen, true) {
                merged.mistake(
                    errors,
                    attr,
                    format!(
                        "`{entry}` has a second `#[entry(...)]`: merge its category and flags \
                         into the first"
                    ),
                );
                continue;
            }
            let Meta::List(list) = &attr.meta else {
                merged.mistake(
                    errors,
                    attr,
                    format!(
                        "`#[entry]` on `{entry}` needs a category or a flag: `#[entry(Api)]`, \
                         `#[entry(Api, alias)]`"
                    ),
                );
                continue;
            };
            match NestedMeta::parse_meta_list(list.tokens.clone()) {
                Ok(items) => {
                    for nested in &items {
                        merged.take(entry, nested, errors);
                    }
                }
                Err(error) => {
                    merged.had_mistakes = true;
                    errors.add(error);
                }
            }
        }
        merged
    }

    /// Reports a mistake of this attribute, so that what is missing from it,
    /// such as the category, is not reported a second time.
    fn mistake(
        &mut self,
        errors: &mut Errors,
        culprit: impl ToTokens,
        message: impl std::fmt::Display,
    ) {
        self.had_mistakes = true;
        errors.spanned(culprit, message);
    }

    fn take(&mut self, entry: &Ident, nested: &NestedMeta, errors: &mut Errors) {
        match nested {
            NestedMeta::Meta(Meta::Path(path)) => self.take_word(entry, path, errors),
            NestedMeta::Meta(Meta::NameValue(pair)) if pair.path.is_ident("display") => {
                self.take_display(entry, pair, errors);
            }
            NestedMeta::Meta(Meta::NameValue(pair))
                if ENTRY_FLAGS.iter().any(|name| pair.path.is_ident(name)) =>
            {
                let name = path_text(&pair.path);
                // Take the flag all the same, so the table is checked as meant.
                self.set_flag(&pair.path);
                self.mistake(
                    errors,
                    pair,
                    format!("`{name}` on `{entry}` is a flag and takes no value: write `{name}`"),
                );
            }
            NestedMeta::Meta(other) => {
                let key = path_text(other.path());
                // Take what was meant all the same, so the entry is checked as meant.
                let mut culprit = other.to_token_stream();
                let message = if ENTRY_FLAGS.contains(&key.as_str()) {
                    self.set_flag(other.path());
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
                self.mistake(errors, culprit, message);
            }
            NestedMeta::Lit(literal) => self.mistake(
                errors,
                literal,
                format!(
                    "unexpected literal in the `#[entry]` of `{entry}`: it takes a category and \
                     flags, \
                     like `#[entry(Api, alias)]`"
                ),
            ),
            NestedMeta::NameValueInvalidExpr(invalid) => self.mistake(
                errors,
                invalid_value(invalid),
                format!("the `display` of `{entry}` takes a string literal: `display = \"...\"`"),
            ),
        }
    }

    /// A bare word: a flag (`alias`, `retry`), or the category.
    fn take_word(&mut self, entry: &Ident, path: &Path, errors: &mut Errors) {
        let Some(ident) = path.get_ident() else {
            self.mistake(
                errors,
                path,
                format!(
                    "the category of `{entry}` is one of the table's category names, like `Api`, \
                     not a path"
                ),
            );
            return;
        };
        if ENTRY_FLAGS.iter().any(|name| ident == name) {
            if !self.set_flag(path) {
                let message = given_twice(&ident.to_string(), &format!("for `{entry}`"));
                self.mistake(errors, path, message);
            }
            return;
        }
        if ENTRY_KEYS.iter().any(|key| ident == key) {
            self.mistake(
                errors,
                path,
                format!("`{ident}` on `{entry}` takes a value: `{ident} = \"...\"`"),
            );
            return;
        }
        // Category names are capitalised; a lowercase word is meant as a flag.
        let word = ident.to_string();
        if word.starts_with(|first: char| first.is_lowercase()) {
            if let Some(meant) =
                suggest::closest(&word, ENTRY_FLAGS.iter().map(|&flag| flag.to_owned()))
            {
                // Take the flag all the same, so the table is checked as meant.
                let meant_path: Path = Ident::new(&meant, path.span()).into();
                self.set_flag(&meant_path);
                self.mistake(
                    errors,
                    path,
                    format!(
                        "`#[entry]` on `{entry}` has no flag `{word}`: did you mean `{meant}`?"
                    ),
                );
                return;
            }
            if let Some(flag) =
                suggest::closest(&word, CATEGORY_FLAGS.iter().map(|&flag| flag.to_owned()))
            {
                self.mistake(
                    errors,
                    path,
                    format!(
                        "`{word}` is not a flag of an entry: `{flag}` belongs on the category, \
                         like `category(Name = \"Title\", {flag})` in `#[parse_errors(...)]`; \
                         remove it from `{entry}`"
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
            self.mistake(errors, path, message);
            return;
        }
        self.category = Some(ident.clone());
    }

    /// Sets the flag `path` names, when it is one; `false` when it was set already.
    fn set_flag(&mut self, path: &Path) -> bool {
        let slot = if path.is_ident("alias") {
            &mut self.alias
        } else if path.is_ident("retry") {
            &mut self.retry
        } else {
            return true;
        };
        let first = !slot.is_present();
        *slot = flag(path);
        first
    }

    /// `display = "text"`.
    fn take_display(&mut self, entry: &Ident, pair: &syn::MetaNameValue, errors: &mut Errors) {
        if self.display.is_some() {
            self.mistake(
                errors,
                pair,
                given_twice("display", &format!("for `{entry}`")),
            );
            return;
        }
        let Some(text) = string_literal(&pair.value) else {
            self.mistake(
                errors,
                &pair.value,
                format!(
                    "the `display` of `{entry}` takes a string literal: `display = \"object not \
                     found\"`"
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

/// What a field attribute makes of the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldMark {
    /// `#[source]`: the field `source()` returns.
    Source,
    /// `#[from]`: the source, and the enum is `From` it.
    From,
}

impl FieldMark {
    pub const fn written(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::From => "from",
        }
    }
}

/// Reads and strips the attributes of a field that are the macro's:
/// `#[source]` and `#[from]` are taken with where they are written, and any
/// other attribute stays on the field (doc comments, serde's, a `#[from(..)]`
/// meant for another derive), as thiserror leaves them.
pub fn field_marks(field: &mut syn::Field, errors: &mut Errors) -> Vec<(FieldMark, Place)> {
    let mut marks = Vec::new();
    for attr in std::mem::take(&mut field.attrs) {
        let mark = if attr.path().is_ident("source") {
            FieldMark::Source
        } else if attr.path().is_ident("from") && matches!(attr.meta, Meta::Path(_)) {
            FieldMark::From
        } else {
            if attr.path().is_ident("error") {
                errors.spanned(
                    &attr,
                    "not expected here; the #[error(...)] attribute belongs on top of an enum \
                     variant or of the enum",
                );
            } else if attr.path().is_ident("backtrace") {
                errors.spanned(
                    &attr,
                    "`#[backtrace]` is not supported: parse-errors keeps no backtrace in an \
                     error; remove it, and keep a `Backtrace` field of your own if you need one",
                );
            } else {
                field.attrs.push(attr);
            }
            continue;
        };
        if !matches!(attr.meta, Meta::Path(_)) {
            let kind = mark.written();
            errors.spanned(
                &attr.meta,
                format!("`#[{kind}]` takes no arguments: write `#[{kind}]`"),
            );
        }
        marks.push((mark, Place::of(&attr)));
    }
    marks
}
