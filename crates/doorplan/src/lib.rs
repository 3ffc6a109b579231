//! doorplan's engine: reads a SORACOM Door × Azure VPN Gateway design, judges it (NG / WARN /
//! OK with reasons and fixes), simulates single failures, and writes configurations.
//!
//! Pure: no I/O, no clock, no browser. The same code runs in the `doorplan` command line and,
//! compiled to WebAssembly, in the browser app. See `ARCHITECTURE.md`.

mod analysis;
pub mod export;
pub mod fixes;
pub mod import;
pub mod model;
pub mod report;
pub mod rules;
pub mod share;
pub mod templates;

pub use model::{Design, LoadError};
pub use report::{Fault, Finding, Impact, Lang, Pattern, Report, Severity, Text, Verdict};
pub use rules::{Rule, RULES};

use std::cmp::Reverse;

/// Rules whose findings mean the tunnels cannot be built at all, so failures are not simulated.
const UNBUILDABLE: [&str; 3] = ["TOPO-NO-LINK", "TOPO-SPLIT-VPN", "TOPO-INSTANCE-MISSING"];

/// Judges a design: every rule, the recognised pattern, and the single-fault table.
///
/// Deterministic and total: any `Design` value gives a report, never a panic.
pub fn check(design: &Design) -> Report {
    let context = rules::Context::new(design);
    let mut findings = rules::run(&context);
    // Stable: within one severity, catalogue order and then document order remain.
    findings.sort_by_key(|finding| Reverse(finding.severity));
    let verdict = Verdict::of(findings.iter().map(|finding| &finding.severity));
    let pattern = analysis::pattern(&context);
    let buildable = !findings
        .iter()
        .any(|finding| UNBUILDABLE.contains(&finding.rule));
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
