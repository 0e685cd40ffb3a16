#!/usr/bin/env bash
# Builds every fuzz target and runs each for SECONDS, one after the other:
#   fuzz/run.sh SECONDS [TARGET...]
# First it replays the inputs that once failed (fuzz/regressions/<target>/),
# then fuzzes from fuzz/corpus/<target>/ (made by seed.sh, grown by the run).
# It prints, per target, the executions and the coverage gained, and exits
# non-zero when any target crashed; the crashing input is in
# fuzz/artifacts/<target>/ and the run's log in fuzz/logs/<target>.log.
#
# Environment:
#   FUZZ_SANITIZER  address (default) or none, as `cargo fuzz --sanitizer`;
#                   `none` is still coverage-guided, only without ASan.
#
# cargo fuzz builds with flags only a nightly compiler takes (-Zsanitizer,
# -Cllvm-args for the coverage instrumentation). The project pins stable, so
# the script sets RUSTC_BOOTSTRAP=1, which lets a stable compiler take them.
# It is for this build only: nothing else of the project needs it.
set -euo pipefail
cd "$(dirname "$0")"

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift
sanitizer=${FUZZ_SANITIZER:-address}
export RUSTC_BOOTSTRAP=1

all_targets=$(nice -n 19 cargo fuzz list)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  read -r -a targets <<< "$(echo $all_targets)"
fi

./seed.sh
nice -n 19 cargo fuzz build --sanitizer "$sanitizer"
triple=$(rustc -vV | sed -n 's/^host: //p')
bin_dir="$PWD/target/$triple/release"

mkdir -p logs
failed=()
summary=()
for target in "${targets[@]}"; do
  case $target in
    names) dict=() ;;
    macro_pipeline) dict=(-dict=dicts/macro.dict) ;;
    *) dict=(-dict=dicts/json.dict) ;;
  esac
  mkdir -p "artifacts/$target" "corpus/$target"

  regressions=(regressions/"$target"/*)
  if [ -e "${regressions[0]}" ]; then
    echo "==> $target: replaying ${#regressions[@]} regression inputs"
    if ! nice -n 19 "$bin_dir/$target" "${regressions[@]}" > "logs/$target.regressions.log" 2>&1; then
      echo "$target fails on a regression input: logs/$target.regressions.log" >&2
      failed+=("$target (regression)")
      continue
    fi
  fi

  echo "==> $target: fuzzing for ${seconds}s"
  log="logs/$target.log"
  status=0
  started=$SECONDS
  # One fuzzing process (-jobs=1 -workers=1): libFuzzer writes its output to
  # fuzz-0.log in the working directory, here logs/.
  (cd logs && nice -n 19 "$bin_dir/$target" "../corpus/$target" \
      -max_total_time="$seconds" -jobs=1 -workers=1 -timeout=25 \
      -artifact_prefix="../artifacts/$target/" -print_final_stats=1 \
      "${dict[@]/#-dict=/-dict=../}" > /dev/null 2>&1) || status=$?
  mv logs/fuzz-0.log "$log"
  elapsed=$((SECONDS - started))

  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  new_units=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -1)
  cov_start=$(grep -m1 -o 'INITED cov: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  cov_end=$(grep -o ' cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  line="$target: ${executions:-?} executions in ${elapsed}s, coverage ${cov_start:-?} -> ${cov_end:-?} edges, ${new_units:-?} new inputs"
  if [ "$status" -ne 0 ]; then
    line="$line, FAILED (exit $status; see $log and artifacts/$target/)"
    failed+=("$target")
  fi
  echo "$line"
  summary+=("$line")
done

echo
echo "==> summary (sanitizer: $sanitizer)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi
