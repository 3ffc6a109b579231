// The editor (issue 3), driven as a person would: pick a template, drag a tunnel to the other
// instance, undo, reload, edit in the inspector, open files, switch language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, pickTemplate } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const badge = (page) => page.getAttribute('#verdict .badge', 'data-verdict');
const center = async (page, selector) => {
  const box = await page.locator(selector).boundingBox();
  assert.ok(box, `${selector} is on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
/** Presses, moves in small steps like a hand, and releases. */
async function drag(page, from, to) {
  await page.locator('#canvas').scrollIntoViewIfNeeded();
  const a = await center(page, from);
  const b = await center(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + 30, { steps: 8 });
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}
async function loadTemplate(page, id) {
  await pickTemplate(page, id);
}

test('drag a tunnel to the other instance: NG drawn and explained, undo, redo, reload', async () => {
  const { page, context, errors, requests } = await openPage(browser, server.url);
  await page.evaluate(() => localStorage.clear());
  await loadTemplate(page, 'p2');
  assert.equal(await badge(page), 'OK');
  assert.equal(await page.locator('.boot').count(), 0, 'the loading placeholder is gone once the editor renders');

  await page.evaluate(() => { window.canvasBefore = document.querySelector('#canvas'); });
  await drag(page, 'circle.handle[data-handle="door-1:1"]', 'g.port[data-port="1"] circle:not(.port-hit)');
  await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
  await page.waitForSelector('.drop-note');
  assert.ok(await page.evaluate(() => window.canvasBefore === document.querySelector('#canvas')), 'a message appearing does not rebuild the canvas');
  assert.ok(await page.isVisible('li.finding[data-rule="TOPO-SPLIT-VPN"]'));
  assert.equal(await page.getAttribute('g.link[data-link="link:door-1:1"]', 'data-state'), 'ng');
  const note = await page.textContent('.drop-note');
  assert.match(note, /TOPO-SPLIT-VPN/);
  await screenshot(page, 'editor-split-ng');

  await page.keyboard.press('Control+z');
  await page.waitForSelector('#verdict .badge[data-verdict="OK"]');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForSelector('#verdict .badge[data-verdict="NG"]');

  await page.reload();
  await page.waitForSelector('#verdict .badge');
  assert.equal(await badge(page), 'NG', 'the autosaved design is restored');
  assert.ok(await page.isVisible('li.finding[data-rule="TOPO-SPLIT-VPN"]'));

  // The quick fix turns it back into the recommended design, in one undoable step.
  await page.click('button.fix[data-fix="make-redundant"]');
  await page.waitForSelector('#verdict .badge[data-verdict="OK"]');
  assert.equal(await page.getAttribute('#verdict code[data-pattern]', 'data-pattern'), 'dual-vpn-bgp-active-active');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((url) => !url.startsWith(server.url)), []);
  await context.close();
});

test('inspector: equal ASNs are NG; a bad CIDR is an inline error and changes nothing', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await loadTemplate(page, 'p2');
  await page.click('[data-node="gateway"] rect');
  await page.fill('#gateway-asn', '64512');
  await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
  assert.ok(await page.isVisible('li.finding[data-rule="BGP-ASN-SAME"]'));
  await page.fill('#gateway-asn', '65000');
  await page.waitForSelector('#verdict .badge[data-verdict="OK"]');

  await page.click('[data-node="vnet"] rect');
  await page.fill('#vnet-address-space', '10.0.0.0/33');
  const message = await page.textContent('#vnet-address-space-error');
  assert.match(message, /10\.0\.0\.0\/33/);
  assert.equal(await badge(page), 'OK', 'the verdict is unchanged');
  assert.equal(await page.inputValue('#vnet-address-space'), '10.0.0.0/33', 'what was typed stays');
  assert.match(await page.textContent('[data-node="vnet"]'), /10\.1\.0\.0\/16/, 'the document keeps its last valid value');
  await screenshot(page, 'editor-inline-error');
  assert.deepEqual(errors, []);
  await context.close();
});

test('open a broken file: the error names the field, the design stays; a good file opens', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await loadTemplate(page, 'w');
  assert.equal(await badge(page), 'WARN');
  const broken = JSON.stringify({ schema: 'doorplan/1', azure: { vnet: { address_space: ['10.1.0.0/16'] }, gateway: { sku: 'VpnGw9' } } });
  await page.setInputFiles('#file-input', { name: 'broken.doorplan.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await page.waitForSelector('#notice');
  assert.match(await page.textContent('#notice'), /azure\.gateway\.sku/);
  assert.equal(await badge(page), 'WARN', 'the current design is untouched');

  const fs = await import('node:fs');
  // A key twice in one object: which one counts differs between programs, so the file is refused.
  const p2 = fs.readFileSync(new URL('../../crates/doorplan/templates/p2-dual-vpn-bgp-active-active.doorplan.json', import.meta.url), 'utf8');
  const twice = p2.replace('"active_active": true', '"active_active": false, "active_active": true');
  await page.click('#notice .close');
  await page.setInputFiles('#file-input', { name: 'twice.doorplan.json', mimeType: 'application/json', buffer: Buffer.from(twice) });
  await page.waitForFunction(() => /"active_active" appears twice/.test(document.querySelector('#notice')?.textContent ?? ''));
  assert.equal(await badge(page), 'WARN', 'the current design is untouched');

  const good = fs.readFileSync(new URL('../../crates/doorplan/templates/ng-one-vpn-split.doorplan.json', import.meta.url));
  await page.setInputFiles('#file-input', { name: 'ng.doorplan.json', mimeType: 'application/json', buffer: good });
  await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('select and delete a link with the keyboard, add a Door VPN, simulate a fault', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await loadTemplate(page, 'p2');
  await page.click('li.finding[data-rule="BGP-DOOR-APPLICATION"] .finding-select');
  assert.ok(await page.isVisible('#inspector #vpn-name'));

  await page.click('#faults tr[data-fault="azure-instance-0"] button');
  await page.waitForSelector('#verdict [data-simulating="azure-instance-0"]');
  assert.match(await page.getAttribute('g.link[data-link="link:door-1:0"]', 'class'), /lost/);
  assert.doesNotMatch(await page.getAttribute('g.link[data-link="link:door-2:0"]', 'class'), /lost/);
  await screenshot(page, 'editor-fault-instance-0');

  // A drop selects the new link; Delete removes it; undo brings it back.
  await drag(page, 'circle.handle[data-handle="door-2:1"]', 'g.port[data-port="0"] circle:not(.port-hit)');
  await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
  await page.keyboard.press('Delete');
  await page.waitForSelector('g.link[data-link="link:door-2:1"]', { state: 'detached' });
  assert.equal(await badge(page), 'WARN', 'an unlinked tunnel is a warning');
  await page.keyboard.press('Control+z');
  await page.waitForSelector('g.link[data-link="link:door-2:1"]');
  await page.keyboard.press('Control+z');
  await page.waitForSelector('#verdict .badge[data-verdict="OK"]');
  await page.click('#add-vpn');
  await page.waitForSelector('[data-node="door-3"]');
  assert.equal(await badge(page), 'WARN', 'an unlinked Door VPN is a warning');
  assert.ok(await page.isVisible('li.finding[data-rule="TOPO-TUNNEL-UNLINKED"]'));
  await page.keyboard.press('Delete');
  await page.waitForSelector('[data-node="door-3"]', { state: 'detached' });
  assert.equal(await badge(page), 'OK');
  assert.deepEqual(errors, []);
  await context.close();
});

test('active-standby: the standby instance is drawn, and struck out while its loss is simulated', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await loadTemplate(page, 'p1');
  const standby = 'g[data-node="gateway"] text.standby';
  assert.equal((await page.textContent(standby)).trim(), 'Azure instance 1 (standby)');
  assert.doesNotMatch(await page.getAttribute(standby, 'class'), /failed/);

  await page.click('#faults tr[data-fault="azure-instance-1"] button');
  await page.waitForSelector('#verdict [data-simulating="azure-instance-1"]');
  await page.waitForSelector(`${standby}.failed`);
  const decoration = await page.$eval(standby, (el) => getComputedStyle(el).textDecorationLine);
  assert.equal(decoration, 'line-through');
  // Nothing runs on the standby: no link is lost.
  assert.equal(await page.locator('g.link.lost').count(), 0);

  await page.click('#faults tr[data-fault="azure-instance-0"] button');
  await page.waitForSelector('#verdict [data-simulating="azure-instance-0"]');
  assert.doesNotMatch(await page.getAttribute(standby, 'class'), /failed/);
  assert.equal(await page.locator('g.link.lost').count(), 2, 'both tunnels end on instance 0');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Japanese: labels and messages switch, and the choice is remembered', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await loadTemplate(page, 'ng');
  await page.click('#lang-toggle');
  await page.waitForSelector('text=構築できません');
  assert.match(await page.textContent('li.finding[data-rule="TOPO-SPLIT-VPN"] .message'), /カスタマーゲートウェイ/);
  await screenshot(page, 'editor-ja');
  await page.reload();
  await page.waitForSelector('#verdict .badge');
  assert.match(await page.textContent('#verdict'), /構築できません/);
  await page.click('#lang-toggle');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: focus a Door VPN, open it with Enter, link a tunnel from the inspector', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await loadTemplate(page, 'p2');
  await page.focus('[data-node="door-1"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#tunnel-1-instance');
  await page.selectOption('#tunnel-1-instance', '1');
  await page.waitForSelector('#verdict .badge[data-verdict="NG"]');
  const hover = await page.textContent('g.link[data-link="link:door-1:1"] > title');
  assert.match(hover, /TOPO-SPLIT-VPN/, 'the finding is on the link for hovering');
  await page.selectOption('#tunnel-1-instance', '');
  await page.waitForSelector('g.link[data-link="link:door-1:1"]', { state: 'detached' });
  assert.equal(await badge(page), 'WARN');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pan and zoom: wheel, two-finger pinch, keyboard, fit; node drag snaps to the grid', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await loadTemplate(page, 'p2');
  const zoom = async () => Number(await page.getAttribute('#canvas g[data-zoom]', 'data-zoom'));
  const start = await zoom();
  const canvas = await page.locator('#canvas').boundingBox();
  await page.mouse.move(canvas.x + 40, canvas.y + 40);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction((z) => Number(document.querySelector('#canvas g[data-zoom]').dataset.zoom) > z, start);
  const wheeled = await zoom();

  // Two touch pointers moving apart on the background zoom in.
  await page.evaluate(({ x, y }) => {
    const svg = document.querySelector('#canvas');
    const fire = (type, id, cx) => svg.dispatchEvent(new PointerEvent(type, {
      pointerId: id, pointerType: 'touch', isPrimary: id === 1, clientX: cx, clientY: y, bubbles: true, button: 0,
    }));
    fire('pointerdown', 1, x);
    fire('pointerdown', 2, x + 40);
    fire('pointermove', 2, x + 120);
    fire('pointerup', 2, x + 120);
    fire('pointerup', 1, x);
  }, { x: canvas.x + 30, y: canvas.y + 20 });
  assert.ok(await zoom() > wheeled * 1.5, `pinch zoomed in (${wheeled} → ${await zoom()})`);

  await page.focus('#canvas');
  await page.keyboard.press('-');
  const smaller = await zoom();
  await page.keyboard.press('0');
  assert.notEqual(await zoom(), smaller, 'fit to view');

  // Dragging a node moves it on the grid, as one undo step.
  const before = await page.getAttribute('[data-node="vnet"]', 'transform');
  const box = await page.locator('[data-node="vnet"] rect').boundingBox();
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 67, box.y + 93, { steps: 6 });
  await page.mouse.up();
  const after = await page.getAttribute('[data-node="vnet"]', 'transform');
  assert.notEqual(after, before);
  const [, x, y] = after.match(/translate\(([-\d.]+) ([-\d.]+)\)/).map(Number);
  assert.equal(x % 20, 0, `x on the grid: ${after}`);
  assert.equal(y % 20, 0, `y on the grid: ${after}`);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((t) => document.querySelector('[data-node="vnet"]').getAttribute('transform') === t, before);
  assert.deepEqual(errors, []);
  await context.close();
});
