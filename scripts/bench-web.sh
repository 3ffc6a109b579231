#!/usr/bin/env bash
# Browser figures for BENCHMARKS.md: edit → verdict and drag frame times with 50 Door VPNs,
# and the bundle size. Not part of `make test` (no timed assertions in tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline
cargo run -q --release --bin doorplan -- template sample:50 > target/sample-50.doorplan.json
node tests/e2e/perf.mjs target/sample-50.doorplan.json
scripts/size.sh
node scripts/single-file.mjs > /dev/null
printf 'single file (dist-single/doorplan.html): %d bytes, %d gzip\n' "$(wc -c < dist-single/doorplan.html)" "$(gzip -9c dist-single/doorplan.html | wc -c)"
printf 'embed.js: %d bytes, %d gzip\n' "$(wc -c < dist/embed.js)" "$(gzip -9c dist/embed.js | wc -c)"
