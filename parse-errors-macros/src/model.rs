//! The model of a table that passed every check: what `expand.rs` writes out.

use proc_macro2::TokenStream;
use syn::{Ident, Path};

use crate::ast::{Entry, Table};

/// A table that passed every check.
pub struct Model<'a> {
    pub table: &'a Table,
    /// `::parse_errors::__private` (the runtime crate as the user names it,
    /// with `crate = ...`): the runtime items the expansion names.
    pub private: TokenStream,
    /// The table this one extends, if any.
    pub base: Option<Base<'a>>,
    pub category_enum: Ident,
    pub categories: Vec<Category<'a>>,
    /// One row per entry, in table order.
    pub rows: Vec<Row<'a>>,
}

/// The table a table extends, and the variant that holds its codes.
pub struct Base<'a> {
    pub path: &'a Path,
    /// `Base`, the variant holding a code of the base table.
    pub variant: Ident,
}

pub struct Category<'a> {
    pub ident: &'a Ident,
    pub title: String,
    pub client_only: bool,
}

pub struct Row<'a> {
    pub entry: &'a Entry,
    pub code: i32,
    pub description: &'a str,
    /// Index into `Model::categories`; `None` for an alias of a base code,
    /// which is in the base's category.
    pub category: Option<usize>,
    pub role: Role,
    /// The `Display` text: the entry's own, or the description's first sentence.
    pub display: String,
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

impl Model<'_> {
    /// Canonical rows in table order: the variants of the generated enum.
    pub fn variants(&self) -> impl Iterator<Item = (usize, &Row<'_>)> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, row)| row.role == Role::Canonical)
    }
}
