//! Tables shipped without the proc macro: a source file of tables expanded
//! into a Rust file that is checked in, and the test that keeps it current.
//!
//! A library author keeps the table in a file the crate does not compile
//! (`src/errors.rs`, written as `#[parse_errors]` reads it) and its
//! expansion beside it (`src/errors_gen.rs`, compiled through `#[path]`).
//! The crate then depends on `parse-errors` with default features, and
//! neither it nor its users compile a proc macro. One test in the crate,
//! calling [`check_expansion`], fails when the expansion is stale and
//! rewrites it when asked:
//!
//! ```no_run
//! // tests/errors_gen.rs of the library, which dev-depends on
//! // parse-errors-codegen with its `file` feature.
//! use parse_errors_codegen::file::{FileError, check_expansion};
//!
//! #[test]
//! fn the_expansion_of_the_error_table_is_current() -> Result<(), FileError> {
//!     check_expansion(env!("CARGO_MANIFEST_DIR"), "src/errors.rs", "src/errors_gen.rs")?;
//!     Ok(())
//! }
//! ```
//!
//! `PARSE_ERRORS_BLESS=1 cargo test` rewrites every stale expansion, as
//! does `BLESS=1`, the convention of this repository and of `ui_test`
//! ([`BLESS_VARIABLES`]). A table with mistakes is never written: the test
//! fails with the messages the macro would have given, each at its line.
//!
//! The expansion names `parse_errors::__private`, which may change in any
//! release of `parse-errors`: depend on the same version of both crates,
//! exactly (`=0.1.0`), upgrade them together, and regenerate the expansion
//! then.

use std::fmt;
use std::io;
use std::path::{Component, Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::{Attribute, Item, UseTree};

/// The environment variables that ask [`check_file`] and
/// [`check_expansion`] to rewrite a stale file instead of failing: either,
/// set to anything but the empty string or `0`. `PARSE_ERRORS_BLESS` is
/// this crate's own; `BLESS` is the convention of `ui_test` and of
/// parse-errors' repository.
pub const BLESS_VARIABLES: [&str; 2] = ["PARSE_ERRORS_BLESS", "BLESS"];

/// The command that [`check_expansion`]'s files tell their reader to run.
const REGENERATE: &str = "PARSE_ERRORS_BLESS=1 cargo test";

/// How every file of [`expand_file`] starts, and what [`check_file`] looks
/// for before it overwrites a file.
const GENERATED: &str = "// @generated";

/// What [`check_file`] and [`check_expansion`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    /// The checked-in file holds what was generated, line for line.
    Current,
    /// The file was missing or stale, and a [`BLESS_VARIABLES`] variable
    /// asked for it to be written: it now holds what was generated.
    Rewritten,
}

/// Why a file could not be expanded or checked, with what was expected.
///
/// Its `Debug` is its `Display`, so that a test returning
/// `Result<(), FileError>` fails with the message, read as it is written.
#[non_exhaustive]
pub enum FileError {
    /// A file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        error: io::Error,
    },
    /// A rewrite asked by a [`BLESS_VARIABLES`] variable could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        error: io::Error,
    },
    /// The source of the tables is not a Rust file.
    NotRust {
        /// The table file, as its expansion's header names it.
        table: String,
        /// Where the parser stopped, `line:column` (the line from 1).
        at: (usize, usize),
        /// What the parser expected there.
        message: String,
    },
    /// The source holds no item under `#[parse_errors(...)]`: it is not a
    /// table file (or it is the expansion, given in place of the table).
    NoTable {
        /// The file, as its expansion's header would name it.
        table: String,
    },
    /// A rewrite was asked, but the file in place is not one that
    /// [`expand_file`] wrote (its first line is not `// @generated ...`):
    /// it is left as it is, for it may be the table itself.
    NotGenerated {
        /// The file.
        path: PathBuf,
    },
    /// A table has mistakes, which `#[parse_errors]` would report: nothing
    /// is written until they are fixed.
    Mistakes {
        /// The table file, as its expansion's header names it.
        table: String,
        /// Each mistake as `line:column: message` (the line from 1), in the
        /// order of the source.
        messages: Vec<String>,
    },
    /// The checked-in file differs from what the source expands to.
    Stale {
        /// The checked-in file.
        path: PathBuf,
        /// The first line that differs, from 1.
        line: usize,
        /// That line in the checked-in file; `None` past its end.
        checked_in: Option<String>,
        /// That line now; `None` past the end of what was generated.
        now: Option<String>,
    },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Read { path, error } if error.kind() == io::ErrorKind::NotFound => write!(
                f,
                "cannot read {}: {error}; a checked-in expansion is created by `{REGENERATE}`",
                path.display()
            ),
            Self::Read { path, error } => write!(f, "cannot read {}: {error}", path.display()),
            Self::Write { path, error } => write!(
                f,
                "cannot rewrite {}: {error}; a stale expansion is rewritten in place, which needs write access",
                path.display()
            ),
            Self::NotRust {
                table,
                at: (line, column),
                message,
            } => write!(
                f,
                "{table}:{line}:{column}: {message}; the table file must be a Rust module, as `#[parse_errors]` reads it"
            ),
            Self::NoTable { table } => write!(
                f,
                "{table} has no item under `#[parse_errors(...)]`: a table file holds at least one \
                 table, as the macro reads it (is it the expansion, given in place of the table?)"
            ),
            Self::NotGenerated { path } => write!(
                f,
                "{} does not start with `{GENERATED}`, so it is not overwritten: the expansion is \
                 written only over an earlier expansion (is it the table, given in place of the \
                 expansion?); remove it to have it written",
                path.display()
            ),
            Self::Mistakes { table, messages } => {
                write!(
                    f,
                    "{table}: the table has {} mistake{}, and its expansion is not written until they are fixed:",
                    messages.len(),
                    if messages.len() == 1 { "" } else { "s" }
                )?;
                for message in messages {
                    write!(f, "\n  {table}:{message}")?;
                }
                Ok(())
            }
            Self::Stale {
                path,
                line,
                checked_in,
                now,
            } => {
                let shown = |text: &Option<String>| {
                    text.as_deref()
                        .map_or_else(|| "(end of file)".to_owned(), str::to_owned)
                };
                write!(
                    f,
                    "{} is out of date at line {line}:\n  checked in: {}\n  now:        {}\n\
                     it is the expansion of its table, not edited by hand: `{REGENERATE}` (or `BLESS=1`) rewrites it",
                    path.display(),
                    shown(checked_in),
                    shown(now)
                )
            }
        }
    }
}

