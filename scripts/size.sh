#!/usr/bin/env bash
# Prints the size of every file of the release build (dist/), raw and gzip -9, and the total.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}
total_raw=0; total_gz=0
printf '%-48s %10s %10s\n' file bytes gzip
for file in "$dir"/*.*; do
  raw=$(wc -c < "$file"); gz=$(gzip -9c "$file" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "$(basename "$file")" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' total "$total_raw" "$total_gz"
