// Browser performance figures for BENCHMARKS.md (not a test: it asserts nothing about time).
// Run: scripts/bench-web.sh  (builds the release app and a 50-VPN design first).
//  - edit → verdict: time from an inspector keystroke to the animation frame that shows the
//    new verdict, on a design of 50 Door VPNs (median and p95 of 40 edits);
//  - node drag: frame intervals while a node is dragged across the canvas with 50 Door VPNs;
//  - first verdict: navigation to the verdict badge painted (Element Timing), editor and viewer,
//    and the floor: two pages that do nothing but show a badge, measured the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage } from './harness.mjs';

const designFile = process.argv[2];
const design = fs.readFileSync(designFile);
const server = await serve();
const browser = await launch();
const { page } = await openPage(browser, server.url, { viewport: { width: 1400, height: 1000 } });
await page.setInputFiles('#file-input', { name: 'sample.doorplan.json', mimeType: 'application/json', buffer: design });
await page.waitForSelector('[data-node="door-50"]');
await page.click('[data-node="gateway"] rect');

const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

const edits = await page.evaluate(async () => {
  const input = document.querySelector('#gateway-asn');
  const badge = () => document.querySelector('#verdict .badge');
  const times = [];
  for (let i = 0; i < 40; i++) {
    const value = i % 2 === 0 ? '64512' : '65000';
    const ng = i % 2 === 0;
    // The moment the verdict attribute changes in the DOM (engine run + Yew render done).
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if ((badge().dataset.verdict === 'NG') === ng) { observer.disconnect(); resolve(performance.now()); }
      });
      observer.observe(document.querySelector('#verdict'), { attributes: true, subtree: true, childList: true });
    });
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const rendered = (await changed) - t0;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    times.push([rendered, performance.now() - t0]);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return times;
});

// Drag door-1 in 90 pointer moves, one per animation frame, recording frame times.
await page.locator('#canvas').scrollIntoViewIfNeeded();
const box = await page.locator('[data-node="door-1"] rect').boundingBox();
await page.evaluate(() => {
  window.__frames = [];
  const loop = (t) => { window.__frames.push(t); if (window.__frames.length < 400) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
});
await page.mouse.move(box.x + 20, box.y + 10);
await page.mouse.down();
for (let i = 1; i <= 90; i++) {
  await page.mouse.move(box.x + 20 + i * 3, box.y + 10 + i * 2);
}
await page.mouse.up();
const frames = await page.evaluate(() => window.__frames);
const intervals = frames.slice(1).map((t, i) => t - frames[i]).slice(2, 120);

// Navigation → first verdict painted (median of 10), for the editor and the embedded viewer.
// `painted` is the browser's own paint time of the verdict badge (Element Timing API: the
// badge carries elementtiming="verdict"); `after_detection` is the older figure, the next
// animation frame after Playwright found the badge (it adds the harness's round trips);
// `first_contentful_paint` is when the page first showed anything (the placeholder).
async function firstVerdict(url) {
  const painted = [];
  const afterDetection = [];
  const firstPaint = [];
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.identifier === 'verdict' && window.__verdictPainted === undefined) window.__verdictPainted = entry.renderTime || entry.loadTime;
        }
      }).observe({ type: 'element', buffered: true });
    });
    const fresh = await context.newPage();
    await fresh.goto(url);
    await fresh.waitForSelector('#verdict .badge');
    afterDetection.push(await fresh.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))));
    await fresh.waitForFunction(() => window.__verdictPainted !== undefined);
    painted.push(await fresh.evaluate(() => window.__verdictPainted));
    firstPaint.push(await fresh.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await context.close();
  }
  return { painted: percentile(painted, 0.5), after_detection: percentile(afterDetection, 0.5), first_contentful_paint: percentile(firstPaint, 0.5) };
}
const p2 = fs.readFileSync(new URL('../../crates/doorplan/templates/p2-dual-vpn-bgp-active-active.doorplan.json', import.meta.url), 'utf8');
const viewerData = await page.evaluate(async (text) => {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}, p2);
// The floor: what the same measurement gives for pages that do nothing, served the same way —
// the time this browser on this machine needs to open a fresh context, load a page and paint
// one element. `static_page` has the badge in its HTML; `module_page` writes it from a module
// script (what any page that starts from code, doorplan's Wasm included, waits for first).
const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorplan-floor-'));
const floorPage = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body>${body}</body></html>`;
fs.writeFileSync(path.join(floorDir, 'static.html'), floorPage('<div id="verdict"><div class="badge" elementtiming="verdict">OK</div></div>'));
fs.writeFileSync(path.join(floorDir, 'module.html'), floorPage('<div id="verdict"></div><script type="module" src="module.js"></script>'));
fs.writeFileSync(path.join(floorDir, 'module.js'), "document.getElementById('verdict').innerHTML = '<div class=\"badge\" elementtiming=\"verdict\">OK</div>';\n");
const floorServer = await serve(floorDir);
const floor = { static_page: await firstVerdict(`${floorServer.url}static.html`), module_page: await firstVerdict(`${floorServer.url}module.html`) };
await floorServer.close();
fs.rmSync(floorDir, { recursive: true, force: true });

const editorFirstVerdict = await firstVerdict(server.url);
const viewerFirstVerdict = await firstVerdict(`${server.url}viewer.html#d=${viewerData}`);
const linkFirstVerdict = await firstVerdict(`${server.url}#d=${viewerData}`);

const result = {
  door_vpns: 50,
  edit_to_verdict_rendered_ms: { median: percentile(edits.map((e) => e[0]), 0.5), p95: percentile(edits.map((e) => e[0]), 0.95) },
  edit_to_next_frame_ms: { median: percentile(edits.map((e) => e[1]), 0.5), p95: percentile(edits.map((e) => e[1]), 0.95) },
  drag_frame_ms: { median: percentile(intervals, 0.5), p95: percentile(intervals, 0.95), frames: intervals.length },
  first_verdict_ms_median_of_10: { editor: editorFirstVerdict, editor_with_link: linkFirstVerdict, viewer: viewerFirstVerdict, floor },
};
console.log(JSON.stringify(result, null, 2));
await browser.close();
await server.close();
