#!/usr/bin/env bash
# Compile time of an error enum whose variants carry data: ROWS variants (200
# by default) through `#[parse_errors]`, without `extends` and extending
# `parse_errors::ErrorCode`, against the same enum through thiserror's derive
# (`benches/src/generate.rs`: `data_parse_errors`, `data_thiserror`), the
# crate alone (its dependencies built), checked (`cargo check`) and
# debug-built (`cargo build`), as medians of REPEATS builds taken in one run,
# in alternation (each round builds every crate once), so a slower moment of
# the machine falls on all of them alike.
#
# Usage, from the repository root:  bash benches/compile/data_enum.sh [REPEATS]
# ROWS=1000 sets the size. BASELINE=/path/to/another/checkout adds the same two
# `#[parse_errors]` enums built against that checkout's parse-errors, in the
# same rounds (before/after). Prints a Markdown table of medians (seconds),
# ratios to thiserror and the spread of each crate's builds ((max - min) /
# median), the noise the ratios carry.
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

ratio() { printf '%.2f' "$(echo "scale=4; $1 / $2" | bc)"; }

# (max - min) / median of the numbers on stdin, in percent.
spread() { tr ' ' '\n' | sort -n | awk 'NF { a[++n] = $1 } END { printf "%.0f%%", 100 * (a[n] - a[1]) / a[int((n + 1) / 2)] }'; }

macros() { echo "parse-errors = { path = \"$1/parse-errors\", features = [\"macros\"] }"; }
write_crate thiserror 'thiserror = "2"' data_thiserror
write_crate parse_errors "$(macros "$root")" data_parse_errors
write_crate parse_errors_extends "$(macros "$root")" data_parse_errors_extends
names=(thiserror parse_errors parse_errors_extends)
declare -A label=(
  [thiserror]="thiserror's derive"
  [parse_errors]="\`#[parse_errors]\`"
  [parse_errors_extends]="\`#[parse_errors(extends = ErrorCode)]\`"
)
if [[ -n ${BASELINE:-} ]]; then
  base=$(git -C "$BASELINE" rev-parse --short HEAD 2> /dev/null || echo baseline)
  write_crate parse_errors_base "$(macros "$BASELINE")" data_parse_errors_base
  write_crate parse_errors_extends_base "$(macros "$BASELINE")" data_parse_errors_extends_base
  names+=(parse_errors_base parse_errors_extends_base)
  label[parse_errors_base]="\`#[parse_errors]\` at $base"
  label[parse_errors_extends_base]="\`#[parse_errors(extends = ErrorCode)]\` at $base"
fi

declare -A times
for ((i = 0; i < repeats; i++)); do
  for command in check build; do
    for name in "${names[@]}"; do
      times[$name-$command]+="$(once "$name" "$command") "
    done
  done
done

echo "| $rows-variant error enum, the crate alone | \`cargo check\` (s) | / thiserror | spread | \`cargo build\` (s) | / thiserror | spread |"
echo "|---|---|---|---|---|---|---|"
for name in "${names[@]}"; do
  line="| ${label[$name]} |"
  for command in check build; do
    m=$(echo "${times[$name-$command]}" | median)
    t=$(echo "${times[thiserror-$command]}" | median)
    line+=" $(printf '%.2f' "$m") | $(ratio "$m" "$t") | $(echo "${times[$name-$command]}" | spread) |"
  done
  echo "$line"
done
