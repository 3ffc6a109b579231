// Starts the editor. A file, not an inline script, so the page's Content-Security-Policy
// needs no 'unsafe-inline'.
import init from './doorplan-web.js';
await init({ module_or_path: new URL('doorplan-web_bg.wasm', import.meta.url) });
