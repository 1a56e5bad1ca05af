#!/bin/sh
# Talk figures per class on the labelled file and the held-out file (TalkFigures). Offline.
set -e
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.junction.bot.talk.TalkFigures src/test/resources/safety/messages.tsv \
  src/test/resources/safety/heldout.tsv src/test/resources/safety/talk-probe.tsv
