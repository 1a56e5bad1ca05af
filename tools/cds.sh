#!/usr/bin/env bash
# Faster start-up (README "JVM and memory"): unpacks the jar into target/cds/ and records a class
# data sharing archive of everything Spring loads while starting (Spring Boot's documented CDS
# recipe: a training start that exits once the context is refreshed). Start the bot with
#
#   java -Xmx192m -XX:+UseSerialGC -XX:SharedArchiveFile=target/cds/app.jsa -jar target/cds/junction-bot.jar
#
# The archive belongs to this build and this Java: make it again after every build (in an image,
# as a build step). The training start reads the sample data and dialogs; it uses stand-in LINE
# settings so that the classes of a real deployment are recorded, and never calls LINE.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f target/junction-bot.jar ] || [ -n "$(find src/main dialogs -newer target/junction-bot.jar -type f | head -1)" ]; then
  mvn -B -q -DskipTests package
fi
rm -rf target/cds
java -Djarmode=tools -jar target/junction-bot.jar extract --destination target/cds >/dev/null
LINE_CHANNEL_SECRET=cds-training LINE_CHANNEL_TOKEN=cds-training \
  LINE_API_BASE_URL=http://127.0.0.1:9 JUNCTION_PSEUDONYM_KEY=cds-training \
  JUNCTION_DATA_DIR="${JUNCTION_DATA_DIR:-index-data}" JUNCTION_DIALOGS_DIR=dialogs \
  java -Xmx192m -XX:+UseSerialGC -XX:ArchiveClassesAtExit=target/cds/app.jsa \
    -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh -jar target/cds/junction-bot.jar --server.port=0 \
    >target/cds/training.log 2>&1
test -s target/cds/app.jsa
echo "target/cds/app.jsa written ($(du -h target/cds/app.jsa | cut -f1)); start with:"
echo "  java -Xmx192m -XX:+UseSerialGC -XX:SharedArchiveFile=target/cds/app.jsa -jar target/cds/junction-bot.jar"
