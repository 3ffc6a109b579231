"""Validates design files with a real JSON Schema validator (jsonschema, draft 2020-12) against
schema/doorplan-1.schema.json: every template and fixture design must validate, and designs the
engine rejects must fail the schema wherever a schema can express the rule. The engine's verdict
on each case comes from the doorplan binary itself (exit 2: unreadable input).

Usage: python tests/schema/check_schema.py path/to/doorplan"""

import copy
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schema/doorplan-1.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
P2 = json.loads((ROOT / "crates/doorplan/templates/p2-dual-vpn-bgp-active-active.doorplan.json").read_text())


def engine_accepts(binary, design):
    with tempfile.NamedTemporaryFile("w", suffix=".doorplan.json", delete=False) as handle:
        json.dump(design, handle)
    result = subprocess.run([binary, "check", "--json", handle.name], capture_output=True, text=True)
    pathlib.Path(handle.name).unlink()
    return result.returncode != 2, result.stderr.strip()


def mutated(change):
    design = copy.deepcopy(P2)
    change(design)
    return design


def setter(*path, value):
    def change(design):
        node = design
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
    return change


def deleter(*path):
    def change(design):
        node = design
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]
    return change


# Designs the engine refuses; the schema must refuse each too.
REJECTED = {
    "unknown field (a typo)": setter("azure", "gateway", "activeActive", value=True),
    "unknown top-level field": setter("colour", value="red"),
    "schema missing": deleter("schema"),
    "another schema": setter("schema", value="doorplan/2"),
    "azure missing": deleter("azure"),
    "sku missing": deleter("azure", "gateway", "sku"),
    "unknown sku": setter("azure", "gateway", "sku", value="VpnGw9"),
    "bad CIDR": setter("door_vpns", 0, "tunnels", 0, "inside_cidr", value="169.254.21.0/31x"),
    "prefix length 33": setter("azure", "vnet", "address_space", value=["10.0.0.0/33"]),
    "bad IP": setter("azure", "gateway", "public_ips", value=["52.195.10.311", None]),
    "three tunnels": lambda d: d["door_vpns"][0]["tunnels"].append({"inside_cidr": None}),
    "one tunnel": lambda d: d["door_vpns"][0]["tunnels"].pop(),
    "tunnel index 2": setter("links", 0, "tunnel", value=2),
    "instance index 2": setter("links", 0, "instance", value=2),
    "ASN not a number": setter("azure", "gateway", "asn", value="65000"),
    "ASN too large": setter("azure", "gateway", "asn", value=4294967296),
    "negative ASN": setter("door_vpns", 0, "amazon_asn", value=-1),
    "routing unknown": setter("door_vpns", 0, "routing", value="ospf"),
    "connection mode unknown": setter("links", 0, "connection_mode", value="Passive"),
    "control character in a name": setter("door_vpns", 0, "name", value="Door\u001b[2J VPN"),
    "id too long": setter("door_vpns", 0, "id", value="x" * 65),
    "id missing": deleter("door_vpns", 0, "id"),
    "link without a vpn": deleter("links", 0, "vpn"),
    "layout point without y": setter("layout", "door-1", value={"x": 1}),
    "note not text": setter("notes", value={"door-1": 5}),
    "active_active not boolean": setter("azure", "gateway", "active_active", value="yes"),
    "key not text": setter("door_vpns", 0, "tunnels", 0, "psk", value=12345678),
}

# Designs the engine reads; the schema must accept each.
ACCEPTED = {
    "the template": lambda d: None,
    "$schema": setter("$schema", value="https://example.org/schema/doorplan-1.schema.json"),
    "x- extensions everywhere": lambda d: (d.__setitem__("x-owner", {"team": "net"}), d["azure"]["gateway"].__setitem__("x-ticket", 42), d["door_vpns"][0]["tunnels"][0].__setitem__("x-note", "a")),
    "null optional fields": lambda d: (d["soracom"].__setitem__("vpg_type", None), d["door_vpns"][0].__setitem__("name", None), d["links"][0].__setitem__("connection_mode", None)),
    "notes": setter("notes", value={"gateway": "owned by the network team", "link:door-1:0": "primary"}),
    "a key": setter("door_vpns", 0, "tunnels", 0, "psk", value="Shared_Secret.42"),
    "no soracom block": deleter("soracom"),
}


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target/debug/doorplan")
    failures = []
    files = sorted((ROOT / "crates/doorplan/templates").glob("*.doorplan.json"))
    for path in files:
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(json.loads(path.read_text()))]
        if errors:
            failures.append(f"{path.name} does not validate: {errors}")
    # Every design of the rule fixtures (a template changed at JSON pointers), as the engine's
    # tests build them: each is a design the engine reads, so each must validate.
    templates = {"p1": "p1-single-vpn-static", "p2": "p2-dual-vpn-bgp-active-active", "ng": "ng-one-vpn-split",
                 "w": "w-active-active-static", "tutorial": "microsoft-aws-bgp-tutorial"}
    fixtures = json.loads((ROOT / "tests/fixtures/rules.json").read_text())["rules"]
    fixture_designs = 0
    for rule, kinds in fixtures.items():
        for kind, cases in kinds.items():
            for case in cases if isinstance(cases, list) else []:
                base = case.get("base", "p2")
                if base not in templates:
                    continue  # gen:N designs come from the engine itself
                design = json.loads((ROOT / f"crates/doorplan/templates/{templates[base]}.doorplan.json").read_text())
                for pointer, value in case.get("set", {}).items():
                    if pointer == "$address_space":
                        design["azure"]["vnet"]["address_space"] = [f"10.{i // 256}.{i % 256}.0/24" for i in range(value)]
                        continue
                    steps = [int(step) if step.isdigit() else step for step in pointer.lstrip("/").split("/")]
                    node = design
                    for step in steps[:-1]:
                        node = node[step]
                    if isinstance(node, list) and steps[-1] == len(node):
                        node.append(value)
                    else:
                        node[steps[-1]] = value
                fixture_designs += 1
                for error in VALIDATOR.iter_errors(design):
                    failures.append(f"fixture {rule} {kind}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    for name, change in REJECTED.items():
        design = mutated(change)
        accepted, message = engine_accepts(binary, design)
        if accepted:
            failures.append(f"rejected case '{name}': the engine accepted it (fix the case)")
        elif VALIDATOR.is_valid(design):
            failures.append(f"rejected case '{name}': the engine refuses it ({message}) but the schema accepts it")
    for name, change in ACCEPTED.items():
        design = mutated(change)
        accepted, message = engine_accepts(binary, design)
        if not accepted:
            failures.append(f"accepted case '{name}': the engine refused it: {message}")
        for error in VALIDATOR.iter_errors(design):
            failures.append(f"accepted case '{name}': the schema refuses it: {error.message}")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    print(f"schema: {len(files)} templates and {fixture_designs} fixture designs validate; "
          f"{len(REJECTED)} designs the engine refuses fail the schema; {len(ACCEPTED)} it reads pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
