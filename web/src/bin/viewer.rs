//! Entry point of the read-only viewer (`viewer.html`): only the diagram, the verdict and the
//! findings, so documentation pages load a fraction of the editor.
//! No Rust `main`: the Wasm's start function runs it (see `main.rs`).
#![no_main]

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
fn start() {
    doorplan_web::run_viewer();
}
