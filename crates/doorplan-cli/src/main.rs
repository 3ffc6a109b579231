//! `doorplan`: check a SORACOM Door × Azure VPN Gateway design, export its configurations,
//! read back SORACOM's answer, and print completions and a man page.
//!
//! Command line of `shared/contract.md` §4. Every flag is defined once, in [`cli`]; `--help`,
//! `doorplan man` and `doorplan completions` are generated from it. `main` only maps the result
//! of [`try_main`] to an [`Exit`] code, decided in one place.

mod io;
mod report;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use doorplan::export::{export_with, Format, Options};
use doorplan::{Design, Lang, Severity, Verdict, T};

use io::{print, read_text, write_file};

/// The exit status, decided in one place (contract §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// OK or WARN (check), written (export, import), the deployment matches (audit).
    Ok = 0,
    /// NG (check), refused because the design is NG (export), contradictions (import-aws),
    /// differences (audit).
    Ng = 1,
    /// An input could not be read, or the command line is wrong.
    Unreadable = 2,
}

impl Exit {
    fn of(verdict: Verdict) -> Exit {
        if verdict == Verdict::Ng {
            Exit::Ng
        } else {
            Exit::Ok
        }
    }
}

/// A failure: its exit code and what to say on standard error.
#[derive(Debug)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
}

impl Failure {
    pub fn unreadable(message: impl Into<String>) -> Failure {
        Failure {
            exit: Exit::Unreadable,
            message: message.into(),
        }
    }
}

const AFTER_HELP: &str = "\
EXIT STATUS:
    0  OK or WARN (check), written (export, import-aws)
    1  NG (check), refused because the design is NG (export), contradictions (import-aws)
    2  an input could not be read, or the command line is wrong (message on stderr)

The design format, the report and the rule ids: shared/contract.md of the doorplan project.";

fn lang_arg() -> Arg {
    Arg::new("lang")
        .long("lang")
        .value_name("en|ja")
        .value_parser(["en", "ja"])
        .default_value("en")
        .help("Language of messages")
}

fn max_input_arg() -> Arg {
    Arg::new("max-input")
        .long("max-input")
        .value_name("BYTES")
        .value_parser(value_parser!(u64).range(1..))
        .default_value(doorplan::read::MAX_DESIGN_BYTES.to_string())
        .help("Refuse inputs larger than this many bytes (raise it for very large designs)")
}

