//! Unit tests of enums whose variants carry data, run without a compiler.

use proc_macro2::TokenStream;
use proptest::prelude::*;

use crate::pipeline::expand_table;
use crate::tests::assert_file_is_current;

const DATA_ARGS: &str = r#"extends = ::parse_errors::ErrorCode, category(Shop = "Shop errors")"#;
const DATA_ENUM: &str = r#"
    /// What went wrong in the shop.
    #[derive(Clone)]
    pub enum ShopError {
        /// The player has not enough coins for this purchase.
        #[error("need {needed} coins, have {have:>3}")]
        NotEnoughCoins { needed: u32, have: u32 } = 9001,
        /// The item asked for does not exist.
        #[entry(alias)]
        #[error("no item {0:?}")]
        NoSuchItem(String) = 101,
        /// The store could not be read.
        #[error("the store could not be read")]
        StoreUnreadable(#[from] std::io::Error) = 9002,
        /// The shop is closed.
        Closed = 9003,
    }
"#;

fn expand(args: &str, input: &str) -> TokenStream {
    expand_table(
        args.parse().expect("the arguments are tokens"),
        input.parse().expect("the enum is tokens"),
    )
}

/// The error enum and its code enum, as `snapshots/data_enum.rs` shows a reviewer.
#[test]
fn data_enum_snapshot() {
    let file = syn::parse2(expand(DATA_ARGS, DATA_ENUM)).expect("the expansion is a Rust file");
    assert_file_is_current("snapshots/data_enum.rs", &prettyplease::unparse(&file));
}

/// An error enum of its own, with no base: its code enum is a table of its
/// own (`#[repr(i32)]`, lookups by array), named with `code_enum`.
#[test]
fn own_data_enum_snapshot() {
    let args = r#"code_enum = AppCode, category(App = "App errors")"#;
    let input = r#"
        /// What went wrong in the app.
        pub enum AppError {
            /// The input could not be read.
            #[error("cannot read line {line}: {reason}")]
            Unreadable { line: usize, reason: String } = 1,
            /// The store failed.
            Store(#[source] std::io::Error) = 2,
            /// The app is stopping.
            Stopping = 3,
        }
    "#;
    let file = syn::parse2(expand(args, input)).expect("the expansion is a Rust file");
    assert_file_is_current("snapshots/own_data_enum.rs", &prettyplease::unparse(&file));
}

#[test]
fn the_error_enum_keeps_its_fields_and_loses_its_codes_and_field_attributes() {
    let output = expand(DATA_ARGS, DATA_ENUM).to_string();
    assert!(!output.contains("compile_error"), "{output}");
    assert!(output.contains("pub enum ShopError {"), "{output}");
    assert!(
        output.contains("NotEnoughCoins { needed : u32 , have : u32 } ,"),
        "{output}"
    );
    assert!(
        output.contains("StoreUnreadable (std :: io :: Error) ,"),
        "{output}"
    );
    assert!(!output.contains("# [from]"), "{output}");
    // The codes are the code enum's, which gets the default category enum name.
    assert!(output.contains("pub enum ShopErrorCode {"), "{output}");
    assert!(output.contains("pub enum ShopErrorCategory {"), "{output}");
    // A message with placeholders is the error enum's alone, each field in a local.
    assert!(
        output.contains("\"need {__display_needed} coins, have {__field_have:>3}\""),
        "{output}"
    );
    assert!(
        output.contains("write_str (\"the player has not enough coins for this purchase\")"),
        "{output}"
    );
}

#[test]
fn a_data_enum_with_mistakes_still_expands_to_both_enums() {
    let input = DATA_ENUM
        .replace("9002", "9001")
        .replace("{0:?}\")]", "{0:?} {}\", 1)]");
    let output = expand(DATA_ARGS, &input);
    let text = output.to_string();
    let errors = text.matches("compile_error").count();
    // The shared code (with its "first here") and the ambiguous positional argument.
    assert_eq!(errors, 3, "{text}");
    syn::parse2::<syn::File>(output).expect("the output is Rust");
    assert!(text.contains("pub enum ShopError {"), "{text}");
    assert!(text.contains("pub enum ShopErrorCode {"), "{text}");
    assert!(
        text.contains("impl :: core :: convert :: From < std :: io :: Error > for ShopError"),
        "{text}"
    );
}

fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "enum",
        "pub",
        "E",
        "A",
        "B",
        "=",
        "1",
        "101",
        ",",
        "{",
        "}",
        "(",
        ")",
        ":",
        "u32",
        "String",
        "x",
        "source",
        "#[source]",
        "#[from]",
        "#[from(x)]",
        "#[serde]",
        "/// Doc.",
        "#[entry(display = \"{0}\")]",
        "#[entry(display = \"{x:>w$}\")]",
        "#[entry(display = \"{} {{\")]",
        "#[entry(display = \"{\")]",
        "#[entry(alias)]",
        "#[derive(Debug)]",
        "code_enum = C",
        "code_enum = \"C\"",
        "category(Shop = \"S\")",
        "r#type",
        "'a",
        "<T>",
    ])
}

proptest! {
    #[test]
    fn arbitrary_data_enums_never_panic_and_expand_to_rust(
        args in prop::collection::vec(piece(), 0..6),
        body in prop::collection::vec(piece(), 0..30),
    ) {
        let input = format!("enum E {{ A(u32) = 1, {} }}", body.join(" "));
        if let (Ok(args), Ok(input)) = (args.join(" ").parse::<TokenStream>(), input.parse::<TokenStream>()) {
            let is_enum = syn::parse2::<syn::ItemEnum>(input.clone()).is_ok();
            let output = expand_table(args, input);
            // What is no enum is given back as it came, beside its error.
            prop_assert!(!is_enum || syn::parse2::<syn::File>(output.clone()).is_ok(), "{}", output);
        }
    }

    #[test]
    fn mutated_data_enums_never_panic_and_expand_to_rust(
        cut in 0usize..64,
        insert in piece(),
        at in 0usize..64,
    ) {
        let mut lines: Vec<String> = DATA_ENUM.lines().map(str::to_owned).collect();
        lines.remove(cut % lines.len());
        let at = at % (lines.len() + 1);
        lines.insert(at, insert.to_owned());
        if let Ok(input) = lines.join("\n").parse::<TokenStream>() {
            let is_enum = syn::parse2::<syn::ItemEnum>(input.clone()).is_ok();
            let output = expand_table(DATA_ARGS.parse().expect("tokens"), input);
            prop_assert!(!is_enum || syn::parse2::<syn::File>(output.clone()).is_ok(), "{}", output);
        }
    }
}

/// "Has data" is a property of the one input, whatever the arguments say.
#[test]
fn an_enum_has_data_when_a_variant_has_fields() {
    let read = |args: &str, input: &str| {
        let mut errors = crate::ctxt::Errors::new();
        let input = crate::ast::Input::parse(
            args.parse().expect("tokens"),
            input.parse().expect("tokens"),
            &mut errors,
        )
        .expect("an enum");
        drop(errors.messages());
        input.has_data()
    };
    assert!(!read(
        "",
        "pub enum E { /// A.\n #[entry(alias)] A = 1, B = -(2) }"
    ));
    assert!(!read("code_enum = C", "enum E { A = 1, B = 2 }"));
    assert!(read("", "enum E { A(u8) = 1, B = 2 }"));
    assert!(read("", "enum E { A = 1, B {} = 2 }"));
}
