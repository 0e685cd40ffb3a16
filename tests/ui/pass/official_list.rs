//! A user of the official list, matching codes from the wire by any of their names.
use parse_errors::ErrorCode;

fn advice(code: i32) -> &'static str {
    match ErrorCode::from_code(code) {
        Some(ErrorCode::UserInvalidLoginParams) => "check the username and password",
        Some(ErrorCode::InvalidSessionToken) => "log in again",
        Some(code) if code.is_client_only() => "check the network",
        Some(_) => "see the message",
        None => "an app-specific code",
    }
}

fn main() {
    assert_eq!(advice(101), "check the username and password");
    assert_eq!(advice(209), "log in again");
    assert_eq!(advice(100), "check the network");
    assert_eq!(advice(9001), "an app-specific code");
}
