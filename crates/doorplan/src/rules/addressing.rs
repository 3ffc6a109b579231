//! Addressing: the VNet against the SORACOM side, and static routes against the VNet.

use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use super::{overlapping_pairs, overlaps, source, span, Context, Emitter, Family, Rule};
use crate::ids::Subject;
use crate::model::{Cidr, Routing};
use crate::report::Severity;
use crate::text::{join, Message, S, T};

pub(super) static RULES: [&Rule; 13] = [
    &NOT_PUBLIC,
    &VPG_RANGE_OVERLAP,
    &VPG_RANGE_OUTSIDE,
    &CGNAT_OVERLAP,
    &DEVICE_SUBNET_OVERLAP,
    &VNET_EMPTY,
    &VNET_OVERLAP,
    &VNET_RESERVED,
    &PREFIX_HOST_BITS,
    &STATIC_ROUTES_MISSING,
    &STATIC_ROUTES_UNCOVERED,
    &STATIC_ROUTE_SORACOM,
    &STATIC_MULTI_VPN,
];

/// A prefix known when compiling (a bad one fails the build, never a check).
const fn prefix(a: u8, b: u8, c: u8, d: u8, length: u8) -> Ipv4Net {
    match Ipv4Net::new(Ipv4Addr::new(a, b, c, d), length) {
        Ok(net) => net,
        Err(_) => panic!("constant prefix"),
    }
}

/// The shared address space (RFC 6598) SORACOM assigns VPG IP ranges from.
pub const CGNAT: Ipv4Net = prefix(100, 64, 0, 0, 10);

/// What kind of address this is when it can never be an IPsec peer across the internet, or
/// `None` for an address that can. Documentation ranges (RFC 5737) pass: examples use them.
fn not_public(ip: Ipv4Addr) -> Option<T> {
    let kind = if ip.is_private() {
        T::IpPrivate
    } else if CGNAT.contains(&ip) {
        T::IpShared
    } else if ip.is_loopback() {
        T::IpLoopback
    } else if ip.is_link_local() {
        T::IpLinkLocal
    } else if ip.octets()[0] == 0 {
        T::IpThisNetwork
    } else if ip.is_multicast() {
        T::IpMulticast
    } else if ip.octets()[0] >= 240 {
        T::IpReserved
    } else {
        return None;
    };
    Some(kind)
}

/// ADDR-NOT-PUBLIC: both ends of a Door tunnel meet across the internet. AWS tunnel endpoints
/// are public addresses, and AWS takes the customer gateway (here an Azure instance's public
/// IP) as "the Internet-routable IP address"; a private, shared, loopback, link-local,
/// multicast or reserved address in either place is a typo that no tunnel can come up on.
///
/// AWS, CreateCustomerGateway (`IpAddress`: "The Internet-routable IP address for the customer
/// gateway's outside interface").
pub(crate) static NOT_PUBLIC: Rule = Rule {
    id: "ADDR-NOT-PUBLIC",
    family: Family::Addressing,
    severity: Severity::Ng,
    summary: S::AddrNotPublic,
    source: source::AWS_CREATE_CGW,
    check: not_public_addresses,
};

fn not_public_addresses(context: &Context, out: &mut Emitter) {
    let ips = context
        .design
        .azure
        .gateway
        .public_ips
        .as_deref()
        .unwrap_or_default();
    for (instance, ip) in ips.iter().enumerate() {
        let Some(ip) = ip else { continue };
        if let Some(kind) = not_public(ip.0) {
            out.emit(
                Subject::Gateway,
                msg!(AddrNotPublicAzure, n = instance, ip = *ip, kind = kind),
            );
        }
    }
    for tunnel in context.tunnels() {
        let Some(outside) = tunnel.tunnel.outside_ip else {
            continue;
        };
        if let Some(kind) = not_public(outside.0) {
            out.emit(
                tunnel.subject(),
                msg!(
                    AddrNotPublicAws,
                    tunnel = tunnel.name(),
                    ip = outside,
                    kind = kind
                ),
            );
        }
    }
}

