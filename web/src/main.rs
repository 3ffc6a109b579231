//! Entry point of the editor (built by trunk from `index.html`).

fn main() {
    doorplan_web::run_editor();
}
