//! What a table with mistakes expands to: its errors, plus a stand-in.
//!
//! The stand-in is the table with each mistake replaced by something neutral,
//! expanded as any table is: the same enum, consts, methods and trait impls. The
//! rest of the user's crate, which calls `from_code` or matches on an entry,
//! then compiles as it will once the table is fixed, and the user sees the
//! table's own errors, not a cascade of "no function named `from_code`" ones.
//! This is thiserror's fallback, taken to the whole generated API.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use darling::util::Flag;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Attribute, LitStr, Meta};

use crate::ast::{self, Code, Description, Table};
use crate::attr::{Args, CategoryDecl, CodeRangeArg, TableArgs};
use crate::ctxt::Errors;
use crate::expand;
use crate::lit;
use crate::valid;

pub fn table(table: &Table, errors: Errors) -> TokenStream {
    let mut output = errors.into_compile_errors();
    let stand_in = stand_in(table);
    // The checks accept every stand-in (the property tests say so); were one
    // rejected, the user's own errors would still be all that is reported here.
    let mut unexpected = Errors::new();
    if let Some(model) = valid::check(&stand_in, &mut unexpected) {
        output.extend(expand::table(&model));
    }
    output
}

/// The input is not a table at all: report why and give the item back unchanged.
pub fn item(input: TokenStream, errors: Errors) -> TokenStream {
    let mut output = errors.into_compile_errors();
    output.extend(input);
    output
}

