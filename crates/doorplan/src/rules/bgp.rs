//! BGP between Door (AWS) and Azure: APIPA addresses, inside CIDRs, ASNs, who initiates.

use std::collections::HashMap;
use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use super::{source, Context, Emitter, Family, Rule};
use crate::ids::Subject;
use crate::model::{inside_hosts, ConnectionMode, Ip};
use crate::report::Severity;
use crate::text::{Message, S, T};

pub(super) static RULES: [&Rule; 17] = [
    &GATEWAY_OFF,
    &LINK_MISMATCH,
    &APIPA_RANGE,
    &APIPA_DUPLICATE,
    &APIPA_STANDBY,
    &APIPA_INSTANCE,
    &INSIDE_WINDOW,
    &INSIDE_UNCHOSEN,
    &APIPA_MISSING,
    &ASN_SAME,
    &ASN_AZURE_RESERVED,
    &ASN_IANA_RESERVED,
    &ASN_AWS_RESERVED,
    &ASN_AMAZON_RANGE,
    &ASN_AMAZON_MISMATCH,
    &CONNECTION_MODE,
    &DOOR_APPLICATION,
];

/// First and last address Azure accepts as a custom APIPA BGP address (Microsoft, "Configure BGP
/// for VPN Gateway": 169.254.21.0 – 169.254.22.255).
pub const APIPA_FIRST: Ipv4Addr = Ipv4Addr::new(169, 254, 21, 0);
pub const APIPA_LAST: Ipv4Addr = Ipv4Addr::new(169, 254, 22, 255);

/// Whether Azure accepts the address as a custom APIPA BGP address.
pub fn in_apipa_window(address: Ipv4Addr) -> bool {
    (APIPA_FIRST..=APIPA_LAST).contains(&address)
}

/// Whether a tunnel inside CIDR lies in 169.254.21.0/24 or 169.254.22.0/24, so both its hosts
/// can peer with Azure.
pub fn inside_in_window(inside: Ipv4Net) -> bool {
    in_apipa_window(inside.network()) && in_apipa_window(inside.broadcast())
}

/// ASNs Azure will not peer with (Microsoft, "VPN Gateway FAQ": reserved 8074, 8075, 12076,
/// 65515, 65517–65520; usable private ASNs are 64512–65514 and 65521–65534, so 65516 is out too).
pub fn azure_reserved_for_peer(asn: u32) -> bool {
    matches!(asn, 8074 | 8075 | 12076 | 65515..=65520)
}

/// ASNs the Azure gateway itself cannot use: the peers' list but for 65515, Azure's own default.
pub fn azure_reserved_for_gateway(asn: u32) -> bool {
    asn != 65515 && azure_reserved_for_peer(asn)
}

/// ASNs IANA reserves (Microsoft, "VPN Gateway FAQ"; IANA also reserves 65552–131071).
pub fn iana_reserved(asn: u32) -> bool {
    matches!(asn, 0 | 23456 | 64496..=64511 | 65535..=131071 | 4294967295)
}

/// Customer gateway ASNs AWS reserves in a region (AWS, "Customer gateway options").
pub fn aws_reserved_for_customer_gateway(asn: u32, region: &str) -> bool {
    asn == 7224
        || matches!(
            (asn, region),
            (10124, "ap-northeast-1") | (9059, "eu-west-1") | (17943, "ap-southeast-1")
        )
}

/// Amazon-side ASNs AWS accepts (AWS, CreateVpnGateway): 64512–65534 or 4200000000–4294967294.
pub fn amazon_asn_allowed(asn: u32) -> bool {
    matches!(asn, 64512..=65534 | 4200000000..=4294967294)
}

/// The tunnel a link carries, in words.
fn link_tunnel(vpn: &crate::model::DoorVpn, tunnel: u8) -> Message {
    msg!(TunnelName, vpn = vpn.label(), n = tunnel + 1)
}

