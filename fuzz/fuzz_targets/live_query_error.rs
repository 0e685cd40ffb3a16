//! `LiveQueryError`'s decoder, its accessors, and the round trip of what it reads.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| parse_errors_fuzz::decoders::live_query_error(data));
