#!/usr/bin/env bash
# What a user pays for a library's table shipped pre-expanded ("Shipping a
# table without the macro" in the README): a crate whose only table is
# `src/errors_gen.rs`, the expansion by `parse_errors_codegen::file` of the
# table in `src/errors.rs`, on parse-errors with default features, against
# the same table hand-written (one `match` per accessor, no dependency), and
# a crate using `ErrorCode` for reference. Clean builds with all
# dependencies, debug profile, offline, without incremental compilation (as
# cargo builds a registry crate), as medians of REPEATS, in alternation (one
# build of each crate per round), as `run.sh` measures its clients.
#
# Usage, from the repository root:  bash benches/compile/pre_expanded.sh [REPEATS]
# TABLES="official 60 1000" sets the tables (default: official, the official
# list's 89 codes as a user's table; a number is a synthetic table of that
# many rows). Prints a Markdown table of medians (seconds) and ratios; the
# last columns are the table crate alone, its dependencies built, which is
# the table's own share of the clean build.
set -euo pipefail

repeats=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${COMPILE_BENCH_WORK:-$(mktemp -d)}
trap 'rm -rf "$work"' EXIT

cargo build -q --release --manifest-path "$root/benches/Cargo.toml" --bin generate_tables
generate="$root/benches/target/release/generate_tables"

# The expansion of a table file, as the user's staleness test writes it.
mkdir -p "$work/expander/src"
printf '[package]\nname = "expander"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\nparse-errors-codegen = { path = "%s/parse-errors-codegen", features = ["file"] }\n\n[workspace]\n' \
  "$root" > "$work/expander/Cargo.toml"
cat > "$work/expander/src/main.rs" <<'RUST'
use std::io::Read;

fn main() {
    let mut table = String::new();
    std::io::stdin().read_to_string(&mut table).expect("a table on stdin");
    match parse_errors_codegen::file::expand_file(&table, "src/errors.rs", "PARSE_ERRORS_BLESS=1 cargo test") {
        Ok(expansion) => print!("{expansion}"),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}
RUST
cargo build -q --release --manifest-path "$work/expander/Cargo.toml"
expand="$work/expander/target/release/expander"

# Writes crate $1 with the dependencies $2 and the source $3, and resolves and
# downloads them once, so that no measured build waits on the registry.
write_crate() {
  local dir=$work/$1
  mkdir -p "$dir/src"
  printf '[package]\nname = "table"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n%s\n\n[workspace]\n' "$2" > "$dir/Cargo.toml"
  printf '%s\n' "$3" > "$dir/src/lib.rs"
  (cd "$dir" && { cargo generate-lockfile -q --offline 2>/dev/null || cargo generate-lockfile -q; } && cargo fetch -q)
}

# The crate of the recipe: the table beside its expansion, which lib.rs compiles.
pre_expanded_crate() { # $1 crate, $2 rows
  write_crate "$1" "parse-errors = { path = \"$root/parse-errors\" }" \
    $'#[path = "errors_gen.rs"]\nmod errors;\npub use errors::*;'
  "$generate" parse_errors "$2" > "$work/$1/src/errors.rs"
  "$expand" < "$work/$1/src/errors.rs" > "$work/$1/src/errors_gen.rs"
}

# shellcheck source=timing.sh
. "$root/benches/compile/timing.sh"

once() { # one clean build of crate $1, with all its dependencies
  local dir=$work/$1
  rm -rf "$dir/target"
  CARGO_INCREMENTAL=0 seconds cargo build --offline --manifest-path "$dir/Cargo.toml"
}

alone() { # one build of crate $1 alone, its dependencies built (by `once`)
  local dir=$work/$1
  cargo clean -q --offline --manifest-path "$dir/Cargo.toml" -p table
  CARGO_INCREMENTAL=0 seconds cargo build --offline --manifest-path "$dir/Cargo.toml"
}

ratio() { echo "scale=2; $1 / $2" | bc; }

write_crate default "parse-errors = { path = \"$root/parse-errors\" }" "pub use parse_errors::ErrorCode as Table;"
echo "| table | pre-expanded (s) | hand-written (s) | pre-expanded / hand | parse-errors using \`ErrorCode\` (s) | that / hand | the table crate alone: pre-expanded (s) | hand (s) | ratio |"
echo "|---|---|---|---|---|---|---|---|---|"
for rows in ${TABLES:-official}; do
  pre_expanded_crate "pre-$rows" "$rows"
  write_crate "hand-$rows" "" "$("$generate" hand "$rows")"
  # A build that fails would be timed as a fast one: each must build first.
  for name in "pre-$rows" "hand-$rows" default; do
    cargo build -q --offline --manifest-path "$work/$name/Cargo.toml"
  done
  declare -A times=()
  for ((i = 0; i < repeats; i++)); do
    for name in "pre-$rows" "hand-$rows" default; do times[$name]+="$(once "$name") "; done
    for name in "pre-$rows" "hand-$rows"; do times[alone-$name]+="$(alone "$name") "; done
  done
  pre=$(echo "${times[pre-$rows]}" | median)
  hand=$(echo "${times[hand-$rows]}" | median)
  default=$(echo "${times[default]}" | median)
  pre_alone=$(echo "${times[alone-pre-$rows]}" | median)
  hand_alone=$(echo "${times[alone-hand-$rows]}" | median)
  echo "| $rows | $pre | $hand | $(ratio "$pre" "$hand") | $default | $(ratio "$default" "$hand") | $pre_alone | $hand_alone | $(ratio "$pre_alone" "$hand_alone") |"
  unset times
done