/// BGP-GATEWAY-OFF: a BGP connection needs BGP on the gateway.
///
/// Microsoft, "Configure BGP for VPN Gateway".
pub(crate) static GATEWAY_OFF: Rule = Rule {
    id: "BGP-GATEWAY-OFF",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpGatewayOff,
    source: source::AZ_BGP,
    check: gateway_off,
};

fn gateway_off(context: &Context, out: &mut Emitter) {
    if context.design.azure.gateway.bgp {
        return;
    }
    for (link, vpn) in context.links() {
        if link.runs_bgp(vpn) {
            out.emit(
                link.subject(),
                msg!(BgpGatewayOff, tunnel = link_tunnel(vpn, link.tunnel)),
            );
        }
    }
}

/// BGP-LINK-MISMATCH: the Azure connection and the Door VPN must agree on BGP.
///
/// AWS, "Site-to-Site VPN routing options" (routing type is a property of the VPN connection,
/// both tunnels alike).
pub(crate) static LINK_MISMATCH: Rule = Rule {
    id: "BGP-LINK-MISMATCH",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpLinkMismatch,
    source: source::AWS_ROUTING,
    check: link_mismatch,
};

fn link_mismatch(context: &Context, out: &mut Emitter) {
    for (link, vpn) in context.links() {
        let Some(link_bgp) = link.bgp else {
            continue;
        };
        if link_bgp != (vpn.routing == crate::model::Routing::Bgp) {
            let key = if link_bgp {
                T::BgpLinkOnVpnStatic
            } else {
                T::BgpLinkOffVpnBgp
            };
            out.emit(
                link.subject(),
                Message::new(key).arg("tunnel", link_tunnel(vpn, link.tunnel)),
            );
        }
    }
}

/// BGP-APIPA-RANGE: Azure only takes custom APIPA addresses in 169.254.21.0–169.254.22.255.
///
/// Microsoft, "Configure BGP for VPN Gateway".
pub(crate) static APIPA_RANGE: Rule = Rule {
    id: "BGP-APIPA-RANGE",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpApipaRange,
    source: source::AZ_BGP,
    check: apipa_range,
};

fn apipa_range(context: &Context, out: &mut Emitter) {
    for (instance, addresses) in context.design.azure.gateway.apipa.iter().enumerate() {
        for address in addresses {
            if !in_apipa_window(address.0) {
                out.emit(
                    Subject::Gateway,
                    msg!(BgpApipaRange, address = *address, instance = instance),
                );
            }
        }
    }
}

/// BGP-APIPA-DUPLICATE: each custom APIPA address once on the gateway.
///
/// Microsoft, "Configure BGP for VPN Gateway" (addresses must be unique).
pub(crate) static APIPA_DUPLICATE: Rule = Rule {
    id: "BGP-APIPA-DUPLICATE",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpApipaDuplicate,
    source: source::AZ_BGP,
    check: apipa_duplicate,
};

fn apipa_duplicate(context: &Context, out: &mut Emitter) {
    // Each address's first instance, and whether its repeat was reported: one finding per
    // repeated address, naming where it first appears, however often it repeats.
    let mut seen: HashMap<Ip, (usize, bool)> = HashMap::new();
    for (instance, addresses) in context.design.azure.gateway.apipa.iter().enumerate() {
        for address in addresses {
            if let Some((first, reported)) = seen.get_mut(address) {
                if std::mem::replace(reported, true) {
                    continue;
                }
                let first = *first;
                out.emit(
                    Subject::Gateway,
                    msg!(
                        BgpApipaDuplicate,
                        address = *address,
                        first = first,
                        instance = instance
                    ),
                );
            } else {
                seen.insert(*address, (instance, false));
            }
        }
    }
}

