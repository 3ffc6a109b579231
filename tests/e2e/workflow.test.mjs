// The editor as architects keep it open (issue 9): each defect class and each new capability,
// driven as a person would — mouse, keyboard only, touch on a phone and a tablet, Japanese,
// printing — with the README screenshots taken along the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, recordingPage, screenshot, pickTemplate } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const badge = (page) => page.getAttribute('#verdict .badge', 'data-verdict');
const box = async (page, selector) => {
  const found = await page.locator(selector).first().boundingBox();
  assert.ok(found, `${selector} is on screen`);
  return found;
};
const centre = (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner, outer, slack = 1) => inner.x >= outer.x - slack && inner.y >= outer.y - slack
  && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
async function drag(page, from, to, steps = 10) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2 + 20, { steps });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}
const handle = (id) => `circle.handle[data-handle="${id}"]`;
const port = (n) => `g.port[data-port="${n}"] circle:not(.port-hit)`;

test('drops: the message sits beside the hand inside the canvas, goes with undo, and the box takes drops', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { viewport: { width: 1440, height: 900 } });
  await page.evaluate(() => localStorage.clear());
  await pickTemplate(page, 'p2');
  const canvasTop = (await box(page, '#canvas')).y;
  await page.locator('#canvas').scrollIntoViewIfNeeded();
  await drag(page, centre(await box(page, handle('door-1:1'))), centre(await box(page, port(1))));
  await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
  await page.waitForSelector('.drop-note');
  const note = await box(page, '.drop-note');
  assert.ok(!overlap(note, await box(page, port(1))), 'the message does not cover the port it is about');
  assert.ok(inside(note, await box(page, '#canvas')), 'the message stays inside the canvas');
  assert.equal((await box(page, '#canvas')).y, canvasTop, 'the banner kept its height: the canvas did not move');
  assert.ok(await page.isVisible('button.fix[data-fix="make-redundant"]'));
  await screenshot(page, 'readme-editor-1440', { fullPage: false }); // README (copied to docs/)
  await page.keyboard.press('Control+z');
  await page.waitForSelector('#verdict .badge[data-verdict="OK"]');
  assert.equal(await page.locator('.drop-note').count(), 0, 'undo takes the message away with the drop');

  // Dropping on the gateway box (not exactly on a port) links to the nearest port of the box.
  const gateway = await box(page, '[data-node="gateway"] rect');
  await drag(page, centre(await box(page, handle('door-2:1'))), { x: gateway.x + gateway.width / 2, y: gateway.y + gateway.height * 0.8 });
  await page.waitForSelector('#verdict .badge[data-verdict="OK"]');
  assert.equal(await page.locator('g.link[data-link="link:door-2:1"]').count(), 1);
  // Dropping nowhere says where to drop, naming both instances of an active-active gateway.
  const vnet = await box(page, '[data-node="vnet"] rect');
  await drag(page, centre(await box(page, handle('door-1:0'))), { x: vnet.x + vnet.width / 2, y: vnet.y + vnet.height + 60 });
  await page.waitForSelector('.drop-note');
  assert.match(await page.textContent('.drop-note'), /instance 0 or instance 1/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link pasted into an open tab opens it and keeps the previous design', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await page.evaluate(() => localStorage.clear());
  await pickTemplate(page, 'w');
  await page.click('[data-node="gateway"] rect');
  await page.fill('#gateway-name', 'vgw-mine');
  const data = fs.readFileSync(path.join(root, 'web/embed-demo.html'), 'utf8').match(/src="viewer\.html#d=([^"]+)"/)[1];
  // The W template's link (the demo's iframe): a different title, same pattern.
  await page.evaluate((data) => { location.hash = `#d=${data}`; }, data);
  await page.waitForFunction(() => document.querySelector('#notice')?.textContent.includes('kept'));
  assert.equal(await page.inputValue('#gateway-name').catch(() => null) ?? 'vgw-door', 'vgw-door');
  await page.click('#designs');
  assert.match(await page.textContent('#designs-panel'), /vgw-mine|kept when a shared link was opened/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: values that do not parse keep the last valid one; focus and undo steps behave', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'p2');
  await page.click('[data-node="gateway"] rect');
  await page.click('#gateway-asn', { clickCount: 3 });
  await page.keyboard.type('6551565515');
  await page.waitForSelector('#gateway-asn-error');
  const error = await page.textContent('#gateway-asn-error');
  assert.match(error, /6551565515/);
  assert.match(error, /65000/);
  assert.equal(await badge(page), 'OK', 'the design holds 65000, not a value nobody typed');
  await page.keyboard.press('Tab');
  // Ticking active-active keeps focus on it, so Tab goes on to the next field.
  await page.focus('#gateway-active-active');
  await page.keyboard.press('Space');
  await page.waitForSelector('#verdict .badge');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'gateway-active-active');
  await page.keyboard.press('Control+z');
  // Arrowing through a drop-down is one undo step.
  const sku = await page.inputValue('#gateway-sku');
  await page.focus('#gateway-sku');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.inputValue('#gateway-sku'), sku);
  await page.click('#undo');
  await page.waitForFunction((sku) => document.querySelector('#gateway-sku').value === sku, sku);
  // Arrowing through the templates menu loads nothing until Enter.
  const pattern = await page.getAttribute('#verdict code[data-pattern]', 'data-pattern');
  await page.focus('#templates');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.menu-list');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.getAttribute('#verdict code[data-pattern]', 'data-pattern'), pattern);
  await page.keyboard.press('Escape');
  assert.deepEqual(errors, []);
  await context.close();
});

