//! Entry point of the read-only viewer (`viewer.html`): only the diagram, the verdict and the
//! findings, so documentation pages load a fraction of the editor.
//! No Rust `main`: the Wasm's start function runs it (see `main.rs`).
#![cfg_attr(target_arch = "wasm32", no_main)]

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
fn start() {
    doorplan_web::run_viewer();
}

/// Built natively only by `cargo test --workspace` and `cargo build --workspace`: the viewer runs
/// in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("doorplan-web: the viewer runs in a browser; build it with `make serve`");
}
