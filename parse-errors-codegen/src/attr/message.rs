//! `#[error(...)]`: the message of a variant, or of every variant of the enum
//! that has none, with thiserror's grammar.
//!
//! - `#[error("format string", args...)]`: the extra arguments are any
//!   expressions, and `.field` or `.0` at the start of one is shorthand for
//!   the variant's field, rewritten here to the binding that holds it;
//! - `#[error(transparent)]`: `Display` and `source()` forward to the one field;
//! - `#[error(fmt = path)]`: `path(fields..., formatter)` writes it.
//!
//! Read with syn's parser, not darling: the arguments after the string are
//! Rust expressions, not meta items.

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream, TokenTree};
use quote::format_ident;
use syn::parse::discouraged::Speculative;
use syn::parse::{End, ParseStream};
use syn::{Attribute, ExprPath, Index, LitFloat, LitInt, LitStr, Token, token};

use crate::ctxt::{Errors, Place};

/// What `#[error(...)]` says.
#[derive(Clone)]
pub enum Message {
    /// `#[error("...", args)]`. `args` holds the extra arguments as written
    /// after the string, their leading comma included, `.field` and `.0`
    /// rewritten to the variant's bindings.
    Format { fmt: LitStr, args: TokenStream },
    /// `#[error(transparent)]`.
    Transparent,
    /// `#[error(fmt = path)]`.
    Fmt(ExprPath),
}

/// An `#[error(...)]` read, and where it is written.
#[derive(Clone)]
pub struct ErrorAttr {
    pub message: Message,
    /// The whole attribute, for the mistakes about it.
    pub place: Place,
}

/// The `#[error(...)]` among `attrs`; a second one is reported, as thiserror
/// reports it, and the first one kept.
pub fn read(attrs: &[Attribute], errors: &mut Errors) -> Option<ErrorAttr> {
    let mut found: Option<ErrorAttr> = None;
    for attr in attrs.iter().filter(|attr| is_error_attr(attr)) {
        let Some(read) = errors.handle(attr.parse_args_with(parse_message)) else {
            continue;
        };
        let read = ErrorAttr {
            message: read,
            place: Place::of(attr),
        };
        match &found {
            None => found = Some(read),
            Some(first) => errors.spanned(attr, twice(&first.message, &read.message)),
        }
    }
    found
}

/// Whether an attribute is `#[error(...)]`, which the macro takes off the output.
pub fn is_error_attr(attr: &Attribute) -> bool {
    attr.path().is_ident("error")
}

/// thiserror's words for a second `#[error(...)]`.
fn twice(first: &Message, second: &Message) -> &'static str {
    match (first, second) {
        (Message::Transparent, Message::Transparent) => "duplicate #[error(transparent)] attribute",
        (Message::Fmt(_), Message::Fmt(_)) => "duplicate #[error(fmt = ...)] attribute",
        (Message::Transparent, _) | (_, Message::Transparent) => {
            "cannot have both #[error(transparent)] and a display attribute"
        }
        (Message::Fmt(_), _) | (_, Message::Fmt(_)) => {
            "cannot have both #[error(fmt = ...)] and a format arguments attribute"
        }
        _ => "only one #[error(...)] attribute is allowed",
    }
}

mod kw {
    syn::custom_keyword!(transparent);
    syn::custom_keyword!(fmt);
}

fn parse_message(input: ParseStream) -> syn::Result<Message> {
    let lookahead = input.lookahead1();
    if lookahead.peek(kw::transparent) {
        input.parse::<kw::transparent>()?;
        return Ok(Message::Transparent);
    }
    if lookahead.peek(kw::fmt) {
        input.parse::<kw::fmt>()?;
        input.parse::<Token![=]>()?;
        return Ok(Message::Fmt(input.parse()?));
    }
    if !lookahead.peek(LitStr) {
        return Err(lookahead.error());
    }
    let fmt: LitStr = input.parse()?;
    let args = if input.is_empty() || input.peek(Token![,]) && input.peek2(End) {
        input.parse::<Option<Token![,]>>()?;
        TokenStream::new()
    } else {
        shorthand(input, false)?
    };
    Ok(Message::Format { fmt, args })
}