/// The VNet address space entries that overlap a prefix.
fn vnet_overlapping(context: &Context, other: Ipv4Net) -> Vec<Cidr> {
    context
        .design
        .azure
        .vnet
        .address_space
        .iter()
        .copied()
        .filter(|space| overlaps(space.0, other))
        .collect()
}

/// ADDR-VPG-RANGE-OVERLAP: the VPG sends from its IP range, so Azure must route it back.
///
/// SORACOM, "VPG IP address range" (a slice of 100.64.0.0/10, the source address of traffic
/// the VPG sends over Door).
pub(crate) static VPG_RANGE_OVERLAP: Rule = Rule {
    id: "ADDR-VPG-RANGE-OVERLAP",
    family: Family::Addressing,
    severity: Severity::Ng,
    summary: S::AddrVpgRangeOverlap,
    source: source::SORACOM_VPG,
    check: vpg_range_overlap,
};

fn vpg_range_overlap(context: &Context, out: &mut Emitter) {
    let Some(range) = context.design.soracom.vpg_ip_range else {
        return;
    };
    let clash = vnet_overlapping(context, range.0);
    if !clash.is_empty() {
        out.emit(
            Subject::Vnet,
            msg!(AddrVpgRangeOverlap, space = join(&clash), range = range),
        );
    }
}

/// ADDR-VPG-RANGE-OUTSIDE: SORACOM assigns every VPG IP range from 100.64.0.0/10, and it cannot
/// be chosen, so a range outside it is not the VPG's (often the device subnet copied into the
/// wrong field); the overlap checks and the exports' local network gateways would use it.
///
/// SORACOM, "IP Address Assignment" (VPG IP address: 100.64.0.0/10, assigned automatically).
pub(crate) static VPG_RANGE_OUTSIDE: Rule = Rule {
    id: "ADDR-VPG-RANGE-OUTSIDE",
    family: Family::Addressing,
    severity: Severity::Warn,
    summary: S::AddrVpgRangeOutside,
    source: source::SORACOM_VPG_ADDRESSES,
    check: vpg_range_outside,
};

fn vpg_range_outside(context: &Context, out: &mut Emitter) {
    if let Some(range) = context.design.soracom.vpg_ip_range {
        if !CGNAT.contains(&range.0) {
            out.emit(Subject::Soracom, msg!(AddrVpgRangeOutside, range = range));
        }
    }
}

/// ADDR-CGNAT-OVERLAP: while the VPG IP range is unknown, any of 100.64.0.0/10 could clash.
///
/// SORACOM, "VPG IP address range".
pub(crate) static CGNAT_OVERLAP: Rule = Rule {
    id: "ADDR-CGNAT-OVERLAP",
    family: Family::Addressing,
    severity: Severity::Warn,
    summary: S::AddrCgnatOverlap,
    source: source::SORACOM_VPG,
    check: cgnat_overlap,
};

fn cgnat_overlap(context: &Context, out: &mut Emitter) {
    if context.design.soracom.vpg_ip_range.is_some() {
        return;
    }
    let clash = vnet_overlapping(context, CGNAT);
    if !clash.is_empty() {
        out.emit(Subject::Vnet, msg!(AddrCgnatOverlap, space = join(&clash)));
    }
}

/// ADDR-DEVICE-SUBNET-OVERLAP: devices and VNet hosts in one range cannot reach each other.
///
/// SORACOM, VPG device subnet (default 10.128.0.0/9).
pub(crate) static DEVICE_SUBNET_OVERLAP: Rule = Rule {
    id: "ADDR-DEVICE-SUBNET-OVERLAP",
    family: Family::Addressing,
    severity: Severity::Warn,
    summary: S::AddrDeviceSubnetOverlap,
    source: source::SORACOM_VPG,
    check: device_subnet_overlap,
};

fn device_subnet_overlap(context: &Context, out: &mut Emitter) {
    let subnet = context.design.soracom.device_subnet;
    let clash = vnet_overlapping(context, subnet.0);
    if !clash.is_empty() {
        out.emit(
            Subject::Vnet,
            msg!(
                AddrDeviceSubnetOverlap,
                space = join(&clash),
                subnet = subnet
            ),
        );
    }
}

