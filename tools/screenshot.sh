#!/usr/bin/env bash
# Takes docs/chat-page.png: a screenshot of the local chat page of a RUNNING bot (local mode).
#
#   tools/screenshot.sh                 # Selenium: greets, opens the menu, asks, taps a quick reply
#   tools/screenshot.sh --plain         # plain headless Chromium: just the page after the greeting
#   URL=http://localhost:9090/ OUT=docs/x.png tools/screenshot.sh
#
# Start the bot first (no LINE_CHANNEL_SECRET/TOKEN), e.g. `java -jar target/junction-bot.jar`.
# Uses Debian's chromium and chromedriver (installed with apt-get when missing and run as root),
# never downloads a browser or driver, and uses a fresh throw-away browser profile.
set -euo pipefail
cd "$(dirname "$0")/.."

URL="${URL:-http://localhost:8080/}"
OUT="${OUT:-docs/chat-page.png}"
WIDTH="${WIDTH:-480}"
HEIGHT="${HEIGHT:-900}"
MODE="selenium"
if [[ "${1:-}" == "--plain" ]]; then MODE="plain"; fi

need_packages=()
[[ -x /usr/bin/chromium ]] || need_packages+=(chromium)
[[ -x /usr/bin/chromedriver ]] || need_packages+=(chromium-driver)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need_packages+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -i 'Noto Color Emoji' >/dev/null || need_packages+=(fonts-noto-color-emoji)
if ((${#need_packages[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "Missing: ${need_packages[*]} (install with: sudo apt-get install -y ${need_packages[*]})" >&2
    exit 1
  fi
  apt-get install -y "${need_packages[@]}"
fi

if ! curl -fsS -o /dev/null "$URL"; then
  echo "No chat page at $URL: start the bot in local mode first" >&2
  exit 1
fi
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac
mkdir -p "$(dirname "$OUT")"

if [[ "$MODE" == "plain" ]]; then
  profile="$(mktemp -d)"
  trap 'rm -rf "$profile"' EXIT
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" --window-size="$WIDTH,$HEIGHT" --virtual-time-budget=8000 \
    --screenshot="$OUT" "$URL"
else
  mvn -B -o -q test -Dtest=ChatPageScreenshotTests -Dsurefire.failIfNoSpecifiedTests=false \
    -Djunction.screenshot.url="$URL" -Djunction.screenshot.out="$OUT" \
    -Djunction.screenshot.width="$WIDTH" -Djunction.screenshot.height="$HEIGHT"
fi
echo "Wrote $OUT"
