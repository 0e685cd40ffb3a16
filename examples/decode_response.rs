//! Decodes the bodies a Parse Server really sends, in every shape it has.
//!
//! ```text
//! cargo run --example decode_response
//! ```

use parse_errors::{BatchItem, ErrorCode, GraphQlError, LiveQueryError, ParseError};

/// `(status, body)` as a Parse Server 9.x answers, one of each shape.
const RESPONSES: &[(u16, &str)] = &[
    // The usual body.
    (404, r#"{"code":101,"error":"Object not found."}"#),
    // An uncaught failure: the message under `message`.
    (500, r#"{"code":1,"message":"Internal server error."}"#),
    // No code at all.
    (403, r#"{"error":"unauthorized"}"#),
    // Any integer Cloud Code throws.
    (400, r#"{"code":9001,"error":"Not enough coins"}"#),
    // An aggregate, as the SDKs' batch helpers build it.
    (
        400,
        r#"{"code":600,"error":"Error deleting an object in destroyAll","errors":[{"code":101,"error":"Object not found."},{"code":119,"error":"Permission denied"}]}"#,
    ),
    // Not JSON at all.
    (
        404,
        "<!DOCTYPE html><html><body><pre>Cannot GET /parse/nowhere</pre></body></html>",
    ),
    (413, ""),
];

const BATCH: &str = r#"[{"success":{"objectId":"Xb1","createdAt":"2026-11-29T10:00:00.000Z"}},{"error":{"code":137,"error":"A duplicate value for a field with unique values was provided"}}]"#;

const GRAPHQL: &str = r#"{"data":{"user":null},"errors":[{"message":"Object not found.","path":["user"],"extensions":{"code":101}}]}"#;

/// LiveQuery's own code 4 (the connect's keys are wrong), and a Parse code it forwards.
const LIVE_QUERY_FRAMES: &[&str] = &[
    r#"{"op":"error","error":"Key in request is not valid","code":4,"reconnect":true,"requestId":null}"#,
    r#"{"op":"error","error":"Invalid session token","code":209,"reconnect":false,"requestId":3}"#,
];

fn main() -> Result<(), serde_json::Error> {
    println!("HTTP responses:");
    for &(status, body) in RESPONSES {
        let error = ParseError::from_response(status, body.as_bytes());
        println!("  {status} -> {error}");
        println!(
            "        code {:?}, kind {:?}, HTTP {}",
            error.code(),
            error.kind(),
            error.http_status()
        );
        for nested in error.errors() {
            println!("        gathers: {nested}");
        }
        if body.starts_with('{') {
            // Re-encoding gives the body back, `message` member and missing code included.
            let again: serde_json::Value = serde_json::to_value(&error)?;
            assert_eq!(again, serde_json::from_str::<serde_json::Value>(body)?);
        }
    }

    println!("batch:");
    let items: Vec<BatchItem> = serde_json::from_str(BATCH)?;
    for (index, item) in items.into_iter().enumerate() {
        match item.into_result() {
            Ok(saved) => println!("  #{index} saved {}", saved["objectId"]),
            Err(error) if error.is(ErrorCode::DuplicateValue) => {
                println!("  #{index} already exists: {error}");
            }
            Err(error) => println!("  #{index} failed: {error}"),
        }
    }

    println!("LiveQuery:");
    for frame in LIVE_QUERY_FRAMES {
        let frame: LiveQueryError = serde_json::from_str(frame)?;
        println!(
            "  {:?}: {} (request {:?}, reconnect {:?})",
            frame.kind(),
            frame.error().message(),
            frame.request_id(),
            frame.reconnect()
        );
    }

    println!("GraphQL:");
    for error in GraphQlError::from_response(GRAPHQL.as_bytes())? {
        println!("  {}", error.to_parse_error());
    }
    Ok(())
}
