//! `parse_errors::export`: the docs page, JSON and TypeScript of the official
//! table and of an app's own, read back as their readers read them.

use parse_errors::export::{json, markdown, typescript};
use parse_errors::{ErrorCode, ErrorTable, LiveQueryCode, ParseError, parse_errors};
use serde_json::Value;
use test_support::checked_in::assert_file_is_current;
use test_support::official_list::{self, Row};

/// An app's codes on top of Parse's, with what an export must carry through:
/// an alias of its own, its name for a Parse code, a client-only category,
/// and a description with quotes and a backslash.
#[parse_errors(
    extends = parse_errors::ErrorCode,
    category(Store = "Store errors"),
    category(Device = "Device-only errors", client_only),
)]
pub enum GameCode {
    /// The player has not enough coins for this purchase.
    #[entry(Store)]
    NotEnoughCoins = 9001,

    /// The item is sold out.
    #[entry(Store)]
    SoldOut = 9002,

    /// The item is gone for good.
    #[entry(Store, alias)]
    Discontinued = 9002,

    /// The item asked for does not exist: the app's name for an object not found.
    #[entry(alias)]
    NoSuchItem = 101,

    /// The save at "C:\saves" on the device is corrupt.
    #[entry(Device)]
    CorruptSave = 9100,
}

const OFFICIAL_LIST: &str = include_str!("fixtures/parse-errors.md");

fn official_rows() -> Vec<Row> {
    official_list::parse(OFFICIAL_LIST).expect("the fixture is the official list's Markdown")
}

fn exported_rows<T: ErrorTable>() -> Vec<Row> {
    official_list::parse(&markdown::<T>())
        .unwrap_or_else(|error| panic!("the export of {} reads as the list: {error}", T::NAME))
}

fn json_of<T: ErrorTable>() -> Value {
    serde_json::from_str(&json::<T>()).expect("the JSON export is JSON")
}

fn codes(document: &Value) -> &[Value] {
    document["codes"].as_array().expect("`codes` is an array")
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|name| name.as_str().expect("a string"))
        .collect()
}

#[test]
fn the_official_rows_of_the_page_are_the_official_list_exactly() {
    let exported = exported_rows::<ErrorCode>();
    let official = official_rows();
    assert_eq!(official.len(), 58);
    for row in &official {
        let found = exported
            .iter()
            .find(|exported| exported.name == row.name)
            .unwrap_or_else(|| panic!("the page has no row {}", row.name));
        assert_eq!(found, row);
    }
    let official_in_page_order: Vec<&Row> = exported
        .iter()
        .filter(|row| official.iter().any(|official| official.name == row.name))
        .collect();
    assert_eq!(official_in_page_order, official.iter().collect::<Vec<_>>());
}

#[test]
fn the_page_has_a_row_for_every_name_under_its_category() {
    let exported = exported_rows::<ErrorCode>();
    assert_eq!(exported.len(), ErrorCode::ENTRIES.len());
    for (row, entry) in exported.iter().zip(ErrorCode::ENTRIES) {
        assert_eq!(
            (row.code, row.name.as_str(), row.section.as_str()),
            (entry.code, entry.name, entry.category)
        );
    }
}

#[test]
fn the_page_says_which_category_is_client_only() {
    let page = markdown::<ErrorCode>();
    assert!(page.contains(
        "\n## Client-only errors\n\nThese codes only ever come from a client, never from a server.\n\n"
    ));
    assert_eq!(
        page.matches("only ever come from a client").count(),
        1,
        "only the client-only category says so"
    );
}

#[test]
fn docs_errors_md_is_the_page_of_error_code() {
    assert_file_is_current("docs/errors.md", &markdown::<ErrorCode>());
}

#[test]
fn an_extending_table_pages_its_own_names_and_names_its_base() {
    let page = markdown::<GameCode>();
    assert!(
        page.starts_with("# GameCode\n\n`GameCode` extends `ErrorCode`: "),
        "{page}"
    );
    let rows = exported_rows::<GameCode>();
    let names: Vec<&str> = rows.iter().map(|row| row.name.as_str()).collect();
    // The table's own categories in the order it declares them, then the
    // base's category of its alias of a base code.
    assert_eq!(
        names,
        [
            "NotEnoughCoins",
            "SoldOut",
            "Discontinued",
            "CorruptSave",
            "NoSuchItem"
        ]
    );
    let sections: Vec<&str> = rows.iter().map(|row| row.section.as_str()).collect();
    assert_eq!(
        sections,
        [
            "Store errors",
            "Store errors",
            "Store errors",
            "Device-only errors",
            "API Issues"
        ]
    );
    assert!(page.contains(
        "## Device-only errors\n\nThese codes only ever come from a client, never from a server.\n"
    ));
}

