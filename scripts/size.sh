#!/usr/bin/env bash
# Prints the size of every file of the release build (dist/), raw and gzip -9, and the total.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}
total_raw=0; total_gz=0
declare -A raw_of gz_of
printf '%-48s %10s %10s\n' file bytes gzip
for file in "$dir"/*.*; do
  name=$(basename "$file")
  raw=$(wc -c < "$file"); gz=$(gzip -9c "$file" | wc -c)
  raw_of[$name]=$raw; gz_of[$name]=$gz
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "$name" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' total "$total_raw" "$total_gz"

# What a visitor downloads: the editor's page and the embedded viewer's, each with its targets
# (issue 10). Reported, not asserted: BENCHMARKS.md records and explains the figures.
page() { # LABEL TARGET FILE...
  local label=$1 target=$2 raw=0 gz=0; shift 2
  for name in "$@"; do
    [ -n "${gz_of[$name]:-}" ] || return 0
    raw=$((raw + raw_of[$name])); gz=$((gz + gz_of[$name]))
  done
  local verdict="met"; [ "$gz" -le "$target" ] || verdict="not met"
  printf '%-48s %10d %10d  (target %d gzip: %s)\n' "$label" "$raw" "$gz" "$target" "$verdict"
}
echo
page "the editor (index.html loads)" 240000 \
  doorplan-web_bg.wasm doorplan-web.js index.html boot.js base.css style.css
page "the viewer (an embed loads)" 120000 \
  doorplan-viewer_bg.wasm doorplan-viewer.js viewer.html viewer-boot.js base.css
