//! The designs a user can start from: the seed article's four and Microsoft's tutorial.
//!
//! Stored as ordinary `*.doorplan.json` files in `crates/doorplan/templates/` so they are
//! readable, diffable and usable with the command line as they are.

use crate::model::Design;
use crate::read::LoadError;
use crate::text::T;

/// One starting design.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    /// Stable id (`p2`), used in URLs and tests.
    pub id: &'static str,
    /// The file name under `crates/doorplan/templates/`.
    pub file: &'static str,
    /// The title pickers show.
    pub title: T,
    /// The document text.
    pub json: &'static str,
}

impl Template {
    /// The template as a design. The files are checked by tests, so this fails only if the
    /// binary was built from broken files.
    pub fn design(&self) -> Result<Design, LoadError> {
        Design::from_json(self.json)
    }
}

macro_rules! template {
    ($id:literal, $file:literal, $title:ident) => {
        Template {
            id: $id,
            file: $file,
            title: T::$title,
            json: include_str!(concat!("../templates/", $file)),
        }
    };
}

/// Every template, in the order a picker lists them.
pub static TEMPLATES: &[Template] = &[
    template!("p1", "p1-single-vpn-static.doorplan.json", TemplateP1),
    template!(
        "p2",
        "p2-dual-vpn-bgp-active-active.doorplan.json",
        TemplateP2
    ),
    template!("ng", "ng-one-vpn-split.doorplan.json", TemplateNg),
    template!("w", "w-active-active-static.doorplan.json", TemplateW),
    template!(
        "tutorial",
        "microsoft-aws-bgp-tutorial.doorplan.json",
        TemplateTutorial
    ),
    template!("blank", "blank.doorplan.json", TemplateBlank),
];

/// The template with this id.
pub fn template(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|template| template.id == id)
}

/// A generated design in the shape of the article's pattern 2, with `door_vpns` BGP Door VPNs
/// alternating over the two instances of an active-active gateway. Inside CIDRs and APIPA
/// addresses are allocated consistently from 169.254.21.0/24 and 169.254.22.0/24 while they
/// last (64 Door VPNs), then from the rest of 169.254.0.0/16, so large designs stay unique.
///
/// For tests, benchmarks and the editor's performance marks; not a recommendation.
pub fn sample_design(door_vpns: usize) -> Design {
    use crate::model::*;
    use std::net::Ipv4Addr;

    let mut apipa: Vec<Vec<Ip>> = vec![Vec::new(), Vec::new()];
    let mut vpns = Vec::with_capacity(door_vpns);
    let mut links = Vec::with_capacity(door_vpns * 2);
    let mut layout = std::collections::BTreeMap::new();
    for index in 0..door_vpns {
        let instance = (index % 2) as u8;
        let id = format!("door-{}", index + 1);
        let tunnels = (0..2u32)
            .map(|tunnel| {
                // /30 number `index` inside 169.254.(21 + tunnel).0/24 while it fits.
                let network = if index < 64 {
                    u32::from(Ipv4Addr::new(169, 254, 21 + tunnel as u8, 0)) + 4 * index as u32
                } else {
                    // Past the window: 169.254.32.0 onwards, two /30s per VPN.
                    u32::from(Ipv4Addr::new(169, 254, 32, 0)) + 8 * (index as u32 - 64) + 4 * tunnel
                };
                let inside = ipnet::Ipv4Net::new(Ipv4Addr::from(network), 30).unwrap_or_default();
                if index < 64 {
                    apipa[usize::from(instance)].push(Ip(inside_hosts(inside).1));
                }
                Tunnel {
                    inside_cidr: Some(Cidr(inside)),
                    outside_ip: None,
                    psk: None,
                }
            })
            .collect();
        for tunnel in 0..2 {
            links.push(Link::new(&id, tunnel, instance));
        }
        layout.insert(
            id.clone(),
            Point {
                x: 80.0,
                y: 60.0 + 200.0 * index as f64,
            },
        );
        vpns.push(DoorVpn {
            id,
            name: format!("Door VPN {}", index + 1),
            routing: Routing::Bgp,
            amazon_asn: AMAZON_DEFAULT_ASN,
            static_routes: Vec::new(),
            tunnels,
        });
    }
    // The gateway faces the middle of the column of Door VPNs.
    let middle = 60.0 + 100.0 * door_vpns.saturating_sub(1) as f64;
    layout.insert(
        "gateway".to_string(),
        Point {
            x: 460.0,
            y: (middle / 20.0).round() * 20.0,
        },
    );
    let cidr = |text: &str| text.parse::<Cidr>().ok();
    Design {
        schema_url: None,
        schema: SCHEMA.to_string(),
        title: format!("{door_vpns} Door VPNs, BGP, active-active (generated)"),
        soracom: Soracom::default(),
        azure: Azure {
            vnet: Vnet {
                name: "vnet-hub".to_string(),
                address_space: cidr("10.1.0.0/16").into_iter().collect(),
                gateway_subnet: cidr("10.1.255.0/27"),
            },
            gateway: Gateway {
                name: "vgw-door".to_string(),
                sku: if door_vpns * 2 > 30 {
                    Sku::VpnGw4AZ
                } else {
                    Sku::VpnGw2AZ
                },
                generation: Some(Generation::Generation2),
                vpn_type: VpnType::RouteBased,
                active_active: true,
                bgp: true,
                asn: 65000,
                public_ips: Some(vec![None, None]),
                apipa,
            },
        },
        door_vpns: vpns,
        links,
        layout,
        notes: Default::default(),
        extensions: Default::default(),
    }
}
