//! Checks a table as a whole and resolves it into the model that `expand.rs` writes out.
//!
//! Every check runs, whatever the others found, so that one compile reports every
//! mistake of a table; each error is spanned on the token to fix.

use std::collections::HashMap;

use quote::format_ident;
use syn::{Ident, Path};

use crate::ast::{Entry, Table};
use crate::attr::{CategoryDecl, ENTRY_FLAGS, TableArgs};
use crate::ctxt::{Errors, Place};
use crate::model::{Base, Category, Model, Role, Row};
use crate::suggest;

/// Associated items every table gets: no entry may take these names.
const RESERVED_NAMES: &[&str] = &["ALL", "COUNT", "ENTRIES"];

/// The traits the expansion derives, which a user's own derive would implement twice.
pub const DERIVED: &[&str] = &[
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Debug",
];

/// The codes the Parse docs give app developers: a table extending another
/// keeps its own codes there unless it says otherwise. The runtime's
/// `CodeRange` holds the same ranges; a test pins the two equal.
pub const APP_RANGE: (i32, i32) = (9000, 9999);

/// The docs' codes below the app range: Parse Server's up to the first
/// bound, then reserved ones up to the second.
pub const SERVER_AND_RESERVED: (i32, i32) = (4999, 8999);

/// The variant that holds a base table's codes, in a table that extends another.
pub const BASE_VARIANT: &str = "Base";

/// Checks `table`, pushing one error per mistake; a model only when `errors`,
/// those of reading the table included, stays empty.
pub fn check<'a>(table: &'a Table, errors: &mut Errors) -> Option<Model<'a>> {
    // `extends` is read even when other arguments have mistakes: without it,
    // every alias of a base code would look like an alias of nothing.
    let base = table.args.readable().extends.as_ref();
    let categories = table
        .args
        .categories()
        .map(|declared| check_categories(table, declared, errors));
    check_enum_attrs(table, errors);
    check_names(table, base.is_some(), errors);
    let roles = check_shared_codes(table, base.is_some(), errors);
    let category_of: Vec<Option<usize>> = match &categories {
        Some(categories) => table
            .entries
            .iter()
            .zip(&roles)
            .map(|(entry, role)| resolve_category(entry, *role, categories, errors))
            .collect(),
        None => vec![None; table.entries.len()],
    };
    for (index, entry) in table.entries.iter().enumerate() {
        check_entry(entry, errors);
        match roles[index] {
            Role::Alias(canonical) => check_alias(
                entry,
                &table.entries[canonical],
                category_of[index],
                category_of[canonical],
                errors,
            ),
            Role::BaseAlias => check_base_alias(entry, errors),
            Role::Canonical => {}
        }
    }
    check_range(table, &roles, errors);

    if !errors.is_empty() {
        return None;
    }
    let (args, categories) = (table.args.complete()?, categories?);
    let rows = table
        .entries
        .iter()
        .zip(category_of)
        .zip(roles)
        .map(|((entry, category), role)| {
            let description = entry.description.as_ref()?.text.as_str();
            Some(Row {
                entry,
                code: entry.code.as_ref()?.value,
                description,
                category,
                role,
                display: entry
                    .attr
                    .display
                    .as_ref()
                    .map_or_else(|| default_display(description), syn::LitStr::value),
            })
        })
        .collect::<Option<Vec<_>>>();
    let krate: Path = args
        .krate
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(::parse_errors));
    Some(Model {
        table,
        private: quote::quote!(#krate::__private),
        base: base.map(|path| Base {
            path,
            variant: format_ident!("{}", BASE_VARIANT),
        }),
        category_enum: args
            .category_enum
            .clone()
            .unwrap_or_else(|| format_ident!("{}Category", table.ident)),
        categories,
        rows: rows?,
    })
}

