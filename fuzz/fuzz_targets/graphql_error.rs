//! `GraphQlError::from_response` and its serde decoder, and the round trip of what they read.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| parse_errors_fuzz::decoders::graphql_error(data));