#[test]
fn the_json_of_error_code_has_every_code_once_as_the_table_says() {
    let document = json_of::<ErrorCode>();
    assert_eq!(document["table"], "ErrorCode");
    assert_eq!(document["extends"], Value::Null);
    let codes = codes(&document);
    assert_eq!(codes.len(), ErrorCode::ALL.len());
    for object in codes {
        let number = i32::try_from(object["code"].as_i64().expect("a code")).unwrap();
        let code = ErrorCode::from_code(number).expect("a code of the table");
        assert_eq!(object["name"], code.name());
        let names: Vec<&str> = code.entries().map(|entry| entry.name).collect();
        assert_eq!(strings(&object["names"]), names, "names of {number}");
        assert_eq!(object["category"], format!("{:?}", code.category()));
        assert_eq!(object["categoryTitle"], code.category().title());
        assert_eq!(object["clientOnly"], code.is_client_only());
        assert_eq!(object["retired"], false);
        assert_eq!(object["description"], code.description());
        let status = (!code.is_client_only()).then(|| ParseError::status_for_code(Some(number)));
        assert_eq!(object["httpStatus"], serde_json::json!(status), "{number}");
    }
}

#[test]
fn the_json_statuses_are_what_parse_server_sends() {
    let document = json_of::<ErrorCode>();
    let status = |code: i64| {
        codes(&document)
            .iter()
            .find(|object| object["code"] == code)
            .map(|object| object["httpStatus"].clone())
    };
    assert_eq!(status(101), Some(serde_json::json!(404)));
    assert_eq!(status(1), Some(serde_json::json!(500)));
    assert_eq!(status(209), Some(serde_json::json!(400)));
    assert_eq!(status(600), Some(Value::Null), "client-only");
    let live_query = json_of::<LiveQueryCode>();
    assert!(
        codes(&live_query)
            .iter()
            .all(|object| object["httpStatus"].is_null()),
        "LiveQuery codes travel in websocket frames"
    );
}

#[test]
fn the_json_has_one_code_to_a_line() {
    let text = json::<ErrorCode>();
    let code_lines = text
        .lines()
        .filter(|line| line.trim_start().starts_with("{\"code\": "))
        .count();
    assert_eq!(code_lines, ErrorCode::ALL.len());
    assert_eq!(text.lines().count(), ErrorCode::ALL.len() + 6);
}

#[test]
fn the_json_of_an_extending_table_has_its_own_codes_and_names_its_base() {
    let document = json_of::<GameCode>();
    assert_eq!(document["table"], "GameCode");
    assert_eq!(document["extends"], "ErrorCode");
    let codes = codes(&document);
    let numbers: Vec<i64> = codes
        .iter()
        .map(|object| object["code"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [9001, 9002, 101, 9100]);
    assert_eq!(strings(&codes[1]["names"]), ["SoldOut", "Discontinued"]);
    // The app's name for a Parse code is a name of that code, whose canonical
    // name and meaning are the base's.
    assert_eq!(codes[2]["name"], "ObjectNotFound");
    assert_eq!(
        strings(&codes[2]["names"]),
        ["ObjectNotFound", "NoSuchItem"]
    );
    assert_eq!(codes[2]["categoryTitle"], "API Issues");
    assert_eq!(codes[2]["httpStatus"], 404);
    assert_eq!(codes[3]["category"], "Device");
    assert_eq!(codes[3]["clientOnly"], true);
    assert_eq!(codes[3]["httpStatus"], Value::Null);
    assert_eq!(
        codes[3]["description"],
        r#"The save at "C:\saves" on the device is corrupt."#
    );
}

#[test]
fn the_typescript_of_an_extending_table_has_its_own_names_and_names_its_base() {
    let module = typescript::<GameCode>();
    assert!(
        module.contains("`GameCode` extends `ErrorCode`: these are its own names"),
        "{module}"
    );
    assert!(module.contains(
        "export const GameCode = {\n  NotEnoughCoins: 9001,\n  SoldOut: 9002,\n  Discontinued: 9002,\n  NoSuchItem: 101,\n  CorruptSave: 9100,\n} as const;\n"
    ));
    assert!(module.contains(
        r#"  { code: 9100, name: "CorruptSave", names: ["CorruptSave"], category: "Device-only errors", description: "The save at \"C:\\saves\" on the device is corrupt.", clientOnly: true },"#
    ), "{module}");
}
