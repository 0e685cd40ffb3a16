//! Reads the official Parse error list from its Markdown source.
//!
//! The list is written for people: sections with tables, `|` separators that are
//! sometimes tabs, one header row and one rule row per table. This reader
//! accepts exactly that shape and rejects anything else with the line number,
//! so a changed source cannot be read half-right.

pub use crate::Malformed;

/// One row of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The code, negative codes included.
    pub code: i32,
    /// The name as written, misspellings included.
    pub name: String,
    /// The description with its whitespace normalised.
    pub description: String,
    /// The title of the section the row is listed under, as written.
    pub section: String,
}

/// Reads every row of every table, in source order.
///
/// # Errors
/// A table row outside a section, a row without three cells, or a code that is
/// not an `i32`.
pub fn parse(source: &str) -> Result<Vec<Row>, Malformed> {
    let mut rows = Vec::new();
    let mut section: Option<String> = None;
    for (index, line) in source.lines().enumerate() {
        let line_number = index + 1;
        let malformed = |reason: String| Malformed {
            line: line_number,
            reason,
        };
        if let Some(title) = line.strip_prefix("## ") {
            section = Some(title.trim().to_owned());
            continue;
        }
        if !line.contains('|') {
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() != 3 {
            return Err(malformed(format!(
                "expected 3 cells separated by `|`, found {}",
                cells.len()
            )));
        }
        let is_header = cells[0] == "Error Code";
        let is_rule = cells
            .iter()
            .all(|cell| !cell.is_empty() && cell.chars().all(|c| c == '-'));
        if is_header || is_rule {
            continue;
        }
        let Some(section) = &section else {
            return Err(malformed("a table row before any `## ` section".to_owned()));
        };
        let code = cells[0]
            .parse()
            .map_err(|error| malformed(format!("code {:?} is not an i32: {error}", cells[0])))?;
        rows.push(Row {
            code,
            name: cells[1].to_owned(),
            description: cells[2].split_whitespace().collect::<Vec<_>>().join(" "),
            section: section.clone(),
        });
    }
    Ok(rows)
}
