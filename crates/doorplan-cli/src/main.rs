//! `doorplan`: check a SORACOM Door × Azure VPN Gateway design and export its configurations.
//!
//! Command line of `shared/contract.md` §4. Exit codes: 0 OK/WARN, 1 NG (or export refused),
//! 2 the file could not be read or the command line is wrong.

use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use doorplan::export::Format;
use doorplan::{Design, Lang, Report, Severity, Verdict};

const HELP: &str = "\
doorplan — check SORACOM Door x Azure VPN Gateway designs and export their configurations

USAGE:
    doorplan check [--json] [--lang en|ja] FILE
    doorplan export --format FORMAT [--lang en|ja] [--out PATH] [--force] FILE
    doorplan import-aws --vpn ID [--out PATH] [--lang en|ja] DESIGN CONFIG
    doorplan rules [--json] [--lang en|ja]
    doorplan template [NAME]
    doorplan --help | --version

COMMANDS:
    check      Judge a design (*.doorplan.json; '-' reads standard input): verdict NG/WARN/OK,
               the recognised pattern, every finding with its fix, and the single-fault table.
               --json prints the machine-readable report.
    export     Write a configuration: az-cli (bash script), terraform (azurerm), bicep,
               door-request (what to ask SORACOM). Refuses an NG design unless --force.
    import-aws Fill a Door VPN's outside IPs, pre-shared keys, inside CIDRs and Amazon-side ASN
               (and the Azure public IP) from SORACOM's VPN details in AWS's Generic
               configuration text. Values that contradict the design are reported, not written.
               Writes the design to --out (or standard output); the summary goes to stderr.
    rules      List every rule: id, default severity, what it checks, its source.
    template   Print a starting design (p1, p2, ng, w, tutorial, blank, or sample:N for a generated
               design of N Door VPNs); without NAME, list them.

EXIT STATUS:
    0  OK or WARN (check), written (export)
    1  NG (check), refused because the design is NG (export), contradictions (import-aws)
    2  the file could not be read, or the command line is wrong (message on stderr)
";

/// A failure with its exit code and message.
struct Failure {
    code: u8,
    message: String,
}

fn usage(message: impl Into<String>) -> Failure {
    Failure {
        code: 2,
        message: format!("{}\nRun 'doorplan --help' for usage.", message.into()),
    }
}

