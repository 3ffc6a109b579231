//! Reports for continuous integration: SARIF 2.1.0 (code scanning: one result per finding, at
//! the JSON pointer of its subject in the design file and the line it starts on) and Markdown
//! (a pull-request comment). Pure, like the rest of the engine: the command line passes the
//! files' names, texts and reports.

use serde_json::{json, Value};

use crate::ids::Subject;
use crate::model::Design;
use crate::read::LoadError;
use crate::report::{Report, Severity};
use crate::rules::{self, Rule};
use crate::text::Lang;

/// One checked file: its name (as given), its text, and its design and report or why it could
/// not be read.
pub struct Checked<'a> {
    pub file: &'a str,
    pub text: &'a str,
    pub outcome: Result<(Design, Report), LoadError>,
}

/// The JSON pointer (RFC 6901) of a subject in its design file: `/door_vpns/1/tunnels/0`.
pub fn pointer(design: &Design, subject: &Subject) -> String {
    let vpn = |id: &str| design.door_vpns.iter().position(|vpn| vpn.id == id);
    match subject {
        Subject::Design => String::new(),
        Subject::Soracom => "/soracom".into(),
        Subject::Vnet => "/azure/vnet".into(),
        Subject::Gateway => "/azure/gateway".into(),
        Subject::Vpn(id) => vpn(id).map_or_else(String::new, |index| format!("/door_vpns/{index}")),
        Subject::Tunnel(id, tunnel) => vpn(id).map_or_else(String::new, |index| {
            format!("/door_vpns/{index}/tunnels/{tunnel}")
        }),
        Subject::Link(id, tunnel) => design
            .links
            .iter()
            .position(|link| &link.vpn == id && link.tunnel == *tunnel)
            .map_or_else(String::new, |index| format!("/links/{index}")),
    }
}

/// Where the value at `pointer` starts in a JSON text: line and column, both from 1 (columns
/// count characters). `None` if the text is not JSON or has no such value. A small scanner, not
/// a parser: the text has already been read by the engine.
pub fn locate(text: &str, pointer: &str) -> Option<(usize, usize)> {
    let steps: Vec<String> = if pointer.is_empty() {
        Vec::new()
    } else {
        pointer
            .strip_prefix('/')?
            .split('/')
            .map(|step| step.replace("~1", "/").replace("~0", "~"))
            .collect()
    };
    let chars: Vec<char> = text.chars().collect();
    let mut scanner = Scanner {
        chars: &chars,
        at: 0,
    };
    let start = scanner.find(&steps)?;
    let line = chars[..start].iter().filter(|c| **c == '\n').count() + 1;
    let column = start
        - chars[..start]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(0, |newline| newline + 1)
        + 1;
    Some((line, column))
}

struct Scanner<'a> {
    chars: &'a [char],
    at: usize,
}

impl Scanner<'_> {
    fn skip_space(&mut self) {
        while self.chars.get(self.at).is_some_and(|c| c.is_whitespace()) {
            self.at += 1;
        }
    }

    /// The start of the value at `steps` below the value starting here.
    fn find(&mut self, steps: &[String]) -> Option<usize> {
        self.skip_space();
        let Some((step, rest)) = steps.split_first() else {
            return Some(self.at);
        };
        match self.chars.get(self.at)? {
            '{' => {
                self.at += 1;
                loop {
                    self.skip_space();
                    if *self.chars.get(self.at)? == '}' {
                        return None;
                    }
                    let key = self.string()?;
                    self.skip_space();
                    if *self.chars.get(self.at)? != ':' {
                        return None;
                    }
                    self.at += 1;
                    if key == *step {
                        return self.find(rest);
                    }
                    self.skip_value()?;
                    self.skip_space();
                    if *self.chars.get(self.at)? == ',' {
                        self.at += 1;
                    }
                }
            }
            '[' => {
                let wanted: usize = step.parse().ok()?;
                self.at += 1;
                for _ in 0..wanted {
                    self.skip_space();
                    if *self.chars.get(self.at)? == ']' {
                        return None;
                    }
                    self.skip_value()?;
                    self.skip_space();
                    if *self.chars.get(self.at)? != ',' {
                        return None;
                    }
                    self.at += 1;
                }
                self.skip_space();
                if *self.chars.get(self.at)? == ']' {
                    return None;
                }
                self.find(rest)
            }
            _ => None,
        }
    }

    /// Reads a string (the scanner is on its opening quote) and returns its text.
    fn string(&mut self) -> Option<String> {
        if *self.chars.get(self.at)? != '"' {
            return None;
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            let c = *self.chars.get(self.at)?;
            self.at += 1;
            match c {
                '"' => return Some(out),
                '\\' => {
                    let escaped = *self.chars.get(self.at)?;
                    self.at += 1;
                    match escaped {
                        'u' => {
                            let code: String =
                                self.chars.get(self.at..self.at + 4)?.iter().collect();
                            self.at += 4;
                            out.push(
                                char::from_u32(u32::from_str_radix(&code, 16).ok()?)
                                    .unwrap_or('\u{fffd}'),
                            );
                        }
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        other => out.push(other),
                    }
                }
                other => out.push(other),
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        self.skip_space();
        match *self.chars.get(self.at)? {
            '"' => self.string().map(|_| ()),
            open @ ('{' | '[') => {
                let close = if open == '{' { '}' } else { ']' };
                self.at += 1;
                loop {
                    self.skip_space();
                    let c = *self.chars.get(self.at)?;
                    if c == close {
                        self.at += 1;
                        return Some(());
                    }
                    if c == ',' || c == ':' {
                        self.at += 1;
                        continue;
                    }
                    self.skip_value()?;
                }
            }
            _ => {
                // A number, true, false or null.
                let start = self.at;
                while self
                    .chars
                    .get(self.at)
                    .is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace())
                {
                    self.at += 1;
                }
                (self.at > start).then_some(())
            }
        }
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Ng => "error",
        Severity::Warn => "warning",
        Severity::Info => "note",
    }
}