/// The one definition of the command line.
pub fn cli() -> Command {
    let formats: Vec<&'static str> = Format::ALL.iter().map(|format| format.name()).collect();
    Command::new("doorplan")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Check SORACOM Door x Azure VPN Gateway designs and export their configurations")
        .long_about(
            "doorplan judges a SORACOM Door x Azure VPN Gateway design (*.doorplan.json) before it is built: \
             NG / WARN / OK with the reason and the fix, and what every single failure does to the traffic. \
             It writes the Azure configuration (Azure CLI, Terraform, Bicep) and the text of the Door application, \
             and reads back SORACOM's answer. The same engine runs in the browser app.",
        )
        .after_help(AFTER_HELP)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("check")
                .about("Judge designs: verdict, pattern, findings with their fixes, single faults")
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_name("FORMAT")
                        .value_parser(["text", "json", "sarif", "markdown"])
                        .default_value("text")
                        .help("Output: text (for people), json (the report of the contract), sarif (SARIF 2.1.0 for code scanning: one result per finding at its JSON pointer and line) or markdown (a pull-request comment)"),
                )
                .arg(Arg::new("json").long("json").action(ArgAction::SetTrue).help("Same as --format json"))
                .arg(lang_arg())
                .arg(max_input_arg())
                .arg(
                    Arg::new("files")
                        .value_name("FILE")
                        .num_args(1..)
                        .required(true)
                        .help("Design files (*.doorplan.json); '-' reads standard input. Several: one report each, exit with the worst"),
                ),
        )
        .subcommand(
            Command::new("export")
                .about("Write a configuration of a design (refuses an NG design unless --force)")
                .arg(
                    Arg::new("format")
                        .long("format")
                        .short('f')
                        .value_name("FORMAT")
                        .value_parser(formats)
                        .required(true)
                        .help("az-cli (bash script), terraform (azurerm) and terraform-vars, bicep and bicep-params, door-request (what to ask SORACOM)"),
                )
                .arg(
                    Arg::new("out")
                        .long("out")
                        .short('o')
                        .value_name("PATH")
                        .value_parser(value_parser!(PathBuf))
                        .help("Write to PATH (and a template's parameters file next to it); a file holding a key is readable by its owner only"),
                )
                .arg(Arg::new("force").long("force").action(ArgAction::SetTrue).help("Export even an NG design (for review, not for building)"))
                .arg(lang_arg())
                .arg(max_input_arg())
                .arg(Arg::new("file").value_name("FILE").required(true).help("The design file; '-' reads standard input")),
        )
        .subcommand(
            Command::new("import-aws")
                .about("Fill a Door VPN from SORACOM's VPN details (AWS Generic configuration); contradictions are reported, never written")
                .arg(Arg::new("vpn").long("vpn").value_name("ID").required(true).help("The Door VPN to fill"))
                .arg(
                    Arg::new("out")
                        .long("out")
                        .short('o')
                        .value_name("PATH")
                        .value_parser(value_parser!(PathBuf))
                        .help("Write the design here (readable by its owner only: it holds keys); default: standard output"),
                )
                .arg(lang_arg())
                .arg(max_input_arg())
                .arg(Arg::new("design").value_name("DESIGN").required(true).help("The design file"))
                .arg(Arg::new("config").value_name("CONFIG").required(true).help("SORACOM's VPN details, AWS Generic format")),
        )
        .subcommand(
            Command::new("rules")
                .about("List every rule: id, severity, what it checks, its source")
                .arg(Arg::new("json").long("json").action(ArgAction::SetTrue).help("As JSON"))
                .arg(lang_arg()),
        )
        .subcommand(
            Command::new("audit")
                .about("Compare a deployment (what the Azure CLI prints) with its design and explain the live tunnel and BGP status")
                .long_about(
                    "Compare a deployment with its design: give what `az network vnet-gateway show`, `az network vpn-connection list` \
                     (or `show`, for the connection status), `az network local-gateway list` and `az network vnet-gateway \
                     list-bgp-peer-status` print for the resource group, or the portal's Export template JSON. Every difference is \
                     listed with both values and what it breaks; with status, each tunnel and BGP session is explained against the \
                     design. Exit 0 when the deployment matches, 1 on differences, 2 on unreadable input. With --build, no design \
                     is given: a design is built from the deployment and printed (check its grouping, on standard error).",
                )
                .arg(Arg::new("json").long("json").action(ArgAction::SetTrue).help("As JSON: matches, differences (kind, subject, planned, deployed, message), status, notes"))
                .arg(Arg::new("build").long("build").action(ArgAction::SetTrue).help("Build a design from the deployment instead (every FILE is Azure JSON); prints it"))
                .arg(lang_arg())
                .arg(max_input_arg())
                .arg(Arg::new("files").value_name("FILE").num_args(1..).required(true).help("DESIGN then AZURE_JSON...; '-' reads standard input (once)")),
        )
        .subcommand(
            Command::new("share")
                .about("Print a share link of a design (the design compressed into the link's fragment, without pre-shared keys unless --include-keys)")
                .arg(
                    Arg::new("base")
                        .long("base")
                        .value_name("URL")
                        .help("The page the link opens: the editor (…/index.html) or the read-only viewer (…/viewer.html); without it, only the d= data"),
                )
                .arg(Arg::new("include-keys").long("include-keys").action(ArgAction::SetTrue).help("Keep the pre-shared keys in the link (anyone with the link can read them)"))
                .arg(lang_arg())
                .arg(max_input_arg())
                .arg(Arg::new("file").value_name("FILE").required(true).help("The design file; '-' reads standard input")),
        )
        .subcommand(
            Command::new("template")
                .about("Print a starting design: p1, p2, ng, w, tutorial, blank, or sample:N (N Door VPNs); without NAME, list them")
                .arg(Arg::new("name").value_name("NAME")),
        )
        .subcommand(
            Command::new("completions")
                .about("Print the shell completion script")
                .arg(Arg::new("shell").value_name("SHELL").value_parser(["bash", "zsh", "fish"]).required(true)),
        )
        .subcommand(
            Command::new("man")
                .about("Print the man page (roff), or write one page per command to a folder")
                .arg(
                    Arg::new("dir")
                        .long("dir")
                        .value_name("DIR")
                        .value_parser(value_parser!(PathBuf))
                        .help("Write doorplan.1 and doorplan-COMMAND.1 into DIR"),
                ),
        )
}