impl From<lexopt::Error> for Failure {
    fn from(error: lexopt::Error) -> Self {
        usage(error.to_string())
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            let _ = writeln!(io::stderr(), "doorplan: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

fn run() -> Result<u8, Failure> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next()? {
        Some(Long("help") | Short('h')) => return print(HELP),
        Some(Long("version") | Short('V')) => {
            return print(&format!("doorplan {}\n", env!("CARGO_PKG_VERSION")))
        }
        Some(Value(command)) => command.string()?,
        Some(other) => return Err(other.unexpected().into()),
        None => return Err(usage("missing command")),
    };
    match command.as_str() {
        "check" => check(parser),
        "export" => export(parser),
        "rules" => rules(parser),
        "import-aws" => import_aws(parser),
        "template" => template(parser),
        "help" => print(HELP),
        other => Err(usage(format!("unknown command {other:?}"))),
    }
}

fn print(text: &str) -> Result<u8, Failure> {
    let mut stdout = io::stdout().lock();
    // A closed pipe (`doorplan check … | head`) is not an error worth a message.
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    Ok(0)
}

fn parse_lang(parser: &mut lexopt::Parser) -> Result<Lang, Failure> {
    use lexopt::ValueExt;
    let text = parser.value()?.string()?;
    Lang::parse(&text).ok_or_else(|| usage(format!("--lang: {text:?} is not en or ja")))
}

/// Reads and parses a design file (`-`: standard input). Exit 2 with the field path on failure.
fn load(file: &str) -> Result<Design, Failure> {
    let text = if file == "-" {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(file)
    }
    .map_err(|error| Failure {
        code: 2,
        message: format!("{file}: cannot read: {error}"),
    })?;
    Design::from_json(&text).map_err(|error| Failure {
        code: 2,
        message: format!("{file}: {error}"),
    })
}

fn check(mut parser: lexopt::Parser) -> Result<u8, Failure> {
    use lexopt::prelude::*;
    let (mut json, mut lang, mut file) = (false, Lang::En, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("json") => json = true,
            Long("lang") => lang = parse_lang(&mut parser)?,
            Long("help") | Short('h') => return print(HELP),
            Value(value) if file.is_none() => file = Some(value.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let file = file.ok_or_else(|| usage("check: missing FILE"))?;
    let design = load(&file)?;
    let report = doorplan::check(&design);
    let mut text = if json {
        report.to_json(lang)
    } else {
        human_report(&design, &report, lang)
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    print(&text)?;
    Ok(if report.verdict == Verdict::Ng { 1 } else { 0 })
}

/// The report for a person: verdict first, then findings grouped by severity, then faults.
fn human_report(design: &Design, report: &Report, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let mut out = String::new();
    let title = if design.title.is_empty() {
        "(untitled)"
    } else {
        &design.title
    };
    let _ = writeln!(out, "{}  {title}", report.verdict.name());
    let _ = writeln!(
        out,
        "{}: {} — {}",
        if ja { "パターン" } else { "pattern" },
        report.pattern.name(),
        report.pattern.describe().get(lang)
    );
    let worst = match report.worst_single_fault {
        Some(impact) => impact_words(impact, lang).to_string(),
        None if ja => "— (構築できないため障害シミュレーションなし)".to_string(),
        None => "— (not simulated: the design cannot be built)".to_string(),
    };
    let _ = writeln!(
        out,
        "{}: {worst}",
        if ja { "単一障害の最悪ケース" } else { "worst single fault" }
    );
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
            let _ = writeln!(out, "  {}  [{}]", finding.rule, finding.subject);
            let _ = writeln!(out, "      {}", finding.message.get(lang));
        }
    }
    if !report.faults.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            if ja { "単一障害 (1 つずつ)" } else { "Single faults (one at a time)" }
        );
        let width = report
            .faults
            .iter()
            .map(|fault| fault.fault.len())
            .max()
            .unwrap_or(0);
        for fault in &report.faults {
            let _ = writeln!(
                out,
                "  {:<width$}  {}",
                fault.fault,
                impact_words(fault.impact, lang)
            );
        }
    }
    out
}

fn impact_words(impact: doorplan::Impact, lang: Lang) -> &'static str {
    use doorplan::Impact;
    match (impact, lang) {
        (Impact::Survives, Lang::En) => "survives (other tunnels carry the traffic)",
        (Impact::Failover, Lang::En) => "failover (traffic stops 10 s – 3 min)",
        (Impact::Outage, Lang::En) => "outage (no path until it returns)",
        (Impact::Survives, Lang::Ja) => "survives (他のトンネルで通信継続)",
        (Impact::Failover, Lang::Ja) => "failover (10 秒〜3 分通信断)",
        (Impact::Outage, Lang::Ja) => "outage (復旧まで経路なし)",
    }
}

