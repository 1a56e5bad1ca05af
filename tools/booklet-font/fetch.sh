#!/usr/bin/env bash
# Puts the booklet's font (Noto Sans JP Regular and Bold, TrueType, SIL OFL 1.1) and its licence
# into OUT_DIR (default: ../../target/classes/booklet/fonts), from the npm package pinned in
# package.json and package-lock.json (npm checks the package's sha512), and checks each font's
# sha256 against fonts.sha256. Maven runs it in generate-resources. Nothing is fetched when the
# fonts are already in OUT_DIR with the right sha256; npm reads its cache first, so after one run
# the build works offline. Without npm it warns and exits 0: the bot still builds and runs, only
# the booklet says that its font is missing (and its tests fail, saying so).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../target/classes/booklet/fonts}"
pkg="$here/node_modules/@expo-google-fonts/noto-sans-jp"
fonts=(400Regular/NotoSansJP_400Regular.ttf 700Bold/NotoSansJP_700Bold.ttf)

checked() { (cd "$1" && sha256sum --quiet --status -c "$here/fonts.sha256") 2>/dev/null; }

mkdir -p "$out"
if checked "$out" && [[ -f "$out/LICENSE_FONT" ]]; then
  exit 0
fi
if [[ ! -f "$pkg/${fonts[0]}" || ! -f "$pkg/${fonts[1]}" ]]; then
  if ! command -v npm >/dev/null; then
    echo "booklet font: npm not found, the booklet's font is not installed (see tools/booklet-font/README.md)" >&2
    exit 0
  fi
  (cd "$here" && npm ci --prefer-offline --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
for f in "${fonts[@]}"; do
  cp "$pkg/$f" "$out/"
done
cp "$pkg/LICENSE_FONT" "$out/LICENSE_FONT"
if ! checked "$out"; then
  echo "booklet font: a font in $out does not match tools/booklet-font/fonts.sha256" >&2
  rm -f "$out"/*.ttf
  exit 1
fi
echo "booklet font: Noto Sans JP Regular and Bold in $out"
