//! `ErrorCode` against every code and name Parse uses (`fixtures/parse-codes.tsv`).

use std::collections::BTreeSet;

use parse_errors::{Category, CodeRange, ErrorCode, Sources};
use test_support::codes_table::{self, Row};

const SOURCE: &str = include_str!("fixtures/parse-codes.tsv");

fn rows() -> Vec<Row> {
    codes_table::parse(SOURCE).expect("the fixture is parse-codes.tsv")
}

/// The name `ErrorCode` gives a row: its docs name, or its JS SDK constant in CamelCase.
fn name_of(row: &Row) -> String {
    if let Some(name) = &row.name {
        return name.clone();
    }
    let constant = row
        .js_sdk_constant
        .as_deref()
        .expect("a row without a name has an SDK constant");
    constant
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_string() + &chars.as_str().to_lowercase())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn the_fixture_reads_as_118_rows_of_89_codes() {
    let rows = rows();
    assert_eq!(rows.len(), 118);
    assert_eq!(
        rows.iter()
            .map(|row| row.code)
            .collect::<BTreeSet<_>>()
            .len(),
        89
    );
}

#[test]
fn every_row_resolves_by_code_and_by_name() {
    for row in rows() {
        let name = name_of(&row);
        let by_code = ErrorCode::from_code(row.code)
            .unwrap_or_else(|| panic!("code {} is unknown", row.code));
        let by_name =
            ErrorCode::from_name(&name).unwrap_or_else(|| panic!("name {name} is unknown"));
        assert_eq!(by_code, by_name, "{name}");
        assert_eq!(by_code.code(), row.code);
        assert!(
            by_code.entries().any(|entry| entry.name == name),
            "{name} is not a name of {}",
            row.code
        );
    }
}

