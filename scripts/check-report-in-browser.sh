#!/usr/bin/env bash
# Opens a report in headless Chromium, saves a screenshot, and fails if the page logged any console
# message (our report logs none, so any message is an error), did not draw every chart and map, or a chart's
# labels are hidden to avoid overlapping or squash its plot (the report's script records both).
#
# usage: scripts/check-report-in-browser.sh REPORT_HTML [SCREENSHOT_PNG]
# WIDTH and HEIGHT (pixels) set the window; default 1280 x 4200
# needs: Debian's chromium (apt-get install -y chromium); CHROMIUM=/path overrides /usr/bin/chromium
set -euo pipefail

report=${1:?usage: $0 REPORT_HTML [SCREENSHOT_PNG]}
png=${2:-${report%.html}.png}
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "chromium not found at $chromium" >&2; exit 3; }
[ -f "$report" ] || { echo "no such report: $report" >&2; exit 2; }

url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
profile=$(mktemp -d)
log=$(mktemp)
dom=$(mktemp)
trap 'rm -rf "$profile" "$log" "$dom"' EXIT

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars
       --enable-logging=stderr --v=0 --window-size=${WIDTH:-1280},${HEIGHT:-4200} --virtual-time-budget=5000)

"$chromium" "${flags[@]}" --screenshot="$png" "$url" 2>"$log" >/dev/null || {
    echo "chromium failed to render $report:" >&2; cat "$log" >&2; exit 1; }
"$chromium" "${flags[@]}" --dump-dom "$url" 2>>"$log" >"$dom" || {
    echo "chromium failed to load $report:" >&2; cat "$log" >&2; exit 1; }

status=0
if grep -E ':CONSOLE[:(]' "$log" >&2; then
    echo "FAIL: the page logged console messages (above)" >&2
    status=1
fi
expected=$(grep -o '<body data-charts="[0-9]*"' "$dom" | grep -o '[0-9]\+' || true)
drawn=$(grep -o 'data-charts-drawn="[0-9]*"' "$dom" | grep -o '[0-9]\+' || true)
if [ -z "$expected" ]; then
    echo "FAIL: the page did not load (no data-charts on body)" >&2
    status=1
elif [ "$expected" != "0" ] && [ "$drawn" != "$expected" ]; then
    echo "FAIL: $expected chart(s) in the report but ${drawn:-none} drawn" >&2
    status=1
fi
maps=$(grep -o '<body [^>]*data-maps="[0-9]*"' "$dom" | grep -o 'data-maps="[0-9]*"' | grep -o '[0-9]\+' || true)
maps_drawn=$(grep -o 'data-maps-drawn="[0-9]*"' "$dom" | grep -o '[0-9]\+' || true)
if [ -n "$maps" ] && [ "$maps" != "0" ] && [ "$maps_drawn" != "$maps" ]; then
    echo "FAIL: $maps map(s) in the report but ${maps_drawn:-none} drawn" >&2
    status=1
fi
problems=$(grep -o 'data-chart-label-problems="[^"]*"' "$dom" | sed 's/^[^"]*"//; s/"$//' || true)
if [ -n "$problems" ]; then
    echo "FAIL: chart labels overlap or are clipped at ${WIDTH:-1280} px: $problems" >&2
    status=1
fi
[ -s "$png" ] || { echo "FAIL: no screenshot written to $png" >&2; status=1; }
if [ $status -eq 0 ]; then
    echo "ok: $report rendered with no console messages, ${drawn:-0} of ${expected} chart(s) and ${maps_drawn:-0} of ${maps:-0} map(s) drawn; screenshot $png"
fi
exit $status
