//! Checks the input as a whole and resolves it into the model that `expand.rs`
//! writes out.
//!
//! Every check runs, whatever the others found, so that one compile reports
//! every mistake; each error is spanned on the whole of what to fix. A check
//! that finds a mistake also puts the neutral value beside it, as rustc's
//! parser recovers, so `check` always gives a model: a name given twice is
//! kept once, a clashing code is made up, an unknown category is the first
//! one. Each rule lives in the check that finds its mistake, and nowhere else.

mod error_enum;
mod message;

use std::collections::{HashMap, HashSet};

use proc_macro2::Span;
use quote::{format_ident, quote};
use syn::{Attribute, Expr, Ident, Meta, Path};

use crate::ast::{Entry, Input};
use crate::attr::{CategoryDecl, ENTRY_FLAGS, TableArgs};
use crate::ctxt::{Errors, Place};
use crate::model::{Base, Category, Model, Role, Row, Shown, Table};
use crate::suggest;

/// Associated items every table gets: no entry may take these names.
const RESERVED_NAMES: &[&str] = &["ALL", "COUNT", "ENTRIES"];

/// The traits the expansion derives on a table, which a user's own derive
/// would implement twice.
const DERIVED: &[&str] = &[
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Debug",
];

/// The traits the expansion derives on an error enum: none, as in thiserror,
/// where `Debug` is the user's.
const DERIVED_ON_ERRORS: &[&str] = &[];

/// The codes the Parse docs give app developers: a table extending another
/// keeps its own codes there unless it says otherwise. The runtime's
/// `CodeRange` holds the same ranges; a test pins the two equal.
pub const APP_RANGE: (i32, i32) = (9000, 9999);

/// The docs' codes below the app range: Parse Server's up to the first
/// bound, then reserved ones up to the second.
pub const SERVER_AND_RESERVED: (i32, i32) = (4999, 8999);

/// The variant that holds a base table's codes, in a table that extends another.
const BASE_VARIANT: &str = "Base";

/// What a repaired entry without a description says.
const NO_DESCRIPTION: &str = "No description.";

/// One entry on its way to a row: what the checks found, as repaired so far.
/// Its flags are independent facts of one entry, each set by one check.
#[allow(clippy::struct_excessive_bools)]
struct Draft<'a> {
    entry: &'a Entry,
    /// `false` when the entry is left out of the code table: a name given
    /// twice, or one every table has.
    kept: bool,
    code: Option<i32>,
    code_expr: Option<&'a Expr>,
    checked_against_base: bool,
    alias: bool,
    role: Role,
    category: Option<usize>,
    /// Whether `category` is the one the entry means: the one it names, or
    /// the only one; not the first one put there for a mistake.
    category_meant: bool,
    /// What its `Display` shows, when it has a message.
    shown: Option<Shown>,
}

/// Checks `input`, reporting each mistake into `errors`, and resolves it into
/// a model: clean when `errors`, those of reading included, stays empty.
pub fn check<'a>(input: &'a Input, errors: &mut Errors) -> Model<'a> {
    let args = &input.args;
    let has_data = input.has_data();
    let base = args.extends.get().map(|path| Base {
        path,
        variant: format_ident!("{}", BASE_VARIANT),
    });
    check_item(input, has_data, errors);
    let own_derives = if has_data { DERIVED_ON_ERRORS } else { DERIVED };
    let attrs = enum_attrs(input, own_derives, errors);
    let table = code_table(input, has_data, &attrs, errors);
    let category_enum = category_enum(input, has_data, errors);
    let categories = categories(input, errors);

    let krate = args.krate.get().cloned().unwrap_or_else(default_crate_path);
    let mut drafts: Vec<Draft<'a>> = input.entries.iter().map(Draft::new).collect();
    check_names(&mut drafts, base.is_some(), errors);
    check_codes(&mut drafts, base.is_some(), errors);
    for draft in drafts.iter_mut().filter(|draft| draft.kept) {
        check_entry(draft, errors);
        resolve_category(draft, &categories, args, errors);
    }
    let private = quote!(#krate::__private);
    for draft in &mut drafts {
        draft.shown = message::shown(input, draft.entry, has_data, &private, errors);
    }
    check_aliases(&mut drafts, has_data, errors);
    check_range(&mut drafts, args, errors);
    let error_enum = has_data.then(|| error_enum::check(input, attrs, &drafts, errors));

    // A role names its canonical entry by its place among the drafts; a row
    // names it by its place among the rows, which leave out what was dropped.
    let mut kept = 0;
    let row_of: Vec<usize> = drafts
        .iter()
        .map(|draft| {
            kept += usize::from(draft.kept);
            kept.saturating_sub(1)
        })
        .collect();
    let rows = drafts
        .iter()
        .filter(|draft| draft.kept)
        .map(|draft| {
            let mut row = row(draft, &categories, has_data);
            if let Role::Alias(canonical) = row.role {
                row.role = Role::Alias(row_of[canonical]);
            }
            row
        })
        .collect();
    Model {
        input,
        clean: errors.is_empty(),
        private,
        krate,
        table,
        base,
        category_enum,
        categories,
        rows,
        error_enum,
    }
}

