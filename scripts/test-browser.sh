#!/usr/bin/env bash
# Browser check of the HTML timeline: builds the page for seeds/ with `claims ... -c 'export timeline FILE'`, loads it in
# headless Chromium, fails on any console error or missing event markers, and leaves a
# screenshot to look at.
#   scripts/test-browser.sh [CORPUS_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-seeds}"
out="${2:-${TMPDIR:-/tmp}/claims-timeline-$$}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
page="$out/timeline.html"
shot="$out/timeline.png"

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser="$b"; break; fi
done
if [ -z "$browser" ]; then
  echo "test-browser: no Chromium found; install it with: apt-get update && apt-get install -y chromium" >&2
  exit 2
fi

swift build -c release --product claims >/dev/null
.build/release/claims "$corpus" -c "export timeline $page"

# The page must be self-contained: no external scripts, styles, images or fonts.
if grep -Eqi '(src|href)=["'"'"']?(https?:)?//|url\((["'"'"'])?(https?:)?//|@import' "$page"; then
  echo "test-browser: FAIL: the page references an external resource" >&2
  exit 1
fi

flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-extensions
       --user-data-dir="$out/profile" --enable-logging=stderr --v=0)
"$browser" "${flags[@]}" --virtual-time-budget=3000 --dump-dom "file://$page" >"$out/dom.html" 2>"$out/console.log" || true
"$browser" "${flags[@]}" --window-size=1400,900 --screenshot="$shot" "file://$page" >/dev/null 2>>"$out/console.log" || true

# Console messages from the page are logged as CONSOLE(...) lines; errors and uncaught
# exceptions fail the check.
if grep -q 'Page load failed' "$out/console.log"; then
  echo "test-browser: FAIL: Chromium could not load $page" >&2
  exit 1
fi
if grep -E 'CONSOLE|Uncaught|SyntaxError|ReferenceError|TypeError' "$out/console.log" | grep -Eqi 'error|uncaught|exception'; then
  echo "test-browser: FAIL: console errors:" >&2
  grep -E 'CONSOLE|Uncaught|Error' "$out/console.log" >&2
  exit 1
fi
events=$( (grep -o 'class="event' "$out/dom.html" || true) | wc -l)
if [ "$events" -lt 1 ] || ! grep -q '<svg' "$out/dom.html"; then
  echo "test-browser: FAIL: the rendered page has no timeline events" >&2
  exit 1
fi
if [ ! -s "$shot" ]; then
  echo "test-browser: FAIL: no screenshot was written" >&2
  exit 1
fi
echo "test-browser: OK: $events events rendered, no console errors; page $page, screenshot $shot"
