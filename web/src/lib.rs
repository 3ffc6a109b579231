//! The doorplan browser app: a diagram editor whose every verdict comes from `doorplan::check`,
//! the same function the command line runs. This crate renders and wires browser APIs; it
//! decides no verdict. `main.rs` only starts it; the modules are a library so the
//! `wasm-bindgen-test` suite in `tests/` can mount components on their own.

pub mod app;
pub mod browser;
pub mod components;
pub mod designs;
pub mod geometry;
pub mod i18n;
pub mod picture;
pub mod state;

/// Mounts the app on the page's body: the read-only viewer when the address asks for it
/// (`#view&d=…`, as embedded in documentation), else the editor.
pub fn run() {
    if doorplan::share::wants_viewer(&browser::fragment()) {
        yew::Renderer::<components::Viewer>::new().render();
    } else {
        yew::Renderer::<app::App>::new().render();
    }
}
