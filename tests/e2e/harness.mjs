// Shared harness for the browser tests: serves dist/ on loopback, launches Debian's Chromium
// through playwright-core, and records every request the page makes.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = process.env.DOORPLAN_DIST ?? path.join(root, 'dist');
export const artifacts = path.join(root, 'tests/e2e/artifacts');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Serves `dir` on 127.0.0.1 at a free port, optionally under a sub-path. */
export async function serve(dir = dist, prefix = '/') {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) { response.writeHead(404).end(); return; }
    let relative = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (relative.endsWith('/')) relative += 'index.html';
    const file = path.join(dir, relative);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end(); return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

/** Launches headless Chromium with the flags this closed network needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** A new context and page that record every request (the page's and its frames') and fail the
 * test on a page error (a Wasm panic). */
export async function recordingPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return { page, context, requests, errors };
}

/** Opens the app at `url` and waits for the first verdict. */
export async function openPage(browser, url, { locale = 'en-US', viewport = { width: 1280, height: 860 } } = {}) {
  const opened = await recordingPage(browser, { locale, viewport });
  await opened.page.goto(url);
  await opened.page.waitForSelector('#verdict .badge');
  return opened;
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage });
}

/** Opens a template from the toolbar's templates menu, as a person would. */
export async function pickTemplate(page, id) {
  await page.click('#templates');
  await page.click(`.menu-list [data-template="${id}"]`);
  await page.waitForSelector('.menu-list', { state: 'detached' });
}
