#!/usr/bin/env bash
# Compile-time measurements, in one run, debug profile, offline, as medians of
# REPEATS. Every comparison is between crates measured in the same run, in
# alternation (one build of each crate per round), so a slower moment of the
# machine falls on all of them alike.
#
# 1. What a client pays: a crate with one dependency, built clean with all of
#    it, for
#      default   parse-errors, default features, using `ErrorCode`
#      serde     parse-errors with `serde`, decoding a body
#      http      the `http` crate 1.x alone, using `StatusCode`
#      json      `serde_json` alone, decoding a body
#      derive    the official table with thiserror + strum + num_enum
#      hand      the official table hand-written, no dependency
#      macros60  an own 60-row table through parse-errors' `macros` feature
#      derive60  the same 60 rows with thiserror + strum + num_enum
#    and an axum application (tokio, serde, clap) whose 60-variant error enum
#    carries data, with thiserror and with `#[parse_errors]`: `axum_app.sh`,
#    with the same REPEATS (and BASELINE, if set).
# 2. The table crate alone (dependencies built) and a rebuild after editing a
#    description, for synthetic tables of SIZES rows in STYLES:
#      parse_errors       `#[parse_errors]`
#      hand               hand-written, one `match` per accessor
#      derive             the derive stack
#      mistake            `#[parse_errors]` with one mistake (the stand-in path;
#                         its builds fail, and are timed until they do)
#      parse_errors_base  `#[parse_errors]` of another checkout of the
#                         repository, BASELINE=/path/to/its/root (before/after)
#    and KINDS of measurement:
#      check        `cargo check` of the table crate alone
#      crate        `cargo build` of the table crate alone
#      incremental  a rebuild after editing a description
#
# Usage, from the repository root:  bash benches/compile/run.sh [REPEATS]
# SIZES="60 1000 10000" sets the synthetic tables (default: 60 1000; the
# 10,000-row builds take minutes on two cores), STYLES (default:
# "parse_errors hand derive") and KINDS (default: "crate incremental") what
# section 2 measures; TABLES_ONLY=1 skips section 1, the axum application
# included. Ratios are to `hand`.
# Prints Markdown tables of medians (seconds) and ratios to stdout.
set -euo pipefail

repeats=${1:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${COMPILE_BENCH_WORK:-$(mktemp -d)}
trap 'rm -rf "$work"' EXIT

cargo build -q --release --manifest-path "$root/benches/Cargo.toml" --bin generate_tables
generate="$root/benches/target/release/generate_tables"

derive_deps=$'thiserror = "2"\nstrum = { version = "0.27", features = ["derive"] }\nnum_enum = { version = "0.7", default-features = false }'
decode_json='pub fn decode(body: &[u8]) -> Option<i64> { serde_json::from_slice::<serde_json::Value>(body).ok()?.get("code")?.as_i64() }'
decode_parse='pub fn decode(body: &[u8]) -> Option<i32> { parse_errors::ParseError::from_response(400, body).code() }'

# Writes crate $1 with the dependencies $2 and the source $3, and resolves and
# downloads them once, so that no measured build waits on the registry.
write_crate() {
  local dir=$work/$1
  mkdir -p "$dir/src"
  printf '[package]\nname = "table"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n%s\n\n[workspace]\n' "$2" > "$dir/Cargo.toml"
  printf '%s\n' "$3" > "$dir/src/lib.rs"
  (cd "$dir" && { cargo generate-lockfile -q --offline 2>/dev/null || cargo generate-lockfile -q; } && cargo fetch -q)
}

# Writes crate $1 holding a table of style $2 with $3 rows (a number, or "official").
table_crate() {
  local deps
  case $2 in
    parse_errors | mistake) deps="parse-errors = { path = \"$root/parse-errors\", features = [\"macros\"] }" ;;
    parse_errors_base) deps="parse-errors = { path = \"${BASELINE:?BASELINE=/path/to/another/checkout}/parse-errors\", features = [\"macros\"] }" ;;
    hand) deps="" ;;
    derive) deps=$derive_deps ;;
  esac
  write_crate "$1" "$deps" "$("$generate" "$2" "$3")"
}

# shellcheck source=timing.sh
. "$root/benches/compile/timing.sh"

# Builds the dependencies of crate $1 with `cargo $2`, once: with an empty
# table in place of the real one, which would take as long as the measurement.
dependencies() {
  local dir=$work/$1
  [[ -e $dir/.dependencies-$2 ]] && return
  mv "$dir/src/lib.rs" "$dir/src/lib.rs.table"
  : > "$dir/src/lib.rs"
  cargo "$2" -q --offline --manifest-path "$dir/Cargo.toml" > /dev/null 2>&1
  mv "$dir/src/lib.rs.table" "$dir/src/lib.rs"
  touch "$dir/.dependencies-$2"
}