/// `ObjectNotFound` as an SDK would write it: `OBJECT_NOT_FOUND`.
fn upper_snake(name: &str) -> String {
    let mut out = String::new();
    for (index, c) in name.char_indices() {
        if index > 0 && c.is_ascii_uppercase() {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

#[test]
fn every_name_resolves_loosely_in_any_case_and_with_underscores() {
    for row in rows() {
        let name = name_of(&row);
        let exact = ErrorCode::from_name(&name);
        for spelling in [upper_snake(&name), name.to_lowercase()] {
            assert_eq!(ErrorCode::from_name_loose(&spelling), exact, "{spelling}");
        }
    }
}

/// A loose lookup reads an SDK constant as a name of the table, which is the
/// SDK's meaning for every constant but one: the JS SDK's `INVALID_IMAGE_DATA`
/// is 143, the docs page's `InvalidImageData` is 150. `from_sdk_name` follows
/// the SDK, and the docs of `from_name_loose`'s users point there.
#[test]
fn a_loose_lookup_of_an_sdk_constant_finds_the_sdks_code_but_for_one_conflict() {
    let mut agree = 0;
    let mut differ = BTreeSet::new();
    for row in rows() {
        let Some(constant) = &row.js_sdk_constant else {
            continue;
        };
        assert_eq!(
            ErrorCode::from_sdk_name(constant).map(ErrorCode::code),
            Some(row.code),
            "{constant}"
        );
        match ErrorCode::from_name_loose(constant) {
            Some(loose) if loose.code() == row.code => agree += 1,
            Some(loose) => {
                differ.insert((constant.clone(), loose.code()));
            }
            None => {}
        }
    }
    assert!(agree > 50, "only {agree} SDK constants resolve loosely");
    assert_eq!(
        differ,
        BTreeSet::from([("INVALID_IMAGE_DATA".to_owned(), 150)])
    );
}

#[test]
fn the_entries_are_the_rows_and_one_spelling_fix() {
    let named: BTreeSet<String> = rows().iter().map(name_of).collect();
    let ours: BTreeSet<String> = ErrorCode::ENTRIES
        .iter()
        .map(|entry| entry.name.to_owned())
        .collect();
    let extra: Vec<&String> = ours.difference(&named).collect();
    assert_eq!(extra, ["MultipleSuccessErrorCalls"]);
    assert!(named.is_subset(&ours));
    assert_eq!(ErrorCode::COUNT, 89);
}

#[test]
fn every_name_is_in_its_docs_section() {
    for row in rows() {
        let name = name_of(&row);
        let entry = ErrorCode::ENTRIES
            .iter()
            .find(|entry| entry.name == name)
            .unwrap();
        match (&row.section, name.as_str()) {
            // A code has one category: 143 is a webhook error to Parse Server and the
            // official list, so its other name stays with it (documented on the entry).
            (Some(section), "ReceiptMissing") => {
                assert_eq!(section, "Purchase related errors");
                assert_eq!(entry.category, "API Issues");
            }
            (Some(section), _) => assert_eq!(entry.category, section, "{name}"),
            (None, _) => assert!(
                Category::ALL
                    .iter()
                    .any(|category| category.title() == entry.category)
            ),
        }
    }
}

#[test]
fn sdk_names_go_both_ways_as_the_js_sdk_has_them() {
    for row in rows() {
        let code = ErrorCode::from_code(row.code).unwrap();
        assert_eq!(
            code.sdk_name(),
            row.js_sdk_constant.as_deref(),
            "code {}",
            row.code
        );
        if let Some(constant) = &row.js_sdk_constant {
            assert_eq!(ErrorCode::from_sdk_name(constant), Some(code), "{constant}");
        }
    }
    assert_eq!(
        ErrorCode::from_sdk_name("INVALID_IMAGE_DATA"),
        Some(ErrorCode::WebhookError)
    );
}

#[test]
fn sources_are_as_the_fixture_says() {
    for row in rows() {
        let name = name_of(&row);
        let sources = Sources::of(&name).unwrap_or_else(|| panic!("{name} has no sources"));
        assert_eq!(
            sources.official_list, row.in_official_list,
            "{name} on the official list"
        );
        assert_eq!(
            sources.docs_page, row.in_docs_page,
            "{name} on the docs page"
        );
        let spelled_as_sdk = row.name.is_none()
            || row
                .js_sdk_constant
                .as_deref()
                .is_some_and(|constant| constant.replace('_', "").eq_ignore_ascii_case(&name));
        assert_eq!(
            sources.js_sdk, spelled_as_sdk,
            "{name} spelled as the JS SDK does"
        );
    }
    let fixed_spelling = Sources {
        official_list: false,
        docs_page: false,
        js_sdk: false,
    };
    assert_eq!(
        Sources::of("MultipleSuccessErrorCalls"),
        Some(fixed_spelling)
    );
    assert_eq!(Sources::of("OBJECT_NOT_FOUND"), None);
}

#[test]
fn codes_parse_server_sends_are_in_its_range() {
    for row in rows() {
        assert_eq!(
            CodeRange::of(row.code),
            CodeRange::ParseServer,
            "code {}",
            row.code
        );
    }
}

#[test]
fn code_ranges_split_every_i32_at_the_docs_bounds() {
    for (code, range) in [
        (i32::MIN, CodeRange::ParseServer),
        (4999, CodeRange::ParseServer),
        (5000, CodeRange::Reserved),
        (8999, CodeRange::Reserved),
        (9000, CodeRange::App),
        (9999, CodeRange::App),
        (10000, CodeRange::Unassigned),
        (i32::MAX, CodeRange::Unassigned),
    ] {
        assert_eq!(CodeRange::of(code), range, "{code}");
        assert!(range.bounds().contains(&code));
    }
    for pair in CodeRange::ALL.windows(2) {
        assert_eq!(
            pair[0].bounds().end() + 1,
            *pair[1].bounds().start(),
            "{pair:?} leave a gap"
        );
    }
}
