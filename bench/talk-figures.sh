#!/bin/sh
# Talk figures per class on the labelled files and the untuned probe (TalkFigures); with --time,
# the time per message instead (TalkBench). Offline.
set -e
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ "${1:-}" = "--time" ]; then
  java -cp "$CP" jp.junction.bot.talk.TalkBench
  exit
fi
java -cp "$CP" jp.junction.bot.talk.TalkFigures src/test/resources/safety/messages.tsv \
  src/test/resources/safety/heldout.tsv src/test/resources/safety/talk-probe.tsv
