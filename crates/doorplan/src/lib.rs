//! doorplan's engine: reads a SORACOM Door × Azure VPN Gateway design, judges it (NG / WARN /
//! OK with reasons and fixes), simulates single failures, and writes configurations.
//!
//! Pure: no I/O, no clock, no browser. The same code runs in the `doorplan` command line and,
//! compiled to WebAssembly, in the browser app. See `ARCHITECTURE.md`.

#[macro_use]
pub mod text;

mod analysis;
pub mod audit;
pub mod ci;
pub mod diagram;
pub mod edit;
pub mod export;
pub mod fixes;
pub mod ids;
pub mod import;
pub mod model;
pub mod names;
pub mod order;
pub mod read;
pub mod report;
pub mod rules;
pub mod share;
pub mod templates;

pub use ids::{FaultId, Subject};
pub use model::Design;
pub use read::LoadError;
pub use report::{Fault, Finding, Impact, Pattern, Report, Severity, Verdict};
pub use rules::Rule;
pub use text::{Lang, Message, T};

/// Judges a design: every rule, the recognised pattern, and the single-fault table.
///
/// Deterministic and total: any `Design` value gives a report, never a panic.
pub fn check(design: &Design) -> Report {
    let context = rules::Context::new(design);
    // NG first, then WARN, then INFO; within one severity, catalogue order and then document
    // order remain (a stable partition, no sort).
    let mut findings = Vec::new();
    let mut rest = rules::run(&context);
    for severity in [Severity::Ng, Severity::Warn] {
        let (this, others): (Vec<_>, Vec<_>) = rest
            .into_iter()
            .partition(|finding| finding.severity == severity);
        findings.extend(this);
        rest = others;
    }
    findings.extend(rest);
    let verdict = Verdict::of(findings.iter().map(|finding| &finding.severity));
    let pattern = analysis::pattern(&context);
    let buildable = !findings
        .iter()
        .any(|finding| rules::unbuildable(finding.rule));
    let faults = if buildable {
        analysis::faults(&context)
    } else {
        Vec::new()
    };
    let worst_single_fault = faults.iter().map(|fault| fault.impact).max();
    Report {
        verdict,
        pattern,
        worst_single_fault,
        findings,
        faults,
    }
}
