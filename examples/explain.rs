//! Explains a Parse error from whatever you have in hand: a code, a name, an
//! error body, a batch item, a LiveQuery frame or a log line. It prints what
//! the code means, the message, the HTTP status and whether a retry can help.
//!
//! ```text
//! cargo run --example explain -- 101                  # a code
//! cargo run --example explain -- InvalidSessionToken  # a name, canonical or alias
//! cargo run --example explain -- INVALID_KEY_NAME     # a Parse JS SDK constant
//! cargo run --example explain -- '{"code":141,"error":"Invalid function: \"x\""}'
//! cargo run --example explain -- '{"error":{"code":137,"error":"Duplicate value"}}'
//! cargo run --example explain -- '{"op":"error","code":4,"error":"Invalid keys","reconnect":true}'
//! cargo run --example explain -- 'ParseError: 209 Invalid session token'
//! cargo run --example explain -- 'Parse::Error: [101] Object not found.'
//! cargo run --example explain -- --all                # the whole table, by category
//! cargo run --example explain -- --markdown           # the docs page; --json, --typescript
//! ```
//!
//! Input it cannot read, an unknown code or name, is reported on stderr with
//! what it expected (the closest names, for a name), and the exit status is 2.

use std::io::{self, Write};
use std::process::ExitCode;

use parse_errors::{
    BatchItem, Category, CodeRange, Entry, ErrorCode, LiveQueryCode, LiveQueryError, LiveQueryKind,
    ParseError, Request, RetryAdvice, Sources, export,
};
use serde_json::Value;

const USAGE: &str = "usage: explain <code | name | JSON error body | batch item | LiveQuery frame | log line>\n\
                     \x20      explain --all | --markdown | --json | --typescript\n\
                     \n\
                     Explains a Parse error: the code's every name, its meaning and category, the\n\
                     message, the HTTP status Parse Server sends with it and whether a retry can help.\n\
                     --all lists every code by category; --markdown, --json and --typescript print\n\
                     ErrorCode as the docs page, as JSON and as a TypeScript module.";

/// What `explain` reads, for the message of input it cannot read.
const EXPECTED: &str = "expected a code (101), a name (ObjectNotFound, OBJECT_NOT_FOUND), \
                        a JSON error body ({\"code\":141,\"error\":\"...\"}), a batch item \
                        ({\"error\":{\"code\":137,\"error\":\"...\"}}), a LiveQuery frame \
                        ({\"op\":\"error\",\"code\":4,\"error\":\"...\"}) or a log line \
                        (ParseError: 209 Invalid session token, Parse::Error: [101] Object not found.)";