fn main() -> ExitCode {
    let exit = match try_main() {
        Ok(exit) => exit,
        Err(failure) => {
            io::print_error(&format!("doorplan: {}", failure.message));
            failure.exit
        }
    };
    ExitCode::from(exit as u8)
}

fn try_main() -> Result<Exit, Failure> {
    let matches = match cli().try_get_matches() {
        Ok(matches) => matches,
        Err(error) => {
            use clap::error::ErrorKind;
            let exit = match error.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Exit::Ok,
                _ => Exit::Unreadable,
            };
            let _ = error.print();
            return Ok(exit);
        }
    };
    match matches.subcommand() {
        Some(("check", args)) => check(args),
        Some(("export", args)) => export(args),
        Some(("import-aws", args)) => import_aws(args),
        Some(("rules", args)) => rules(args),
        Some(("audit", args)) => audit(args),
        Some(("share", args)) => share(args),
        Some(("template", args)) => template(args),
        Some(("completions", args)) => completions(args),
        Some(("man", args)) => man(args),
        _ => Err(Failure::unreadable(
            "missing command; run 'doorplan --help'",
        )),
    }
}

fn lang_of(args: &ArgMatches) -> Lang {
    args.get_one::<String>("lang")
        .and_then(|code| Lang::parse(code))
        .unwrap_or_default()
}

fn limit_of(args: &ArgMatches) -> usize {
    args.get_one::<u64>("max-input")
        .and_then(|limit| usize::try_from(*limit).ok())
        .unwrap_or(doorplan::read::MAX_DESIGN_BYTES)
}

/// Reads and parses a design file (`-`: standard input). Exit 2 with the field path on failure.
fn load(file: &str, limit: usize, lang: Lang) -> Result<Design, Failure> {
    let text = read_text(file, limit, lang)?;
    Design::from_json_with_limit(&text, limit).map_err(|error| {
        Failure::unreadable(format!(
            "{}: {}",
            doorplan::text::printable(file),
            error.message(lang)
        ))
    })
}

fn check(args: &ArgMatches) -> Result<Exit, Failure> {
    let lang = lang_of(args);
    let limit = limit_of(args);
    let format = if args.get_flag("json") {
        "json"
    } else {
        args.get_one::<String>("format")
            .map_or("text", String::as_str)
    };
    let files: Vec<&String> = args
        .get_many::<String>("files")
        .map(Iterator::collect)
        .unwrap_or_default();
    let mut worst = Exit::Ok;
    // Every file is read and judged; an unreadable one is reported (on stderr, and in the SARIF
    // and Markdown reports) and makes the exit status 2.
    let mut texts: Vec<(String, Result<String, Failure>)> = Vec::new();
    for file in &files {
        texts.push((file.to_string(), read_text(file, limit, lang)));
    }
    let mut checked: Vec<doorplan::ci::Checked> = Vec::new();
    for (file, text) in &texts {
        let outcome = match text {
            Ok(text) => Design::from_json_with_limit(text, limit).map(|design| {
                let report = doorplan::check(&design);
                (design, report)
            }),
            Err(failure) => Err(doorplan::LoadError {
                path: String::new(),
                message: doorplan::msg!(Raw, text = failure.message.as_str()),
            }),
        };
        match &outcome {
            Ok((_, report)) => worst = worst.max(Exit::of(report.verdict)),
            Err(error) => {
                let message = match text {
                    Err(failure) => failure.message.clone(),
                    Ok(_) => format!(
                        "{}: {}",
                        doorplan::text::printable(file),
                        error.message(lang)
                    ),
                };
                io::print_error(&format!("doorplan: {message}"));
                worst = worst.max(Exit::Unreadable);
            }
        }
        checked.push(doorplan::ci::Checked {
            file,
            text: text.as_deref().unwrap_or(""),
            outcome,
        });
    }
    let out = match format {
        "sarif" => doorplan::ci::sarif(&checked, lang),
        "markdown" => doorplan::ci::markdown(&checked, lang),
        _ => {
            let reports: Vec<(String, Design, doorplan::Report)> = checked
                .into_iter()
                .filter_map(|file| {
                    file.outcome
                        .ok()
                        .map(|(design, report)| (file.file.to_string(), design, report))
                })
                .collect();
            if reports.is_empty() {
                return Ok(worst);
            }
            if format == "json" {
                report::json(&reports, lang, files.len() > 1)
            } else {
                report::text(&reports, lang, files.len() > 1)
            }
        }
    };
    print(&out);
    Ok(worst)
}

