//! The tables of the `parse-errors` crate, expanded by this macro and checked in.
//!
//! `parse-errors/tables/NAME.rs` is the source of truth of a table (`ErrorCode`
//! is `tables/official.rs`), written as `#[parse_errors]` reads it;
//! `parse-errors/src/gen/NAME.rs` is that module with every table expanded, by
//! [`expand_table`], the function the attribute itself runs, and formatted.
//! The crate compiles the expansion, so its users compile no proc macro unless
//! they ask for the `macros` feature. These tests fail when an expansion is
//! out of date; `BLESS=1 cargo test -p parse-errors-codegen` rewrites them.

use std::path::Path;

use syn::{Item, UseTree};

use crate::pipeline::expand_table;
use crate::tests::assert_file_is_current;

const TABLES: &str = "../parse-errors/tables";
const GENERATED: &str = "../parse-errors/src/gen";

/// What `tables/NAME.rs` expands to: the same module, each item under
/// `#[parse_errors(...)]` replaced by its expansion and the import of the
/// macro dropped, with a header that says where it comes from.
fn generate(name: &str, source: &str) -> Result<String, String> {
    let mut file = syn::parse_file(source).map_err(|error| format!("{name}: {error}"))?;
    let mut items = Vec::with_capacity(file.items.len());
    for item in file.items {
        match item {
            Item::Use(ref import) if imports_the_macro(&import.tree) => {}
            Item::Enum(mut table) => {
                let Some(at) = table
                    .attrs
                    .iter()
                    .position(|attr| attr.path().is_ident("parse_errors"))
                else {
                    items.push(Item::Enum(table));
                    continue;
                };
                let attr = table.attrs.remove(at);
                let args = match attr.meta {
                    syn::Meta::List(list) => list.tokens,
                    _ => proc_macro2::TokenStream::new(),
                };
                let expansion = expand_table(args, quote::quote!(#table));
                if expansion.to_string().contains("compile_error") {
                    return Err(format!("{name}: the table has mistakes:\n{expansion}"));
                }
                let expanded: syn::File = syn::parse2(expansion)
                    .map_err(|error| format!("{name}: the expansion is not Rust: {error}"))?;
                items.extend(expanded.items);
            }
            other => items.push(other),
        }
    }
    file.items = items;
    Ok(format!(
        "// @generated from `tables/{name}` by the `#[parse_errors]` macro's own pipeline.\n\
         // Do not edit: change the table, then run `BLESS=1 cargo test -p parse-errors-codegen`.\n\n{}",
        prettyplease::unparse(&file)
    ))
}

/// `use crate::parse_errors;` and the like: the source needs the macro, its
/// expansion does not.
fn imports_the_macro(tree: &UseTree) -> bool {
    match tree {
        UseTree::Path(path) => imports_the_macro(&path.tree),
        UseTree::Name(name) => name.ident == "parse_errors",
        _ => false,
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| {
            entry
                .expect("a readable directory")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| Path::new(name).extension().is_some_and(|ext| ext == "rs"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_table_of_the_crate_is_expanded_and_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tables = files_in(&root.join(TABLES));
    assert!(
        tables.iter().any(|name| name == "official.rs"),
        "tables/official.rs is the source of ErrorCode"
    );
    for name in &tables {
        let source =
            std::fs::read_to_string(root.join(TABLES).join(name)).expect("a readable table");
        let generated = generate(name, &source).unwrap_or_else(|error| panic!("{error}"));
        assert_file_is_current(&format!("{GENERATED}/{name}"), &generated);
    }
    // A table removed from `tables/` takes its expansion with it.
    assert_eq!(
        files_in(&root.join(GENERATED)),
        tables,
        "src/gen/ holds one expansion per table"
    );
}

#[test]
fn the_expansion_is_the_source_with_its_tables_expanded() {
    let source = r#"
        //! A module.
        use crate::parse_errors;
        /// Kept as it is.
        pub struct Other;
        #[parse_errors(category(Api = "API Issues"))]
        pub enum Codes {
            /// The object was not found.
            ObjectNotFound = 101,
        }
    "#;
    let generated = generate("codes.rs", source).expect("a table without mistakes");
    assert!(generated.starts_with("// @generated from `tables/codes.rs`"));
    assert!(generated.contains("//! A module.\n"), "inner docs are kept");
    assert!(
        generated.contains("pub struct Other;"),
        "other items are kept"
    );
    assert!(
        generated.contains("ObjectNotFound = 101"),
        "the table is expanded"
    );
    assert!(generated.contains("pub enum CodesCategory"));
    assert!(
        !generated.contains("#[parse_errors("),
        "no attribute is left to expand"
    );
    assert!(
        !generated.contains("use crate::parse_errors"),
        "the macro is not imported"
    );
}

#[test]
fn a_table_with_mistakes_is_not_checked_in() {
    let source =
        "#[parse_errors(category(Api = \"API\"))]\npub enum Codes {\n    Undocumented = 1,\n}\n";
    let error = generate("codes.rs", source).expect_err("a missing description is a mistake");
    assert!(
        error.starts_with("codes.rs: the table has mistakes"),
        "{error}"
    );
}
