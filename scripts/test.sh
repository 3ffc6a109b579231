#!/usr/bin/env bash
# Runs every test: native engine and CLI, the engine in Wasm in headless Chromium, the release
# build, and the end-to-end browser tests against it. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

step() { printf '\n== %s\n' "$*" >&2; }

step "native: engine, rules, golden files, properties, CLI"
cargo test --workspace --exclude doorplan-web

step "wasm: the engine in headless Chromium matches the native reports"
cargo test -p doorplan --target wasm32-unknown-unknown --test wasm

step "wasm: editor state, reducer and components in headless Chromium"
cargo test -p doorplan-web --target wasm32-unknown-unknown

step "exports through real clients: the Azure CLI's parser, an HCL parser and the azurerm schema"
tests/exports/check-az-cli.sh
.tools/venv/bin/python tests/exports/check_terraform.py

step "release build (trunk) and the single-file offline build"
trunk build --release --offline
node scripts/single-file.mjs

step "end to end: the app in headless Chromium"
node --test tests/e2e/
