//! Runs the built `doorplan` binary as a script or CI job would (contract §4).

use std::path::PathBuf;
use std::process::{Command, Output};

fn doorplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_doorplan"))
        .args(args)
        .output()
        .expect("the doorplan binary runs")
}

fn template(file: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../doorplan/templates")
        .join(file)
        .to_string_lossy()
        .into_owned()
}

const P1: &str = "p1-single-vpn-static.doorplan.json";
const P2: &str = "p2-dual-vpn-bgp-active-active.doorplan.json";
const NG: &str = "ng-one-vpn-split.doorplan.json";
const W: &str = "w-active-active-static.doorplan.json";

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Writes a temporary design file and returns its path.
fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doorplan-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn check_exit_codes_follow_the_verdict() {
    for (file, code, verdict) in [(P1, 0, "OK"), (P2, 0, "OK"), (W, 0, "WARN"), (NG, 1, "NG")] {
        let output = doorplan(&["check", &template(file)]);
        assert_eq!(
            output.status.code(),
            Some(code),
            "{file}: {}",
            stderr(&output)
        );
        assert!(
            stdout(&output).starts_with(verdict),
            "{file}: {}",
            stdout(&output)
        );
    }
}

#[test]
fn human_output_groups_findings_and_lists_faults() {
    let text = stdout(&doorplan(&["check", &template(P1)]));
    assert!(text.contains("pattern: single-vpn-static"), "{text}");
    assert!(text.contains("worst single fault: outage"), "{text}");
    assert!(
        text.contains("INFO (1)") && text.contains("GW-FAILOVER-TIME"),
        "{text}"
    );
    assert!(
        text.contains("door-vpn:door-1") && text.contains("azure-instance-0"),
        "{text}"
    );
    let ng = stdout(&doorplan(&["check", &template(NG)]));
    assert!(
        ng.contains("NG (1)") && ng.contains("TOPO-SPLIT-VPN"),
        "{ng}"
    );
}

#[test]
fn json_report_has_the_contract_shape() {
    let output = doorplan(&["check", "--json", &template(P2)]);
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(report["verdict"], "OK");
    assert_eq!(report["pattern"], "dual-vpn-bgp-active-active");
    assert_eq!(report["worst_single_fault"], "survives");
    for finding in report["findings"].as_array().unwrap() {
        for key in ["rule", "severity", "subject", "message"] {
            assert!(finding[key].is_string(), "finding.{key}: {finding}");
        }
    }
    let faults = report["faults"].as_array().unwrap();
    assert_eq!(
        faults.len(),
        2 + 2 + 4,
        "two instances, two VPNs, four endpoints"
    );
    for fault in faults {
        assert!(
            fault["fault"].is_string() && fault["impact"].is_string(),
            "{fault}"
        );
    }
}