/// `::parse_errors`, or the name the crate's manifest renames it to.
fn default_crate_path() -> Path {
    let renamed =
        crate::manifest::renamed_here().and_then(|name| syn::parse_str::<Ident>(&name).ok());
    let ident = renamed.unwrap_or_else(|| Ident::new("parse_errors", Span::call_site()));
    syn::parse_quote!(::#ident)
}

impl<'a> Draft<'a> {
    fn new(entry: &'a Entry) -> Self {
        Self {
            entry,
            kept: true,
            code: entry.code.as_ref().map(|code| code.value),
            code_expr: entry.code.as_ref().map(|code| &code.expr),
            checked_against_base: true,
            alias: entry.attr.alias.is_present(),
            role: Role::Canonical,
            category: None,
            category_meant: false,
            shown: None,
        }
    }

    /// A code of the repair's own: nothing checks it against the base.
    const fn make_up_code(&mut self, code: i32) {
        self.code = Some(code);
        self.code_expr = None;
        self.checked_against_base = false;
    }
}

/// What is wrong with the item as a whole: its generics, an empty body, an
/// argument only an error enum takes.
fn check_item(input: &Input, has_data: bool, errors: &mut Errors) {
    let generics = &input.generics;
    // An error enum may be generic, its code enum is not: it has the same
    // entries whatever the parameters.
    if !has_data && (!generics.params.is_empty() || generics.where_clause.is_some()) {
        let where_clause = &generics.where_clause;
        errors.spanned(
            quote!(#generics #where_clause),
            format!(
                "a table cannot be generic: remove the parameters of `{}`; an entry is a code, \
                 not a type",
                input.ident
            ),
        );
    }
    if input.is_enum && input.entries.is_empty() {
        errors.spanned(
            input.body,
            format!(
                "`{}` has no entries: a table needs at least one, like `/// Object not found.` \
                 `ObjectNotFound = 101,`",
                input.ident
            ),
        );
    }
    if let (Some(given), false) = (input.args.code_enum.get(), has_data) {
        errors.spanned(
            given,
            format!(
                "`code_enum` names the code enum of an enum whose variants carry data; \
                 `{}` is a table of unit variants already: remove `code_enum`",
                input.ident
            ),
        );
    }
}

/// The enum of the codes: the input itself, or the code enum beside an error
/// enum, with the attributes it keeps.
fn code_table(input: &Input, has_data: bool, attrs: &[Attribute], errors: &mut Errors) -> Table {
    if !has_data {
        return Table {
            ident: input.ident.clone(),
            name: input.name.clone(),
            attrs: attrs.to_vec(),
        };
    }
    let default = format_ident!("{}Code", input.ident, span = input.ident.span());
    let ident = match input.args.code_enum.get() {
        Some(name) if *name == input.ident => {
            errors.spanned(
                name,
                format!(
                    "the code enum needs a name of its own: `{name}` is the error enum, try \
                     `code_enum = {name}Code`"
                ),
            );
            default
        }
        Some(name) => name.clone(),
        None => default,
    };
    let doc = format!(
        " The codes of [`{}`]: one variant per code, with its name, description and category.",
        input.ident
    );
    // `#[non_exhaustive]`, `#[allow]` and the like concern the codes as much.
    let attrs = std::iter::once(syn::parse_quote!(#[doc = #doc]))
        .chain(
            attrs
                .iter()
                .filter(|attr| !attr.path().is_ident("doc") && !attr.path().is_ident("derive"))
                .cloned(),
        )
        .collect();
    Table {
        name: syn::ext::IdentExt::unraw(&ident).to_string(),
        ident,
        attrs,
    }
}

/// The attributes of the enum the expansion keeps: all but a second
/// `#[parse_errors]`, a `#[repr]` and the traits it derives itself, each
/// reported.
fn enum_attrs(input: &Input, own_derives: &[&str], errors: &mut Errors) -> Vec<Attribute> {
    let mut kept = Vec::new();
    for attr in &input.attrs {
        if is_table_attr(attr) {
            errors.spanned(
                attr,
                format!(
                    "`#[parse_errors]` is given twice on `{}`: one table, one attribute; merge \
                     its arguments into the first",
                    input.ident
                ),
            );
        } else if attr.path().is_ident("repr") {
            errors.spanned(
                attr,
                "remove `#[repr(...)]`: a table is `#[repr(i32)]`, each code its variant's \
                 discriminant",
            );
        } else if attr.path().is_ident("derive") {
            kept.extend(without_own_derives(attr, own_derives, errors));
        } else if let Some(message) = field_attr_misplaced(attr) {
            errors.spanned(attr, message);
        } else {
            kept.push(attr.clone());
        }
    }
    kept
}

/// A `#[derive(...)]` without the traits the expansion derives, each
/// reported; `None` when nothing of it is left. A list that does not parse is
/// rustc's to report, and stays as written.
fn without_own_derives(
    attr: &Attribute,
    own_derives: &[&str],
    errors: &mut Errors,
) -> Option<Attribute> {
    let (mut kept, mut ours) = (Vec::new(), Vec::new());
    let parsed = attr.parse_nested_meta(|meta| {
        let derived_by_us = meta
            .path
            .segments
            .last()
            .is_some_and(|last| own_derives.contains(&last.ident.to_string().as_str()));
        if derived_by_us {
            ours.push(meta.path);
        } else {
            kept.push(meta.path);
        }
        Ok(())
    });
    if parsed.is_err() {
        return Some(attr.clone());
    }
    for path in ours {
        let last = path.segments.last().map(|last| last.ident.to_string());
        errors.spanned(
            &path,
            format!(
                "remove `{}` from the derive list: `#[parse_errors]` derives it already",
                last.unwrap_or_default()
            ),
        );
    }
    let mut attr = attr.clone();
    if let Meta::List(list) = &mut attr.meta {
        list.tokens = quote!(#(#kept),*);
    }
    (!kept.is_empty()).then_some(attr)
}

/// thiserror's words for a field's attribute on the enum or on a variant,
/// where it means nothing.
pub fn field_attr_misplaced(attr: &Attribute) -> Option<String> {
    ["source", "from", "backtrace"]
        .into_iter()
        .find(|name| attr.path().is_ident(name))
        .map(|name| {
            format!("not expected here; the #[{name}] attribute belongs on a specific field")
        })
}

/// A second `#[parse_errors]`, under any path (`parse_errors::parse_errors`).
pub fn is_table_attr(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|last| last.ident == "parse_errors")
}

fn category_enum(input: &Input, has_data: bool, errors: &mut Errors) -> Ident {
    let default = format_ident!("{}Category", input.ident);
    match input.args.category_enum.get() {
        Some(name) if *name == input.ident => {
            let (what, example) = if has_data {
                ("the error enum", format!("{name}Category"))
            } else {
                ("the table", "Category".to_owned())
            };
            errors.spanned(
                name,
                format!(
                    "the category enum needs a name of its own: `{name}` is {what}, try \
                     `category_enum = {example}`"
                ),
            );
            default
        }
        Some(name) => name.clone(),
        None => default,
    }
}

/// The declared categories, each once and with a title of its own; one made
/// up when none could be read, so every entry has one.
fn categories(input: &Input, errors: &mut Errors) -> Vec<Category> {
    let args = &input.args;
    if args.categories_complete && args.categories.is_empty() {
        // The entries may already name the category they meant.
        let example = input
            .entries
            .iter()
            .find_map(|entry| entry.attr.category.as_ref())
            .map_or_else(|| "App".to_owned(), ToString::to_string);
        errors.spanned(
            &input.ident,
            format!(
                "`{}` declares no category: add one to the arguments, like \
                 `#[parse_errors(category({example} = \"{example} errors\"))]`",
                input.ident
            ),
        );
    }
    let report = args.categories_complete;
    let mut by_name: HashMap<String, &CategoryDecl> = HashMap::new();
    let mut by_title: HashMap<String, &CategoryDecl> = HashMap::new();
    let mut categories = Vec::new();
    for decl in &args.categories {
        if let Some(first) = by_name.get(&decl.ident.to_string()) {
            if report {
                errors.with_first_here(
                    &decl.ident,
                    format!(
                        "category `{}` is declared twice: remove one declaration",
                        decl.ident
                    ),
                    &first.ident,
                    first_defined_here(&format!("category `{}`", first.ident)),
                );
            }
            continue;
        }
        by_name.insert(decl.ident.to_string(), decl);
        let mut title = decl.title.value();
        if title.trim().is_empty() {
            if report {
                errors.spanned(
                    &decl.title,
                    format!(
                        "the title of category `{}` is empty: write it as the list does, like \
                         \"API Issues\"",
                        decl.ident
                    ),
                );
            }
            title = decl.ident.to_string();
        } else if let Some(first) = by_title.get(&title) {
            if report {
                errors.with_first_here(
                    &decl.title,
                    format!(
                        "categories `{}` and `{}` have the same title {title:?}: give each its own",
                        first.ident, decl.ident
                    ),
                    &first.title,
                    format!("`{}` has this title first, here", first.ident),
                );
            }
            title = decl.ident.to_string();
        } else {
            by_title.insert(title.clone(), decl);
        }
        categories.push(Category {
            ident: decl.ident.clone(),
            title,
            client_only: decl.client_only.is_present(),
            retry: decl.retry.is_present(),
        });
    }
    if categories.is_empty() {
        categories.push(Category {
            ident: Ident::new("Uncategorized", Span::call_site()),
            title: "Uncategorized".to_owned(),
            client_only: false,
            retry: false,
        });
    }
    // A title made from a name may meet a title written as that name.
    let mut titles = HashSet::new();
    for category in &mut categories {
        while !titles.insert(category.title.clone()) {
            category.title.push('\'');
        }
    }
    categories
}

/// Names: reserved ones and a second use of a name are left out; two names
/// that differ only in case or underscores become names of one code.
fn check_names(drafts: &mut [Draft<'_>], extends: bool, errors: &mut Errors) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut loosely: HashMap<String, usize> = HashMap::new();
    for index in 0..drafts.len() {
        let entry = drafts[index].entry;
        if let Some(reason) = reserved(&entry.name, extends) {
            errors.spanned(&entry.ident, reason);
            drafts[index].kept = false;
        }
        if let Some(&first) = seen.get(entry.name.as_str()) {
            let first = drafts[first].entry;
            let name = &entry.name;
            let message = match (&first.code, &entry.code) {
                (Some(one), Some(other)) if one.value == other.value => format!(
                    "the name `{name}` is written twice, both times for code {}: remove one",
                    one.value
                ),
                (Some(one), Some(other)) => format!(
                    "the name `{name}` is used for codes {} and {}: a name is one code's; rename \
                     one",
                    one.value, other.value
                ),
                _ => format!("the name `{name}` is used by two entries: rename one, or remove it"),
            };
            errors.with_first_here(
                &entry.ident,
                message,
                &first.ident,
                first_defined_here(&format!("`{name}`")),
            );
            drafts[index].kept = false;
            continue;
        }
        seen.insert(&entry.name, index);
        let first = *loosely.entry(suggest::folded(&entry.name)).or_insert(index);
        let (twin, code) = (drafts[first].entry, drafts[first].code);
        if first != index
            && twin.code.is_some()
            && entry.code.is_some()
            && code != drafts[index].code
        {
            errors.with_first_here(
                &entry.ident,
                format!(
                    "`{}` ({}) and `{}` ({}) differ only in case or underscores: \
                     `from_name_loose` could not tell them apart; rename one",
                    twin.ident,
                    code_text(twin),
                    entry.ident,
                    code_text(entry)
                ),
                &twin.ident,
                first_defined_here(&format!("`{}`", twin.ident)),
            );
            let draft = &mut drafts[index];
            draft.code = code;
            draft.code_expr = None;
            draft.checked_against_base = false;
            draft.alias = true;
        }
    }
}

/// Why no entry may have this name, when none may: it names an item every
/// table has, or the variant that holds a base table's codes.
fn reserved(name: &str, extends: bool) -> Option<String> {
    if extends && name == BASE_VARIANT {
        return Some(format!(
            "`{BASE_VARIANT}` is the variant that holds the base table's codes: rename this entry"
        ));
    }
    RESERVED_NAMES
        .contains(&name)
        .then(|| format!("`{name}` names an item every table has: rename this entry"))
}

/// Checks that every entry has a code and every shared code is shared on
/// purpose, and tells each entry's role; an entry without a code of its own
/// gets one no entry has.
///
/// In a table that extends another, an alias whose code no entry of the table
/// has is another name of a base code; whether the base has it is checked by
/// the compiler, through the const items the expansion adds.
fn check_codes(drafts: &mut [Draft<'_>], extends: bool, errors: &mut Errors) {
    let mut by_code: HashMap<i32, Vec<usize>> = HashMap::new();
    let mut order = Vec::new();
    let mut needs_code = Vec::new();
    for (index, draft) in drafts.iter().enumerate().filter(|(_, draft)| draft.kept) {
        // An entry without a code, reported when read, gets one below.
        let Some(code) = draft.code else {
            needs_code.push(index);
            continue;
        };
        let rows = by_code.entry(code).or_default();
        if rows.is_empty() {
            order.push(code);
        }
        rows.push(index);
    }
    for code in order {
        let rows = &by_code[&code];
        let canonicals: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&index| !drafts[index].alias)
            .collect();
        let canonical = match canonicals.first() {
            Some(&canonical) => canonical,
            None if extends => {
                for &index in rows {
                    drafts[index].role = Role::BaseAlias;
                }
                continue;
            }
            None => {
                report_aliases_of_nothing(drafts, rows, code, errors);
                drafts[rows[0]].alias = false;
                rows[0]
            }
        };
        for &other in canonicals.iter().skip(1) {
            let (first, second) = (drafts[canonical].entry, drafts[other].entry);
            let message = if is_retired(first) {
                format!(
                    "code {code} is taken by the retired `{}`: a retired code stays taken, so \
                     that old logs and clients still read it; give `{}` a code of its own",
                    first.ident, second.ident
                )
            } else {
                format!(
                    "code {code} is used by both `{}` and `{}`: if they are two names of one \
                     code, mark every name but the canonical one `#[entry(alias)]`; if not, give \
                     `{}` a code of its own",
                    first.ident, second.ident, second.ident
                )
            };
            errors.with_first_here(
                code_place(second),
                message,
                code_place(first),
                format!("`{}` uses code {code} first, here", first.ident),
            );
            needs_code.push(other);
        }
        for &index in rows {
            if drafts[index].alias {
                drafts[index].role = Role::Alias(canonical);
            }
        }
    }
    let mut used: HashSet<i32> = drafts.iter().filter_map(|draft| draft.code).collect();
    let mut next = used.iter().copied().max().unwrap_or(0);
    for index in needs_code {
        next = free_code(next, &used);
        used.insert(next);
        let draft = &mut drafts[index];
        draft.make_up_code(next);
        draft.alias = false;
        draft.role = Role::Canonical;
    }
}

/// A code shared only by entries marked `alias`, in a table without a base.
fn report_aliases_of_nothing(drafts: &[Draft<'_>], rows: &[usize], code: i32, errors: &mut Errors) {
    let first = drafts[rows[0]].entry;
    let message = if rows.len() == 1 {
        format!(
            "`{}` is an alias, but no entry is the canonical name of code {code}: \
             remove `alias`, or add the canonical entry",
            first.ident
        )
    } else {
        let names = name_list(rows.iter().map(|&index| &drafts[index].entry.ident));
        format!(
            "code {code} is shared by {names}, all marked `alias`: remove `alias` from the \
             canonical name"
        )
    };
    // One mistake, one error: on the first name, where a fix may begin.
    if first.attr.alias.is_present() {
        errors.spanned(Place::from(first.attr.alias.span()), message);
    } else {
        errors.spanned(first.span, message);
    }
}

/// A code no entry has, near `after`: above it while there is room, then below.
fn free_code(after: i32, used: &HashSet<i32>) -> i32 {
    let free = |code: &i32| !used.contains(code);
    (after..=i32::MAX)
        .find(free)
        .or_else(|| (i32::MIN..after).rev().find(free))
        .unwrap_or(after)
}

/// What one entry needs alone: no `#[cfg]`, a description.
fn check_entry(draft: &mut Draft<'_>, errors: &mut Errors) {
    let entry = draft.entry;
    for attr in &entry.attrs {
        if let Some(message) = field_attr_misplaced(attr) {
            errors.spanned(attr, message);
        }
    }
    if let Some(cfg) = entry.attrs.iter().find(|attr| attr.path().is_ident("cfg")) {
        errors.spanned(
            cfg,
            format!(
                "entry `{}` cannot be conditional: a table has the same entries in every build; \
                 remove the `#[cfg]`",
                entry.ident
            ),
        );
    }
    match &entry.description {
        None if crate::ast::has_unreadable_doc(&entry.attrs) => {}
        None => errors.spanned(
            &entry.ident,
            format!(
                "entry `{}` has no description: write it as a doc comment, like `/// The object \
                 was not found.`",
                entry.ident
            ),
        ),
        Some(description) if description.text.is_empty() => errors.spanned(
            description.span,
            format!(
                "the description of `{}` is empty: its doc comment's first paragraph is what the \
                 table returns",
                entry.ident
            ),
        ),
        Some(_) => {}
    }
}

/// The entry's category among the declared ones; the first one when it names
/// none it could be. The mistakes are reported only when every category was
/// read, so that a misspelled declaration is not blamed on its entries, and a
/// table that declares none is told so once, not once per entry.
fn resolve_category(
    draft: &mut Draft<'_>,
    categories: &[Category],
    args: &TableArgs,
    errors: &mut Errors,
) {
    let entry = draft.entry;
    if draft.role == Role::BaseAlias {
        if let Some(written) = &entry.attr.category {
            errors.spanned(
                written,
                format!(
                    "`{}` is another name of a base code, so it is in that code's category: \
                     remove `{written}`",
                    entry.ident
                ),
            );
        }
        return;
    }
    let report = args.categories_complete;
    draft.category = Some(0);
    let Some(written) = &entry.attr.category else {
        draft.category_meant = categories.len() == 1;
        if !draft.category_meant && report && !entry.attr.had_mistakes {
            let names = category_list(categories);
            errors.spanned(
                &entry.ident,
                format!(
                    "entry `{}` has no category, and the table has several: add one of {names}, \
                     like `#[entry({})]`",
                    entry.ident, categories[0].ident
                ),
            );
        }
        return;
    };
    let declared = !args.categories.is_empty();
    if let Some(found) = categories
        .iter()
        .position(|category| declared && category.ident == *written)
    {
        draft.category = Some(found);
        draft.category_meant = true;
        return;
    }
    let written_text = written.to_string();
    let candidates = categories
        .iter()
        .filter(|_| declared)
        .map(|category| category.ident.to_string())
        .chain(ENTRY_FLAGS.iter().map(|flag| (*flag).to_owned()));
    let hint = match suggest::closest(&written_text, candidates) {
        Some(close) => format!("did you mean `{close}`?"),
        None if !declared => return,
        None => format!("the table declares {}", category_list(categories)),
    };
    if report {
        errors.spanned(
            written,
            format!(
                "unknown category `{written}` on entry `{}`: {hint}",
                entry.ident
            ),
        );
    }
}

/// The names of one code share its category, and only the canonical one of
/// a table of unit variants has a message; an alias takes its canonical
/// entry's category.
fn check_aliases(drafts: &mut [Draft<'_>], has_data: bool, errors: &mut Errors) {
    for index in 0..drafts.len() {
        let draft = &drafts[index];
        if !draft.kept {
            continue;
        }
        let alias = draft.entry;
        match draft.role {
            Role::Canonical => {}
            Role::BaseAlias => {
                if alias.attr.retry.is_present() {
                    errors.spanned(
                        Place::from(alias.attr.retry.span()),
                        format!(
                            "`retry` on `{}` would never be read: a base code is retried as the \
                             base says",
                            alias.ident
                        ),
                    );
                }
                if let (Some(message), false) = (&alias.error, has_data) {
                    errors.spanned(
                        message.place,
                        format!(
                            "`#[error(...)]` on `{}` would never be shown: a base code displays \
                             as the base says",
                            alias.ident
                        ),
                    );
                }
            }
            Role::Alias(canonical) => {
                let canonical_draft = &drafts[canonical];
                let canonical_entry = canonical_draft.entry;
                if draft.category_meant
                    && canonical_draft.category_meant
                    && draft.category != canonical_draft.category
                {
                    report_alias_category(alias, canonical_entry, errors);
                }
                if alias.attr.retry.is_present() {
                    errors.spanned(
                        Place::from(alias.attr.retry.span()),
                        format!(
                            "`retry` on alias `{}` would never be read: a code is retried as its \
                             canonical entry `{}` says; move it there",
                            alias.ident, canonical_entry.ident
                        ),
                    );
                }
                if let (Some(message), false) = (&alias.error, has_data) {
                    errors.spanned(
                        message.place,
                        format!(
                            "`#[error(...)]` on alias `{}` would never be shown: a code displays \
                             as its canonical entry `{}`; move it there",
                            alias.ident, canonical_entry.ident
                        ),
                    );
                }
                drafts[index].category = drafts[canonical].category;
            }
        }
    }
}

fn report_alias_category(alias: &Entry, canonical: &Entry, errors: &mut Errors) {
    let category_span = |entry: &Entry| {
        entry
            .attr
            .category
            .as_ref()
            .map_or(entry.ident.span(), Ident::span)
    };
    errors.with_first_here(
        Place::from(category_span(alias)),
        format!(
            "alias `{}` is in another category than its canonical entry `{}`: \
             the names of one code share its category{}",
            alias.ident,
            canonical.ident,
            canonical
                .attr
                .category
                .as_ref()
                .map_or_else(String::new, |wanted| format!(
                    "; write `#[entry({wanted}, alias)]`"
                ))
        ),
        Place::from(category_span(canonical)),
        format!("the category of `{}` is given here", canonical.ident),
    );
}

/// The codes a table's own entries may have, and whether the table declares
/// them: its `range`, or the app range of the Parse docs when it extends
/// another table; `None` when any code will do.
fn own_range(args: &TableArgs) -> Option<(i32, i32, bool)> {
    match (args.range.get(), args.extends.get()) {
        (Some(range), _) => Some((range.start, range.end, true)),
        (None, Some(_)) => Some((APP_RANGE.0, APP_RANGE.1, false)),
        (None, None) => None,
    }
}

/// Keeps a table's own codes in its range: the one it declares, or the app
/// range of the Parse docs when it extends another table. A code outside is
/// not checked against the base's too: that would be a second error on it.
fn check_range(drafts: &mut [Draft<'_>], args: &TableArgs, errors: &mut Errors) {
    let Some((start, end, declared)) = own_range(args) else {
        return;
    };
    for draft in drafts.iter_mut().filter(|draft| draft.kept) {
        let (Some(code), Some(expr)) = (draft.code, draft.code_expr) else {
            continue;
        };
        if draft.role == Role::BaseAlias || (start..=end).contains(&code) {
            continue;
        }
        if !draft.alias {
            draft.checked_against_base = false;
        }
        // With a mistake in the arguments, the range may not be the one meant.
        if args.had_mistakes {
            continue;
        }
        let entry = &draft.entry.ident;
        let message = if declared {
            format!(
                "code {code} of `{entry}` is outside the table's range {start}..={end}: give it a \
                 code in the range, \
                 or widen `range`"
            )
        } else {
            let (server_max, reserved_max) = SERVER_AND_RESERVED;
            let reserved_min = server_max + 1;
            format!(
                "code {code} of `{entry}` is outside {start}..={end}, the codes the Parse docs \
                 give app developers \
                 (up to {server_max}: Parse Server and its modules; \
                 {reserved_min}..={reserved_max}: reserved; \
                 {start}..={end}: apps); give it a code in {start}..={end}, make it another name \
                 of a base code \
                 with `#[entry(alias)]`, or declare the table's own range, like `range = \
                 20000..=20999`"
            )
        };
        errors.spanned(expr, message);
    }
}

/// The row a checked entry becomes.
fn row<'a>(draft: &Draft<'a>, categories: &[Category], has_data: bool) -> Row<'a> {
    let entry = draft.entry;
    let description = entry
        .description
        .as_ref()
        .map(|description| description.text.as_str())
        .filter(|text| !text.is_empty())
        .unwrap_or(NO_DESCRIPTION);
    // The code enum of an error enum shows a message only when it is a text:
    // the error enum's fields are not the code's. An alias shows its
    // canonical entry's, so it needs none.
    let shown = draft
        .shown
        .clone()
        .filter(|shown| draft.role == Role::Canonical && (!has_data || shown.text().is_some()))
        .filter(|shown| !matches!(shown, Shown::Transparent));
    Row {
        entry,
        code: draft.code.unwrap_or_default(),
        code_expr: draft.code_expr,
        checked_against_base: draft.checked_against_base,
        description: description.to_owned(),
        undocumented: entry.description.is_none(),
        category: draft.category,
        role: draft.role,
        display: shown.unwrap_or_else(|| Shown::Text(default_display(description))),
        retired: is_retired(entry),
        retry: entry.attr.retry.is_present()
            || draft.category.is_some_and(|index| categories[index].retry),
    }
}

/// Whether the entry is retired: marked `#[deprecated]`, its code still taken.
fn is_retired(entry: &Entry) -> bool {
    entry
        .attrs
        .iter()
        .any(|attr| attr.path().is_ident("deprecated"))
}

/// The description's first sentence as a `Display` text, as the Rust API
/// guidelines write error messages: lowercase first letter, no trailing period.
fn default_display(description: &str) -> String {
    let sentence = description
        .split_once(". ")
        .map_or(description, |(first, _)| first)
        .trim_end_matches('.');
    let mut chars = sentence.chars();
    match (chars.next(), chars.next()) {
        // Keep acronyms such as "JSON" whole.
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => first
            .to_lowercase()
            .chain(sentence[first.len_utf8()..].chars())
            .collect(),
        _ => sentence.to_owned(),
    }
}

/// An entry's code for a message: the number, or what stands for a missing one.
fn code_text(entry: &Entry) -> String {
    entry
        .code
        .as_ref()
        .map_or_else(|| "no code".to_owned(), |code| code.value.to_string())
}

/// The whole code of an entry, or its name when it has none.
fn code_place(entry: &Entry) -> Place {
    entry
        .code
        .as_ref()
        .map_or_else(|| Place::of(&entry.ident), |code| Place::of(&code.expr))
}

fn first_defined_here(what: &str) -> String {
    format!("{what} is first defined here")
}

fn category_list(categories: &[Category]) -> String {
    name_list(categories.iter().map(|category| &category.ident))
}

fn name_list<'a>(names: impl Iterator<Item = &'a Ident>) -> String {
    names
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::default_display;

    #[test]
    fn display_is_the_first_sentence_in_lowercase() {
        assert_eq!(
            default_display("The object is too large."),
            "the object is too large"
        );
        assert_eq!(
            default_display("Invalid query. Check error message for more details.."),
            "invalid query"
        );
        assert_eq!(default_display("JSON was malformed."), "JSON was malformed");
        assert_eq!(
            default_display("Use Parse.Cloud.run to call it."),
            "use Parse.Cloud.run to call it"
        );
        assert_eq!(default_display("Ünïcode first."), "ünïcode first");
    }
}
