//! Reading back SORACOM's VPN details (AWS Generic configuration) into the design.
#![cfg(not(target_arch = "wasm32"))]

use doorplan::import::{import_aws, parse_aws_generic};
use doorplan::model::Ip;
use doorplan::templates::template;
use doorplan::{check, Verdict};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/aws")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn soracoms_answer_fills_the_unknown_values() {
    let p2 = template("p2").unwrap().design().unwrap();
    let config = parse_aws_generic(&fixture("door-1.generic.txt")).unwrap();
    let import = import_aws(&p2, "door-1", &config).unwrap();
    assert!(import.conflicts.is_empty(), "{:#?}", import.conflicts);
    let vpn = import.design.vpn("door-1").unwrap();
    assert_eq!(
        vpn.tunnels[0].outside_ip,
        Some(Ip("52.195.10.11".parse().unwrap()))
    );
    assert_eq!(vpn.tunnels[1].psk.as_deref(), Some("Door1Tunnel2.Key_B"));
    assert_eq!(
        import.design.azure.gateway.public_ip_of(0),
        Some(Ip("20.10.0.4".parse().unwrap()))
    );
    let paths: Vec<&str> = import.filled.iter().map(|c| c.path.as_str()).collect();
    assert!(
        paths.contains(&"door_vpns[0].tunnels[0].outside_ip"),
        "{paths:?}"
    );
    assert!(paths.contains(&"azure.gateway.public_ips[0]"), "{paths:?}");
    assert!(
        import.filled.iter().all(|c| !c.value.contains("Key_")),
        "keys are not echoed"
    );
    assert_eq!(check(&import.design).verdict, Verdict::Ok);

    // The second VPN's answer completes the design; importing the first again changes nothing.
    let config = parse_aws_generic(&fixture("door-2.generic.txt")).unwrap();
    let both = import_aws(&import.design, "door-2", &config).unwrap();
    assert!(both.conflicts.is_empty());
    assert_eq!(
        both.design.azure.gateway.public_ip_of(1),
        Some(Ip("20.10.0.5".parse().unwrap()))
    );
    let again = import_aws(
        &both.design,
        "door-1",
        &parse_aws_generic(&fixture("door-1.generic.txt")).unwrap(),
    )
    .unwrap();
    assert!(again.filled.is_empty() && again.conflicts.is_empty());
    assert_eq!(again.design, both.design);
}

#[test]
fn contradictions_are_reported_not_written() {
    let p2 = template("p2").unwrap().design().unwrap();
    let config = parse_aws_generic(&fixture("door-1-conflict.generic.txt")).unwrap();
    let import = import_aws(&p2, "door-1", &config).unwrap();
    let paths: Vec<&str> = import.conflicts.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(
        paths,
        ["door_vpns[0].tunnels[1].inside_cidr", "azure.gateway.asn"]
    );
    assert_eq!(
        import.design.vpn("door-1").unwrap().tunnels[1].inside_cidr,
        p2.vpn("door-1").unwrap().tunnels[1].inside_cidr,
        "the design keeps its value"
    );
    assert!(import.conflicts[0]
        .message
        .render(doorplan::Lang::En)
        .contains("169.254.139.116/30"));
}

#[test]
fn a_different_key_is_a_conflict_without_showing_either_key() {
    let mut p2 = template("p2").unwrap().design().unwrap();
    p2.door_vpns[0].tunnels[0].psk = Some("OurOwnKey_123".into());
    let config = parse_aws_generic(&fixture("door-1.generic.txt")).unwrap();
    let import = import_aws(&p2, "door-1", &config).unwrap();
    let conflict = import
        .conflicts
        .iter()
        .find(|c| c.path.ends_with("psk"))
        .unwrap();
    for lang in doorplan::Lang::ALL {
        let text = conflict.message.render(lang);
        assert!(
            !text.contains("OurOwnKey_123") && !text.contains("Key_A"),
            "{text}"
        );
    }
}

#[test]
fn a_broken_configuration_names_the_line() {
    let error = parse_aws_generic(&fixture("broken.generic.txt")).unwrap_err();
    assert!(error.line.is_some());
    assert!(error.to_string().contains("52.195.10.311"), "{error}");
    let p2 = template("p2").unwrap().design().unwrap();
    let config = parse_aws_generic(&fixture("door-1.generic.txt")).unwrap();
    assert!(import_aws(&p2, "door-9", &config)
        .unwrap_err()
        .to_string()
        .contains("door-9"));
}

/// AWS does not keep tunnel order (terraform-provider-aws issue 5809, PR 19077): SORACOM's
/// "IPSec Tunnel #1" may describe the design's tunnel 2. Matched by inside CIDR, each tunnel
/// gets its own outside IP and key.
#[test]
fn swapped_tunnel_blocks_are_matched_by_inside_cidr() {
    let p2 = template("p2").unwrap().design().unwrap();
    let straight = import_aws(
        &p2,
        "door-1",
        &parse_aws_generic(&fixture("door-1.generic.txt")).unwrap(),
    )
    .unwrap();
    let swapped = import_aws(
        &p2,
        "door-1",
        &parse_aws_generic(&fixture("door-1-swapped.generic.txt")).unwrap(),
    )
    .unwrap();
    assert!(swapped.conflicts.is_empty(), "{:#?}", swapped.conflicts);
    assert_eq!(
        swapped.design, straight.design,
        "the same values land on the same tunnels"
    );
    let vpn = swapped.design.vpn("door-1").unwrap();
    assert_eq!(vpn.tunnels[0].psk.as_deref(), Some("Door1Tunnel1.Key_A"));
    assert_eq!(
        vpn.tunnels[0].outside_ip,
        Some(Ip("52.195.10.11".parse().unwrap()))
    );
    let notes: Vec<String> = swapped
        .notes
        .iter()
        .map(|note| note.render(doorplan::Lang::En))
        .collect();
    assert!(
        notes
            .iter()
            .any(|note| note.contains("IPSec Tunnel #1 is the design's tunnel 2")),
        "{notes:#?}"
    );
}

