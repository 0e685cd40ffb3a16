//! The `#[parse_errors]` pipeline on any source text (invalid UTF-8 replaced
//! by U+FFFD), split into the attribute's arguments and the item it is on.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parse_errors_fuzz::macro_input::check(&String::from_utf8_lossy(data));
});
