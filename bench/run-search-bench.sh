#!/bin/sh
# Search speed benchmark: builds the jar if needed, generates the synthetic corpora (fixed seed)
# and measures index build time, heap after load and single-thread query latency over the dev
# questions. Usage: bench/run-search-bench.sh [QUERIES_TSV] [SIZES...]
set -eu
cd "$(dirname "$0")/.."
QUERIES="${1:-../shared/bench/queries-dev.tsv}"
[ $# -gt 0 ] && shift
SIZES="${*:-50000 200000}"
[ -f target/junction-bot.jar ] || mvn -B -o -q package -DskipTests
OUT="${TMPDIR:-/tmp}/junction-search-bench"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1), load: $(cut -d' ' -f1-3 /proc/loadavg)"
for size in $SIZES; do
  java -jar target/junction-bot.jar search-corpus --size "$size" --out "$OUT/$size" >/dev/null
  java -jar target/junction-bot.jar search-bench --data "$OUT/$size" --queries "$QUERIES" --rounds 60
done
