// Starts the read-only viewer (viewer.html), the small Wasm for documentation pages.
import init, { redraw } from './doorplan-viewer.js';
// The Wasm shows the verdict first and asks for the diagram to be drawn after the next paint.
window.doorplanAfterPaint = () => requestAnimationFrame(() => setTimeout(redraw));
await init({ module_or_path: new URL('doorplan-viewer_bg.wasm', import.meta.url) });
