#!/usr/bin/env bash
# What an application pays for `#[parse_errors]`: an axum server (tokio,
# serde, clap) whose error enum has 60 variants carrying data, the same
# application written twice, the enum through thiserror's derive
# (`data_thiserror` of `benches/src/generate.rs`) or through `#[parse_errors]`
# (`data_parse_errors`); the rest of the source is the same. Each round builds
# every application once from clean (`cargo build --timings`, debug, without
# incremental compilation, as cargo builds a registry's crates), in turn, so a
# slower moment of the machine falls on all of them alike.
#
# It reports, as medians of REPEATS rounds: the compile time of the units that
# differ (from cargo's timings: parse-errors-macros, parse-errors-codegen,
# parse-errors, darling and its crates, thiserror-impl, thiserror, syn, whose
# features darling widens), the whole build's wall time, and its CPU time
# (user + system of cargo and every rustc it ran), each with its ratio to the
# thiserror application and the spread of its builds ((max - min) / median).
#
# Usage, from the repository root:  bash benches/compile/axum_app.sh [REPEATS]
# BASELINE=/path/to/another/checkout adds the `#[parse_errors]` application
# built against that checkout's parse-errors, in the same rounds. The
# applications are written under a temporary directory (COMPILE_BENCH_WORK
# sets another); the registry is read once to resolve and fetch, every build
# is offline.
set -euo pipefail