/// BGP-APIPA-STANDBY: an active-standby gateway has one custom APIPA address at most.
///
/// Microsoft, "How to connect AWS and Azure using a BGP-enabled VPN gateway" (the 4-tunnel
/// design needs active-active).
pub(crate) static APIPA_STANDBY: Rule = Rule {
    id: "BGP-APIPA-STANDBY",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpApipaStandby,
    source: source::AZ_AWS_BGP,
    check: apipa_standby,
};

fn apipa_standby(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    let tunnels = standby_bgp_tunnels(context);
    let count: usize = gateway.apipa.iter().map(Vec::len).sum();
    if tunnels > 1 {
        out.emit(
            Subject::Gateway,
            msg!(BgpApipaStandbyNeeds, count = tunnels),
        );
    } else if !gateway.active_active && count > 1 {
        out.emit(Subject::Gateway, msg!(BgpApipaStandby, count = count));
    }
}

/// BGP-APIPA-INSTANCE: custom APIPA addresses listed for an instance the gateway does not have
/// (instance 1 of an active-standby gateway, or a third list). Azure ties each list to one of
/// the gateway's IP configurations, so no export writes them: the addresses the architect
/// typed would silently not be deployed.
///
/// Microsoft, "About active-active gateways" (one IP configuration per active instance).
pub(crate) static APIPA_INSTANCE: Rule = Rule {
    id: "BGP-APIPA-INSTANCE",
    family: Family::Bgp,
    severity: Severity::Warn,
    summary: S::BgpApipaInstance,
    source: source::AZ_ACTIVE_ACTIVE,
    check: apipa_instance,
};

fn apipa_instance(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    let instances = usize::from(gateway.instance_count());
    for (instance, addresses) in gateway.apipa.iter().enumerate().skip(instances) {
        if let Some(first) = addresses.first() {
            out.emit(
                Subject::Gateway,
                msg!(BgpApipaInstance, instance = instance, address = *first),
            );
        }
    }
}

/// How many linked BGP tunnels an active-standby gateway with BGP has. Each needs an Azure
/// address of its own (every tunnel has its own inside /30, unique across the VPG), so two — a
/// BGP Door VPN with both tunnels linked — are more than the one custom APIPA address such a
/// gateway holds: adding the second is not a fix, only active-active (or static) is.
fn standby_bgp_tunnels(context: &Context) -> usize {
    let gateway = &context.design.azure.gateway;
    if gateway.active_active || !gateway.bgp {
        return 0;
    }
    context
        .tunnels()
        .filter(|tunnel| tunnel.link.is_some() && tunnel.is_bgp())
        .count()
}

/// BGP-INSIDE-WINDOW: Azure can only peer from 169.254.21.0–169.254.22.255, so the tunnel /30
/// must come from there (the Door application must ask for it).
///
/// Microsoft, "How to connect AWS and Azure using a BGP-enabled VPN gateway".
pub(crate) static INSIDE_WINDOW: Rule = Rule {
    id: "BGP-INSIDE-WINDOW",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpInsideWindow,
    source: source::AZ_AWS_BGP,
    check: inside_window,
};

fn inside_window(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        let Some(inside) = tunnel.tunnel.inside_cidr else {
            continue;
        };
        if tunnel.is_bgp() && !inside_in_window(inside.0) {
            out.emit(
                tunnel.subject(),
                msg!(BgpInsideWindow, tunnel = tunnel.name(), inside = inside),
            );
        }
    }
}

/// BGP-INSIDE-UNCHOSEN: a linked BGP tunnel whose inside CIDR is not chosen yet. The design may
/// be right, but nothing built from it can peer: AWS would pick a /30 outside Azure's window
/// and the exports can only write placeholders. WARN until chosen (quick fix: assign).
///
/// Microsoft, "How to connect AWS and Azure using a BGP-enabled VPN gateway" (the inside CIDRs
/// and APIPA addresses are chosen before either side is built).
pub(crate) static INSIDE_UNCHOSEN: Rule = Rule {
    id: "BGP-INSIDE-UNCHOSEN",
    family: Family::Bgp,
    severity: Severity::Warn,
    summary: S::BgpInsideUnchosen,
    source: source::AZ_AWS_BGP,
    check: inside_unchosen,
};

