//! The enum as written: its arguments, variants, fields and attributes, read
//! once into one typed input.
//!
//! An enum of unit variants and one whose variants carry data are the same
//! input: each entry keeps its fields and their `Style`, and "has data" is a
//! property of the whole (`Input::has_data`), not a second reading. Reading
//! never stops at the first mistake. Each part that can be read is kept, each
//! that cannot is reported, so that `valid.rs` sees as much of the user's
//! enum as there is.

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Fields, Generics, Ident, Item, ItemEnum, Visibility};

use crate::attr::message::{self, ErrorAttr};
use crate::attr::{self, EntryAttr, FieldMark, LiteralError, TableArgs};
use crate::ctxt::{Errors, Place};

/// An enum carrying `#[parse_errors(...)]`.
pub struct Input {
    pub args: TableArgs,
    /// The attributes of the enum but `#[error(...)]`: docs, derives, `#[non_exhaustive]`.
    pub attrs: Vec<Attribute>,
    /// The enum's `#[error(...)]`: the message of every variant that has none.
    pub error: Option<ErrorAttr>,
    /// Whether an `#[error(...)]` is written anywhere, read or not: if none
    /// is, an error enum's `Display` is the user's, as in thiserror.
    pub has_messages: bool,
    pub vis: Visibility,
    pub ident: Ident,
    /// The type's name as users read it: the identifier without any `r#`.
    pub name: String,
    pub generics: Generics,
    /// The braces of the enum's body, for a mistake about the body as a whole.
    pub body: Place,
    /// `false` when the item was a struct or a union, reported already and read
    /// as an enum without variants.
    pub is_enum: bool,
    pub entries: Vec<Entry>,
}

/// One variant: one name of a code, with the data it carries.
pub struct Entry {
    pub ident: Ident,
    /// The entry's name as the table returns it: the identifier without any `r#`.
    pub name: String,
    /// Every attribute but `#[entry(...)]` and `#[error(...)]`: the doc
    /// comment and whatever else the user wrote.
    pub attrs: Vec<Attribute>,
    /// The variant's `#[error(...)]`.
    pub error: Option<ErrorAttr>,
    /// The code, when the discriminant is one.
    pub code: Option<Code>,
    /// The doc comment's first paragraph, or `None` when the variant has no doc comment.
    pub description: Option<Description>,
    pub attr: EntryAttr,
    /// The whole variant, for errors about the entry as a whole.
    pub span: Place,
    /// The fields, their attributes but doc comments taken out.
    pub fields: Fields,
    /// The field attributes read: which field, what it says, where it is written.
    pub marks: Vec<(usize, FieldMark, Place)>,
}

/// A discriminant that is an integer literal within `i32`.
pub struct Code {
    pub value: i32,
    /// The discriminant as written, so errors point at it and the output keeps its spans.
    pub expr: Expr,
}

/// The first paragraph of a doc comment, its lines joined by one space.
pub struct Description {
    pub text: String,
    /// The doc attributes the paragraph came from.
    pub span: Place,
}

impl Input {
    /// Reads the macro's input. `None` only when the input is not an enum, a
    /// struct or a union, with the reason in `errors`; mistakes inside it are
    /// reported there too, and reading goes on.
    pub fn parse(
        args: proc_macro2::TokenStream,
        input: proc_macro2::TokenStream,
        errors: &mut Errors,
    ) -> Option<Self> {
        let item: Item = errors.handle(syn::parse2(input))?;
        let (item, is_enum) = as_enum(item, errors)?;
        let args = TableArgs::parse(args, errors);
        let error = message::read(&item.attrs, errors);
        let has_messages = item
            .attrs
            .iter()
            .chain(item.variants.iter().flat_map(|variant| &variant.attrs))
            .any(message::is_error_attr);
        let entries = item
            .variants
            .into_iter()
            .map(|variant| Entry::parse(variant, errors))
            .collect();
        Some(Self {
            args,
            error,
            has_messages,
            attrs: without_error_attrs(item.attrs),
            vis: item.vis,
            name: item.ident.unraw().to_string(),
            ident: item.ident,
            generics: item.generics,
            body: Place::from(item.brace_token.span.join()),
            is_enum,
            entries,
        })
    }