impl fmt::Debug for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Read { error, .. } | Self::Write { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// The Rust file that `source` stands for: the same module, each item under
/// `#[parse_errors(...)]` (or `#[parse_errors::parse_errors(...)]`)
/// replaced by its expansion, inline modules included, the import of the
/// macro dropped, formatted, under a header that names `table` (the source
/// file, as the reader should find it) and `regenerate` (the command that
/// rewrites the file).
///
/// # Errors
/// [`FileError::NotRust`] when `source` is not a Rust file,
/// [`FileError::NoTable`] when it holds no table, and
/// [`FileError::Mistakes`] with every message the macro would give when a
/// table has mistakes.
///
/// ```
/// use parse_errors_codegen::file::expand_file;
///
/// let source = r#"
///     use parse_errors::parse_errors;
///
///     #[parse_errors(category(Shop = "Shop errors"))]
///     pub enum ShopCode {
///         /// Not enough coins.
///         NotEnoughCoins = 9001,
///     }
/// "#;
/// let generated = expand_file(source, "src/errors.rs", "cargo test")?;
/// assert!(generated.starts_with("// @generated from `src/errors.rs`"));
/// assert!(generated.contains("pub enum ShopCode {"));
/// assert!(!generated.contains("use parse_errors::parse_errors;"));
///
/// let undocumented = "#[parse_errors(category(Shop = \"Shop errors\"))]\npub enum ShopCode {\n    NotEnoughCoins = 9001,\n}\n";
/// let error = expand_file(undocumented, "src/errors.rs", "cargo test").unwrap_err();
/// assert!(error.to_string().contains("src/errors.rs:3:"), "{error}");
/// # Ok::<(), parse_errors_codegen::file::FileError>(())
/// ```
pub fn expand_file(source: &str, table: &str, regenerate: &str) -> Result<String, FileError> {
    let mut file = syn::parse_file(source).map_err(|error| {
        let start = error.span().start();
        FileError::NotRust {
            table: table.to_owned(),
            at: (start.line, start.column + 1),
            message: error.to_string(),
        }
    })?;
    let mut messages = Vec::new();
    let mut tables = 0;
    file.items = expand_items(file.items, &mut tables, &mut messages);
    if tables == 0 {
        return Err(FileError::NoTable {
            table: table.to_owned(),
        });
    }
    if !messages.is_empty() {
        return Err(FileError::Mistakes {
            table: table.to_owned(),
            messages,
        });
    }
    Ok(format!(
        "{GENERATED} from `{table}` by the `#[parse_errors]` macro's own pipeline.\n\
         // Do not edit: change the table, then run `{regenerate}`.\n\n{}",
        prettyplease::unparse(&file)
    ))
}

/// Compares `generated` with the checked-in file at `path`, line by line
/// (so a checkout with CRLF line ends is current too). When they differ or
/// the file is missing, rewrites it if a [`BLESS_VARIABLES`] variable is
/// set, and otherwise fails naming the first line that differs. A current
/// file is left untouched, so that cargo has nothing to rebuild, and only a
/// file that starts with `// @generated`, as every file of [`expand_file`]
/// does, is overwritten: swapped paths cannot write over a table.
///
/// # Errors
/// [`FileError::Stale`] when the file differs, [`FileError::Read`] when it
/// cannot be read, [`FileError::NotGenerated`] when a rewrite would
/// overwrite another kind of file, [`FileError::Write`] when a rewrite
/// fails.
///
/// ```
/// use parse_errors_codegen::file::{check_file, Checked, FileError};
///
/// let path = std::env::temp_dir().join(format!("check_file_doctest_{}.rs", std::process::id()));
/// std::fs::write(&path, "line one\nline two\n")?;
/// assert_eq!(check_file(&path, "line one\nline two\n")?, Checked::Current);
/// # if parse_errors_codegen::file::BLESS_VARIABLES.iter().all(|name| std::env::var_os(name).is_none()) {
/// match check_file(&path, "line one\nline 2\n") {
///     Err(FileError::Stale { line, .. }) => assert_eq!(line, 2),
///     other => panic!("{other:?}"),
/// }
/// # }
/// std::fs::remove_file(&path)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_file(path: impl AsRef<Path>, generated: &str) -> Result<Checked, FileError> {
    compare_or_rewrite(path.as_ref(), generated, blessing())
}

/// [`check_file`], rewriting when `bless`.
fn compare_or_rewrite(path: &Path, generated: &str, bless: bool) -> Result<Checked, FileError> {
    let difference = match std::fs::read_to_string(path) {
        Ok(checked_in) => match first_difference(&checked_in, generated) {
            None => return Ok(Checked::Current),
            Some(_) if bless && !checked_in.starts_with(GENERATED) => {
                return Err(FileError::NotGenerated {
                    path: path.to_owned(),
                });
            }
            Some(difference) => Some(difference),
        },
        Err(error) if error.kind() == io::ErrorKind::NotFound && bless => None,
        Err(error) => {
            return Err(FileError::Read {
                path: path.to_owned(),
                error,
            });
        }
    };
    if bless {
        return std::fs::write(path, generated)
            .map(|()| Checked::Rewritten)
            .map_err(|error| FileError::Write {
                path: path.to_owned(),
                error,
            });
    }
    let (line, checked_in, now) = difference.unwrap_or_default();
    Err(FileError::Stale {
        path: path.to_owned(),
        line,
        checked_in,
        now,
    })
}

