//! The table as written: the enum and its arguments, read into a typed model.
//!
//! Reading never stops at the first mistake. Each part that can be read is kept,
//! each that cannot is reported, so that `valid.rs` and `fallback.rs` see as much
//! of the user's table as there is.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Fields, Ident, Item, ItemEnum, Visibility};

use crate::attr::{self, Args, EntryAttr, LiteralError, TableArgs};
use crate::ctxt::{Errors, Place};

/// An enum carrying `#[parse_errors(...)]`.
#[derive(Clone)]
pub struct Table {
    pub args: Args,
    /// The attributes of the enum, kept on the output: docs, derives, `#[non_exhaustive]`.
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// The type's name as users read it: the identifier without any `r#`.
    pub name: String,
    pub entries: Vec<Entry>,
}

/// One variant of the table: one name of a code.
#[derive(Clone)]
pub struct Entry {
    pub ident: Ident,
    /// The entry's name as the table returns it: the identifier without any `r#`.
    pub name: String,
    /// Every attribute but `#[entry(...)]`: the doc comment and whatever else the user wrote.
    pub attrs: Vec<Attribute>,
    /// The code, when the discriminant is one.
    pub code: Option<Code>,
    /// The doc comment's first paragraph, or `None` when the variant has no doc comment.
    pub description: Option<Description>,
    pub attr: EntryAttr,
    /// The whole variant, for errors about the entry as a whole.
    pub span: Place,
}

/// A discriminant that is an integer literal within `i32`.
#[derive(Clone)]
pub struct Code {
    pub value: i32,
    /// The discriminant as written, so errors point at it and the output keeps its spans.
    pub expr: Expr,
    /// Whether the compiler is to check this code against the base table's:
    /// a code the user wrote is, one the stand-in made up or one already
    /// reported outside the range is not.
    pub checked_against_base: bool,
}

/// The first paragraph of a doc comment, its lines joined by one space.
#[derive(Clone)]
pub struct Description {
    pub text: String,
    /// The doc attributes the paragraph came from.
    pub span: Place,
}

