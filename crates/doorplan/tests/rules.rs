//! One test per rule (a failure names it): the rule fires on every trigger design of
//! `tests/fixtures/rules.json`, at the expected severity, and stays silent on every near miss;
//! and its English and Japanese messages on the triggers match the rule's snapshot in
//! `tests/snapshots/rules/<ID>.txt` (`UPDATE_SNAPSHOTS=1` rewrites them for review).
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::sync::OnceLock;

use doorplan::templates::{sample_design, template};
use doorplan::{check, Design, Lang, Severity};
use serde_json::Value;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn table() -> &'static Value {
    static TABLE: OnceLock<Value> = OnceLock::new();
    TABLE.get_or_init(|| {
        let path = workspace().join("tests/fixtures/rules.json");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    })
}

/// Builds a design from a table entry: a base, then JSON-pointer replacements.
fn build(case: &Value) -> Design {
    let base = case["base"].as_str().unwrap();
    let mut document = match base.strip_prefix("gen:") {
        Some(count) => sample_design(count.parse().unwrap()).to_value(),
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
    Design::from_json(&document.to_string()).unwrap_or_else(|error| panic!("{case}: {error}"))
}

/// `{name}` left in a rendered message: an argument the rule forgot.
fn leftover_placeholder(text: &str) -> bool {
    text.split('{').skip(1).any(|rest| {
        rest.split_once('}').is_some_and(|(name, _)| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        })
    })
}

fn check_rule(id: &str) {
    let rule = doorplan::rules::rule(id).unwrap_or_else(|| panic!("{id} is not in the catalogue"));
    let cases = table()["rules"]
        .get(id)
        .unwrap_or_else(|| panic!("tests/fixtures/rules.json has no cases for {id}"));
    let fire = cases["fire"].as_array().unwrap();
    let near = cases["near"].as_array().unwrap();
    assert!(
        !fire.is_empty() && !near.is_empty(),
        "{id}: needs a trigger and a near miss"
    );
    let mut snapshot = format!(
        "# {id} ({}, default {})\n# {}\n# {}\n",
        rule.family.name(),
        rule.severity.name(),
        rule.summary.en(),
        rule.source
    );
    for (index, case) in fire.iter().enumerate() {
        let report = check(&build(case));
        let findings: Vec<_> = report.findings.iter().filter(|f| f.rule.id == id).collect();
        assert!(
            !findings.is_empty(),
            "{id} did not fire on its trigger {case}"
        );
        let severity = case
            .get("severity")
            .and_then(Value::as_str)
            .map(|name| serde_json::from_value::<Severity>(Value::String(name.into())).unwrap())
            .unwrap_or(rule.severity);
        snapshot.push_str(&format!("\n## trigger {} {}\n", index + 1, case["set"]));
        for finding in findings {
            assert_eq!(finding.severity, severity, "{id}: severity on {case}");
            for lang in Lang::ALL {
                let text = finding.text(lang);
                assert!(
                    !text.is_empty() && !leftover_placeholder(&text),
                    "{id}: message {text:?}"
                );
                snapshot.push_str(&format!(
                    "{} {} [{}]: {text}\n",
                    finding.severity.name(),
                    lang.code(),
                    finding.subject
                ));
            }
        }
    }
    for case in near {
        let report = check(&build(case));
        assert!(!report.has(id), "{id} fired on its near miss {case}");
    }
    let path = workspace().join(format!("tests/snapshots/rules/{id}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &snapshot).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!("{}: {error} (UPDATE_SNAPSHOTS=1 writes it)", path.display())
    });
    assert!(expected == snapshot, "{id}: messages differ from {} (UPDATE_SNAPSHOTS=1 rewrites it; review the diff)\n--- expected\n{expected}\n--- actual\n{snapshot}", path.display());
}

macro_rules! rule_tests {
    ($($test:ident => $id:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                check_rule($id);
            }
        )*

        #[test]
        fn every_rule_of_the_catalogue_has_its_test() {
            let tested = [$($id),*];
            for rule in doorplan::rules::all() {
                assert!(tested.contains(&rule.id), "{} has no test in tests/rules.rs", rule.id);
            }
            assert_eq!(tested.len(), doorplan::rules::all().count());
        }
    };
}

