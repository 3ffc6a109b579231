//! The exports agree with each other and with the design: the same inside addresses, APIPA
//! addresses, ASNs and IPs in az-cli, Terraform and Bicep; every BGP connection names its custom
//! BGP addresses in all three (a value or the same placeholder); unique names even when ids
//! collide; keys only in the script and the parameters files, never in a template or the Door
//! application; zones, the existing-VNet switch and IKEv2 in every format.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashSet};

use doorplan::export::{export, Format, Plan, Value};
use doorplan::model::{inside_hosts, Design, Routing};
use doorplan::names::shell_name;
use doorplan::templates::template;
use doorplan::Lang;

mod support;

/// Every link-local address (169.254.x.y) a text configures, prefixes dropped: comments and
/// descriptions (which explain the ranges) left out.
fn link_local(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|line| !line.contains("description"))
        .map(|line| {
            line.split("# ")
                .next()
                .unwrap_or(line)
                .split("//")
                .next()
                .unwrap_or(line)
        })
        .flat_map(|line| line.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '/')))
        .filter(|token| token.starts_with("169.254."))
        .map(|token| {
            token
                .split('/')
                .next()
                .unwrap_or(token)
                .trim_end_matches('.')
                .to_string()
        })
        .collect()
}

/// Two Door VPNs whose ids collide as Azure names (NG, exported with --force).
fn colliding() -> Design {
    let mut design = template("p2").unwrap().design().unwrap();
    for (vpn, id) in design.door_vpns.iter_mut().zip(["door-1", "Door-1"]) {
        vpn.id = id.to_string();
    }
    for link in &mut design.links[2..] {
        link.vpn = "Door-1".to_string();
    }
    design.layout.clear();
    design
}

fn designs() -> Vec<(String, Design)> {
    let mut designs: Vec<(String, Design)> = ["p1", "p2", "w", "tutorial"]
        .into_iter()
        .map(|id| (id.to_string(), template(id).unwrap().design().unwrap()))
        .collect();
    designs.push(("p2-filled".into(), support::p2_filled()));
    designs.push(("p2-unchosen".into(), support::p2_unchosen()));
    designs.push(("colliding".into(), colliding()));
    designs
}

const AZURE: [Format; 3] = [Format::AzCli, Format::Terraform, Format::Bicep];

#[test]
fn inside_addresses_and_apipa_are_the_same_in_every_azure_format() {
    for (name, design) in designs() {
        let expected: BTreeSet<String> = if design.azure.gateway.bgp {
            let mut set: BTreeSet<String> = design
                .azure
                .gateway
                .apipa
                .iter()
                .flatten()
                .map(|ip| ip.to_string())
                .collect();
            for vpn in design
                .door_vpns
                .iter()
                .filter(|vpn| vpn.routing == Routing::Bgp)
            {
                for tunnel in &vpn.tunnels {
                    if let Some(cidr) = tunnel.inside_cidr {
                        let (aws, azure) = inside_hosts(cidr.0);
                        set.insert(aws.to_string());
                        set.insert(azure.to_string());
                    }
                }
            }
            set
        } else {
            BTreeSet::new()
        };
        for format in AZURE {
            assert_eq!(
                link_local(&export(&design, format, Lang::En)),
                expected,
                "{name}: {}",
                format.name()
            );
        }
    }
}

/// Microsoft's AWS tutorial: without per-connection custom BGP addresses "all connections use
/// the first APIPA IP address", so half the BGP sessions never come up. Every BGP connection
/// names them in all three formats, values or the same placeholders.
#[test]
fn every_bgp_connection_names_its_custom_bgp_addresses_in_every_format() {
    for (name, design) in designs() {
        let plan = Plan::new(&design);
        let az = export(&design, Format::AzCli, Lang::En);
        let terraform = export(&design, Format::Terraform, Lang::En);
        let bicep = export(&design, Format::Bicep, Lang::En);
        let named = plan
            .connections
            .iter()
            .filter(|c| !c.custom_bgp.is_empty())
            .count();
        let bgp = plan
            .connections
            .iter()
            .filter(|c| c.bgp && design.azure.gateway.bgp)
            .count();
        assert_eq!(
            named, bgp,
            "{name}: every BGP connection has custom BGP addresses"
        );
        assert_eq!(
            az.matches("gatewayCustomBgpIpAddresses=").count(),
            named,
            "{name}: az-cli"
        );
        assert_eq!(
            terraform.matches("custom_bgp_addresses {").count(),
            named,
            "{name}: terraform"
        );
        assert_eq!(
            bicep.matches("gatewayCustomBgpIpAddresses: [").count(),
            named,
            "{name}: bicep"
        );
        for connection in &plan.connections {
            for (_, address) in &connection.custom_bgp {
                match address {
                    Value::Known(ip) => {
                        for (format, text) in [
                            ("az-cli", &az),
                            ("terraform", &terraform),
                            ("bicep", &bicep),
                        ] {
                            assert!(text.contains(&ip.to_string()), "{name} {format}: {ip}");
                        }
                    }
                    Value::Param(stem) => {
                        assert!(
                            az.contains(&format!("\"${}\"", shell_name(stem))),
                            "{name} az-cli: {stem}"
                        );
                        assert!(
                            terraform.contains(&format!("var.{stem}")),
                            "{name} terraform: {stem}"
                        );
                        assert!(
                            bicep.contains(&format!("param {stem} string")),
                            "{name} bicep: {stem}"
                        );
                    }
                }
            }
        }
        // A placeholder is declared (and so asked for) in every format that uses it.
        for (stem, _) in plan.placeholders() {
            assert!(
                az.contains(&format!(
                    "{}=\"${{{}:-__SET_ME__",
                    shell_name(&stem),
                    shell_name(&stem)
                )),
                "{name} az-cli declares {stem}"
            );
            assert!(
                terraform.contains(&format!("variable \"{stem}\"")),
                "{name} terraform declares {stem}"
            );
            assert!(
                bicep.contains(&format!("param {stem} ")),
                "{name} bicep declares {stem}"
            );
        }
    }
}

