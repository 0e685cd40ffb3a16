//! Unit tests of the whole expansion, run without a compiler: this file for
//! tables, `data` for error enums, `generated` for the crate's own tables.

mod data;
mod generated;

use proc_macro2::TokenStream;
use quote::quote;

use crate::pipeline::expand_table;

fn expand(args: TokenStream, input: TokenStream) -> String {
    expand_table(args, input).to_string()
}

fn errors_of(output: &str) -> Vec<String> {
    output
        .split("compile_error !")
        .skip(1)
        .map(|rest| rest.split('"').nth(1).unwrap_or_default().to_owned())
        .collect()
}

/// A small table with every kind of row: a shared code, an alias, a client-only
/// category, a `display`, a negative code. The tests, the snapshot and the
/// property tests all start from it.
const SMALL_TABLE_ARGS: &str =
    r#"category(Api = "API Issues"), category(Client = "Client-only errors", client_only)"#;
const SMALL_TABLE: &str = r#"
    /// The codes of a small Parse-style table.
    pub enum ErrorCode {
        /// Invalid login parameters.
        #[entry(Api, alias)]
        UserInvalidLoginParams = 101,
        /// The object was not found.
        #[entry(Api)]
        ObjectNotFound = 101,
        /// The connection failed.
        #[entry(Client)]
        #[error("connection failed")]
        ConnectionFailed = 100,
        /// Something else.
        #[entry(Api)]
        OtherCause = -1,
    }
"#;

fn small_table() -> (TokenStream, TokenStream) {
    (
        SMALL_TABLE_ARGS.parse().expect("the arguments are tokens"),
        SMALL_TABLE.parse().expect("the table is tokens"),
    )
}

#[test]
fn a_valid_table_expands_without_errors() {
    let (args, input) = small_table();
    let output = expand(args, input);
    assert!(errors_of(&output).is_empty(), "{output}");
    assert!(
        output.contains("pub const UserInvalidLoginParams : Self = Self :: ObjectNotFound"),
        "{output}"
    );
    assert!(
        !output.contains("UserInvalidLoginParams = 101"),
        "an alias must not be a variant: {output}"
    );
}

#[test]
fn an_undeclared_shared_code_names_both_entries() {
    let output = expand(
        quote!(category(Api = "API Issues")),
        quote! {
            enum E {
                /// First.
                First = 7,
                /// Second.
                Second = 7,
            }
        },
    );
    let errors = errors_of(&output);
    assert!(
        errors.iter().any(|error| error.contains("code 7")
            && error.contains("`First`")
            && error.contains("`Second`")),
        "{errors:?}"
    );
}

#[test]
fn every_mistake_of_a_table_is_reported_at_once() {
    let output = expand(
        quote!(category(Api = "API Issues"), category(Push = "Push")),
        quote! {
            enum E {
                #[entry(Api)]
                NoDoc = 1,
                /// No code.
                #[entry(Api)]
                NoCode,
                /// Unknown category.
                #[entry(Apj)]
                Typo = 3,
                /// No category in a table of several.
                Homeless = 4,
                /// Too big.
                #[entry(Api)]
                Huge = 3000000000,
            }
        },
    );
    let errors = errors_of(&output);
    assert_eq!(errors.len(), 5, "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|error| error.contains("did you mean `Api`")),
        "{errors:#?}"
    );
}

#[test]
fn codes_span_the_whole_i32_range_and_nothing_beyond() {
    let table = |code: TokenStream| {
        expand(
            quote!(category(A = "A")),
            quote! {
                enum E {
                    /// Edge.
                    Edge = #code,
                }
            },
        )
    };
    assert!(errors_of(&table(quote!(-2147483648))).is_empty());
    assert!(errors_of(&table(quote!(2147483647i32))).is_empty());
    for bad in [
        quote!(-2147483649),
        quote!(2147483648),
        quote!(7u8),
        quote!(1 + 1),
        quote!("7"),
    ] {
        let output = table(bad.clone());
        assert_eq!(errors_of(&output).len(), 1, "{bad}: {output}");
    }
}

#[test]
fn raw_identifiers_are_named_without_their_prefix() {
    let output = expand(
        quote!(category(A = "A")),
        quote! {
            enum r#Table {
                /// A keyword as a name.
                r#Type = 1,
            }
        },
    );
    assert!(errors_of(&output).is_empty(), "{output}");
    assert!(output.contains("name : \"Type\""), "{output}");
    assert!(output.contains("enum TableCategory"), "{output}");
}

