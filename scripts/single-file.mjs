// Turns the release build (dist/) into one self-contained HTML file that opens from disk:
// the stylesheet, the JavaScript glue and the WebAssembly (base64) are inlined, nothing is
// fetched. Usage: node scripts/single-file.mjs [dist] [out.html]
import fs from 'node:fs';
import path from 'node:path';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? path.join('dist-single', 'doorplan.html');
let html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');

const js = html.match(/<link rel="modulepreload" href="\.\/([^"]+\.js)"/)?.[1];
const wasm = html.match(/<link rel="preload" href="\.\/([^"]+\.wasm)"/)?.[1];
const boot = /<script type="module" src="\.\/boot\.js"><\/script>/;
const sheets = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/g)].map((match) => match[1]);
if (!js || !wasm || !boot.test(html) || sheets.length === 0) {
  console.error('single-file: dist/index.html is not the trunk output this script expects (boot.js, a modulepreload, a wasm preload, stylesheets)');
  process.exit(1);
}
const jsText = fs.readFileSync(path.join(dist, js), 'utf8');
const wasmBase64 = fs.readFileSync(path.join(dist, wasm)).toString('base64');
const cssText = sheets.map((sheet) => fs.readFileSync(path.join(dist, sheet), 'utf8')).join('\n');
// Text inside <script>/<style> must not contain their end tags.
const scriptSafe = (text) => text.replace(/<\/(script)/gi, '<\\/$1');

// The same start as web/boot.js, with the glue and the Wasm from the page itself.
const loader = `<script type="module">
const jsText = ${scriptSafe(JSON.stringify(jsText))};
const bytes = Uint8Array.from(atob("${wasmBase64}"), (c) => c.charCodeAt(0));
const url = URL.createObjectURL(new Blob([jsText], { type: 'text/javascript' }));
const bindings = await import(url);
URL.revokeObjectURL(url);
await bindings.default({ module_or_path: bytes });
</script>`;

let styled = false;
html = html
  .replace(boot, () => loader)
  .replace(/<link rel="stylesheet" href="\.\/[^"]+\.css"[^>]*>/g, () => {
    if (styled) return '';
    styled = true;
    return `<style>${cssText.replace(/<\/style/gi, '<\\/style')}</style>`;
  })
  .replace(/<link rel="modulepreload"[^>]*>/g, '')
  .replace(/<link rel="preload"[^>]*>/g, '')
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval' blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'" />`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, html);
console.log(`single-file: wrote ${out} (${html.length} bytes)`);
