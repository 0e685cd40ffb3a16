//! Writes the official list's equivalents that the benchmarks compare with:
//! the same codes, names, descriptions and texts as `parse_errors::ErrorCode`,
//! written by hand and with the derive stack.

// The build uses the writers of the official list's equivalents only.
#[allow(dead_code)]
#[path = "src/generate.rs"]
mod generate;
fn main() {
    let rows = generate::official_rows();
    let source = format!(
        "/// `ErrorCode` written by hand, one `match` per accessor.\npub mod hand {{\n{}\n}}\n\n\
         /// `ErrorCode` written with thiserror, strum and num_enum.\npub mod derived {{\n{}\n}}\n",
        generate::hand_written("HandCode", &rows),
        generate::derive_stack("DerivedCode", &rows),
    );
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("official_equivalents.rs"), source).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=src/generate.rs");
}
