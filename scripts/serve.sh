#!/usr/bin/env bash
# Builds the app (release) and serves it at http://127.0.0.1:${PORT:-8080}/ , rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}"
