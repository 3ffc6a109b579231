//! The report printed by `check`: for people (text) or programs (the contract's JSON); and the
//! summary of `import-aws`. Every sentence comes from the engine's text table, in the language
//! asked for; nothing read from a design reaches the terminal as a control character.

use std::fmt::Write as _;

use doorplan::import::Import;
use doorplan::text::printable;
use doorplan::{Design, Lang, Report, Severity, T};

/// The human report of one or several designs.
pub fn text(reports: &[(String, Design, Report)], lang: Lang, several: bool) -> String {
    let mut out = String::new();
    for (index, (file, design, report)) in reports.iter().enumerate() {
        if several {
            if index > 0 {
                out.push('\n');
            }
            let _ = writeln!(out, "== {}", printable(file));
        }
        out.push_str(&human(design, report, lang));
    }
    out
}

/// The report for a person: verdict first, then findings grouped by severity, then faults.
fn human(design: &Design, report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    let title = if design.title.is_empty() {
        T::CliUntitled.get(lang).into()
    } else {
        printable(&design.title)
    };
    let _ = writeln!(out, "{}  {title}", report.verdict.name());
    let _ = writeln!(
        out,
        "{}: {} — {}",
        T::CliPattern.get(lang),
        report.pattern.name(),
        report.pattern.describe().get(lang)
    );
    let worst = match report.worst_single_fault {
        Some(impact) => format!("{} ({})", impact.name(), impact.detail().get(lang)),
        None => T::CliNotSimulated.get(lang).to_string(),
    };
    let _ = writeln!(out, "{}: {worst}", T::CliWorst.get(lang));
    for severity in [Severity::Ng, Severity::Warn, Severity::Info] {
        let findings: Vec<_> = report
            .findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .collect();
        if findings.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{} ({})", severity.name(), findings.len());
        for finding in findings {
            let _ = writeln!(
                out,
                "  {}  [{}]",
                finding.rule.id,
                printable(&finding.subject.to_string())
            );
            let _ = writeln!(out, "      {}", printable(&finding.text(lang)));
        }
    }
    if !report.faults.is_empty() {
        let _ = writeln!(out, "\n{}", T::CliFaultsHeading.get(lang));
        // Padded by hand: format widths above 65535 panic, and ids can be long.
        let width = report
            .faults
            .iter()
            .map(|fault| fault.fault.to_string().chars().count())
            .max()
            .unwrap_or(0)
            .min(60);
        for fault in &report.faults {
            let name = printable(&fault.fault.to_string()).into_owned();
            let padding = width.saturating_sub(name.chars().count());
            let _ = writeln!(
                out,
                "  {name}{}  {} ({})",
                " ".repeat(padding),
                fault.impact.name(),
                fault.impact.detail().get(lang)
            );
        }
    }
    out
}

/// The contract's JSON report; with several files, an array of reports each naming its file.
pub fn json(reports: &[(String, Design, Report)], lang: Lang, several: bool) -> String {
    let value = if several {
        serde_json::Value::Array(
            reports
                .iter()
                .map(|(file, _, report)| {
                    let mut value =
                        serde_json::to_value(report.to_json_view(lang)).unwrap_or_default();
                    if let Some(object) = value.as_object_mut() {
                        object.insert("file".into(), serde_json::Value::String(file.clone()));
                    }
                    value
                })
                .collect(),
        )
    } else {
        match reports.first() {
            Some((_, _, report)) => {
                serde_json::to_value(report.to_json_view(lang)).unwrap_or_default()
            }
            None => serde_json::Value::Null,
        }
    };
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

/// What `import-aws` says on standard error: each value written (never a key), each
/// contradiction and note.
pub fn import_summary(import: &Import, lang: Lang) -> String {
    let mut out = String::new();
    for change in &import.filled {
        let _ = writeln!(
            out,
            "{:<10} {} = {}",
            T::CliFilled.get(lang),
            change.path,
            printable(&change.value)
        );
    }
    for conflict in &import.conflicts {
        let _ = writeln!(
            out,
            "{:<10} {}",
            "CONFLICT",
            printable(&conflict.message.render(lang))
        );
    }
    for note in &import.notes {
        let _ = writeln!(out, "{:<10} {}", "NOTE", printable(&note.render(lang)));
    }
    if import.filled.is_empty() && import.conflicts.is_empty() {
        let _ = writeln!(out, "{}", T::CliNothingToChange.get(lang));
    }
    out
}
