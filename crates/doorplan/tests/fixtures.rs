//! Table-driven tests over `tests/fixtures/`: the article's designs come out as the contract
//! says, and every contract rule id is implemented. (Each rule's own triggers and near misses
//! are in `rules.rs`, one test per rule.)
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::PathBuf;

use doorplan::templates::TEMPLATES;
use doorplan::{check, Design};
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
    template
        .design()
        .unwrap_or_else(|error| panic!("{file}: {error}"))
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
            case["worst"]
                .as_array()
                .unwrap()
                .contains(&json["worst_single_fault"]),
            "{file}: worst_single_fault {} not in {}",
            json["worst_single_fault"],
            case["worst"]
        );
        let rules: BTreeSet<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
        for rule in case["rules"].as_array().unwrap() {
            assert!(
                rules.contains(rule.as_str().unwrap()),
                "{file}: expected {rule} in {rules:?}"
            );
        }
        for rule in case["absent"].as_array().unwrap() {
            assert!(
                !rules.contains(rule.as_str().unwrap()),
                "{file}: unexpected {rule}"
            );
        }
        for (fault, impact) in case["faults"].as_object().unwrap() {
            let found = report
                .faults
                .iter()
                .find(|f| f.fault.to_string() == *fault)
                .unwrap_or_else(|| panic!("{file}: no fault {fault}"));
            assert_eq!(
                found.impact.name(),
                impact.as_str().unwrap(),
                "{file}: {fault}"
            );
        }
    }
}

#[test]
fn every_contract_rule_id_is_implemented() {
    // The contract's ids, as written in shared/contract.md §3 (kept here so the test also runs
    // where shared/ is absent) ...
    let mut ids: BTreeSet<String> = [
        "TOPO-NO-LINK",
        "TOPO-SPLIT-VPN",
        "TOPO-INSTANCE-MISSING",
        "TOPO-AA-ONE-INSTANCE",
        "TOPO-TUNNEL-UNLINKED",
        "GW-SKU-BASIC",
        "GW-SKU-RETIRED",
        "GW-SKU-LEGACY",
        "GW-SKU-GENERATION",
        "GW-SKU-TUNNELS",
        "GW-POLICY-BASED",
        "GW-PUBLIC-IPS",
        "GW-SUBNET-SIZE",
        "GW-SUBNET-OUTSIDE",
        "GW-FAILOVER-TIME",
        "BGP-GATEWAY-OFF",
        "BGP-APIPA-RANGE",
        "BGP-APIPA-DUPLICATE",
        "BGP-APIPA-STANDBY",
        "BGP-INSIDE-WINDOW",
        "BGP-APIPA-MISSING",
        "BGP-ASN-SAME",
        "BGP-ASN-AZURE-RESERVED",
        "BGP-ASN-IANA-RESERVED",
        "BGP-ASN-AWS-RESERVED",
        "BGP-ASN-AMAZON-RANGE",
        "BGP-CONNECTION-MODE",
        "BGP-DOOR-APPLICATION",
        "TUN-INSIDE-FORMAT",
        "TUN-INSIDE-RESERVED",
        "TUN-INSIDE-DUPLICATE",
        "TUN-PSK",
        "TUN-OUTSIDE-DUPLICATE",
        "ADDR-VPG-RANGE-OVERLAP",
        "ADDR-CGNAT-OVERLAP",
        "ADDR-DEVICE-SUBNET-OVERLAP",
        "ADDR-VNET-OVERLAP",
        "ADDR-STATIC-ROUTES-MISSING",
        "ADDR-STATIC-ROUTES-UNCOVERED",
        "LIMIT-VPNS-PER-VPG",
        "LIMIT-PREFIXES",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    // ... and read from the contract itself when it is there, so a new id cannot slip by.
    if let Ok(contract) = std::fs::read_to_string(workspace().join("../shared/contract.md")) {
        for line in contract.lines() {
            if let Some(id) = line
                .strip_prefix("| ")
                .and_then(|rest| rest.split(' ').next())
            {
                if ["TOPO-", "GW-", "BGP-", "TUN-", "ADDR-", "LIMIT-"]
                    .iter()
                    .any(|p| id.starts_with(p))
                {
                    ids.insert(id.to_string());
                }
            }
        }
    }
    let implemented: BTreeSet<&str> = doorplan::rules::all().map(|rule| rule.id).collect();
    for id in &ids {
        assert!(
            implemented.contains(id.as_str()),
            "contract rule {id} has no implementation"
        );
    }
    assert_eq!(
        implemented.len(),
        doorplan::rules::all().count(),
        "duplicate rule id in the catalogue"
    );
    for rule in doorplan::rules::all() {
        assert!(rule.source.starts_with("https://"), "{}: source", rule.id);
    }
}

#[test]
fn templates_round_trip_and_parse() {
    for template in TEMPLATES {
        let design = template
            .design()
            .unwrap_or_else(|e| panic!("{}: {e}", template.id));
        let again = Design::from_json(&design.to_json()).unwrap();
        assert_eq!(design, again, "{}", template.id);
    }
}