/// A struct is reported and becomes a stand-in table of its name, whose API
/// the rest of the crate may be using.
#[test]
fn a_struct_is_reported_and_stands_in_as_a_table() {
    let output = expand(
        quote!(category(A = "A")),
        quote!(
            struct Table {
                code: i32,
            }
        ),
    );
    let errors = errors_of(&output);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].contains("a struct has no code: write it as an enum of one variant"),
        "{errors:?}"
    );
    assert!(output.contains("enum Table"), "{output}");
    assert!(output.contains("fn from_code"), "{output}");
}

/// Any other item has no name a table's API could hang on: it is reported
/// and given back as it was.
#[test]
fn a_function_is_reported_and_given_back() {
    let output = expand(
        quote!(category(A = "A")),
        quote!(
            fn table() -> i32 {
                1
            }
        ),
    );
    let errors = errors_of(&output);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("found a function"), "{errors:?}");
    assert!(output.contains("fn table"), "{output}");
}

/// A derive list that does not parse is rustc's to report. Found by the
/// `macro_pipeline` fuzz target (`fuzz/regressions/macro_pipeline/`): the
/// `Debug` read before the mistake was reported, and the stand-in, which
/// keeps such a list as written, was rejected for it, leaving the user's
/// crate without the table's API.
#[test]
fn a_derive_list_that_does_not_parse_is_left_to_rustc() {
    let args = quote!(category(Api = "API Issues"));
    let input = quote! {
        #[derive(Debug, Clon, e Default)]
        pub enum ErrorCode {
            /// The object was not found.
            ObjectNotFound = 101,
        }
    };
    check_stand_in(args.clone(), input.clone()).expect("the table has a stand-in");
    let output = expand(args, input);
    assert!(errors_of(&output).is_empty(), "{output}");
    assert!(
        output.contains("# [derive (Debug , Clon , e Default)]"),
        "the list is given to rustc as written: {output}"
    );
}

/// Found by `fuzz/run.sh 300` (`fuzz/regressions/macro_pipeline/`): an alias
/// whose canonical entry comes after an entry dropped for its duplicate name
/// named its canonical row by its place among all the entries, one past the
/// rows the model keeps.
#[test]
fn an_alias_after_a_dropped_duplicate_name_finds_its_canonical_row() {
    let input = quote! {
        pub enum T {
            /// B.
            B = 3,
            /// B again.
            B = 5,
            /// C.
            #[entry(alias)]
            C = 4,
            /// D.
            D = 4,
        }
    };
    let args = quote!(category(P = "P"));
    check_stand_in(args.clone(), input.clone()).expect("the repair keeps its promises");
    let output = expand(args, input);
    assert!(
        output.contains("pub const C : Self = Self :: D"),
        "{output}"
    );
}

#[test]
fn a_second_paragraph_is_not_part_of_the_description() {
    let output = expand(
        quote!(category(A = "A")),
        quote! {
            enum E {
                #[doc = " First line"]
                #[doc = "   continued."]
                #[doc = ""]
                #[doc = " A note for rustdoc only."]
                One = 1,
            }
        },
    );
    assert!(
        output.contains("description : \"First line continued.\""),
        "{output}"
    );
}

/// Checks the expansion of a table against `snapshots/NAME.rs`. The snapshots
/// show a reviewer every change to what users get, one per shape of the
/// expansion; after an intended change, rewrite them with
/// `BLESS=1 cargo test -p parse-errors-codegen` and review the diff.
fn assert_snapshot(name: &str, args: &str, input: &str) {
    let output = expand_table(
        args.parse().expect("the arguments are tokens"),
        input.parse().expect("the table is tokens"),
    );
    let file = syn::parse2(output).expect("the expansion is a Rust file");
    assert_file_is_current(
        &format!("snapshots/{name}.rs"),
        &prettyplease::unparse(&file),
    );
}

/// A table of its own with compact codes: `#[repr(i32)]`, lookups by array.
#[test]
fn expansion_snapshot() {
    assert_snapshot("small_table", SMALL_TABLE_ARGS, SMALL_TABLE);
}