/// The SARIF 2.1.0 log of `checked`: one run, every rule of the catalogue (with its source as
/// help URI), one result per finding at its subject's JSON pointer, and a notification per file
/// that could not be read.
pub fn sarif(checked: &[Checked], lang: Lang) -> String {
    let catalogue: Vec<&'static Rule> = rules::all().collect();
    let rules: Vec<Value> = catalogue
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id,
                "name": rule.id,
                "shortDescription": { "text": rule.summary.get(lang) },
                "helpUri": rule.source,
                "help": { "text": format!("{} {}", rule.summary.get(lang), rule.source) },
                "defaultConfiguration": { "level": level(rule.severity) },
                "properties": { "family": rule.family.name() },
            })
        })
        .collect();
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    let artifacts: Vec<Value> = checked
        .iter()
        .map(|file| json!({ "location": { "uri": uri(file.file) } }))
        .collect();
    for (index, file) in checked.iter().enumerate() {
        let (design, report) = match &file.outcome {
            Ok(found) => found,
            Err(error) => {
                let mut notification = json!({
                    "level": "error",
                    "message": { "text": format!("{}: {}", file.file, error.message(lang)) },
                    "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(file.file), "index": index } } }],
                });
                if !error.path.is_empty() {
                    notification["properties"] = json!({ "field": error.path });
                }
                notifications.push(notification);
                continue;
            }
        };
        for finding in &report.findings {
            let pointer = pointer(design, &finding.subject);
            let mut physical =
                json!({ "artifactLocation": { "uri": uri(file.file), "index": index } });
            if let Some((line, column)) = locate(file.text, &pointer) {
                physical["region"] = json!({ "startLine": line, "startColumn": column });
            }
            let rule_index = catalogue.iter().position(|rule| rule.id == finding.rule.id);
            let mut result = json!({
                "ruleId": finding.rule.id,
                "level": level(finding.severity),
                "message": { "text": finding.text(lang) },
                "locations": [{
                    "physicalLocation": physical,
                    "logicalLocations": [{
                        "name": finding.subject.to_string(),
                        "fullyQualifiedName": pointer,
                        "kind": "object",
                    }],
                }],
                "partialFingerprints": { "doorplanSubject/v1": format!("{}|{}", finding.rule.id, finding.subject) },
                "properties": { "subject": finding.subject.to_string(), "jsonPointer": pointer },
            });
            if let Some(rule_index) = rule_index {
                result["ruleIndex"] = json!(rule_index);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "doorplan",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            } },
            "artifacts": artifacts,
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_default() + "\n"
}