#[test]
fn japanese_messages_with_lang_ja() {
    let output = doorplan(&["check", "--json", "--lang", "ja", &template(NG)]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let message = report["findings"][0]["message"].as_str().unwrap();
    assert!(message.contains("カスタマーゲートウェイ"), "{message}");
    let bad = doorplan(&["check", "--lang", "fr", &template(NG)]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--lang"), "{}", stderr(&bad));
    // Errors in Japanese too, with the field path.
    let broken = temp_file(
        "ja-error.doorplan.json",
        &std::fs::read_to_string(template(P2)).unwrap().replacen(
            "\"asn\": 65000",
            "\"asn\": \"x\"",
            1,
        ),
    );
    let output = doorplan(&["check", "--lang", "ja", broken.to_str().unwrap()]);
    assert!(
        stderr(&output).contains("azure.gateway.asn: 数値が必要ですが、文字列です"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn bad_input_names_the_field_and_exits_2() {
    let p2 = std::fs::read_to_string(template(P2)).unwrap();
    let cases = [
        (
            p2.replacen("\"169.254.21.4/30\"", "\"169.254.21.0/31x\"", 1),
            "door_vpns[1].tunnels[0].inside_cidr: \"169.254.21.0/31x\" is not an IPv4 CIDR",
        ),
        (
            p2.replacen("\"vpn\": \"door-2\"", "\"vpn\": \"door-9\"", 1),
            "links[2].vpn",
        ),
        (
            p2.replacen("\"id\": \"door-2\"", "\"id\": \"door-1\"", 1),
            "door_vpns[1].id: duplicate id",
        ),
        (p2.replacen("doorplan/1", "doorplan/9", 1), "schema:"),
        (
            p2.replacen("\"asn\": 65000", "\"asn\": \"65000\"", 1),
            "azure.gateway.asn",
        ),
        (
            p2.replacen(
                "{ \"inside_cidr\": \"169.254.22.4/30\", \"outside_ip\": null, \"psk\": null } ]",
                "{ \"inside_cidr\": \"169.254.22.4/30\" }, {} ]",
                1,
            ),
            "door_vpns[1].tunnels: a Door VPN has exactly 2 tunnels",
        ),
        ("not json".to_string(), "not a doorplan design"),
    ];
    for (index, (text, expected)) in cases.iter().enumerate() {
        assert_ne!(text, &p2, "case {index} did not change the file");
        let path = temp_file(&format!("bad-{index}.doorplan.json"), text);
        let output = doorplan(&["check", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "case {index}");
        assert!(
            stderr(&output).contains(expected),
            "case {index}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).is_empty(), "nothing half-loaded is printed");
    }
    let missing = doorplan(&["check", "/nonexistent/design.doorplan.json"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn export_refuses_ng_unless_forced() {
    let refused = doorplan(&["export", "--format", "az-cli", &template(NG)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("TOPO-SPLIT-VPN"),
        "{}",
        stderr(&refused)
    );
    assert!(stdout(&refused).is_empty());
    let forced = doorplan(&["export", "--format", "az-cli", "--force", &template(NG)]);
    assert_eq!(forced.status.code(), Some(0));
    assert!(stdout(&forced).contains("az network vnet-gateway create"));
}

#[test]
fn export_writes_every_format_to_a_file() {
    for (format, needle) in [
        ("az-cli", "--sku VpnGw2AZ"),
        ("terraform", "resource \"azurerm_virtual_network_gateway\""),
        ("bicep", "Microsoft.Network/virtualNetworkGateways@"),
        ("door-request", "169.254.22.4/30"),
    ] {
        let out =
            std::env::temp_dir().join(format!("doorplan-export-{}-{format}", std::process::id()));
        let output = doorplan(&[
            "export",
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
            &template(P2),
        ]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{format}: {}",
            stderr(&output)
        );
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains(needle), "{format} lacks {needle}");
        let _ = std::fs::remove_file(out);
    }
    let unknown = doorplan(&["export", "--format", "pulumi", &template(P2)]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("az-cli") && stderr(&unknown).contains("door-request"),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn door_request_in_japanese() {
    let output = doorplan(&[
        "export",
        "--format",
        "door-request",
        "--lang",
        "ja",
        &template(P2),
    ]);
    assert!(
        stdout(&output).contains("VPN 接続 (AWS Site-to-Site VPN) が 2 つ必要です"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn help_version_rules_templates() {
    let help = doorplan(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(
        stdout(&help).contains("check") && stdout(&help).contains("EXIT STATUS"),
        "{}",
        stdout(&help)
    );
    let check_help = stdout(&doorplan(&["check", "--help"]));
    for flag in ["--format", "--json", "--lang", "--max-input", "FILE"] {
        assert!(check_help.contains(flag), "check --help lacks {flag}");
    }
    let version = doorplan(&["--version"]);
    assert_eq!(
        stdout(&version).trim(),
        format!("doorplan {}", env!("CARGO_PKG_VERSION"))
    );
    let rules = stdout(&doorplan(&["rules", "--json"]));
    let rules: serde_json::Value = serde_json::from_str(&rules).unwrap();
    assert_eq!(
        rules.as_array().unwrap().len(),
        doorplan::rules::all().count()
    );
    let p2 = doorplan(&["template", "p2"]);
    assert_eq!(stdout(&p2), std::fs::read_to_string(template(P2)).unwrap());
    assert_eq!(doorplan(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(doorplan(&[]).status.code(), Some(2));
}

#[test]
fn reads_standard_input() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_doorplan"))
        .args(["check", "--json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(std::fs::read_to_string(template(W)).unwrap().as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("\"TOPO-AA-ONE-INSTANCE\""));
}

fn aws(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/aws")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn import_aws_fills_and_reports() {
    let out = std::env::temp_dir().join(format!("doorplan-import-{}.json", std::process::id()));
    let output = doorplan(&[
        "import-aws",
        "--vpn",
        "door-1",
        "--out",
        out.to_str().unwrap(),
        &template(P2),
        &aws("door-1.generic.txt"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("filled     door_vpns[0].tunnels[0].outside_ip = 52.195.10.11")
    );
    assert!(
        !stderr(&output).contains("Door1Tunnel1.Key_A"),
        "keys are not printed"
    );
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("52.195.10.11") && written.contains("Door1Tunnel1.Key_A"));
    let checked = doorplan(&["check", out.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(0));
    let _ = std::fs::remove_file(out);

    let conflict = doorplan(&[
        "import-aws",
        "--vpn",
        "door-1",
        &template(P2),
        &aws("door-1-conflict.generic.txt"),
    ]);
    assert_eq!(conflict.status.code(), Some(1));
    assert!(
        stderr(&conflict).contains("CONFLICT   door_vpns[0].tunnels[1].inside_cidr"),
        "{}",
        stderr(&conflict)
    );

    let broken = doorplan(&[
        "import-aws",
        "--vpn",
        "door-1",
        &template(P2),
        &aws("broken.generic.txt"),
    ]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(stderr(&broken).contains("52.195.10.311"));
    assert!(stdout(&broken).is_empty());
}

fn p2_with(from: &str, to: &str) -> PathBuf {
    let text = std::fs::read_to_string(template(P2)).unwrap();
    assert!(text.contains(from), "{from}");
    temp_file(
        &format!("p2-{:x}.doorplan.json", from.len() * 31 + to.len()),
        &text.replacen(from, to, 1),
    )
}

/// A typo must not silently change the verdict: unknown fields are refused with the nearest
/// known name; `x-` keys are extensions.
#[test]
fn unknown_fields_are_refused_with_the_nearest_name() {
    let typo = p2_with("\"active_active\": true", "\"activeActive\": true");
    let output = doorplan(&["check", typo.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("azure.gateway.activeActive")
            && stderr(&output).contains("\"active_active\""),
        "{}",
        stderr(&output)
    );
    let extension = p2_with(
        "\"active_active\": true",
        "\"active_active\": true, \"x-owner\": \"net team\"",
    );
    assert_eq!(
        doorplan(&["check", extension.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
}

/// A key written twice in one object is refused, named with its line: a reviewer reading the
/// first `active_active` would otherwise approve what the checker judged from the second.
#[test]
fn a_key_written_twice_is_refused_with_its_line() {
    let twice = p2_with(
        "\"active_active\": true",
        "\"active_active\": false, \"active_active\": true",
    );
    let output = doorplan(&["check", twice.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(
            "azure.gateway.active_active: the key \"active_active\" appears twice in one object (line "
        ),
        "{}",
        stderr(&output)
    );
    assert!(
        output.stdout.is_empty(),
        "no verdict for a design read two ways"
    );
}

/// A title cannot repaint the terminal, a key is never echoed, an id of any length is fine.
#[test]
fn hostile_text_is_refused_or_escaped_and_keys_never_echoed() {
    let escape = p2_with(
        "\"title\": \"Door x Azure",
        "\"title\": \"\\u001b[2J\\u001b[HOK Door x Azure",
    );
    let output = doorplan(&["check", escape.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!stdout(&output).contains('\u{1b}') && !stderr(&output).contains('\u{1b}'));
    assert!(
        stderr(&output).contains("title: ") && stderr(&output).contains("U+001B"),
        "{}",
        stderr(&output)
    );

    let key = p2_with(
        "{ \"inside_cidr\": \"169.254.21.0/30\", \"outside_ip\": null, \"psk\": null }",
        "{ \"inside_cidr\": \"169.254.21.0/30\", \"outside_ip\": null, \"psk\": 98765432123 }",
    );
    let output = doorplan(&["check", key.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("door_vpns[0].tunnels[0].psk"),
        "{}",
        stderr(&output)
    );
    assert!(
        !stderr(&output).contains("98765432123"),
        "{}",
        stderr(&output)
    );

    let long = "a".repeat(65_521);
    let text = std::fs::read_to_string(template(P2))
        .unwrap()
        .replace("\"door-1\"", &format!("\"{long}\""));
    let path = temp_file("long-id.doorplan.json", &text);
    let output = doorplan(&["check", path.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "refused cleanly, no panic: {}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("at most 64"));
}

/// Bounded reading: /dev/zero is refused at once; --max-input raises the limit.
#[test]
fn inputs_are_capped_with_a_flag_to_raise_the_cap() {
    let output = doorplan(&["check", "--max-input", "1000", "/dev/zero"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("1000") && stderr(&output).contains("--max-input"),
        "{}",
        stderr(&output)
    );
    // The default cap (8 MiB) holds too: an endless input is refused, not read to exhaustion.
    let output = doorplan(&["check", "/dev/zero"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--max-input"),
        "{}",
        stderr(&output)
    );
    let small = doorplan(&["check", "--max-input", "100", &template(P2)]);
    assert_eq!(small.status.code(), Some(2));
    let raised = doorplan(&["check", "--max-input", "100000", &template(P2)]);
    assert_eq!(raised.status.code(), Some(0));
    let binary = temp_file("binary.doorplan.json", "");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x7b]).unwrap();
    let output = doorplan(&["check", binary.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("UTF-8"), "{}", stderr(&output));
}

#[test]
fn several_files_get_one_report_each_and_the_worst_exit() {
    let output = doorplan(&["check", &template(P2), &template(NG), &template(W)]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert_eq!(text.matches("== ").count(), 3, "{text}");
    let json = doorplan(&["check", "--json", &template(P2), &template(W)]);
    let reports: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(reports.as_array().unwrap().len(), 2);
    assert_eq!(reports[1]["verdict"], "WARN");
    assert!(reports[0]["file"].as_str().unwrap().ends_with(P2));
    let unreadable = doorplan(&["check", &template(P2), "/nonexistent.doorplan.json"]);
    assert_eq!(unreadable.status.code(), Some(2), "unreadable beats NG");
    assert!(
        stdout(&unreadable).contains("\nOK  Door x Azure"),
        "the readable file is still reported: {}",
        stdout(&unreadable)
    );
}

/// Files that hold a key are written readable by their owner only; templates stay shareable.
#[cfg(unix)]
#[test]
fn files_holding_keys_are_owner_only_and_templates_carry_no_key() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("doorplan-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let design = dir.join("filled.doorplan.json");
    let output = doorplan(&[
        "import-aws",
        "--vpn",
        "door-1",
        "--out",
        design.to_str().unwrap(),
        &template(P2),
        &aws("door-1.generic.txt"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&design), 0o600, "the design holds keys");
    let main = dir.join("main.tf");
    let output = doorplan(&[
        "export",
        "--format",
        "terraform",
        "--out",
        main.to_str().unwrap(),
        design.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let vars = dir.join("terraform.tfvars");
    assert_eq!(mode(&vars), 0o600);
    assert!(std::fs::read_to_string(&vars)
        .unwrap()
        .contains("Door1Tunnel1.Key_A"));
    assert!(
        !std::fs::read_to_string(&main)
            .unwrap()
            .contains("Door1Tunnel1.Key_A"),
        "the template can be committed"
    );
    let bicep = dir.join("door.bicep");
    doorplan(&[
        "export",
        "--format",
        "bicep",
        "--out",
        bicep.to_str().unwrap(),
        design.to_str().unwrap(),
    ]);
    let params = std::fs::read_to_string(dir.join("door.bicepparam")).unwrap();
    assert!(params.contains("using './door.bicep'") && params.contains("Door1Tunnel1.Key_A"));
    assert_eq!(mode(&dir.join("door.bicepparam")), 0o600);
    let script = dir.join("azure.sh");
    doorplan(&[
        "export",
        "--format",
        "az-cli",
        "--out",
        script.to_str().unwrap(),
        design.to_str().unwrap(),
    ]);
    assert_eq!(mode(&script), 0o600);
    let _ = std::fs::remove_dir_all(dir);
}

/// `import-aws` says "filled" only about values that were written somewhere.
#[cfg(unix)]
#[test]
fn import_aws_says_nothing_was_filled_when_writing_fails() {
    let output = doorplan(&[
        "import-aws",
        "--vpn",
        "door-1",
        "--out",
        "/nonexistent/dir/out.json",
        &template(P2),
        &aws("door-1.generic.txt"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot write"),
        "{}",
        stderr(&output)
    );
    assert!(!stderr(&output).contains("filled"), "{}", stderr(&output));
}

/// One definition of every flag: completions and the man page come from it.
#[test]
fn completions_and_man_pages_come_from_the_same_definition() {
    for shell in ["bash", "zsh", "fish"] {
        let output = doorplan(&["completions", shell]);
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let script = stdout(&output);
        for word in ["import-aws", "max-input", "format"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
    }
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg("-c")
        .arg(stdout(&doorplan(&["completions", "bash"])))
        .status()
        .unwrap();
    assert!(syntax.success(), "the bash completion script parses");
    let page = stdout(&doorplan(&["man"]));
    assert!(
        page.starts_with(".ie") || page.contains(".TH doorplan"),
        "{}",
        &page[..page.len().min(200)]
    );
    assert!(page.contains("import\\-aws") || page.contains("import-aws"));
    let dir = std::env::temp_dir().join(format!("doorplan-man-{}", std::process::id()));
    assert_eq!(
        doorplan(&["man", "--dir", dir.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let check = std::fs::read_to_string(dir.join("doorplan-check.1")).unwrap();
    assert!(
        check.contains("max\\-input") || check.contains("max-input"),
        "{check}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn share_prints_a_link_without_keys_unless_asked() {
    let mut design = doorplan::templates::template("p2")
        .unwrap()
        .design()
        .unwrap();
    design.door_vpns[0].tunnels[0].psk = Some("Shared_Secret.42".into());
    let dir = std::env::temp_dir().join(format!("doorplan-share-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("keyed.doorplan.json");
    std::fs::write(&file, design.to_json()).unwrap();
    let file = file.to_string_lossy().into_owned();

    let plain = doorplan(&[
        "share",
        "--base",
        "https://example.org/doorplan/viewer.html#old",
        &file,
    ]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    let link = stdout(&plain);
    let data = link
        .trim()
        .strip_prefix("https://example.org/doorplan/viewer.html#d=")
        .expect("base, then #d=");
    assert_eq!(
        doorplan::share::decode(data).unwrap(),
        doorplan::share::without_keys(&design)
    );

    let keyed = doorplan(&["share", "--include-keys", &file]);
    assert_eq!(
        doorplan::share::decode(stdout(&keyed).trim()).unwrap(),
        design,
        "keys only when asked"
    );
    let missing = doorplan(&["share", "/nonexistent.doorplan.json"]);
    assert_eq!(missing.status.code(), Some(2));
}

/// The sample page's plain iframe carries the W template, as `doorplan share` writes it.
#[test]
fn the_embed_demo_iframe_is_the_workaround_design() {
    let page = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../web/embed-demo.html"),
    )
    .unwrap();
    let data = page
        .split("src=\"viewer.html#d=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("an iframe with viewer.html#d=");
    let shown = doorplan::share::decode(data).expect("the demo's link decodes");
    let w = doorplan::templates::template("w")
        .unwrap()
        .design()
        .unwrap();
    assert_eq!(shown, w);
    let output = doorplan(&["share", &template(W)]);
    assert_eq!(
        stdout(&output).trim(),
        data,
        "regenerate with: doorplan share crates/doorplan/templates/{W}"
    );
}

fn azure(case: &str) -> Vec<String> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/azure")
        .join(case);
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path().to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

#[test]
fn audit_exits_by_whether_the_deployment_matches() {
    let p2 = template(P2);
    let mut args = vec!["audit", p2.as_str()];
    let files = azure("p2");
    args.extend(files.iter().map(String::as_str));
    let matching = doorplan(&args);
    assert_eq!(matching.status.code(), Some(0), "{}", stderr(&matching));
    assert!(stdout(&matching).contains("matches the design"));

    let filled = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/azure/p2-filled.doorplan.json")
        .to_string_lossy()
        .into_owned();
    let mut args = vec!["audit", "--json", filled.as_str()];
    let files = azure("p2-drifted");
    args.extend(files.iter().map(String::as_str));
    let drifted = doorplan(&args);
    assert_eq!(drifted.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&drifted)).unwrap();
    assert_eq!(report["matches"], false);
    let kinds: Vec<&str> = report["differences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.len() >= 5 && kinds.contains(&"lng-address") && kinds.contains(&"connection-ike"),
        "{kinds:?}"
    );
    assert!(!stdout(&drifted).contains("Key"), "keys never printed");

    let unreadable = doorplan(&["audit", p2.as_str(), &template(W)]);
    assert_eq!(
        unreadable.status.code(),
        Some(2),
        "a design is not Azure JSON"
    );
    assert!(
        stderr(&unreadable).contains("no Azure VPN resource"),
        "{}",
        stderr(&unreadable)
    );
}

#[test]
fn audit_builds_a_design_from_a_deployment() {
    let files = azure("p2");
    let mut args = vec!["audit", "--build"];
    args.extend(files.iter().map(String::as_str));
    let built = doorplan(&args);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    let design = doorplan::Design::from_json(&stdout(&built)).expect("a design");
    assert_eq!(design.door_vpns.len(), 2);
    assert!(
        stderr(&built).contains("lng-door-1-t1, lng-door-1-t2"),
        "the grouping is shown: {}",
        stderr(&built)
    );
}