/// A table of its own whose codes are too far apart for arrays: lookups by `match`.
#[test]
fn sparse_table_snapshot() {
    assert_snapshot(
        "sparse_table",
        r#"category(App = "App errors")"#,
        r"
        /// Codes far apart.
        pub enum SparseCode {
            /// The first cause.
            First = 1,
            /// A cause in the app range.
            App = 9001,
            /// A cause far away.
            Far = 1000000,
        }
        ",
    );
}

/// A table on top of `ErrorCode`: a `Base` variant, lookups falling through,
/// and the const checks against the base's codes.
#[test]
fn extending_table_snapshot() {
    assert_snapshot(
        "extending_table",
        r#"extends = ::parse_errors::ErrorCode, category(Shop = "Shop errors")"#,
        r"
        /// An app's codes on top of Parse's.
        pub enum ShopCode {
            /// The player has not enough coins for this purchase.
            NotEnoughCoins = 9001,
            /// The item asked for does not exist.
            #[entry(alias)]
            NoSuchItem = 101,
        }
        ",
    );
}

/// A table with mistakes: the errors, then the stand-in with the whole API.
#[test]
fn stand_in_snapshot() {
    assert_snapshot(
        "stand_in",
        r#"category(App = "App errors")"#,
        r"
        /// A table with two mistakes.
        pub enum AppError {
            /// The first meaning.
            First = 9001,
            Undocumented = 9002,
            /// A second meaning of the first code, not marked `alias`.
            Second = 9001,
        }
        ",
    );
}

/// Compares `actual` with the checked-in file at `path` (from this crate's
/// directory), naming the first line that differs; with `BLESS` set, rewrites
/// the file first.
pub(crate) fn assert_file_is_current(path: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, actual).expect("the checked-in file is writable");
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}; create it with BLESS=1", path.display()));
    if let Some((line, (want, got))) = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (want, got))| want != got)
    {
        panic!(
            "{} is out of date at line {}:\n  checked in: {want}\n  now:        {got}\nBLESS=1 rewrites it",
            path.display(),
            line + 1
        );
    }
    assert_eq!(
        expected.lines().count(),
        actual.lines().count(),
        "{} is out of date: its length changed; BLESS=1 rewrites it",
        path.display()
    );
}

/// Whether the model of a table with mistakes keeps the repair's promises
/// (`Model::broken_promise`) and expands to Rust; `Err` says what went wrong.
fn check_stand_in(args: TokenStream, input: TokenStream) -> Result<(), String> {
    let mut errors = crate::ctxt::Errors::new();
    let read = crate::ast::Input::parse(args.clone(), input.clone(), &mut errors);
    let broken = read
        .as_ref()
        .and_then(|read| crate::valid::check(read, &mut errors).broken_promise());
    // The input's own mistakes are what the repair stands in for.
    drop(errors.messages());
    if let Some(broken) = broken {
        return Err(broken);
    }
    if read.is_none() {
        // Not an item the macro takes: given back as it was, Rust or not.
        return Ok(());
    }
    syn::parse2::<syn::File>(expand_table(args, input))
        .map(drop)
        .map_err(|error| format!("the output is not Rust: {error}"))
}

