//! Entry point of the editor (built by trunk from `index.html`). No Rust `main`: the Wasm's
//! start function runs the app, so the standard library's runtime set-up (stdout, thread
//! names) is not linked.
#![no_main]

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
fn start() {
    doorplan_web::run_editor();
}
