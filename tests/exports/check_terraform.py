"""Parses every generated Terraform file (tests/golden/exports/*/doorplan-azure.tf) with a real
HCL parser (python-hcl2) and checks each resource's arguments and nested blocks against the
azurerm provider's documented schema (azurerm-schema.json). Also checks the cross-references:
every `azurerm_X.Y.attr` and `var.Z` used is declared."""

import json
import pathlib
import re
import sys

import hcl2

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((pathlib.Path(__file__).parent / "azurerm-schema.json").read_text())


def unquote(value):
    """python-hcl2 keeps the quotes of string literals and labels; drop them."""
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


# Terraform's meta-arguments, valid on every resource.
META_ARGUMENTS = {"count", "for_each", "depends_on", "provider", "lifecycle"}


def check_body(where, body, schema, errors, top=True):
    allowed = set(schema["arguments"]) | (META_ARGUMENTS if top else set())
    blocks = schema.get("blocks", {})
    body = {unquote(key): value for key, value in body.items()}
    for key in schema.get("required", []):
        if key not in body:
            errors.append(f"{where}: missing required '{key}'")
    for key, value in body.items():
        value = unquote(value)
        if key.startswith("__") and key.endswith("__"):
            continue  # python-hcl2 metadata
        if key in blocks:
            for index, nested in enumerate(value if isinstance(value, list) else [value]):
                check_body(f"{where}.{key}[{index}]", nested, blocks[key], errors, top=False)
        elif key not in allowed:
            errors.append(f"{where}: '{key}' is not an argument of this resource")
        else:
            choices = schema.get("values", {}).get(key)
            if choices and isinstance(value, str) and not value.startswith("${") and value not in choices:
                errors.append(f"{where}: {key} = {value!r} is not one of {choices}")


def check_custom_bgp(where, document):
    """What the azurerm provider checks when it applies a connection's `custom_bgp_addresses`
    (resource_arm_virtual_network_gateway_connection.go): the block only on an active-active
    gateway, and each literal address one of the gateway's `apipa_addresses`, else "primary or
    secondary address not found at `virtual_network_gateway` configuration"."""
    errors = []
    gateways = [body for block in document.get("resource", []) for kind, instances in block.items()
                if unquote(kind) == "azurerm_virtual_network_gateway" for body in instances.values()]
    apipa = set()
    active_active = False
    for gateway in gateways:
        active_active = active_active or gateway.get("active_active") in (True, "true")
        for settings in gateway.get("bgp_settings", []):
            for peering in settings.get("peering_addresses", []):
                addresses = peering.get("apipa_addresses", [])
                apipa.update(unquote(a) for a in (addresses if isinstance(addresses, list) else []))
    for block in document.get("resource", []):
        for kind, instances in block.items():
            if unquote(kind) != "azurerm_virtual_network_gateway_connection":
                continue
            for name, body in instances.items():
                for custom in body.get("custom_bgp_addresses", []):
                    if not active_active:
                        errors.append(f"{where}: {unquote(name)}: custom_bgp_addresses on a gateway that is not active-active")
                    for key in ("primary", "secondary"):
                        value = unquote(custom.get(key, ""))
                        if value and not value.startswith("${") and value not in apipa:
                            errors.append(f"{where}: {unquote(name)}: custom_bgp_addresses.{key} {value} is not an APIPA address of the gateway")
    return errors


def check_file(path):
    errors = []
    with path.open() as handle:
        document = hcl2.load(handle)
    text = path.read_text()
    declared = set()
    for resource in document.get("resource", []):
        for kind, instances in resource.items():
            kind = unquote(kind)
            if kind not in SCHEMA:
                errors.append(f"{path}: resource type {kind} is not in the checked schema")
                continue
            for name, body in instances.items():
                name = unquote(name)
                declared.add(f"{kind}.{name}")
                check_body(f"{path.parent.name}: {kind}.{name}", body, SCHEMA[kind], errors)
    data_sources = {f"data.{unquote(kind)}.{unquote(name)}" for block in document.get("data", [])
                    for kind, instances in block.items() for name in instances}
    variables = {unquote(name) for block in document.get("variable", []) for name in block}
    # `azurerm_X.Y.attr`, `azurerm_X.Y[0].attr` (count) and `data.azurerm_X.Y[0].attr`.
    for data, reference in set(re.findall(r"(?<![\w.])(data\.)?(azurerm_[a-z_]+\.[a-z0-9_]+)(?:\[[^\]]+\])?\.[a-z_]+", text)):
        if data and f"data.{reference}" not in data_sources:
            errors.append(f"{path.parent.name}: reference to undeclared data.{reference}")
        elif not data and reference not in declared:
            errors.append(f"{path.parent.name}: reference to undeclared {reference}")
    for variable in set(re.findall(r"\bvar\.([a-z0-9_]+)", text)):
        if variable not in variables:
            errors.append(f"{path.parent.name}: var.{variable} is not declared")
    errors.extend(check_custom_bgp(path.parent.name, document))
    sensitive = [unquote(name) for block in document.get("variable", []) for name, body in block.items()
                 if unquote(name).endswith("_psk") and body.get("sensitive") is not True]
    errors.extend(f"{path.parent.name}: variable {name} must be sensitive" for name in sensitive)
    return len(declared), errors


def main():
    files = sorted((ROOT / "tests/golden/exports").glob("*/doorplan-azure.tf"))
    if not files:
        print("check_terraform: no Terraform files found", file=sys.stderr)
        return 1
    failed = False
    for path in files:
        count, errors = check_file(path)
        if errors:
            failed = True
            print("\n".join(errors), file=sys.stderr)
        else:
            print(f"terraform {path.parent.name}: {count} resources parsed and match the azurerm schema")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
