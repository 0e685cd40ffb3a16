//! The official Parse JS SDK (npm `parse`, pinned in `js-sdk/package-lock.json`)
//! reads the errors an axum server answers with `ParseError` exactly as it reads
//! a real Parse Server's.
//!
//! An axum server on 127.0.0.1 answers Parse REST routes with errors under three
//! mount paths: `rust` with errors made in Rust, `decoded` with the captured
//! Parse Server bodies decoded by `ParseError::from_response`, and `captured`
//! with those bodies sent byte for byte as Parse Server sent them (no
//! `Content-Type` where it sent none). `js-sdk/client.mjs` makes each SDK call
//! against each mount path; the `Parse.Error` it gets must be the same for all
//! three, and what `handleError` in the SDK's `src/RESTController.ts` makes of
//! the reply: `new ParseError(body.code, body.error || body.message)`, so no code
//! for `{"error":"unauthorized"}`, and for a body that is not JSON, no code and
//! the message of the `SyntaxError` that `response.json()` threw.
//!
//! Needs `node` (20.19 or later) and `npm`; installs the SDK with `npm ci` when
//! `js-sdk/node_modules` lacks the pinned version. Without them it fails.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use parse_errors::{ErrorCode, ParseError};
use serde_json::Value;
use test_support::captures::capture;

/// One SDK call: the route it posts to (after the mount path), the captured
/// Parse Server reply of that route, the error made in Rust for it, and the
/// `Parse.Error` the SDK must throw.
struct Case {
    name: &'static str,
    route: &'static str,
    capture: &'static str,
    rust: Option<fn() -> ParseError>,
    code: Option<i64>,
    /// `None`: the message is whatever the SDK's JSON parser says, the same
    /// for every mount path.
    message: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        name: "query_get",
        route: "classes/Missing",
        capture: "object_not_found_get",
        rust: Some(|| ParseError::new(ErrorCode::ObjectNotFound, "Object not found.")),
        code: Some(101),
        message: Some("Object not found."),
    },
    Case {
        name: "user_login",
        route: "login",
        capture: "login_wrong_password",
        rust: Some(|| {
            ParseError::new(
                ErrorCode::UserInvalidLoginParams,
                "Invalid username/password.",
            )
        }),
        code: Some(101),
        message: Some("Invalid username/password."),
    },
    Case {
        name: "bad_session",
        route: "users/me",
        capture: "invalid_session_token_users_me",
        rust: Some(|| ParseError::new(ErrorCode::InvalidSessionToken, "Invalid session token")),
        code: Some(209),
        message: Some("Invalid session token"),
    },
    Case {
        name: "cloud_function_not_found",
        route: "functions/noSuchFunction",
        capture: "cloud_function_not_found",
        rust: Some(|| {
            ParseError::new(
                ErrorCode::ScriptFailed,
                "Invalid function: \"noSuchFunction\"",
            )
        }),
        code: Some(141),
        message: Some("Invalid function: \"noSuchFunction\""),
    },
    Case {
        name: "cloud_app_code",
        route: "functions/throwCode9001",
        capture: "cloud_custom_code_9001",
        rust: Some(|| ParseError::with_code(9001, "Custom app error 9001 from Cloud Code")),
        code: Some(9001),
        message: Some("Custom app error 9001 from Cloud Code"),
    },
    Case {
        // Captured as `{"code":1,"message":...}`; made in Rust as `{"code":1,"error":...}`.
        name: "internal_error",
        route: "classes/Typed",
        capture: "invalid_date",
        rust: Some(|| ParseError::new(ErrorCode::InternalServerError, "Internal server error.")),
        code: Some(1),
        message: Some("Internal server error."),
    },
    Case {
        name: "rate_limited",
        route: "classes/RateLimited",
        capture: "rate_limited",
        rust: Some(|| ParseError::with_code(100, "Too many requests.").with_status(429)),
        code: Some(100),
        message: Some("Too many requests."),
    },
    Case {
        name: "unauthorized",
        route: "classes/Secret",
        capture: "wrong_application_id",
        rust: Some(|| ParseError::without_code("unauthorized").with_status(403)),
        code: None,
        message: Some("unauthorized"),
    },
    Case {
        // A text/plain 404; no Rust-made error has a text body.
        name: "not_json",
        route: "classes/Gone",
        capture: "file_missing",
        rust: None,
        code: None,
        message: None,
    },
];

const TARGETS: [&str; 3] = ["rust", "decoded", "captured"];

/// Every request the server saw: `POST /rust/login`, ...
type Hits = Arc<Mutex<Vec<String>>>;

fn case_of(route: &str) -> Option<&'static Case> {
    CASES.iter().find(|case| case.route == route)
}

/// The mount path and the route of a request, `/rust/classes/Typed` → (`rust`, `classes/Typed`).
fn split(uri: &Uri) -> (&str, &str) {
    let path = uri.path().trim_start_matches('/');
    path.split_once('/').unwrap_or((path, ""))
}

