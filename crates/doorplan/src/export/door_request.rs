//! `door-request`: what to write in the SORACOM Door application, in English or Japanese.
//!
//! For BGP designs it states the two points the seed article asks applicants to state: how
//! many VPN connections are needed, and that the tunnel inside CIDRs (APIPA) must be customised.
//! It asks for IKEv2 on every tunnel. The exact application form is not published; the text
//! says so. Pre-shared keys never appear in it.

use std::fmt::Write as _;

use super::quote::comment;
use super::Plan;
use crate::model::{inside_hosts, Routing};
use crate::text::{Lang, Message, T};

pub(super) fn write(plan: &Plan, lang: Lang) -> String {
    let design = plan.design;
    let gateway = &design.azure.gateway;
    let soracom = &design.soracom;
    let t = |key: T| key.get(lang);
    let render = |message: Message| message.render(lang);
    let unknown = t(T::DoorReqUnknown);
    let mut out = String::new();

    let _ = writeln!(out, "{}", t(T::DoorReqTitle));
    if !design.title.is_empty() {
        let _ = writeln!(out, "{}", comment(&design.title));
    }
    let _ = writeln!(out, "{}\n", t(T::DoorReqGenerated));

    let bgp_vpns = design
        .door_vpns
        .iter()
        .filter(|vpn| vpn.routing == Routing::Bgp)
        .count();
    let _ = writeln!(out, "VPG");
    let _ = writeln!(
        out,
        "  {}: {}",
        t(T::DoorReqRegion),
        comment(&soracom.region)
    );
    let _ = writeln!(
        out,
        "  {}: {}",
        t(T::DoorReqType),
        soracom
            .vpg_type
            .as_deref()
            .map(comment)
            .unwrap_or(unknown.into())
    );
    let _ = writeln!(
        out,
        "  {}: {}",
        t(T::DoorReqDeviceSubnet),
        soracom.device_subnet
    );
    let range = soracom
        .vpg_ip_range
        .map(|range| range.to_string())
        .unwrap_or_else(|| unknown.to_string());
    let _ = writeln!(out, "  {}: {range}\n", t(T::DoorReqVpgRange));

    let _ = writeln!(out, "{}", t(T::DoorReqRequests));
    let _ = writeln!(
        out,
        "  - {}",
        render(msg!(DoorReqCount, count = design.door_vpns.len()))
    );
    let _ = writeln!(out, "  - {}", t(T::DoorReqIkev2));
    if bgp_vpns > 0 {
        let _ = writeln!(out, "  - {}", t(T::DoorReqApipa));
        let _ = writeln!(out, "  - {}: {}", t(T::DoorReqCustomerAsn), gateway.asn);
    }
    let _ = writeln!(out);

    for (position, vpn) in design.door_vpns.iter().enumerate() {
        let _ = writeln!(
            out,
            "{} {}: {} ({})",
            t(T::DoorReqVpn),
            position + 1,
            comment(vpn.label()),
            comment(&vpn.id)
        );
        let customer_ip = match plan.vpn_instance.get(vpn.id.as_str()) {
            Some(&instance) => {
                let ip = gateway
                    .public_ip_of(instance)
                    .map(|ip| ip.to_string())
                    .unwrap_or_else(|| unknown.to_string());
                render(msg!(DoorReqCustomerIpOf, ip = ip, instance = instance))
            }
            None => t(T::DoorReqNotLinked).to_string(),
        };
        let _ = writeln!(out, "  {}: {customer_ip}", t(T::DoorReqCustomerIp));
        match vpn.routing {
            Routing::Bgp => {
                let _ = writeln!(out, "  {}: BGP", t(T::DoorReqRouting));
                let _ = writeln!(out, "  {}: {}", t(T::DoorReqAmazonAsn), vpn.amazon_asn);
            }
            Routing::Static => {
                let _ = writeln!(out, "  {}: static", t(T::DoorReqRouting));
                let routes = crate::text::join(&vpn.static_routes);
                let _ = writeln!(
                    out,
                    "  {}: {}",
                    t(T::DoorReqStaticRoutes),
                    if routes.is_empty() {
                        unknown.to_string()
                    } else {
                        routes
                    }
                );
            }
        }
        for (index, tunnel) in vpn.tunnels.iter().enumerate() {
            let inside = match tunnel.inside_cidr {
                Some(cidr) => {
                    let (aws, azure) = inside_hosts(cidr.0);
                    render(msg!(
                        DoorReqInsideHosts,
                        cidr = cidr,
                        aws = aws,
                        azure = azure
                    ))
                }
                None if vpn.routing == Routing::Bgp => t(T::DoorReqInsideChoose).to_string(),
                None => t(T::DoorReqInsideByAws).to_string(),
            };
            let _ = writeln!(
                out,
                "  {}: {inside}",
                render(msg!(DoorReqTunnelInside, n = index + 1))
            );
        }
        let keys = if vpn.tunnels.iter().any(|tunnel| tunnel.psk.is_some()) {
            T::DoorReqKeysOurs
        } else {
            T::DoorReqKeysAws
        };
        let _ = writeln!(out, "  {}: {}\n", t(T::DoorReqKeys), t(keys));
    }
    out
}
