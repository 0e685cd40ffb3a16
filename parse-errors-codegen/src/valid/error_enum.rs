//! The checks only an error enum has: its `display` format strings against
//! the fields, and its sources.

use syn::{Attribute, Fields};

use super::Draft;
use crate::ast::{Entry, Input};
use crate::attr::FieldMark;
use crate::ctxt::{Errors, Place};
use crate::fmt::{self, Arg, Format};
use crate::model::{ErrorEnum, Variant};
use crate::suggest;

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
            let format = entry
                .attr
                .display
                .as_ref()
                .filter(|_| draft.display)
                .and_then(|display| check_display(entry, display, errors));
            let (source, from) = sources(entry, errors);
            Variant {
                entry,
                row,
                format,
                source,
                from,
            }
        })
        .collect();
    ErrorEnum {
        attrs,
        generics: &input.generics,
        variants,
    }
}

/// Checks a `display` against the variant's fields; the format when every
/// placeholder names one.
fn check_display(entry: &Entry, display: &syn::LitStr, errors: &mut Errors) -> Option<Format> {
    let variant = &entry.ident;
    let format = match fmt::parse(&display.value()) {
        Ok(format) => format,
        Err(reason) => {
            errors.spanned(
                display,
                format!("the `display` of `{variant}` does not read: {reason}"),
            );
            return None;
        }
    };
    let unknown: Vec<&Arg> = format
        .args()
        .filter(|arg| field_of(entry, arg).is_none())
        .collect();
    let mut reported = std::collections::HashSet::new();
    for arg in &unknown {
        if reported.insert(*arg) {
            errors.spanned(display, placeholder_mistake(entry, arg));
        }
    }
    unknown.is_empty().then_some(format)
}

/// The index of the field a placeholder's argument names, if any.
pub(crate) fn field_of(entry: &Entry, arg: &Arg) -> Option<usize> {
    match (&entry.fields, arg) {
        (Fields::Named(_), Arg::Name(name)) => entry.field_named(name),
        (Fields::Unnamed(unnamed), Arg::Index(index)) => {
            (*index < unnamed.unnamed.len()).then_some(*index)
        }
        _ => None,
    }
}

fn placeholder_mistake(entry: &Entry, arg: &Arg) -> String {
    let variant = &entry.ident;
    let written = format!("`{{{}}}`", arg.written());
    let problem = format!("{written} in the `display` of `{variant}`");
    match (&entry.fields, arg) {
        (Fields::Unit, _) => format!(
            "{problem} names no field: `{variant}` has none; write `{{{{` and `}}}}` for braces"
        ),
        (Fields::Named(named), Arg::Name(name)) => {
            let known: Vec<String> = named
                .named
                .iter()
                .filter_map(|field| {
                    field
                        .ident
                        .as_ref()
                        .map(|ident| syn::ext::IdentExt::unraw(ident).to_string())
                })
                .collect();
            match suggest::closest(name, known.iter().cloned()) {
                Some(close) => format!("{problem} names no field: did you mean `{{{close}}}`?"),
                None => format!(
                    "{problem} names no field: `{variant}` has {}",
                    known
                        .iter()
                        .map(|name| format!("`{name}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            }
        }
        (Fields::Named(named), _) => {
            let example = named
                .named
                .first()
                .and_then(|field| field.ident.as_ref())
                .map_or_else(String::new, |ident| {
                    syn::ext::IdentExt::unraw(ident).to_string()
                });
            format!(
                "{problem}: `{variant}` is a struct variant, so a placeholder names its field, \
                 like `{{{example}}}`"
            )
        }
        (Fields::Unnamed(unnamed), Arg::Name(_)) => format!(
            "{problem}: `{variant}` is a tuple variant, so a placeholder is the field's position, \
             {}",
            positions(unnamed.unnamed.len())
        ),
        (Fields::Unnamed(unnamed), Arg::Next) => format!(
            "{problem} does not say which field it shows: write its position, {}",
            positions(unnamed.unnamed.len())
        ),
        (Fields::Unnamed(unnamed), Arg::Index(_)) => format!(
            "{problem} names no field: `{variant}` has {} field{}, {}",
            unnamed.unnamed.len(),
            if unnamed.unnamed.len() == 1 { "" } else { "s" },
            positions(unnamed.unnamed.len())
        ),
    }
}

fn positions(count: usize) -> String {
    match count {
        1 => "`{0}`".to_owned(),
        2 => "`{0}` or `{1}`".to_owned(),
        _ => format!("`{{0}}` to `{{{}}}`", count - 1),
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
    let source = marked.map(|(index, _)| index).or(named_source);
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