fn check_categories<'a>(
    table: &Table,
    declared: &'a [CategoryDecl],
    errors: &mut Errors,
) -> Vec<Category<'a>> {
    if declared.is_empty() {
        // The entries may already name the category they meant.
        let example = table
            .entries
            .iter()
            .find_map(|entry| entry.attr.category.as_ref())
            .map_or_else(|| "App".to_owned(), ToString::to_string);
        errors.spanned(
            &table.ident,
            format!(
                "`{}` declares no category: add one to the arguments, like \
                 `#[parse_errors(category({example} = \"{example} errors\"))]`",
                table.ident
            ),
        );
    }
    let mut by_name: HashMap<String, &CategoryDecl> = HashMap::new();
    let mut by_title: HashMap<String, &CategoryDecl> = HashMap::new();
    for decl in declared {
        if let Some(first) = by_name.insert(decl.ident.to_string(), decl) {
            errors.with_first_here(
                &decl.ident,
                format!(
                    "category `{}` is declared twice: remove one declaration",
                    decl.ident
                ),
                &first.ident,
                first_defined_here(&format!("category `{}`", first.ident)),
            );
            // One mistake: its title is not a second one.
            continue;
        }
        let title = decl.title.value();
        if title.trim().is_empty() {
            errors.spanned(&decl.title, format!(
                    "the title of category `{}` is empty: write it as the list does, like \"API Issues\"",
                    decl.ident
                ));
        } else if let Some(first) = by_title.insert(title.clone(), decl) {
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
    }
    if let Some(name) = table
        .args
        .complete()
        .and_then(|args| args.category_enum.as_ref())
        && *name == table.ident
    {
        errors.spanned(name, format!(
                "the category enum needs a name of its own: `{name}` is the table, try `category_enum = Category`"
            ));
    }
    first_declarations(declared)
        .map(|decl| Category {
            ident: &decl.ident,
            title: decl.title.value(),
            client_only: decl.client_only.is_present(),
        })
        .collect()
}

/// Each category at its first declaration: a second one is reported, and
/// entries resolve against the first.
pub fn first_declarations(declared: &[CategoryDecl]) -> impl Iterator<Item = &CategoryDecl> {
    let mut seen = std::collections::HashSet::new();
    declared
        .iter()
        .filter(move |decl| seen.insert(decl.ident.to_string()))
}

fn resolve_category(
    entry: &Entry,
    role: Role,
    categories: &[Category<'_>],
    errors: &mut Errors,
) -> Option<usize> {
    if role == Role::BaseAlias {
        if let Some(written) = &entry.attr.category {
            errors.spanned(written, format!(
                    "`{}` is another name of a base code, so it is in that code's category: remove `{written}`",
                    entry.ident
                ));
        }
        return None;
    }
    let Some(written) = &entry.attr.category else {
        return match categories {
            [_] => Some(0),
            [] => None,
            _ if entry.attr.had_mistakes => None,
            _ => {
                let names = category_list(categories);
                errors.spanned(&entry.ident, format!(
                        "entry `{}` has no category, and the table has several: add one of {names}, \
                         like `#[entry({})]`",
                        entry.ident, categories[0].ident
                    ));
                None
            }
        };
    };
    if let Some(found) = categories
        .iter()
        .position(|category| *category.ident == *written)
    {
        return Some(found);
    }
    let written_text = written.to_string();
    let candidates = categories
        .iter()
        .map(|category| category.ident.to_string())
        .chain(ENTRY_FLAGS.iter().map(|flag| (*flag).to_owned()));
    let hint = match suggest::closest(&written_text, candidates) {
        Some(close) => format!("did you mean `{close}`?"),
        // A table that declares no category is told so once, not once per entry.
        None if categories.is_empty() => return None,
        None => format!("the table declares {}", category_list(categories)),
    };
    errors.spanned(
        written,
        format!(
            "unknown category `{written}` on entry `{}`: {hint}",
            entry.ident
        ),
    );
    None
}

/// Attributes of the enum that would clash with what the expansion adds.
fn check_enum_attrs(table: &Table, errors: &mut Errors) {
    for attr in &table.attrs {
        if is_table_attr(attr) {
            errors.spanned(attr, format!(
                    "`#[parse_errors]` is given twice on `{}`: one table, one attribute; merge its arguments into the first",
                    table.ident
                ));
        } else if attr.path().is_ident("repr") {
            errors.spanned(attr, "remove `#[repr(...)]`: a table is `#[repr(i32)]`, each code its variant's discriminant");
        } else if attr.path().is_ident("derive") {
            for path in split_derives(attr).map_or_else(Vec::new, |(ours, _)| ours) {
                let last = path.segments.last().map(|last| last.ident.to_string());
                errors.spanned(
                    &path,
                    format!(
                        "remove `{}` from the derive list: `#[parse_errors]` derives it already",
                        last.unwrap_or_default()
                    ),
                );
            }
        }
    }
}

/// The traits of a `#[derive(...)]`: those the expansion derives itself,
/// then the others. `None` when the list does not parse: that is rustc's to
/// report, and the stand-in keeps such a list as written.
pub fn split_derives(attr: &syn::Attribute) -> Option<(Vec<Path>, Vec<Path>)> {
    let (mut ours, mut others) = (Vec::new(), Vec::new());
    attr.parse_nested_meta(|meta| {
        let derived_by_us = meta
            .path
            .segments
            .last()
            .is_some_and(|last| DERIVED.contains(&last.ident.to_string().as_str()));
        if derived_by_us {
            ours.push(meta.path);
        } else {
            others.push(meta.path);
        }
        Ok(())
    })
    .ok()?;
    Some((ours, others))
}

/// Why no entry may have this name, when none may: it names an item every
/// table has, or the variant that holds a base table's codes.
pub fn reserved(name: &str, extends: bool) -> Option<String> {
    if extends && name == BASE_VARIANT {
        return Some(format!(
            "`{BASE_VARIANT}` is the variant that holds the base table's codes: rename this entry"
        ));
    }
    RESERVED_NAMES
        .contains(&name)
        .then(|| format!("`{name}` names an item every table has: rename this entry"))
}

/// A second `#[parse_errors]`, under any path (`parse_errors::parse_errors`).
pub fn is_table_attr(attr: &syn::Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|last| last.ident == "parse_errors")
}