fn record(hits: &Hits, method: &axum::http::Method, uri: &Uri) {
    hits.lock()
        .expect("no handler panicked")
        .push(format!("{method} {}", uri.path()));
}

/// An error made in Rust, as a handler of a Rust Parse-compatible server returns it.
async fn rust_answer(
    State(hits): State<Hits>,
    method: axum::http::Method,
    uri: Uri,
) -> Result<Json<Value>, ParseError> {
    record(&hits, &method, &uri);
    let (_, route) = split(&uri);
    match case_of(route).and_then(|case| case.rust) {
        Some(make) => Err(make()),
        None => Err(ParseError::without_code(format!("no case for {route}")).with_status(404)),
    }
}

/// The captured Parse Server body, decoded and answered again.
async fn decoded_answer(
    State(hits): State<Hits>,
    method: axum::http::Method,
    uri: Uri,
) -> Result<Json<Value>, ParseError> {
    record(&hits, &method, &uri);
    let (_, route) = split(&uri);
    let Some(case) = case_of(route) else {
        return Err(ParseError::without_code(format!("no case for {route}")).with_status(404));
    };
    let capture = capture(case.capture);
    let status = capture.status.expect("an HTTP capture");
    Err(ParseError::from_response(status, capture.body.as_bytes()))
}

/// The captured Parse Server reply, byte for byte, headers as they were.
async fn captured_answer(
    State(hits): State<Hits>,
    method: axum::http::Method,
    uri: Uri,
) -> Response {
    record(&hits, &method, &uri);
    let (_, route) = split(&uri);
    let Some(case) = case_of(route) else {
        return (StatusCode::NOT_FOUND, format!("no case for {route}")).into_response();
    };
    let capture = capture(case.capture);
    let status = StatusCode::from_u16(capture.status.expect("an HTTP capture"))
        .expect("a captured status is an HTTP status");
    let mut response = (status, capture.body).into_response();
    // axum labels a String body text/plain: send the header Parse Server sent, or none.
    match capture.content_type {
        Some(content_type) => {
            let value = content_type.parse().expect("a captured header value");
            response.headers_mut().insert(header::CONTENT_TYPE, value);
        }
        None => {
            response.headers_mut().remove(header::CONTENT_TYPE);
        }
    }
    response
}

/// Runs `command` to its end, killing it after `limit`.
fn run_bounded(command: &mut Command, limit: Duration, what: &str) -> Output {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| {
            panic!(
                "cannot start {what}: {error}; the JS SDK test needs node (20.19+) and npm on PATH"
            )
        });
    let (sender, receiver) = mpsc::channel();
    let pipes: [Box<dyn Read + Send>; 2] = [
        Box::new(child.stdout.take().expect("a piped stdout")),
        Box::new(child.stderr.take().expect("a piped stderr")),
    ];
    for (index, mut pipe) in pipes.into_iter().enumerate() {
        let sender = sender.clone();
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let read = pipe.read_to_end(&mut bytes).map(|_| bytes);
            // The receiver is gone only when the deadline passed.
            let _ = sender.send((index, read));
        });
    }
    let deadline = Instant::now() + limit;
    let mut outputs: [Option<Vec<u8>>; 2] = [None, None];
    while outputs.iter().any(Option::is_none) {
        let Ok((index, read)) =
            receiver.recv_timeout(deadline.saturating_duration_since(Instant::now()))
        else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} did not finish within {limit:?}: killed");
        };
        outputs[index] = Some(read.unwrap_or_else(|error| panic!("reading {what}: {error}")));
    }
    let status = child
        .wait()
        .unwrap_or_else(|error| panic!("waiting for {what}: {error}"));
    let [stdout, stderr] = outputs.map(Option::unwrap_or_default);
    Output {
        status,
        stdout,
        stderr,
    }
}

/// The version of `parse` that `package.json` pins.
fn pinned_sdk_version(dir: &Path) -> String {
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("package.json")).expect("js-sdk/package.json"),
    )
    .expect("package.json is JSON");
    manifest["dependencies"]["parse"]
        .as_str()
        .expect("package.json pins parse")
        .to_owned()
}

/// The version of `parse` in `node_modules`, if it is installed.
fn installed_sdk_version(dir: &Path) -> Option<String> {
    let manifest = std::fs::read_to_string(dir.join("node_modules/parse/package.json")).ok()?;
    let manifest: Value = serde_json::from_str(&manifest).ok()?;
    manifest["version"].as_str().map(str::to_owned)
}

/// Node's version is one the pinned SDK supports (its `engines`: 20.19 or later).
fn check_node() {
    let output = run_bounded(
        Command::new("node").arg("--version"),
        Duration::from_secs(30),
        "node --version",
    );
    let version = String::from_utf8_lossy(&output.stdout);
    let numbers: Vec<u32> = version
        .trim()
        .trim_start_matches('v')
        .split('.')
        .map_while(|part| part.parse().ok())
        .collect();
    assert!(
        output.status.success() && numbers.as_slice() >= [20, 19].as_slice(),
        "the JS SDK test needs Node.js 20.19 or later; `node --version` said {version:?}"
    );
}

