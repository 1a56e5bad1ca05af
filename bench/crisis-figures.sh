#!/bin/sh
# Crisis figures per class on the labelled file, the held-out file and the two probes (CrisisFigures). Offline.
set -e
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.junction.bot.safety.CrisisFigures src/test/resources/safety/messages.tsv \
  src/test/resources/safety/heldout.tsv src/test/resources/safety/probe.tsv \
  src/test/resources/safety/probe2.tsv src/test/resources/safety/probe3.tsv \
  src/test/resources/safety/probe5.tsv src/test/resources/safety/probe6.tsv \
  src/test/resources/safety/probe7.tsv src/test/resources/safety/probe8.tsv src/test/resources/safety/probe9.tsv
