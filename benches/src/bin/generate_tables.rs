//! Prints a table of `ROWS` synthetic codes in one `STYLE`, as the source of a
//! library crate: `generate_tables STYLE ROWS`, STYLE being `parse_errors`,
//! `mistake` (the same table with one mistake), `hand`, `derive`,
//! `data_parse_errors` or `data_thiserror` (an error enum whose variants carry
//! data), `data_parse_errors_extends` (the same enum extending
//! `parse_errors::ErrorCode`), or `official` with STYLE
//! `uses_official_<style>` to get the official list's equivalent (89 codes)
//! in that style.

use parse_errors_benches::generate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [style, rows] = &args[..] else {
        eprintln!("usage: generate_tables STYLE ROWS|official");
        std::process::exit(2);
    };
    let rows = if rows == "official" {
        generate::official_rows()
    } else {
        generate::synthetic(rows.parse().expect("ROWS is a number"))
    };
    let source = match style.as_str() {
        // `parse_errors_base` is the same table, built against another
        // checkout of parse-errors (`run.sh`'s BASELINE).
        "parse_errors" | "parse_errors_base" => generate::parse_errors_table("Table", &rows),
        "mistake" => generate::parse_errors_table_with_a_mistake("Table", &rows),
        "hand" => generate::hand_written("Table", &rows),
        "derive" => generate::derive_stack("Table", &rows),
        // `_base`: the same enum, built against another checkout (`data_enum.sh`'s BASELINE).
        "data_parse_errors" | "data_parse_errors_base" => {
            generate::data_parse_errors("Table", &rows, None)
        }
        "data_parse_errors_extends" | "data_parse_errors_extends_base" => {
            generate::data_parse_errors("Table", &rows, Some("::parse_errors::ErrorCode"))
        }
        "data_thiserror" => generate::data_thiserror("Table", &rows),
        // The official table as a user of parse-errors has it: no table to write.
        "uses_parse_errors" => "pub use parse_errors::ErrorCode as Table;\n".to_owned(),
        other => {
            eprintln!("unknown style {other}");
            std::process::exit(2);
        }
    };
    print!("{source}");
}
