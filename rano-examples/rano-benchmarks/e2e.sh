#!/usr/bin/env bash
# End-to-end throughput of `rano score --ndjson`, against reading the same cases without scoring
# them (`--parse-only`). Builds nothing: it expects the jar of `mvn -q -B package -DskipTests`.
#
# For each cohort (1k, 10k, 100k and 1M cases of 4 follow-ups; 100k cases of 2, 6 and 12
# follow-ups) it generates the cases into a temporary file with `rano generate`, then times, each
# in a fresh JVM with -Xmx128m and the output counted by `wc -l` (one line per case is checked):
#   java -Xmx128m -jar rano.jar score --ndjson - < cohort.ndjson
#   java -Xmx128m -jar rano.jar score --ndjson --parse-only - < cohort.ndjson
# and prints a markdown table: wall time, cases per second, and the ratio of the two throughputs.
# Wall time includes JVM start and JIT warm-up, which dominate the small cohorts.
#
# Usage: rano-examples/rano-benchmarks/e2e.sh        (from anywhere; about 10 minutes on 2 cores)
# Settings (environment): JAR (default rano-examples/rano-cli/target/rano.jar), JAVA (default java),
#   SEED (default 1), SIZES (default "1000 10000 100000 1000000"), VISITS (default "2 6 12", for
#   100k cases), INVALID_FRACTION (default 0), RUNS (default 1: runs of each mode per cohort,
#   alternating, of which the fastest is reported; use 3 on a machine shared with other work),
#   TMPDIR (where the cohorts are written; 1M cases take about 1.8 GB).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$here/../rano-cli/target/rano.jar}"
java_cmd="${JAVA:-java}"
seed="${SEED:-1}"
sizes="${SIZES:-1000 10000 100000 1000000}"
visit_counts="${VISITS:-2 6 12}"
invalid="${INVALID_FRACTION:-0}"
runs="${RUNS:-1}"

if [[ ! -f "$jar" ]]; then
  echo "e2e.sh: $jar not found; build it first: mvn -q -B package -DskipTests" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/rano-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT

now_ns() { date +%s%N; }

# run_mode FILE CASES [--parse-only]: times one run into run_seconds and run_rss_mb, and fails
# unless it wrote one line per case (exit code 1, some case rejected, is expected only when
# INVALID_FRACTION is above 0)
run_mode() {
  local file="$1" cases="$2" start end lines
  shift 2
  local command=("$java_cmd" -Xmx128m -jar "$jar" score --ndjson "$@" -)
  if [[ -x /usr/bin/time ]]; then
    command=(/usr/bin/time -f %M -o "$work/rss" "${command[@]}")
  fi
  start="$(now_ns)"
  lines="$( ("${command[@]}" < "$file" 2>/dev/null || [[ $? -eq 1 && "$invalid" != 0 ]]) \
    | wc -l)"
  end="$(now_ns)"
  if [[ "$lines" -ne "$cases" ]]; then
    echo "e2e.sh: score $* wrote $lines lines for $cases cases" >&2
    exit 1
  fi
  run_seconds="$(awk -v ns="$((end - start))" 'BEGIN { printf "%.2f", ns / 1e9 }')"
  run_rss_mb="n/a"
  if [[ -f "$work/rss" ]]; then
    run_rss_mb="$(( $(tail -n 1 "$work/rss") / 1024 ))"
  fi
}

# measure CASES VISITS: generates the cohort, times both modes (the fastest of RUNS runs each),
# prints one table row
measure() {
  local cases="$1" visits="$2" file="$work/cohort.ndjson" run
  local score_seconds="" score_rss="" parse_seconds="" parse_rss=""
  "$java_cmd" -jar "$jar" generate --cases "$cases" --seed "$seed" --visits "$visits" \
    --invalid-fraction "$invalid" --output "$file"
  for ((run = 0; run < runs; run++)); do
    run_mode "$file" "$cases"
    if [[ -z "$score_seconds" ]] || awk -v a="$run_seconds" -v b="$score_seconds" \
        'BEGIN { exit !(a < b) }'; then
      score_seconds="$run_seconds"
      score_rss="$run_rss_mb"
    fi
    run_mode "$file" "$cases" --parse-only
    if [[ -z "$parse_seconds" ]] || awk -v a="$run_seconds" -v b="$parse_seconds" \
        'BEGIN { exit !(a < b) }'; then
      parse_seconds="$run_seconds"
      parse_rss="$run_rss_mb"
    fi
  done
  awk -v n="$cases" -v v="$visits" -v s="$score_seconds" -v p="$parse_seconds" \
      -v sr="$score_rss" -v pr="$parse_rss" 'BEGIN {
    printf "| %d | %d | %.2f | %.0f | %s | %.2f | %.0f | %s | %.0f %% |\n",
      n, v, s, n / s, sr, p, n / p, pr, 100 * p / s
  }'
  rm -f "$file"
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $("$java_cmd" -version 2>&1 | head -n 1)"
echo "Jar: $jar; seed $seed; invalid fraction $invalid; heap -Xmx128m; fastest of $runs run(s)"
echo
echo "| cases | follow-ups | score s | score cases/s | score max RSS MB | parse-only s" \
  "| parse-only cases/s | parse-only max RSS MB | score / parse-only throughput |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for cases in $sizes; do
  measure "$cases" 4
done
for visits in $visit_counts; do
  measure 100000 "$visits"
done
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