/// The staleness test of a table shipped without the proc macro: expands
/// the file `table` ([`expand_file`]) and compares the result with the
/// checked-in `expansion` ([`check_file`]); with `PARSE_ERRORS_BLESS=1`
/// (or `BLESS=1`), rewrites a stale or missing expansion.
///
/// `table` and `expansion` are paths from `root`, the crate's root:
/// `env!("CARGO_MANIFEST_DIR")` in the crate's test, so that the check
/// does not depend on the directory it runs in. The expansion's header
/// names the table by its path from `root`, with `/` on every platform, so
/// that it is the same file on every machine.
///
/// # Errors
/// Those of [`expand_file`] and [`check_file`], and [`FileError::Read`]
/// when the table cannot be read.
///
/// ```no_run
/// use parse_errors_codegen::file::check_expansion;
///
/// check_expansion(env!("CARGO_MANIFEST_DIR"), "src/errors.rs", "src/errors_gen.rs")?;
/// # Ok::<(), parse_errors_codegen::file::FileError>(())
/// ```
pub fn check_expansion(
    root: impl AsRef<Path>,
    table: impl AsRef<Path>,
    expansion: impl AsRef<Path>,
) -> Result<Checked, FileError> {
    let root = root.as_ref();
    let table = root.join(table);
    let source = std::fs::read_to_string(&table).map_err(|error| FileError::Read {
        path: table.clone(),
        error,
    })?;
    let generated = expand_file(&source, &shown_path(&table, root), REGENERATE)?;
    check_file(root.join(expansion), &generated)
}

fn blessing() -> bool {
    BLESS_VARIABLES
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty() && value != "0"))
}

/// The first line, from 1, where `checked_in` and `generated` differ, with
/// each one's text of it.
fn first_difference(
    checked_in: &str,
    generated: &str,
) -> Option<(usize, Option<String>, Option<String>)> {
    let mut checked_in = checked_in.lines();
    let mut generated = generated.lines();
    for line in 1.. {
        match (checked_in.next(), generated.next()) {
            (None, None) => return None,
            (old, new) if old != new => {
                return Some((line, old.map(str::to_owned), new.map(str::to_owned)));
            }
            _ => {}
        }
    }
    None
}

