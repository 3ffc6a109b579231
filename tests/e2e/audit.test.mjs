// The audit (issue 13) in the editor: what the Azure CLI printed, compared with the design and
// explained, as a person uses it: open files or paste, read the differences, see the live
// status on the diagram, build a design from a deployment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, screenshot, pickTemplate } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(root, 'tests/fixtures/azure');
const files = (name) => fs.readdirSync(path.join(fixtures, name)).sort().map((file) => path.join(fixtures, name, file));
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('audit: P2 deployed as designed matches; a design can be built from it', async () => {
  const { page, context, errors, requests } = await openPage(browser, server.url);
  await pickTemplate(page, 'p2');
  await page.click('#audit');
  await page.setInputFiles('#audit-files', files('p2'));
  await page.waitForSelector('#audit-matches');
  assert.equal(await page.locator('#audit-sources li[data-source]').count(), 3);
  assert.match(await page.textContent('#audit-sources'), /VPN gateway vgw-door/);
  // Pasting works as well as opening: a fourth source, the same gateway again.
  await page.fill('#audit-paste', fs.readFileSync(path.join(fixtures, 'p2/gateway.json'), 'utf8'));
  await page.click('#audit-add');
  await page.waitForSelector('#audit-sources li[data-source="pasted #1"]');
  await page.click('#audit-build');
  await page.waitForSelector('#audit-built');
  assert.match(await page.textContent('#audit-built'), /lng-door-1-t1, lng-door-1-t2/);
  await page.click('#audit-open-built');
  await page.waitForSelector('#audit-dialog', { state: 'detached' });
  await page.waitForSelector('#verdict code[data-pattern="dual-vpn-bgp-active-active"]');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((url) => !url.startsWith(server.url)), [], 'nothing leaves the browser');
  await context.close();
});

test('audit: a drifted P2 lists each difference with both values and what it breaks', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await page.setInputFiles('#file-input', path.join(fixtures, 'p2-filled.doorplan.json'));
  await page.waitForSelector('#verdict .badge[data-verdict="OK"]');
  await page.click('#audit');
  await page.setInputFiles('#audit-files', files('p2-drifted'));
  await page.waitForSelector('#audit-differences');
  const kinds = await page.$$eval('#audit-differences tr[data-kind]', (rows) => rows.map((row) => row.dataset.kind));
  for (const kind of ['gateway-sku', 'lng-address', 'lng-asn', 'connection-mode', 'connection-ike', 'connection-missing', 'lng-extra']) {
    assert.ok(kinds.includes(kind), `${kind} in ${kinds}`);
  }
  const address = page.locator('#audit-differences tr[data-kind="lng-address"]');
  assert.equal(await address.locator('.planned').textContent(), '52.195.10.12');
  assert.equal(await address.locator('.deployed').textContent(), '52.195.10.99');
  assert.match(await address.locator('.message').textContent(), /wrong AWS endpoint/);
  assert.doesNotMatch(await page.textContent('#audit-dialog'), /Tunnel1\.Key/, 'keys never shown');
  await screenshot(page, 'audit-drifted');
  // Japanese, too.
  await page.keyboard.press('Escape');
  await page.click('#lang-toggle');
  await page.click('#audit');
  await page.setInputFiles('#audit-files', files('p2-drifted'));
  await page.waitForSelector('#audit-differences');
  assert.match(await page.textContent('#audit-differences tr[data-kind="lng-address"] .message'), /AWS エンドポイント/);
  await page.click('#lang-toggle').catch(() => {});
  assert.deepEqual(errors, []);
  await context.close();
});

test('audit: the split design shows exactly the session that cannot come up, on the diagram too', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'ng');
  await page.click('#audit');
  await page.setInputFiles('#audit-files', files('ng-status'));
  await page.waitForSelector('#audit-notes');
  const ng = page.locator('#audit-notes li[data-severity="NG"]');
  assert.equal(await ng.count(), 1);
  assert.equal(await ng.getAttribute('data-subject'), 'link:door-1:1');
  assert.match(await ng.textContent(), /second Door VPN/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('#audit-dialog', { state: 'detached' });
  const down = page.locator('g.link[data-link="link:door-1:1"]');
  assert.match(await down.getAttribute('class'), /status-not-connected/);
  assert.equal(await down.getAttribute('data-status'), 'not-connected/connecting');
  assert.match(await page.getAttribute('g.link[data-link="link:door-1:0"]', 'class'), /status-connected/);
  assert.match(await page.textContent('g.link[data-link="link:door-1:1"] > title'), /BGP: connecting/);
  await screenshot(page, 'audit-split-status');
  // The status follows the design: remove the link and its status goes with it.
  await page.click('g.link[data-link="link:door-1:1"] path.hit', { force: true });
  await page.keyboard.press('Delete');
  await page.waitForSelector('g.link[data-link="link:door-1:1"]', { state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});