fn export(args: &ArgMatches) -> Result<Exit, Failure> {
    let lang = lang_of(args);
    let format = args
        .get_one::<String>("format")
        .and_then(|name| Format::parse(name))
        .ok_or_else(|| Failure::unreadable("export: missing --format"))?;
    let file = args
        .get_one::<String>("file")
        .ok_or_else(|| Failure::unreadable("export: missing FILE"))?;
    let design = load(file, limit_of(args), lang)?;
    let report = doorplan::check(&design);
    if report.verdict == Verdict::Ng && !args.get_flag("force") {
        let reasons: Vec<String> = report
            .findings
            .iter()
            .filter(|finding| finding.severity == Severity::Ng)
            .map(|finding| {
                format!(
                    "  {}  {}",
                    finding.rule.id,
                    doorplan::text::printable(&finding.text(lang))
                )
            })
            .collect();
        return Err(Failure {
            exit: Exit::Ng,
            message: format!(
                "{}: {}\n{}",
                doorplan::text::printable(file),
                T::CliExportRefused.get(lang),
                reasons.join("\n")
            ),
        });
    }
    let out = args.get_one::<PathBuf>("out");
    let bicep_file = out
        .filter(|_| format == Format::Bicep)
        .and_then(|path| path.file_name())
        .map(|name| name.to_string_lossy().into_owned());
    let options = Options { lang, bicep_file };
    let text = export_with(&design, format, &options);
    let Some(path) = out else {
        print(&text);
        if let Some(companion) = format
            .companion()
            .filter(|companion| companion.carries_keys(&design))
        {
            io::print_error(
                &doorplan::msg!(CliCompanionNotWritten, file = companion.file_name()).render(lang),
            );
        }
        return Ok(Exit::Ok);
    };
    write_file(path, &text, format.carries_keys(&design), lang)?;
    if let Some(companion) = format.companion() {
        let companion_path = companion_path(path, companion);
        let companion_text = export_with(&design, companion, &options);
        write_file(
            &companion_path,
            &companion_text,
            companion.carries_keys(&design),
            lang,
        )?;
    }
    Ok(Exit::Ok)
}

/// Where a template's parameters file goes: `terraform.tfvars` beside `main.tf`, `x.bicepparam`
/// beside `x.bicep`.
fn companion_path(template: &Path, companion: Format) -> PathBuf {
    match companion {
        Format::BicepParams => template.with_extension("bicepparam"),
        _ => template.with_file_name(companion.file_name()),
    }
}

