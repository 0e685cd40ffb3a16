//! What `valid.rs` makes of the input, and `expand.rs` writes out: every
//! default resolved, every mistake repaired.
//!
//! A model is made whatever the mistakes: each check that finds one reports
//! it and puts the neutral value beside it (a name given twice is kept once, a
//! clashing code is made up, an unknown category is the first one). A model
//! with mistakes expands to the same API as a correct one, so the rest of the
//! user's crate gets no follow-on errors; `clean` says which it is.

use proc_macro2::TokenStream;
use syn::{Attribute, Expr, Generics, Ident, Path};

use crate::ast::{Entry, Input};
use crate::fmt::Rendered;

pub struct Model<'a> {
    pub input: &'a Input,
    /// Whether the input had no mistake: only then are the user's format
    /// strings and sources written out, which ask things of the fields' types.
    pub clean: bool,
    /// `::parse_errors`, or the path given with `crate = ...`.
    pub krate: Path,
    /// `#krate::__private`: the runtime items the expansion names.
    pub private: TokenStream,
    /// The code table: the input's enum, or the code enum beside an error enum.
    pub table: Table,
    /// The table this one extends, if any.
    pub base: Option<Base<'a>>,
    pub category_enum: Ident,
    pub categories: Vec<Category>,
    /// One row per entry the code table keeps, in table order.
    pub rows: Vec<Row<'a>>,
    /// The user's error enum, when its variants carry data.
    pub error_enum: Option<ErrorEnum<'a>>,
}

/// The enum of unit variants that holds the codes.
pub struct Table {
    pub ident: Ident,
    /// Its name as users read it: without any `r#`.
    pub name: String,
    /// Its attributes: the user's, but those the expansion gives itself.
    pub attrs: Vec<Attribute>,
}

/// The table a table extends, and the variant that holds its codes.
pub struct Base<'a> {
    pub path: &'a Path,
    /// `Base`, the variant holding a code of the base table.
    pub variant: Ident,
}

pub struct Category {
    pub ident: Ident,
    pub title: String,
    pub client_only: bool,
    /// Whether its codes' failures may pass with time.
    pub retry: bool,
}

/// One row of the code table. Its flags are independent facts of one entry.
#[allow(clippy::struct_excessive_bools)]
pub struct Row<'a> {
    pub entry: &'a Entry,
    pub code: i32,
    /// The code as written, so the discriminant keeps its spans; `None` for a
    /// code the repair made up.
    pub code_expr: Option<&'a Expr>,
    /// Whether the compiler is to check this code against the base table's:
    /// a code the user wrote is, one the repair made up or one reported
    /// outside the range already is not.
    pub checked_against_base: bool,
    pub description: String,
    /// Whether the doc comment is missing, reported already: the expansion
    /// gives the variant one, so that `missing_docs` adds nothing.
    pub undocumented: bool,
    /// Index into `Model::categories`; `None` for an alias of a base code,
    /// which is in the base's category.
    pub category: Option<usize>,
    pub role: Role,
    /// What the code table's `Display` shows: the entry's message, or the
    /// description's first sentence.
    pub display: Shown,
    /// Whether the name is retired: marked `#[deprecated]`, its code still taken.
    pub retired: bool,
    /// Whether the code's failure may pass with time: `retry` on the entry or
    /// on its category. Read from canonical rows only.
    pub retry: bool,
}

/// What an entry is to its code.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The code's canonical name: a variant.
    Canonical,
    /// Another name of a code of this table: the index of its canonical row.
    Alias(usize),
    /// Another name of a code of the base table.
    BaseAlias,
}

/// The user's enum, when its variants carry data.
pub struct ErrorEnum<'a> {
    /// Its attributes, but those of the table.
    pub attrs: Vec<Attribute>,
    pub generics: &'a Generics,
    pub variants: Vec<Variant<'a>>,
    /// Whether the macro writes its `Display`: not when no variant and not
    /// the enum has a message, as thiserror leaves `Display` to the user then.
    pub display: bool,
}

/// A variant of the user's enum.
pub struct Variant<'a> {
    pub entry: &'a Entry,
    /// Its row in the code table; `None` when the repair dropped the entry.
    pub row: Option<usize>,
    /// What its `Display` shows: its message, the enum's, or (`None`) its
    /// code table row's text.
    pub shown: Option<Shown>,
    /// The field `source()` returns.
    pub source: Option<usize>,
    /// Whether the enum is `From` its only field, the source.
    pub from: bool,
}

/// What a `Display` writes for one variant.
#[derive(Clone)]
pub enum Shown {
    /// A text known at expansion time.
    Text(String),
    /// `write!` of a format string, its fields bound to locals, and the
    /// user's extra arguments (their leading comma included).
    Format {
        rendered: Rendered,
        args: TokenStream,
    },
    /// `Display` of the one field: `#[error(transparent)]`.
    Transparent,
    /// `path(fields..., formatter)`: `#[error(fmt = path)]`.
    Fmt(syn::ExprPath),
}

impl Shown {
    /// The text, when it is one known at expansion time.
    pub fn text(&self) -> Option<&str> {
        match self {
            Self::Text(text) => Some(text),
            _ => None,
        }
    }
}

impl Model<'_> {
    /// The first promise of the repair this model breaks, if any: every name
    /// the user wrote is kept once (but those every table has), none is
    /// reserved, each code has one canonical row, each alias names a row of
    /// its own code, every own row is in a category, and titles are apart.
    /// For the tests and the fuzz target, which check every model this way.
    pub fn broken_promise(&self) -> Option<String> {
        const RESERVED: &[&str] = &["ALL", "COUNT", "ENTRIES"];
        let mut names = std::collections::HashSet::new();
        let mut canonical_codes = std::collections::HashSet::new();
        for row in &self.rows {
            let name = row.entry.name.as_str();
            if !names.insert(name) {
                return Some(format!("`{name}` is kept twice"));
            }
            if RESERVED.contains(&name) || (self.base.is_some() && name == "Base") {
                return Some(format!("the reserved name `{name}` is kept"));
            }
            match row.role {
                Role::Canonical if !canonical_codes.insert(row.code) => {
                    return Some(format!("code {} has two canonical rows", row.code));
                }
                Role::Alias(canonical) if self.rows[canonical].code != row.code => {
                    return Some(format!("alias `{name}` is not of its canonical row's code"));
                }
                Role::BaseAlias => {}
                _ if row
                    .category
                    .is_none_or(|index| index >= self.categories.len()) =>
                {
                    return Some(format!("`{name}` is in no category"));
                }
                _ => {}
            }
        }
        let titles: std::collections::HashSet<&str> = self
            .categories
            .iter()
            .map(|category| category.title.as_str())
            .collect();
        if self.categories.is_empty() || titles.len() != self.categories.len() {
            return Some("the categories are missing or share a title".to_owned());
        }
        let lost = self.input.entries.iter().find(|entry| {
            let name = entry.name.as_str();
            !names.contains(name) && !RESERVED.contains(&name) && name != "Base"
        });
        lost.map(|entry| format!("the repair lost `{}`", entry.name))
    }

    /// Canonical rows in table order: the variants of the code table.
    pub fn variants(&self) -> impl Iterator<Item = (usize, &Row<'_>)> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, row)| row.role == Role::Canonical)
    }
}
