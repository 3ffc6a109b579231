//! Entry point of the browser app (built by trunk from `index.html`).

fn main() {
    doorplan_web::run();
}
