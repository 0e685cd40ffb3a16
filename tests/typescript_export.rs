//! `parse_errors::export::typescript` makes modules that `tsc --strict`
//! accepts, and whose types say what the table says: the official table,
//! `LiveQueryCode` and an app's own table that extends the official one.
//!
//! Needs `node` and `npm`; installs the TypeScript compiler pinned in
//! `typescript/package-lock.json` with `npm ci` when `typescript/node_modules`
//! lacks the pinned version. Without them it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use parse_errors::export::typescript;
use parse_errors::{ErrorCode, ErrorTable, LiveQueryCode, parse_errors};
use serde_json::Value;

/// An app's codes, with names and descriptions a module must quote right.
#[parse_errors(
    extends = parse_errors::ErrorCode,
    category(Shop = "Shop errors"),
    category(Device = "Device-only errors", client_only),
)]
pub enum ShopErrorCode {
    /// The player has not enough coins for this purchase.
    #[entry(Shop)]
    NotEnoughCoins = 9001,

    /// Another name of 9001, from the first release.
    #[entry(Shop, alias)]
    CoinsShort = 9001,

    /// The item asked for does not exist: the app's name for an object not found.
    #[entry(alias)]
    NoSuchItem = 101,

    /// The save at "C:\saves" is corrupt */ and a comment's end is just text.
    #[entry(Device)]
    CorruptSave = 9100,
}

/// What a TypeScript user writes against the modules. Each
/// `@ts-expect-error` must meet an error, so these lines fail the check when
/// a type is wider than the table (plain `number`) or lacks a name.
const USER: &str = r#"import { ErrorCode, ErrorCodeEntries } from "./ErrorCode.js";
import { LiveQueryCode } from "./LiveQueryCode.js";
import { ShopErrorCode, ShopErrorCodeEntries } from "./ShopErrorCode.js";

const notFound: ErrorCode = ErrorCode.ObjectNotFound;
const sameCode: ErrorCode = ErrorCode.UserInvalidLoginParams;
const negative: ErrorCode = ErrorCode.OtherCause;
const asNumber: number = notFound + sameCode + negative;
// @ts-expect-error 9999 is not a code of ErrorCode.
const notACode: ErrorCode = 9999;
// @ts-expect-error ErrorCode has no such name.
const noSuchName = ErrorCode.NoSuchName;

const invalidKeys: LiveQueryCode = LiveQueryCode.InvalidKeys;
// @ts-expect-error 209 is not a LiveQuery protocol code.
const notLiveQuery: LiveQueryCode = 209;

const coins: ShopErrorCode = ShopErrorCode.CoinsShort;
const item: ShopErrorCode = ShopErrorCode.NoSuchItem;

function describe(code: number): string | undefined {
  const entry = ErrorCodeEntries.find((candidate) => candidate.code === code)
    ?? ShopErrorCodeEntries.find((candidate) => candidate.code === code);
  if (entry === undefined) {
    return undefined;
  }
  const names: string = entry.names.join(", ");
  const clientOnly: boolean = entry.clientOnly;
  return `${entry.name} (${entry.category}; ${names}; ${clientOnly}): ${entry.description}`;
}

// @ts-expect-error the entries are read-only.
ErrorCodeEntries.push(ErrorCodeEntries[0]);

export const used = [asNumber, notACode, noSuchName, invalidKeys, notLiveQuery, coins, item, describe(101)];
"#;

#[test]
fn the_modules_pass_tsc_strict_with_their_types_as_narrow_as_the_tables() {
    let compiler = installed_typescript();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("typescript-export");
    // A fresh directory: no file of an earlier run takes part.
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("the earlier run's directory can be removed");
    }
    std::fs::create_dir_all(&dir).expect("a directory for the modules");
    let mut files = Vec::new();
    for (table, module) in [
        (ErrorCode::NAME, typescript::<ErrorCode>()),
        (LiveQueryCode::NAME, typescript::<LiveQueryCode>()),
        (ShopErrorCode::NAME, typescript::<ShopErrorCode>()),
        ("user", USER.to_owned()),
    ] {
        let path = dir.join(format!("{table}.ts"));
        std::fs::write(&path, module).expect("the module is written");
        files.push(path);
    }
    let output = tsc(compiler, &files);
    assert!(
        output.status.success(),
        "tsc --strict rejected the modules in {} ({}):\n{}\n{}",
        dir.display(),
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn tsc_rejects_a_use_of_a_name_the_table_lacks() {
    // The check above would pass on a compiler that checks nothing.
    let compiler = installed_typescript();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("typescript-export-rejected");
    std::fs::create_dir_all(&dir).expect("a directory for the modules");
    let module = dir.join("LiveQueryCode.ts");
    std::fs::write(&module, typescript::<LiveQueryCode>()).expect("the module is written");
    let user = dir.join("user.ts");
    std::fs::write(
        &user,
        "import { LiveQueryCode } from \"./LiveQueryCode.js\";\n\
         export const code: LiveQueryCode = LiveQueryCode.ObjectNotFound;\n",
    )
    .expect("the user's file is written");
    let output = tsc(compiler, &[module, user]);
    assert!(
        !output.status.success(),
        "tsc accepted a name the table lacks"
    );
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(report.contains("ObjectNotFound"), "{report}");
}

/// `tests/typescript/`, with the pinned compiler installed: once, as the
/// tests run at the same time and two `npm ci` in one folder would collide.
fn installed_typescript() -> &'static Path {
    static INSTALLED: OnceLock<PathBuf> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/typescript");
        install_typescript(&dir);
        dir
    })
}

/// `tsc --strict --noEmit` on `files`, as ES modules.
fn tsc(compiler: &Path, files: &[PathBuf]) -> Output {
    Command::new("node")
        .arg(compiler.join("node_modules/typescript/bin/tsc"))
        .args([
            "--strict",
            "--noEmit",
            "--target",
            "es2022",
            "--module",
            "nodenext",
            "--moduleResolution",
            "nodenext",
        ])
        .args(files)
        .output()
        .unwrap_or_else(|error| panic!("cannot start node: {error}; this test needs node on PATH"))
}

/// The version of `typescript` that `package.json` pins.
fn pinned_version(dir: &Path) -> String {
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("package.json")).expect("typescript/package.json"),
    )
    .expect("package.json is JSON");
    manifest["dependencies"]["typescript"]
        .as_str()
        .expect("package.json pins typescript")
        .to_owned()
}

/// The version of `typescript` in `node_modules`, if it is installed.
fn installed_version(dir: &Path) -> Option<String> {
    let manifest =
        std::fs::read_to_string(dir.join("node_modules/typescript/package.json")).ok()?;
    let manifest: Value = serde_json::from_str(&manifest).ok()?;
    manifest["version"].as_str().map(str::to_owned)
}

/// `npm ci` in `typescript/` unless the pinned compiler is there already.
fn install_typescript(dir: &Path) {
    let pinned = pinned_version(dir);
    if installed_version(dir).as_deref() == Some(pinned.as_str()) {
        return;
    }
    let output = Command::new("npm")
        .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| panic!("cannot start npm: {error}; this test needs npm on PATH"));
    assert!(
        output.status.success(),
        "npm ci in tests/typescript failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        installed_version(dir).as_deref(),
        Some(pinned.as_str()),
        "npm ci did not install typescript {pinned}"
    );
}
