#!/usr/bin/env bash
# Runs every test: lints, the native engine and CLI, the engine and the editor's components in
# headless Chromium, the exports and reports through real parsers and validators, a fuzz smoke
# run, the release build, and the end-to-end browser tests against it. Installs what is missing
# first (scripts/setup.sh). Each step says what it checks and about how long it takes on the
# project's 2-core machine with the tools installed; the time it took is printed after it.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

step_started=
step_name=
finish_step() {
  if [ -n "$step_started" ]; then
    printf '   (%s: %ss)\n' "$step_name" "$(( $(date +%s) - step_started ))" >&2
  fi
}
# step NAME WHAT [ABOUT]
step() {
  finish_step
  step_name=$1
  step_started=$(date +%s)
  printf '\n== %s — %s%s\n' "$1" "$2" "${3:+ (about $3)}" >&2
}
trap 'finish_step; printf "\nmake test: %ss in all\n" "$(( $(date +%s) - started ))" >&2' EXIT

step lints "cargo fmt --check, clippy -D warnings on native and wasm32" "2 min from scratch, seconds after"
cargo fmt --all -- --check
rustfmt --check --edition 2021 fuzz/src/*.rs # the fuzz crate is outside the workspace
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p doorplan-web --target wasm32-unknown-unknown --all-targets -- -D warnings

step native "engine, every rule, golden files, properties, the CLI; the browser app's DOM-free logic" "1–2 min"
cargo test --workspace --exclude doorplan-web
cargo test -p doorplan-web --lib

step install "the command line as people install it: cargo install --path, completions, man page" "20 s"
rm -rf target/install-test
CARGO_TARGET_DIR=target cargo install -q --path crates/doorplan-cli --root target/install-test --debug --locked
target/install-test/bin/doorplan --version
target/install-test/bin/doorplan completions bash | grep -q 'complete -F _doorplan'
target/install-test/bin/doorplan man | grep -q '^\.TH doorplan 1'
target/install-test/bin/doorplan check crates/doorplan/templates/p2-dual-vpn-bgp-active-active.doorplan.json > /dev/null

step wasm "the engine in headless Chromium matches the native reports; the editor's state and components" "2 min"
cargo test -p doorplan --target wasm32-unknown-unknown --test wasm
cargo test -p doorplan-web --target wasm32-unknown-unknown

step exports "the Azure CLI's parser, HCL + the azurerm schema, Bicep (tree-sitter) + Azure's ARM schema, draw.io XML, Mermaid itself" "3 min"
tests/exports/check-az-cli.sh
.tools/venv/bin/python tests/exports/check_terraform.py
.tools/venv/bin/python tests/exports/check_bicep.py
cargo build -q -p doorplan-cli
.tools/venv/bin/python tests/exports/check_diagrams.py target/debug/doorplan
node tests/exports/check_mermaid.mjs target/debug/doorplan
if command -v terraform >/dev/null; then
  TF_CLI_CONFIG_FILE=/dev/null terraform fmt -check -diff tests/golden/exports/*/doorplan-azure.tf tests/golden/exports/*/terraform.tfvars
  echo "terraform fmt: every Terraform export is formatted as terraform writes it"
else
  echo "terraform fmt: skipped (terraform is not installed on this machine; no registry has it)"
fi

step formats "the design JSON Schema, SARIF 2.1.0 (OASIS schema), Markdown, the Azure fixtures' shapes" "20 s"
.tools/venv/bin/python tests/schema/check_schema.py target/debug/doorplan
.tools/venv/bin/python tests/schema/check_sarif.py target/debug/doorplan
.tools/venv/bin/python tests/fixtures/azure/check_fixtures.py

step fuzz "30 s of mutated inputs through every reader and everything after it (RELIABILITY.md)" "1 min with its build"
cargo run -q --release --manifest-path fuzz/Cargo.toml --bin smoke -- --seconds 30

step release "trunk build (editor and viewer, release) and the single-file offline build" "3 min"
trunk build --release --offline
node scripts/single-file.mjs
scripts/size.sh | tail -n 2   # the bundle-size report: the editor and the viewer against their targets

step e2e "the app in headless Chromium, driven like a person: mouse, keyboard, touch, Japanese, print" "5 min"
node --test tests/e2e/
