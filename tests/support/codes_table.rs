//! Reads `parse-codes.tsv`: every code and name Parse uses, with where each comes from.

pub use crate::Malformed;

/// One row: one name of a code, or a code only the SDKs define (no name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The code.
    pub code: i32,
    /// The name on a docs page; `None` for a code that only the SDKs define.
    pub name: Option<String>,
    /// The section of the current docs page; `None` when it has no such name.
    pub section: Option<String>,
    /// On the official list.
    pub in_official_list: bool,
    /// On the current docs page (2024).
    pub in_docs_page: bool,
    /// The Parse JS SDK 8.6.2 constant of the code.
    pub js_sdk_constant: Option<String>,
    /// Whether parse-server 9.10.0 raises the code over REST.
    pub raised_by_parse_server: bool,
    /// The HTTP status Parse Server sends with the code; `None` for client-side codes.
    pub http_status: Option<u16>,
}

const HEADER: &str = "code\tname\tsection\tin_seed_list\tin_docs_2024\tjs_sdk_constant\traised_by_parse_server\thttp_status_from_parse_server";

/// Reads every row after the header, which must be the one this reader knows.
///
/// # Errors
/// A different header, a row without 8 tab-separated cells, or a cell that is
/// not of its column's kind.
pub fn parse(source: &str) -> Result<Vec<Row>, Malformed> {
    let mut lines = source.lines().enumerate();
    match lines.next() {
        Some((_, HEADER)) => {}
        _ => {
            return Err(Malformed {
                line: 1,
                reason: format!("expected the header {HEADER:?}"),
            });
        }
    }
    lines
        .filter(|(_, line)| !line.is_empty())
        .map(|(index, line)| row(index + 1, line))
        .collect()
}

fn row(line_number: usize, line: &str) -> Result<Row, Malformed> {
    let malformed = |reason: String| Malformed {
        line: line_number,
        reason,
    };
    let cells: Vec<&str> = line.split('\t').collect();
    let [code, name, section, official, docs, sdk, raised, status] = cells[..] else {
        return Err(malformed(format!(
            "expected 8 tab-separated cells, found {}",
            cells.len()
        )));
    };
    let flag = |cell: &str, column: &str| match cell {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => Err(malformed(format!(
            "{column} is {other:?}, expected yes or no"
        ))),
    };
    let text = |cell: &str| (!cell.is_empty()).then(|| cell.to_owned());
    Ok(Row {
        code: code
            .parse()
            .map_err(|error| malformed(format!("code {code:?}: {error}")))?,
        name: text(name),
        section: text(section),
        in_official_list: flag(official, "in_seed_list")?,
        in_docs_page: flag(docs, "in_docs_2024")?,
        js_sdk_constant: text(sdk),
        raised_by_parse_server: flag(raised, "raised_by_parse_server")?,
        http_status: match status {
            "n/a" => None,
            status => Some(
                status
                    .parse()
                    .map_err(|error| malformed(format!("status {status:?}: {error}")))?,
            ),
        },
    })
}
