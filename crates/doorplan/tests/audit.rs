//! The audit against Azure CLI output written from Azure's documented resource shapes
//! (tests/fixtures/azure, see its README): P1, P2 and W deployed as designed match; a drifted
//! P2 lists each kind of difference with both values; the live status of the article's split
//! design and of a half-broken P2 is explained against the design.

use std::collections::BTreeSet;
use std::path::PathBuf;

use doorplan::audit::{self, Audit, Deployment, State};
use doorplan::report::Severity;
use doorplan::{Design, Lang, Subject};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/azure")
}

fn deployment(case: &str) -> Deployment {
    let folder = fixtures().join(case);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .map(|path| {
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    let inputs: Vec<(&str, &str)> = files
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    audit::read(&inputs).expect("the fixtures read")
}

fn template(id: &str) -> Design {
    doorplan::templates::template(id).unwrap().design().unwrap()
}

fn filled() -> Design {
    Design::from_json(&std::fs::read_to_string(fixtures().join("p2-filled.doorplan.json")).unwrap())
        .unwrap()
}

fn kinds(audit: &Audit) -> BTreeSet<&'static str> {
    audit
        .differences
        .iter()
        .map(|difference| difference.kind)
        .collect()
}

#[test]
fn deployments_made_as_designed_match() {
    for (case, design) in [
        ("p1", template("p1")),
        ("p2", template("p2")),
        ("w", template("w")),
        ("p2-filled", filled()),
    ] {
        let audit = audit::compare(&design, &deployment(case));
        assert!(audit.matches(), "{case}: {:#?}", audit.differences);
        assert!(
            audit.notes.is_empty(),
            "{case}: no status given, nothing to explain"
        );
    }
}

#[test]
fn an_active_standby_connection_may_name_its_one_apipa_address_or_not() {
    let design = Design::from_json(
        &std::fs::read_to_string(fixtures().join("standby-bgp.doorplan.json")).unwrap(),
    )
    .unwrap();
    let named = deployment("standby-bgp");
    assert!(named
        .connections
        .iter()
        .all(|connection| !connection.custom_bgp.is_empty()));
    let audit = audit::compare(&design, &named);
    assert!(audit.matches(), "named: {:#?}", audit.differences);
    // As doorplan's exports deploy it: no custom BGP address on the connection.
    let mut unnamed = named.clone();
    for connection in &mut unnamed.connections {
        connection.custom_bgp.clear();
    }
    let audit = audit::compare(&design, &unnamed);
    assert!(audit.matches(), "unnamed: {:#?}", audit.differences);
}

#[test]
fn a_drifted_deployment_lists_every_difference_with_both_values() {
    let design = filled();
    let audit = audit::compare(&design, &deployment("p2-drifted"));
    let expected = [
        "gateway-sku",
        "gateway-apipa",
        "lng-address",
        "lng-asn",
        "connection-mode",
        "connection-ike",
        "connection-custom-bgp",
        "connection-missing",
        "lng-extra",
    ];
    assert_eq!(
        kinds(&audit),
        expected.into_iter().collect(),
        "{:#?}",
        audit.differences
    );
    let find = |kind: &str| {
        audit
            .differences
            .iter()
            .find(|difference| difference.kind == kind)
            .unwrap()
    };
    let sku = find("gateway-sku");
    assert_eq!(
        (sku.planned.as_str(), sku.deployed.as_str()),
        ("VpnGw2AZ", "VpnGw1AZ")
    );
    let address = find("lng-address");
    assert_eq!(address.subject, Subject::Link("door-1".into(), 1));
    assert_eq!(
        (address.planned.as_str(), address.deployed.as_str()),
        ("52.195.10.12", "52.195.10.99")
    );
    assert!(address
        .message
        .render(Lang::En)
        .contains("wrong AWS endpoint"));
    assert!(address.message.render(Lang::Ja).contains("52.195.10.99"));
    let asn = find("lng-asn");
    assert_eq!(
        (asn.planned.as_str(), asn.deployed.as_str()),
        ("64512", "65001")
    );
    let ike = find("connection-ike");
    assert_eq!(
        (ike.subject.clone(), ike.deployed.as_str()),
        (Subject::Link("door-1".into(), 0), "IKEv1")
    );
    assert_eq!(
        find("connection-missing").subject,
        Subject::Link("door-2".into(), 0)
    );
    assert_eq!(find("lng-extra").deployed, "lng-test");
    // Keys are never printed, whatever the audit says.
    let json = audit.to_json(&deployment("p2-drifted"), Lang::En);
    assert!(!json.contains("Tunnel1.Key") && !json.contains("Tunnel2.Key"));
}

#[test]
fn the_split_design_shows_exactly_the_sessions_that_cannot_come_up() {
    let design = template("ng");
    let audit = audit::compare(&design, &deployment("ng-status"));
    assert!(
        audit.matches(),
        "deployed as designed: {:#?}",
        audit.differences
    );
    let states = audit.states();
    assert_eq!(
        states[&Subject::Link("door-1".into(), 0)],
        (Some(State::Connected), Some(State::Connected))
    );
    assert_eq!(
        states[&Subject::Link("door-1".into(), 1)],
        (Some(State::NotConnected), Some(State::Connecting))
    );
    let ng: Vec<_> = audit
        .notes
        .iter()
        .filter(|note| note.severity == Severity::Ng)
        .collect();
    assert_eq!(ng.len(), 1, "{:#?}", audit.notes);
    assert_eq!(ng[0].subject, Subject::Link("door-1".into(), 1));
    let text = ng[0].message.render(Lang::En);
    assert!(
        text.contains("instance 0") && text.contains("second Door VPN"),
        "{text}"
    );
}

#[test]
fn live_status_points_at_the_cause() {
    let design = filled();
    let audit = audit::compare(&design, &deployment("p2-status"));
    assert!(audit.matches());
    let note = |subject: Subject| {
        audit
            .notes
            .iter()
            .find(|note| note.subject == subject)
            .map(|note| (note.severity, note.message.render(Lang::En)))
    };
    let (severity, text) =
        note(Subject::Vpn("door-2".into())).expect("door-2 explained as a whole");
    assert_eq!(severity, Severity::Ng);
    assert!(text.contains("AWS-side or key problem"), "{text}");
    let (severity, text) =
        note(Subject::Link("door-1".into(), 0)).expect("door-1 tunnel 1 explained");
    assert_eq!(severity, Severity::Ng);
    assert!(
        text.contains("169.254.21.2") && text.contains("64512"),
        "BGP down with the tunnel up points at APIPA and ASN: {text}"
    );
    let (severity, _) = note(Subject::Link("door-1".into(), 1)).unwrap();
    assert_eq!(severity, Severity::Info);
}

#[test]
fn a_design_can_be_built_from_a_deployment() {
    let (design, grouping) =
        audit::design_from(&deployment("p2-filled")).expect("a gateway to start from");
    assert_eq!(design.door_vpns.len(), 2, "{grouping:?}");
    assert_eq!(grouping.len(), 2);
    let report = doorplan::check(&design);
    assert_eq!(
        report.pattern,
        doorplan::Pattern::DualVpnBgpActiveActive,
        "{:#?}",
        report.findings
    );
    assert_eq!(
        report.verdict,
        doorplan::Verdict::Ok,
        "{:#?}",
        report.findings
    );
    // What was built audits clean against the deployment it came from.
    let audit = audit::compare(&design, &deployment("p2-filled"));
    let kinds = kinds(&audit);
    assert!(
        kinds.iter().all(|kind| *kind == "connection-key"),
        "{:#?}",
        audit.differences
    );
}

#[test]
fn the_diagram_shows_the_live_status_of_each_link() {
    use doorplan::diagram::{draw, Arrangement, Layout, Scene, SubjectIndex};
    let design = template("ng");
    let audit = audit::compare(&design, &deployment("ng-status"));
    let states = audit.states();
    let report = doorplan::check(&design);
    let index = SubjectIndex::new(&report, Lang::En);
    let scene = Scene {
        hit_radius: 12.0,
        status: Some(&states),
        ..Scene::still(
            Layout::new(&design, Arrangement::Document),
            &report,
            &index,
            Lang::En,
        )
    };
    let tree = draw(&scene);
    let down = tree
        .walk()
        .into_iter()
        .find(|el| el.get("data-link") == Some("link:door-1:1"))
        .expect("the link");
    assert!(
        down.get("class").unwrap().contains("status-not-connected"),
        "{:?}",
        down.get("class")
    );
    assert_eq!(down.get("data-status"), Some("not-connected/connecting"));
    assert!(down.text_content().contains("BGP: connecting"));
}

/// Matching a tunnel to what is deployed takes the first local network gateway (in the
/// deployment's order) with its AWS address that no earlier tunnel took, then by BGP peer, then
/// by name — through maps, so a deployment of thousands compares in linear time. Two tunnels
/// given the same AWS address take the two gateways with it, one each, in order.
#[test]
fn each_tunnel_takes_the_first_gateway_not_taken_yet() {
    let design = filled();
    let mut deployment = deployment("p2-filled");
    assert!(audit::compare(&design, &deployment).matches());
    // The deployed gateways in the reverse order: every tunnel still finds its own.
    deployment.local_gateways.reverse();
    deployment.connections.reverse();
    assert!(audit::compare(&design, &deployment).matches());

    // Door VPN 1's two tunnels point at the same AWS address (a drift of the design): the first
    // takes the gateway with that address, the second one falls back to its BGP peer / name
    // and reports the address it has.
    let mut drifted = design.clone();
    let first = drifted.door_vpns[0].tunnels[0].outside_ip;
    drifted.door_vpns[0].tunnels[1].outside_ip = first;
    let audit = audit::compare(&drifted, &deployment);
    let addresses: Vec<_> = audit
        .differences
        .iter()
        .filter(|difference| difference.kind == "lng-address")
        .collect();
    assert_eq!(addresses.len(), 1, "{:#?}", audit.differences);
    assert_eq!(
        addresses[0].subject,
        Subject::Link(drifted.door_vpns[0].id.clone(), 1)
    );
    assert!(
        !kinds(&audit).contains("lng-extra"),
        "no gateway is left unmatched: {:#?}",
        audit.differences
    );
}
