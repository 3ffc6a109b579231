//! What a design is (its pattern) and how it fails (single-fault simulation), contract §2.

use super::rules::Context;
use crate::ids::FaultId;
use crate::model::Routing;
use crate::report::{Fault, Impact, Pattern};

/// The instances each Door VPN's links land on (sorted, each once), by VPN position.
fn instances_per_vpn(context: &Context) -> Vec<Vec<u8>> {
    context
        .tunnel_links
        .iter()
        .map(|links| {
            let mut instances: Vec<u8> = links
                .iter()
                .flatten()
                .filter_map(|&link| context.design.links.get(link))
                .map(|link| link.instance)
                .collect();
            crate::order::sort(&mut instances);
            instances.dedup();
            instances
        })
        .collect()
}

/// Recognises the article's four designs; anything else is `custom`.
pub(crate) fn pattern(context: &Context) -> Pattern {
    let design = context.design;
    let gateway = &design.azure.gateway;
    let instances = instances_per_vpn(context);
    if instances.iter().any(|set| set.len() > 1) {
        return Pattern::OneVpnSplitAcrossInstances;
    }
    let fully_linked = |position: usize| {
        context
            .tunnel_links
            .get(position)
            .is_some_and(|links| links.iter().all(Option::is_some))
    };
    let all_links_bgp = |position: usize| {
        context
            .links()
            .all(|(link, vpn)| vpn.id != design.door_vpns[position].id || link.runs_bgp(vpn))
    };
    match design.door_vpns.as_slice() {
        [vpn] if vpn.routing == Routing::Static && fully_linked(0) => {
            if gateway.active_active {
                Pattern::ActiveActiveStaticSingleVpn
            } else {
                Pattern::SingleVpnStatic
            }
        }
        [first, second]
            if gateway.active_active
                && gateway.bgp
                && first.routing == Routing::Bgp
                && second.routing == Routing::Bgp
                && fully_linked(0)
                && fully_linked(1)
                && all_links_bgp(0)
                && all_links_bgp(1)
                && instances[0] != instances[1] =>
        {
            Pattern::DualVpnBgpActiveActive
        }
        _ => Pattern::Custom,
    }
}

/// Every single failure, one at a time, and its impact on traffic between SORACOM and the VNet.
///
/// Model: a link carries traffic while its Door VPN, its AWS endpoint and its Azure instance are
/// up. An active-standby gateway's instance failure moves its one public IP to the standby
/// (10 s – 3 min: `failover`). An active-active instance keeps its own public IP, which does not
/// move (Microsoft, "About active-active VPN gateways"): its tunnels drop and traffic continues
/// only over tunnels on the other instance; with nothing there, it is an `outage` until the
/// instance returns from maintenance.
pub(crate) fn faults(context: &Context) -> Vec<Fault> {
    let design = context.design;
    let gateway = &design.azure.gateway;
    let total = design.links.len();
    // Each fault loses few links; listing what is lost (not what survives) keeps the report
    // linear in the size of the design: O(links + faults).
    let fault = |fault: FaultId, lost: Vec<usize>, otherwise: Impact| Fault {
        fault,
        impact: if lost.len() < total {
            Impact::Survives
        } else {
            otherwise
        },
        lost_links: lost
            .into_iter()
            .map(|link| design.links[link].subject())
            .collect(),
    };
    let mut faults = Vec::with_capacity(2 + design.door_vpns.len() * 3);

    for instance in 0..gateway.instance_count() {
        let fault_id = FaultId::AzureInstance(instance);
        faults.push(if gateway.active_active {
            let lost = (0..total)
                .filter(|&link| design.links[link].instance == instance)
                .collect();
            fault(fault_id, lost, Impact::Outage)
        } else {
            // The standby takes over the one public IP: every tunnel drops until it has.
            let mut entry = fault(fault_id, (0..total).collect(), Impact::Failover);
            entry.impact = Impact::Failover;
            entry
        });
    }
    for (vpn, links) in design.door_vpns.iter().zip(&context.tunnel_links) {
        let lost: Vec<usize> = links.iter().flatten().copied().collect();
        faults.push(fault(
            FaultId::DoorVpn(vpn.id.clone()),
            lost,
            Impact::Outage,
        ));
    }
    for (vpn, links) in design.door_vpns.iter().zip(&context.tunnel_links) {
        for (tunnel, link) in links.iter().enumerate() {
            let lost: Vec<usize> = link.iter().copied().collect();
            faults.push(fault(
                FaultId::AwsEndpoint(vpn.id.clone(), tunnel as u8),
                lost,
                Impact::Outage,
            ));
        }
    }
    faults
}
