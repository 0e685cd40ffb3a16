//! The format string of an `#[error("...")]`, as thiserror reads it: each
//! placeholder that names a field of the variant is renamed to a local of its
//! own, bound to the field (through `as_display()` for a bare `{field}`, so a
//! `Path` shows its `display()`; through `Var` for `{field:p}`, so a `Box`
//! shows the address it holds), and `write!` captures those locals. What
//! names no field (a named argument, a constant, `{}`) is left to `write!`,
//! so rustc reports what is wrong with it.

use std::collections::{BTreeSet, HashMap};

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};
use syn::{Expr, Ident, LitStr, Token};

/// The formatting trait a placeholder asks of its argument.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Trait {
    Debug,
    Display,
    Octal,
    LowerHex,
    UpperHex,
    Pointer,
    Binary,
    LowerExp,
    UpperExp,
}

impl Trait {
    /// The trait of a spec, read from its last character as `format!` does.
    fn of_spec(spec: &str) -> Self {
        match spec.chars().next_back() {
            Some('?') => Self::Debug,
            Some('o') => Self::Octal,
            Some('x') => Self::LowerHex,
            Some('X') => Self::UpperHex,
            Some('p') => Self::Pointer,
            Some('b') => Self::Binary,
            Some('e') => Self::LowerExp,
            Some('E') => Self::UpperExp,
            _ => Self::Display,
        }
    }

    /// `::core::fmt::Trait`.
    pub fn path(self) -> TokenStream {
        let name = format!("{self:?}");
        let ident = Ident::new(&name, Span::call_site());
        quote!(::core::fmt::#ident)
    }
}

/// A field of the variant as a format string may name it.
pub struct Member {
    /// `needed`, or `0` for a tuple field: what a placeholder writes.
    pub name: String,
    /// The local the variant's pattern binds it to: the field's own name, or `_0`.
    pub binding: Ident,
}

/// A format string ready for `write!`, and what it asks of the fields.
#[derive(Clone)]
pub struct Rendered {
    /// The string, each field placeholder renamed to its local.
    pub fmt: LitStr,
    /// The locals the string captures, each with the value it binds.
    pub bindings: Vec<(Ident, TokenStream)>,
    /// Which field is shown through which trait, for the bounds of a generic enum.
    pub implied_bounds: BTreeSet<(usize, Trait)>,
    /// Whether `write!` is needed at all: a string without braces and
    /// arguments is written with `write_str`.
    pub requires_machinery: bool,
    /// Whether `{self}` shows the error itself, which would recurse forever.
    pub infinite_recursive: bool,
    /// Whether a bare `{field}` is shown through `AsDisplay`.
    pub has_bonus_display: bool,
}

/// The mistakes thiserror reports in a message rather than leave to rustc.
pub enum Mistake {
    /// `{0}` in a tuple variant's message that has positional arguments too:
    /// the culprit is the first positional argument.
    AmbiguousPositional(TokenStream),
}

/// The members of a variant's fields, each with the local its pattern binds
/// it to: a named field by its own name, a tuple field as `_0`, `_1`, ...
pub fn members(fields: &syn::Fields) -> Vec<Member> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| match &field.ident {
            Some(ident) => Member {
                name: syn::ext::IdentExt::unraw(ident).to_string(),
                binding: ident.clone(),
            },
            // Spanned on the field, so that the binding has the hygiene of
            // the user's tokens, as `.0` in the arguments does, even when a
            // `macro_rules!` wrote the enum.
            None => Member {
                name: index.to_string(),
                binding: format_ident!("_{}", index, span = syn::spanned::Spanned::span(&field.ty)),
            },
        })
        .collect()
}

