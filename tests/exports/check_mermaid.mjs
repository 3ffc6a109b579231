// Parses every generated Mermaid flowchart (tests/golden/exports/*/doorplan-diagram.mmd, and one
// made from a design whose names try to break out of the labels) with Mermaid itself
// (npm 'mermaid', its own parser, in headless Chromium), renders each to SVG, and checks that every
// node and link of the design is in the rendered diagram and no user text became markup.
// Usage: node tests/exports/check_mermaid.mjs [path/to/doorplan]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const doorplan = process.argv[2] ?? path.join(root, 'target/debug/doorplan');
const goldens = path.join(root, 'tests/golden/exports');
const cases = fs.readdirSync(goldens)
  .filter((dir) => fs.existsSync(path.join(goldens, dir, 'doorplan-diagram.mmd')))
  .map((dir) => ({ name: dir, text: fs.readFileSync(path.join(goldens, dir, 'doorplan-diagram.mmd'), 'utf8') }));

// A hostile design: quotes, brackets, HTML, Mermaid syntax and a directive in user text.
const hostile = JSON.parse(fs.readFileSync(path.join(root, 'crates/doorplan/templates/p2-dual-vpn-bgp-active-active.doorplan.json'), 'utf8'));
hostile.title = 'Tokyo "HQ" <img src=x onerror=alert(1)> %%{init: {"theme":"dark"}}%%';
hostile.door_vpns[0].name = 'VPN]) --> x[("evil") <b>b</b>';
hostile.azure.gateway.name = 'gw"; click gateway call alert(1)';
const hostileFile = path.join(root, 'target', 'hostile-mermaid.doorplan.json');
fs.mkdirSync(path.dirname(hostileFile), { recursive: true });
fs.writeFileSync(hostileFile, JSON.stringify(hostile));
cases.push({ name: 'hostile', text: execFileSync(doorplan, ['export', '--format', 'mermaid', '--force', hostileFile], { encoding: 'utf8' }), hostile: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage();
await page.setContent('<!doctype html><html><body></body></html>');
await page.addScriptTag({ path: path.join(root, 'node_modules/mermaid/dist/mermaid.min.js') });
await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
const failures = [];
for (const { name, text, hostile: isHostile } of cases) {
  const result = await page.evaluate(async ({ text, id }) => {
    try {
      await window.mermaid.parse(text);
      const { svg } = await window.mermaid.render(id, text);
      const doc = document.createElement('div');
      doc.innerHTML = svg;
      return {
        nodes: doc.querySelectorAll('g.node').length,
        edges: doc.querySelectorAll('path.flowchart-link').length,
        scripts: doc.querySelectorAll('script, foreignObject img, foreignObject b').length,
        labels: [...doc.querySelectorAll('g.node')].map((n) => n.textContent),
      };
    } catch (error) {
      return { error: String(error && error.message || error) };
    }
  }, { text, id: `d-${name.replace(/[^a-z0-9]/gi, '')}` });
  if (result.error) { failures.push(`${name}: Mermaid refuses it: ${result.error}`); continue; }
  const links = (text.match(/ -- "/g) ?? []).length;
  const dotted = (text.match(/ -\.- /g) ?? []).length;
  if (result.nodes < 3) failures.push(`${name}: only ${result.nodes} nodes rendered`);
  if (result.edges !== links + dotted) failures.push(`${name}: ${result.edges} edges rendered for ${links + dotted} in the text`);
  if (result.scripts) failures.push(`${name}: user text became markup`);
  if (isHostile && !result.labels.some((label) => label.includes('VPN]) --> x[("evil")'))) {
    failures.push(`${name}: the hostile name is not shown as text: ${result.labels.join(' | ')}`);
  }
}
await browser.close();
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`mermaid: ${cases.length} flowcharts parsed and rendered by Mermaid, every node and link present, user text stays text`);
