#!/usr/bin/env bash
# Runs every test: native engine and CLI, the engine in Wasm in headless Chromium, the release
# build, and the end-to-end browser tests against it. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

step() { printf '\n== %s\n' "$*" >&2; }

step "format and lints: cargo fmt --check, clippy -D warnings (native and wasm)"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p doorplan-web --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native: engine, rules, golden files, properties, CLI; the browser app's DOM-free logic"
cargo test --workspace --exclude doorplan-web
cargo test -p doorplan-web --lib

step "wasm: the engine in headless Chromium matches the native reports"
cargo test -p doorplan --target wasm32-unknown-unknown --test wasm

step "wasm: editor state, reducer and components in headless Chromium"
cargo test -p doorplan-web --target wasm32-unknown-unknown

step "exports through real clients: the Azure CLI's parser, HCL and the azurerm schema, Bicep and the ARM schema, draw.io XML, Mermaid"
tests/exports/check-az-cli.sh
.tools/venv/bin/python tests/exports/check_terraform.py
.tools/venv/bin/python tests/exports/check_bicep.py
cargo build -q -p doorplan-cli
.tools/venv/bin/python tests/exports/check_diagrams.py target/debug/doorplan
node tests/exports/check_mermaid.mjs target/debug/doorplan
if command -v terraform >/dev/null; then
  terraform fmt -check -diff tests/golden/exports/*/doorplan-azure.tf tests/golden/exports/*/terraform.tfvars
  echo "terraform fmt: every Terraform export is formatted as terraform writes it"
else
  echo "terraform fmt: skipped (terraform is not installed on this machine; no registry has it)"
fi

step "formats through real validators: the design JSON Schema, SARIF 2.1.0, Markdown, the Azure fixtures' shapes"
.tools/venv/bin/python tests/schema/check_schema.py target/debug/doorplan
.tools/venv/bin/python tests/schema/check_sarif.py target/debug/doorplan
.tools/venv/bin/python tests/fixtures/azure/check_fixtures.py

step "fuzz smoke: 30 s of mutated inputs through every reader and everything after it (RELIABILITY.md)"
cargo run -q --release --manifest-path fuzz/Cargo.toml --bin smoke -- --seconds 30

step "release build (trunk) and the single-file offline build"
trunk build --release --offline
node scripts/single-file.mjs

step "end to end: the app in headless Chromium"
node --test tests/e2e/
