//! The doorplan browser app: a diagram editor whose every verdict comes from `doorplan::check`,
//! the same function the command line runs. This crate renders and wires browser APIs; it
//! decides no verdict. Two entry points: the editor (`main.rs`, `index.html`) and the small
//! read-only viewer for documentation pages (`bin/viewer.rs`, `viewer.html`).

pub mod app;
pub mod browser;
pub mod components;
pub mod designs;
pub mod geometry;
pub mod gesture;
pub mod picture;
pub mod state;
pub mod viewer;

/// Starts the editor (an old `index.html#view&d=…` link goes on to the viewer page).
pub fn run_editor() {
    let fragment = browser::fragment();
    if doorplan::share::wants_viewer(&fragment) {
        if let Some(window) = browser::window() {
            let _ = window
                .location()
                .replace(&format!("{}{fragment}", viewer_address()));
            return;
        }
    }
    // A share link is inflated by the browser (asynchronously) before the first render, so the
    // page opens on the link's design, never flashing another one.
    if doorplan::share::fragment_data(&fragment).is_some() {
        wasm_bindgen_futures::spawn_local(async {
            app::set_opening_link(browser::shared_design(doorplan::share::from_inflated).await);
            render_editor();
        });
    } else {
        render_editor();
    }
}

/// Replaces the page's loading placeholder with the editor.
fn render_editor() {
    browser::remove_boot_placeholder();
    yew::Renderer::<app::App>::new().render();
}

/// Starts the read-only viewer (no Yew: see `viewer`).
pub fn run_viewer() {
    viewer::run();
}

/// The viewer page beside this one.
pub fn viewer_address() -> String {
    let page = browser::page_address();
    match page.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/viewer.html"),
        None => "viewer.html".to_string(),
    }
}

/// Where this app's JSON Schema is, for the `$schema` of downloaded designs (editors such as
/// VS Code then complete and check them).
pub fn schema_address() -> String {
    let page = browser::page_address();
    match page.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/schema/doorplan-1.schema.json"),
        None => "schema/doorplan-1.schema.json".to_string(),
    }
}

/// A design as a downloaded file writes it: with `$schema`.
pub fn saved_json(design: &doorplan::Design) -> String {
    if design.schema_url.is_some() {
        return design.to_json();
    }
    let mut copy = design.clone();
    copy.schema_url = Some(schema_address());
    copy.to_json()
}
