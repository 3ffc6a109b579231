//! Property tests: the engine is total, deterministic and consistent on any design, and a
//! design built to satisfy every rule's preconditions is OK.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use doorplan::model::*;
use doorplan::templates::sample_design;
use doorplan::{check, Lang, Severity, Verdict};

/// `{name}` left in a rendered message: an argument the rule forgot.
fn leftover_placeholder(text: &str) -> bool {
    text.split('{').skip(1).any(|rest| {
        rest.split_once('}').is_some_and(|(name, _)| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        })
    })
}
use ipnet::Ipv4Net;
use proptest::prelude::*;

/// ASNs around every boundary the rules know, plus anything.
fn asn() -> impl Strategy<Value = u32> {
    prop_oneof![
        prop::sample::select(vec![
            0, 7224, 8074, 9059, 10124, 12076, 17943, 23456, 64495, 64496, 64511, 64512, 64513,
            65000, 65515, 65516, 65517, 65520, 65534, 65535, 65551, 65552, 4199999999, 4200000000,
            4294967294, 4294967295,
        ]),
        any::<u32>(),
    ]
}

fn cidr_in(first_octets: (u8, u8)) -> impl Strategy<Value = Cidr> {
    (any::<u8>(), any::<u8>(), 0u8..=32).prop_map(move |(c, d, length)| {
        let net = Ipv4Net::new(Ipv4Addr::new(first_octets.0, first_octets.1, c, d), length)
            .unwrap_or_default();
        Cidr(net)
    })
}

fn cidr() -> impl Strategy<Value = Cidr> {
    prop_oneof![
        cidr_in((169, 254)),
        cidr_in((10, 1)),
        cidr_in((100, 64)),
        (any::<u32>(), 0u8..=32)
            .prop_map(|(a, l)| Cidr(Ipv4Net::new(Ipv4Addr::from(a), l).unwrap_or_default())),
    ]
}

fn inside_cidr() -> impl Strategy<Value = Cidr> {
    prop_oneof![
        (21u8..=22, 0u8..64).prop_map(|(c, n)| Cidr(
            Ipv4Net::new(Ipv4Addr::new(169, 254, c, n * 4), 30).unwrap_or_default()
        )),
        cidr(),
    ]
}

fn ip() -> impl Strategy<Value = Ip> {
    prop_oneof![
        (21u8..=23, any::<u8>()).prop_map(|(c, d)| Ip(Ipv4Addr::new(169, 254, c, d))),
        any::<u32>().prop_map(|a| Ip(Ipv4Addr::from(a))),
    ]
}

fn tunnel() -> impl Strategy<Value = Tunnel> {
    (
        prop::option::of(inside_cidr()),
        prop::option::of(ip()),
        prop::option::of("[A-Za-z0-9._\\-0]{0,70}"),
    )
        .prop_map(|(inside_cidr, outside_ip, psk)| Tunnel {
            inside_cidr,
            outside_ip,
            psk,
        })
}

fn mode() -> impl Strategy<Value = ConnectionMode> {
    prop::sample::select(vec![
        ConnectionMode::Default,
        ConnectionMode::InitiatorOnly,
        ConnectionMode::ResponderOnly,
    ])
}

/// A link choice for one tunnel: none, or (instance, mode, explicit bgp).
type LinkChoice = Option<(u8, ConnectionMode, Option<bool>)>;

fn door_vpn() -> impl Strategy<Value = (DoorVpn, [LinkChoice; 2])> {
    let link = || prop::option::of((0u8..=1, mode(), prop::option::of(any::<bool>())));
    (
        any::<bool>(),
        asn(),
        prop::collection::vec(cidr(), 0..3),
        tunnel(),
        tunnel(),
        link(),
        link(),
    )
        .prop_map(
            |(bgp, amazon_asn, static_routes, first, second, link0, link1)| {
                (
                    DoorVpn {
                        id: String::new(),
                        name: String::new(),
                        routing: if bgp { Routing::Bgp } else { Routing::Static },
                        amazon_asn,
                        static_routes,
                        tunnels: vec![first, second],
                    },
                    [link0, link1],
                )
            },
        )
}