/// Descriptions are wrapped to this width, indent included.
const WIDTH: usize = 88;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    // A log line typed without quotes comes as several arguments.
    let query = args.join(" ");
    let mut out = io::stdout().lock();
    let written = match query.as_str() {
        "--all" => write_all(&mut out),
        "--markdown" => out.write_all(export::markdown::<ErrorCode>().as_bytes()),
        "--json" => out.write_all(export::json::<ErrorCode>().as_bytes()),
        "--typescript" => out.write_all(export::typescript::<ErrorCode>().as_bytes()),
        "-h" | "--help" => writeln!(out, "{USAGE}"),
        _ => match read(&query) {
            Ok(input) => write_input(&mut out, &input),
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

/// What the user gave, read.
enum Input {
    /// A code or a name of one.
    Code(ErrorCode),
    /// An error as it came: what it came as, and the error.
    Error(&'static str, ParseError),
    /// A LiveQuery error frame.
    Frame(LiveQueryError),
    /// The items of a batch response, or one item.
    Batch(Vec<BatchItem>),
}

/// Reads a JSON text as JSON, a number as a code, text with spaces or a colon
/// as a log line, and anything else as a name.
fn read(query: &str) -> Result<Input, String> {
    let text = query.trim();
    if text.starts_with('{') || text.starts_with('[') {
        // `[101] Object not found.` is a log line that looks like JSON at first.
        return read_json(text).or_else(|not_json| match read_log_line(text) {
            Some((code, message)) if text.starts_with('[') => Ok(Input::Error(
                "log line",
                ParseError::with_code(code, message),
            )),
            _ => Err(not_json),
        });
    }
    if let Ok(number) = text.parse::<i32>() {
        return ErrorCode::try_from(number)
            .map(Input::Code)
            .map_err(|error| {
                format!(
                    "{error}; {number} is in the range of {}",
                    CodeRange::of(number)
                )
            });
    }
    if text.contains(char::is_whitespace) || text.contains(':') {
        let (code, message) = read_log_line(text).ok_or_else(|| {
            format!("cannot read {text:?} as a log line: no code after its label; {EXPECTED}")
        })?;
        return Ok(Input::Error(
            "log line",
            ParseError::with_code(code, message),
        ));
    }
    text.parse::<ErrorCode>()
        .or_else(|error| {
            ErrorCode::from_sdk_name(text).ok_or_else(|| format!("{error}; {EXPECTED}"))
        })
        .map(Input::Code)
}

/// An error body, a batch item or a batch response, or a LiveQuery frame,
/// told apart by their members.
fn read_json(text: &str) -> Result<Input, String> {
    let not_read = |what: &str, error: serde_json::Error| {
        format!("cannot read the input as {what}: {error}; {EXPECTED}")
    };
    let value: Value = serde_json::from_str(text).map_err(|error| not_read("JSON", error))?;
    let Value::Object(members) = &value else {
        return serde_json::from_value(value)
            .map(Input::Batch)
            .map_err(|error| not_read("a batch response (an array of batch items)", error));
    };
    if members.contains_key("op") {
        return serde_json::from_value(value)
            .map(Input::Frame)
            .map_err(|error| not_read("a LiveQuery error frame", error));
    }
    let batch_item = members.len() == 1
        && (members.contains_key("success") || members.get("error").is_some_and(Value::is_object));
    if batch_item {
        return serde_json::from_value(value)
            .map(|item| Input::Batch(vec![item]))
            .map_err(|error| not_read("a batch item", error));
    }
    let error: ParseError =
        serde_json::from_value(value).map_err(|error| not_read("an error body", error))?;
    if error.code().is_none() && error.message().is_empty() {
        return Err(format!(
            "the JSON object has neither a `code` nor a message (`error` or `message`); {EXPECTED}"
        ));
    }
    Ok(Input::Error("error body", error))
}

/// The code and the message of a log line as the SDKs print an error:
/// `ParseError: 209 Invalid session token` (JavaScript),
/// `Parse::Error: [101] Object not found.` (Ruby): an optional label ending
/// in `: `, the code, bare or in brackets, and the message.
fn read_log_line(line: &str) -> Option<(i32, &str)> {
    let rest = match line.split_once(": ") {
        Some((label, rest)) if !label.contains(char::is_whitespace) => rest.trim_start(),
        _ => line,
    };
    let (closing, rest) = match rest.chars().next() {
        Some('[') => (Some(']'), &rest[1..]),
        Some('(') => (Some(')'), &rest[1..]),
        _ => (None, rest),
    };
    let digits = rest
        .char_indices()
        .find(|&(index, character)| {
            !(character.is_ascii_digit() || (index == 0 && character == '-'))
        })
        .map_or(rest.len(), |(index, _)| index);
    let code = rest[..digits].parse().ok()?;
    let mut rest = &rest[digits..];
    if let Some(closing) = closing {
        rest = rest.strip_prefix(closing)?;
    }
    let message = rest.trim_start();
    let message = message
        .strip_prefix(':')
        .or_else(|| message.strip_prefix(" - "))
        .unwrap_or(message);
    Some((code, message.trim()))
}

fn write_input(out: &mut impl Write, input: &Input) -> io::Result<()> {
    match input {
        Input::Code(code) => write_code(out, *code, Some(&ParseError::new(*code, ""))),
        Input::Error(came_as, error) => write_error(out, came_as, error),
        Input::Frame(frame) => write_frame(out, frame),
        Input::Batch(items) => {
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    writeln!(out)?;
                }
                let name = if items.len() == 1 {
                    "batch item".to_owned()
                } else {
                    format!("batch item {index}")
                };
                match item {
                    BatchItem::Success(_) => writeln!(out, "{name}: success, no error")?,
                    BatchItem::Error(error) => write_error(out, &name, error)?,
                }
            }
            Ok(())
        }
    }
}

/// An error as it came: its code, message, status and advice, then what the code means.
fn write_error(out: &mut impl Write, came_as: &str, error: &ParseError) -> io::Result<()> {
    writeln!(out, "{came_as}")?;
    let kind = write_code_line(out, error.code())?;
    writeln!(out, "  message:      {}", error.message())?;
    write_status_and_advice(out, error)?;
    if let Some(code) = kind {
        writeln!(out)?;
        write_code(out, code, None)?;
    }
    Ok(())
}

/// The `code:` line of an error that came: the code and its name, or why there is none.
fn write_code_line(out: &mut impl Write, code: Option<i32>) -> io::Result<Option<ErrorCode>> {
    let Some(number) = code else {
        writeln!(out, "  code:         none")?;
        return Ok(None);
    };
    let kind = ErrorCode::from_code(number);
    match kind {
        Some(kind) => writeln!(out, "  code:         {number} {}", kind.name())?,
        None => writeln!(
            out,
            "  code:         {number}, not a code of ErrorCode; in the range of {}",
            CodeRange::of(number)
        )?,
    }
    Ok(kind)
}

/// The HTTP status of the error and the advice on retrying it.
fn write_status_and_advice(out: &mut impl Write, error: &ParseError) -> io::Result<()> {
    let client_only = error.kind().is_some_and(ErrorCode::is_client_only);
    if client_only && error.status().is_none() {
        writeln!(
            out,
            "  HTTP status:  none: a client-only code comes from the client, not in a response"
        )?;
    } else {
        let source = match (error.status(), error.code()) {
            (Some(_), _) => "as it came".to_owned(),
            (None, Some(code)) => format!("what Parse Server sends with code {code}"),
            (None, None) => "what Parse Server sends with an error without a code".to_owned(),
        };
        writeln!(out, "  HTTP status:  {} ({source})", error.http_status())?;
    }
    write_advice(out, error.retry_advice())
}

/// The one place the advice on an error is printed.
fn write_advice(out: &mut impl Write, advice: RetryAdvice) -> io::Result<()> {
    writeln!(out, "  retry:        {}", advice_text(advice))?;
    let read = advice.for_request(&Request::read());
    let write = advice.for_request(&Request::write());
    writeln!(out, "    a read:     {}", advice_text(read))?;
    writeln!(out, "    a write:    {}", advice_text(write))
}

/// What to do, in words: the advice and its reason.
fn advice_text(advice: RetryAdvice) -> String {
    let not_before = |after: Option<core::time::Duration>| {
        after.map_or_else(String::new, |after| {
            format!(", not before {} s", after.as_secs_f64())
        })
    };
    match advice {
        RetryAdvice::Retry { after } => {
            format!(
                "yes, with backoff{}: the failure may pass",
                not_before(after)
            )
        }
        RetryAdvice::RetryIfRepeatable { after } => format!(
            "yes, with backoff{}, if the request is safe to send twice: it may have run",
            not_before(after)
        ),
        RetryAdvice::Verify => {
            "not yet: the request may have run; read back before sending it again".to_owned()
        }
        RetryAdvice::AlreadyApplied => {
            "no: the server has seen this request id, so the first attempt was applied".to_owned()
        }
        RetryAdvice::LogIn => {
            "no: log the user in again; the same session token fails again".to_owned()
        }
        RetryAdvice::DoNotRetry => "no: the same request fails the same way".to_owned(),
    }
}

/// A LiveQuery error frame: which table its code is from, the message and
/// whether the server says to connect again.
fn write_frame(out: &mut impl Write, frame: &LiveQueryError) -> io::Result<()> {
    writeln!(out, "LiveQuery error frame")?;
    let error = frame.error();
    let kind = frame.kind();
    match kind {
        LiveQueryKind::Protocol(code) => writeln!(
            out,
            "  code:         {} {} (the LiveQuery protocol's own)",
            code.code(),
            code.name()
        )?,
        LiveQueryKind::Parse(code) => writeln!(
            out,
            "  code:         {} {} (a Parse code the server forwards)",
            code.code(),
            code.name()
        )?,
        _ => {
            write_code_line(out, error.code())?;
        }
    }
    writeln!(out, "  message:      {}", error.message())?;
    writeln!(out, "  HTTP status:  none: a websocket frame")?;
    let reconnect = match frame.reconnect() {
        Some(true) => "yes: the server tells the client to connect again",
        Some(false) => "no: the server tells the client not to connect again",
        None => "not said",
    };
    writeln!(out, "  reconnect:    {reconnect}")?;
    match kind {
        LiveQueryKind::Protocol(code) => {
            writeln!(out)?;
            write_live_query_code(out, code)
        }
        LiveQueryKind::Parse(code) => {
            write_advice(out, error.retry_advice())?;
            writeln!(out)?;
            write_code(out, code, None)
        }
        _ => Ok(()),
    }
}

fn write_live_query_code(out: &mut impl Write, code: LiveQueryCode) -> io::Result<()> {
    writeln!(out, "{} {}: {}", code.code(), code.name(), code)?;
    writeln!(out, "  category:     {}", code.category())?;
    for entry in code.entries() {
        writeln!(out)?;
        writeln!(out, "  {} ({})", entry.name, role(entry))?;
        write_wrapped(out, entry.description, "    ")?;
    }
    Ok(())
}

/// What a code means, every name of it, and, for a code given alone, the
/// status and advice of an error with it (`alone`).
fn write_code(out: &mut impl Write, code: ErrorCode, alone: Option<&ParseError>) -> io::Result<()> {
    writeln!(out, "{} {}: {}", code.code(), code.name(), code)?;
    writeln!(out, "  category:     {}", code.category())?;
    writeln!(out, "  client-only:  {}", yes_no(code.is_client_only()))?;
    writeln!(out, "  range:        {}", CodeRange::of(code.code()))?;
    writeln!(
        out,
        "  JS SDK:       {}",
        code.sdk_name().unwrap_or("(no constant)")
    )?;
    if let Some(error) = alone {
        write_status_and_advice(out, error)?;
    }
    let names = code.entries().count();
    writeln!(out, "  names:        {names}")?;
    for entry in code.entries() {
        writeln!(out)?;
        writeln!(
            out,
            "  {} ({}; {})",
            entry.name,
            role(entry),
            sources(entry)
        )?;
        write_wrapped(out, entry.description, "    ")?;
    }
    Ok(())
}

/// What a name is to its code: the canonical name or another one, and whether
/// it is retired (`#[deprecated]` in its table: the code stays taken, so a
/// client may still receive it, but nothing new raises it).
fn role(entry: &Entry) -> &'static str {
    match (entry.alias, entry.retired) {
        (false, false) => "canonical",
        (true, false) => "alias",
        (false, true) => "canonical, retired",
        (true, true) => "alias, retired",
    }
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
                writeln!(out, "{}", list_row(entry))?;
            }
        }
    }
    Ok(())
}

