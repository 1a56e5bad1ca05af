#!/usr/bin/env bash
# Rebuilds the gazetteer into a temporary folder and compares it byte for byte with the committed
# index-data files. Exit 0 when identical, 1 on any difference or build failure.
# Set GAZETTEER_SKIP_INSTALL=1 to reuse an existing node_modules instead of running npm ci.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/../../index-data"
cd "$here"
if [[ "${GAZETTEER_SKIP_INSTALL:-}" != "1" ]]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
node build.mjs "$out"
status=0
for f in municipalities.csv prefectures.csv districts.csv kanji-readings.csv ATTRIBUTION; do
  if ! cmp "$out/$f" "$data/$f"; then
    echo "gazetteer check: index-data/$f differs from a fresh build (run: cd tools/gazetteer && npm ci && node build.mjs)" >&2
    status=1
  fi
done
if [[ $status -eq 0 ]]; then
  echo "gazetteer check: committed index-data matches a fresh build"
fi
exit $status
