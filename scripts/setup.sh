#!/usr/bin/env bash
# Installs what building and testing doorplan needs, skipping whatever is already present.
# Idempotent and quick on a machine that has everything; see README.md.
#   scripts/setup.sh          everything (build + browser tests)
#   scripts/setup.sh build    only what `trunk build` needs
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-all}
TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }
# took SINCE: how long the step begun at SINCE (date +%s) took.
took() { say "  done in $(( $(date +%s) - $1 ))s"; }

# The wasm-bindgen CLI must equal the wasm-bindgen library in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  t=$(date +%s); rustup target add wasm32-unknown-unknown; took "$t"
fi

# Build tools are compiled for a quick install, not for speed: trunk's own release profile asks
# for fat LTO in one codegen unit, which took 983 s here; without it (and at opt-level 1) 561 s,
# and `trunk build` writes byte-for-byte the same dist/; wasm-bindgen-cli 279 s → 224 s, same
# output in the same 0.3 s (BENCHMARKS.md, set-up times).
quick_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 cargo install "$@"
}

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores, once)"
  t=$(date +%s); quick_install trunk --version "$TRUNK_VERSION" --locked; took "$t"
fi

bindgen=$(wasm_bindgen_version)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
  say "installing wasm-bindgen-cli $bindgen (matches Cargo.lock)"
  # Not --locked: its lock file names a dependency version the registry may no longer serve.
  t=$(date +%s); quick_install wasm-bindgen-cli --version "$bindgen" --force; took "$t"
fi

# wasm-opt from npm's binaryen (Debian's is too old for what rustc emits), esbuild (minifies the
# release build's JavaScript glue and stylesheets), playwright-core, and mermaid (its own parser
# checks the Mermaid export).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/esbuild ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/mermaid ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen, esbuild, playwright-core, mermaid; about 20 s)"
  t=$(date +%s); npm ci --no-audit --no-fund; took "$t"
fi

[ "$want" = build ] && exit 0

# Debian's Chromium and its driver for the browser tests (playwright cannot download browsers
# here); a Japanese font so screenshots of the Japanese interface are legible.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
dpkg -s fonts-ipafont-gothic >/dev/null 2>&1 || missing+=(fonts-ipafont-gothic)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  t=$(date +%s); $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  took "$t"
fi
# The real Azure CLI (its argument parser checks the generated scripts), python-hcl2 (parses
# the generated Terraform), jsonschema (validates designs and SARIF reports against their
# schemas) and tree-sitter-bicep (parses the generated Bicep), in a project-local virtual
# environment.
if [ ! -x .tools/venv/bin/az ] || ! .tools/venv/bin/python -c 'import hcl2, jsonschema, tree_sitter, tree_sitter_bicep, markdown_it, yaml' 2>/dev/null; then
  say "installing azure-cli, python-hcl2, jsonschema and tree-sitter-bicep into .tools/venv (about two minutes, once)"
  t=$(date +%s); python3 -m venv .tools/venv
  .tools/venv/bin/pip install --quiet --disable-pip-version-check azure-cli python-hcl2 jsonschema tree-sitter tree-sitter-bicep markdown-it-py pyyaml
  took "$t"
fi
say "ready"
