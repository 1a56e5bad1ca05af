#!/usr/bin/env bash
# Heap and load-time cost of the gazetteer with districts, regions and kanji readings, against the
# municipalities-only gazetteer; fresh JVM per run, runs alternated. Results go to bench/GAZETTEER.md
# by hand (the script prints them with the machine and its load).
# Usage: bench/gazetteer-cost.sh [runs]   (needs target/classes: mvn -o -q compile)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file" /tmp/gazetteer-questions.txt' EXIT
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
cp="target/classes:$(cat "$cp_file")"
questions=/tmp/gazetteer-questions.txt
if [[ -f ../shared/bench/queries-dev.tsv ]]; then
  cut -f2 ../shared/bench/queries-dev.tsv ../shared/bench/dev2/queries-dev2.tsv | tail -n +2 > "$questions"
else
  cut -d' ' -f1- bench/questions.txt > "$questions"
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
for i in $(seq "$runs"); do
  java -Xmx512m -XX:+UseSerialGC -cp "$cp" bench/GazetteerCost.java base "$questions"
  java -Xmx512m -XX:+UseSerialGC -cp "$cp" bench/GazetteerCost.java full "$questions"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