/// A file name as SARIF's `artifactLocation.uri`: a relative reference for a relative path, a
/// `file://` URI for an absolute one; `/` separators, characters outside the unreserved set
/// percent-encoded.
fn uri(file: &str) -> String {
    let mut out = String::from(if file.starts_with('/') { "file://" } else { "" });
    for byte in file.replace('\\', "/").bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Text for a Markdown table cell or heading: no line breaks, pipes and markup escaped, no
/// HTML, no control characters.
fn cell(text: &str) -> String {
    let mut out = String::new();
    let one_line: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    for c in crate::text::printable(&one_line).chars() {
        match c {
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            other => out.push(other),
        }
    }
    out
}

/// A Markdown report of `checked` for a pull-request comment: per file the verdict, the
/// pattern, the worst single fault and a table of findings with their rules' sources.
pub fn markdown(checked: &[Checked], lang: Lang) -> String {
    use std::fmt::Write as _;
    let mut out = String::from("## doorplan\n");
    let worst = checked
        .iter()
        .map(|file| match &file.outcome {
            Ok((_, report)) => report.verdict.name(),
            Err(_) => "UNREADABLE",
        })
        .max_by_key(|name| match *name {
            "UNREADABLE" => 3,
            "NG" => 2,
            "WARN" => 1,
            _ => 0,
        })
        .unwrap_or("OK");
    let _ = writeln!(
        out,
        "\n{} {} checked; worst: **{worst}**\n",
        checked.len(),
        if checked.len() == 1 {
            "design"
        } else {
            "designs"
        }
    );
    for file in checked {
        let _ = writeln!(out, "### `{}`\n", file.file.replace('`', "'"));
        let (design, report) = match &file.outcome {
            Ok(found) => found,
            Err(error) => {
                let _ = writeln!(out, "**UNREADABLE** — {}\n", cell(&error.message(lang)));
                continue;
            }
        };
        let _ = writeln!(out, "**{}**\n", cell(report.verdict.headline().get(lang)));
        if !design.title.is_empty() {
            let _ = writeln!(out, "{}\n", cell(&design.title));
        }
        let _ = writeln!(
            out,
            "- {}: `{}` — {}",
            crate::text::T::CliPattern.get(lang),
            report.pattern.name(),
            cell(report.pattern.describe().get(lang))
        );
        let worst = match report.worst_single_fault {
            Some(impact) => format!("`{}` ({})", impact.name(), cell(impact.detail().get(lang))),
            None => cell(crate::text::T::CliNotSimulated.get(lang)),
        };
        let _ = writeln!(out, "- {}: {worst}\n", crate::text::T::CliWorst.get(lang));
        if report.findings.is_empty() {
            let _ = writeln!(out, "{}\n", cell(crate::text::T::UiNoFindings.get(lang)));
            continue;
        }
        let _ = writeln!(out, "| | Rule | Subject | Finding |\n|---|---|---|---|");
        for finding in &report.findings {
            let _ = writeln!(
                out,
                "| {} | [`{}`]({}) | `{}` | {} |",
                finding.severity.name(),
                finding.rule.id,
                finding.rule.source,
                pointer(design, &finding.subject).replace('`', "'"),
                cell(&finding.text(lang)),
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_values_by_json_pointer() {
        let text = "{\n  \"a\": [1, {\"b\": \"x\\\"y\"}],\n  \"c/d\": {\n    \"e\": null\n  }\n}";
        assert_eq!(locate(text, ""), Some((1, 1)));
        assert_eq!(locate(text, "/a/1"), Some((2, 12)));
        assert_eq!(locate(text, "/a/1/b"), Some((2, 18)));
        assert_eq!(locate(text, "/c~1d/e"), Some((4, 10)));
        assert_eq!(locate(text, "/a/2"), None);
        assert_eq!(locate(text, "/missing"), None);
        assert_eq!(locate("not json", "/a"), None);
    }

    #[test]
    fn pointers_name_the_subject_in_the_file() {
        let design = crate::templates::template("p2").unwrap().design().unwrap();
        assert_eq!(
            pointer(&design, &Subject::Vpn("door-2".into())),
            "/door_vpns/1"
        );
        assert_eq!(
            pointer(&design, &Subject::Tunnel("door-2".into(), 1)),
            "/door_vpns/1/tunnels/1"
        );
        assert_eq!(
            pointer(&design, &Subject::Link("door-2".into(), 0)),
            "/links/2"
        );
        assert_eq!(pointer(&design, &Subject::Gateway), "/azure/gateway");
        let text = crate::templates::template("p2").unwrap().json;
        let (line, _) = locate(text, "/door_vpns/1").unwrap();
        assert!(text.lines().nth(line - 1).unwrap().contains("door-2"));
    }

    #[test]
    fn markdown_cells_cannot_break_the_table_or_inject_html() {
        assert_eq!(
            cell("a|b\nc <img src=x> `code` [l](u)"),
            "a\\|b c \\<img src=x\\> \\`code\\` \\[l\\](u)"
        );
    }
}
