//! How the crate being compiled names parse-errors, read from its Cargo.toml,
//! as `proc-macro-crate` finds a renamed dependency for the macros of
//! `parity-scale-codec` and `num_enum`.
//!
//! The expansion names the runtime crate `::parse_errors` by default. A user
//! who renamed the dependency (`pe = { package = "parse-errors" }`) would get
//! a "cannot find `parse_errors`" at every path of the expansion; the macro
//! takes the one rename it finds instead. It never reports anything: where
//! the manifest is not certain (no rename, two of them, a dependency that
//! keeps the name, a manifest it cannot read), the default stays, so a build
//! that compiles with `::parse_errors` compiles all the same. A rename made in
//! the workspace's manifest (`pe = { workspace = true }`) is not seen here;
//! `crate = ::pe` says it.

use std::path::Path;

/// The runtime crate's package name.
const PACKAGE: &str = "parse-errors";

/// The name under which the manifest of the crate being compiled renames
/// parse-errors, as Rust spells it (`pe`), when it renames it once and has
/// no dependency that keeps the name `parse_errors`.
pub fn renamed_here() -> Option<String> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let manifest = std::fs::read_to_string(Path::new(&dir).join("Cargo.toml")).ok()?;
    renamed(&manifest)
}

/// The rename of parse-errors in `manifest`, if any; see `renamed_here`.
pub fn renamed(manifest: &str) -> Option<String> {
    let mut renames = Vec::new();
    let mut keeps_the_name = false;
    let mut section = Section::Other;
    for line in manifest.lines().map(str::trim) {
        if let Some(header) = line.strip_prefix('[') {
            section = Section::of(header.trim_end_matches(']').trim());
            if let Section::Dependency(name) = section {
                keeps_the_name |= is_the_package_name(name);
            }
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let (key, value) = (unquoted(key.trim()), value.trim());
        match section {
            Section::Dependency(name) if key == "package" && unquoted(value) == PACKAGE => {
                if !is_the_package_name(name) {
                    renames.push(name);
                }
            }
            Section::Dependencies => match value.starts_with('{').then(|| package_of(value)) {
                Some(Some(package)) if package == PACKAGE => {
                    if is_the_package_name(key) {
                        keeps_the_name = true;
                    } else {
                        renames.push(key);
                    }
                }
                Some(Some(_)) => {}
                Some(None) | None => keeps_the_name |= is_the_package_name(key),
            },
            Section::Dependency(_) | Section::Other => {}
        }
    }
    renames.dedup();
    match renames.as_slice() {
        [only] if !keeps_the_name => Some(only.replace('-', "_")),
        _ => None,
    }
}

/// What the lines under a `[header]` of a manifest declare.
#[derive(Clone, Copy)]
enum Section<'a> {
    /// `[dependencies]`, `[dev-dependencies]`, `[target.'cfg(..)'.build-dependencies]`:
    /// one dependency per line.
    Dependencies,
    /// `[dependencies.pe]`: the keys of the dependency `pe`.
    Dependency(&'a str),
    Other,
}

impl<'a> Section<'a> {
    fn of(header: &'a str) -> Self {
        if is_dependencies(header) {
            return Self::Dependencies;
        }
        match header.rsplit_once('.') {
            Some((table, name)) if is_dependencies(table) => {
                Self::Dependency(unquoted(name.trim()))
            }
            _ => Self::Other,
        }
    }
}

/// Whether a dependency's key is parse-errors under its own name.
fn is_the_package_name(key: &str) -> bool {
    key == PACKAGE || key == "parse_errors"
}

fn is_dependencies(table: &str) -> bool {
    let last = table.rsplit('.').next().unwrap_or(table).trim();
    matches!(
        last,
        "dependencies" | "dev-dependencies" | "build-dependencies"
    )
}

/// The `package = "..."` of an inline table `{ ... }`.
fn package_of(inline: &str) -> Option<&str> {
    let inner = inline.trim_start_matches('{').trim_end_matches('}');
    inner.split(',').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (unquoted(key.trim()) == "package").then(|| unquoted(value.trim()))
    })
}

fn unquoted(text: &str) -> &str {
    text.trim_matches(|c| c == '"' || c == '\'')
}

#[cfg(test)]
mod tests {
    use super::renamed;

    #[test]
    fn finds_an_inline_rename() {
        let manifest = "[package]\nname = \"shop\"\n\n[dependencies]\npe = { package = \"parse-errors\", version = \"0.1\", features = [\"macros\"] }\n";
        assert_eq!(renamed(manifest).as_deref(), Some("pe"));
    }

    #[test]
    fn finds_a_rename_in_a_table_of_its_own() {
        let manifest =
            "[dependencies.parse-codes]\npackage = \"parse-errors\"\nversion = \"0.1\"\n";
        assert_eq!(renamed(manifest).as_deref(), Some("parse_codes"));
        let target = "[target.'cfg(unix)'.dev-dependencies.pe]\npackage = \"parse-errors\"\n";
        assert_eq!(renamed(target).as_deref(), Some("pe"));
    }

    #[test]
    fn says_nothing_when_the_name_is_kept() {
        for manifest in [
            "[dependencies]\nparse-errors = \"0.1\"\n",
            "[dependencies]\nparse-errors = { workspace = true, features = [\"macros\"] }\n",
            "[dependencies]\nparse-errors = \"0.1\"\n[dev-dependencies]\npe = { package = \"parse-errors\" }\n",
            "[dependencies.parse-errors]\nversion = \"0.1\"\n[dependencies]\npe = { package = \"parse-errors\" }\n",
            "[dependencies]\nserde = { version = \"1\", package = \"serde\" }\n",
            "[package]\nname = \"parse-errors\"\n",
            "[dependencies]\npe = { package = \"parse-errors\" }\n[dev-dependencies]\npe2 = { package = \"parse-errors\" }\n",
            "",
        ] {
            assert_eq!(renamed(manifest), None, "{manifest}");
        }
    }

    #[test]
    fn reads_only_dependency_tables() {
        let manifest = "[package.metadata.x]\npe = { package = \"parse-errors\" }\n";
        assert_eq!(renamed(manifest), None);
    }
}