impl Table {
    /// Reads the macro's input. `None` only when the input is not a table at
    /// all, with the reason in `errors`; mistakes inside a table are reported
    /// there too, and reading goes on.
    pub fn parse(args: TokenStream, input: TokenStream, errors: &mut Errors) -> Option<Self> {
        let item: Item = errors.handle(syn::parse2(input))?;
        let (mut item, is_enum) = as_enum(item, errors)?;
        if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
            let message = format!(
                "a table cannot be generic: remove the parameters of `{}`; an entry is a code, not a type",
                item.ident
            );
            let (generics, where_clause) = (&item.generics, &item.generics.where_clause);
            errors.spanned(quote!(#generics #where_clause), message);
            // Read on without them, so the stand-in enum has none to leave unused.
            item.generics = syn::Generics::default();
        }
        let args = TableArgs::parse(args, errors);
        if is_enum && item.variants.is_empty() {
            errors.spanned(
                Place::from(item.brace_token.span.join()),
                format!(
                    "`{}` has no entries: a table needs at least one, like `/// Object not found.` `ObjectNotFound = 101,`",
                    item.ident
                ),
            );
        }
        let entries = item
            .variants
            .into_iter()
            .map(|variant| Entry::parse(variant, errors))
            .collect();
        Some(Self {
            args,
            attrs: item.attrs,
            vis: item.vis,
            name: item.ident.unraw().to_string(),
            ident: item.ident,
            entries,
        })
    }
}

impl Entry {
    fn parse(variant: syn::Variant, errors: &mut Errors) -> Self {
        let span = Place::of(&variant);
        if !matches!(variant.fields, Fields::Unit) {
            errors.spanned(
                &variant.fields,
                format!(
                    "entry `{}` carries data: a table entry is a unit variant with its code, like `{} = 101`",
                    variant.ident, variant.ident
                ),
            );
        }
        let attr = EntryAttr::from_attrs(&variant.ident, &variant.attrs, errors);
        let description = doc_paragraph(&variant.ident, &variant.attrs, errors);
        let code = if let Some((_, expr)) = &variant.discriminant {
            errors.handle(code_of(&variant.ident, expr))
        } else if !matches!(variant.fields, Fields::Unit) {
            // Reported above, with the code in the example.
            None
        } else {
            errors.spanned(
                &variant.ident,
                format!(
                    "entry `{}` has no code: give it one, like `{} = 101`",
                    variant.ident, variant.ident
                ),
            );
            None
        };
        let attrs = variant
            .attrs
            .into_iter()
            .filter(|attr| !attr::is_entry_attr(attr))
            .collect();
        Self {
            name: variant.ident.unraw().to_string(),
            ident: variant.ident,
            attrs,
            code,
            description,
            attr,
            span,
        }
    }
}

/// The enum of a table; `false` beside it when the input was a struct or a
/// union, reported in `errors` and read as a table without entries, so that
/// the stand-in of that name gives the rest of the crate the table's API. Any
/// other item is only reported: it has no name a table's API could hang on.
fn as_enum(item: Item, errors: &mut Errors) -> Option<(ItemEnum, bool)> {
    let (attrs, vis, ident, generics, found, span) = match item {
        Item::Enum(item) => return Some((item, true)),
        Item::Struct(item) => (
            item.attrs,
            item.vis,
            item.ident,
            item.generics,
            "a struct",
            item.struct_token.span(),
        ),
        Item::Union(item) => (
            item.attrs,
            item.vis,
            item.ident,
            item.generics,
            "a union",
            item.union_token.span(),
        ),
        other => {
            not_an_enum(other, errors);
            return None;
        }
    };
    not_an_enum_message(found, span, errors);
    let item = ItemEnum {
        attrs,
        vis,
        enum_token: syn::token::Enum(span),
        ident,
        generics,
        brace_token: syn::token::Brace::default(),
        variants: syn::punctuated::Punctuated::new(),
    };
    Some((item, false))
}

fn not_an_enum(item: Item, errors: &mut Errors) {
    let (found, span) = match item {
        Item::Fn(item) => ("a function", item.sig.fn_token.span()),
        Item::Mod(item) => ("a module", item.mod_token.span()),
        Item::Trait(item) => ("a trait", item.trait_token.span()),
        Item::Impl(item) => ("an impl block", item.impl_token.span()),
        Item::Type(item) => ("a type alias", item.type_token.span()),
        Item::Const(item) => ("a const", item.const_token.span()),
        Item::Static(item) => ("a static", item.static_token.span()),
        other => ("this item", other.span()),
    };
    not_an_enum_message(found, span, errors);
}

/// Spanned on the item's keyword, the word to change into `enum`.
fn not_an_enum_message(found: &str, span: Span, errors: &mut Errors) {
    errors.spanned(
        Place::from(span),
        format!(
            "#[parse_errors] goes on an enum of unit variants, one per error code, \
             like `enum ErrorCode {{ ObjectNotFound = 101 }}`; found {found}"
        ),
    );
}

/// Reads a discriminant as an `i32` code: an integer literal, negative allowed.
fn code_of(entry: &Ident, expr: &Expr) -> syn::Result<Code> {
    let value = attr::i32_literal(expr).map_err(|error| {
        let message = match &error {
            LiteralError::NotLiteral => format!(
                "the code of `{entry}` must be an integer literal, like `{entry} = 101` or `{entry} = -1`"
            ),
            LiteralError::Suffix(suffix) => {
                format!("the code of `{entry}` is an `i32`: remove the suffix `{suffix}`")
            }
            LiteralError::OutOfRange => format!(
                "the code of `{entry}` is outside `i32` ({}..={}): Parse codes are 32-bit signed integers",
                i32::MIN,
                i32::MAX
            ),
        };
        syn::Error::new_spanned(expr, message)
    })?;
    Ok(Code {
        value,
        expr: expr.clone(),
        checked_against_base: true,
    })
}

/// Whether a doc attribute is there that is not a plain string, such as
/// `#[doc = concat!(...)]`: reported when read, so not "missing" as well.
pub fn has_unreadable_doc(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("doc")
            && matches!(&attr.meta, syn::Meta::NameValue(pair) if attr::string_literal(&pair.value).is_none())
    })
}

/// The first paragraph of the doc comment, with its whitespace normalised.
///
/// Later paragraphs stay in the rustdoc only: they are where notes about an
/// entry go without changing the description the table returns at run time.
fn doc_paragraph(entry: &Ident, attrs: &[Attribute], errors: &mut Errors) -> Option<Description> {
    let mut lines = Vec::new();
    let mut span: Option<Place> = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("doc")) {
        let syn::Meta::NameValue(pair) = &attr.meta else {
            continue;
        };
        match attr::string_literal(&pair.value) {
            Some(text) => {
                let here = Place::of(attr);
                span = Some(span.map_or(here, |first| first.to(here)));
                // `split`, not `lines`: a bare `///` is an empty line that ends the paragraph.
                lines.extend(text.value().split('\n').map(str::to_owned));
            }
            None => errors.spanned(
                &pair.value,
                format!(
                    "write the description of `{entry}` as a doc comment (`/// ...`): \
                     the macro reads text, not a macro call"
                ),
            ),
        }
    }
    let span = span?;
    let paragraph: Vec<&str> = lines
        .iter()
        .map(|line| line.trim())
        .skip_while(|line| line.is_empty())
        .take_while(|line| !line.is_empty())
        .collect();
    // The user's text, but for the line breaks of the comment: each line is
    // trimmed and the lines are joined by one space, as Markdown would read
    // them. What a line holds, tabs and runs of spaces included, is kept.
    Some(Description {
        text: paragraph.join(" "),
        span,
    })
}
