//! Entry point of the editor (built by trunk from `index.html`). No Rust `main`: the Wasm's
//! start function runs the app, so the standard library's runtime set-up (stdout, thread
//! names) is not linked.
#![cfg_attr(target_arch = "wasm32", no_main)]

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
fn start() {
    doorplan_web::run_editor();
}

/// Built natively only by `cargo test --workspace` and `cargo build --workspace`: the editor runs
/// in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("doorplan-web: the editor runs in a browser; build it with `make serve`");
}
