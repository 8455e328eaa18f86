#!/usr/bin/env bash
# End-to-end timing of `rano score --ndjson`. Builds nothing: it expects the jars of
# `mvn -q -B package -DskipTests` (rano-examples/rano-cli/target/rano.jar and
# rano-examples/rano-benchmarks/target/rano-benchmarks.jar).
#
# Default (side by side, issue 12): generates CASES cases of 4 follow-ups once
# (`rano generate --cases CASES --seed SEED --visits 4`), then runs, alternating, RUNS rounds of
#   java -Xmx128m -cp rano-benchmarks.jar org.rano.bench.JacksonFloor < cohort.ndjson
#   java -Xmx128m -jar rano.jar score --ndjson - < cohort.ndjson
# (the floor: each line read into a Jackson tree and written back, nothing else), each in a fresh
# JVM with its output counted by `wc -l` (one line per case is checked), and prints a markdown
# table row of the fastest run of each: wall time, score / floor, cases per second, and max RSS.
# The goal is score / floor <= 1.5 at 200,000 cases. For scale, each round also runs the floor on
# the command's output (made once, untimed, before the rounds): a result line is about 3.3 times
# as long as its case, so this is what Jackson alone pays to read and write JSON of that size.
#
# --cohorts: the sweep of score against reading only (`--parse-only`): 1k, 10k, 100k and 1M cases
# of 4 follow-ups, 100k cases of 2, 6 and 12 follow-ups, a cohort generated for each (about 10
# minutes on 2 cores; the 1M cohort takes about 1.8 GB).
#
# Wall time includes JVM start and JIT warm-up, for both programs alike.
#
# Usage: rano-examples/rano-benchmarks/e2e.sh [--quick | --cohorts]   (from anywhere)
#   (none)     side by side on 200,000 cases, 2 rounds (about 2 minutes on 2 cores)
#   --quick    side by side on 20,000 cases (CASES still wins), for development
#   --cohorts  the score / parse-only sweep instead
# Settings (environment): JAR (default rano-examples/rano-cli/target/rano.jar), BENCH_JAR
#   (default rano-examples/rano-benchmarks/target/rano-benchmarks.jar), JAVA (default java),
#   SEED (default 1), RUNS (rounds, of which the fastest of each program is reported: default 2
#   side by side, 1 for --cohorts; use 3 on a machine shared with other work), TMPDIR (where the
#   cohorts are written). Side by side: CASES (default 200000; 20000 with --quick). --cohorts:
#   SIZES (default "1000 10000 100000 1000000"), VISITS (default "2 6 12", for 100k cases; set
#   either empty to skip those cohorts), INVALID_FRACTION (default 0).
set -euo pipefail

mode="side-by-side"
quick=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --cohorts) mode="cohorts" ;;
    -h | --help)
      sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "e2e.sh: unknown argument $arg (expected --quick, --cohorts or --help)" >&2
      exit 2
      ;;
  esac
done

here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$(dirname "$here")/rano-cli/target/rano.jar}"
bench_jar="${BENCH_JAR:-$here/target/rano-benchmarks.jar}"
java_cmd="${JAVA:-java}"
seed="${SEED:-1}"
if [[ "$mode" == "cohorts" ]]; then
  runs="${RUNS:-1}"
else
  runs="${RUNS:-2}"
fi
if ((quick)); then
  side_cases="${CASES:-20000}"
else
  side_cases="${CASES:-200000}"
fi
sizes="${SIZES-1000 10000 100000 1000000}"
visit_counts="${VISITS-2 6 12}"
invalid="${INVALID_FRACTION:-0}"

needed=("$jar")
if [[ "$mode" == "side-by-side" ]]; then
  needed+=("$bench_jar")
fi
for needed_jar in "${needed[@]}"; do
  if [[ ! -f "$needed_jar" ]]; then
    echo "e2e.sh: $needed_jar not found; build it first: mvn -q -B package -DskipTests" >&2
    exit 2
  fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/rano-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT

now_ns() { date +%s%N; }

# timed FILE CASES ALLOW_EXIT_1 COMMAND...: runs COMMAND in a fresh JVM with FILE as standard
# input, sets run_seconds and run_rss_mb ("n/a" without /usr/bin/time), and fails unless it wrote
# one line per case (exit code 1, some case rejected, is accepted only when ALLOW_EXIT_1 is 1)
timed() {
  local file="$1" cases="$2" allow_1="$3" start end lines
  shift 3
  local command=("$@")
  rm -f "$work/rss"
  if [[ -x /usr/bin/time ]]; then
    command=(/usr/bin/time -f %M -o "$work/rss" "${command[@]}")
  fi
  start="$(now_ns)"
  lines="$( ("${command[@]}" < "$file" 2>"$work/stderr" || [[ $? -eq 1 && "$allow_1" == 1 ]]) \
    | wc -l)" || {
    echo "e2e.sh: $* failed:" >&2
    tail -n 5 "$work/stderr" >&2
    exit 1
  }
  end="$(now_ns)"
  if [[ "$lines" -ne "$cases" ]]; then
    echo "e2e.sh: $* wrote $lines lines for $cases cases" >&2
    tail -n 5 "$work/stderr" >&2
    exit 1
  fi
  run_seconds="$(awk -v ns="$((end - start))" 'BEGIN { printf "%.2f", ns / 1e9 }')"
  run_rss_mb="n/a"
  if [[ -s "$work/rss" ]]; then
    run_rss_mb="$(($(tail -n 1 "$work/rss") / 1024))"
  fi
}

