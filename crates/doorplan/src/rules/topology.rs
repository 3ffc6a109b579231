//! Topology: which Door tunnel terminates on which Azure gateway instance.

use super::{source, Context, Emitter, Family, Rule};
use crate::ids::Subject;
use crate::report::Severity;
use crate::text::S;

pub(super) static RULES: [&Rule; 5] = [
    &NO_LINK,
    &SPLIT_VPN,
    &INSTANCE_MISSING,
    &AA_ONE_INSTANCE,
    &TUNNEL_UNLINKED,
];

/// TOPO-NO-LINK: nothing connects SORACOM to Azure.
///
/// Every Azure S2S design needs at least one connection (Microsoft, "How to connect AWS and
/// Azure using a BGP-enabled VPN gateway").
pub(crate) static NO_LINK: Rule = Rule {
    id: "TOPO-NO-LINK",
    family: Family::Topology,
    severity: Severity::Ng,
    summary: S::TopoNoLink,
    source: source::AZ_AWS_BGP,
    check: no_link,
};

fn no_link(context: &Context, out: &mut Emitter) {
    if context.design.links.is_empty() {
        out.emit(Subject::Gateway, msg!(TopoNoLink));
    }
}

/// TOPO-SPLIT-VPN: the article's NG design ("1 to 1").
///
/// An AWS Site-to-Site VPN connection has exactly one customer gateway, i.e. one peer public
/// IP (AWS S2S "How it works"; CreateVpnConnection takes one CustomerGatewayId), while each
/// instance of an active-active Azure gateway has its own public IP.
pub(crate) static SPLIT_VPN: Rule = Rule {
    id: "TOPO-SPLIT-VPN",
    family: Family::Topology,
    severity: Severity::Ng,
    summary: S::TopoSplitVpn,
    source: source::AWS_HOW_IT_WORKS,
    check: split_vpn,
};

fn split_vpn(context: &Context, out: &mut Emitter) {
    for (vpn, links) in context.design.door_vpns.iter().zip(&context.tunnel_links) {
        let instances: Vec<u8> = links
            .iter()
            .flatten()
            .filter_map(|&link| context.design.links.get(link))
            .map(|link| link.instance)
            .collect();
        if let [first, second] = instances[..] {
            if first != second {
                out.emit(
                    Subject::Vpn(vpn.id.clone()),
                    msg!(TopoSplitVpn, vpn = vpn.label(), a = first, b = second),
                );
            }
        }
    }
}

/// TOPO-INSTANCE-MISSING: an active-standby gateway has no instance 1 to terminate on.
///
/// Active-standby gateways expose one public IP; only active-active gateways have a second
/// (Microsoft, "About active-active VPN gateways").
pub(crate) static INSTANCE_MISSING: Rule = Rule {
    id: "TOPO-INSTANCE-MISSING",
    family: Family::Topology,
    severity: Severity::Ng,
    summary: S::TopoInstanceMissing,
    source: source::AZ_ACTIVE_ACTIVE,
    check: instance_missing,
};

fn instance_missing(context: &Context, out: &mut Emitter) {
    if context.design.azure.gateway.active_active {
        return;
    }
    for (link, vpn) in context.links() {
        if link.instance == 1 {
            let tunnel = msg!(TunnelName, vpn = vpn.label(), n = link.tunnel + 1);
            out.emit(link.subject(), msg!(TopoInstanceMissing, tunnel = tunnel));
        }
    }
}

/// TOPO-AA-ONE-INSTANCE: the article's W design; paying for active-active without using it.
///
/// The seed article: AWS uses only the primary public IP, so a failover still interrupts
/// traffic. Microsoft, "About active-active VPN gateways": each instance keeps its own public
/// IP, so while the instance holding every tunnel is in maintenance, nothing carries traffic.
pub(crate) static AA_ONE_INSTANCE: Rule = Rule {
    id: "TOPO-AA-ONE-INSTANCE",
    family: Family::Topology,
    severity: Severity::Warn,
    summary: S::TopoAaOneInstance,
    source: source::AZ_ACTIVE_ACTIVE,
    check: aa_one_instance,
};

fn aa_one_instance(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    let mut instances = context.design.links.iter().map(|link| link.instance);
    let Some(first) = instances.next() else {
        return;
    };
    if gateway.active_active && instances.all(|instance| instance == first) {
        let other = 1 - first.min(1);
        out.emit(
            Subject::Gateway,
            msg!(TopoAaOneInstance, first = first, other = other),
        );
    }
}

/// TOPO-TUNNEL-UNLINKED: every AWS VPN connection has two tunnels; configure both.
///
/// AWS S2S User Guide, "Tunnel options for your Site-to-Site VPN connection".
pub(crate) static TUNNEL_UNLINKED: Rule = Rule {
    id: "TOPO-TUNNEL-UNLINKED",
    family: Family::Topology,
    severity: Severity::Warn,
    summary: S::TopoTunnelUnlinked,
    source: source::AWS_TUNNELS,
    check: tunnel_unlinked,
};

fn tunnel_unlinked(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        if tunnel.link.is_none() {
            out.emit(
                tunnel.subject(),
                msg!(TopoTunnelUnlinked, tunnel = tunnel.name()),
            );
        }
    }
}