fn inside_unchosen(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        if tunnel.link.is_some() && tunnel.is_bgp() && tunnel.tunnel.inside_cidr.is_none() {
            out.emit(
                tunnel.subject(),
                msg!(BgpInsideUnchosen, tunnel = tunnel.name()),
            );
        }
    }
}

/// BGP-APIPA-MISSING: Azure's side of the tunnel (second host of the /30) must be an APIPA
/// address of the instance the tunnel lands on, and the connection must name it.
///
/// Microsoft, "How to connect AWS and Azure using a BGP-enabled VPN gateway".
pub(crate) static APIPA_MISSING: Rule = Rule {
    id: "BGP-APIPA-MISSING",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpApipaMissing,
    source: source::AZ_AWS_BGP,
    check: apipa_missing,
};

fn apipa_missing(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    if !gateway.bgp {
        return; // BGP-GATEWAY-OFF already says what to do.
    }
    if standby_bgp_tunnels(context) > 1 {
        return; // BGP-APIPA-STANDBY: no address added to one instance would be enough.
    }
    for tunnel in context.tunnels() {
        let (Some(link), Some(inside)) = (tunnel.link, tunnel.tunnel.inside_cidr) else {
            continue;
        };
        // A malformed or out-of-window CIDR, or a link to an instance the gateway does not
        // have, is reported by its own rule; say one thing at a time.
        if !tunnel.is_bgp()
            || inside.0.prefix_len() != 30
            || !inside_in_window(inside.0)
            || link.instance >= gateway.instance_count()
        {
            continue;
        }
        let (_, azure_address) = inside_hosts(inside.0);
        if gateway
            .apipa_of(link.instance)
            .iter()
            .any(|address| address.0 == azure_address)
        {
            continue;
        }
        out.emit(
            link.subject(),
            msg!(
                BgpApipaMissing,
                tunnel = tunnel.name(),
                inside = inside,
                address = azure_address,
                instance = link.instance
            ),
        );
    }
}

/// BGP-ASN-SAME: eBGP needs two different ASNs.
///
/// Microsoft, "VPN Gateway FAQ".
pub(crate) static ASN_SAME: Rule = Rule {
    id: "BGP-ASN-SAME",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpAsnSame,
    source: source::AZ_FAQ,
    check: asn_same,
};

fn asn_same(context: &Context, out: &mut Emitter) {
    let azure_asn = context.design.azure.gateway.asn;
    for (vpn, bgp) in context.vpns_with_bgp() {
        if bgp && vpn.amazon_asn == azure_asn {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(BgpAsnSame, vpn = vpn.label(), asn = azure_asn),
            );
        }
    }
}

/// BGP-ASN-AZURE-RESERVED: ASNs Azure keeps for itself.
///
/// Microsoft, "VPN Gateway FAQ" (8074, 8075, 12076, 65515, 65517–65520; usable private ASNs
/// 64512–65514 and 65521–65534).
pub(crate) static ASN_AZURE_RESERVED: Rule = Rule {
    id: "BGP-ASN-AZURE-RESERVED",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpAsnAzureReserved,
    source: source::AZ_FAQ,
    check: asn_azure_reserved,
};

fn asn_azure_reserved(context: &Context, out: &mut Emitter) {
    let azure_asn = context.design.azure.gateway.asn;
    if context.bgp_used() && azure_reserved_for_gateway(azure_asn) {
        out.emit(
            Subject::Gateway,
            msg!(BgpAsnAzureReservedGateway, asn = azure_asn),
        );
    }
    for (vpn, bgp) in context.vpns_with_bgp() {
        if bgp && azure_reserved_for_peer(vpn.amazon_asn) {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(
                    BgpAsnAzureReservedPeer,
                    vpn = vpn.label(),
                    asn = vpn.amazon_asn
                ),
            );
        }
    }
}

