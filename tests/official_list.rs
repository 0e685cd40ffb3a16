//! `ErrorCode` against the official list, read from a copy of its Markdown source.

use std::collections::{BTreeMap, BTreeSet};

use parse_errors::{Category, Entry, ErrorCode};
use test_support::official_list::{self, Row};

const SOURCE: &str = include_str!("fixtures/parse-errors.md");

/// The right spelling of the list's misspelled name, which `ErrorCode` adds as another name of 141.
const ADDED: &str = "MultipleSuccessErrorCalls";

fn rows() -> Vec<Row> {
    official_list::parse(SOURCE).expect("the fixture is the official list's Markdown")
}

fn entry(name: &str) -> &'static Entry {
    ErrorCode::ENTRIES
        .iter()
        .find(|entry| entry.name == name)
        .unwrap_or_else(|| panic!("ErrorCode has no entry {name}"))
}

#[test]
fn the_fixture_reads_as_58_names_of_51_codes_in_5_sections() {
    let rows = rows();
    assert_eq!(rows.len(), 58);
    assert_eq!(
        rows.iter()
            .map(|row| row.code)
            .collect::<BTreeSet<_>>()
            .len(),
        51
    );
    let sections: BTreeSet<_> = rows.iter().map(|row| row.section.as_str()).collect();
    assert_eq!(sections.len(), 5);
}

#[test]
fn every_row_of_the_list_is_an_entry_exactly() {
    for row in rows() {
        let entry = entry(&row.name);
        assert_eq!(entry.code, row.code, "code of {}", row.name);
        assert_eq!(
            entry.description, row.description,
            "description of {}",
            row.name
        );
        assert_eq!(entry.category, row.section, "category of {}", row.name);
        assert_eq!(
            entry.client_only,
            row.section == "Client-only errors",
            "client-only flag of {}",
            row.name
        );
    }
}

#[test]
fn the_list_is_in_the_entries_in_its_order() {
    let listed: Vec<String> = rows().into_iter().map(|row| row.name).collect();
    let ours: Vec<&str> = ErrorCode::ENTRIES
        .iter()
        .map(|entry| entry.name)
        .filter(|name| listed.iter().any(|listed| listed == name))
        .collect();
    assert_eq!(ours, listed);
}

#[test]
fn the_right_spelling_is_an_alias_of_the_misspelled_name() {
    let (misspelled, right) = (entry("MultupleSuccessErrorCalls"), entry(ADDED));
    assert_eq!(
        (right.code, right.description, right.category),
        (misspelled.code, misspelled.description, misspelled.category)
    );
    assert!(right.alias && misspelled.alias);
    assert_eq!(
        ErrorCode::MultipleSuccessErrorCalls,
        ErrorCode::MultupleSuccessErrorCalls
    );
}

#[test]
fn every_code_of_the_list_has_exactly_one_canonical_variant() {
    let mut canonical: BTreeMap<i32, Vec<&str>> = BTreeMap::new();
    for entry in ErrorCode::ENTRIES.iter().filter(|entry| !entry.alias) {
        canonical.entry(entry.code).or_default().push(entry.name);
    }
    let codes: BTreeSet<i32> = rows().iter().map(|row| row.code).collect();
    for code in &codes {
        let names = canonical
            .get(code)
            .unwrap_or_else(|| panic!("code {code} has no canonical entry"));
        assert_eq!(names.len(), 1, "code {code} has canonical names {names:?}");
        let variant = ErrorCode::from_code(*code).unwrap();
        assert_eq!(variant.name(), names[0]);
        assert_eq!(variant.code(), *code);
    }
}

#[test]
fn shared_codes_are_canonical_under_the_sdk_names() {
    for (code, name) in [
        (101, "ObjectNotFound"),
        (116, "ObjectTooLarge"),
        (139, "InvalidRoleName"),
        (141, "ScriptFailed"),
    ] {
        assert_eq!(ErrorCode::from_code(code).map(ErrorCode::name), Some(name));
    }
}

#[test]
fn every_name_finds_its_code_and_every_code_lists_its_names() {
    for row in rows() {
        let code =
            ErrorCode::from_name(&row.name).unwrap_or_else(|| panic!("{} is not found", row.name));
        assert_eq!(code.code(), row.code, "{}", row.name);
        assert!(
            code.entries().any(|entry| entry.name == row.name),
            "{} is not among the names of {}",
            row.name,
            row.code
        );
        assert_eq!(code.category().title(), row.section);
    }
}

#[test]
fn the_first_categories_are_the_sections_in_order() {
    let mut sections: Vec<String> = Vec::new();
    for row in rows() {
        if !sections.contains(&row.section) {
            sections.push(row.section);
        }
    }
    let titles: Vec<&str> = Category::ALL
        .iter()
        .map(|category| category.title())
        .collect();
    assert_eq!(titles[..sections.len()], sections);
    let client_only: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|category| category.is_client_only())
        .collect();
    assert_eq!(client_only, [Category::Client]);
}

#[test]
fn the_negative_code_is_kept() {
    assert_eq!(ErrorCode::OtherCause.code(), -1);
    assert_eq!(ErrorCode::from_code(-1), Some(ErrorCode::OtherCause));
    assert_eq!(i32::from(ErrorCode::OtherCause), -1);
}

#[test]
fn the_reader_rejects_a_malformed_list_with_its_line() {
    let error = official_list::parse("## API Issues\n101 | ObjectNotFound\n").unwrap_err();
    assert_eq!(error.line, 2);
    let error = official_list::parse("101 | A | a\n").unwrap_err();
    assert!(error.reason.contains("before any"), "{error}");
    let error = official_list::parse("## S\n1o1 | A | a\n").unwrap_err();
    assert!(error.reason.contains("not an i32"), "{error}");
}