/// ADDR-VNET-EMPTY: a VNet needs at least one address prefix; without one Azure cannot create
/// it, the GatewaySubnet has nowhere to go, and the exports would ask for none.
///
/// Microsoft, "Azure Virtual Network FAQ" (a VNet's address space).
pub(crate) static VNET_EMPTY: Rule = Rule {
    id: "ADDR-VNET-EMPTY",
    family: Family::Addressing,
    severity: Severity::Ng,
    summary: S::AddrVnetEmpty,
    source: source::AZ_VNET_FAQ,
    check: vnet_empty,
};

fn vnet_empty(context: &Context, out: &mut Emitter) {
    if context.design.azure.vnet.address_space.is_empty() {
        out.emit(Subject::Vnet, Message::new(T::AddrVnetEmpty));
    }
}

/// ADDR-VNET-OVERLAP: Azure refuses a VNet whose address prefixes overlap.
///
/// Microsoft, virtual network address space (prefixes of one VNet cannot overlap).
pub(crate) static VNET_OVERLAP: Rule = Rule {
    id: "ADDR-VNET-OVERLAP",
    family: Family::Addressing,
    severity: Severity::Ng,
    summary: S::AddrVnetOverlap,
    source: source::AZ_FAQ,
    check: vnet_overlap,
};

fn vnet_overlap(context: &Context, out: &mut Emitter) {
    let space = &context.design.azure.vnet.address_space;
    let items: Vec<(Ipv4Net, usize)> = space
        .iter()
        .enumerate()
        .map(|(index, cidr)| (cidr.0, index))
        .collect();
    for (first, second) in overlapping_pairs(items) {
        out.emit(
            Subject::Vnet,
            msg!(AddrVnetOverlap, a = space[first], b = space[second]),
        );
    }
}

/// The ranges Azure does not allow in a virtual network's address space, in address order,
/// with what each is.
const VNET_RESERVED_RANGES: [(Ipv4Net, T); 5] = [
    (prefix(127, 0, 0, 0, 8), T::RangeLoopback),
    (prefix(168, 63, 129, 16, 32), T::RangeAzurePlatform),
    (prefix(169, 254, 0, 0, 16), T::RangeLinkLocal),
    (prefix(224, 0, 0, 0, 4), T::RangeMulticast),
    (prefix(255, 255, 255, 255, 32), T::RangeBroadcast),
];

/// ADDR-VNET-RESERVED: Azure refuses a VNet address space that overlaps multicast,
/// broadcast, loopback or link-local addresses, or its own platform address 168.63.129.16.
///
/// Microsoft, "Azure Virtual Network FAQ" (What address ranges can I use in my virtual
/// networks?).
pub(crate) static VNET_RESERVED: Rule = Rule {
    id: "ADDR-VNET-RESERVED",
    family: Family::Addressing,
    severity: Severity::Ng,
    summary: S::AddrVnetReserved,
    source: source::AZ_VNET_FAQ,
    check: vnet_reserved,
};

fn vnet_reserved(context: &Context, out: &mut Emitter) {
    for entry in &context.design.azure.vnet.address_space {
        // One finding per entry (the first range it reaches): the fix is to change the entry.
        let reserved = VNET_RESERVED_RANGES
            .iter()
            .find(|(range, _)| overlaps(entry.0, *range));
        if let Some(&(range, kind)) = reserved {
            out.emit(
                Subject::Vnet,
                msg!(AddrVnetReserved, entry = *entry, range = range, kind = kind),
            );
        }
    }
}