#[test]
fn asns_ips_and_cidrs_appear_in_every_format() {
    for (name, design) in designs() {
        let request = export(&design, Format::DoorRequest, Lang::En);
        let gateway = &design.azure.gateway;
        for format in AZURE {
            let text = export(&design, format, Lang::En);
            if gateway.bgp {
                assert!(
                    text.contains(&gateway.asn.to_string()),
                    "{name} {}: Azure ASN",
                    format.name()
                );
                for vpn in &design.door_vpns {
                    assert!(
                        text.contains(&vpn.amazon_asn.to_string()),
                        "{name} {}: Amazon ASN",
                        format.name()
                    );
                }
            }
            for tunnel in design.door_vpns.iter().flat_map(|vpn| &vpn.tunnels) {
                if let Some(ip) = tunnel.outside_ip {
                    assert!(
                        text.contains(&ip.to_string()),
                        "{name} {}: outside IP {ip}",
                        format.name()
                    );
                }
            }
            for space in &design.azure.vnet.address_space {
                assert!(
                    text.contains(&space.to_string()),
                    "{name} {}: VNet {space}",
                    format.name()
                );
            }
        }
        for vpn in &design.door_vpns {
            for tunnel in &vpn.tunnels {
                if let Some(cidr) = tunnel.inside_cidr {
                    assert!(
                        request.contains(&cidr.to_string()),
                        "{name} door-request: {cidr}"
                    );
                }
            }
            if vpn.routing == Routing::Bgp {
                assert!(
                    request.contains(&vpn.amazon_asn.to_string()),
                    "{name} door-request: Amazon ASN"
                );
            }
        }
        if gateway.bgp {
            assert!(
                request.contains(&gateway.asn.to_string()),
                "{name} door-request: Azure ASN"
            );
        }
        for instance in 0..gateway.instance_count() {
            if let Some(ip) = gateway.public_ip_of(instance) {
                assert!(
                    request.contains(&ip.to_string()),
                    "{name} door-request: customer gateway IP"
                );
            }
        }
    }
}

/// Templates can be committed: keys go only to the script (run, not committed) and to the
/// parameters files next to the templates — never to a template or the Door application.
#[test]
fn pre_shared_keys_appear_only_in_the_script_and_the_parameters_files() {
    for (name, design) in designs() {
        let keys: Vec<&str> = design
            .door_vpns
            .iter()
            .flat_map(|vpn| &vpn.tunnels)
            .filter_map(|t| t.psk.as_deref())
            .collect();
        for format in Format::ALL {
            for lang in Lang::ALL {
                let text = export(&design, format, lang);
                let carries = format.carries_keys(&design);
                for key in &keys {
                    assert_eq!(
                        text.contains(key),
                        carries,
                        "{name} {}: key {}",
                        format.name(),
                        if carries { "missing" } else { "leaked" }
                    );
                }
                if keys.is_empty() {
                    assert!(
                        !text.contains("Key_"),
                        "{name} {}: no key invented",
                        format.name()
                    );
                }
            }
        }
    }
}