/// Every table of the UI suite, whatever its mistakes, has a stand-in that
/// gives the rest of the crate the whole generated API.
#[test]
fn every_ui_case_has_a_stand_in() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/ui/fail");
    let mut tables = 0;
    for file in std::fs::read_dir(dir).expect("the UI suite is beside this crate") {
        let path = file.expect("a readable directory").path();
        if path.extension().is_none_or(|extension| extension != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a readable case");
        let file: syn::File = syn::parse_str(&source).expect("a case is Rust");
        for mut item in file.items {
            let syn::Item::Enum(item_enum) = &mut item else {
                continue;
            };
            let Some(at) = item_enum
                .attrs
                .iter()
                .position(|attr| attr.path().is_ident("parse_errors"))
            else {
                continue;
            };
            let attr = item_enum.attrs.remove(at);
            let args = match attr.meta {
                syn::Meta::List(list) => list.tokens,
                _ => TokenStream::new(),
            };
            tables += 1;
            if let Err(why) = check_stand_in(args, quote!(#item)) {
                panic!("{}: {why}", path.display());
            }
        }
    }
    assert!(tables >= 40, "only {tables} tables found in {dir}");
}

mod properties {
    use proc_macro2::TokenStream;
    use proptest::prelude::*;

    use crate::pipeline::expand_table;

    use super::{SMALL_TABLE as VALID_TABLE, SMALL_TABLE_ARGS as VALID_ARGS};

    /// Pieces of Rust that tables are made of, so random sequences come close to tables.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "enum",
            "struct",
            "pub",
            "E",
            "A",
            "B",
            "=",
            "-",
            "1",
            "101",
            "-1",
            "4294967296",
            ",",
            ";",
            "{",
            "}",
            "(",
            ")",
            "[",
            "]",
            "#",
            "/// Doc.",
            "#[entry(Api)]",
            "#[entry(alias)]",
            "#[entry(Api, alias)]",
            "#[entry(display = \"x\")]",
            "#[entry]",
            "#[doc = \"\"]",
            "#[repr(u8)]",
            "#[derive(Debug)]",
            "category(Api = \"T\")",
            "category(Api)",
            "category_enum = C",
            "crate = x",
            "extends = a::B",
            "range = 1..=2",
            "\"s\"",
            "<T>",
            "r#type",
            "Api",
            "client_only",
            "alias",
            "'a",
            "::",
        ])
    }

    fn tokens(pieces: &[&str]) -> Option<TokenStream> {
        pieces.join(" ").parse().ok()
    }

    /// A valid table of distinct random codes, written as source.
    fn table_source(codes: &[i32]) -> String {
        let rows: Vec<String> = codes
            .iter()
            .enumerate()
            .map(|(index, code)| format!("/// Entry {index}.\nEntry{index} = {code},"))
            .collect();
        format!("enum Random {{\n{}\n}}", rows.join("\n"))
    }

    proptest! {
        #[test]
        fn random_valid_tables_expand(codes in prop::collection::btree_set(any::<i32>(), 1..40)) {
            let codes: Vec<i32> = codes.into_iter().collect();
            let output = expand_table(r#"category(Only = "Only")"#.parse().unwrap(), table_source(&codes).parse().unwrap());
            prop_assert!(!output.to_string().contains("compile_error"), "{}", output);
        }

        #[test]
        fn an_injected_duplicate_code_is_rejected_naming_both_entries(
            codes in prop::collection::btree_set(any::<i32>(), 1..40),
            pick in any::<prop::sample::Index>(),
        ) {
            let codes: Vec<i32> = codes.into_iter().collect();
            let original = pick.index(codes.len());
            let source = table_source(&codes)
                .replace("\n}", &format!("\n/// A second meaning.\nIntruder = {},\n}}", codes[original]));
            let output = expand_table(r#"category(Only = "Only")"#.parse().unwrap(), source.parse().unwrap()).to_string();
            let first = format!("`Entry{original}`");
            let named_both = output
                .split("compile_error")
                .any(|error| error.contains(&first) && error.contains("`Intruder`"));
            prop_assert!(named_both, "{}", output);
        }

        #[test]
        fn arbitrary_tokens_never_panic(args in prop::collection::vec(piece(), 0..8), input in prop::collection::vec(piece(), 0..40)) {
            if let (Some(args), Some(input)) = (tokens(&args), tokens(&input)) {
                let _ = expand_table(args, input);
            }
        }

        #[test]
        fn mutated_valid_tables_never_panic(
            cut in 0usize..64,
            insert in piece(),
            at in 0usize..64,
            tail in prop::collection::vec(piece(), 0..3),
        ) {
            // Lines, not words: a doc comment ends at its line's end.
            let mut lines: Vec<String> = VALID_TABLE.lines().map(str::to_owned).collect();
            lines.remove(cut % lines.len());
            let at = at % (lines.len() + 1);
            lines.insert(at, format!("{insert} {}", tail.join(" ")));
            if let (Ok(args), Ok(input)) = (VALID_ARGS.parse::<TokenStream>(), lines.join("\n").parse::<TokenStream>()) {
                let _ = expand_table(args, input);
            }
        }

        #[test]
        fn mutated_tables_have_a_stand_in(
            cut in 0usize..64,
            insert in piece(),
            at in 0usize..64,
            tail in prop::collection::vec(piece(), 0..3),
            args in prop::collection::vec(piece(), 0..6),
        ) {
            let mut lines: Vec<String> = VALID_TABLE.lines().map(str::to_owned).collect();
            lines.remove(cut % lines.len());
            let at = at % (lines.len() + 1);
            lines.insert(at, format!("{insert} {}", tail.join(" ")));
            let args = format!("{VALID_ARGS}, {}", args.join(" "));
            if let (Ok(args), Ok(input)) = (args.parse::<TokenStream>(), lines.join("\n").parse::<TokenStream>()) {
                let checked = super::check_stand_in(args, input);
                prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
            }
        }

        #[test]
        fn every_valid_table_with_one_line_removed_expands_or_explains(cut in 0usize..64) {
            let mut lines: Vec<&str> = VALID_TABLE.lines().collect();
            lines.remove(cut % lines.len());
            if let Ok(input) = lines.join("\n").parse::<TokenStream>() {
                let output = expand_table(VALID_ARGS.parse().unwrap(), input).to_string();
                // Either the table still holds, or the output says why it does not.
                prop_assert!(output.contains("impl") || output.contains("compile_error"), "{}", output);
            }
        }
    }
}

/// Every malformed argument is one error, in the project's words, that says
/// what the argument takes: none of darling's generic "Unexpected meta-item
/// format" messages, no follow-on error.
#[test]
fn every_malformed_argument_is_one_error_saying_what_it_takes() {
    let cases = [
        ("range", "`range` is an inclusive range of codes"),
        ("range(1)", "`range` is an inclusive range of codes"),
        ("range = 1..2", "`range` is an inclusive range of codes"),
        ("range = 2..=1", "`range` is empty"),
        ("extends", "`extends` takes the path of the table"),
        ("extends(a)", "`extends` takes the path of the table"),
        ("extends = 1", "`extends` takes the path of the table"),
        ("category_enum", "`category_enum` takes a name"),
        ("category_enum(A)", "`category_enum` takes a name"),
        ("crate", "`crate` takes the path of the parse-errors crate"),
        ("category = \"x\"", "a category needs a name and a title"),
        ("category", "a category needs a name and a title"),
        ("category(\"A\")", "a category needs a name and a title"),
        ("\"lit\"", "`#[parse_errors]` takes named arguments"),
        (
            "a::b = 1",
            "`#[parse_errors]` has no argument `a::b`: it takes `category`",
        ),
        (
            "categroy(Api = \"A\")",
            "has no argument `categroy`: did you mean `category`?",
        ),
        (
            "category(Api = \"A\", client_only, client_only)",
            "`client_only` is given twice",
        ),
        (
            "category(Api = \"A\", clientonly)",
            "no flag `clientonly`: did you mean `client_only`?",
        ),
        (
            "category(Api = \"A\"), range = 1..=2, range = 3..=4",
            "`range` is given twice",
        ),
    ];
    for (args, expected) in cases {
        // A category the entry names, so that the only mistake is the argument.
        let output = expand(
            format!("{args}, category(App = \"App\")")
                .parse()
                .expect("tokens"),
            quote!(
                enum E {
                    /// D.
                    #[entry(App)]
                    A = 1,
                }
            ),
        );
        let errors = errors_of(&output);
        assert_eq!(errors.len(), 1, "{args}: {errors:?}");
        assert!(errors[0].contains(expected), "{args}: {errors:?}");
    }
}

/// Errors come in the order of the lines they point at, whatever check found
/// them, and a "first here" error right after the one it explains.
#[test]
fn errors_come_in_source_order() {
    let args: TokenStream =
        r#"category(Api = "API Issues"), category(User = "User related errors")"#
            .parse()
            .expect("tokens");
    let input: TokenStream = r"
        enum E {
            /// A category that does not exist.
            #[entry(Apu)]
            Unknown = 1,
            /// No category, and the table has several.
            NoCategory = 2,
            /// The first use of code 3.
            #[entry(Api)]
            First = 3,
            #[entry(Api)]
            Undocumented = 4,
            /// Code 3 again.
            #[entry(Api)]
            Second = 3,
            /// No code.
            #[entry(Api)]
            Codeless,
        }
    "
    .parse()
    .expect("tokens");
    let output = expand_table(args, input);
    let lines: Vec<usize> = output
        .into_iter()
        .filter_map(|token| match token {
            proc_macro2::TokenTree::Ident(ident) if ident == "compile_error" => {
                Some(ident.span().start().line)
            }
            _ => None,
        })
        .collect();
    // Lines of `Apu`, `NoCategory`, `Undocumented`, the second `3` and the
    // first (its "first here"), `Codeless`; the input starts with a newline.
    assert_eq!(lines, [4, 7, 12, 15, 10, 18]);
}

/// Every malformed `#[entry]` is one error that names the entry and says what
/// to write, even in a table of several categories, where a category lost to
/// the mistake would be a second error.
#[test]
fn every_malformed_entry_attribute_is_one_error_naming_the_entry() {
    let cases = [
        (
            "#[entry(Api(x))]",
            "the category of `A` is written alone, like `#[entry(Api)]`",
        ),
        (
            "#[entry(Api = 1)]",
            "the category of `A` is written alone, like `#[entry(Api)]`",
        ),
        (
            "#[entry(Api, display(\"x\"))]",
            "`display` on `A` takes a string",
        ),
        (
            "#[entry(Api, alias(x))]",
            "`alias` on `A` is a flag: write `alias`",
        ),
        (
            "#[entry(Api, alias = true)]",
            "`alias` on `A` is a flag and takes no value",
        ),
        ("#[entry(Api, Api)]", "`Api` is given twice for `A`"),
        (
            "#[entry(Api, User)]",
            "`A` has one category, and `Api` is given already",
        ),
        (
            "#[entry(Api, display = 1)]",
            "the `display` of `A` takes a string literal",
        ),
        (
            "#[entry(Api, display = \"a\")]",
            "`display` is written as thiserror writes a message now",
        ),
        (
            "#[entry(Api, dispaly = \"a\")]",
            "`#[entry]` on `A` has no key `dispaly`: did you mean `display`?",
        ),
        (
            "#[entry(Api, \"x\")]",
            "unexpected literal in the `#[entry]` of `A`",
        ),
        (
            "#[entry(Api::X)]",
            "the category of `A` is one of the table's category names",
        ),
        (
            "#[entry = \"Api\"]",
            "`#[entry]` on `A` needs a category or a flag",
        ),
        (
            "#[entry(Api)] #[entry(alias)]",
            "`A` has a second `#[entry(...)]`",
        ),
    ];
    for (attr, expected) in cases {
        let attr: TokenStream = attr.parse().expect("tokens");
        // `B` is the canonical entry of code 1, so an `alias` flag taken from
        // a mistake is no error of its own.
        let input = quote! {
            enum E {
                /// The canonical entry.
                #[entry(Api)]
                B = 1,
                /// The entry with the mistake.
                #attr
                A = 1,
            }
        };
        let args = r#"category(Api = "A"), category(User = "U")"#
            .parse()
            .expect("tokens");
        let errors = errors_of(&expand(args, input));
        let (mistake, others): (Vec<&String>, Vec<&String>) =
            errors.iter().partition(|error| error.contains(expected));
        assert_eq!(mistake.len(), 1, "{attr}: {errors:?}");
        // Besides the mistake, only the sharing of code 1 by two canonical
        // entries, where the attribute has no `alias`.
        let unrelated = others.iter().all(|error| {
            error.starts_with("code 1 is used by both") || error.contains("first, here")
        });
        assert!(unrelated, "{attr}: {errors:?}");
    }
}

/// What the macro and the runtime crate must agree on, pinned here: a proc
/// macro cannot share code with the crate that re-exports it.
mod same_as_the_runtime {
    use parse_errors::CodeRange;
    use proptest::prelude::*;

    use crate::suggest::{distance, folded};
    use crate::valid::{APP_RANGE, SERVER_AND_RESERVED};

    #[test]
    fn the_ranges_are_the_runtimes() {
        assert_eq!(CodeRange::App.bounds(), APP_RANGE.0..=APP_RANGE.1);
        assert_eq!(
            *CodeRange::ParseServer.bounds().end(),
            SERVER_AND_RESERVED.0
        );
        assert_eq!(
            CodeRange::Reserved.bounds(),
            SERVER_AND_RESERVED.0 + 1..=SERVER_AND_RESERVED.1
        );
    }

    proptest! {
        /// Two names the macro calls twins are the two `from_name_loose`
        /// could not tell apart.
        #[test]
        fn names_fold_alike(a in "[A-Za-z_]{0,12}", b in "[A-Za-z_]{0,12}") {
            prop_assert_eq!(
                folded(&a) == folded(&b),
                parse_errors::__private::same_name_loosely(&a, &b)
            );
        }

        /// A suggestion at compile time measures names as `ParseNameError` does.
        #[test]
        fn distances_are_alike(a in "[A-Za-z_]{0,20}", b in "[A-Za-z_]{0,20}") {
            prop_assert_eq!(
                Some(distance(&folded(&a), &folded(&b))),
                parse_errors::__private::folded_distance(&a, &b)
            );
        }
    }
}
