#!/usr/bin/env bash
# Webhook load benchmark (bench/WEBHOOK.md): builds the jar if needed, makes the 50,000-resource
# corpus, runs bench/WebhookLoad.java against the real jar, a local LINE stub and a real Redis, and
# appends the results with the machine's description to bench/results/webhook-<date>.md.
#
#   bench/webhook-load.sh                       # everything, about 8 minutes
#   bench/webhook-load.sh --seconds 10 --warmup 5   # a quick smoke run
#   BENCH_JFR=1 bench/webhook-load.sh           # also record a JFR profile (target/bench-*.jfr)
#   BENCH_JVM="-Xmx512m" bench/webhook-load.sh  # JVM options for the app (default: the README's)
#   BENCH_50K=0 bench/webhook-load.sh --line-latency-ms 40   # sample data only, slower LINE
#   bench/webhook-load.sh --sample false        # only the 50,000-resource run
#   BENCH_PEER=0 bench/webhook-load.sh          # without the echo peer (bench/peer, needs node + npm)
#
# Redis: REDIS_URL (default redis://127.0.0.1:6379/13, a database of its own); the benchmark's
# keys (jb:*) in that database are deleted afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/13}
BENCH_JVM=${BENCH_JVM:--Xmx192m -XX:+UseSerialGC}
db=${REDIS_URL##*/}
case "$db" in ''|*[!0-9]*) db=0 ;; esac
hostport=${REDIS_URL#*://}; hostport=${hostport%%/*}; hostport=${hostport##*@}
rhost=${hostport%%:*}; rport=${hostport##*:}

if [ ! -f target/junction-bot.jar ] || [ -n "$(find src/main dialogs -newer target/junction-bot.jar -type f | head -1)" ]; then
  mvn -B -q -DskipTests package
fi

sample=index-data
if [ ! -f "$sample/resources.csv" ]; then
  echo "index-data/resources.csv is missing: run from a checkout with the sample data" >&2
  exit 2
fi
big=target/bench-50k
big_args=()
if [ "${BENCH_50K:-1}" != 0 ]; then
  if [ ! -f "$big/resources.csv" ]; then
    java -jar target/junction-bot.jar search-corpus --size 50000 --out "$big" >/dev/null
  fi
  big_args=(--big-data "$big")
fi

# The echo peer (LINE's Node.js sample shape): installed from the npm registry at the versions
# bench/peer/package-lock.json pins; nothing is committed under node_modules.
peer_args=()
if [ "${BENCH_PEER:-1}" != 0 ]; then
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node and npm are needed for the echo peer (or run with BENCH_PEER=0)" >&2
    exit 2
  fi
  (cd bench/peer && npm ci --no-audit --no-fund --silent)
  peer_args=(--peer bench/peer)
fi

jfr_args=()
if [ -n "${BENCH_JFR:-}" ]; then
  jfr_args=(--jfr target/bench-sample.jfr)
fi

out=bench/results/webhook-$(date -u +%F).md
mkdir -p bench/results
{
  echo
  echo "## Run of $(date -u '+%F %H:%M UTC') ($(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), memory $(free -h | awk '/^Mem:/{print $2" total, "$7" available"}'), $(java -version 2>&1 | head -1)"
  echo "- Load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min); Maven processes running: $(ps aux | grep -c '[o]rg.codehaus.plexus.classworlds' || true)"
} >>"$out"

java bench/WebhookLoad.java --jar target/junction-bot.jar --data "$sample" "${big_args[@]}" \
  --redis "$REDIS_URL" --out "$out" --jvm "$BENCH_JVM" "${jfr_args[@]}" \
  "${peer_args[@]}" "$@"

echo "- Load after the run: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out"

# Delete the benchmark's keys, and only those: the jb:* keys of its own database.
if [ "$db" != 0 ] && command -v redis-cli >/dev/null; then
  redis-cli -h "$rhost" -p "$rport" -n "$db" --scan --pattern 'jb:*' \
    | xargs -r -n 1000 redis-cli -h "$rhost" -p "$rport" -n "$db" unlink >/dev/null
fi
echo "Results appended to $out"
