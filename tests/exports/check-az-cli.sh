#!/usr/bin/env bash
# Runs every generated Azure CLI script (tests/golden/exports/*/doorplan-azure.sh) through the
# real Azure CLI's argument parser: `az` is wrapped so each command runs with an empty
# AZURE_CONFIG_DIR and no login. A command passes when the CLI stops only at
# "Please run 'az login'" — so no "unrecognized arguments", "invalid choice" or missing
# required argument. Also checks that a script with placeholders left refuses to run.
set -euo pipefail
cd "$(dirname "$0")/../.."
AZ=${AZ:-$PWD/.tools/venv/bin/az}
[ -x "$AZ" ] || { echo "check-az-cli: $AZ not found (scripts/setup.sh installs it)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check_script() {
  local script=$1 name
  name=$(basename "$(dirname "$script")")
  local log="$work/$name.log" failures="$work/$name.fail" config="$work/$name.azure"
  mkdir -p "$config"; : > "$log"; : > "$failures"
  # Values for every variable the script asks for.
  local env=()
  for var in $(sed -n 's/^for name in \(.*\); do$/\1/p' "$script"); do
    case "$var" in
      *_PSK) env+=("$var=Example_Key.123") ;;
      VPG_IP_RANGE) env+=("$var=100.64.1.0/24") ;;
      GATEWAY_SUBNET_PREFIX) env+=("$var=10.1.255.0/27") ;;
      *) env+=("$var=203.0.113.10") ;;
    esac
  done
  env "${env[@]}" AZ="$AZ" AZ_LOG="$log" AZ_FAIL="$failures" AZURE_CONFIG_DIR="$config" bash -c '
    az() {
      local out
      out=$("$AZ" "$@" 2>&1 </dev/null) || true
      if grep -q "Please run .az login." <<<"$out"; then
        printf "ok   az %s\n" "$*" >> "$AZ_LOG"
      else
        printf "FAIL az %s\n%s\n" "$*" "$out" >> "$AZ_FAIL"
      fi
    }
    export -f az
    bash "$0"
  ' "$script" > /dev/null
  local passed failed
  passed=$(wc -l < "$log"); failed=$(grep -c '^FAIL' "$failures" || true)
  if [ "$failed" -gt 0 ] || [ "$passed" -lt 5 ]; then
    echo "az-cli $name: $passed commands parsed, $failed failed" >&2
    cat "$failures" >&2
    return 1
  fi
  echo "az-cli $name: $passed commands accepted by the Azure CLI parser"
}

status=0
pids=()
for script in tests/golden/exports/*/doorplan-azure.sh; do
  check_script "$script" & pids+=($!)
  # Two at a time: the machine has two cores.
  if [ "${#pids[@]}" -ge 2 ]; then wait "${pids[0]}" || status=1; pids=("${pids[@]:1}"); fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done

# A script with unknown values left stops before touching Azure.
script=tests/golden/exports/p2/doorplan-azure.sh
if out=$(AZURE_CONFIG_DIR="$work/refuse" PATH="$work/no-az:$PATH" bash "$script" 2>&1); then
  echo "az-cli: the script ran with placeholders left" >&2; status=1
elif ! grep -q "set these values first" <<<"$out"; then
  echo "az-cli: unexpected refusal message: $out" >&2; status=1
else
  echo "az-cli: a script with placeholders left refuses to run"
fi
exit $status