/// `path` from `root` when it lies under it, with `/` between its parts on
/// every platform.
fn shown_path(path: &Path, root: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .filter(|part| !matches!(part, Component::CurDir))
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// `items` with every table expanded and the macro's import dropped; the
/// mistakes of the tables go to `messages`.
fn expand_items(items: Vec<Item>, tables: &mut usize, messages: &mut Vec<String>) -> Vec<Item> {
    let mut expanded = Vec::with_capacity(items.len());
    for mut item in items {
        if let Item::Use(import) = &mut item {
            match without_the_macro(&import.tree) {
                Some(tree) => import.tree = tree,
                None => continue,
            }
        }
        if let Item::Mod(module) = &mut item
            && let Some((_, inner)) = &mut module.content
        {
            *inner = expand_items(std::mem::take(inner), tables, messages);
        }
        let Some(attrs) = attrs_of(&mut item) else {
            expanded.push(item);
            continue;
        };
        let Some(at) = attrs.iter().position(is_the_macro) else {
            expanded.push(item);
            continue;
        };
        *tables += 1;
        let args = match attrs.remove(at).meta {
            syn::Meta::List(list) => list.tokens,
            _ => TokenStream::new(),
        };
        let expansion = crate::expand(args, quote::quote!(#item));
        let before = messages.len();
        compile_errors(expansion.clone(), messages);
        if messages.len() > before {
            continue;
        }
        match syn::parse2::<syn::File>(expansion) {
            Ok(file) => expanded.extend(file.items),
            Err(error) => {
                let start = error.span().start();
                messages.push(format!(
                    "{}:{}: the expansion is not Rust ({error}); this is a bug of parse-errors-codegen",
                    start.line,
                    start.column + 1
                ));
            }
        }
    }
    expanded
}

/// The attributes of the items `#[parse_errors]` can be put on, whether or
/// not it takes them: on a struct or a function the expansion says why not.
fn attrs_of(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    match item {
        Item::Enum(item) => Some(&mut item.attrs),
        Item::Struct(item) => Some(&mut item.attrs),
        Item::Union(item) => Some(&mut item.attrs),
        Item::Fn(item) => Some(&mut item.attrs),
        Item::Const(item) => Some(&mut item.attrs),
        Item::Static(item) => Some(&mut item.attrs),
        Item::Type(item) => Some(&mut item.attrs),
        Item::Trait(item) => Some(&mut item.attrs),
        Item::Impl(item) => Some(&mut item.attrs),
        _ => None,
    }
}

/// `#[parse_errors(...)]`, `#[parse_errors::parse_errors(...)]`, or the
/// macro by any other path.
fn is_the_macro(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|segment| segment.ident == "parse_errors")
}

/// `tree` without its import of the macro (`use parse_errors::parse_errors;`,
/// `use crate::parse_errors;`, or the macro among others in braces); `None`
/// when nothing else is left. The expansion does not name the macro, and a
/// crate without the `macros` feature has none to import.
fn without_the_macro(tree: &UseTree) -> Option<UseTree> {
    match tree {
        UseTree::Path(path) => match &*path.tree {
            UseTree::Name(name) if name.ident == "parse_errors" => None,
            inner => without_the_macro(inner).map(|inner| {
                let mut path = path.clone();
                *path.tree = inner;
                UseTree::Path(path)
            }),
        },
        UseTree::Group(group) => {
            let mut group = group.clone();
            group.items = group
                .items
                .iter()
                .filter(|tree| !matches!(tree, UseTree::Name(name) if name.ident == "parse_errors"))
                .filter_map(without_the_macro)
                .collect();
            (!group.items.is_empty()).then_some(UseTree::Group(group))
        }
        other => Some(other.clone()),
    }
}

/// The message of every `compile_error!` in `tokens`, at the line and
/// column of the mistake.
fn compile_errors(tokens: TokenStream, messages: &mut Vec<String>) {
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                let start = ident.span().start();
                // `compile_error ! ("message")`, as `quote_spanned!` writes it.
                let message = tokens
                    .nth(1)
                    .and_then(|group| match group {
                        TokenTree::Group(group) => syn::parse2::<syn::LitStr>(group.stream()).ok(),
                        _ => None,
                    })
                    .map_or_else(|| "a mistake".to_owned(), |message| message.value());
                messages.push(format!("{}:{}: {message}", start.line, start.column + 1));
            }
            TokenTree::Group(group) => compile_errors(group.stream(), messages),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{
        Checked, FileError, compare_or_rewrite, expand_file, first_difference, shown_path,
    };

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
        let generated =
            expand_file(source, "tables/codes.rs", "make").expect("a table without mistakes");
        assert!(generated.starts_with(
            "// @generated from `tables/codes.rs` by the `#[parse_errors]` macro's own pipeline.\n\
             // Do not edit: change the table, then run `make`.\n\n"
        ));
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
    fn tables_in_inline_modules_and_under_a_path_are_expanded() {
        let source = r#"
            use parse_errors::{ErrorTable, parse_errors};
            pub mod shop {
                use parse_errors::parse_errors;
                #[parse_errors::parse_errors(category(Shop = "Shop"))]
                pub enum ShopCode {
                    /// Not enough coins.
                    NotEnoughCoins = 9001,
                }
            }
        "#;
        let generated = expand_file(source, "src/errors.rs", "make").expect("no mistakes");
        assert!(
            generated.contains("use parse_errors::{ErrorTable};")
                || generated.contains("use parse_errors::ErrorTable;"),
            "the other import of the group stays: {generated}"
        );
        assert!(
            !generated.contains("parse_errors::parse_errors"),
            "{generated}"
        );
        assert!(
            generated.contains("pub enum ShopCodeCategory"),
            "{generated}"
        );
    }

    #[test]
    fn a_table_with_mistakes_gives_every_message_at_its_line() {
        let source = "#[parse_errors(category(Api = \"API\"))]\npub enum Codes {\n    Undocumented = 1,\n    /// Twice.\n    Twice = 2,\n    /// Twice again.\n    Again = 2,\n}\n";
        let Err(FileError::Mistakes { table, messages }) =
            expand_file(source, "src/errors.rs", "make")
        else {
            panic!("a missing description and a shared code are mistakes");
        };
        assert_eq!(table, "src/errors.rs");
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].starts_with("3:5: "), "{messages:?}");
        assert!(messages[0].contains("Undocumented"), "{messages:?}");
        assert!(
            messages.iter().any(|message| message.contains("code 2")),
            "{messages:?}"
        );
    }

    #[test]
    fn a_source_that_is_not_rust_names_where_it_stops() {
        let error = expand_file("pub enum {", "src/errors.rs", "make").unwrap_err();
        assert!(
            matches!(error, FileError::NotRust { at: (1, _), .. }),
            "{error}"
        );
        assert!(error.to_string().starts_with("src/errors.rs:1:"), "{error}");
    }

    #[test]
    fn the_first_difference_is_named_with_both_lines() {
        assert_eq!(first_difference("a\nb\n", "a\r\nb"), None);
        assert_eq!(
            first_difference("a\nb\nc\n", "a\nB\nc\n"),
            Some((2, Some("b".to_owned()), Some("B".to_owned())))
        );
        assert_eq!(
            first_difference("a\n", "a\nb\n"),
            Some((2, None, Some("b".to_owned())))
        );
        assert_eq!(
            first_difference("a\nb\n", "a\n"),
            Some((2, Some("b".to_owned()), None))
        );
    }

    /// A file of the test's own, removed when dropped.
    struct TempFile(std::path::PathBuf);

    impl TempFile {
        fn new(name: &str, text: &str) -> Self {
            let path = std::env::temp_dir().join(format!(
                "parse-errors-codegen-{name}-{}.rs",
                std::process::id()
            ));
            std::fs::write(&path, text).expect("a writable temp dir");
            Self(path)
        }

        fn text(&self) -> String {
            std::fs::read_to_string(&self.0).expect("the temp file")
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            // A leftover temp file is no failure of the test.
            let _ = std::fs::remove_file(&self.0);
        }
    }

    #[test]
    fn a_stale_file_fails_with_its_line() {
        let file = TempFile::new("stale", "// @generated\ntwo\n");
        let checked = compare_or_rewrite(&file.0, "// @generated\ntwo\n", false);
        assert_eq!(checked.ok(), Some(Checked::Current));
        let error = compare_or_rewrite(&file.0, "// @generated\n2\n", false)
            .expect_err("the file is stale");
        let message = error.to_string();
        assert!(
            matches!(error, FileError::Stale { line: 2, .. }),
            "{message}"
        );
        assert!(message.contains("out of date at line 2"), "{message}");
        assert!(message.contains("checked in: two"), "{message}");
        assert!(message.contains("now:        2"), "{message}");
        assert!(message.contains("PARSE_ERRORS_BLESS=1"), "{message}");
        assert_eq!(file.text(), "// @generated\ntwo\n", "nothing is written");
    }

    #[test]
    fn blessing_rewrites_a_stale_or_missing_file_and_nothing_else() {
        let stale = TempFile::new("blessed", "// @generated\ntwo\n");
        let checked = compare_or_rewrite(&stale.0, "// @generated\n2\n", true);
        assert_eq!(checked.ok(), Some(Checked::Rewritten));
        assert_eq!(stale.text(), "// @generated\n2\n");

        let missing = TempFile::new("missing", "");
        std::fs::remove_file(&missing.0).expect("the temp file is removable");
        let checked = compare_or_rewrite(&missing.0, "// @generated\n", true);
        assert_eq!(checked.ok(), Some(Checked::Rewritten));
        assert_eq!(missing.text(), "// @generated\n");

        // The table, given as the expansion: it is never written over.
        let table = TempFile::new("table", "#[parse_errors]\npub enum Codes {}\n");
        let error = compare_or_rewrite(&table.0, "// @generated\n", true)
            .expect_err("a file that is no expansion is kept");
        assert!(matches!(error, FileError::NotGenerated { .. }), "{error}");
        assert!(error.to_string().contains("is not overwritten"), "{error}");
        assert_eq!(table.text(), "#[parse_errors]\npub enum Codes {}\n");
    }

    #[test]
    fn a_source_without_a_table_is_no_table_file() {
        let error = expand_file(
            "// @generated\npub enum Codes { A = 1 }\n",
            "src/errors_gen.rs",
            "make",
        )
        .expect_err("no table");
        assert!(matches!(error, FileError::NoTable { .. }), "{error}");
        assert!(
            error
                .to_string()
                .starts_with("src/errors_gen.rs has no item under"),
            "{error}"
        );
    }

    #[test]
    fn tables_are_named_from_the_root_of_their_crate() {
        let root = std::env::temp_dir().join("shop");
        assert_eq!(
            shown_path(&root.join("src").join("errors.rs"), &root),
            "src/errors.rs"
        );
        assert_eq!(
            shown_path(&root.join("./src/errors.rs"), &root),
            "src/errors.rs"
        );
    }
}