fn check_entry(entry: &Entry, errors: &mut Errors) {
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
        None => errors.spanned(&entry.ident, format!(
                "entry `{}` has no description: write it as a doc comment, like `/// The object was not found.`",
                entry.ident
            )),
        Some(description) if description.text.is_empty() => errors.spanned(description.span, format!(
                "the description of `{}` is empty: its doc comment's first paragraph is what the table returns",
                entry.ident
            )),
        Some(_) => {}
    }
    if let Some(display) = &entry.attr.display
        && display.value().trim().is_empty()
    {
        errors.spanned(display, format!(
                "the `display` text of `{}` is empty: remove it to use the description's first sentence",
                entry.ident
            ));
    }
}

fn check_names(table: &Table, extends: bool, errors: &mut Errors) {
    let mut seen: HashMap<String, &Entry> = HashMap::new();
    let mut loosely: HashMap<String, &Entry> = HashMap::new();
    for entry in &table.entries {
        if let Some(first) = loose_twin(&mut loosely, entry) {
            errors.with_first_here(
                &entry.ident,
                format!(
                    "`{}` ({}) and `{}` ({}) differ only in case or underscores: \
                     `from_name_loose` could not tell them apart; rename one",
                    first.ident,
                    code_text(first),
                    entry.ident,
                    code_text(entry)
                ),
                &first.ident,
                first_defined_here(&format!("`{}`", first.ident)),
            );
        }
        let name = entry.name.clone();
        if let Some(reason) = reserved(&name, extends) {
            errors.spanned(&entry.ident, reason);
        }
        if let Some(first) = seen.insert(name.clone(), entry) {
            let message = match (&first.code, &entry.code) {
                (Some(one), Some(other)) if one.value == other.value => format!(
                    "the name `{name}` is written twice, both times for code {}: remove one",
                    one.value
                ),
                (Some(one), Some(other)) => format!(
                    "the name `{name}` is used for codes {} and {}: a name is one code's; rename one",
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
        }
    }
}

/// An earlier entry whose name is this one's but for ASCII case and
/// underscores, and whose code differs; two names of one code may look alike.
pub fn loose_twin<'a>(
    seen: &mut HashMap<String, &'a Entry>,
    entry: &'a Entry,
) -> Option<&'a Entry> {
    let folded = suggest::folded(&entry.name);
    let first = *seen.entry(folded).or_insert(entry);
    let (Some(first_code), Some(code)) = (&first.code, &entry.code) else {
        return None;
    };
    (first.name != entry.name && first_code.value != code.value).then_some(first)
}