test('texts: nothing overflows, fault names read as names, lost links show it, the key button is an icon', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'p2');
  // The gateway header fits its box.
  const fits = await page.evaluate(() => {
    const gateway = document.querySelector('[data-node="gateway"]');
    const rect = gateway.querySelector('rect').getBBox();
    return [...gateway.querySelectorAll(':scope > text')].every((text) => {
      const b = text.getBBox();
      return b.x >= rect.x && b.x + b.width <= rect.x + rect.width;
    });
  });
  assert.ok(fits, 'the gateway header stays inside the box');
  const labels = await page.$$eval('#faults tr[data-fault] button', (buttons) => buttons.map((b) => b.textContent));
  assert.ok(labels.includes('Door VPN 1, tunnel 1'), labels.join(' | '));
  assert.ok(labels.every((label) => !label.includes(':')), 'no raw fault ids');
  await page.click('#faults tr[data-fault="azure-instance-0"] button');
  await page.waitForSelector('#verdict [data-simulating]');
  const banner = await page.textContent('#verdict');
  assert.doesNotMatch(banner, /[a-z]Stop/, 'a space before Stop');
  const lost = page.locator('g.link[data-link="link:door-1:0"]');
  assert.equal(await lost.getAttribute('data-state'), 'lost');
  assert.equal(await lost.locator('.link-icon').textContent(), '⊘');
  await page.click('[data-node="door-1"] rect');
  assert.equal(await page.locator('#inspector .reveal svg').count(), 2, 'an SVG icon, not an emoji');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Japanese everywhere: templates, faults, connection modes, the Door application, script comments', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { locale: 'ja-JP' });
  await page.click('#templates');
  assert.match(await page.textContent('.menu-list'), /パターン 1/);
  await page.click('.menu-list [data-template="p2"]');
  assert.match(await page.textContent('#faults'), /インスタンス 0/);
  await page.click('g.link[data-link="link:door-1:0"] path.hit', { force: true });
  assert.match(await page.textContent('#link-connection-mode'), /Default — /);
  const options = await page.$$eval('#link-connection-mode option', (o) => o.map((x) => x.textContent));
  assert.ok(options.some((o) => /[ぁ-ん]/.test(o)), options.join(' | '));
  // A long summary and the quick fix beside it do not squeeze the verdict badge ("WARN" cut off).
  await pickTemplate(page, 'w');
  const [needed, shown] = await page.$eval('#verdict .badge', (e) => [e.scrollWidth, e.clientWidth]);
  assert.ok(needed <= shown, `the badge needs ${needed}px and shows ${shown}px`);
  await pickTemplate(page, 'p2');
  await page.click('#export');
  await page.click('button[data-format="door-request"]');
  assert.match(await page.textContent('#export-preview'), /申請/);
  await page.click('button[data-format="az-cli"]');
  assert.match(await page.textContent('#export-preview'), /# .*[ぁ-んァ-ン]/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('designs list: named for what it does, verdict badges, rename focuses, delete can be undone', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await page.evaluate(() => localStorage.clear());
  assert.match(await page.textContent('#save-file'), /Download file/);
  await pickTemplate(page, 'ng');
  await page.click('#designs');
  await page.click('#designs-save-current');
  const item = page.locator('li.saved').first();
  assert.equal(await item.locator('.mini-badge').getAttribute('data-verdict'), 'NG');
  await item.locator('.rename-button').click();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('rename')), true, 'the name is focused');
  await page.keyboard.press('Escape');
  assert.ok(await page.isVisible('#designs-panel'), 'Escape in the name cancels the rename, not the dialog');
  await page.locator('li.saved').first().locator('.delete').click();
  assert.equal(await page.locator('li.saved').count(), 0);
  await page.click('#designs-undo-delete');
  assert.equal(await page.locator('li.saved').count(), 1, 'the deletion is undone');
  // Storage that refuses the write: said, and the list does not show the design as kept.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  await page.click('#designs-save-current');
  await page.waitForSelector('#designs-error');
  assert.match(await page.textContent('#designs-error'), /did not store the list/);
  assert.equal(await page.locator('li.saved').count(), 1, 'nothing is shown as saved that storage refused');
  assert.deepEqual(errors, []);
  await context.close();
});

