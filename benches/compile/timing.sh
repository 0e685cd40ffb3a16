# Timing helpers for the compile benchmarks, sourced by run.sh and data_enum.sh.

seconds() { # runs "$@", prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { tr ' ' '\n' | sort -n | awk 'NF { a[++n] = $1 } END { print a[int((n + 1) / 2)] }'; }
