//! Writes one table of codes in the styles the benchmarks compare: as a
//! `#[parse_errors]` table, as hand-written impls with one `match` per
//! accessor, and as the derive stack thiserror + strum + num_enum.
//!
//! Used by `build.rs` for the official list's equivalents, and by the
//! `generate_tables` binary for the compile-time measurements.

use std::fmt::Write;

/// One code of a table.
pub struct Row {
    pub name: String,
    pub code: i32,
    pub description: String,
    pub display: String,
    pub category: String,
    /// The other names of the code.
    pub aliases: Vec<(String, String)>,
}

/// The rows of `parse_errors::ErrorCode`: its codes, names, descriptions,
/// `Display` texts and category titles.
pub fn official_rows() -> Vec<Row> {
    parse_errors::ErrorCode::ALL
        .iter()
        .map(|&code| Row {
            name: code.name().to_owned(),
            code: code.code(),
            description: code.description().to_owned(),
            display: code.to_string(),
            category: code.category().title().to_owned(),
            aliases: code
                .entries()
                .filter(|entry| entry.alias)
                .map(|entry| (entry.name.to_owned(), entry.description.to_owned()))
                .collect(),
        })
        .collect()
}

/// Synthetic rows: `count` codes over a few categories, one in ten with an alias.
pub fn synthetic(count: usize) -> Vec<Row> {
    (0..count)
        .map(|index| {
            let code = 9000 + i32::try_from(index).expect("a table's size fits i32") * 3;
            Row {
                name: format!("Error{index}"),
                code,
                description: format!(
                    "Error number {index} happened. Check the input of request {index}."
                ),
                display: format!("error number {index} happened"),
                category: format!("Category{}", index % 4),
                aliases: if index % 10 == 0 {
                    vec![(
                        format!("OtherName{index}"),
                        format!("Another name of error {index}."),
                    )]
                } else {
                    Vec::new()
                },
            }
        })
        .collect()
}

fn escape(text: &str) -> String {
    format!("{text:?}")
}

/// A category's title as an identifier: `API Issues` as `APIIssues`.
fn category_ident(title: &str) -> String {
    title.chars().filter(char::is_ascii_alphanumeric).collect()
}

fn categories(rows: &[Row]) -> Vec<&str> {
    let mut categories: Vec<&str> = Vec::new();
    for row in rows {
        if !categories.contains(&row.category.as_str()) {
            categories.push(&row.category);
        }
    }
    categories
}

/// `#[parse_errors(...)]` with the rows' categories, extending the table at
/// the path `extends` if one is given, and the enum's first line.
fn table_header(type_name: &str, rows: &[Row], extends: Option<&str>) -> String {
    let mut out = String::from("#[::parse_errors::parse_errors(\n");
    if let Some(base) = extends {
        writeln!(out, "    extends = {base},").unwrap();
    }
    for category in categories(rows) {
        writeln!(
            out,
            "    category({} = {}),",
            category_ident(category),
            escape(category)
        )
        .unwrap();
    }
    writeln!(out, ")]\npub enum {type_name} {{").unwrap();
    out
}

/// The table as `#[parse_errors]` reads it.
pub fn parse_errors_table(type_name: &str, rows: &[Row]) -> String {
    let mut out = table_header(type_name, rows, None);
    for row in rows {
        let category = category_ident(&row.category);
        writeln!(out, "    /// {}", row.description).unwrap();
        writeln!(
            out,
            "    #[entry({category}, display = {})]",
            escape(&row.display)
        )
        .unwrap();
        writeln!(out, "    {} = {},", row.name, row.code).unwrap();
        for (alias, description) in &row.aliases {
            writeln!(
                out,
                "    /// {description}\n    #[entry({category}, alias)]\n    {alias} = {},",
                row.code
            )
            .unwrap();
        }
    }
    out.push_str("}\n");
    out
}

/// The same table with one mistake: its last entry names a category that the
/// arguments do not declare. The macro reports it and expands the stand-in.
pub fn parse_errors_table_with_a_mistake(type_name: &str, rows: &[Row]) -> String {
    let table = parse_errors_table(type_name, rows);
    let Some(at) = table.rfind("#[entry(") else {
        return table;
    };
    let category_end = at + table[at..].find([',', ')']).expect("an entry attribute");
    format!(
        "{}#[entry(Undeclared{}",
        &table[..at],
        &table[category_end..]
    )
}

/// The table as a careful user writes it by hand: one `match` per accessor.
pub fn hand_written(type_name: &str, rows: &[Row]) -> String {
    let mut out = String::new();
    writeln!(
        out,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]\n#[repr(i32)]"
    )
    .unwrap();
    writeln!(out, "pub enum {type_name} {{").unwrap();
    for row in rows {
        writeln!(
            out,
            "    /// {}\n    {} = {},",
            row.description, row.name, row.code
        )
        .unwrap();
    }
    writeln!(out, "}}\n\nimpl {type_name} {{").unwrap();
    let arms = |out: &mut String, value: &dyn Fn(&Row) -> String| {
        for row in rows {
            writeln!(out, "            Self::{} => {},", row.name, value(row)).unwrap();
        }
    };
    out.push_str("    #[inline]\n    pub fn code(self) -> i32 {\n        self as i32\n    }\n\n");
    out.push_str(
        "    #[inline]\n    pub fn from_code(code: i32) -> Option<Self> {\n        match code {\n",
    );
    for row in rows {
        writeln!(out, "            {} => Some(Self::{}),", row.code, row.name).unwrap();
    }
    out.push_str("            _ => None,\n        }\n    }\n\n");
    out.push_str("    #[inline]\n    pub fn name(self) -> &'static str {\n        match self {\n");
    arms(&mut out, &|row| escape(&row.name));
    out.push_str("        }\n    }\n\n");
    out.push_str(
        "    #[inline]\n    pub fn description(self) -> &'static str {\n        match self {\n",
    );
    arms(&mut out, &|row| escape(&row.description));
    out.push_str("        }\n    }\n\n");
    out.push_str(
        "    #[inline]\n    pub fn category(self) -> &'static str {\n        match self {\n",
    );
    arms(&mut out, &|row| escape(&row.category));
    out.push_str("        }\n    }\n\n");
    out.push_str("    pub fn from_name(name: &str) -> Option<Self> {\n        match name {\n");
    for row in rows {
        let names: Vec<String> = std::iter::once(&row.name)
            .chain(row.aliases.iter().map(|(alias, _)| alias))
            .map(|name| escape(name))
            .collect();
        writeln!(
            out,
            "            {} => Some(Self::{}),",
            names.join(" | "),
            row.name
        )
        .unwrap();
    }
    out.push_str("            _ => None,\n        }\n    }\n}\n\n");
    writeln!(out, "impl std::fmt::Display for {type_name} {{").unwrap();
    out.push_str("    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {\n        f.write_str(match self {\n");
    for row in rows {
        writeln!(
            out,
            "            Self::{} => {},",
            row.name,
            escape(&row.display)
        )
        .unwrap();
    }
    writeln!(
        out,
        "        }})\n    }}\n}}\n\nimpl std::error::Error for {type_name} {{}}\n"
    )
    .unwrap();
    writeln!(out, "impl std::str::FromStr for {type_name} {{").unwrap();
    out.push_str("    type Err = ();\n    fn from_str(name: &str) -> Result<Self, ()> {\n        Self::from_name(name).ok_or(())\n    }\n}\n");
    out
}

/// The table as the derive stack writes it: thiserror for `Display`, strum for
/// names and descriptions, num_enum for codes.
pub fn derive_stack(type_name: &str, rows: &[Row]) -> String {
    let mut out = String::new();
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, ::thiserror::Error, \
         ::strum::EnumString, ::strum::IntoStaticStr, ::strum::EnumMessage, ::num_enum::TryFromPrimitive)]\n\
         #[num_enum(crate = ::num_enum)]\n#[repr(i32)]\n",
    );
    writeln!(out, "pub enum {type_name} {{").unwrap();
    for row in rows {
        // `to_string` is the canonical name, and parsed too; each alias is parsed.
        let serialize: Vec<String> = std::iter::once(format!("to_string = {}", escape(&row.name)))
            .chain(
                row.aliases
                    .iter()
                    .map(|(alias, _)| format!("serialize = {}", escape(alias))),
            )
            .collect();
        writeln!(
            out,
            "    #[error({})]\n    #[strum({}, message = {}, detailed_message = {})]\n    {} = {},",
            escape(&row.display.replace('{', "{{").replace('}', "}}")),
            serialize.join(", "),
            escape(&row.category),
            escape(&row.description),
            row.name,
            row.code
        )
        .unwrap();
    }
    out.push_str("}\n");
    out
}

/// The fields and `display` of the `index`th variant of an error enum whose
/// variants carry data: four shapes in turn, a struct of two numbers, a tuple
/// of a string shown with `{0:?}`, a struct with an I/O error as its source,
/// and a unit variant.
fn data_variant(index: usize) -> (String, String) {
    match index % 4 {
        0 => (
            " { needed: u32, have: u32 }".to_owned(),
            format!("request {index} needs {{needed}} coins, has {{have:>3}}"),
        ),
        1 => (
            "(String)".to_owned(),
            format!("no item {{0:?}} in request {index}"),
        ),
        2 => (
            " { path: String, #[source] source: std::io::Error }".to_owned(),
            format!("request {index} could not read {{path}}"),
        ),
        _ => (String::new(), format!("error number {index} happened")),
    }
}

/// An error enum whose variants carry data, through `#[parse_errors]`: the
/// rows' codes, docs and categories, each variant in one of four shapes. With
/// `extends`, the path of a table, its codes sit on top of that table's (the
/// synthetic codes, from 9000, are none of the official table's).
pub fn data_parse_errors(type_name: &str, rows: &[Row], extends: Option<&str>) -> String {
    let mut out = table_header(type_name, rows, extends);
    for (index, row) in rows.iter().enumerate() {
        let (fields, display) = data_variant(index);
        writeln!(
            out,
            "    /// {}\n    #[entry({}, display = {})]\n    {}{fields} = {},",
            row.description,
            category_ident(&row.category),
            escape(&display),
            row.name,
            row.code
        )
        .unwrap();
    }
    out.push_str("}\n");
    out
}

/// The same enum through thiserror's derive: the same variants, fields, docs,
/// format strings and codes (as discriminants, which `#[repr(i32)]` allows).
pub fn data_thiserror(type_name: &str, rows: &[Row]) -> String {
    let mut out = String::from("#[derive(Debug, ::thiserror::Error)]\n#[repr(i32)]\n");
    writeln!(out, "pub enum {type_name} {{").unwrap();
    for (index, row) in rows.iter().enumerate() {
        let (fields, display) = data_variant(index);
        writeln!(
            out,
            "    /// {}\n    #[error({})]\n    {}{fields} = {},",
            row.description,
            escape(&display),
            row.name,
            row.code
        )
        .unwrap();
    }
    out.push_str("}\n");
    out
}