/// A name's row in `--all`: its code, the name, and what it is when it is not
/// simply its code's canonical name.
fn list_row(entry: &Entry) -> String {
    let role = match (entry.alias, entry.retired) {
        (false, false) => "",
        (true, false) => "  (alias)",
        (false, true) => "  (retired)",
        (true, true) => "  (alias, retired)",
    };
    format!("  {:>5}  {}{role}", entry.code, entry.name)
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

// Run by `tests/explain.rs`, which compiles this example as a module of its
// own: `ErrorCode` has no retired name, so what explain says of one is shown
// on rows made here.
#[cfg(test)]
mod tests {
    use parse_errors::Entry;

    use super::{list_row, role};

    fn row(alias: bool, retired: bool) -> Entry {
        Entry {
            name: "CouponExpired",
            code: 9002,
            description: "Coupons are no longer sold.",
            category: "Shop errors",
            client_only: false,
            alias,
            retired,
        }
    }

    #[test]
    fn a_retired_name_says_so_on_its_name_line_and_in_the_list() {
        assert_eq!(role(&row(false, true)), "canonical, retired");
        assert_eq!(role(&row(true, true)), "alias, retired");
        assert_eq!(
            list_row(&row(false, true)),
            "   9002  CouponExpired  (retired)"
        );
        assert_eq!(
            list_row(&row(true, true)),
            "   9002  CouponExpired  (alias, retired)"
        );
    }

    #[test]
    fn a_name_in_use_says_only_whether_it_is_an_alias() {
        assert_eq!(role(&row(false, false)), "canonical");
        assert_eq!(role(&row(true, false)), "alias");
        assert_eq!(list_row(&row(false, false)), "   9002  CouponExpired");
        assert_eq!(
            list_row(&row(true, false)),
            "   9002  CouponExpired  (alias)"
        );
    }
}
