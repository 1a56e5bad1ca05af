#!/bin/sh
# Notice delivery benchmark: 10,000 and 100,000 subscribers of one area, one notice, against a
# LINE stub on loopback with a 200 requests/s limit (the bot set to 200/s) and with no limit.
# Needs a Redis on 127.0.0.1:6379 (only this run's own keys are written and deleted).
# Results: bench/out/notices-limit-200.tsv and bench/out/notices-limit-0.tsv
set -e
cd "$(dirname "$0")/../.."
for limit in 200 0; do
  mvn -B -o -q test -Dtest=NoticeDeliveryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.sizes="${BENCH_SIZES:-10000,100000}" -Dbench.limit="$limit" > "bench/out/notices-limit-$limit.log" 2>&1
  cat "bench/out/notices-limit-$limit.tsv"
done
