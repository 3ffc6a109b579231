// Share, embed, offline, pictures, themes and robust storage (issue 5), as a person uses them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, recordingPage, screenshot, dist, pickTemplate } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const badge = (page) => page.getAttribute('#verdict .badge', 'data-verdict');
const only = (requests, origin) => requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));

/** The Share dialog's link (the browser compresses it, so it is ready a moment later). */
async function shareLink(page, withKeys) {
  await page.click('#share');
  await page.waitForSelector('#share-link[data-ready="true"]');
  if (withKeys) {
    const plain = await page.inputValue('#share-link');
    await page.click('#share-include-keys');
    await page.waitForFunction((before) => {
      const input = document.querySelector('#share-link');
      return input.dataset.ready === 'true' && input.value !== before;
    }, plain);
  }
  const link = await page.inputValue('#share-link');
  await page.click('#share-dialog .close');
  return link;
}

test('share link: keys stay out unless asked; opening a link keeps the previous design', async () => {
  const { page, context, errors, requests } = await openPage(browser, server.url);
  await pickTemplate(page, 'p2');
  await page.click('[data-node="door-1"] rect');
  await page.fill('#tunnel-0-psk', 'Shared_Secret.42');
  const plain = await shareLink(page, false);
  const withKeys = await shareLink(page, true);
  assert.match(plain, /#d=[A-Za-z0-9_-]+$/);
  assert.notEqual(plain, withKeys);

  // A colleague with an autosaved design of their own opens the link.
  const other = await openPage(browser, server.url);
  await pickTemplate(other.page, 'w');
  await other.page.click('[data-node="gateway"] rect');
  // A fresh load of the link, as from a chat message (going to it from the open editor would
  // be a hash change, which the open tab handles as a pasted link).
  await other.page.goto('about:blank');
  await other.page.goto(plain);
  await other.page.waitForSelector('#verdict .badge');
  assert.equal(await badge(other.page), 'OK');
  assert.equal(await other.page.getAttribute('#verdict code[data-pattern]', 'data-pattern'), 'dual-vpn-bgp-active-active');
  await other.page.click('[data-node="door-1"] rect');
  assert.equal(await other.page.inputValue('#tunnel-0-psk'), '', 'no key in a plain link');

  const keyed = await openPage(browser, withKeys);
  await keyed.page.click('[data-node="door-1"] rect');
  assert.equal(await keyed.page.inputValue('#tunnel-0-psk'), 'Shared_Secret.42', 'the key travels when asked');
  await keyed.context.close();
  assert.deepEqual(only(requests, server.url), []);
  assert.deepEqual(errors, []);
  await context.close();
  await other.context.close();
});

test('designs list: the previous design is kept when a link opens; open, rename, duplicate, delete', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'w');
  await page.click('[data-node="gateway"] rect'); // the autosave now holds W
  const p1 = await openPage(browser, server.url);
  await pickTemplate(p1.page, 'p1');
  const link = await shareLink(p1.page, false);
  await p1.context.close();

  await page.goto('about:blank');
  await page.goto(link);
  await page.waitForSelector('#notice');
  assert.match(await page.textContent('#notice'), /previous design is kept/);
  assert.equal(await page.getAttribute('#verdict code[data-pattern]', 'data-pattern'), 'single-vpn-static');
  assert.doesNotMatch(page.url(), /#d=/, 'the link is consumed, so a reload shows the autosave');

  await page.click('#designs');
  const kept = page.locator('li.saved').first();
  assert.match(await kept.textContent(), /kept when a shared link was opened/);
  await kept.locator('.duplicate').click();
  assert.equal(await page.locator('li.saved').count(), 2);
  await page.locator('li.saved').nth(1).locator('.rename-button').click();
  await page.fill('li.saved input.rename', 'Workaround copy');
  await page.press('li.saved input.rename', 'Enter');
  await page.waitForSelector('li.saved[data-saved="Workaround copy"]');
  await page.locator('li.saved[data-saved="Workaround copy"] .delete').click();
  assert.equal(await page.locator('li.saved').count(), 1);
  await page.click('#designs-save-current');
  assert.equal(await page.locator('li.saved').count(), 2);
  await page.locator('li.saved').nth(1).locator('.open').click();
  await page.waitForSelector('#designs-panel', { state: 'detached' });
  assert.equal(await page.getAttribute('#verdict code[data-pattern]', 'data-pattern'), 'active-active-static-single-vpn');
  await page.reload();
  await page.click('#designs');
  assert.equal(await page.locator('li.saved').count(), 2, 'the list survives a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed: the viewer in an iframe, and embed.js on a documentation page', async () => {
  const { page, context, requests, errors } = await recordingPage(browser);
  await page.goto(`${server.url}embed-demo.html`);
  const frame = page.frameLocator('#embed-src iframe');
  await frame.locator('#verdict .badge[data-verdict="OK"]').waitFor();
  assert.equal(await frame.locator('code[data-pattern]').getAttribute('data-pattern'), 'dual-vpn-bgp-active-active');
  assert.ok(await frame.locator('li.finding[data-rule="BGP-DOOR-APPLICATION"]').count() > 0);
  assert.equal(await frame.locator('.boot').count(), 0, 'the loading placeholder is gone once the viewer renders');
  const inline = page.frameLocator('#embed-inline iframe');
  await inline.locator('#verdict .badge[data-verdict="NG"]').waitFor();
  assert.ok(await inline.locator('li.finding[data-rule="TOPO-SPLIT-VPN"]').count() > 0);
  assert.equal(await inline.locator('.fix').count(), 0, 'read-only: no quick fixes');
  const open = await inline.locator('#open-in-editor').getAttribute('href');
  assert.match(open, /index\.html#d=[A-Za-z0-9_-]+$/);
  // The plain iframe (no script) shows the workaround design.
  const plainFrame = page.frameLocator('#embed-iframe iframe');
  await plainFrame.locator('#verdict .badge[data-verdict="WARN"]').waitFor();
  assert.equal(await plainFrame.locator('code[data-pattern]').getAttribute('data-pattern'), 'active-active-static-single-vpn');
  // Every iframe is the small viewer, not the editor.
  for (const selector of ['#embed-src iframe', '#embed-inline iframe', '#embed-iframe iframe']) {
    assert.match(await page.getAttribute(selector, 'src'), /viewer\.html#d=/, selector);
  }
  await screenshot(page, 'embed-demo');
  assert.deepEqual(only(requests, server.url), [], 'nothing from another host');
  // Once loaded, using the viewers makes no request at all.
  const settled = requests.length;
  await inline.locator('li.finding[data-rule="TOPO-SPLIT-VPN"] .finding-select').click();
  await frame.locator('#canvas').click({ position: { x: 10, y: 10 } });
  await page.waitForTimeout(300);
  assert.deepEqual(requests.slice(settled), [], 'no request after loading');

  // The editor opened from the viewer's link shows the same design.
  const editor = await openPage(browser, open);
  assert.equal(await badge(editor.page), 'NG');
  await editor.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('static hosting under a sub-path, and no request at all after loading', async () => {
  const sub = await serve(dist, '/docs/tools/doorplan/');
  const { page, context, errors, requests } = await openPage(browser, sub.url);
  assert.equal(await badge(page), 'OK');
  const loaded = requests.length;
  await pickTemplate(page, 'ng');
  await page.click('#export');
  await page.click('#export-force');
  await page.keyboard.press('Escape');
  await page.click('#lang-toggle');
  await page.click('[data-node="gateway"] rect');
  assert.equal(requests.length, loaded, `no request after loading: ${requests.slice(loaded)}`);
  assert.ok(requests.every((url) => url.startsWith(sub.url) || url.startsWith('data:')), requests.join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
  await sub.close();
});

test('offline: the single-file build opens from file:// with no request but itself', async () => {
  const file = path.join(root, 'dist-single', 'doorplan.html');
  assert.ok(fs.existsSync(file), 'scripts/single-file.mjs has built dist-single/doorplan.html');
  const { page, context, requests, errors } = await recordingPage(browser);
  await page.goto(`file://${file}`);
  await page.waitForSelector('#verdict .badge');
  await pickTemplate(page, 'w');
  assert.equal(await badge(page), 'WARN');
  // Exports work from the single file too (nothing is fetched for them).
  await page.click('#export');
  assert.match(await page.textContent('#export-preview'), /az network vnet-gateway create/);
  await page.click('button[data-format="sarif"]');
  assert.equal(JSON.parse(await page.textContent('#export-preview')).version, '2.1.0');
  await page.keyboard.press('Escape');
  assert.deepEqual(requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:')), [`file://${file}`]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pictures: SVG and PNG with a legend, user text escaped', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'ng');
  await page.fill('#design-title', 'Tokyo <b>&</b> "HQ"');
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#picture-svg')]);
  assert.equal(svgDownload.suggestedFilename(), 'doorplan-diagram.svg');
  const svg = fs.readFileSync(await svgDownload.path(), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /Tokyo &lt;b&gt;&amp;&lt;\/b&gt; &quot;HQ&quot;/);
  assert.doesNotMatch(svg, /<b>/);
  assert.match(svg, /class="verdict-ng"[^>]*>NG</);
  assert.match(svg, /one-vpn-split-across-instances/);
  assert.match(svg, /\d{4}-\d{2}-\d{2}/, 'dated');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#picture-png')]);
  const png = fs.readFileSync(await pngDownload.path());
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG file');
  assert.ok(png.length > 5000, `a real picture (${png.length} bytes)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage: a corrupt autosave is reported and offered for download; a full storage says so', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('doorplan.autosave.v1', '{"schema":"doorplan/1","azure":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url);
  await page.waitForSelector('#notice');
  assert.match(await page.textContent('#notice'), /autosaved design could not be read/);
  assert.equal(await badge(page), 'OK', 'the app starts');
  assert.equal(await page.evaluate(() => localStorage.getItem('doorplan.autosave.unreadable')), '{"schema":"doorplan/1","azure":', 'moved aside, never overwritten');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-raw')]);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), '{"schema":"doorplan/1","azure":');

  // Storage that refuses writes: the user is told, the edit stays.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  await page.click('[data-node="gateway"] rect');
  await page.fill('#gateway-asn', '65001');
  await page.waitForFunction(() => /Autosave failed/.test(document.querySelector('#notice')?.textContent ?? ''));
  assert.equal(await page.inputValue('#gateway-asn'), '65001');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dark mode follows the system and can be switched', async () => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#verdict .badge');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
  assert.equal(await background(), '#14181f');
  await screenshot(page, 'editor-dark');
  await page.click('#theme-toggle'); // system → dark
  await page.click('#theme-toggle'); // dark → light
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  assert.equal(await background(), '#f6f7f9');
  await page.reload();
  await page.waitForSelector('#verdict .badge');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light', 'remembered');
  await context.close();
});