fn design() -> impl Strategy<Value = Design> {
    let gateway = (
        prop::sample::select(Sku::ALL.to_vec()),
        prop::option::of(prop::sample::select(vec![
            Generation::Generation1,
            Generation::Generation2,
        ])),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        asn(),
        prop::option::of(prop::collection::vec(prop::option::of(ip()), 0..3)),
        prop::collection::vec(prop::collection::vec(ip(), 0..3), 0..3),
    )
        .prop_map(
            |(sku, generation, policy, active_active, bgp, asn, public_ips, apipa)| Gateway {
                name: "gw".into(),
                sku,
                generation,
                vpn_type: if policy {
                    VpnType::PolicyBased
                } else {
                    VpnType::RouteBased
                },
                active_active,
                bgp,
                asn,
                public_ips,
                apipa,
            },
        );
    (
        gateway,
        prop::collection::vec(cidr(), 0..4),
        prop::option::of(cidr()),
        prop::option::of(cidr()),
        prop::sample::select(vec![
            "ap-northeast-1",
            "eu-west-1",
            "ap-southeast-1",
            "us-west-2",
        ]),
        prop::collection::vec(door_vpn(), 0..5),
        (-1e6f64..1e6, -1e6f64..1e6),
    )
        .prop_map(
            |(gateway, space, subnet, vpg_range, region, vpns, (x, y))| {
                let mut door_vpns = Vec::new();
                let mut links = Vec::new();
                for (index, (mut vpn, choices)) in vpns.into_iter().enumerate() {
                    vpn.id = format!("door-{index}");
                    for (tunnel, choice) in choices.into_iter().enumerate() {
                        if let Some((instance, connection_mode, bgp)) = choice {
                            links.push(Link {
                                vpn: vpn.id.clone(),
                                tunnel: tunnel as u8,
                                instance,
                                connection_mode,
                                bgp,
                            });
                        }
                    }
                    door_vpns.push(vpn);
                }
                Design {
                    schema_url: None,
                    schema: SCHEMA.into(),
                    title: "generated".into(),
                    soracom: Soracom {
                        region: region.into(),
                        vpg_type: Some("Type-F".into()),
                        device_subnet: "10.128.0.0/9".parse().unwrap(),
                        vpg_ip_range: vpg_range,
                    },
                    azure: Azure {
                        vnet: Vnet {
                            name: "vnet".into(),
                            address_space: space,
                            gateway_subnet: subnet,
                        },
                        gateway,
                    },
                    door_vpns,
                    links,
                    layout: BTreeMap::from([(
                        "gateway".to_string(),
                        Point {
                            x: Point::tenth(x),
                            y: Point::tenth(y),
                        },
                    )]),
                    notes: BTreeMap::from([(
                        "gateway".to_string(),
                        "line 1\nline 2 ${x} 東京".to_string(),
                    )]),
                    extensions: Default::default(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_design_gets_a_consistent_report(design in design()) {
        let report = check(&design);
        let worst = report.findings.iter().map(|f| f.severity).max();
        let expected = match worst {
            Some(Severity::Ng) => Verdict::Ng,
            Some(Severity::Warn) => Verdict::Warn,
            _ => Verdict::Ok,
        };
        prop_assert_eq!(report.verdict, expected);
        // Sorted worst first.
        prop_assert!(report.findings.windows(2).all(|w| w[0].severity >= w[1].severity));
        // Deterministic.
        prop_assert_eq!(&report, &check(&design));
        // The worst fault is the worst of the table.
        prop_assert_eq!(report.worst_single_fault, report.faults.iter().map(|f| f.impact).max());
        // Every message renders completely in both languages, and never carries a key.
        for finding in &report.findings {
            for lang in [Lang::En, Lang::Ja] {
                let text = finding.text(lang);
                prop_assert!(!leftover_placeholder(&text), "{}: {}", finding.rule, text);
                for tunnel in design.door_vpns.iter().flat_map(|vpn| &vpn.tunnels) {
                    if let Some(psk) = tunnel.psk.as_deref().filter(|psk| psk.len() >= 4) {
                        prop_assert!(!text.contains(psk));
                    }
                }
            }
        }
        // Exports never panic, whatever the design.
        for format in doorplan::export::Format::ALL {
            let _ = doorplan::export::export(&design, format, Lang::Ja);
        }
    }

    /// A quick fix, once clicked, is done: it is not offered again for the design it made, and
    /// the design it made is never worse than the one it fixed.
    #[test]
    fn a_quick_fix_is_not_offered_again_after_it_is_applied(design in design()) {
        use doorplan::fixes::Fix;
        let report = check(&design);
        for fix in Fix::ALL {
            if !fix.applies(&design, &report) {
                continue;
            }
            let fixed = fix.apply(&design);
            let after = check(&fixed);
            prop_assert!(!fix.applies(&fixed, &after), "{} offered again: {:?}", fix.name(), after.findings.iter().map(|f| f.rule.id).collect::<Vec<_>>());
            if fix == Fix::MakeRedundant {
                prop_assert!(after.verdict != Verdict::Ng || report.verdict == Verdict::Ng, "{} made it NG: {:?}", fix.name(), after.findings.iter().map(|f| f.rule.id).collect::<Vec<_>>());
            }
        }
    }

    /// The verdict is about the network, not the order the file lists it in: reversing the
    /// Door VPNs and the links gives the same verdict, findings and faults. (A finding about a
    /// pair — a duplicate, a mismatch — names the later of the two, so subjects may differ.)
    #[test]
    fn the_order_of_door_vpns_and_links_does_not_change_the_judgement(design in design()) {
        let mut reordered = design.clone();
        reordered.door_vpns.reverse();
        reordered.links.reverse();
        let key = |report: &doorplan::Report| {
            let mut findings: Vec<(String, Severity, usize)> = report
                .findings
                .iter()
                .map(|f| (f.rule.id.to_string(), f.severity, f.repeats.as_ref().map_or(1, |r| r.count)))
                .collect();
            findings.sort();
            let mut faults: Vec<(String, doorplan::Impact)> =
                report.faults.iter().map(|f| (f.fault.to_string(), f.impact)).collect();
            faults.sort();
            (report.verdict, report.pattern, report.worst_single_fault, findings, faults)
        };
        prop_assert_eq!(key(&check(&design)), key(&check(&reordered)));
    }

    /// A connection that only responds never makes a fault easier to survive: nobody starts
    /// its tunnel (AWS waits by default), so it is no path to fall back on, only one path less.
    #[test]
    fn a_responder_only_link_never_makes_a_fault_less_severe(design in design(), pick in any::<usize>()) {
        prop_assume!(!design.links.is_empty());
        let mut answering = design.clone();
        let index = pick % answering.links.len();
        answering.links[index].connection_mode = ConnectionMode::ResponderOnly;
        let before: BTreeMap<String, doorplan::Impact> =
            check(&design).faults.iter().map(|f| (f.fault.to_string(), f.impact)).collect();
        for fault in check(&answering).faults {
            let id = fault.fault.to_string();
            if let Some(&was) = before.get(&id) {
                prop_assert!(fault.impact >= was, "{}: {:?} before, {:?} with link {} ResponderOnly", id, was, fault.impact, index);
            }
        }
    }

    #[test]
    fn json_round_trips(design in design()) {
        let text = design.to_json();
        let again = Design::from_json(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(design, again);
    }

    #[test]
    fn reading_arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = Design::from_json(&text);
    }

    #[test]
    fn reading_a_damaged_design_never_panics(position in 0usize..2000, byte in any::<u8>()) {
        let mut text = doorplan::templates::template("p2").unwrap().json.as_bytes().to_vec();
        let position = position % text.len();
        text[position] = byte;
        if let Ok(text) = String::from_utf8(text) {
            if let Ok(design) = Design::from_json(&text) {
                let _ = check(&design);
            }
        }
    }

    /// A design built to satisfy every rule's preconditions: two to ten BGP Door VPNs spread
    /// over an active-active gateway, private ASNs that differ, consistent inside CIDRs and
    /// APIPA addresses, valid keys, unique outside IPs, a VNet clear of SORACOM's ranges.
    #[test]
    fn a_design_meeting_every_precondition_is_ok(
        vpns in 2usize..=10,
        azure_asn in prop::sample::select(vec![65000u32, 65001, 64600, 4200000001]),
        amazon_asn in prop::sample::select(vec![64512u32, 64513, 65100, 4200000100]),
        vnet_second_octet in 0u8..=127,
        sku in prop::sample::select(vec![Sku::VpnGw2AZ, Sku::VpnGw3AZ, Sku::VpnGw4AZ, Sku::VpnGw5AZ]),
        psk in "[A-Za-z1-9._][A-Za-z0-9._]{7,63}",
        mode in prop::sample::select(vec![ConnectionMode::Default, ConnectionMode::InitiatorOnly]),
    ) {
        prop_assume!(azure_asn != amazon_asn);
        let mut design = sample_design(vpns);
        design.azure.gateway.asn = azure_asn;
        design.azure.gateway.sku = sku;
        design.azure.vnet.address_space = vec![format!("10.{vnet_second_octet}.0.0/16").parse().unwrap()];
        design.azure.vnet.gateway_subnet = Some(format!("10.{vnet_second_octet}.255.0/27").parse().unwrap());
        for (index, vpn) in design.door_vpns.iter_mut().enumerate() {
            vpn.amazon_asn = amazon_asn;
            for (tunnel_index, tunnel) in vpn.tunnels.iter_mut().enumerate() {
                tunnel.psk = Some(psk.clone());
                tunnel.outside_ip = Some(Ip(Ipv4Addr::new(52, 1, index as u8, tunnel_index as u8 + 1)));
            }
        }
        for link in &mut design.links {
            link.connection_mode = mode;
        }
        let report = check(&design);
        let problems: Vec<_> = report.findings.iter().filter(|f| f.severity != Severity::Info).collect();
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(report.verdict, Verdict::Ok);
        prop_assert_eq!(report.worst_single_fault, Some(doorplan::Impact::Survives));
    }
}
