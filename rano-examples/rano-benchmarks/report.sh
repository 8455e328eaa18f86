#!/usr/bin/env bash
# Size and speed of `rano report` (issue 13): generates CASES cases (`rano generate --cases CASES
# --seed SEED --visits VISITS`), then writes their report RUNS times, each in a fresh JVM, and
# prints a markdown table row: cases, visits, report size in MB (10^6 bytes), the fastest wall
# time (JVM start included) and its max RSS. The goal: 1,000 cases in at most 10 MB and under
# 10 s. Builds nothing: it expects rano-examples/rano-cli/target/rano.jar (`mvn -q -B package
# -DskipTests`).
#
# Usage: rano-examples/rano-benchmarks/report.sh   (from anywhere)
# Settings (environment): JAR (default rano-examples/rano-cli/target/rano.jar), JAVA (default
#   java), CASES (default 1000), VISITS (default 4, the generator's default), SEED (default 1),
#   RUNS (default 3), TMPDIR (where the cohort and the report are written).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$(dirname "$here")/rano-cli/target/rano.jar}"
java_cmd="${JAVA:-java}"
cases="${CASES:-1000}"
visits="${VISITS:-4}"
seed="${SEED:-1}"
runs="${RUNS:-3}"
if [[ ! -f "$jar" ]]; then
  echo "report.sh: $jar is missing; build it with: mvn -q -B package -DskipTests" >&2
  exit 2
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/rano-report-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$java_cmd" -jar "$jar" generate --cases "$cases" --seed "$seed" --visits "$visits" \
  --output "$work/cohort.ndjson"

best=""
best_rss=""
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/rss" \
    "$java_cmd" -jar "$jar" report --ndjson "$work/cohort.ndjson" --output "$work/report.html" \
    > /dev/null
  end=$(date +%s%N)
  ms=$(((end - start) / 1000000))
  if [[ -z "$best" || "$ms" -lt "$best" ]]; then
    best="$ms"
    best_rss="$(cat "$work/rss")"
  fi
done
bytes=$(stat -c %s "$work/report.html")
printf '| cases | visits | report size | wall time (fastest of %d) | max RSS |\n' "$runs"
printf '| ---: | ---: | ---: | ---: | ---: |\n'
printf '| %d | %d | %d.%02d MB (%d bytes) | %d.%02d s | %d MB |\n' "$cases" "$visits" \
  $((bytes / 1000000)) $(((bytes % 1000000) / 10000)) "$bytes" \
  $((best / 1000)) $(((best % 1000) / 10)) $((best_rss / 1024))
