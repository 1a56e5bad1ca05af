#!/bin/sh
# Crisis detection time per message (CrisisDetectionBenchmark). Offline; no Redis needed.
set -e
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.junction.bot.safety.CrisisDetectionBenchmark
