//! Explains a Parse error code: every name it has, what it means, where it comes from.
//!
//! ```text
//! cargo run --example explain -- 101                  # a code
//! cargo run --example explain -- InvalidSessionToken  # a name, canonical or alias
//! cargo run --example explain -- INVALID_KEY_NAME     # a Parse JS SDK constant
//! cargo run --example explain -- --all                # the whole table, by category
//! ```
//!
//! An unknown code or name is reported on stderr, with the closest names, and
//! the exit status is 2.

use std::io::{self, Write};
use std::process::ExitCode;

use parse_errors::{Category, CodeRange, Entry, ErrorCode, Sources};

const USAGE: &str = "usage: explain <code | name | --all>\n\
                     \n\
                     Explains a Parse error code: every name it has, its meaning, its category,\n\
                     where Parse writes it down and the range it is in.\n\
                     examples: explain 101, explain InvalidSessionToken, explain INVALID_KEY_NAME, explain --all";

/// Descriptions are wrapped to this width, indent included.
const WIDTH: usize = 88;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let query = match args.as_slice() {
        [query] => query.as_str(),
        _ => return usage_error(),
    };
    let mut out = io::stdout().lock();
    let written = match query {
        "--all" => write_all(&mut out),
        "-h" | "--help" => writeln!(out, "{USAGE}"),
        _ => match lookup(query) {
            Ok(code) => write_code(&mut out, code),
            Err(message) => {
                eprintln!("explain: {message}");
                return ExitCode::from(2);
            }
        },
    };
    // A closed pipe (`explain --all | head`) is not a failure of the explanation.
    match written {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("explain: cannot write the explanation: {error}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn usage_error() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// A code when the query is a number; otherwise a name, or else a JS SDK constant.
fn lookup(query: &str) -> Result<ErrorCode, String> {
    if let Ok(number) = query.parse::<i32>() {
        return ErrorCode::try_from(number).map_err(|error| {
            format!(
                "{error}; {number} is in the range of {}",
                CodeRange::of(number)
            )
        });
    }
    query
        .parse::<ErrorCode>()
        .or_else(|error| ErrorCode::from_sdk_name(query).ok_or_else(|| error.to_string()))
}

fn write_code(out: &mut impl Write, code: ErrorCode) -> io::Result<()> {
    writeln!(out, "{} {}: {}", code.code(), code.name(), code)?;
    writeln!(out, "  category:     {}", code.category())?;
    writeln!(out, "  client-only:  {}", yes_no(code.is_client_only()))?;
    writeln!(out, "  range:        {}", CodeRange::of(code.code()))?;
    writeln!(
        out,
        "  JS SDK:       {}",
        code.sdk_name().unwrap_or("(no constant)")
    )?;
    let names = code.entries().count();
    writeln!(out, "  names:        {names}")?;
    for entry in code.entries() {
        let role = if entry.alias { "alias" } else { "canonical" };
        writeln!(out)?;
        writeln!(out, "  {} ({role}; {})", entry.name, sources(entry))?;
        write_wrapped(out, entry.description, "    ")?;
    }
    Ok(())
}

/// Where Parse writes the name down, in words.
fn sources(entry: &Entry) -> String {
    let Some(sources) = Sources::of(entry.name) else {
        return "not a name of ErrorCode".to_owned();
    };
    let found: Vec<&str> = [
        (sources.official_list, "official list"),
        (sources.docs_page, "docs page"),
        (sources.js_sdk, "JS SDK"),
    ]
    .into_iter()
    .filter_map(|(present, source)| present.then_some(source))
    .collect();
    if found.is_empty() {
        "this crate only".to_owned()
    } else {
        found.join(", ")
    }
}

fn write_all(out: &mut impl Write) -> io::Result<()> {
    for (index, category) in Category::ALL.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        let client_only = if category.is_client_only() {
            " (client-only)"
        } else {
            ""
        };
        writeln!(out, "{category}{client_only}")?;
        for code in category.codes() {
            for entry in code.entries() {
                let alias = if entry.alias { "  (alias)" } else { "" };
                writeln!(out, "  {:>5}  {}{alias}", entry.code, entry.name)?;
            }
        }
    }
    Ok(())
}

fn write_wrapped(out: &mut impl Write, text: &str, indent: &str) -> io::Result<()> {
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > WIDTH {
            writeln!(out, "{indent}{line}")?;
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        writeln!(out, "{indent}{line}")?;
    }
    Ok(())
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}
