//! The AFL++ campaign binary (coverage-guided; see RELIABILITY.md for the command and figures).
fn main() {
    afl::fuzz!(|data: &[u8]| {
        doorplan_fuzz::run(data);
    });
}
