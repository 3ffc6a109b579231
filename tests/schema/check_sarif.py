"""Checks `doorplan check --format sarif` against the official SARIF 2.1.0 JSON Schema (vendored in
tests/schema/vendor, see its README) with a real validator, and `--format markdown` with a real
Markdown parser (markdown-it-py, CommonMark + tables): every template, several files at once, and
an unreadable file.

Usage: python tests/schema/check_sarif.py path/to/doorplan"""

import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema
from markdown_it import MarkdownIt

ROOT = pathlib.Path(__file__).resolve().parents[2]
SARIF_SCHEMA = json.loads((ROOT / "tests/schema/vendor/sarif-schema-2.1.0.json").read_text())
VALIDATOR = jsonschema.Draft4Validator(SARIF_SCHEMA)
TEMPLATES = sorted((ROOT / "crates/doorplan/templates").glob("*.doorplan.json"))


def run(binary, *args):
    return subprocess.run([binary, "check", *args], capture_output=True, text=True)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target/debug/doorplan")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        # A design whose user text tries to break a Markdown table and inject HTML.
        hostile = json.loads((ROOT / "crates/doorplan/templates/ng-one-vpn-split.doorplan.json").read_text())
        hostile["title"] = "Tokyo | HQ <script>alert(1)</script> `x`"
        hostile["door_vpns"][0]["name"] = "VPN | <b>1</b>"
        hostile_path = pathlib.Path(tmp) / "hostile.doorplan.json"
        hostile_path.write_text(json.dumps(hostile, indent=2))
        broken = pathlib.Path(tmp) / "broken.doorplan.json"
        broken.write_text('{"schema": "doorplan/1", "azure": {"gateway": {"sku": "VpnGw9"}}}')
        files = [str(path) for path in TEMPLATES] + [str(hostile_path), str(broken)]

        sarif = run(binary, "--format", "sarif", *files)
        if sarif.returncode != 2:
            failures.append(f"sarif: exit {sarif.returncode}, expected 2 (one file is unreadable)")
        log = json.loads(sarif.stdout)
        for error in VALIDATOR.iter_errors(log):
            failures.append(f"sarif: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        run0 = log["runs"][0]
        rules = run0["tool"]["driver"]["rules"]
        catalogue = json.loads(subprocess.run([binary, "rules", "--json"], capture_output=True, text=True).stdout)
        catalogue_ids = [rule["id"] for rule in (catalogue["rules"] if isinstance(catalogue, dict) else catalogue)]
        if sorted(rule["id"] for rule in rules) != sorted(catalogue_ids):
            failures.append("sarif: the rules are not the catalogue")
        if not all(rule.get("helpUri", "").startswith("https://") for rule in rules):
            failures.append("sarif: every rule has its source as helpUri")
        results = run0["results"]
        if not results:
            failures.append("sarif: no results")
        for result in results:
            if rules[result["ruleIndex"]]["id"] != result["ruleId"]:
                failures.append(f"sarif: ruleIndex of {result['ruleId']} points at another rule")
            location = result["locations"][0]
            uri = location["physicalLocation"]["artifactLocation"]["uri"]
            pointer = location["logicalLocations"][0]["fullyQualifiedName"]
            region = location["physicalLocation"].get("region")
            path = pathlib.Path(uri[len("file://"):]) if uri.startswith("file://") else ROOT / uri
            if not uri.startswith("file://") and str(path).startswith(str(ROOT)) and not path.exists():
                path = pathlib.Path(uri)
            if region is None:
                failures.append(f"sarif: {result['ruleId']} at {pointer} has no line")
                continue
            # The line must be where the pointed-at value starts (checked with the real JSON).
            document = json.loads(path.read_text())
            node = document
            for step in [s for s in pointer.split("/")[1:]]:
                node = node[int(step)] if isinstance(node, list) else node[step]
            line = path.read_text().splitlines()[region["startLine"] - 1]
            first = line[region["startColumn"] - 1:]
            if not first.startswith("{" if isinstance(node, dict) else ("[" if isinstance(node, list) else "")):
                failures.append(f"sarif: {uri}:{region['startLine']}:{region['startColumn']} is not the start of {pointer}")
        notes = run0["invocations"][0]["toolExecutionNotifications"]
        if run0["invocations"][0]["executionSuccessful"] or not any("broken.doorplan.json" in n["message"]["text"] and n["properties"]["field"] for n in notes):
            failures.append(f"sarif: the unreadable file is not reported: {notes}")

        markdown = run(binary, "--format", "markdown", *files)
        tokens = MarkdownIt("commonmark").enable("table").parse(markdown.stdout)
        if any(token.type in ("html_block", "html_inline") for token in tokens):
            failures.append("markdown: raw HTML reached the comment")
        tables = [token for token in tokens if token.type == "table_open"]
        rows = [token for token in tokens if token.type == "tr_open"]
        findings = len(results)
        if len(rows) - len(tables) != findings:
            failures.append(f"markdown: {len(rows) - len(tables)} table rows for {findings} findings")
        headings = [tokens[i + 1].content for i, token in enumerate(tokens) if token.type == "heading_open" and token.tag == "h3"]
        if len(headings) != len(files):
            failures.append(f"markdown: {len(headings)} file headings for {len(files)} files")
    # The documented GitHub Actions workflow parses and runs these two formats.
    import yaml
    workflow = yaml.safe_load((ROOT / "docs/github-actions/doorplan.yml").read_text())
    steps = workflow["jobs"]["check"]["steps"]
    script = "\n".join(step.get("run", "") for step in steps)
    if "check --format sarif" not in script or "check --format markdown" not in script:
        failures.append("workflow: does not run doorplan check --format sarif and markdown")
    if not any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps):
        failures.append("workflow: does not upload the SARIF")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    print(f"sarif: {len(files)} files, {len(results)} results valid against the SARIF 2.1.0 schema, every line at its JSON pointer; "
          f"markdown: parsed, {len(tables)} tables, no HTML")
    return 0


if __name__ == "__main__":
    sys.exit(main())
