#!/usr/bin/env bash
# Fault and attack benchmark of issue 11 (bench/GUARD.md): crisis reply time with a full queue and
# a slow LINE, a crisis answered during a slow-POST attack, sessions and heap after 20,000
# anonymous requests. Builds the jar if needed, runs bench/GuardBench.java against it (LINE
# stand-in and bot on 127.0.0.1, a real Redis), appends the figures and the machine to
# bench/results/guard-<date>.md.
#
#   bench/guard.sh                          # everything, a few minutes
#   bench/guard.sh --queued 300 --anonymous 2000   # a quicker run
#   JAR=/path/to/other.jar bench/guard.sh   # another build (e.g. the one before the fix)
#
# Redis: REDIS_URL (default redis://127.0.0.1:6379/13, a database of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/13}
JAR=${JAR:-target/junction-bot.jar}
if [ "$JAR" = target/junction-bot.jar ] && { [ ! -f "$JAR" ] || [ -n "$(find src/main dialogs -newer "$JAR" -type f | head -1)" ]; }; then
  mvn -B -q -o -DskipTests package
fi
out=bench/results/guard-$(date -u +%F).md
mkdir -p bench/results
{
  echo
  echo "## Run of $(date -u '+%F %H:%M UTC') ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), jar: $JAR)"
  echo
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), memory $(free -h | awk '/^Mem:/{print $2" total, "$7" available"}'), $(java -version 2>&1 | head -1)"
  echo "- Load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min); bot: -Xmx256m -XX:+UseSerialGC, defaults otherwise"
  echo "- Arguments: ${*:-(defaults: --line-ms 2000 --queued 1500 --slow-connections 200 --anonymous 20000)}"
  echo
} >>"$out"
java bench/GuardBench.java --jar "$JAR" --redis "$REDIS_URL" "$@" | tee -a "$out"
