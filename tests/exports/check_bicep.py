"""Checks every generated Bicep file through a real parser and Azure's own resource schema:

1. tree-sitter-bicep parses each `doorplan-azure.bicep` and `.bicepparam` of
   tests/golden/exports/ with no ERROR or missing node;
2. each resource's type and API version exist in Azure's ARM schema for Microsoft.Network
   2023-11-01 (tests/exports/vendor/, see its README), and every property path written in
   the resource body exists there, with every literal string of an enumerated property one of
   its values.

There is no Bicep compiler in the package registries; this is the closest real check.
Usage: python tests/exports/check_bicep.py [path/to/Microsoft.Network.NRP.2023-11-01.json]"""

import json
import pathlib
import sys

import tree_sitter_bicep
from tree_sitter import Language, Parser

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_SCHEMA = ROOT / "tests/exports/vendor/Microsoft.Network.NRP.2023-11-01.json"
PARSER = Parser(Language(tree_sitter_bicep.language()))
# Keys Bicep itself gives every resource body (not ARM properties).
BICEP_KEYS = {"dependsOn", "parent", "scope"}
EXPRESSION = "https://schema.management.azure.com/schemas/common/definitions.json#/definitions/expression"


def broken_nodes(node, source, out):
    if node.type == "ERROR" or node.is_missing:
        line = node.start_point[0] + 1
        out.append(f"line {line}: {'missing ' + node.type if node.is_missing else 'syntax error'}: {source[node.start_byte:node.end_byte][:60]!r}")
    for child in node.children:
        broken_nodes(child, source, out)


class Schema:
    def __init__(self, document):
        self.document = document

    def resolve(self, node):
        """Follows local $refs and picks the non-expression branch of oneOf/anyOf/allOf."""
        seen = 0
        while isinstance(node, dict) and seen < 50:
            seen += 1
            if "$ref" in node:
                reference = node["$ref"]
                if not reference.startswith("#/"):
                    return None
                target = self.document
                for step in reference[2:].split("/"):
                    target = target[step]
                node = target
            elif "oneOf" in node or "anyOf" in node:
                branches = [b for b in node.get("oneOf", node.get("anyOf")) if b.get("$ref") != EXPRESSION]
                node = branches[0] if len(branches) == 1 else {"__branches__": branches}
            elif "allOf" in node:
                merged = {"properties": {}}
                for part in node["allOf"]:
                    part = self.resolve(part) or {}
                    merged["properties"].update(part.get("properties", {}))
                    for key in ("enum", "type", "items"):
                        if key in part:
                            merged[key] = part[key]
                merged["properties"].update(node.get("properties", {}))
                node = merged
            else:
                return node
        return node

    def child(self, node, key):
        node = self.resolve(node)
        if node is None:
            return None
        candidates = node["__branches__"] if "__branches__" in node else [node]
        for candidate in candidates:
            candidate = self.resolve(candidate)
            if candidate and key in candidate.get("properties", {}):
                return candidate["properties"][key]
        return None

    def items(self, node):
        node = self.resolve(node)
        return node.get("items") if node else None

    def enum(self, node):
        node = self.resolve(node)
        return node.get("enum") if node else None


def text(node, source):
    return source[node.start_byte:node.end_byte].decode()


def check_object(schema, where, node, object_node, source, errors, counts, top=False):
    for prop in (c for c in object_node.children if c.type == "object_property"):
        key_node = prop.children[0]
        key = text(key_node, source).strip("'")
        value = prop.children[-1]
        path = f"{where}.{key}"
        if key in BICEP_KEYS and top:
            continue
        target = schema.child(node, key)
        if target is None:
            errors.append(f"{path}: not a property in the ARM schema")
            continue
        counts["paths"] += 1
        check_value(schema, path, target, value, source, errors, counts)


def check_value(schema, path, target, value, source, errors, counts):
    if value.type == "object":
        check_object(schema, path, target, value, source, errors, counts)
    elif value.type == "array":
        item_schema = schema.items(target)
        for index, item in enumerate(c for c in value.children if c.type not in ("[", "]")):
            if item_schema is None:
                errors.append(f"{path}: not an array in the ARM schema")
                break
            check_value(schema, f"{path}[{index}]", item_schema, item, source, errors, counts)
    elif value.type == "string" and not any(c.type == "interpolation" for c in value.children):
        choices = schema.enum(target)
        literal = text(value, source)[1:-1]
        if choices is not None:
            counts["enums"] += 1
            if literal not in choices:
                errors.append(f"{path}: '{literal}' is not one of {choices}")
    elif value.type == "if_statement" or value.type == "conditional_expression":
        for child in value.children:
            if child.type == "object":
                check_object(schema, path, target, child, source, errors, counts)


