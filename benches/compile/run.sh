#!/usr/bin/env bash
# Compile-time measurements of a table crate in three styles, in one run:
#   parse_errors  the table as `#[parse_errors]` reads it
#   hand          hand-written impls, one `match` per accessor
#   derive        thiserror + strum + num_enum derives
# for the official list and for synthetic tables of 60, 1,000 and 10,000 rows.
#
# Usage, from the repository root:  bash benches/compile/run.sh [REPEATS]
# SIZES="60 1000" limits the synthetic tables (default: 60 1000 10000; the
# 10,000-row builds take about ten minutes on two cores).
# Prints a Markdown table of medians (seconds) and ratios to stdout.
set -euo pipefail

repeats=${1:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${COMPILE_BENCH_WORK:-$(mktemp -d)}
trap 'rm -rf "$work"' EXIT

cargo build -q --release --manifest-path "$root/benches/Cargo.toml" --bin generate_tables
generate="$root/benches/target/release/generate_tables"

# Writes crate $1 of style $2 with $3 rows (a number, or "official").
make_crate() {
  local dir=$work/$1 style=$2 rows=$3 deps
  mkdir -p "$dir/src"
  case $style in
    parse_errors | uses_parse_errors) deps="parse-errors = { path = \"$root/parse-errors\" }" ;;
    hand) deps="" ;;
    derive) deps=$'thiserror = "2"\nstrum = { version = "0.27", features = ["derive"] }\nnum_enum = { version = "0.7", default-features = false }' ;;
  esac
  printf '[package]\nname = "table"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n%s\n\n[workspace]\n' "$deps" > "$dir/Cargo.toml"
  "$generate" "$style" "$rows" > "$dir/src/lib.rs"
  # Resolve once, so no measured build waits on the registry index.
  (cd "$dir" && cargo generate-lockfile -q --offline 2>/dev/null || cargo generate-lockfile -q)
}

seconds() { # runs "$@", prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() { # crate dir, kind: clean | crate | incremental
  local dir=$work/$1 kind=$2 times=() i
  for ((i = 0; i < repeats; i++)); do
    case $kind in
      clean) rm -rf "$dir/target"; times+=("$(seconds cargo build --offline --manifest-path "$dir/Cargo.toml")") ;;
      crate)
        cargo build -q --offline --manifest-path "$dir/Cargo.toml"
        cargo clean -q --offline --manifest-path "$dir/Cargo.toml" -p table
        times+=("$(seconds cargo build --offline --manifest-path "$dir/Cargo.toml")") ;;
      incremental)
        cargo build -q --offline --manifest-path "$dir/Cargo.toml"
        # Edit the table: one more word in the first description.
        sed -i "0,/happened\\./s//happened again./; 0,/\\. Check/s//. Then check/" "$dir/src/lib.rs"
        times+=("$(seconds cargo build --offline --manifest-path "$dir/Cargo.toml")") ;;
    esac
  done
  printf '%s\n' "${times[@]}" | median
}

ratio() { echo "scale=2; $1 / $2" | bc; }

echo "| measurement | parse_errors (s) | hand-written (s) | derive stack (s) | parse_errors / hand | parse_errors / derive |"
echo "|---|---|---|---|---|---|"

make_crate official-parse_errors uses_parse_errors official
make_crate official-hand hand official
make_crate official-derive derive official
p=$(measure official-parse_errors clean); h=$(measure official-hand clean); d=$(measure official-derive clean)
echo "| official list, clean build with all dependencies | $p | $h | $d | $(ratio "$p" "$h") | $(ratio "$p" "$d") |"

for rows in ${SIZES:-60 1000 10000}; do
  for style in parse_errors hand derive; do make_crate "$rows-$style" "$style" "$rows"; done
  for kind in crate incremental; do
    p=$(measure "$rows-parse_errors" "$kind"); h=$(measure "$rows-hand" "$kind"); d=$(measure "$rows-derive" "$kind")
    case $kind in
      crate) what="$rows rows, the table crate alone (dependencies built)" ;;
      incremental) what="$rows rows, rebuild after editing a description" ;;
    esac
    echo "| $what | $p | $h | $d | $(ratio "$p" "$h") | $(ratio "$p" "$d") |"
  done
done
