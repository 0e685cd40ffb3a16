//! The method a `POST` body names in its top-level `_method` member, which
//! parse-server's `allowMethodOverride` takes as the request's method: the
//! Parse SDKs send queries so, as `POST` with `"_method": "GET"`.
//!
//! A scan of the JSON rather than `serde_json`, so that the answer is the same
//! with every feature set, needs no allocator and comes from a `const fn`. It
//! is exact where it decides, as `JSON.parse` reads the body: the top level's
//! keys and the `_method` string, escapes decoded, the last of two equal keys
//! winning. Every other value is skipped by its strings and brackets, and not
//! checked further: a body that is not JSON is refused by the server before
//! anything runs, whatever this scan makes of it.

/// Where a JSON string's content is in a body: between its quotes, escapes
/// not yet decoded.
#[derive(Debug, Clone, Copy)]
pub(super) struct JsonString {
    start: usize,
    end: usize,
}

impl JsonString {
    /// Whether the string, decoded, is `expected` (ASCII) up to ASCII case.
    pub(super) const fn eq_ignore_ascii_case(self, body: &[u8], expected: &[u8]) -> bool {
        let mut at = self.start;
        let mut matched = 0;
        while at < self.end {
            let Some((unit, next)) = next_unit(body, at) else {
                return false;
            };
            if matched == expected.len() || unit > 0x7f {
                return false;
            }
            #[expect(
                clippy::cast_possible_truncation,
                reason = "an ASCII unit, checked above"
            )]
            let byte = unit as u8;
            if !byte.eq_ignore_ascii_case(&expected[matched]) {
                return false;
            }
            matched += 1;
            at = next;
        }
        matched == expected.len()
    }

    /// Whether the string, decoded, is exactly `expected` (ASCII).
    const fn eq(self, body: &[u8], expected: &[u8]) -> bool {
        let mut at = self.start;
        let mut matched = 0;
        while at < self.end {
            let Some((unit, next)) = next_unit(body, at) else {
                return false;
            };
            if matched == expected.len() || unit != expected[matched] as u32 {
                return false;
            }
            matched += 1;
            at = next;
        }
        matched == expected.len()
    }
}

/// The string value of the body's last top-level `_method` member; `None`
/// when the body is not a JSON object, has no such member, or the last one
/// is not a string (parse-server then routes it by no method it has).
pub(super) const fn method_member(body: &[u8]) -> Option<JsonString> {
    let mut at = skip_whitespace(body, 0);
    if at >= body.len() || body[at] != b'{' {
        return None;
    }
    at = skip_whitespace(body, at + 1);
    let mut method = None;
    if at < body.len() && body[at] == b'}' {
        return only_whitespace_after(body, at + 1, method);
    }
    loop {
        if at >= body.len() || body[at] != b'"' {
            return None;
        }
        let Some(key_end) = string_end(body, at) else {
            return None;
        };
        let key = JsonString {
            start: at + 1,
            end: key_end - 1,
        };
        at = skip_whitespace(body, key_end);
        if at >= body.len() || body[at] != b':' {
            return None;
        }
        at = skip_whitespace(body, at + 1);
        let Some(value_end) = value_end(body, at) else {
            return None;
        };
        if key.eq(body, b"_method") {
            method = if body[at] == b'"' {
                Some(JsonString {
                    start: at + 1,
                    end: value_end - 1,
                })
            } else {
                None
            };
        }
        at = skip_whitespace(body, value_end);
        if at >= body.len() {
            return None;
        }
        match body[at] {
            b',' => at = skip_whitespace(body, at + 1),
            b'}' => return only_whitespace_after(body, at + 1, method),
            _ => return None,
        }
    }
}

/// `found`, when nothing but whitespace follows the object at `at`.
const fn only_whitespace_after(
    body: &[u8],
    at: usize,
    found: Option<JsonString>,
) -> Option<JsonString> {
    if skip_whitespace(body, at) == body.len() {
        found
    } else {
        None
    }
}

/// The index of the first byte at or after `at` that is not JSON whitespace.
const fn skip_whitespace(body: &[u8], mut at: usize) -> usize {
    while at < body.len() && matches!(body[at], b' ' | b'\t' | b'\n' | b'\r') {
        at += 1;
    }
    at
}