def check_resources(schema, path, tree, source, errors, counts):
    for declaration in (c for c in tree.root_node.children if c.type == "resource_declaration"):
        name = next(c for c in declaration.children if c.type == "identifier")
        type_node = next(c for c in declaration.children if c.type == "string")
        full = text(type_node, source).strip("'")
        kind, _, version = full.partition("@")
        provider, _, resource = kind.partition("/")
        where = f"{path.parent.name}/{path.name}: {text(name, source)}"
        definitions = schema.document["resourceDefinitions"]
        if provider != "Microsoft.Network" or resource not in definitions:
            errors.append(f"{where}: resource type {kind} is not in the checked schema")
            continue
        versions = definitions[resource]["properties"]["apiVersion"]["enum"]
        if version not in versions:
            errors.append(f"{where}: API version {version} of {kind} is not in the schema ({versions})")
        counts["resources"] += 1
        body = next((c for c in declaration.children if c.type == "object"), None)
        if body is None:  # `= if (…) { … }`
            body = next(c for c in declaration.children if c.type == "if_statement")
            body = next(c for c in body.children if c.type == "object")
        check_object(schema, where, definitions[resource], body, source, errors, counts, top=True)


def declared_params(bicep):
    """The template's parameters: name → (type, secure)."""
    source = bicep.read_bytes()
    tree = PARSER.parse(source)
    params, secure = {}, False
    for node in tree.root_node.children:
        if node.type == "decorators" or node.type == "decorator":
            secure = secure or "@secure" in text(node, source)
        if node.type == "parameter_declaration":
            identifier = next(c for c in node.children if c.type == "identifier")
            kind = next((c for c in node.children if c.type in ("primitive_type", "type", "array_type", "identifier") and c != identifier), None)
            params[text(identifier, source)] = (text(kind, source) if kind else "?", "@secure" in text(node, source) or secure)
            secure = False
    return params


def check_params(path):
    """A .bicepparam: `using` the template next to it, then `param name = value` for parameters
    the template declares. tree-sitter-bicep has no rule for a parameter *assignment*, so each
    value is parsed as the default of a typed parameter declaration (the same expression grammar:
    quoting and escapes are checked by the real parser)."""
    errors = []
    template = path.with_suffix(".bicep")
    params = declared_params(template)
    lines = path.read_text().splitlines()
    usings = [line for line in lines if line.startswith("using ")]
    if usings != [f"using './{template.name}'"]:
        errors.append(f"{path.parent.name}/{path.name}: expected one `using './{template.name}'`, found {usings}")
    for number, line in enumerate(lines, 1):
        if not line.startswith("param "):
            continue
        name, equals, value = line[len("param "):].partition(" = ")
        if not equals or name not in params:
            errors.append(f"{path.parent.name}/{path.name}: line {number}: {name!r} is not a parameter of {template.name}")
            continue
        kind = params[name][0]
        probe = f"param {name} {kind} = {value}\n".encode()
        broken = []
        broken_nodes(PARSER.parse(probe).root_node, probe.decode(), broken)
        errors.extend(f"{path.parent.name}/{path.name}: line {number}: {message}" for message in broken)
    return errors


def main():
    schema_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SCHEMA
    if not schema_path.exists():
        print(f"check_bicep: {schema_path} not found (the ARM schema reference)", file=sys.stderr)
        return 1
    schema = Schema(json.loads(schema_path.read_text()))
    files = sorted((ROOT / "tests/golden/exports").glob("*/doorplan-azure.bicep*"))
    files = [f for f in files if f.suffix in (".bicep", ".bicepparam")]
    if not files:
        print("check_bicep: no Bicep files found", file=sys.stderr)
        return 1
    errors, counts = [], {"resources": 0, "paths": 0, "enums": 0}
    for path in files:
        if path.suffix == ".bicep":
            source = path.read_bytes()
            tree = PARSER.parse(source)
            broken = []
            broken_nodes(tree.root_node, source.decode(), broken)
            errors.extend(f"{path.parent.name}/{path.name}: {message}" for message in broken)
            check_resources(schema, path, tree, source, errors, counts)
        else:
            errors.extend(check_params(path))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(f"bicep: {len(files)} files parse with no error; {counts['resources']} resources, "
          f"{counts['paths']} property paths and {counts['enums']} enumerated values match the ARM schema (Microsoft.Network 2023-11-01)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