/// The table with every mistake replaced by something the checks accept: a
/// name given twice is kept once, a missing or clashing code is made up, an
/// unknown category is the first one, and so on. Each replacement keeps every
/// name the user wrote that can be kept, so code that uses the table resolves.
pub fn stand_in(table: &Table) -> Table {
    let mut args = stand_in_args(table);
    let extends = args.extends.is_some();
    let own_range = valid::own_range(&args);
    // Codes made up below need not fit the table's range: nothing checks them.
    args.range = Some(CodeRangeArg {
        start: i32::MIN,
        end: i32::MAX,
    });
    let declared: HashSet<String> = args
        .categories
        .iter()
        .map(|category| category.ident.to_string())
        .collect();
    let first_category = args
        .categories
        .first()
        .map(|category| category.ident.clone());
    let several_categories = args.categories.len() > 1;

    let mut names = HashSet::new();
    let mut entries: Vec<ast::Entry> = table
        .entries
        .iter()
        .filter(|entry| {
            valid::reserved(&entry.name, extends).is_none() && names.insert(entry.name.clone())
        })
        .cloned()
        .collect();
    for entry in &mut entries {
        entry.attrs.retain(|attr| !attr.path().is_ident("cfg"));
        // An own code outside the range is reported as such: checking it
        // against the base's codes too would be a second error on one token.
        if let (Some(code), Some((start, end, _)), false) =
            (&mut entry.code, own_range, entry.attr.alias.is_present())
            && !(start..=end).contains(&code.value)
        {
            code.checked_against_base = false;
        }
        match &mut entry.description {
            None => {
                entry
                    .attrs
                    .push(syn::parse_quote!(#[doc = #NO_DESCRIPTION]));
                entry.description = Some(Description {
                    text: NO_DESCRIPTION.trim().to_owned(),
                    span: entry.span,
                });
            }
            Some(description) if description.text.is_empty() => {
                NO_DESCRIPTION.trim().clone_into(&mut description.text);
            }
            Some(_) => {}
        }
        if entry
            .attr
            .display
            .as_ref()
            .is_some_and(|text| text.value().trim().is_empty())
        {
            entry.attr.display = None;
        }
        let known = entry
            .attr
            .category
            .as_ref()
            .is_some_and(|category| declared.contains(&category.to_string()));
        if !known && (entry.attr.category.is_some() || several_categories) {
            entry.attr.category.clone_from(&first_category);
        }
    }
    make_loose_twins_aliases(&mut entries);
    resolve_codes(&mut entries, extends);

    let mut attrs = table.attrs.clone();
    attrs.retain_mut(keep_without_own_derives);
    Table {
        args: Args::Read(args),
        attrs,
        vis: table.vis.clone(),
        ident: table.ident.clone(),
        name: table.name.clone(),
        entries,
    }
}

/// What a stand-in entry without a description says.
const NO_DESCRIPTION: &str = " No description.";

/// The arguments, with a category to put entries in even when none could be read.
fn stand_in_args(table: &Table) -> TableArgs {
    let mut args = table.args.readable().clone();
    if args
        .category_enum
        .as_ref()
        .is_some_and(|name| *name == table.ident)
    {
        args.category_enum = None;
    }
    args.categories = valid::first_declarations(&args.categories)
        .cloned()
        .collect();
    if args.categories.is_empty() {
        args.categories.push(CategoryDecl {
            ident: format_ident!("Uncategorized"),
            title: LitStr::new("Uncategorized", Span::call_site()),
            client_only: Flag::default(),
        });
    }
    // Titles only need to be distinct and non-empty: the stand-in never runs.
    let mut titles = HashSet::new();
    for category in &mut args.categories {
        let mut title = category.title.value();
        if title.trim().is_empty() || titles.contains(&title) {
            title = category.ident.to_string();
            while titles.contains(&title) {
                title.push('\'');
            }
            category.title = LitStr::new(&title, category.title.span());
        }
        titles.insert(title);
    }
    args
}

/// Two names that differ only in case or underscores become names of one code.
fn make_loose_twins_aliases(entries: &mut [ast::Entry]) {
    let mut twins = Vec::new();
    let mut seen = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        if let Some(first) = valid::loose_twin(&mut seen, entry) {
            twins.push((index, first.code.clone()));
        }
    }
    for (index, code) in twins {
        let entry = &mut entries[index];
        entry.code = code.map(|code| Code {
            checked_against_base: false,
            ..code
        });
        entry.attr.alias = Flag::present();
    }
}

/// Gives every code one canonical entry: a code shared by entries that are all
/// aliases gets its first one as canonical (unless they name a base code); a
/// second canonical entry, or one without a readable code, gets a code of its
/// own; an alias follows its canonical entry's category and has no `display`.
fn resolve_codes(entries: &mut [ast::Entry], extends: bool) {
    let mut canonical_of: HashMap<i32, usize> = HashMap::new();
    let mut needs_code = Vec::new();
    let has_canonical: HashSet<i32> = entries
        .iter()
        .filter(|entry| !entry.attr.alias.is_present())
        .filter_map(|entry| entry.code.as_ref().map(|code| code.value))
        .collect();
    for (index, entry) in entries.iter_mut().enumerate() {
        let Some(code) = entry.code.as_ref().map(|code| code.value) else {
            entry.attr.alias = Flag::default();
            needs_code.push(index);
            continue;
        };
        if entry.attr.alias.is_present() {
            if has_canonical.contains(&code) {
                continue;
            }
            if extends {
                // Another name of a base code, in that code's category.
                entry.attr.category = None;
                entry.attr.display = None;
                continue;
            }
            if canonical_of.contains_key(&code) {
                continue;
            }
            entry.attr.alias = Flag::default();
        }
        if let Entry::Vacant(slot) = canonical_of.entry(code) {
            slot.insert(index);
        } else {
            needs_code.push(index);
        }
    }
    let mut used: HashSet<i32> = entries
        .iter()
        .filter_map(|entry| entry.code.as_ref().map(|code| code.value))
        .collect();
    let mut next = used.iter().copied().max().unwrap_or(0);
    for index in needs_code {
        next = free_code(next, &used);
        used.insert(next);
        let literal = lit::code(next);
        entries[index].code = Some(Code {
            value: next,
            expr: syn::parse_quote!(#literal),
            checked_against_base: false,
        });
    }
    for index in 0..entries.len() {
        let entry = &entries[index];
        let Some(code) = entry.code.as_ref().map(|code| code.value) else {
            continue;
        };
        if !entry.attr.alias.is_present() {
            continue;
        }
        if let Some(&canonical) = canonical_of.get(&code) {
            let category = entries[canonical].attr.category.clone();
            let attr = &mut entries[index].attr;
            attr.category = category;
            attr.display = None;
        }
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

/// Drops `#[repr]`, a second `#[parse_errors]` and the traits the expansion
/// derives from an attribute of the enum; `false` when nothing of it is left.
fn keep_without_own_derives(attr: &mut Attribute) -> bool {
    if attr.path().is_ident("repr") || valid::is_table_attr(attr) {
        return false;
    }
    if !attr.path().is_ident("derive") {
        return true;
    }
    // A derive list that does not parse is rustc's to report: leave it as written.
    let Some((_, kept)) = valid::split_derives(attr) else {
        return true;
    };
    if let Meta::List(list) = &mut attr.meta {
        list.tokens = quote!(#(#kept),*);
    }
    !kept.is_empty()
}