/// `npm ci` in `js-sdk/` unless the pinned SDK is there already.
fn install_sdk(dir: &Path) {
    let pinned = pinned_sdk_version(dir);
    if installed_sdk_version(dir).as_deref() == Some(pinned.as_str()) {
        return;
    }
    let output = run_bounded(
        Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
            .current_dir(dir),
        Duration::from_secs(300),
        "npm ci in tests/js-sdk",
    );
    assert!(
        output.status.success(),
        "npm ci in tests/js-sdk failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        installed_sdk_version(dir).as_deref(),
        Some(pinned.as_str()),
        "npm ci did not install parse {pinned}"
    );
}

/// What the SDK threw for one case at one mount path.
#[derive(Debug, PartialEq)]
struct Thrown {
    parse_error: bool,
    code: Option<i64>,
    message: String,
}

/// Serves the three mount paths on 127.0.0.1 while `client.mjs` makes its
/// calls; the client's output, and the requests the server saw.
fn serve_and_call(sdk: &Path) -> (String, Hits) {
    // Bound before the client starts: its connections wait in the backlog.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port on 127.0.0.1");
    listener
        .set_nonblocking(true)
        .expect("a non-blocking listener");
    let address = listener.local_addr().expect("the bound address");
    let hits = Hits::default();
    let app = Router::new()
        .route("/rust/{*route}", any(rust_answer))
        .route("/decoded/{*route}", any(decoded_answer))
        .route("/captured/{*route}", any(captured_answer))
        .with_state(Arc::clone(&hits));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .expect("a tokio runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener)?;
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    // A dropped sender stops the server too.
                    let _ = stopped.await;
                })
                .await
        })
    });

    let started = Instant::now();
    let output = run_bounded(
        Command::new("node")
            .arg(sdk.join("client.mjs"))
            .arg(format!("http://{address}"))
            .args(TARGETS),
        Duration::from_secs(90),
        "node tests/js-sdk/client.mjs",
    );
    let took = started.elapsed();
    let _ = stop.send(());
    server
        .join()
        .expect("the server thread did not panic")
        .expect("the server ran and shut down");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "client.mjs failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    eprintln!("the JS SDK made its calls in {took:?}:\n{stdout}");
    (stdout, hits)
}

/// What the SDK threw, by mount path and case, from the client's lines.
fn read_lines(stdout: &str) -> BTreeMap<(String, String), Thrown> {
    let mut thrown: BTreeMap<(String, String), Thrown> = BTreeMap::new();
    for line in stdout.lines() {
        let line: Value =
            serde_json::from_str(line).unwrap_or_else(|error| panic!("{line}: {error}"));
        let key = (
            line["target"].as_str().expect("a target").to_owned(),
            line["case"].as_str().expect("a case").to_owned(),
        );
        assert_ne!(line["resolved"], true, "{key:?}: the call succeeded");
        let value = Thrown {
            parse_error: line["parseError"] == true,
            code: line["code"].as_i64(),
            message: line["message"].as_str().expect("a message").to_owned(),
        };
        assert!(
            line["code"].is_null() || value.code.is_some(),
            "{key:?}: a code that is not an integer: {line}"
        );
        assert!(thrown.insert(key.clone(), value).is_none(), "{key:?} twice");
    }
    thrown
}

#[test]
fn the_js_sdk_reads_our_errors_as_it_reads_parse_servers() {
    let sdk = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/js-sdk");
    check_node();
    install_sdk(&sdk);

    let (stdout, hits) = serve_and_call(&sdk);
    let thrown = read_lines(&stdout);
    let hits = hits.lock().expect("no handler panicked");
    for case in CASES {
        for target in TARGETS {
            let name = format!("{target}/{}", case.name);
            // The error came from the server, not from the SDK itself (a `get`
            // that finds nothing throws 101 "Object not found." on its own).
            let route = format!("POST /{target}/{}", case.route);
            assert_eq!(
                hits.iter().filter(|hit| **hit == route).count(),
                1,
                "{name}: the SDK should have made one request {route}; the server saw {hits:?}"
            );
            let thrown_at = |target: &str| {
                thrown
                    .get(&(target.to_owned(), case.name.to_owned()))
                    .unwrap_or_else(|| panic!("no line for {target}/{}:\n{stdout}", case.name))
            };
            let got = thrown_at(target);
            if target == "rust" && case.rust.is_none() {
                // Answered 404 "no case": not part of the comparison.
                continue;
            }
            assert!(got.parse_error, "{name}: not a Parse.Error: {got:?}");
            assert_eq!(got.code, case.code, "{name}: {got:?}");
            match case.message {
                Some(message) => assert_eq!(got.message, message, "{name}"),
                None => assert!(got.message.contains("is not valid JSON"), "{name}: {got:?}"),
            }
            let real = thrown_at("captured");
            assert_eq!(
                got, real,
                "{name}: not what a real Parse Server's reply gives"
            );
        }
    }
    assert_eq!(
        thrown.len(),
        CASES.len() * TARGETS.len(),
        "one line per case and mount path:\n{stdout}"
    );
}
