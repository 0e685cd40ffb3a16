//! `ErrorCode`'s name lookups on any text (invalid UTF-8 replaced by U+FFFD).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parse_errors_fuzz::names::check(&String::from_utf8_lossy(data));
});
