//! The `display` text of an entry whose variant carries data: a format string
//! whose placeholders name the variant's fields, as thiserror reads them.
//!
//! `{field}`, `{0}`, a spec after a colon (`{0:?}`, `{have:>3}`, a width or
//! precision from a field, `{x:>width$}`), and `{{` `}}` for braces. Reading
//! splits the text into literal text and placeholders; `valid` checks each
//! placeholder against the fields, and the expansion writes the format string
//! back with each field renamed to the binding that holds it.

/// A placeholder's argument: the field it shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    /// `{0}`: a field of a tuple variant.
    Index(usize),
    /// `{needed}`: a field of a struct variant.
    Name(String),
    /// `{}`: the next argument, which a `display` has none of.
    Next,
}

impl Arg {
    /// The argument as written between the braces.
    pub fn written(&self) -> String {
        match self {
            Self::Index(index) => index.to_string(),
            Self::Name(name) => name.clone(),
            Self::Next => String::new(),
        }
    }
}

/// One part of a format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text shown as it is, braces unescaped.
    Text(String),
    /// `{arg:spec}`; `spec` is kept as written but for the arguments it
    /// names (`width$`, `.precision$`), which are in `refs` and in `spec`
    /// as the marker `\u{0}N\u{0}` before their `$`, N their index in `refs`.
    Placeholder {
        arg: Arg,
        spec: String,
        refs: Vec<Arg>,
    },
}

/// A format string, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Format {
    pub pieces: Vec<Piece>,
}

impl Format {
    /// Every argument the string names, in order: each placeholder's, then
    /// those of its spec.
    pub fn args(&self) -> impl Iterator<Item = &Arg> {
        self.pieces.iter().flat_map(|piece| match piece {
            Piece::Text(_) => Vec::new(),
            Piece::Placeholder { arg, refs, .. } => std::iter::once(arg).chain(refs).collect(),
        })
    }

    /// The text with braces unescaped, when the string has no placeholder.
    pub fn plain_text(&self) -> Option<String> {
        self.pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => Some(text.as_str()),
                Piece::Placeholder { .. } => None,
            })
            .collect()
    }

    /// The format string again, each argument written as `rename` says.
    pub fn rewrite(&self, rename: impl Fn(&Arg) -> String) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => {
                    out.push_str(&text.replace('{', "{{").replace('}', "}}"));
                }
                Piece::Placeholder { arg, spec, refs } => {
                    out.push('{');
                    out.push_str(&rename(arg));
                    if !spec.is_empty() {
                        out.push(':');
                        let mut spec = spec.clone();
                        for (index, reference) in refs.iter().enumerate() {
                            spec = spec.replace(&format!("\u{0}{index}\u{0}"), &rename(reference));
                        }
                        out.push_str(&spec);
                    }
                    out.push('}');
                }
            }
        }
        out
    }
}

/// Reads a format string; `Err` says what is wrong with its braces.
pub fn parse(text: &str) -> Result<Format, String> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
            }
            '}' => {
                return Err("a `}` closes no placeholder: write `}}` for a brace".to_owned());
            }
            '{' => {
                let mut inside = String::new();
                let closed = loop {
                    match chars.next() {
                        Some('}') => break true,
                        Some('{') | None => break false,
                        Some(c) => inside.push(c),
                    }
                };
                if !closed {
                    return Err(
                        "a `{` opens a placeholder that is not closed: write `{{` for a brace"
                            .to_owned(),
                    );
                }
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(placeholder(&inside)?);
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    Ok(Format { pieces })
}

fn placeholder(inside: &str) -> Result<Piece, String> {
    let (arg, spec) = inside.split_once(':').unwrap_or((inside, ""));
    let arg = argument(arg).ok_or_else(|| {
        format!(
            "`{{{inside}}}` is not a placeholder: write a field between the braces, \
             like `{{0}}` or `{{name}}`"
        )
    })?;
    let (spec, refs) = spec_refs(spec).map_err(|reason| format!("`{{{inside}}}`: {reason}"))?;
    Ok(Piece::Placeholder { arg, spec, refs })
}

/// An argument: an index, an identifier (without `r#`), or nothing.
fn argument(text: &str) -> Option<Arg> {
    if text.is_empty() {
        return Some(Arg::Next);
    }
    if text.bytes().all(|byte| byte.is_ascii_digit()) {
        return text.parse().ok().map(Arg::Index);
    }
    let mut chars = text.chars();
    let first = chars.next()?;
    let starts = first == '_' || first.is_alphabetic();
    (starts && chars.all(|c| c == '_' || c.is_alphanumeric())).then(|| Arg::Name(text.to_owned()))
}

