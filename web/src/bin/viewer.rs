//! Entry point of the read-only viewer (`viewer.html`): only the diagram, the verdict and the
//! findings, so documentation pages load a fraction of the editor.

fn main() {
    doorplan_web::run_viewer();
}