rule_tests! {
    topo_no_link => "TOPO-NO-LINK",
    topo_split_vpn => "TOPO-SPLIT-VPN",
    topo_instance_missing => "TOPO-INSTANCE-MISSING",
    topo_aa_one_instance => "TOPO-AA-ONE-INSTANCE",
    topo_tunnel_unlinked => "TOPO-TUNNEL-UNLINKED",
    gw_sku_basic => "GW-SKU-BASIC",
    gw_sku_retired => "GW-SKU-RETIRED",
    gw_sku_legacy => "GW-SKU-LEGACY",
    gw_sku_generation => "GW-SKU-GENERATION",
    gw_sku_tunnels => "GW-SKU-TUNNELS",
    gw_policy_based => "GW-POLICY-BASED",
    gw_public_ips => "GW-PUBLIC-IPS",
    gw_subnet_size => "GW-SUBNET-SIZE",
    gw_subnet_outside => "GW-SUBNET-OUTSIDE",
    gw_failover_time => "GW-FAILOVER-TIME",
    bgp_gateway_off => "BGP-GATEWAY-OFF",
    bgp_link_mismatch => "BGP-LINK-MISMATCH",
    bgp_apipa_range => "BGP-APIPA-RANGE",
    bgp_apipa_duplicate => "BGP-APIPA-DUPLICATE",
    bgp_apipa_standby => "BGP-APIPA-STANDBY",
    bgp_apipa_instance => "BGP-APIPA-INSTANCE",
    bgp_inside_window => "BGP-INSIDE-WINDOW",
    bgp_inside_unchosen => "BGP-INSIDE-UNCHOSEN",
    bgp_apipa_missing => "BGP-APIPA-MISSING",
    bgp_asn_same => "BGP-ASN-SAME",
    bgp_asn_azure_reserved => "BGP-ASN-AZURE-RESERVED",
    bgp_asn_iana_reserved => "BGP-ASN-IANA-RESERVED",
    bgp_asn_aws_reserved => "BGP-ASN-AWS-RESERVED",
    bgp_asn_amazon_range => "BGP-ASN-AMAZON-RANGE",
    bgp_asn_amazon_mismatch => "BGP-ASN-AMAZON-MISMATCH",
    bgp_connection_mode => "BGP-CONNECTION-MODE",
    bgp_door_application => "BGP-DOOR-APPLICATION",
    tun_inside_format => "TUN-INSIDE-FORMAT",
    tun_inside_reserved => "TUN-INSIDE-RESERVED",
    tun_inside_duplicate => "TUN-INSIDE-DUPLICATE",
    tun_psk => "TUN-PSK",
    tun_outside_duplicate => "TUN-OUTSIDE-DUPLICATE",
    addr_not_public => "ADDR-NOT-PUBLIC",
    addr_vpg_range_overlap => "ADDR-VPG-RANGE-OVERLAP",
    addr_vpg_range_outside => "ADDR-VPG-RANGE-OUTSIDE",
    addr_cgnat_overlap => "ADDR-CGNAT-OVERLAP",
    addr_device_subnet_overlap => "ADDR-DEVICE-SUBNET-OVERLAP",
    addr_vnet_empty => "ADDR-VNET-EMPTY",
    addr_vnet_overlap => "ADDR-VNET-OVERLAP",
    addr_vnet_reserved => "ADDR-VNET-RESERVED",
    addr_prefix_host_bits => "ADDR-PREFIX-HOST-BITS",
    addr_static_routes_missing => "ADDR-STATIC-ROUTES-MISSING",
    addr_static_routes_uncovered => "ADDR-STATIC-ROUTES-UNCOVERED",
    addr_static_route_soracom => "ADDR-STATIC-ROUTE-SORACOM",
    addr_static_multi_vpn => "ADDR-STATIC-MULTI-VPN",
    limit_vpns_per_vpg => "LIMIT-VPNS-PER-VPG",
    limit_prefixes => "LIMIT-PREFIXES",
    design_name_collision => "DESIGN-NAME-COLLISION",
    design_azure_name => "DESIGN-AZURE-NAME",
    design_region_unknown => "DESIGN-REGION-UNKNOWN",
    design_vpg_type_unknown => "DESIGN-VPG-TYPE-UNKNOWN",
}

/// Repeats of one rule fold into one finding with a count and the first examples (issue 11:
/// 43 MB of overlapping prefixes gave 2.5 M findings): 2,000 Door VPNs that all use the same
/// inside CIDR give a short report that still says how many there are.
#[test]
fn repeated_findings_fold_into_one_with_a_count_and_examples() {
    use doorplan::rules::{EXAMPLES, FINDINGS_PER_RULE};
    let mut design = sample_design(2000);
    let same = design.door_vpns[0].tunnels[0].inside_cidr;
    for vpn in &mut design.door_vpns {
        for tunnel in &mut vpn.tunnels {
            tunnel.inside_cidr = same;
        }
    }
    let report = check(&design);
    let mut per_rule = std::collections::BTreeMap::<&str, usize>::new();
    for finding in &report.findings {
        *per_rule.entry(finding.rule.id).or_default() += 1;
    }
    for (rule, count) in &per_rule {
        assert!(
            *count <= FINDINGS_PER_RULE,
            "{rule}: {count} findings, more than {FINDINGS_PER_RULE}"
        );
    }
    let folded: Vec<_> = report
        .findings
        .iter()
        .filter(|finding| finding.repeats.is_some())
        .collect();
    assert!(!folded.is_empty(), "no folded finding among {:?}", per_rule);
    let biggest = folded
        .iter()
        .max_by_key(|finding| finding.repeats.as_ref().map_or(0, |repeats| repeats.count))
        .unwrap();
    let repeats = biggest.repeats.as_ref().unwrap();
    assert!(
        repeats.count >= 1000,
        "{}: only {} folded",
        biggest.rule.id,
        repeats.count
    );
    assert_eq!(repeats.examples.len(), EXAMPLES);
    assert_eq!(report.verdict, doorplan::Verdict::Ng);
    for lang in Lang::ALL {
        let text = biggest.text(lang);
        assert!(
            text.contains(&repeats.count.to_string()),
            "{lang:?}: the count is missing: {text}"
        );
        assert!(
            text.contains(&repeats.examples[0].to_string()),
            "{lang:?}: no example: {text}"
        );
    }
}
