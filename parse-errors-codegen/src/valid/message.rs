//! What each variant shows: its `#[error(...)]`, the enum's, or its
//! description, checked as thiserror checks a message.

use proc_macro2::TokenStream;
use syn::{Fields, LitStr};

use crate::ast::{Entry, Input};
use crate::attr::FieldMark;
use crate::attr::message::{ErrorAttr, Message};
use crate::ctxt::Errors;
use crate::fmt::{self, Mistake};
use crate::model::Shown;

/// The message the entry's `Display` shows, `None` when neither the entry
/// nor the enum has one (the description's first sentence is shown then).
pub(super) fn shown(
    input: &Input,
    entry: &Entry,
    has_data: bool,
    private: &TokenStream,
    errors: &mut Errors,
) -> Option<Shown> {
    if let Some(display) = &entry.attr.display {
        // The repair takes it as the message it becomes.
        let written = error_of_display(display, has_data);
        errors.spanned(
            display,
            format!(
                "`display` is written as thiserror writes a message now: replace it with \
                 `#[error({})]` on `{}`",
                written.token(),
                entry.ident
            ),
        );
        return format(entry, &written, &TokenStream::new(), private, errors);
    }
    let attr = entry.error.as_ref().or(input.error.as_ref())?;
    match &attr.message {
        Message::Format { fmt, args } => format(entry, fmt, args, private, errors),
        Message::Transparent => transparent(entry, attr, errors),
        Message::Fmt(path) => Some(Shown::Fmt(path.clone())),
    }
}

/// A `display` of the old `#[entry(...)]` as the `#[error(...)]` string it
/// becomes: in a table of unit variants its braces were text, so they are
/// doubled; in an error enum it was a format string already.
fn error_of_display(display: &LitStr, has_data: bool) -> LitStr {
    if has_data {
        return display.clone();
    }
    let text = display.value().replace('{', "{{").replace('}', "}}");
    LitStr::new(&text, display.span())
}

fn format(
    entry: &Entry,
    fmt: &LitStr,
    args: &TokenStream,
    private: &TokenStream,
    errors: &mut Errors,
) -> Option<Shown> {
    if let Some(text) = fmt::plain_text(&fmt.value(), args) {
        return Some(Shown::Text(text));
    }
    match fmt::render(fmt, args, &fmt::members(&entry.fields), private) {
        Ok(rendered) => Some(Shown::Format {
            rendered,
            args: args.clone(),
        }),
        Err(Mistake::AmbiguousPositional(culprit)) => {
            let container = if matches!(entry.fields, Fields::Named(_)) {
                "struct variant"
            } else {
                "tuple variant"
            };
            errors.spanned(
                culprit,
                format!(
                    "ambiguous reference to positional arguments by number in a {container}; \
                     change this to a named argument"
                ),
            );
            None
        }
    }
}

/// `#[error(transparent)]`: one field, and no `#[source]` beside it.
fn transparent(entry: &Entry, attr: &ErrorAttr, errors: &mut Errors) -> Option<Shown> {
    if entry.fields.len() != 1 {
        errors.spanned(
            attr.place,
            "#[error(transparent)] requires exactly one field",
        );
        return None;
    }
    if let Some((_, _, place)) = entry
        .marks
        .iter()
        .find(|(_, mark, _)| *mark == FieldMark::Source)
    {
        errors.spanned(*place, "transparent variant can't contain #[source]");
        return None;
    }
    Some(Shown::Transparent)
}