/// The spec with every `arg$` it names replaced by a marker, and those args.
/// Grammar: `[[fill]align][sign]['#']['0'][width]['.' precision][type]`.
fn spec_refs(spec: &str) -> Result<(String, Vec<Arg>), String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut at = 0;
    let mut out = String::new();
    let mut refs = Vec::new();
    let align = |c: Option<&char>| matches!(c, Some('<' | '^' | '>'));
    if align(chars.get(1)) {
        out.extend(&chars[..2]);
        at = 2;
    } else if align(chars.first()) {
        out.push(chars[0]);
        at = 1;
    }
    while let Some(&c) = chars.get(at) {
        let zero_flag = c == '0' && chars.get(at + 1) != Some(&'$');
        if matches!(c, '+' | '-' | '#') || zero_flag {
            out.push(c);
            at += 1;
        } else {
            break;
        }
    }
    // The width, then the precision: a count, or an argument followed by `$`.
    for part in ["width", "precision"] {
        if part == "precision" {
            if chars.get(at) != Some(&'.') {
                break;
            }
            out.push('.');
            at += 1;
            if chars.get(at) == Some(&'*') {
                return Err(
                    "a precision of `*` takes an argument a `display` has not: name a field, like \
                     `.prec$`"
                        .to_owned(),
                );
            }
        }
        let start = at;
        while chars
            .get(at)
            .is_some_and(|c| *c == '_' || c.is_alphanumeric())
        {
            at += 1;
        }
        let word: String = chars[start..at].iter().collect();
        if chars.get(at) == Some(&'$') {
            let arg = argument(&word)
                .filter(|arg| *arg != Arg::Next)
                .ok_or_else(|| format!("`{word}$` names no argument"))?;
            out.push('\u{0}');
            out.push_str(&refs.len().to_string());
            out.push_str("\u{0}$");
            refs.push(arg);
            at += 1;
        } else {
            // A count, or the start of the type: kept as written for rustc to read.
            at = start;
            while chars.get(at).is_some_and(char::is_ascii_digit) {
                out.push(chars[at]);
                at += 1;
            }
        }
    }
    out.extend(&chars[at..]);
    Ok((out, refs))
}

#[cfg(test)]
mod tests {
    use super::{Arg, Piece, parse};

    fn rewritten(text: &str) -> String {
        parse(text)
            .expect("a format string")
            .rewrite(|arg| match arg {
                Arg::Index(index) => format!("field_{index}"),
                Arg::Name(name) => format!("f_{name}"),
                Arg::Next => String::new(),
            })
    }

    #[test]
    fn reads_fields_specs_and_escapes() {
        let format = parse("need {needed} coins, have {have:>3} {{ok}}").expect("valid");
        assert_eq!(
            format.pieces,
            vec![
                Piece::Text("need ".to_owned()),
                Piece::Placeholder {
                    arg: Arg::Name("needed".to_owned()),
                    spec: String::new(),
                    refs: vec![]
                },
                Piece::Text(" coins, have ".to_owned()),
                Piece::Placeholder {
                    arg: Arg::Name("have".to_owned()),
                    spec: ">3".to_owned(),
                    refs: vec![]
                },
                Piece::Text(" {ok}".to_owned()),
            ]
        );
        assert_eq!(
            rewritten("need {needed} coins, have {have:>3} {{ok}}"),
            "need {f_needed} coins, have {f_have:>3} {{ok}}"
        );
        assert_eq!(rewritten("no item {0:?}"), "no item {field_0:?}");
        assert_eq!(
            rewritten("{0:#x} {1:+08.3}"),
            "{field_0:#x} {field_1:+08.3}"
        );
    }

    #[test]
    fn widths_and_precisions_may_name_fields() {
        assert_eq!(rewritten("{0:>1$}"), "{field_0:>field_1$}");
        assert_eq!(rewritten("{v:$>w$.p$?}"), "{f_v:$>f_w$.f_p$?}");
        assert_eq!(rewritten("{v:0$}"), "{f_v:field_0$}");
        let args: Vec<Arg> = parse("{v:.p$}").expect("valid").args().cloned().collect();
        assert_eq!(args, vec![Arg::Name("v".into()), Arg::Name("p".into())]);
    }

    #[test]
    fn plain_text_is_the_text_unescaped() {
        assert_eq!(
            parse("a {{b}} c").expect("valid").plain_text().as_deref(),
            Some("a {b} c")
        );
        assert_eq!(parse("a {0}").expect("valid").plain_text(), None);
        assert_eq!(parse("{}").expect("valid").args().next(), Some(&Arg::Next));
    }

    #[test]
    fn unbalanced_braces_and_odd_placeholders_are_errors() {
        assert!(parse("a } b").unwrap_err().contains("`}}`"));
        assert!(parse("a { b").unwrap_err().contains("`{{`"));
        assert!(parse("{a-b}").unwrap_err().contains("not a placeholder"));
        assert!(parse("{0:.*}").unwrap_err().contains("`*`"));
    }
}