/// Renders `fmt` with its extra `args` (as written after the string, with
/// the field shorthand rewritten) for a variant of `fields`.
pub fn render(
    fmt: &LitStr,
    args: &TokenStream,
    fields: &[Member],
    private: &TokenStream,
) -> Result<Rendered, Mistake> {
    let explicit = explicit_args(args.clone());
    let members: HashMap<&str, usize> = fields
        .iter()
        .enumerate()
        .map(|(index, member)| (member.name.as_str(), index))
        .collect();
    let is_tuple = fields
        .first()
        .is_some_and(|member| member.name.starts_with(|c: char| c.is_ascii_digit()));
    let span = fmt.span();
    let text = fmt.value();
    let mut rendered = Rendered {
        fmt: fmt.clone(),
        bindings: Vec::new(),
        implied_bounds: BTreeSet::new(),
        requires_machinery: !args.is_empty() || text.contains('}'),
        infinite_recursive: false,
        has_bonus_display: false,
    };
    let mut read = text.as_str();
    let mut out = String::new();
    let mut bound_locals = BTreeSet::new();
    while let Some(brace) = read.find('{') {
        rendered.requires_machinery = true;
        out += &read[..=brace];
        read = &read[brace + 1..];
        if read.starts_with('{') {
            out.push('{');
            read = &read[1..];
            continue;
        }
        let Some(next) = read.chars().next() else {
            break;
        };
        let name = match next {
            '0'..='9' => {
                let index = take_while(&mut read, |c| c.is_ascii_digit());
                if is_tuple && let Some(first) = &explicit.first_unnamed {
                    return Err(Mistake::AmbiguousPositional(first.clone()));
                }
                index
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                if read.starts_with("r#") {
                    continue;
                }
                let name = take_while(&mut read, |c| c.is_ascii_alphanumeric() || c == '_');
                if name == "_" || explicit.named.contains(name) {
                    // `{_}` is rustc's to report; a named argument is the user's.
                    out += name;
                    continue;
                }
                name
            }
            _ => continue,
        };
        let Some(end_spec) = read.find('}') else {
            out += name;
            break;
        };
        let spec = &read[..end_spec];
        let bonus_display = spec.is_empty();
        let kind = Trait::of_spec(spec);
        rendered.infinite_recursive |= name == "self" && kind == Trait::Display;
        let Some(&field) = members.get(name) else {
            out += name;
            continue;
        };
        rendered.implied_bounds.insert((field, kind));
        rendered.has_bonus_display |= bonus_display;
        let local = bind(
            &fields[field],
            name,
            kind,
            bonus_display,
            &explicit.named,
            private,
        );
        out += &local.0.to_string();
        if bound_locals.insert(local.0.to_string()) {
            rendered
                .bindings
                .push((Ident::new(&local.0.to_string(), span), local.1));
        }
        width_refs(
            &mut out,
            &mut read,
            end_spec,
            &members,
            fields,
            &mut rendered,
            span,
        );
    }
    out += read;
    rendered.fmt = LitStr::new(&out, span);
    Ok(rendered)
}

/// The local a field placeholder is renamed to, and the value it binds: the
/// field through `as_display()` for a bare `{field}`, through `Var` for
/// `{field:p}`, else the field. A local never takes a named argument's name.
fn bind(
    field: &Member,
    name: &str,
    kind: Trait,
    bonus_display: bool,
    named: &BTreeSet<String>,
    private: &TokenStream,
) -> (Ident, TokenStream) {
    let prefix = if bonus_display {
        "__display"
    } else if kind == Trait::Pointer {
        "__pointer"
    } else {
        "__field"
    };
    let mut local = local_name(prefix, name);
    while named.contains(&local) {
        local.insert(0, '_');
    }
    let binding = &field.binding;
    let value = if bonus_display {
        quote!(#binding.as_display())
    } else if kind == Trait::Pointer {
        quote!(#private::Var(#binding))
    } else {
        quote!(#binding)
    };
    (Ident::new(&local, Span::call_site()), value)
}

/// A spec's `name$` (a width or precision from a field) renamed to a local
/// bound to the field's value, as `format!` takes a `usize` there; the rest
/// of the spec copied.
fn width_refs(
    out: &mut String,
    read: &mut &str,
    end_spec: usize,
    members: &HashMap<&str, usize>,
    fields: &[Member],
    rendered: &mut Rendered,
    span: Span,
) {
    let spec = &read[..end_spec];
    let mut rest = spec;
    while let Some(dollar) = rest.find('$') {
        let before = &rest[..dollar];
        let start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |at| at + 1);
        let name = &before[start..];
        *out += &before[..start];
        match members.get(name) {
            Some(&field) if !name.is_empty() => {
                let local = local_name("__width", name);
                *out += &local;
                if !rendered.bindings.iter().any(|(bound, _)| *bound == local) {
                    let binding = &fields[field].binding;
                    rendered
                        .bindings
                        .push((Ident::new(&local, span), quote!(*#binding)));
                }
            }
            _ => *out += name,
        }
        out.push('$');
        rest = &rest[dollar + 1..];
    }
    *out += rest;
    *read = &read[end_spec..];
}

fn local_name(prefix: &str, name: &str) -> String {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefix}{name}")
    } else {
        format!("{prefix}_{name}")
    }
}

fn take_while<'a>(read: &mut &'a str, keep: impl Fn(char) -> bool) -> &'a str {
    let end = read.find(|c: char| !keep(c)).unwrap_or(read.len());
    let (taken, rest) = read.split_at(end);
    *read = rest;
    taken
}

/// The text a format string shows when it has no placeholder and no
/// argument: braces unescaped. `None` when it needs `write!`.
pub fn plain_text(fmt: &str, args: &TokenStream) -> Option<String> {
    if !args.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(fmt.len());
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' | '}' if chars.peek() == Some(&c) => {
                chars.next();
                text.push(c);
            }
            '{' | '}' => return None,
            _ => text.push(c),
        }
    }
    Some(text)
}

/// The named arguments among the extra arguments, and the first positional one.
struct ExplicitArgs {
    named: BTreeSet<String>,
    first_unnamed: Option<TokenStream>,
}

fn explicit_args(args: TokenStream) -> ExplicitArgs {
    let parsed = (|input: ParseStream| {
        let ahead = input.fork();
        if let Ok(found) = parsed_args(&ahead) {
            input.advance_to(&ahead);
            return Ok(found);
        }
        let found = scanned_args(input);
        input.parse::<TokenStream>()?;
        Ok(found)
    })
    .parse2(args);
    parsed.unwrap_or(ExplicitArgs {
        named: BTreeSet::new(),
        first_unnamed: None,
    })
}

