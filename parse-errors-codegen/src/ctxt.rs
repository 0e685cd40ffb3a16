//! The one place every mistake of a table goes, in the manner of serde's `Ctxt`.
//!
//! Each stage reports a mistake in one line and reads on; the model is clean
//! when the sink is empty, and the sink is written out before the expansion.
//!
//! Not darling's `Accumulator`: a `darling::Error` keeps one span, so on stable
//! Rust a message about `100 + 1` or `-2147483649` would point at one token of
//! it. A `syn::Error` keeps where the culprit starts and where it ends, and its
//! `compile_error!` covers the whole of it; darling's errors convert into it.

use std::fmt::Display;

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};

/// Every mistake found so far, each with its "first here" companion if any.
pub struct Errors {
    found: Vec<syn::Error>,
}

impl Errors {
    pub const fn new() -> Self {
        Self { found: Vec::new() }
    }

    /// A mistake covering the whole of `culprit`, from its first token to its last.
    pub fn spanned(&mut self, culprit: impl ToTokens, message: impl Display) {
        self.found.push(syn::Error::new_spanned(culprit, message));
    }

    /// A mistake that involves two places, reported at the second and pointed
    /// back to the first. Stable proc macros cannot attach a note to an error,
    /// so the "first here" is an error of its own, kept right after this one.
    pub fn with_first_here(
        &mut self,
        culprit: impl ToTokens,
        message: impl Display,
        first: impl ToTokens,
        first_message: impl Display,
    ) {
        let mut error = syn::Error::new_spanned(culprit, message);
        error.combine(syn::Error::new_spanned(first, first_message));
        self.found.push(error);
    }

    /// An error another parser made: syn's, or darling's for a declared attribute.
    pub fn add(&mut self, error: impl Into<syn::Error>) {
        self.found.push(error.into());
    }

    /// The value of `result`, or `None` with its error kept.
    pub fn handle<T, E: Into<syn::Error>>(&mut self, result: Result<T, E>) -> Option<T> {
        result.map_err(|error| self.add(error)).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// The mistakes as `compile_error!`s in the order of the source, whatever
    /// the order of the checks that found them, so a user reads them top to
    /// bottom as a list of fixes. A "first here" stays right after its mistake.
    pub fn into_compile_errors(mut self) -> TokenStream {
        let mut found = std::mem::take(&mut self.found);
        found.sort_by_key(|error| {
            let start = error.span().start();
            (start.line, start.column)
        });
        found.iter().map(syn::Error::to_compile_error).collect()
    }

    /// The messages, in the order of the source, for tests that read them.
    #[cfg(test)]
    pub fn messages(mut self) -> Vec<String> {
        let mut found = std::mem::take(&mut self.found);
        found.sort_by_key(|error| {
            let start = error.span().start();
            (start.line, start.column)
        });
        found
            .iter()
            .flat_map(|error| error.into_iter().map(|one| one.to_string()))
            .collect()
    }
}

/// In tests, a sink dropped with mistakes in it is a stage that found them
/// and lost them, as serde's `Ctxt` panics when dropped unchecked. In the
/// compiler a proc macro must not panic, so there the guard is not built:
/// the one sink the pipeline drops unread, the stand-in's, is empty by the
/// property tests.
#[cfg(test)]
impl Drop for Errors {
    fn drop(&mut self) {
        assert!(
            self.found.is_empty() || std::thread::panicking(),
            "mistakes found and never reported: {:?}",
            self.found
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        );
    }
}

/// Where a culprit starts and ends, for a part of the input kept as a span
/// after its tokens are gone (a whole variant, a doc comment's paragraph): an
/// error spanned by it covers the whole culprit, as one spanned by its tokens.
#[derive(Clone, Copy)]
pub struct Place {
    start: Span,
    end: Span,
}

impl Place {
    pub fn of(culprit: &impl ToTokens) -> Self {
        let mut tokens = culprit.to_token_stream().into_iter();
        let start = tokens
            .next()
            .map_or_else(Span::call_site, |first| first.span());
        let end = tokens.last().map_or(start, |last| last.span());
        Self { start, end }
    }

    /// From the start of `self` to the end of `other`.
    pub const fn to(self, other: Self) -> Self {
        Self {
            start: self.start,
            end: other.end,
        }
    }
}

impl From<Span> for Place {
    fn from(span: Span) -> Self {
        Self {
            start: span,
            end: span,
        }
    }
}

impl ToTokens for Place {
    /// Two tokens, one at each end: all `syn::Error::new_spanned` reads of a culprit.
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.append(TokenTree::Ident(Ident::new("start", self.start)));
        tokens.append(TokenTree::Ident(Ident::new("end", self.end)));
    }
}
