//! The responses a real Parse Server 9.10.0 sent (`fixtures/parse-server-responses.jsonl`,
//! captured by `scripts/capture-parse-server/`).

use serde_json::Value;

const FIXTURE: &str = include_str!("../fixtures/parse-server-responses.jsonl");

/// One captured response.
pub struct Capture {
    /// The capture's name, such as `object_not_found_get`.
    pub name: String,
    /// `http`, or `livequery` for a websocket frame.
    pub kind: String,
    /// The HTTP status; `None` for a LiveQuery frame.
    pub status: Option<u16>,
    /// The `Content-Type` header, `None` when the server sent none.
    pub content_type: Option<String>,
    /// The body, or the frame, as sent.
    pub body: String,
}

/// Every captured response, in the fixture's order.
///
/// # Panics
/// When a line of the fixture is not a capture.
#[must_use]
pub fn captures() -> Vec<Capture> {
    FIXTURE
        .lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line).expect("each line is a JSON object");
            let text = |key: &str| {
                value[key]
                    .as_str()
                    .unwrap_or_else(|| panic!("{key} of {line}"))
                    .to_owned()
            };
            Capture {
                name: text("name"),
                kind: text("kind"),
                status: value["status"]
                    .as_u64()
                    .map(|status| u16::try_from(status).expect("an HTTP status")),
                content_type: value["content_type"].as_str().map(str::to_owned),
                body: text("body"),
            }
        })
        .collect()
}

/// The captured response named `name`.
///
/// # Panics
/// When the fixture has no capture of that name.
#[must_use]
pub fn capture(name: &str) -> Capture {
    captures()
        .into_iter()
        .find(|capture| capture.name == name)
        .unwrap_or_else(|| panic!("no capture named {name}"))
}