/// The index just past the string that opens with the quote at `at`.
const fn string_end(body: &[u8], mut at: usize) -> Option<usize> {
    at += 1;
    while at < body.len() {
        match body[at] {
            b'\\' => at += 2,
            b'"' => return Some(at + 1),
            _ => at += 1,
        }
    }
    None
}

/// The index just past the value that starts at `at`.
const fn value_end(body: &[u8], at: usize) -> Option<usize> {
    if at >= body.len() {
        return None;
    }
    match body[at] {
        b'"' => string_end(body, at),
        b'{' | b'[' => {
            let mut depth = 0_usize;
            let mut inside = at;
            while inside < body.len() {
                match body[inside] {
                    b'"' => match string_end(body, inside) {
                        Some(end) => {
                            inside = end;
                            continue;
                        }
                        None => return None,
                    },
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(inside + 1);
                        }
                    }
                    _ => {}
                }
                inside += 1;
            }
            None
        }
        // A number or a literal: up to what may follow a value.
        _ => {
            let mut end = at;
            while end < body.len()
                && !matches!(body[end], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                end += 1;
            }
            if end == at { None } else { Some(end) }
        }
    }
}

/// The UTF-16 code unit a string holds at `at` (a byte, or an escape
/// decoded), and the index after it. A byte beyond ASCII is returned as it
/// is: a caller comparing with ASCII only needs to see that it is not ASCII.
const fn next_unit(body: &[u8], at: usize) -> Option<(u32, usize)> {
    if body[at] != b'\\' {
        return Some((body[at] as u32, at + 1));
    }
    if at + 1 >= body.len() {
        return None;
    }
    let unit = match body[at + 1] {
        b'"' => b'"',
        b'\\' => b'\\',
        b'/' => b'/',
        b'b' => 0x08,
        b'f' => 0x0c,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'u' => {
            if at + 6 > body.len() {
                return None;
            }
            let mut unit = 0_u32;
            let mut digit = at + 2;
            while digit < at + 6 {
                let value = match body[digit] {
                    byte @ b'0'..=b'9' => byte - b'0',
                    byte @ b'a'..=b'f' => byte - b'a' + 10,
                    byte @ b'A'..=b'F' => byte - b'A' + 10,
                    _ => return None,
                };
                unit = unit * 16 + value as u32;
                digit += 1;
            }
            return Some((unit, at + 6));
        }
        _ => return None,
    };
    Some((unit as u32, at + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn method(body: &str) -> Option<&str> {
        method_member(body.as_bytes()).map(|string| &body[string.start..string.end])
    }

    #[test]
    fn the_member_is_found_at_the_top_level_only() {
        assert_eq!(method(r#"{"_method":"GET"}"#), Some("GET"));
        assert_eq!(
            method(r#" { "a" : [1, {"_method":"PUT"}], "_method" : "GET" } "#),
            Some("GET")
        );
        assert_eq!(method(r#"{"where":{"_method":"GET"}}"#), None);
        assert_eq!(method(r#"{"title":"\"_method\":\"GET\""}"#), None);
        assert_eq!(method(r#"["_method","GET"]"#), None);
    }

    #[test]
    fn the_last_member_wins_as_in_json_parse() {
        assert_eq!(method(r#"{"_method":"GET","_method":"PUT"}"#), Some("PUT"));
        assert_eq!(method(r#"{"_method":"GET","_method":1}"#), None);
    }

    #[test]
    fn a_body_that_is_not_one_json_object_has_no_method() {
        for body in [
            "",
            "{",
            r#"{"_method":"GET""#,
            r#"{"_method":"GET",}"#,
            r#"{"_method" "GET"}"#,
            r#"{"_method":"GET"} {}"#,
            r#"{"_method":"GET}"#,
            r#"{"a":{"b":1},"_method":"GET""#,
        ] {
            assert_eq!(method(body), None, "{body}");
        }
    }

    #[test]
    fn escapes_are_decoded_before_comparing() {
        let body = br#"{"\u005fmethod":"\u0047et"}"#;
        let string = method_member(body).expect("the member is there");
        assert!(string.eq_ignore_ascii_case(body, b"GET"));
        assert!(!string.eq_ignore_ascii_case(body, b"GE"));
        assert!(!string.eq_ignore_ascii_case(body, b"GETS"));
        // A non-ASCII character never equals an ASCII one.
        let body = r#"{"_method":"GÉT"}"#.as_bytes();
        let string = method_member(body).expect("the member is there");
        assert!(!string.eq_ignore_ascii_case(body, b"GET"));
    }
}