/// BGP-ASN-IANA-RESERVED: ASNs nobody may use.
///
/// Microsoft, "VPN Gateway FAQ" (0, 23456, 64496–64511, 65535–65551, 4294967295); IANA also
/// reserves 65552–131071.
pub(crate) static ASN_IANA_RESERVED: Rule = Rule {
    id: "BGP-ASN-IANA-RESERVED",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpAsnIanaReserved,
    source: source::AZ_FAQ,
    check: asn_iana_reserved,
};

fn asn_iana_reserved(context: &Context, out: &mut Emitter) {
    let azure_asn = context.design.azure.gateway.asn;
    if context.bgp_used() && iana_reserved(azure_asn) {
        out.emit(
            Subject::Gateway,
            msg!(BgpAsnIanaReservedGateway, asn = azure_asn),
        );
    }
    for (vpn, bgp) in context.vpns_with_bgp() {
        if bgp && iana_reserved(vpn.amazon_asn) {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(
                    BgpAsnIanaReservedPeer,
                    vpn = vpn.label(),
                    asn = vpn.amazon_asn
                ),
            );
        }
    }
}

/// BGP-ASN-AWS-RESERVED: the Azure ASN becomes AWS's customer gateway ASN, and AWS reserves some.
///
/// AWS, "Customer gateway options" (7224 everywhere; 10124 ap-northeast-1, 9059 eu-west-1,
/// 17943 ap-southeast-1).
pub(crate) static ASN_AWS_RESERVED: Rule = Rule {
    id: "BGP-ASN-AWS-RESERVED",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpAsnAwsReserved,
    source: source::AWS_CGW_OPTIONS,
    check: asn_aws_reserved,
};

fn asn_aws_reserved(context: &Context, out: &mut Emitter) {
    let azure_asn = context.design.azure.gateway.asn;
    let region = context.design.soracom.region.as_str();
    if context.bgp_used() && aws_reserved_for_customer_gateway(azure_asn, region) {
        out.emit(
            Subject::Gateway,
            msg!(BgpAsnAwsReserved, asn = azure_asn, region = region),
        );
    }
}

/// BGP-ASN-AMAZON-RANGE: the Amazon-side ASN must be private.
///
/// AWS, CreateVpnGateway (64512–65534 or 4200000000–4294967294; fixed at creation).
pub(crate) static ASN_AMAZON_RANGE: Rule = Rule {
    id: "BGP-ASN-AMAZON-RANGE",
    family: Family::Bgp,
    severity: Severity::Ng,
    summary: S::BgpAsnAmazonRange,
    source: source::AWS_CREATE_VGW,
    check: asn_amazon_range,
};

fn asn_amazon_range(context: &Context, out: &mut Emitter) {
    for (vpn, bgp) in context.vpns_with_bgp() {
        if bgp && !amazon_asn_allowed(vpn.amazon_asn) {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(BgpAsnAmazonRange, vpn = vpn.label(), asn = vpn.amazon_asn),
            );
        }
    }
}

/// BGP-ASN-AMAZON-MISMATCH: the Amazon-side ASN belongs to the virtual private gateway, so
/// every Door VPN of one VPG likely has the same one. INFO, not WARN: how SORACOM maps a VPG to
/// AWS virtual private gateways is not published (shared/domain.md, SORACOM facts).
///
/// AWS, CreateVpnGateway (`AmazonSideAsn` is a property of the virtual private gateway).
pub(crate) static ASN_AMAZON_MISMATCH: Rule = Rule {
    id: "BGP-ASN-AMAZON-MISMATCH",
    family: Family::Bgp,
    severity: Severity::Info,
    summary: S::BgpAsnAmazonMismatch,
    source: source::AWS_CREATE_VGW,
    check: asn_amazon_mismatch,
};