#[test]
fn zones_the_existing_vnet_switch_and_ikev2_are_in_every_format() {
    for (name, design) in designs() {
        let az = export(&design, Format::AzCli, Lang::En);
        let terraform = export(&design, Format::Terraform, Lang::En);
        let bicep = export(&design, Format::Bicep, Lang::En);
        assert!(
            az.contains("CREATE_VNET")
                && terraform.contains("var.create_vnet")
                && bicep.contains("if (createVnet)"),
            "{name}: existing VNet"
        );
        if design.azure.gateway.sku.is_zone_redundant() {
            assert!(az.contains("--zone $PUBLIC_IP_ZONES"), "{name}: az zones");
            assert!(
                terraform.contains("zones               = var.public_ip_zones"),
                "{name}: terraform zones"
            );
            assert!(
                bicep.contains("zones: publicIpZones"),
                "{name}: bicep zones"
            );
        }
        for text in [&az, &terraform, &bicep] {
            assert!(
                !text.contains("'1'\n    '2'")
                    && !text.contains("[\"1\", \"2\", \"3\"]\n  }")
                    && !text.contains("--zone 1 2 3"),
                "{name}: zones hard-coded"
            );
        }
        let connections = design.links.len();
        assert_eq!(
            az.matches("connectionProtocol=IKEv2").count(),
            connections,
            "{name}: az IKEv2"
        );
        assert_eq!(
            terraform
                .matches("connection_protocol                = \"IKEv2\"")
                .count(),
            connections,
            "{name}: terraform IKEv2"
        );
        assert_eq!(
            bicep.matches("connectionProtocol: 'IKEv2'").count(),
            connections,
            "{name}: bicep IKEv2"
        );
        for lang in Lang::ALL {
            assert!(
                export(&design, Format::DoorRequest, lang).contains("IKEv2"),
                "{name}: Door application asks for IKEv2"
            );
        }
    }
}

/// `door-1` and `Door-1` are one Azure name: NG at check time, and still two resources in an
/// export made with --force.
#[test]
fn colliding_ids_are_ng_and_still_get_unique_names() {
    let design = colliding();
    assert!(doorplan::check(&design).has("DESIGN-NAME-COLLISION"));
    let az = export(&design, Format::AzCli, Lang::En);
    let terraform = export(&design, Format::Terraform, Lang::En);
    let bicep = export(&design, Format::Bicep, Lang::En);
    let unique = |items: Vec<String>, what: &str| {
        let set: HashSet<String> = items.iter().map(|item| item.to_ascii_lowercase()).collect();
        assert_eq!(set.len(), items.len(), "{what}: {items:?}");
        assert_eq!(items.len(), 4, "{what}");
    };
    let grab = |text: &str, prefix: &str, end: char| -> Vec<String> {
        text.match_indices(prefix)
            .map(|(at, _)| {
                text[at + prefix.len()..]
                    .split(end)
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    unique(grab(&az, "az network local-gateway create --resource-group \"$RESOURCE_GROUP\" --location \"$LOCATION\" --name '", ' '), "az local gateways");
    unique(grab(&az, "_PSK=${", ':'), "az key variables");
    unique(
        grab(
            &terraform,
            "resource \"azurerm_local_network_gateway\" \"",
            '"',
        ),
        "terraform labels",
    );
    unique(
        grab(&terraform, "  name                = \"lng-", '"'),
        "terraform names",
    );
    unique(grab(&bicep, "resource lng_", ' '), "bicep symbols");
    unique(
        grab(&bicep, "param door", ' ')
            .into_iter()
            .filter(|p| p.ends_with("_psk"))
            .collect(),
        "bicep key params",
    );
}

#[test]
fn user_text_cannot_break_out_of_the_generated_files() {
    let mut design = template("p2").unwrap().design().unwrap();
    design.title = "evil $(rm -rf /) `x` \"q\" ${var.x} %{ if y } ' \\".into();
    design.door_vpns[0].name = "VPN \"1\" $(touch /tmp/pwned) '${x}'".into();
    design.azure.gateway.name = "gw'; rm -rf /; echo '".into();
    design.validate().unwrap();
    let az = export(&design, Format::AzCli, Lang::En);
    for line in az.lines() {
        // Free text only ever appears in comments or single-quoted words.
        if line.contains("rm -rf") || line.contains("touch /tmp") {
            let quoted = line.starts_with(r"GATEWAY_NAME='gw'\''; rm -rf /; echo '\'''")
                || line.starts_with("echo 'instance");
            assert!(line.starts_with('#') || quoted, "unsafe line: {line}");
        }
    }
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg("-c")
        .arg(&az)
        .status()
        .unwrap();
    assert!(syntax.success(), "the script is valid bash");
    let terraform = export(&design, Format::Terraform, Lang::En);
    for line in terraform.lines().filter(|line| line.contains("var.x}")) {
        assert!(
            line.starts_with('#') || line.contains("$${var.x}"),
            "HCL interpolation escaped: {line}"
        );
    }
    let bicep = export(&design, Format::Bicep, Lang::En);
    for line in bicep
        .lines()
        .filter(|line| line.contains("${x}") || line.contains("var.x}"))
    {
        assert!(
            line.starts_with("//") || line.contains(r"\${"),
            "Bicep interpolation escaped: {line}"
        );
    }
}
