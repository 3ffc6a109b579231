// The export dialog and the paste box for SORACOM's VPN details (issue 4, browser part).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openPage, screenshot, pickTemplate } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const golden = (path) => fs.readFileSync(new URL(`../golden/exports/${path}`, import.meta.url), 'utf8');
const aws = (name) => fs.readFileSync(new URL(`../fixtures/aws/${name}`, import.meta.url));

test('export: preview equals the command line output, copy and download work', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await pickTemplate(page, 'p2');
  await page.click('#export');
  await page.waitForSelector('#export-preview');
  assert.equal(await page.textContent('#export-preview'), golden('p2/doorplan-azure.sh'), 'same bytes as doorplan export');
  await page.click('button[data-format="terraform"]');
  assert.equal(await page.textContent('#export-preview'), golden('p2/doorplan-azure.tf'));
  await page.click('button[data-format="bicep"]');
  assert.equal(await page.textContent('#export-preview'), golden('p2/doorplan-azure.bicep'));
  await page.click('button[data-format="bicep-params"]');
  assert.equal(await page.textContent('#export-preview'), golden('p2/doorplan-azure.bicepparam'));
  await page.click('button[data-format="drawio"]');
  assert.equal(await page.textContent('#export-preview'), golden('p2/doorplan-diagram.drawio'));
  await page.click('button[data-format="mermaid"]');
  assert.equal(await page.textContent('#export-preview'), golden('p2/doorplan-diagram.mmd'));
  // The CI reports of the design, as doorplan check --format sarif|markdown writes them.
  await page.click('button[data-format="sarif"]');
  const sarif = JSON.parse(await page.textContent('#export-preview'));
  assert.equal(sarif.version, '2.1.0');
  assert.deepEqual(sarif.runs[0].results.map((r) => [r.ruleId, r.locations[0].logicalLocations[0].fullyQualifiedName]),
    [['BGP-DOOR-APPLICATION', '/door_vpns/0'], ['BGP-DOOR-APPLICATION', '/door_vpns/1']]);
  await page.click('button[data-format="markdown"]');
  assert.match(await page.textContent('#export-preview'), /\*\*OK — this design can be built\*\*/);
  await page.click('button[data-format="door-request"]');
  assert.equal(await page.textContent('#export-preview'), golden('p2/doorplan-door-request.txt.en'));
  await screenshot(page, 'export-dialog');

  await page.click('#export-copy');
  await page.waitForSelector('text=Copied to the clipboard.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), golden('p2/doorplan-door-request.txt.en'));

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-download')]);
  assert.equal(download.suggestedFilename(), 'doorplan-door-request.txt');
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), golden('p2/doorplan-door-request.txt.en'));
  await page.keyboard.press('Escape');
  await page.waitForSelector('#export-dialog', { state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('export: an NG design is refused with its reasons unless the user insists', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'ng');
  await page.click('#export');
  await page.waitForSelector('#export-refused');
  assert.match(await page.textContent('#export-refused'), /TOPO-SPLIT-VPN/);
  assert.equal(await page.$('#export-preview'), null);
  await page.click('#export-force');
  await page.waitForSelector('#export-preview');
  assert.match(await page.textContent('#export-preview'), /az network vnet-gateway create/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("paste SORACOM's VPN details: values filled, contradictions reported, broken text refused", async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'p2');
  await page.click('[data-node="door-1"] rect');
  await page.click('#aws-paste-toggle');
  await page.fill('#aws-config', aws('door-1.generic.txt').toString());
  await page.click('#aws-fill');
  await page.waitForSelector('#notice');
  assert.match(await page.textContent('#notice'), /Filled 5 value/);
  assert.match(await page.textContent('[data-node="door-1"]'), /52\.195\.10\.11/);
  assert.equal(await page.inputValue('#tunnel-0-outside-ip'), '52.195.10.11');
  assert.equal(await page.getAttribute('#verdict .badge', 'data-verdict'), 'OK');

  assert.equal(await page.getAttribute('#aws-paste-toggle', 'aria-expanded'), 'true', 'the box stays open for the next paste');
  await page.fill('#aws-config', aws('door-1-conflict.generic.txt').toString());
  await page.click('#aws-fill');
  await page.waitForFunction(() => /169\.254\.139\.116\/30/.test(document.querySelector('#notice')?.textContent ?? ''));
  assert.equal(await page.inputValue('#tunnel-1-inside-cidr'), '169.254.22.0/30', 'the design keeps its value');

  await page.fill('#aws-config', aws('broken.generic.txt').toString());
  await page.click('#aws-fill');
  await page.waitForFunction(() => /52\.195\.10\.311/.test(document.querySelector('#notice')?.textContent ?? ''));
  assert.deepEqual(errors, []);
  await context.close();
});