/// ADDR-PREFIX-HOST-BITS: a prefix must be written as its network address. Azure refuses an
/// address prefix with host bits set (`10.1.0.5/16`: error InvalidCIDRNotation, "for the given
/// prefix length, the address prefix should be 10.1.0.0/16") in the VNet, its subnets and a
/// local network gateway (where the SORACOM prefixes go); AWS takes a route's destination as a
/// CIDR block the same way. The exports write the prefix as the design states it.
///
/// Microsoft, "Azure Virtual Network FAQ" (address ranges in CIDR notation).
pub(crate) static PREFIX_HOST_BITS: Rule = Rule {
    id: "ADDR-PREFIX-HOST-BITS",
    family: Family::Addressing,
    severity: Severity::Ng,
    summary: S::AddrPrefixHostBits,
    source: source::AZ_VNET_FAQ,
    check: prefix_host_bits,
};

fn prefix_host_bits(context: &Context, out: &mut Emitter) {
    let design = context.design;
    let mut check = |subject: Subject, field: Message, prefix: Cidr| {
        if prefix.0.addr() != prefix.0.network() {
            out.emit(
                subject,
                msg!(
                    AddrPrefixHostBits,
                    field = field,
                    prefix = prefix,
                    network = prefix.0.trunc()
                ),
            );
        }
    };
    let vnet = &design.azure.vnet;
    for entry in &vnet.address_space {
        check(Subject::Vnet, Message::new(T::FieldVnetSpace), *entry);
    }
    if let Some(subnet) = vnet.gateway_subnet {
        check(Subject::Vnet, Message::new(T::FieldGatewaySubnet), subnet);
    }
    check(
        Subject::Soracom,
        Message::new(T::FieldDeviceSubnet),
        design.soracom.device_subnet,
    );
    if let Some(range) = design.soracom.vpg_ip_range {
        check(Subject::Soracom, Message::new(T::FieldVpgRange), range);
    }
    for vpn in &design.door_vpns {
        for route in &vpn.static_routes {
            check(
                Subject::Vpn(vpn.id.clone()),
                msg!(FieldStaticRoute, vpn = vpn.label()),
                *route,
            );
        }
    }
}

/// ADDR-STATIC-ROUTES-MISSING: static routing needs the customer prefixes listed.
///
/// AWS, "Site-to-Site VPN routing options".
pub(crate) static STATIC_ROUTES_MISSING: Rule = Rule {
    id: "ADDR-STATIC-ROUTES-MISSING",
    family: Family::Addressing,
    severity: Severity::Ng,
    summary: S::AddrStaticRoutesMissing,
    source: source::AWS_ROUTING,
    check: static_routes_missing,
};

fn static_routes_missing(context: &Context, out: &mut Emitter) {
    for (vpn, links) in context.design.door_vpns.iter().zip(&context.tunnel_links) {
        let linked = links.iter().any(Option::is_some);
        if linked && vpn.routing == Routing::Static && vpn.static_routes.is_empty() {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(
                    AddrStaticRoutesMissing,
                    vpn = vpn.label(),
                    suggestion = join(&context.design.azure.vnet.address_space)
                ),
            );
        }
    }
}

/// ADDR-STATIC-ROUTES-UNCOVERED: a static route list that misses part of the VNet.
///
/// AWS, "Site-to-Site VPN routing options" (only listed prefixes are routed).
pub(crate) static STATIC_ROUTES_UNCOVERED: Rule = Rule {
    id: "ADDR-STATIC-ROUTES-UNCOVERED",
    family: Family::Addressing,
    severity: Severity::Warn,
    summary: S::AddrStaticRoutesUncovered,
    source: source::AWS_ROUTING,
    check: static_routes_uncovered,
};

fn static_routes_uncovered(context: &Context, out: &mut Emitter) {
    let space = &context.design.azure.vnet.address_space;
    for vpn in &context.design.door_vpns {
        if vpn.routing != Routing::Static || vpn.static_routes.is_empty() {
            continue;
        }
        let routes = merged_spans(vpn.static_routes.iter().map(|route| route.0));
        let uncovered: Vec<Cidr> = space
            .iter()
            .copied()
            .filter(|entry| !covered(&routes, entry.0))
            .collect();
        if !uncovered.is_empty() {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(
                    AddrStaticRoutesUncovered,
                    vpn = vpn.label(),
                    routes = join(&vpn.static_routes),
                    uncovered = join(&uncovered)
                ),
            );
        }
    }
}