repeats=${1:-3}
rows=${ROWS:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${COMPILE_BENCH_WORK:-$(mktemp -d)}
trap 'rm -rf "$work"' EXIT

cargo build -q --release --manifest-path "$root/benches/Cargo.toml" --bin generate_tables
generate="$root/benches/target/release/generate_tables"

app_deps='axum = "0.8"
clap = { version = "4", features = ["derive"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["macros", "net", "rt-multi-thread"] }'

# The application around the error enum `Table` of `src/error.rs`: a route
# that fails with one of its variants, the enum as an axum response, clap for
# the address to listen on.
app_main='mod error;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use clap::Parser;
use serde::{Deserialize, Serialize};

/// Serves items over HTTP.
#[derive(Parser)]
struct Args {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:3000")]
    listen: String,
}

#[derive(Serialize, Deserialize)]
struct Item {
    id: u32,
    name: String,
}

#[derive(Serialize)]
struct ErrorBody {
    error: String,
}

impl IntoResponse for error::Table {
    fn into_response(self) -> Response {
        let body = ErrorBody { error: self.to_string() };
        (StatusCode::BAD_REQUEST, Json(body)).into_response()
    }
}

async fn item(Path(id): Path<u32>) -> Result<Json<Item>, error::Table> {
    if id == 0 {
        return Err(error::Table::Error1(id.to_string()));
    }
    Ok(Json(Item { id, name: format!("item {id}") }))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let app = Router::new().route("/items/{id}", get(item));
    let listener = tokio::net::TcpListener::bind(&args.listen).await?;
    axum::serve(listener, app).await
}'

# Writes application $1 with the error crate's dependency $2 and the enum of
# style $3, resolves and downloads its dependencies once.
write_app() {
  local dir=$work/$1
  mkdir -p "$dir/src"
  printf '[package]\nname = "app"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n%s\n%s\n\n[workspace]\n' \
    "$app_deps" "$2" > "$dir/Cargo.toml"
  printf '%s\n' "$app_main" > "$dir/src/main.rs"
  "$generate" "$3" "$rows" > "$dir/src/error.rs"
  (cd "$dir" && { cargo generate-lockfile -q --offline 2>/dev/null || cargo generate-lockfile -q; } && cargo fetch -q)
}

# shellcheck source=timing.sh
. "$root/benches/compile/timing.sh"

# The units of cargo's timings report worth naming, each a crate's library
# (its build script, where it has one, is not counted).
units=(parse-errors-macros parse-errors-codegen parse-errors darling_core darling_macro darling
  ident_case strsim thiserror-impl thiserror syn)

# Every rustc of a build runs under this wrapper, which appends the crate's
# name and the CPU seconds (user + system) that rustc took to $RUSTC_CPU_LOG:
# a unit's CPU time moves less than its wall time when other builds share the
# cores.
cat > "$work/rustc-cpu.sh" <<'WRAPPER'
#!/usr/bin/env bash
name=unknown
for ((i = 1; i < $#; i++)); do [[ ${!i} == --crate-name ]] && { j=$((i + 1)); name=${!j}; }; done
exec /usr/bin/time -f "cpu $name %U %S" -a -o "$RUSTC_CPU_LOG" "$@"
WRAPPER
chmod +x "$work/rustc-cpu.sh"

# One clean build of application $1: appends its wall and CPU seconds to the
# arrays `wall` and `cpu`, and each unit's seconds to `unit` (its wall time in
# cargo's timings) and `unit_cpu` (its rustc's CPU time), keyed "$1 unit".
once() {
  local dir=$work/$1 report line name seconds
  rm -rf "$dir/target"
  mkdir -p "$dir/target"
  local TIMEFORMAT='%R %U %S'
  line=$( { time RUSTC_CPU_LOG="$dir/target/rustc-cpu.log" RUSTC_WRAPPER="$work/rustc-cpu.sh" \
    CARGO_INCREMENTAL=0 cargo build --offline --timings \
    --manifest-path "$dir/Cargo.toml" > /dev/null 2>&1; } 2>&1)
  read -r r u s <<< "$line"
  wall[$1]+="$r "
  cpu[$1]+="$(echo "$u + $s" | bc) "
  report=$(ls "$dir"/target/cargo-timings/cargo-timing-*.html | head -1)
  # cargo writes each unit's name, target and duration into the report's
  # UNIT_DATA; the units of one name (two versions of a crate) are summed.
  while read -r name seconds; do
    unit[$1 $name]+="$seconds "
  done < <(python3 - "$report" <<'PY'
import collections, json, re, sys
html = open(sys.argv[1]).read()
data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
seconds = collections.Counter()
for u in data:
    if u["target"].strip() in ("", "(proc-macro)"):
        seconds[u["name"]] += u["duration"]
for name, total in seconds.items():
    print(name.replace("-", "_"), round(total, 3))
PY
)
  while read -r name seconds; do
    unit_cpu[$1 $name]+="$seconds "
  done < <(awk '$1 == "cpu" { t[$2] += $3 + $4 } END { for (n in t) print n, t[n] }' \
    "$dir/target/rustc-cpu.log")
}

ratio() { printf '%.2f' "$(echo "scale=4; $1 / $2" | bc)"; }
spread() { tr ' ' '\n' | sort -n | awk 'NF { a[++n] = $1 } END { printf "%.0f%%", 100 * (a[n] - a[1]) / a[int((n + 1) / 2)] }'; }

write_app thiserror 'thiserror = "2"' data_thiserror
write_app parse_errors "parse-errors = { path = \"$root/parse-errors\", features = [\"macros\"] }" data_parse_errors
apps=(thiserror parse_errors)
declare -A label=([thiserror]="thiserror" [parse_errors]="\`#[parse_errors]\`")
if [[ -n ${BASELINE:-} ]]; then
  write_app parse_errors_base "parse-errors = { path = \"$BASELINE/parse-errors\", features = [\"macros\"] }" data_parse_errors_base
  apps+=(parse_errors_base)
  label[parse_errors_base]="\`#[parse_errors]\` at $(git -C "$BASELINE" rev-parse --short HEAD 2> /dev/null || echo baseline)"
fi

declare -A wall cpu unit unit_cpu
for ((i = 0; i < repeats; i++)); do
  for app in "${apps[@]}"; do once "$app"; done
done

header="| application, $rows-variant error enum, clean debug build |" rule="|---|"
for app in "${apps[@]}"; do header+=" ${label[$app]} (s) |"; rule+="---|"; done
for app in "${apps[@]}"; do [[ $app == thiserror ]] || { header+=" ${label[$app]} / thiserror |"; rule+="---|"; }; done
echo "$header"
echo "$rule"
row() { # $1 the label, then one string of times per application ("" if none)
  local what=$1 app line k medians=()
  shift
  line="| $what |"
  for app in "${apps[@]}"; do
    if [[ -n $1 ]]; then
      medians+=("$(echo "$1" | median)")
      line+=" $(printf '%.2f' "${medians[-1]}") ($(echo "$1" | spread)) |"
    else
      medians+=("")
      line+=" - |"
    fi
    shift
  done
  for ((k = 1; k < ${#apps[@]}; k++)); do
    if [[ -n ${medians[0]} && -n ${medians[k]} ]]; then
      line+=" $(ratio "${medians[k]}" "${medians[0]}") |"
    else
      line+=" - |"
    fi
  done
  echo "$line"
}
args=()
for app in "${apps[@]}"; do args+=("${wall[$app]}"); done
row "whole build, wall" "${args[@]}"
args=()
for app in "${apps[@]}"; do args+=("${cpu[$app]}"); done
row "whole build, CPU (user + system)" "${args[@]}"

# The macro's own cost: its proc-macro crate plus the pipeline library, build
# by build (a checkout without the library counts the proc-macro crate alone).
# $1 is the array of a measure (unit or unit_cpu), $2 the application.
macro_sum() {
  local -n measure=$1
  local k sums="" m c
  read -r -a m <<< "${measure[$2 parse_errors_macros]:-}"
  read -r -a c <<< "${measure[$2 parse_errors_codegen]:-}"
  for ((k = 0; k < ${#m[@]}; k++)); do sums+="$(echo "${m[k]} + ${c[k]:-0}" | bc) "; done
  echo "$sums"
}

for measure in unit unit_cpu; do
  [[ $measure == unit ]] && what="wall, from cargo's timings" || what="rustc's CPU"
  declare -n values=$measure
  for name in "${units[@]}"; do
    args=()
    for app in "${apps[@]}"; do args+=("${values[$app ${name//-/_}]:-}"); done
    row "\`$name\`, $what" "${args[@]}"
  done
  args=()
  for app in "${apps[@]}"; do args+=("$(macro_sum "$measure" "$app")"); done
  row "\`parse-errors-macros\` + \`parse-errors-codegen\`, $what" "${args[@]}"
  unset -n values
done

echo
echo "| the macro against \`thiserror-impl\` (medians) | wall, from cargo's timings | rustc's CPU |"
echo "|---|---|---|"
for app in "${apps[@]}"; do
  [[ $app == thiserror ]] && continue
  line="| ${label[$app]}: \`parse-errors-macros\` |"
  sum_line="| ${label[$app]}: \`parse-errors-macros\` + \`parse-errors-codegen\` |"
  for measure in unit unit_cpu; do
    declare -n values=$measure
    impl=$(echo "${values[thiserror thiserror_impl]}" | median)
    line+=" $(ratio "$(echo "${values[$app parse_errors_macros]}" | median)" "$impl") |"
    sum_line+=" $(ratio "$(macro_sum "$measure" "$app" | median)" "$impl") |"
    unset -n values
  done
  echo "$line"
  echo "$sum_line"
done