/// Checks that every shared code is shared on purpose, and tells each entry's role.
///
/// In a table that extends another, an alias whose code no entry of the table
/// has is another name of a base code; whether the base has it is checked by
/// the compiler, through the const items the expansion adds.
fn check_shared_codes(table: &Table, extends: bool, errors: &mut Errors) -> Vec<Role> {
    let mut by_code: HashMap<i32, Vec<usize>> = HashMap::new();
    let mut order = Vec::new();
    for (index, entry) in table.entries.iter().enumerate() {
        if let Some(code) = &entry.code {
            let rows = by_code.entry(code.value).or_default();
            if rows.is_empty() {
                order.push(code.value);
            }
            rows.push(index);
        }
    }
    let mut roles = vec![Role::Canonical; table.entries.len()];
    let entry = |index: usize| &table.entries[index];
    for code in order {
        let rows = &by_code[&code];
        let canonicals: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&index| !entry(index).attr.alias.is_present())
            .collect();
        let Some(&canonical) = canonicals.first() else {
            if extends {
                for &index in rows {
                    roles[index] = Role::BaseAlias;
                }
                continue;
            }
            let names = name_list(rows.iter().map(|&index| &entry(index).ident));
            let message = if rows.len() == 1 {
                format!(
                    "`{}` is an alias, but no entry is the canonical name of code {code}: \
                     remove `alias`, or add the canonical entry",
                    entry(rows[0]).ident
                )
            } else {
                format!(
                    "code {code} is shared by {names}, all marked `alias`: remove `alias` from the canonical name"
                )
            };
            // One mistake, one error: on the first name, where a fix may begin.
            let first = entry(rows[0]);
            if first.attr.alias.is_present() {
                errors.spanned(Place::from(first.attr.alias.span()), message);
            } else {
                errors.spanned(first.span, message);
            }
            continue;
        };
        for &other in &canonicals[1..] {
            let (first, second) = (entry(canonical), entry(other));
            errors.with_first_here(
                code_place(second),
                format!(
                    "code {code} is used by both `{}` and `{}`: if they are two names of one code, \
                     mark every name but the canonical one `#[entry(alias)]`; if not, give `{}` a code of its own",
                    first.ident, second.ident, second.ident
                ),
                code_place(first),
                format!("`{}` uses code {code} first, here", first.ident),
            );
        }
        for &alias in rows
            .iter()
            .filter(|&&index| entry(index).attr.alias.is_present())
        {
            roles[alias] = Role::Alias(canonical);
        }
    }
    roles
}

/// The codes a table's own entries may have, and whether the table declares
/// them: its `range`, or the app range of the Parse docs when it extends
/// another table; `None` when any code will do.
pub fn own_range(args: &TableArgs) -> Option<(i32, i32, bool)> {
    match (&args.range, &args.extends) {
        (Some(range), _) => Some((range.start, range.end, true)),
        (None, Some(_)) => Some((APP_RANGE.0, APP_RANGE.1, false)),
        (None, None) => None,
    }
}

/// Keeps a table's own codes in its range: the one it declares, or the app
/// range of the Parse docs when it extends another table.
fn check_range(table: &Table, roles: &[Role], errors: &mut Errors) {
    let Some((start, end, declared)) = table.args.complete().and_then(own_range) else {
        return;
    };
    for (entry, role) in table.entries.iter().zip(roles) {
        let Some(code) = &entry.code else { continue };
        if *role == Role::BaseAlias || (start..=end).contains(&code.value) {
            continue;
        }
        let message = if declared {
            format!(
                "code {} of `{}` is outside the table's range {start}..={end}: give it a code in the range, \
                 or widen `range`",
                code.value, entry.ident
            )
        } else {
            let (server_max, reserved_max) = SERVER_AND_RESERVED;
            let reserved_min = server_max + 1;
            format!(
                "code {} of `{}` is outside {start}..={end}, the codes the Parse docs give app developers \
                 (up to {server_max}: Parse Server and its modules; {reserved_min}..={reserved_max}: reserved; \
                 {start}..={end}: apps); give it a code in {start}..={end}, make it another name of a base code \
                 with `#[entry(alias)]`, or declare the table's own range, like `range = 20000..=20999`",
                code.value, entry.ident
            )
        };
        errors.spanned(&code.expr, message);
    }
}

fn check_alias(
    alias: &Entry,
    canonical: &Entry,
    category: Option<usize>,
    canonical_category: Option<usize>,
    errors: &mut Errors,
) {
    if let (Some(category), Some(canonical_category)) = (category, canonical_category)
        && category != canonical_category
    {
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
    if let Some(display) = &alias.attr.display {
        errors.spanned(display, format!(
                "`display` on alias `{}` would never be shown: a code displays as its canonical entry \
                 `{}`; move it there",
                alias.ident, canonical.ident
            ));
    }
}

fn check_base_alias(alias: &Entry, errors: &mut Errors) {
    if let Some(display) = &alias.attr.display {
        errors.spanned(
            display,
            format!(
                "`display` on `{}` would never be shown: a base code displays as the base says",
                alias.ident
            ),
        );
    }
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

fn category_list(categories: &[Category<'_>]) -> String {
    name_list(categories.iter().map(|category| category.ident))
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
