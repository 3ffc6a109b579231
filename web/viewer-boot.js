// Starts the read-only viewer (viewer.html), the small Wasm for documentation pages.
import init from './doorplan-viewer.js';
await init({ module_or_path: new URL('doorplan-viewer_bg.wasm', import.meta.url) });