fn asn_amazon_mismatch(context: &Context, out: &mut Emitter) {
    let vpns: Vec<&crate::model::DoorVpn> = context
        .vpns_with_bgp()
        .filter(|(_, bgp)| *bgp)
        .map(|(vpn, _)| vpn)
        .collect();
    // Compared with the ASN most Door VPNs state (the first of them names it), not with
    // whichever is listed first: the findings do not depend on the order of the file. Sorted
    // (stable) rather than counted in a map: one more map type is a kilobyte of Wasm.
    let mut asns: Vec<(u32, usize)> = vpns
        .iter()
        .enumerate()
        .map(|(position, vpn)| (vpn.amazon_asn, position))
        .collect();
    crate::order::sort(&mut asns);
    let mut best: Option<(usize, usize)> = None; // (count, first position)
    for run in asns.chunk_by(|a, b| a.0 == b.0) {
        let (count, first) = (run.len(), run.first().map_or(0, |&(_, position)| position));
        if best.is_none_or(|(most, earliest)| count > most || (count == most && first < earliest)) {
            best = Some((count, first));
        }
    }
    let Some(first) = best.and_then(|(_, position)| vpns.get(position).copied()) else {
        return;
    };
    for vpn in &vpns {
        if vpn.amazon_asn != first.amazon_asn {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(
                    BgpAsnAmazonMismatch,
                    vpn = vpn.label(),
                    asn = vpn.amazon_asn,
                    first = first.label(),
                    first_asn = first.amazon_asn
                ),
            );
        }
    }
}

/// BGP-CONNECTION-MODE: AWS does not initiate IKE by default (startup action `Add`), so an
/// Azure connection that only responds leaves nobody initiating.
///
/// AWS, "Initiate VPN tunnels"; Microsoft, "About VPN Gateway configuration settings"; the
/// seed article recommends `Default`.
pub(crate) static CONNECTION_MODE: Rule = Rule {
    id: "BGP-CONNECTION-MODE",
    family: Family::Bgp,
    severity: Severity::Warn,
    summary: S::BgpConnectionMode,
    source: source::AWS_INITIATE,
    check: connection_mode,
};

fn connection_mode(context: &Context, out: &mut Emitter) {
    for (link, vpn) in context.links() {
        if link.connection_mode == ConnectionMode::ResponderOnly {
            out.emit(
                link.subject(),
                msg!(BgpConnectionMode, tunnel = link_tunnel(vpn, link.tunnel)),
            );
        }
    }
}

/// BGP-DOOR-APPLICATION: what to write in the Door application for a BGP design.
///
/// The seed article: state that N VPN connections are needed and that the APIPA inside CIDRs
/// must be customised, because Azure can only peer from 169.254.21.0–169.254.22.255.
pub(crate) static DOOR_APPLICATION: Rule = Rule {
    id: "BGP-DOOR-APPLICATION",
    family: Family::Bgp,
    severity: Severity::Info,
    summary: S::BgpDoorApplication,
    source: source::SORACOM_DOOR,
    check: door_application,
};

fn door_application(context: &Context, out: &mut Emitter) {
    let total = context.design.door_vpns.len();
    for vpn in &context.design.door_vpns {
        if vpn.routing != crate::model::Routing::Bgp {
            continue;
        }
        let cidr = |index: usize| -> crate::text::Arg {
            match vpn.tunnels.get(index).and_then(|tunnel| tunnel.inside_cidr) {
                Some(cidr) => cidr.into(),
                None => T::NotChosenYet.into(),
            }
        };
        out.emit(
            Subject::Vpn(vpn.id.clone()),
            Message::new(T::BgpDoorApplication)
                .arg("total", total)
                .arg("asn", vpn.amazon_asn)
                .arg("vpn", vpn.label())
                .arg("first", cidr(0))
                .arg("second", cidr(1)),
        );
    }
}