fn import_aws(args: &ArgMatches) -> Result<Exit, Failure> {
    let lang = lang_of(args);
    let limit = limit_of(args);
    let vpn = args
        .get_one::<String>("vpn")
        .ok_or_else(|| Failure::unreadable("import-aws: missing --vpn ID"))?;
    let design_file = args
        .get_one::<String>("design")
        .ok_or_else(|| Failure::unreadable("import-aws: missing DESIGN"))?;
    let config_file = args
        .get_one::<String>("config")
        .ok_or_else(|| Failure::unreadable("import-aws: missing CONFIG"))?;
    let design = load(design_file, limit, lang)?;
    let text = read_text(
        config_file,
        limit.min(doorplan::import::MAX_CONFIG_BYTES),
        lang,
    )?;
    let config = doorplan::import::parse_aws_generic(&text).map_err(|error| {
        Failure::unreadable(format!(
            "{}: {}",
            doorplan::text::printable(config_file),
            error.message(lang)
        ))
    })?;
    let import = doorplan::import::import_aws(&design, vpn, &config).map_err(|message| {
        Failure::unreadable(format!(
            "{}: {}",
            doorplan::text::printable(design_file),
            message.render(lang)
        ))
    })?;
    let text = import.design.to_json() + "\n";
    let has_keys = import
        .design
        .door_vpns
        .iter()
        .flat_map(|vpn| &vpn.tunnels)
        .any(|tunnel| tunnel.psk.is_some());
    // Written first: the summary says "filled" only about what really landed somewhere.
    match args.get_one::<PathBuf>("out") {
        Some(path) => write_file(path, &text, has_keys, lang)?,
        None => print(&text),
    }
    io::print_error(&report::import_summary(&import, lang));
    Ok(if import.conflicts.is_empty() {
        Exit::Ok
    } else {
        Exit::Ng
    })
}

fn rules(args: &ArgMatches) -> Result<Exit, Failure> {
    let lang = lang_of(args);
    if args.get_flag("json") {
        let rules: Vec<_> = doorplan::rules::all()
            .map(|rule| {
                serde_json::json!({
                    "id": rule.id,
                    "family": rule.family.name(),
                    "severity": rule.severity,
                    "summary": rule.summary.get(lang),
                    "source": rule.source,
                })
            })
            .collect();
        print(&(serde_json::to_string_pretty(&rules).unwrap_or_default() + "\n"));
        return Ok(Exit::Ok);
    }
    let mut out = String::new();
    for rule in doorplan::rules::all() {
        out.push_str(&format!(
            "{:<30} {:<4}  {}\n{:<36}{}\n",
            rule.id,
            rule.severity.name(),
            rule.summary.get(lang),
            "",
            rule.source
        ));
    }
    print(&out);
    Ok(Exit::Ok)
}

fn audit(args: &ArgMatches) -> Result<Exit, Failure> {
    let lang = lang_of(args);
    let limit = limit_of(args);
    let files: Vec<&String> = args
        .get_many::<String>("files")
        .map(Iterator::collect)
        .unwrap_or_default();
    let build = args.get_flag("build");
    let (design_file, azure_files) =
        if build {
            (None, files.as_slice())
        } else {
            match files.split_first() {
                Some((design, rest)) if !rest.is_empty() => (Some(*design), rest),
                _ => return Err(Failure::unreadable(
                    "audit: give the design file, then one or more Azure JSON files (or --build)",
                )),
            }
        };
    let mut texts = Vec::new();
    for file in azure_files {
        texts.push((file.to_string(), read_text(file, limit, lang)?));
    }
    let inputs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    let deployment = doorplan::audit::read(&inputs)
        .map_err(|error| Failure::unreadable(error.message.render(lang)))?;
    let Some(design_file) = design_file else {
        let (design, grouping) = doorplan::audit::design_from(&deployment)
            .ok_or_else(|| Failure::unreadable(doorplan::T::AuNoGateway.get(lang)))?;
        let mut summary = doorplan::msg!(AuBuilt, vpns = design.door_vpns.len()).render(lang);
        for group in grouping {
            summary.push_str("\n  ");
            summary.push_str(&group.render(lang));
        }
        io::print_error(&summary);
        print(&(design.to_json() + "\n"));
        return Ok(Exit::Ok);
    };
    let design = load(design_file, limit, lang)?;
    let audit = doorplan::audit::compare(&design, &deployment);
    if args.get_flag("json") {
        print(&audit.to_json(&deployment, lang));
    } else {
        print(&audit.text(&design, &deployment, lang));
    }
    Ok(if audit.matches() { Exit::Ok } else { Exit::Ng })
}