once() { # one build of crate $1, of kind: clean | check | crate | incremental
  local dir=$work/$1
  case $2 in
    check)
      unset CARGO_INCREMENTAL
      dependencies "$1" check
      cargo clean -q --offline --manifest-path "$dir/Cargo.toml" -p table
      seconds cargo check --offline --manifest-path "$dir/Cargo.toml"
      return ;;
    # Without incremental compilation, as cargo builds a crate from a registry:
    # parse-errors is a path dependency here, which cargo would build
    # incrementally, at a cost a user of the published crate never pays.
    clean) rm -rf "$dir/target"; export CARGO_INCREMENTAL=0 ;;
    crate)
      unset CARGO_INCREMENTAL
      dependencies "$1" build
      cargo clean -q --offline --manifest-path "$dir/Cargo.toml" -p table ;;
    incremental)
      unset CARGO_INCREMENTAL
      cargo build -q --offline --manifest-path "$dir/Cargo.toml" > /dev/null 2>&1 || true
      # Edit the table: one more word in the first description.
      sed -i "0,/happened\\./s//happened again./; 0,/\\. Check/s//. Then check/" "$dir/src/lib.rs" ;;
  esac
  seconds cargo build --offline --manifest-path "$dir/Cargo.toml"
}

# Measures the crates "$@" with kind $kind, in alternation, and leaves their
# medians in the array `result`, keyed by crate.
declare -A result
alternate() {
  local -A times=()
  local i name
  for ((i = 0; i < repeats; i++)); do
    for name in "$@"; do times[$name]+="$(once "$name" "$kind") "; done
  done
  for name in "$@"; do result[$name]=$(echo "${times[$name]}" | median); done
}

ratio() { echo "scale=2; $1 / $2" | bc; }

if [[ -z ${TABLES_ONLY:-} ]]; then
write_crate default "parse-errors = { path = \"$root/parse-errors\" }" "pub use parse_errors::ErrorCode as Table;"
write_crate serde "parse-errors = { path = \"$root/parse-errors\", features = [\"serde\"] }" "$decode_parse"
write_crate http 'http = "1"' "pub use http::StatusCode as Table;"
write_crate json 'serde_json = "1"' "$decode_json"
table_crate derive derive official
table_crate hand hand official
table_crate macros60 parse_errors 60
table_crate derive60 derive 60

kind=clean
alternate default serde http json derive hand macros60 derive60
echo "| crate, clean build with all its dependencies | median (s) |"
echo "|---|---|"
for name in default serde http json derive hand macros60 derive60; do
  echo "| $name | ${result[$name]} |"
done
echo
echo "| goal | ratio |"
echo "|---|---|"
echo "| default / http | $(ratio "${result[default]}" "${result[http]}") |"
echo "| default / hand | $(ratio "${result[default]}" "${result[hand]}") |"
echo "| default / derive | $(ratio "${result[default]}" "${result[derive]}") |"
echo "| serde / json | $(ratio "${result[serde]}" "${result[json]}") |"
echo "| macros60 / derive60 | $(ratio "${result[macros60]}" "${result[derive60]}") |"
echo
COMPILE_BENCH_WORK=$work/axum_app bash "$root/benches/compile/axum_app.sh" "$repeats"
echo
fi

read -r -a styles <<< "${STYLES:-parse_errors hand derive}"
header="| measurement |" rule="|---|"
for style in "${styles[@]}"; do header+=" $style (s) |"; rule+="---|"; done
for style in "${styles[@]}"; do
  [[ $style == hand ]] || { header+=" $style / hand |"; rule+="---|"; }
done
echo "$header"
echo "$rule"
for rows in ${SIZES:-60 1000}; do
  crates=()
  for style in "${styles[@]}"; do table_crate "$rows-$style" "$style" "$rows"; crates+=("$rows-$style"); done
  for kind in ${KINDS:-crate incremental}; do
    alternate "${crates[@]}"
    case $kind in
      check) what="$rows rows, \`cargo check\` of the table crate alone" ;;
      crate) what="$rows rows, the table crate alone (dependencies built)" ;;
      incremental) what="$rows rows, rebuild after editing a description" ;;
    esac
    line="| $what |"
    for style in "${styles[@]}"; do line+=" ${result[$rows-$style]} |"; done
    for style in "${styles[@]}"; do
      [[ $style == hand ]] || line+=" $(ratio "${result[$rows-$style]}" "${result[$rows-hand]}") |"
    done
    echo "$line"
  done
done
