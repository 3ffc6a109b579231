//! What a design is (its pattern) and how it fails (single-fault simulation), contract §2.

use std::collections::BTreeSet;

use super::rules::Context;
use crate::model::Routing;
use crate::report::{Fault, Impact, Pattern};

/// The instances each Door VPN's links land on, by VPN position.
fn instances_per_vpn(context: &Context) -> Vec<BTreeSet<u8>> {
    context
        .tunnel_links
        .iter()
        .map(|links| {
            links
                .iter()
                .flatten()
                .filter_map(|&link| context.design.links.get(link))
                .map(|link| link.instance)
                .collect()
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
        context.links().all(|(link, vpn)| {
            vpn.id != design.door_vpns[position].id || Context::link_is_bgp(link, vpn)
        })
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
/// (10 s – 3 min: `failover`); an active-active instance keeps its own IP, so its tunnels drop
/// and traffic continues only over tunnels on the other instance (Microsoft, "Highly available
/// cross-premises connectivity"; the seed article).
pub(crate) fn faults(context: &Context) -> Vec<Fault> {
    let design = context.design;
    let gateway = &design.azure.gateway;
    let links: Vec<(String, &str, u8, u8)> = design
        .links
        .iter()
        .map(|link| (link.subject(), link.vpn.as_str(), link.tunnel, link.instance))
        .collect();
    let surviving = |lost: &dyn Fn(&str, u8, u8) -> bool| -> Vec<String> {
        links
            .iter()
            .filter(|(_, vpn, tunnel, instance)| !lost(vpn, *tunnel, *instance))
            .map(|(subject, ..)| subject.clone())
            .collect()
    };
    let mut faults = Vec::with_capacity(2 + design.door_vpns.len() * 3);

    for instance in 0..gateway.instance_count() {
        let left = surviving(&|_, _, on| on == instance);
        let impact = if !gateway.active_active {
            Impact::Failover
        } else if left.is_empty() {
            // Nothing else is up: traffic waits for the instance to come back, as on failover.
            Impact::Failover
        } else {
            Impact::Survives
        };
        let left = if gateway.active_active { left } else { Vec::new() };
        faults.push(Fault {
            fault: format!("azure-instance-{instance}"),
            impact,
            surviving_links: left,
        });
    }
    let outage_unless_left = |left: Vec<String>, fault: String| Fault {
        fault,
        impact: if left.is_empty() {
            Impact::Outage
        } else {
            Impact::Survives
        },
        surviving_links: left,
    };
    for vpn in &design.door_vpns {
        let left = surviving(&|of, _, _| of == vpn.id);
        faults.push(outage_unless_left(left, format!("door-vpn:{}", vpn.id)));
    }
    for vpn in &design.door_vpns {
        for tunnel in 0..2u8 {
            let left = surviving(&|of, index, _| of == vpn.id && index == tunnel);
            faults.push(outage_unless_left(
                left,
                format!("aws-endpoint:{}:{tunnel}", vpn.id),
            ));
        }
    }
    faults
}