/// The tokens of the extra arguments, each `.field` and `.0` that begins an
/// expression rewritten to the variant's binding of that field (`field`,
/// `_0`; `.0.1` to `_0.1`), inside groups too.
fn shorthand(input: ParseStream, mut begins_expr: bool) -> syn::Result<TokenStream> {
    let mut tokens = Vec::new();
    while !input.is_empty() {
        if input.peek(token::Group) {
            tokens.push(input.parse::<TokenTree>()?);
            begins_expr = false;
            continue;
        }
        if begins_expr && input.peek(Token![.]) {
            if input.peek2(syn::Ident) {
                input.parse::<Token![.]>()?;
                begins_expr = false;
                continue;
            }
            if input.peek2(LitInt) {
                input.parse::<Token![.]>()?;
                let index: Index = input.parse()?;
                let binding = format_ident!("_{}", index.index, span = index.span);
                tokens.push(TokenTree::Ident(binding));
                begins_expr = false;
                continue;
            }
            if input.peek2(LitFloat) && nested_index(input, &mut tokens)? {
                begins_expr = false;
                continue;
            }
        }
        begins_expr = begins_an_expression(input);
        let token = match delimiter_of(input) {
            Some(delimiter) => {
                let (group, span) = match delimiter {
                    Delimiter::Parenthesis => {
                        let content;
                        let paren = syn::parenthesized!(content in input);
                        (shorthand(&content, true)?, paren.span.join())
                    }
                    Delimiter::Brace => {
                        let content;
                        let brace = syn::braced!(content in input);
                        (shorthand(&content, true)?, brace.span.join())
                    }
                    _ => {
                        let content;
                        let bracket = syn::bracketed!(content in input);
                        (shorthand(&content, true)?, bracket.span.join())
                    }
                };
                let mut group = Group::new(delimiter, group);
                group.set_span(span);
                TokenTree::Group(group)
            }
            None => input.parse()?,
        };
        tokens.push(token);
    }
    Ok(tokens.into_iter().collect())
}

/// `.0.1`, which the lexer reads as `.` and the float `0.1`: the binding of
/// field 0, then `.1`. `false` when the float is no such pair.
fn nested_index(input: ParseStream, tokens: &mut Vec<TokenTree>) -> syn::Result<bool> {
    let ahead = input.fork();
    ahead.parse::<Token![.]>()?;
    let float: LitFloat = ahead.parse()?;
    let text = float.to_string();
    let mut indices = text.split('.').map(syn::parse_str::<Index>);
    let (Some(Ok(first)), Some(Ok(second)), None) =
        (indices.next(), indices.next(), indices.next())
    else {
        return Ok(false);
    };
    input.advance_to(&ahead);
    let span = float.span();
    tokens.push(TokenTree::Ident(format_ident!(
        "_{}",
        first.index,
        span = span
    )));
    let mut dot = Punct::new('.', Spacing::Alone);
    dot.set_span(span);
    tokens.push(TokenTree::Punct(dot));
    let mut index = Literal::u32_unsuffixed(second.index);
    index.set_span(span);
    tokens.push(TokenTree::Literal(index));
    Ok(true)
}

/// Whether the next token is one after which an expression begins, so that
/// a `.` after it starts a field shorthand rather than a method call.
fn begins_an_expression(input: ParseStream) -> bool {
    input.peek(Token![break])
        || input.peek(Token![continue])
        || input.peek(Token![if])
        || input.peek(Token![in])
        || input.peek(Token![match])
        || input.peek(Token![mut])
        || input.peek(Token![return])
        || input.peek(Token![while])
        || input.peek(Token![+])
        || input.peek(Token![&])
        || input.peek(Token![!])
        || input.peek(Token![^])
        || input.peek(Token![,])
        || input.peek(Token![/])
        || input.peek(Token![=])
        || input.peek(Token![>])
        || input.peek(Token![<])
        || input.peek(Token![|])
        || input.peek(Token![%])
        || input.peek(Token![;])
        || input.peek(Token![*])
        || input.peek(Token![-])
}

fn delimiter_of(input: ParseStream) -> Option<Delimiter> {
    if input.peek(token::Paren) {
        Some(Delimiter::Parenthesis)
    } else if input.peek(token::Brace) {
        Some(Delimiter::Brace)
    } else if input.peek(token::Bracket) {
        Some(Delimiter::Bracket)
    } else {
        None
    }
}