/// Each argument parsed as an expression, as `format!` reads them.
fn parsed_args(input: ParseStream) -> syn::Result<ExplicitArgs> {
    let mut found = ExplicitArgs {
        named: BTreeSet::new(),
        first_unnamed: None,
    };
    while !input.is_empty() {
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        if input.peek(Ident) && input.peek2(Token![=]) && !input.peek2(Token![==]) {
            let name: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            found
                .named
                .insert(syn::ext::IdentExt::unraw(&name).to_string());
            input.parse::<Expr>()?;
        } else {
            let expr: Expr = input.parse()?;
            found.first_unnamed.get_or_insert_with(|| quote!(#expr));
        }
    }
    Ok(found)
}

/// The named arguments of tokens that are not all expressions (rustc reports
/// those): every `, name =` at the top level.
fn scanned_args(input: ParseStream) -> ExplicitArgs {
    let tokens: Vec<proc_macro2::TokenTree> = input
        .fork()
        .parse::<TokenStream>()
        .map(|stream| stream.into_iter().collect())
        .unwrap_or_default();
    let mut named = BTreeSet::new();
    for window in tokens.windows(4) {
        if let [
            proc_macro2::TokenTree::Punct(comma),
            proc_macro2::TokenTree::Ident(name),
            proc_macro2::TokenTree::Punct(eq),
            next,
        ] = window
            && comma.as_char() == ','
            && eq.as_char() == '='
            && !matches!(next, proc_macro2::TokenTree::Punct(p) if p.as_char() == '=')
        {
            named.insert(syn::ext::IdentExt::unraw(name).to_string());
        }
    }
    ExplicitArgs {
        named,
        first_unnamed: None,
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Span, TokenStream};
    use quote::quote;
    use syn::{Ident, LitStr};

    use super::{Member, Mistake, Rendered, Trait, plain_text, render};

    fn named(names: &[&str]) -> Vec<Member> {
        names
            .iter()
            .map(|name| Member {
                name: (*name).to_owned(),
                binding: Ident::new(name, Span::call_site()),
            })
            .collect()
    }

    fn tuple(count: usize) -> Vec<Member> {
        (0..count)
            .map(|index| Member {
                name: index.to_string(),
                binding: Ident::new(&format!("_{index}"), Span::call_site()),
            })
            .collect()
    }

    fn rendered(text: &str, args: &TokenStream, fields: &[Member]) -> Rendered {
        let fmt = LitStr::new(text, Span::call_site());
        let Ok(rendered) = render(&fmt, args, fields, &quote!(private)) else {
            panic!("{text} renders");
        };
        rendered
    }

    #[test]
    fn fields_are_renamed_to_locals_and_escapes_kept() {
        let out = rendered(
            "need {needed} coins, have {have:>3} {{ok}}",
            &TokenStream::new(),
            &named(&["needed", "have"]),
        );
        assert_eq!(
            out.fmt.value(),
            "need {__display_needed} coins, have {__field_have:>3} {{ok}}"
        );
        let bindings: Vec<String> = out
            .bindings
            .iter()
            .map(|(local, value)| format!("{local} = {value}"))
            .collect();
        assert_eq!(
            bindings,
            [
                "__display_needed = needed . as_display ()",
                "__field_have = have"
            ]
        );
        assert!(out.implied_bounds.contains(&(1, Trait::Display)));
    }

    #[test]
    fn tuple_fields_debug_pointer_and_widths() {
        let out = rendered("{0:?} {1:p} {0:>1$}", &TokenStream::new(), &tuple(2));
        assert_eq!(
            out.fmt.value(),
            "{__field0:?} {__pointer1:p} {__field0:>__width1$}"
        );
        assert!(out.implied_bounds.contains(&(0, Trait::Debug)));
        assert!(out.implied_bounds.contains(&(1, Trait::Pointer)));
    }

    #[test]
    fn named_arguments_and_unknown_names_are_left_to_write() {
        let out = rendered(
            "{id} of {count} {MAX}",
            &quote!(, count = items.len()),
            &named(&["id"]),
        );
        assert_eq!(out.fmt.value(), "{__display_id} of {count} {MAX}");
        assert_eq!(out.bindings.len(), 1);
    }

    #[test]
    fn a_positional_field_beside_positional_arguments_is_ambiguous() {
        let fmt = LitStr::new("{0} {}", Span::call_site());
        let result = render(&fmt, &quote!(, 1 + 1), &tuple(1), &quote!(private));
        assert!(matches!(result, Err(Mistake::AmbiguousPositional(_))));
    }

    #[test]
    fn plain_text_is_the_text_unescaped() {
        assert_eq!(
            plain_text("fn main() {{}}", &TokenStream::new()).as_deref(),
            Some("fn main() {}")
        );
        assert_eq!(plain_text("a {0}", &TokenStream::new()), None);
        assert_eq!(plain_text("{_}", &TokenStream::new()), None);
        assert_eq!(plain_text("text", &quote!(, 1)), None);
    }
}
