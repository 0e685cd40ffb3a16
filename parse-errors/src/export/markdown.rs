//! The table as the Parse docs page lays it out.

use alloc::string::String;
use alloc::vec::Vec;

use super::push_fmt;
use crate::{Entry, ErrorCategory, ErrorTable};

/// The table as a Markdown page in the Parse docs page's layout: a `## `
/// section per category, and in each an `Error Code | Meaning | Description`
/// table with one row per name (aliases too), in table order.
///
/// A category whose codes only ever come from a client says so under its
/// title; a retired entry's description starts with *Retired*. A table that
/// extends another lists its own names and says which table has the rest.
///
/// The categories come in the order of their first row in
/// [`ENTRIES`](ErrorTable::ENTRIES), which is the order a table declares them
/// in when its rows are grouped by category, as the crate's tables are; a
/// category without rows has no section.
///
/// ```
/// use parse_errors::{LiveQueryCode, export};
///
/// let page = export::markdown::<LiveQueryCode>();
/// assert!(page.starts_with("# LiveQueryCode\n"));
/// assert!(page.contains(
///     "## LiveQuery protocol errors\n\
///      \n\
///      Error Code | Meaning | Description\n\
///      ---------- | ------- | -----------\n\
///      1 | InvalidRequest | The request frame does not match the protocol's schema."
/// ));
/// assert!(page.contains("\n2 | SubscriptionNotFound | The subscription the request names is not known."));
/// ```
#[must_use]
pub fn markdown<T: ErrorTable>() -> String {
    let mut page = String::with_capacity(64 + T::ENTRIES.len() * 192);
    push_fmt(&mut page, format_args!("# {}\n\n", T::NAME));
    match T::EXTENDS {
        Some(base) => push_fmt(
            &mut page,
            format_args!(
                "`{}` extends `{base}`: these are its own names, in table order; every other code is `{base}`'s.\n",
                T::NAME
            ),
        ),
        None => push_fmt(
            &mut page,
            format_args!(
                "Every code of `{}` by category: one row per name, in table order.\n",
                T::NAME
            ),
        ),
    }
    for (title, rows) in categories::<T>() {
        push_fmt(&mut page, format_args!("\n## {title}\n\n"));
        let whole_category_client_only = rows.iter().all(|row| row.client_only);
        if whole_category_client_only {
            page.push_str("These codes only ever come from a client, never from a server.\n\n");
        }
        page.push_str("Error Code | Meaning | Description\n---------- | ------- | -----------\n");
        for row in rows {
            push_fmt(&mut page, format_args!("{} | {} | ", row.code, row.name));
            if row.retired {
                page.push_str("*Retired: the code stays taken.* ");
            }
            if row.client_only && !whole_category_client_only {
                page.push_str("*Client-only.* ");
            }
            push_cell(&mut page, row.description);
            page.push('\n');
        }
    }
    page
}

/// The rows grouped by category title, in the order the table declares its
/// categories (a base's categories, which only its aliases bring, after
/// them in the order of their first row), the rows in table order.
fn categories<T: ErrorTable>() -> Vec<(&'static str, Vec<&'static Entry>)> {
    let mut categories: Vec<(&'static str, Vec<&'static Entry>)> = Vec::new();
    for row in T::ENTRIES {
        match categories
            .iter_mut()
            .find(|(title, _)| *title == row.category)
        {
            Some((_, rows)) => rows.push(row),
            None => categories.push((row.category, alloc::vec![row])),
        }
    }
    let declared = |title: &str| {
        <T::Category as ErrorCategory>::ALL
            .iter()
            .position(|category| category.title() == title)
            .unwrap_or(usize::MAX)
    };
    categories.sort_by_key(|(title, _)| declared(title));
    categories
}

/// Writes `text` into a table cell: a `|` would end the cell, so it is escaped.
fn push_cell(out: &mut String, text: &str) {
    for (index, part) in text.split('|').enumerate() {
        if index > 0 {
            out.push_str("\\|");
        }
        out.push_str(part);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_in_a_cell_is_escaped() {
        let mut cell = String::new();
        push_cell(&mut cell, "a | b || c");
        assert_eq!(cell, "a \\| b \\|\\| c");
    }
}
