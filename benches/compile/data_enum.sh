#!/usr/bin/env bash
# Compile time of an error enum whose variants carry data: ROWS variants (200
# by default) through `#[parse_errors]` against the same enum through
# thiserror's derive (`benches/src/generate.rs`: `data_parse_errors`,
# `data_thiserror`), the crate alone (its dependencies built), checked
# (`cargo check`) and debug-built (`cargo build`), as medians of REPEATS
# builds taken in one run, in alternation, so a slower moment of the machine
# falls on both alike.
#
# Usage, from the repository root:  bash benches/compile/data_enum.sh [REPEATS]
# ROWS=1000 sets the size. Prints a Markdown table of medians (seconds) and ratios.
set -euo pipefail

repeats=${1:-5}
rows=${ROWS:-200}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${COMPILE_BENCH_WORK:-$(mktemp -d)}
trap 'rm -rf "$work"' EXIT

cargo build -q --release --manifest-path "$root/benches/Cargo.toml" --bin generate_tables
generate="$root/benches/target/release/generate_tables"

# Writes crate $1 with the dependencies $2 holding the enum of style $3, and
# builds its dependencies, checked and debug-built, so no measured build waits on them.
write_crate() {
  local dir=$work/$1
  mkdir -p "$dir/src"
  printf '[package]\nname = "table"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n%s\n\n[workspace]\n' "$2" > "$dir/Cargo.toml"
  "$generate" "$3" "$rows" > "$dir/src/lib.rs"
  (cd "$dir" && { cargo generate-lockfile -q --offline 2>/dev/null || cargo generate-lockfile -q; } && cargo fetch -q)
  cargo check -q --offline --manifest-path "$dir/Cargo.toml"
  cargo build -q --offline --manifest-path "$dir/Cargo.toml"
}

# shellcheck source=timing.sh
. "$root/benches/compile/timing.sh"

once() { # one build of crate $1 alone, with cargo's command $2 (check | build)
  local dir=$work/$1
  cargo clean -q --offline --manifest-path "$dir/Cargo.toml" -p table
  seconds cargo "$2" --offline --manifest-path "$dir/Cargo.toml"
}

ratio() { echo "scale=2; $1 / $2" | bc; }

write_crate parse_errors "parse-errors = { path = \"$root/parse-errors\", features = [\"macros\"] }" data_parse_errors
write_crate thiserror 'thiserror = "2"' data_thiserror

declare -A times
for ((i = 0; i < repeats; i++)); do
  for command in check build; do
    for name in parse_errors thiserror; do
      times[$name-$command]+="$(once "$name" "$command") "
    done
  done
done

echo "| $rows-variant error enum, the crate alone | parse_errors (s) | thiserror (s) | parse_errors / thiserror |"
echo "|---|---|---|---|"
for command in check build; do
  p=$(echo "${times[parse_errors-$command]}" | median)
  t=$(echo "${times[thiserror-$command]}" | median)
  echo "| \`cargo $command\` | $p | $t | $(ratio "$p" "$t") |"
done
