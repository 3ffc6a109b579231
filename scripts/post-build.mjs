// Trunk's post_build hook (Trunk.toml): completes the site trunk builds from index.html.
//  1. The read-only viewer for documentation pages: a second Wasm (web/src/bin/viewer.rs)
//     with only the diagram, the verdict and the findings, and its page viewer.html.
//  2. The JSON Schema of doorplan/1 is copied by trunk (schema/); nothing to do here.
//  3. Release builds only: the JavaScript glue, the loaders and the stylesheets minified by
//     esbuild (trunk's own JS minifier cannot parse wasm-bindgen's output; its HTML minifier
//     would change the page the single-file build reads), their integrity hashes in index.html
//     renewed, and the pages' comments dropped.
//  4. The Content-Security-Policy of the release files: scripts only from the site itself,
//     no 'unsafe-inline' (the loaders are files: web/boot.js, web/viewer-boot.js). Under
//     `trunk serve` the page carries trunk's inline live-reload script, so the policy is left
//     out there (development only; `make build` and `make test` use the strict files).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error('post-build: run by trunk (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
const say = (text) => console.error(`post-build: ${text}`);

const indexPath = path.join(staging, 'index.html');
let index = fs.readFileSync(indexPath, 'utf8');
const serving = index.includes('__TRUNK_WS') || index.includes('__TRUNK_ADDRESS__');

// 1. The viewer.
say(`building the viewer (${release ? 'release' : 'debug'})`);
const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '-p', 'doorplan-web', '--bin', 'doorplan-viewer'];
if (release) cargoArgs.push('--release');
execFileSync('cargo', cargoArgs, { cwd: root, stdio: 'inherit' });
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
const wasm = path.join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'doorplan-viewer.wasm');
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', staging, '--out-name', 'doorplan-viewer', wasm], { stdio: 'inherit' });
if (release) {
  const output = path.join(staging, 'doorplan-viewer_bg.wasm');
  execFileSync('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
    // The two informational sections (tool versions, target features) serve no browser.
    '--strip-producers', '--strip-target-features', '-o', output, output], { stdio: 'inherit' });
}
fs.copyFileSync(path.join(root, 'web', 'viewer-boot.js'), path.join(staging, 'viewer-boot.js'));
let viewer = fs.readFileSync(path.join(root, 'web', 'viewer.html'), 'utf8');

// 3. Minified glue and stylesheets (release).
if (release) {
  const { transformSync } = await import('esbuild');
  const minify = (name, loader) => {
    const file = path.join(staging, name);
    const before = fs.statSync(file).size;
    const options = loader === 'js' ? { loader, format: 'esm', minify: true } : { loader, minify: true };
    fs.writeFileSync(file, transformSync(fs.readFileSync(file, 'utf8'), options).code);
    // Trunk pinned the file's hash in index.html (subresource integrity): renew it.
    const hash = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(file)).digest('base64')}`;
    const link = new RegExp(`(href="\\./${name.replace(/[.]/g, '\\.')}"[^>]*integrity=")sha384-[^"]+(")`);
    if (link.test(index)) index = index.replace(link, (_, head, tail) => `${head}${hash}${tail}`);
    say(`minified ${name}: ${before} → ${fs.statSync(file).size} bytes`);
  };
  for (const name of fs.readdirSync(staging)) {
    if (name.endsWith('.css')) minify(name, 'css');
    else if (['doorplan-web.js', 'doorplan-viewer.js', 'boot.js', 'viewer-boot.js'].includes(name)) minify(name, 'js');
  }
  // The pages' comments are for their source, not for every visitor's download.
  const uncomment = (html) => html.replace(/\n\s*<!--[\s\S]*?-->/g, '');
  index = uncomment(index);
  viewer = uncomment(viewer);
  // Every pinned hash must match its file, or the browser refuses it: stop the build instead.
  for (const [, name, pinned] of index.matchAll(/<link[^>]*href="\.\/([^"]+)"[^>]*integrity="([^"]+)"/g)) {
    const [algorithm, expected] = pinned.split('-');
    const actual = crypto.createHash(algorithm).update(fs.readFileSync(path.join(staging, name))).digest('base64');
    if (actual !== expected) {
      console.error(`post-build: the integrity hash of ${name} in index.html does not match the file`);
      process.exit(1);
    }
  }
}

// 4. The Content-Security-Policy.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;
const withPolicy = (html) => html.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
if (!serving) {
  index = withPolicy(index);
  viewer = withPolicy(viewer);
} else {
  say('trunk serve: no Content-Security-Policy meta (the live-reload script is inline)');
}
fs.writeFileSync(indexPath, index);
fs.writeFileSync(path.join(staging, 'viewer.html'), viewer);
say('viewer.html, doorplan-viewer.js and doorplan-viewer_bg.wasm added');
