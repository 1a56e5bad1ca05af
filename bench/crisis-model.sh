#!/bin/sh
# Relearn src/main/resources/safety/crisis-model.tsv from the labelled messages
# (src/test/resources/safety/*.tsv), crisis_never and the project's own search questions under
# bench/ (CrisisModelTrainer). Run after changing any of them, or a spelling or symbol rewrite in
# dialogs/crisis.yml; CrisisModelTests fails until the file is what they give. Offline.
# With --cv it writes nothing and prints a five-fold cross-check of the model (bench/CRISIS.md).
set -e
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.junction.bot.safety.CrisisModelTrainer "$@"
