//! Table-driven tests over `tests/fixtures/`: the article's designs come out as the contract
//! says, and every rule fires on its trigger designs and stays silent on its near misses.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::PathBuf;

use doorplan::templates::{sample_design, template, TEMPLATES};
use doorplan::{check, Design, Severity, RULES};
use serde_json::Value;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_json(relative: &str) -> Value {
    let path = workspace().join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn template_design(file: &str) -> Design {
    let template = TEMPLATES
        .iter()
        .find(|template| template.file == file)
        .unwrap_or_else(|| panic!("no template file {file}"));
    template.design().unwrap_or_else(|error| panic!("{file}: {error}"))
}

#[test]
fn article_designs_come_out_as_the_contract_says() {
    let table = read_json("tests/fixtures/article.json");
    for case in table["cases"].as_array().unwrap() {
        let file = case["file"].as_str().unwrap();
        let report = check(&template_design(file)).to_json_view(doorplan::Lang::En);
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["verdict"], case["verdict"], "{file}: verdict");
        assert_eq!(json["pattern"], case["pattern"], "{file}: pattern");
        assert!(
            case["worst"].as_array().unwrap().contains(&json["worst_single_fault"]),
            "{file}: worst_single_fault {} not in {}",
            json["worst_single_fault"],
            case["worst"]
        );
        let rules: BTreeSet<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
        for rule in case["rules"].as_array().unwrap() {
            assert!(rules.contains(rule.as_str().unwrap()), "{file}: expected {rule} in {rules:?}");
        }
        for rule in case["absent"].as_array().unwrap() {
            assert!(!rules.contains(rule.as_str().unwrap()), "{file}: unexpected {rule}");
        }
        for (fault, impact) in case["faults"].as_object().unwrap() {
            let found = report
                .faults
                .iter()
                .find(|f| &f.fault == fault)
                .unwrap_or_else(|| panic!("{file}: no fault {fault}"));
            assert_eq!(found.impact.name(), impact.as_str().unwrap(), "{file}: {fault}");
        }
    }
}

/// Builds a design from a table entry: a base, then JSON-pointer replacements.
fn build(case: &Value) -> Design {
    let base = case["base"].as_str().unwrap();
    let mut document = match base.strip_prefix("gen:") {
        Some(count) => serde_json::to_value(sample_design(count.parse().unwrap())).unwrap(),
        None => {
            let template = template(base).unwrap_or_else(|| panic!("no template {base}"));
            serde_json::from_str(template.json).unwrap()
        }
    };
    for (pointer, value) in case["set"].as_object().unwrap() {
        if pointer == "$address_space" {
            let count = value.as_u64().unwrap();
            let space: Vec<Value> = (0..count)
                .map(|index| Value::String(format!("10.{}.{}.0/24", 1 + index / 256, index % 256)))
                .collect();
            document["azure"]["vnet"]["address_space"] = Value::Array(space);
            document["azure"]["vnet"]["gateway_subnet"] = Value::String("10.1.0.0/27".into());
            continue;
        }
        if let Some(slot) = document.pointer_mut(pointer) {
            *slot = value.clone();
            continue;
        }
        // A key the base leaves out (an optional field): add it to its parent object.
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let parent = document
            .pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .unwrap_or_else(|| panic!("{base}: no {pointer}"));
        parent.insert(key.to_string(), value.clone());
    }
    let text = document.to_string();
    Design::from_json(&text).unwrap_or_else(|error| panic!("{case}: {error}"))
}