fn share(args: &ArgMatches) -> Result<Exit, Failure> {
    let lang = lang_of(args);
    let file = args.get_one::<String>("file").map_or("-", String::as_str);
    let design = load(file, limit_of(args), lang)?;
    let data = doorplan::share::encode(&design, args.get_flag("include-keys"));
    match args.get_one::<String>("base") {
        Some(base) => print(&format!(
            "{}#{}={data}\n",
            base.split('#').next().unwrap_or_default(),
            doorplan::share::FRAGMENT_KEY
        )),
        None => print(&format!("{data}\n")),
    }
    Ok(Exit::Ok)
}

fn template(args: &ArgMatches) -> Result<Exit, Failure> {
    match args.get_one::<String>("name") {
        None => {
            let mut out = String::new();
            for template in doorplan::templates::TEMPLATES {
                out.push_str(&format!("{:<9} {}\n", template.id, template.title.en()));
            }
            print(&out);
        }
        Some(name) if name.starts_with("sample:") => {
            let count = name["sample:".len()..]
                .parse::<usize>()
                .ok()
                .filter(|count| (1..=100_000).contains(count))
                .ok_or_else(|| {
                    Failure::unreadable(format!(
                        "template: {}: sample:N takes N from 1 to 100000",
                        doorplan::text::quoted(name)
                    ))
                })?;
            print(&(doorplan::templates::sample_design(count).to_json() + "\n"));
        }
        Some(name) => match doorplan::templates::template(name) {
            Some(template) => print(template.json),
            None => {
                return Err(Failure::unreadable(format!(
                    "template: no template named {}",
                    doorplan::text::quoted(name)
                )))
            }
        },
    }
    Ok(Exit::Ok)
}

fn completions(args: &ArgMatches) -> Result<Exit, Failure> {
    use clap_complete::Shell;
    let shell = match args.get_one::<String>("shell").map(String::as_str) {
        Some("bash") => Shell::Bash,
        Some("zsh") => Shell::Zsh,
        Some("fish") => Shell::Fish,
        _ => return Err(Failure::unreadable("completions: bash, zsh or fish")),
    };
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cli(), "doorplan", &mut script);
    print(&String::from_utf8_lossy(&script));
    Ok(Exit::Ok)
}

fn man(args: &ArgMatches) -> Result<Exit, Failure> {
    let render = |command: Command| -> Result<Vec<u8>, Failure> {
        let mut page = Vec::new();
        clap_mangen::Man::new(command)
            .render(&mut page)
            .map_err(|error| Failure::unreadable(format!("man: {error}")))?;
        Ok(page)
    };
    let Some(dir) = args.get_one::<PathBuf>("dir") else {
        print(&String::from_utf8_lossy(&render(cli())?));
        return Ok(Exit::Ok);
    };
    std::fs::create_dir_all(dir)
        .map_err(|error| Failure::unreadable(format!("{}: {error}", dir.display())))?;
    let mut pages = vec![("doorplan".to_string(), cli())];
    for subcommand in cli().get_subcommands() {
        let name = format!("doorplan-{}", subcommand.get_name());
        pages.push((name.clone(), subcommand.clone().name(name)));
    }
    for (name, command) in pages {
        let page = String::from_utf8_lossy(&render(command)?).into_owned();
        write_file(&dir.join(format!("{name}.1")), &page, false, Lang::En)?;
    }
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        cli().debug_assert();
    }

    #[test]
    fn companions_go_next_to_their_template() {
        assert_eq!(
            companion_path(Path::new("infra/main.tf"), Format::TerraformVars),
            Path::new("infra/terraform.tfvars")
        );
        assert_eq!(
            companion_path(Path::new("infra/door.bicep"), Format::BicepParams),
            Path::new("infra/door.bicepparam")
        );
    }
}