fn export(mut parser: lexopt::Parser) -> Result<u8, Failure> {
    use lexopt::prelude::*;
    let (mut format, mut lang, mut out, mut force, mut file) =
        (None, Lang::En, None::<PathBuf>, false, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("format") | Short('f') => {
                let name = parser.value()?.string()?;
                format = Some(Format::parse(&name).ok_or_else(|| {
                    usage(format!(
                        "--format: {name:?} is not one of {}",
                        Format::ALL.map(Format::name).join(", ")
                    ))
                })?);
            }
            Long("lang") => lang = parse_lang(&mut parser)?,
            Long("out") | Short('o') => out = Some(parser.value()?.into()),
            Long("force") => force = true,
            Long("help") | Short('h') => return print(HELP),
            Value(value) if file.is_none() => file = Some(value.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let format = format.ok_or_else(|| usage("export: missing --format"))?;
    let file = file.ok_or_else(|| usage("export: missing FILE"))?;
    let design = load(&file)?;
    let report = doorplan::check(&design);
    if report.verdict == Verdict::Ng && !force {
        let reasons: Vec<String> = report
            .findings
            .iter()
            .filter(|finding| finding.severity == Severity::Ng)
            .map(|finding| format!("  {}  {}", finding.rule, finding.message.get(lang)))
            .collect();
        return Err(Failure {
            code: 1,
            message: format!(
                "{file}: the design is NG, so its configuration would not build; fix these or pass --force:\n{}",
                reasons.join("\n")
            ),
        });
    }
    let text = doorplan::export::export(&design, format, lang);
    match out {
        Some(path) => {
            std::fs::write(&path, text).map_err(|error| Failure {
                code: 2,
                message: format!("{}: cannot write: {error}", path.display()),
            })?;
            Ok(0)
        }
        None => print(&text),
    }
}

fn rules(mut parser: lexopt::Parser) -> Result<u8, Failure> {
    use lexopt::prelude::*;
    let (mut json, mut lang) = (false, Lang::En);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("json") => json = true,
            Long("lang") => lang = parse_lang(&mut parser)?,
            other => return Err(other.unexpected().into()),
        }
    }
    if json {
        let rules: Vec<_> = doorplan::RULES
            .iter()
            .map(|rule| {
                serde_json::json!({
                    "id": rule.id,
                    "family": rule.family.name(),
                    "severity": rule.severity,
                    "summary": rule.summary(lang),
                    "source": rule.source,
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&rules).unwrap_or_default();
        return print(&format!("{text}\n"));
    }
    let mut out = String::new();
    for rule in doorplan::RULES {
        let _ = writeln!(
            out,
            "{:<30} {:<4}  {}\n{:<36}{}",
            rule.id,
            rule.severity.name(),
            rule.summary(lang),
            "",
            rule.source
        );
    }
    print(&out)
}

fn template(mut parser: lexopt::Parser) -> Result<u8, Failure> {
    use lexopt::prelude::*;
    let mut name = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Value(value) if name.is_none() => name = Some(value.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    match name {
        None => {
            let mut out = String::new();
            for template in doorplan::templates::TEMPLATES {
                let _ = writeln!(out, "{:<9} {}", template.id, template.title_en);
            }
            print(&out)
        }
        Some(name) if name.starts_with("sample:") => {
            let count: usize = name["sample:".len()..]
                .parse()
                .ok()
                .filter(|count| (1..=5000).contains(count))
                .ok_or_else(|| usage(format!("template: {name:?}: sample:N takes N from 1 to 5000")))?;
            print(&(doorplan::templates::sample_design(count).to_json() + "\n"))
        }
        Some(name) => match doorplan::templates::template(&name) {
            Some(template) => print(template.json),
            None => Err(usage(format!("template: no template named {name:?}"))),
        },
    }
}

fn import_aws(mut parser: lexopt::Parser) -> Result<u8, Failure> {
    use lexopt::prelude::*;
    let (mut vpn, mut out, mut lang, mut files) = (None, None::<PathBuf>, Lang::En, Vec::new());
    while let Some(arg) = parser.next()? {
        match arg {
            Long("vpn") => vpn = Some(parser.value()?.string()?),
            Long("out") | Short('o') => out = Some(parser.value()?.into()),
            Long("lang") => lang = parse_lang(&mut parser)?,
            Value(value) if files.len() < 2 => files.push(value.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let vpn = vpn.ok_or_else(|| usage("import-aws: missing --vpn ID"))?;
    let [design_file, config_file] = <[String; 2]>::try_from(files)
        .map_err(|_| usage("import-aws: needs DESIGN and CONFIG files"))?;
    let design = load(&design_file)?;
    let text = std::fs::read_to_string(&config_file).map_err(|error| Failure {
        code: 2,
        message: format!("{config_file}: cannot read: {error}"),
    })?;
    let config = doorplan::import::parse_aws_generic(&text).map_err(|error| Failure {
        code: 2,
        message: format!("{config_file}: {error}"),
    })?;
    let import = doorplan::import::import_aws(&design, &vpn, &config).map_err(|message| Failure {
        code: 2,
        message: format!("{design_file}: {message}"),
    })?;
    let mut summary = String::new();
    for change in &import.filled {
        let _ = writeln!(summary, "filled     {} = {}", change.path, change.value);
    }
    for conflict in &import.conflicts {
        let _ = writeln!(summary, "CONFLICT   {}", conflict.message.get(lang));
    }
    if import.filled.is_empty() && import.conflicts.is_empty() {
        summary.push_str("nothing to change: the design already has these values\n");
    }
    let _ = io::stderr().write_all(summary.as_bytes());
    let text = import.design.to_json() + "\n";
    match out {
        Some(path) => std::fs::write(&path, text).map_err(|error| Failure {
            code: 2,
            message: format!("{}: cannot write: {error}", path.display()),
        })?,
        None => {
            print(&text)?;
        }
    }
    Ok(if import.conflicts.is_empty() { 0 } else { 1 })
}
