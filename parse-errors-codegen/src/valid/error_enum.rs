//! The checks only an error enum has: its sources.

use syn::Attribute;

use super::Draft;
use crate::ast::{Entry, Input};
use crate::attr::FieldMark;
use crate::ctxt::{Errors, Place};
use crate::model::{ErrorEnum, Variant};

/// The user's enum, with each variant's format and source checked.
pub(super) fn check<'a>(
    input: &'a Input,
    attrs: Vec<Attribute>,
    drafts: &[Draft<'a>],
    errors: &mut Errors,
) -> ErrorEnum<'a> {
    let mut rows = 0;
    let variants = drafts
        .iter()
        .map(|draft| {
            let row = draft.kept.then(|| {
                rows += 1;
                rows - 1
            });
            let entry = draft.entry;
            let (source, from) = sources(entry, errors);
            Variant {
                entry,
                row,
                shown: draft.shown.clone(),
                source,
                from,
            }
        })
        .collect();
    let display = input.has_messages
        || input
            .entries
            .iter()
            .any(|entry| entry.attr.display.is_some());
    ErrorEnum {
        attrs,
        generics: &input.generics,
        variants,
        display,
    }
}

/// The field `source()` returns (marked `#[source]` or `#[from]`, or named
/// `source`, not `r#source`, as in thiserror), and whether the enum is `From`
/// it. Two `#[from]` of one type are rustc's to report: it names both impls.
fn sources(entry: &Entry, errors: &mut Errors) -> (Option<usize>, bool) {
    let variant = &entry.ident;
    let mut marked: Option<(usize, FieldMark)> = None;
    let mut from: Option<Place> = None;
    for &(index, mark, place) in &entry.marks {
        match marked {
            Some((first, _)) if first == index => {}
            Some((_, first)) => {
                errors.spanned(
                    place,
                    format!(
                        "`{variant}` has one source, and a field is marked `#[{}]` already: \
                         remove this `#[{}]`",
                        first.written(),
                        mark.written()
                    ),
                );
                continue;
            }
            None => marked = Some((index, mark)),
        }
        if mark == FieldMark::From && from.is_none() {
            from = Some(place);
        }
    }
    let named_source = entry
        .fields
        .iter()
        .position(|field| field.ident.as_ref().is_some_and(|ident| ident == "source"));
    let mut source = marked.map(|(index, _)| index).or(named_source);
    if let Some(field) = source.and_then(|index| entry.fields.iter().nth(index))
        && has_non_static_lifetime(&field.ty)
    {
        errors.spanned(
            &field.ty,
            "non-static lifetimes are not allowed in the source of an error, because \
             std::error::Error requires the source is dyn Error + 'static",
        );
        source = None;
    }
    let Some(place) = from else {
        return (source, false);
    };
    let count = entry.fields.len();
    if count != 1 {
        errors.spanned(
            place,
            format!(
                "`#[from]` makes `{variant}` from its only field, and it has {count}: \
                 give the variant one field, or mark this one `#[source]`"
            ),
        );
        return (source, false);
    }
    (source, true)
}

/// Whether a type names a lifetime other than `'static`, which a source
/// cannot have.
fn has_non_static_lifetime(ty: &syn::Type) -> bool {
    fn walk(tokens: proc_macro2::TokenStream) -> bool {
        let mut tokens = tokens.into_iter().peekable();
        while let Some(token) = tokens.next() {
            match token {
                proc_macro2::TokenTree::Punct(quote) if quote.as_char() == '\'' => {
                    if let Some(proc_macro2::TokenTree::Ident(name)) = tokens.peek()
                        && name != "static"
                    {
                        return true;
                    }
                }
                proc_macro2::TokenTree::Group(group) if walk(group.stream()) => return true,
                _ => {}
            }
        }
        false
    }
    walk(quote::ToTokens::to_token_stream(ty))
}