test('notes: on any node or link, kept in the file, shown in the viewer and the picture', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'p2');
  await page.click('[data-node="gateway"] rect');
  await page.fill('#note', 'Owned by the network team');
  await page.waitForSelector('.note[data-note="gateway"]');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  const saved = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  assert.equal(saved.notes.gateway, 'Owned by the network team');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#picture-svg')]);
  assert.match(fs.readFileSync(await svg.path(), 'utf8'), /Owned by the network team/);
  await page.click('#share');
  await page.waitForSelector('#share-link[data-ready="true"]');
  const link = await page.inputValue('#share-link');
  await page.click('#share-dialog .close');
  const viewer = await recordingPage(browser);
  await viewer.page.goto(link.replace('index.html#', 'viewer.html#'));
  await viewer.page.waitForSelector('.note[data-note="gateway"]');
  await viewer.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printable report: diagram, verdict, findings with sources, faults, the Door application, in Japanese too', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'p2');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await page.waitForSelector('#print-report');
  assert.ok(await page.isVisible('#print-report .print-diagram svg'));
  assert.match(await page.textContent('#print-report .print-verdict'), /OK/);
  assert.match(await page.textContent('#print-report .print-findings'), /https:\/\//);
  assert.ok(await page.locator('#print-report .print-faults tr').count() > 3);
  assert.match(await page.textContent('#print-report .print-request'), /BGP/);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, 'prints to a real PDF');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.click('#lang-toggle');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await page.waitForSelector('#print-report');
  assert.match(await page.textContent('#print-report'), /単一障害/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('zoom buttons with the level shown, and tidy', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'p2');
  const level = async () => Number((await page.textContent('#zoom-level')).replace('%', ''));
  const start = await level();
  await page.click('#zoom-in');
  assert.ok(await level() > start);
  await page.click('#zoom-out');
  await page.click('#zoom-out');
  assert.ok(await level() < start);
  await page.click('#fit');
  assert.equal(await level(), start);
  // Drag a node far away, then tidy puts every node back on a grid without overlap.
  const vnet = await box(page, '[data-node="vnet"] rect');
  await drag(page, { x: vnet.x + 10, y: vnet.y + 10 }, { x: vnet.x - 300, y: vnet.y + 5 });
  await page.click('#tidy');
  const boxes = await page.$$eval('[data-node] > rect', (rects) => rects.map((r) => { const b = r.getBoundingClientRect(); return { x: b.x, y: b.y, width: b.width, height: b.height }; }));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlap(boxes[i], boxes[j]), `nodes ${i} and ${j} overlap after tidy`);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['tablet', { width: 820, height: 1180 }]]) {
  test(`${name} (${viewport.width}×${viewport.height}, touch): no sideways scroll, touch-sized targets, link by drag and by tap, inspector as a sheet`, async () => {
    // Reduced motion: the sheet appears at once (no slide), so a tap's stray click would find
    // it under the finger every time, not only when the timing falls that way.
    const context = await browser.newContext({ viewport, hasTouch: true, isMobile: name === 'phone', deviceScaleFactor: 2, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.url);
    await page.waitForSelector('#verdict .badge');
    await page.evaluate(() => localStorage.clear());
    await pickTemplate(page, 'p2');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no horizontal scroll');
    const target = await box(page, 'circle.handle-hit[data-handle="door-1:1"]');
    assert.ok(target.width >= 24 && target.height >= 24, `touch target ${target.width}×${target.height}`);
    const font = await page.evaluate(() => {
      const text = document.querySelector('[data-node="gateway"] text');
      return text.getBoundingClientRect().height;
    });
    assert.ok(font >= 9, `diagram text legible (${font}px)`);
    // Drag to connect with a finger: tunnel 2 of door-1 to instance 1 (the split, NG).
    const from = centre(await box(page, handle('door-1:1')));
    const to = centre(await box(page, port(1)));
    await page.evaluate(({ from, to }) => {
      const svg = document.querySelector('#canvas');
      const at = (x, y) => document.elementFromPoint(x, y) ?? svg;
      const fire = (type, x, y, target) => target.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: x, clientY: y, bubbles: true, button: 0 }));
      fire('pointerdown', from.x, from.y, at(from.x, from.y));
      for (let i = 1; i <= 10; i++) fire('pointermove', from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10, svg);
      fire('pointerup', to.x, to.y, svg);
    }, { from, to });
    await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
    // The quick fixes are read whole: no label cut off or pushed past the screen's edge.
    const fixes = await page.$$eval('#verdict .fix', (buttons) => buttons.map((b) => ({ text: b.textContent, needed: b.scrollWidth, shown: b.clientWidth, right: b.getBoundingClientRect().right })));
    assert.ok(fixes.length > 0, 'the split offers a quick fix');
    for (const fix of fixes) {
      assert.ok(fix.needed <= fix.shown + 1, `quick fix "${fix.text}" cut off (${fix.needed} > ${fix.shown})`);
      assert.ok(fix.right <= viewport.width + 1, `quick fix "${fix.text}" past the edge (${fix.right})`);
    }
    await page.keyboard.press('Control+z');
    await page.waitForSelector('#verdict .badge[data-verdict="OK"]');
    // Tap a handle, then tap a port.
    // (A finger lands on the invisible touch targets around the handle and the port.)
    await page.tap('circle.handle-hit[data-handle="door-1:1"]');
    await page.waitForSelector('.armed-hint');
    assert.doesNotMatch(await page.getAttribute('#inspector', 'class'), /open/, 'the sheet stays down while a port is awaited');
    // The ports come into view (in the portrait column they sit below the Door VPNs); a
    // finger taps where the port is on screen.
    await page.waitForFunction(() => {
      const canvas = document.querySelector('#canvas').getBoundingClientRect();
      const p = document.querySelector('g.port[data-port="1"] circle.port-hit').getBoundingClientRect();
      return p.top >= canvas.top && p.bottom <= canvas.bottom;
    });
    const portAt = centre(await box(page, 'g.port[data-port="1"] circle.port-hit'));
    await page.touchscreen.tap(portAt.x, portAt.y);
    await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
    if (name === 'phone') {
      // The inspector is a sheet over the canvas, opened by tapping a node.
      // The link just made is selected, so its sheet is up; close it, then tap the gateway.
      await page.tap('#inspector .sheet-close');
      await page.waitForSelector('#inspector:not(.open)');
      // A finger waits for the sheet to slide away before tapping what was under it.
      await page.waitForFunction(() => document.querySelector('#inspector').getBoundingClientRect().top >= window.innerHeight - 1);
      const before = await page.evaluate(() => localStorage.getItem('doorplan.autosave.v1'));
      const gateway = await box(page, '[data-node="gateway"] rect');
      const free = await page.evaluate(({ x, y, h }) => { for (let dy = h * 0.5; dy < h; dy += 10) { const e = document.elementFromPoint(x, y + dy); if (e && e.closest("[data-node=gateway]")) return y + dy; } return y + h / 2; }, { x: gateway.x + gateway.width / 2, y: gateway.y, h: gateway.height });
      await page.evaluate(() => { window.sheetClicks = []; document.addEventListener('click', (e) => { if (e.target.closest('#inspector')) window.sheetClicks.push(e.target.outerHTML.slice(0, 80)); }, true); });
      await page.touchscreen.tap(gateway.x + gateway.width / 2, free);
      await page.waitForSelector('#inspector.open');
      assert.match(await page.textContent('#inspector h2'), /gateway/i);
      // The tap that raised the sheet ends there: its click does not land on the sheet now
      // under the finger (it focused a field, or toggled a checkbox and changed the design).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      assert.deepEqual(await page.evaluate(() => window.sheetClicks), [], 'no click reached the sheet');
      assert.equal(await page.evaluate(() => document.activeElement?.closest('#inspector') ? document.activeElement.outerHTML.slice(0, 80) : null), null, 'nothing in the sheet got the tap');
      assert.equal(await page.evaluate(() => localStorage.getItem('doorplan.autosave.v1')), before, 'the design is as it was');
      await page.waitForFunction(() => { const r = document.querySelector('#inspector').getBoundingClientRect(); return r.bottom <= window.innerHeight + 1; });
      const sheet = await box(page, '#inspector');
      assert.ok(sheet.y < viewport.height && sheet.y + sheet.height <= viewport.height + 1, 'on screen, at the bottom');
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#inspector')).position), 'fixed');
      await screenshot(page, 'readme-editor-390', { fullPage: false }); // README (copied to docs/)
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the viewer fits the whole diagram to any frame and shows every finding', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await pickTemplate(page, 'ng');
  await page.click('#share');
  await page.waitForSelector('#share-link[data-ready="true"]');
  const iframe = await page.inputValue('#share-iframe');
  await context.close();
  for (const size of [{ width: 420, height: 360 }, { width: 900, height: 600 }]) {
    const viewer = await recordingPage(browser, { viewport: size });
    await viewer.page.setContent(iframe.replace('height:520px', `height:${size.height - 20}px`));
    const frame = viewer.page.frameLocator('iframe');
    await frame.locator('#verdict .badge[data-verdict="NG"]').waitFor();
    const canvas = await frame.locator('#canvas').boundingBox();
    for (const node of ['soracom', 'door-1', 'gateway', 'vnet']) {
      const b = await frame.locator(`[data-node="${node}"] rect`).boundingBox();
      assert.ok(inside(b, canvas, 2), `${node} inside the ${size.width}×${size.height} frame`);
    }
    for (const p of ['0', '1']) {
      const b = await frame.locator(`g.port[data-port="${p}"] circle:not(.port-hit)`).boundingBox();
      assert.ok(inside(b, canvas, 2), `instance ${p} port visible`);
    }
    assert.equal(await frame.locator('li.finding').count(), 2, 'every finding (TOPO-SPLIT-VPN and the Door application)');
    await viewer.context.close();
  }
  assert.deepEqual(errors, []);
});