/// Without inside CIDRs in the design (static routing), the outside IP identifies a tunnel.
#[test]
fn known_outside_ips_identify_tunnels_when_no_cidr_is_chosen() {
    let mut p2 = template("p2").unwrap().design().unwrap();
    for tunnel in &mut p2.door_vpns[0].tunnels {
        tunnel.inside_cidr = None;
    }
    p2.door_vpns[0].tunnels[1].outside_ip = Some(Ip("52.195.10.11".parse().unwrap()));
    let import = import_aws(
        &p2,
        "door-1",
        &parse_aws_generic(&fixture("door-1.generic.txt")).unwrap(),
    )
    .unwrap();
    assert!(import.conflicts.is_empty(), "{:#?}", import.conflicts);
    let vpn = import.design.vpn("door-1").unwrap();
    assert_eq!(
        vpn.tunnels[1].psk.as_deref(),
        Some("Door1Tunnel1.Key_A"),
        "block #1 is tunnel 2 here"
    );
    assert_eq!(
        vpn.tunnels[1].inside_cidr,
        Some("169.254.21.0/30".parse().unwrap())
    );
}

/// Outside IP, key and inside CIDR are one unit: a block that contradicts its tunnel writes
/// nothing of it, and the message names the block.
#[test]
fn a_contradicting_block_writes_nothing_of_its_tunnel() {
    let mut p2 = template("p2").unwrap().design().unwrap();
    p2.door_vpns[0].tunnels[0].outside_ip = Some(Ip("198.51.100.7".parse().unwrap()));
    let import = import_aws(
        &p2,
        "door-1",
        &parse_aws_generic(&fixture("door-1.generic.txt")).unwrap(),
    )
    .unwrap();
    let paths: Vec<&str> = import.conflicts.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, ["door_vpns[0].tunnels[0].outside_ip"]);
    let text = import.conflicts[0].message.render(doorplan::Lang::En);
    assert!(
        text.contains("IPSec Tunnel #1") && text.contains("198.51.100.7"),
        "{text}"
    );
    let vpn = import.design.vpn("door-1").unwrap();
    assert_eq!(
        vpn.tunnels[0].psk, None,
        "the key of the contradicted tunnel is not written"
    );
    assert_eq!(
        vpn.tunnels[1].psk.as_deref(),
        Some("Door1Tunnel2.Key_B"),
        "the other tunnel is filled"
    );
}

#[test]
fn an_ikev1_configuration_is_reported() {
    let p2 = template("p2").unwrap().design().unwrap();
    let import = import_aws(
        &p2,
        "door-1",
        &parse_aws_generic(&fixture("door-1.generic.txt")).unwrap(),
    )
    .unwrap();
    assert!(import
        .notes
        .iter()
        .any(|note| note.render(doorplan::Lang::En).contains("IKEv1")));
    assert!(import
        .notes
        .iter()
        .any(|note| note.render(doorplan::Lang::Ja).contains("IKEv2")));
    let ikev2 = fixture("door-1.generic.txt").replace("IKEv1", "IKEv2");
    let import = import_aws(&p2, "door-1", &parse_aws_generic(&ikev2).unwrap()).unwrap();
    assert!(import.notes.is_empty(), "{:?}", import.notes);
}

/// Another Door VPN's answer: every tunnel contradicts the design, so nothing is written — not
/// the customer gateway's address (which would give this VPN's instance the other's public IP)
/// nor the Amazon-side ASN — and the note asks whether it is the right configuration.
#[test]
fn another_door_vpns_answer_writes_nothing() {
    let p2 = template("p2").unwrap().design().unwrap();
    let config = parse_aws_generic(&fixture("door-1.generic.txt")).unwrap();
    let import = import_aws(&p2, "door-2", &config).unwrap();
    assert!(!import.conflicts.is_empty());
    assert!(import.filled.is_empty(), "{:#?}", import.filled);
    assert_eq!(import.design, p2);
    let notes: Vec<String> = import
        .notes
        .iter()
        .map(|note| note.render(doorplan::Lang::En))
        .collect();
    assert!(
        notes.iter().any(|note| note.contains("another Door VPN")),
        "{notes:?}"
    );
}

/// One address cannot be the public IP of both instances: when the design already has
/// SORACOM's customer gateway as the other instance's address, the import says so and writes
/// nothing there.
#[test]
fn a_customer_gateway_already_on_the_other_instance_is_a_conflict() {
    let p2 = template("p2").unwrap().design().unwrap();
    let first = import_aws(
        &p2,
        "door-1",
        &parse_aws_generic(&fixture("door-1.generic.txt")).unwrap(),
    )
    .unwrap();
    // door-2's tunnels say nothing yet, so door-1's blocks do not contradict them.
    let mut design = first.design.clone();
    for tunnel in &mut design.door_vpns[1].tunnels {
        tunnel.inside_cidr = None;
    }
    let config = parse_aws_generic(&fixture("door-1.generic.txt")).unwrap();
    let import = import_aws(&design, "door-2", &config).unwrap();
    let conflict = import
        .conflicts
        .iter()
        .find(|c| c.path == "azure.gateway.public_ips[1]")
        .unwrap_or_else(|| panic!("{:#?}", import.conflicts));
    assert!(conflict
        .message
        .render(doorplan::Lang::En)
        .contains("instance 0's public IP"));
    assert_eq!(import.design.azure.gateway.public_ip_of(1), None);
}
