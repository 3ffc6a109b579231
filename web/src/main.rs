//! The doorplan browser app: renders the design and the engine's report. It decides no verdict:
//! every verdict comes from `doorplan::check`, the same function the command line runs.

mod app;
mod components;
mod i18n;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