#[test]
fn every_rule_fires_on_its_triggers_and_not_on_its_near_misses() {
    let table = read_json("tests/fixtures/rules.json");
    let rules = table["rules"].as_object().unwrap();
    for rule in RULES {
        let cases = rules
            .get(rule.id)
            .unwrap_or_else(|| panic!("tests/fixtures/rules.json has no cases for {}", rule.id));
        let fire = cases["fire"].as_array().unwrap();
        let near = cases["near"].as_array().unwrap();
        assert!(!fire.is_empty() && !near.is_empty(), "{}: needs a trigger and a near miss", rule.id);
        for case in fire {
            let report = check(&build(case));
            let findings: Vec<_> = report.findings.iter().filter(|f| f.rule == rule.id).collect();
            assert!(!findings.is_empty(), "{} did not fire on {case}", rule.id);
            let severity = case
                .get("severity")
                .and_then(Value::as_str)
                .map(|name| serde_json::from_value::<Severity>(Value::String(name.into())).unwrap())
                .unwrap_or(rule.severity);
            assert!(
                findings.iter().all(|f| f.severity == severity),
                "{}: severity on {case}",
                rule.id
            );
            for finding in findings {
                assert!(!finding.message.en.is_empty() && !finding.message.ja.is_empty());
                assert!(!finding.subject.is_empty(), "{}: empty subject", rule.id);
            }
        }
        for case in near {
            let report = check(&build(case));
            assert!(
                report.findings.iter().all(|f| f.rule != rule.id),
                "{} fired on its near miss {case}",
                rule.id
            );
        }
    }
}

#[test]
fn every_contract_rule_id_is_implemented() {
    // The contract's ids, as written in shared/contract.md §3 (kept here so the test also runs
    // where shared/ is absent) ...
    let mut ids: BTreeSet<String> = [
        "TOPO-NO-LINK", "TOPO-SPLIT-VPN", "TOPO-INSTANCE-MISSING", "TOPO-AA-ONE-INSTANCE",
        "TOPO-TUNNEL-UNLINKED", "GW-SKU-BASIC", "GW-SKU-RETIRED", "GW-SKU-LEGACY",
        "GW-SKU-GENERATION", "GW-SKU-TUNNELS", "GW-POLICY-BASED", "GW-PUBLIC-IPS",
        "GW-SUBNET-SIZE", "GW-SUBNET-OUTSIDE", "GW-FAILOVER-TIME", "BGP-GATEWAY-OFF",
        "BGP-APIPA-RANGE", "BGP-APIPA-DUPLICATE", "BGP-APIPA-STANDBY", "BGP-INSIDE-WINDOW",
        "BGP-APIPA-MISSING", "BGP-ASN-SAME", "BGP-ASN-AZURE-RESERVED", "BGP-ASN-IANA-RESERVED",
        "BGP-ASN-AWS-RESERVED", "BGP-ASN-AMAZON-RANGE", "BGP-CONNECTION-MODE",
        "BGP-DOOR-APPLICATION", "TUN-INSIDE-FORMAT", "TUN-INSIDE-RESERVED",
        "TUN-INSIDE-DUPLICATE", "TUN-PSK", "TUN-OUTSIDE-DUPLICATE", "ADDR-VPG-RANGE-OVERLAP",
        "ADDR-CGNAT-OVERLAP", "ADDR-DEVICE-SUBNET-OVERLAP", "ADDR-VNET-OVERLAP",
        "ADDR-STATIC-ROUTES-MISSING", "ADDR-STATIC-ROUTES-UNCOVERED", "LIMIT-VPNS-PER-VPG",
        "LIMIT-PREFIXES",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    // ... and read from the contract itself when it is there, so a new id cannot slip by.
    if let Ok(contract) = std::fs::read_to_string(workspace().join("../shared/contract.md")) {
        for line in contract.lines() {
            if let Some(id) = line.strip_prefix("| ").and_then(|rest| rest.split(' ').next()) {
                if ["TOPO-", "GW-", "BGP-", "TUN-", "ADDR-", "LIMIT-"].iter().any(|p| id.starts_with(p)) {
                    ids.insert(id.to_string());
                }
            }
        }
    }
    let implemented: BTreeSet<&str> = RULES.iter().map(|rule| rule.id).collect();
    for id in &ids {
        assert!(implemented.contains(id.as_str()), "contract rule {id} has no implementation");
    }
    assert_eq!(implemented.len(), RULES.len(), "duplicate rule id in the catalogue");
    for rule in RULES {
        assert!(rule.source.starts_with("https://"), "{}: source", rule.id);
        assert!(!rule.summary.0.is_empty() && !rule.summary.1.is_empty(), "{}: summary", rule.id);
    }
}

#[test]
fn templates_round_trip_and_parse() {
    for template in TEMPLATES {
        let design = template.design().unwrap_or_else(|e| panic!("{}: {e}", template.id));
        let again = Design::from_json(&design.to_json()).unwrap();
        assert_eq!(design, again, "{}", template.id);
    }
}