# faster A B: succeeds when B is empty or A < B (seconds)
faster() {
  [[ -z "$2" ]] || awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'
}

generate() {
  local cases="$1" visits="$2" file="$3"
  "$java_cmd" -jar "$jar" generate --cases "$cases" --seed "$seed" --visits "$visits" \
    --invalid-fraction "$invalid" --output "$file"
}

header() {
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' \
    /proc/meminfo), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Java: $("$java_cmd" -version 2>&1 | head -n 1)"
  if [[ ! -x /usr/bin/time ]]; then
    echo "(no /usr/bin/time: max RSS not measured, shown as n/a)"
  fi
}

# measure_cohort CASES VISITS: score and --parse-only on one cohort, one table row
measure_cohort() {
  local cases="$1" visits="$2" file="$work/cohort.ndjson" run allow_1=0
  local score_seconds="" score_rss="" parse_seconds="" parse_rss=""
  if [[ "$invalid" != 0 ]]; then
    allow_1=1
  fi
  generate "$cases" "$visits" "$file"
  for ((run = 0; run < runs; run++)); do
    timed "$file" "$cases" "$allow_1" "$java_cmd" -Xmx128m -jar "$jar" score --ndjson -
    if faster "$run_seconds" "$score_seconds"; then
      score_seconds="$run_seconds"
      score_rss="$run_rss_mb"
    fi
    timed "$file" "$cases" "$allow_1" "$java_cmd" -Xmx128m -jar "$jar" score --ndjson \
      --parse-only -
    if faster "$run_seconds" "$parse_seconds"; then
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

cohorts() {
  header
  echo "Jar: $jar; seed $seed; invalid fraction $invalid; heap -Xmx128m; fastest of $runs run(s)"
  echo
  echo "| cases | follow-ups | score s | score cases/s | score max RSS MB | parse-only s" \
    "| parse-only cases/s | parse-only max RSS MB | score / parse-only throughput |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  local cases visits
  for cases in $sizes; do
    measure_cohort "$cases" 4
  done
  for visits in $visit_counts; do
    measure_cohort 100000 "$visits"
  done
}

side_by_side() {
  local cases="$side_cases" file="$work/cohort.ndjson" run
  local floor_seconds="" floor_rss="" score_seconds="" score_rss="" rounds=""
  local output="$work/results.ndjson" out_seconds=""
  invalid=0
  header
  echo "Jars: $jar, $bench_jar; seed $seed; $cases cases of 4 follow-ups; heap -Xmx128m;" \
    "fastest of $runs round(s), floor then score in each"
  generate "$cases" 4 "$file"
  # the results once, untimed: the floor is also run on them (what Jackson alone costs to read
  # and write back JSON of the size the command writes)
  "$java_cmd" -Xmx128m -jar "$jar" score --ndjson - < "$file" > "$output"
  echo "Input: $(wc -c < "$file") bytes; output: $(wc -c < "$output") bytes"
  for ((run = 1; run <= runs; run++)); do
    timed "$file" "$cases" 0 "$java_cmd" -Xmx128m -cp "$bench_jar" org.rano.bench.JacksonFloor
    rounds+="- round $run: floor $run_seconds s ($run_rss_mb MB)"
    if faster "$run_seconds" "$floor_seconds"; then
      floor_seconds="$run_seconds"
      floor_rss="$run_rss_mb"
    fi
    timed "$file" "$cases" 0 "$java_cmd" -Xmx128m -jar "$jar" score --ndjson -
    rounds+=", score $run_seconds s ($run_rss_mb MB)"
    if faster "$run_seconds" "$score_seconds"; then
      score_seconds="$run_seconds"
      score_rss="$run_rss_mb"
    fi
    timed "$output" "$cases" 0 "$java_cmd" -Xmx128m -cp "$bench_jar" org.rano.bench.JacksonFloor
    rounds+=", floor on the output $run_seconds s"$'\n'
    if faster "$run_seconds" "$out_seconds"; then
      out_seconds="$run_seconds"
    fi
  done
  echo
  printf '%s' "$rounds"
  echo
  echo "| cases | floor s | score s | score / floor | floor cases/s | score cases/s" \
    "| floor max RSS MB | score max RSS MB |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -v n="$cases" -v f="$floor_seconds" -v s="$score_seconds" -v fr="$floor_rss" \
      -v sr="$score_rss" 'BEGIN {
    printf "| %d | %.2f | %.2f | %.2f | %.0f | %.0f | %s | %s |\n",
      n, f, s, s / f, n / f, n / s, fr, sr
  }'
  echo
  awk -v f="$floor_seconds" -v s="$score_seconds" 'BEGIN {
    printf "score / floor = %.2f: goal (<= 1.50 at 200,000 cases) %s\n", s / f,
      (s / f <= 1.5 ? "met" : "not met")
  }'
  awk -v o="$out_seconds" -v s="$score_seconds" -v ib="$(wc -c < "$file")" \
      -v ob="$(wc -c < "$output")" 'BEGIN {
    printf "for scale: the floor on the output file (%.1f times the input) takes %.2f s;" \
      " score / that = %.2f\n", ob / ib, o, s / o
  }'
  rm -f "$file" "$output"
}

if [[ "$mode" == "cohorts" ]]; then
  cohorts
else
  side_by_side
fi
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
