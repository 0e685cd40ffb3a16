//! `ParseError::from_response`: the status from the first two bytes, the body from the rest.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| parse_errors_fuzz::decoders::from_response(data));
