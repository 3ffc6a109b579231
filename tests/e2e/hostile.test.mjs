// Hostile and huge inputs in the browser (issue 11): bombs and damaged links, embeds that try to
// leak keys or run script, a page policy without inline script, and browser faults (storage
// disabled or full, clipboard refused, a file that is not UTF-8, a 20 MB file) — each gives a
// clear message and keeps what the user made.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, openPage, recordingPage, dist, pickTemplate } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const badge = (page) => page.getAttribute('#verdict .badge', 'data-verdict');

/** Link data for `text` (raw DEFLATE, base64url), made by the page's own CompressionStream. */
const linkData = (page, text) => page.evaluate(async (text) => {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}, text);

test('the pages allow no inline script: the loaders are files', async () => {
  for (const page of ['index.html', 'viewer.html']) {
    const html = fs.readFileSync(path.join(dist, page), 'utf8');
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    const scripts = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src')) ?? '';
    assert.ok(scripts.includes("'self'"), `${page}: ${policy}`);
    const tokens = scripts.split(/\s+/);
    assert.ok(!tokens.includes("'unsafe-inline'") && !tokens.includes("'unsafe-eval'"), `${page}: ${scripts} ('wasm-unsafe-eval' only compiles the Wasm)`);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${page}: no inline <script>`);
  }
});

test('a decompression bomb in a link says it is too large, with the limit, and changes nothing', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'w');
  const bomb = await linkData(page, ' '.repeat(5 * 1024 * 1024));
  assert.ok(bomb.length < 20000, `a small link (${bomb.length} chars)`);
  await page.goto(`${server.url}#d=${bomb}`);
  await page.waitForSelector('#notice');
  const notice = await page.textContent('#notice');
  assert.match(notice, /too large/);
  assert.match(notice, /4 MiB/);
  assert.equal(await badge(page), 'WARN', 'the previous design is still there');
  // The viewer says so too, instead of an empty frame.
  await page.goto(`${server.url}viewer.html#d=${bomb}`);
  await page.waitForSelector('.viewer.error');
  assert.match(await page.textContent('.viewer.error'), /too large.*4 MiB/);
  // A damaged link: named, nothing changed.
  await page.goto(`${server.url}#d=not*base64!`);
  await page.waitForSelector('#notice');
  assert.match(await page.textContent('#notice'), /could not be opened/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a key written twice in a link is refused by the editor and the viewer in the same words', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'w');
  const p2 = fs.readFileSync(new URL('../../crates/doorplan/templates/p2-dual-vpn-bgp-active-active.doorplan.json', import.meta.url), 'utf8');
  const twice = p2.replace('"active_active": true,', '"active_active": false, "active_active": true,');
  assert.notEqual(twice, p2);
  const data = await linkData(page, twice);
  const said = /azure\.gateway\.active_active: the key "active_active" appears twice in one object \(line \d+, column \d+\)/;
  await page.goto(`${server.url}#d=${data}`);
  await page.waitForSelector('#notice');
  const notice = (await page.textContent('#notice')).match(said)?.[0];
  assert.ok(notice, await page.textContent('#notice'));
  assert.equal(await badge(page), 'WARN', 'the previous design is still there');
  await page.goto(`${server.url}viewer.html#d=${data}`);
  await page.waitForSelector('.viewer.error');
  assert.equal((await page.textContent('.viewer.error')).match(said)?.[0], notice, 'the same path, line and column');
  assert.equal(await page.locator('#verdict .badge').count(), 0, 'no verdict for a design it did not read');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged link never overwrites an unreadable autosave: it is kept and offered', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('doorplan.autosave.v1', '{"schema":"doorplan/1","azure":{"vnet"');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  await page.goto(`${server.url}#d=AAAA`);
  await page.waitForSelector('#verdict .badge');
  await page.waitForSelector('#notice');
  assert.equal(await page.evaluate(() => localStorage.getItem('doorplan.autosave.unreadable')), '{"schema":"doorplan/1","azure":{"vnet"');
  await context.close();
});

test('embed.js strips keys from the iframe address and runs no script address', async () => {
  const { page, context, errors } = await recordingPage(browser);
  const design = JSON.parse(fs.readFileSync(new URL('../../crates/doorplan/templates/p2-dual-vpn-bgp-active-active.doorplan.json', import.meta.url), 'utf8'));
  design.door_vpns[0].tunnels[0].psk = 'Leaked_Secret.42';
  const html = `<!doctype html><html><body>
    <div id="keyed" data-doorplan><script type="application/json">${JSON.stringify(design)}</script></div>
    <div id="evil" data-doorplan data-doorplan-app="javascript:alert(document.domain)//"><script type="application/json">${JSON.stringify(design)}</script></div>
    <script src="embed.js"></script></body></html>`;
  await page.route(`${server.url}hostile-embed.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${server.url}hostile-embed.html`);
  await page.waitForSelector('#keyed iframe');
  const src = await page.getAttribute('#keyed iframe', 'src');
  assert.match(src, /viewer\.html#d=/);
  const inside = await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return await new Response(stream).text();
  }, src.split('#d=')[1]);
  assert.ok(inside.includes('"door-1"'), 'the design is there');
  assert.ok(!inside.includes('Leaked_Secret') && !inside.includes('psk'), 'the key is not');
  await page.frameLocator('#keyed iframe').locator('#verdict .badge[data-verdict="OK"]').waitFor();
  assert.equal(await page.locator('#evil iframe').count(), 0);
  assert.match(await page.textContent('#evil'), /must be an http\(s\) address/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('browser faults: storage disabled, clipboard refused, a file that is not UTF-8, a 20 MB file', async () => {
  // Storage disabled: the app starts, edits work, and the user is told autosave cannot work.
  const locked = await browser.newContext();
  await locked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const page = await locked.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url);
  await page.waitForSelector('#verdict .badge');
  await page.click('[data-node="gateway"] rect');
  await page.fill('#gateway-asn', '64512');
  await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
  await page.waitForFunction(() => /storage is not available/.test(document.querySelector('#notice')?.textContent ?? ''));
  assert.equal(await page.inputValue('#gateway-asn'), '64512', 'the edit stays');
  assert.deepEqual(errors, []);
  await locked.close();

  const { page: editor, context, errors: more } = await openPage(browser, server.url);
  // Clipboard refused: said, and the text is still there to select.
  await editor.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await editor.click('#export');
  await editor.click('#export-copy');
  await editor.waitForSelector('text=The browser did not allow copying');
  assert.ok((await editor.textContent('#export-preview')).length > 100);
  await editor.keyboard.press('Escape');
  // Not UTF-8: named, refused, the design stays.
  const before = await editor.getAttribute('#verdict code[data-pattern]', 'data-pattern');
  await editor.setInputFiles('#file-input', { name: 'latin1.doorplan.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]) });
  await editor.waitForFunction(() => /latin1\.doorplan\.json/.test(document.querySelector('#notice')?.textContent ?? ''));
  assert.match(await editor.textContent('#notice'), /not UTF-8/);
  // 20 MB: refused before reading, with the size and the limit.
  await editor.setInputFiles('#file-input', { name: 'huge.doorplan.json', mimeType: 'application/json', buffer: Buffer.alloc(20 * 1024 * 1024, 0x20) });
  await editor.waitForFunction(() => /huge\.doorplan\.json/.test(document.querySelector('#notice')?.textContent ?? ''));
  assert.match(await editor.textContent('#notice'), /20\.0 MB; designs are at most 8 MB/);
  assert.equal(await editor.getAttribute('#verdict code[data-pattern]', 'data-pattern'), before, 'the design stays');
  assert.deepEqual(more, []);
  await context.close();
});

test('long lists are drawn in batches: 900 faults and 600 overlapping tunnels stay usable', async () => {
  // 300 Door VPNs (902 single faults), then the same with every inside CIDR equal (folded).
  const binary = path.join(path.dirname(new URL(import.meta.url).pathname), '../../target/debug/doorplan');
  const design = JSON.parse(execFileSync(binary, ['template', 'sample:300'], { encoding: 'utf8' }));
  const { page, context, errors } = await openPage(browser, server.url);
  const open = async (name, value) => {
    await page.setInputFiles('#file-input', { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
  };
  await open('sample-300.doorplan.json', design);
  await page.waitForSelector('#faults-more');
  const rows = () => page.locator('table.faults tbody tr').count();
  const first = await rows();
  assert.ok(first >= 50 && first <= 120, `a first batch, not every fault: ${first} rows`);
  assert.match(await page.textContent('#faults-more'), /\d+/);
  await page.click('#faults-more');
  assert.ok((await rows()) > first, 'the next batch is drawn');

  const same = design.door_vpns[0].tunnels[0].inside_cidr;
  for (const vpn of design.door_vpns) for (const tunnel of vpn.tunnels) tunnel.inside_cidr = same;
  await open('same-cidr.doorplan.json', design);
  await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
  const findings = await page.locator('#findings li').count();
  assert.ok(findings < 200, `repeats are folded: ${findings} findings drawn`);
  assert.match(await page.textContent('#findings'), /\d{3,} findings like this in all/);
  assert.deepEqual(errors, []);
  await context.close();
});
