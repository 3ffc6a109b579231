//! The exports agree with each other and with the design: the same inside addresses, APIPA
//! addresses, ASNs and IPs in az-cli, Terraform and Bicep, the inside CIDRs in the Door
//! application, and pre-shared keys only where the design has them (never in the application).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use doorplan::export::{export, Format};
use doorplan::import::{import_aws, parse_aws_generic};
use doorplan::model::{inside_hosts, Design, Routing};
use doorplan::templates::template;
use doorplan::Lang;

/// Every link-local address (169.254.x.y) written in a text, prefixes dropped.
fn link_local(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '/'))
        .filter(|token| token.starts_with("169.254."))
        .map(|token| token.split('/').next().unwrap_or(token).trim_end_matches('.').to_string())
        .collect()
}

fn designs() -> Vec<(String, Design)> {
    let mut designs: Vec<(String, Design)> = ["p1", "p2", "w", "tutorial"]
        .into_iter()
        .map(|id| (id.to_string(), template(id).unwrap().design().unwrap()))
        .collect();
    // P2 after SORACOM's answers: outside IPs, keys and public IPs known.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/aws");
    let mut filled = template("p2").unwrap().design().unwrap();
    for (vpn, file) in [("door-1", "door-1.generic.txt"), ("door-2", "door-2.generic.txt")] {
        let config = parse_aws_generic(&std::fs::read_to_string(root.join(file)).unwrap()).unwrap();
        filled = import_aws(&filled, vpn, &config).unwrap().design;
    }
    designs.push(("p2-filled".into(), filled));
    designs
}

#[test]
fn inside_addresses_and_apipa_are_the_same_in_every_azure_format() {
    for (name, design) in designs() {
        let az = export(&design, Format::AzCli, Lang::En);
        let terraform = export(&design, Format::Terraform, Lang::En);
        let bicep = export(&design, Format::Bicep, Lang::En);
        let expected: BTreeSet<String> = if design.azure.gateway.bgp {
            let mut set: BTreeSet<String> = design
                .azure
                .gateway
                .apipa
                .iter()
                .flatten()
                .map(|ip| ip.to_string())
                .collect();
            for vpn in design.door_vpns.iter().filter(|vpn| vpn.routing == Routing::Bgp) {
                for tunnel in &vpn.tunnels {
                    if let Some(cidr) = tunnel.inside_cidr {
                        let (aws, azure) = inside_hosts(cidr.0);
                        set.insert(cidr.0.network().to_string());
                        set.insert(aws.to_string());
                        set.insert(azure.to_string());
                    }
                }
            }
            set
        } else {
            BTreeSet::new()
        };
        assert_eq!(link_local(&az), expected, "{name}: az-cli");
        assert_eq!(link_local(&terraform), expected, "{name}: terraform");
        assert_eq!(link_local(&bicep), expected, "{name}: bicep");
    }
}

#[test]
fn asns_ips_and_cidrs_appear_in_every_format() {
    for (name, design) in designs() {
        let texts = [
            ("az-cli", export(&design, Format::AzCli, Lang::En)),
            ("terraform", export(&design, Format::Terraform, Lang::En)),
            ("bicep", export(&design, Format::Bicep, Lang::En)),
        ];
        let request = export(&design, Format::DoorRequest, Lang::En);
        let gateway = &design.azure.gateway;
        for (format, text) in &texts {
            if gateway.bgp {
                assert!(text.contains(&gateway.asn.to_string()), "{name} {format}: Azure ASN");
                for vpn in &design.door_vpns {
                    assert!(text.contains(&vpn.amazon_asn.to_string()), "{name} {format}: Amazon ASN");
                }
            }
            for tunnel in design.door_vpns.iter().flat_map(|vpn| &vpn.tunnels) {
                if let Some(ip) = tunnel.outside_ip {
                    assert!(text.contains(&ip.to_string()), "{name} {format}: outside IP {ip}");
                }
            }
            for space in &design.azure.vnet.address_space {
                assert!(text.contains(&space.to_string()), "{name} {format}: VNet {space}");
            }
        }
        for vpn in &design.door_vpns {
            for tunnel in &vpn.tunnels {
                if let Some(cidr) = tunnel.inside_cidr {
                    assert!(request.contains(&cidr.to_string()), "{name} door-request: {cidr}");
                }
            }
            if vpn.routing == Routing::Bgp {
                assert!(request.contains(&vpn.amazon_asn.to_string()), "{name} door-request: Amazon ASN");
            }
        }
        if gateway.bgp {
            assert!(request.contains(&gateway.asn.to_string()), "{name} door-request: Azure ASN");
        }
        for instance in 0..gateway.instance_count() {
            if let Some(ip) = gateway.public_ip_of(instance) {
                assert!(request.contains(&ip.to_string()), "{name} door-request: customer gateway IP");
            }
        }
    }
}

#[test]
fn pre_shared_keys_appear_only_where_the_design_has_them() {
    for (name, design) in designs() {
        let keys: Vec<&str> = design
            .door_vpns
            .iter()
            .flat_map(|vpn| &vpn.tunnels)
            .filter_map(|tunnel| tunnel.psk.as_deref())
            .collect();
        for format in [Format::AzCli, Format::Terraform, Format::Bicep] {
            let text = export(&design, format, Lang::En);
            for key in &keys {
                assert!(text.contains(key), "{name} {}: the design's key is used", format.name());
            }
            if keys.is_empty() {
                assert!(!text.contains("Key_"), "{name} {}: no key invented", format.name());
            }
        }
        for lang in [Lang::En, Lang::Ja] {
            let request = export(&design, Format::DoorRequest, lang);
            for key in &keys {
                assert!(!request.contains(key), "{name}: the Door application text never carries a key");
            }
        }
    }
}

#[test]
fn user_text_cannot_break_out_of_the_generated_files() {
    let mut design = template("p2").unwrap().design().unwrap();
    design.title = "evil\n$(rm -rf /) `x` \"q\" ${var.x} '".into();
    design.door_vpns[0].name = "VPN \"1\"\n$(touch /tmp/pwned)".into();
    design.azure.gateway.name = "gw'; rm -rf /; echo '".into();
    let az = export(&design, Format::AzCli, Lang::En);
    for line in az.lines() {
        // Free text only ever appears in comments or single-quoted words.
        if line.contains("rm -rf") || line.contains("touch /tmp") {
            let quoted = line.starts_with(r"GATEWAY_NAME='gw'\''; rm -rf /; echo '\'''")
                || line.starts_with("echo 'instance");
            assert!(line.starts_with('#') || quoted, "unsafe line: {line}");
        }
    }
    let syntax = std::process::Command::new("bash").arg("-n").arg("-c").arg(&az).status().unwrap();
    assert!(syntax.success(), "the script is valid bash");
    let terraform = export(&design, Format::Terraform, Lang::En);
    for line in terraform.lines().filter(|line| line.contains("var.x}")) {
        assert!(line.starts_with('#') || line.contains("$${var.x}"), "HCL interpolation escaped: {line}");
    }
    let bicep = export(&design, Format::Bicep, Lang::En);
    for line in bicep.lines().filter(|line| line.contains("var.x}")) {
        assert!(line.starts_with("//") || line.contains(r"\${var.x}"), "Bicep interpolation escaped: {line}");
    }
}