/// ADDR-STATIC-ROUTE-SORACOM: a static route is a prefix on Azure's side that SORACOM sends
/// into the Door VPN; one inside the VPG's own device subnet or IP range points SORACOM's own
/// addresses at Azure — usually the two directions mixed up (SORACOM's ranges belong in
/// Azure's local network gateways). A wider route that contains them (`0.0.0.0/0`) is left
/// alone: the VPG's own, more specific ranges still win. So is a route into the VNet: then the
/// VNet itself overlaps SORACOM's range, which ADDR-DEVICE-SUBNET-OVERLAP or
/// ADDR-VPG-RANGE-OVERLAP says (one finding per mistake).
///
/// SORACOM, "IP Address Assignment" (the device subnet and the VPG IP address range).
pub(crate) static STATIC_ROUTE_SORACOM: Rule = Rule {
    id: "ADDR-STATIC-ROUTE-SORACOM",
    family: Family::Addressing,
    severity: Severity::Warn,
    summary: S::AddrStaticRouteSoracom,
    source: source::SORACOM_VPG_ADDRESSES,
    check: static_route_soracom,
};

fn static_route_soracom(context: &Context, out: &mut Emitter) {
    let soracom = &context.design.soracom;
    let ranges: Vec<Cidr> = std::iter::once(soracom.device_subnet)
        .chain(soracom.vpg_ip_range)
        .collect();
    for vpn in &context.design.door_vpns {
        if vpn.routing != Routing::Static {
            continue;
        }
        let inside: Vec<Cidr> = vpn
            .static_routes
            .iter()
            .copied()
            .filter(|route| ranges.iter().any(|range| range.0.contains(&route.0)))
            .filter(|route| vnet_overlapping(context, route.0).is_empty())
            .collect();
        if !inside.is_empty() {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(
                    AddrStaticRouteSoracom,
                    vpn = vpn.label(),
                    routes = join(&inside),
                    ranges = join(&ranges)
                ),
            );
        }
    }
}

/// ADDR-STATIC-MULTI-VPN: several Door VPNs on one gateway with static routing. Microsoft:
/// several on-premises devices toward one gateway need BGP, and with static routing their
/// local network gateways' prefixes must not overlap — but every static Door VPN's local
/// network gateways announce the same SORACOM prefixes (VPG IP range, device subnet).
///
/// Microsoft, "Highly available cross-premises connectivity" (multiple on-premises VPN devices).
pub(crate) static STATIC_MULTI_VPN: Rule = Rule {
    id: "ADDR-STATIC-MULTI-VPN",
    family: Family::Addressing,
    severity: Severity::Warn,
    summary: S::AddrStaticMultiVpn,
    source: source::AZ_HIGHLY_AVAILABLE,
    check: static_multi_vpn,
};

fn static_multi_vpn(context: &Context, out: &mut Emitter) {
    let linked: Vec<(usize, &crate::model::DoorVpn)> = context
        .design
        .door_vpns
        .iter()
        .enumerate()
        .filter(|(position, _)| context.tunnel_links[*position].iter().any(Option::is_some))
        .collect();
    if linked.len() < 2 {
        return;
    }
    for (position, vpn) in &linked {
        if !context.vpn_bgp[*position] {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(AddrStaticMultiVpn, vpn = vpn.label(), count = linked.len()),
            );
        }
    }
}

/// Prefixes as sorted, merged inclusive address ranges.
fn merged_spans(prefixes: impl Iterator<Item = Ipv4Net>) -> Vec<(u64, u64)> {
    let mut spans: Vec<(u64, u64)> = prefixes.map(span).collect();
    crate::order::sort(&mut spans);
    let mut merged: Vec<(u64, u64)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 + 1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Whether merged ranges cover a whole prefix (binary search: O(log n)).
fn covered(merged: &[(u64, u64)], prefix: Ipv4Net) -> bool {
    let (start, end) = span(prefix);
    let index = merged.partition_point(|&(range_start, _)| range_start <= start);
    index > 0 && merged[index - 1].1 >= end
}