    /// Whether a variant carries data: the enum is then the user's error enum,
    /// and its codes a table of their own beside it.
    pub fn has_data(&self) -> bool {
        self.entries
            .iter()
            .any(|entry| !matches!(entry.fields, Fields::Unit))
    }
}

impl Entry {
    fn parse(variant: syn::Variant, errors: &mut Errors) -> Self {
        let span = Place::of(&variant);
        let attr = EntryAttr::from_attrs(&variant.ident, &variant.attrs, errors);
        let error = message::read(&variant.attrs, errors);
        let description = doc_paragraph(&variant.ident, &variant.attrs, errors);
        let code = if let Some((_, expr)) = &variant.discriminant {
            errors.handle(code_of(&variant.ident, expr))
        } else {
            let ident = &variant.ident;
            let message = format!("entry `{ident}` has no code: give it one, like `{ident} = 101`");
            errors.spanned(ident, message);
            None
        };
        let mut fields = variant.fields;
        let mut marks = Vec::new();
        for (index, field) in fields.iter_mut().enumerate() {
            for (mark, place) in attr::field_marks(field, errors) {
                marks.push((index, mark, place));
            }
        }
        let attrs = without_error_attrs(variant.attrs)
            .into_iter()
            .filter(|attr| !attr::is_entry_attr(attr))
            .collect();
        Self {
            name: variant.ident.unraw().to_string(),
            ident: variant.ident,
            attrs,
            error,
            code,
            description,
            attr,
            span,
            fields,
            marks,
        }
    }
}

/// The attributes but `#[error(...)]`, which the macro reads and takes off.
fn without_error_attrs(attrs: Vec<Attribute>) -> Vec<Attribute> {
    attrs
        .into_iter()
        .filter(|attr| !message::is_error_attr(attr))
        .collect()
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
    if found == "a struct" {
        // A struct is what a thiserror user brings most often after an enum.
        errors.spanned(
            Place::from(span),
            format!(
                "#[parse_errors] goes on an enum, one variant per error code, and a struct has \
                 no code: write it as an enum of one variant, like `pub enum {ident} {{ /// What \
                 went wrong. {ident} {{ .. }} = 9000 }}`, which gives the same `Display`, \
                 `Error` and `From` with a stable code"
            ),
        );
    } else {
        not_an_enum_message(found, span, errors);
    }
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
            "#[parse_errors] goes on an enum, one variant per error code, \
             like `enum ErrorCode {{ ObjectNotFound = 101 }}`; found {found}"
        ),
    );
}

/// Reads a discriminant as an `i32` code: an integer literal, negative allowed.
fn code_of(entry: &Ident, expr: &Expr) -> syn::Result<Code> {
    let value = attr::i32_literal(expr).map_err(|error| {
        let message = match &error {
            LiteralError::NotLiteral => format!(
                "the code of `{entry}` must be an integer literal, like `{entry} = 101` or \
                 `{entry} = -1`"
            ),
            LiteralError::Suffix(suffix) => {
                format!("the code of `{entry}` is an `i32`: remove the suffix `{suffix}`")
            }
            LiteralError::OutOfRange => format!(
                "the code of `{entry}` is outside `i32` ({}..={}): Parse codes are 32-bit signed \
                 integers",
                i32::MIN,
                i32::MAX
            ),
        };
        syn::Error::new_spanned(expr, message)
    })?;
    Ok(Code {
        value,
        expr: expr.clone(),
    })
}

/// Whether a doc attribute is there that is not a plain string, such as
/// `#[doc = concat!(...)]`: reported when read, so not "missing" as well.
pub fn has_unreadable_doc(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| {
        let syn::Meta::NameValue(pair) = &attr.meta else {
            return false;
        };
        attr.path().is_ident("doc") && attr::string_literal(&pair.value).is_none()
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
