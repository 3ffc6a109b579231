// The first page (issue 2): the article's designs, judged in the browser by the Wasm engine,
// give the same verdicts as the command line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, pickTemplate } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const expected = {
  p1: ['OK', 'single-vpn-static', 'outage'],
  p2: ['OK', 'dual-vpn-bgp-active-active', 'survives'],
  ng: ['NG', 'one-vpn-split-across-instances', 'none'],
  w: ['WARN', 'active-active-static-single-vpn', 'failover'],
  tutorial: ['OK', 'dual-vpn-bgp-active-active', 'survives'],
};

test('each article design shows its verdict, pattern and worst fault', async () => {
  const { page, requests, errors, context } = await openPage(browser, server.url);
  for (const [id, [verdict, pattern, worst]] of Object.entries(expected)) {
    await pickTemplate(page, id);
    await page.waitForSelector(`#verdict .badge[data-verdict="${verdict}"]`);
    assert.equal(await page.getAttribute('#verdict code[data-pattern]', 'data-pattern'), pattern, id);
    const shownWorst = await page.getAttribute('#verdict [data-worst]', 'data-worst');
    assert.ok(worst === 'failover' ? ['failover', 'outage'].includes(shownWorst) : shownWorst === worst, `${id}: ${shownWorst}`);
    await screenshot(page, `report-${id}`);
  }
  await pickTemplate(page, 'ng');
  assert.ok(await page.isVisible('li.finding[data-rule="TOPO-SPLIT-VPN"]'));
  assert.deepEqual(errors, []);
  const foreign = requests.filter((url) => !url.startsWith(server.url));
  assert.deepEqual(foreign, [], 'no request leaves the machine');
  await context.close();
});

test('Japanese from the browser language, and the switch back to English', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { locale: 'ja-JP' });
  await pickTemplate(page, 'ng');
  const message = await page.textContent('li.finding[data-rule="TOPO-SPLIT-VPN"] .message');
  assert.match(message, /カスタマーゲートウェイ/);
  await page.click('#lang-toggle');
  const english = await page.textContent('li.finding[data-rule="TOPO-SPLIT-VPN"] .message');
  assert.match(english, /customer gateway/);
  assert.deepEqual(errors, []);
  await context.close();
});
