"""Checks the draw.io export (mxGraph XML) with a real XML parser: every golden
tests/golden/exports/*/doorplan-diagram.drawio parses; every node and link of its design is a
cell (SORACOM, each Door VPN, the gateway, the VNet; one edge per link, from its Door VPN to the
gateway); positions are numbers; and a design whose names hold XML and draw.io markup comes
back as the same text (escaped, not interpreted). The Mermaid export is checked by Mermaid
itself: tests/exports/check_mermaid.mjs.

Usage: python tests/exports/check_diagrams.py [path/to/doorplan]"""

import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
DESIGNS = {
    "p1": "p1-single-vpn-static", "p2": "p2-dual-vpn-bgp-active-active", "w": "w-active-active-static",
    "tutorial": "microsoft-aws-bgp-tutorial",
}


def check(name, xml_text, design, errors):
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError as error:
        errors.append(f"{name}: not XML: {error}")
        return None
    cells = {cell.get("id"): cell for cell in root.iter("mxCell")}
    expected = ["soracom", "gateway", "vnet"] + [f"vpn:{vpn['id']}" for vpn in design.get("door_vpns", [])]
    for cell_id in expected:
        cell = cells.get(cell_id)
        if cell is None or cell.get("vertex") != "1":
            errors.append(f"{name}: no node {cell_id}")
            continue
        geometry = cell.find("mxGeometry")
        try:
            [float(geometry.get(key)) for key in ("x", "y", "width", "height")]
        except (TypeError, ValueError, AttributeError):
            errors.append(f"{name}: {cell_id} has no numeric geometry")
    for link in design.get("links", []):
        cell = cells.get(f"link:{link['vpn']}:{link['tunnel']}")
        if cell is None or cell.get("edge") != "1" or cell.get("source") != f"vpn:{link['vpn']}" or cell.get("target") != "gateway":
            errors.append(f"{name}: no edge for link {link}")
    if "legend" not in cells:
        errors.append(f"{name}: no legend")
    return cells


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target/debug/doorplan")
    errors, checked = [], 0
    for directory in sorted((ROOT / "tests/golden/exports").iterdir()):
        path = directory / "doorplan-diagram.drawio"
        template = DESIGNS.get(directory.name)
        if not path.exists() or template is None:
            continue
        design = json.loads((ROOT / f"crates/doorplan/templates/{template}.doorplan.json").read_text())
        check(directory.name, path.read_text(), design, errors)
        checked += 1
    # User text with XML and draw.io markup comes back unchanged.
    hostile = json.loads((ROOT / "crates/doorplan/templates/p2-dual-vpn-bgp-active-active.doorplan.json").read_text())
    hostile["title"] = 'Tokyo <b>&</b> "HQ" \'x\' ]]> <!-- c -->'
    hostile["door_vpns"][0]["name"] = '<mxCell id="evil"/>&amp;'
    with tempfile.TemporaryDirectory() as tmp:
        source = pathlib.Path(tmp) / "hostile.doorplan.json"
        source.write_text(json.dumps(hostile))
        out = subprocess.run([binary, "export", "--format", "drawio", str(source)], capture_output=True, text=True)
        if out.returncode != 0:
            errors.append(f"hostile: export failed: {out.stderr}")
        else:
            cells = check("hostile", out.stdout, hostile, errors)
            if cells is not None:
                if "evil" in cells:
                    errors.append("hostile: a name became a cell")
                label = cells["vpn:door-1"].get("value", "")
                if not label.startswith('<mxCell id="evil"/>&amp;'):
                    errors.append(f"hostile: the VPN name does not come back as text: {label!r}")
                diagram = ET.fromstring(out.stdout).find("diagram")
                if diagram.get("name") != hostile["title"]:
                    errors.append(f"hostile: the title does not come back as text: {diagram.get('name')!r}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(f"drawio: {checked} diagrams and a hostile one parse as XML with every node, link and the legend; user text stays text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
