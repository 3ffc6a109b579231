//! What a design is (its pattern) and how it fails (single-fault simulation), contract §2.

use super::rules::Context;
use crate::ids::FaultId;
use crate::model::{ConnectionMode, Routing};
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
///
/// A `ResponderOnly` link carries nothing to begin with: AWS does not start IKE by default
/// (startup action `Add`) and Azure only answers, so nobody starts the tunnel (BGP-CONNECTION-MODE
/// says so). Counting it as a path would tell the user a design survives a fault when its only
/// other tunnel never came up.
pub(crate) fn faults(context: &Context) -> Vec<Fault> {
    let design = context.design;
    let gateway = &design.azure.gateway;
    let carries = |link: usize| design.links[link].connection_mode != ConnectionMode::ResponderOnly;
    let total = (0..design.links.len())
        .filter(|&link| carries(link))
        .count();
    // Each fault loses few links; listing what is lost (not what survives) keeps the report
    // linear in the size of the design: O(links + faults).
    let fault = |fault: FaultId, lost: Vec<usize>, otherwise: Impact| Fault {
        fault,
        impact: if lost.iter().filter(|&&link| carries(link)).count() < total {
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

    // Every gateway has two instances, active-standby ones too: each is maintained (or lost) in
    // its turn, so both are a single fault.
    for instance in 0..2 {
        let fault_id = FaultId::AzureInstance(instance);
        faults.push(if gateway.active_active {
            let lost = (0..design.links.len())
                .filter(|&link| design.links[link].instance == instance)
                .collect();
            fault(fault_id, lost, Impact::Outage)
        } else if instance == 0 {
            // The standby takes over the one public IP: every tunnel drops until it has. With
            // no tunnel up to begin with there is no path before or after: an outage.
            let all = (0..design.links.len()).collect();
            fault(
                fault_id,
                all,
                if total > 0 {
                    Impact::Failover
                } else {
                    Impact::Outage
                },
            )
        } else {
            // The standby (instance 1) holds no tunnel: losing it loses nothing, though the
            // gateway cannot fail over until it is back.
            fault(fault_id, Vec::new(), Impact::Outage)
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

#[cfg(test)]
mod tests {
    use crate::model::{ConnectionMode, Design};
    use crate::templates::template;
    use crate::{check, Impact, Verdict};

    fn design(id: &str) -> Design {
        template(id).unwrap().design().unwrap()
    }

    fn impacts(design: &Design) -> Vec<(String, Impact)> {
        check(design)
            .faults
            .iter()
            .map(|fault| (fault.fault.to_string(), fault.impact))
            .collect()
    }

    fn impact(design: &Design, fault: &str) -> Impact {
        let impacts = impacts(design);
        let found = impacts.iter().find(|(id, _)| id == fault);
        found
            .unwrap_or_else(|| panic!("no fault {fault} in {impacts:?}"))
            .1
    }

    #[test]
    fn a_responder_only_tunnel_is_not_a_path_a_fault_can_fall_back_on() {
        // P1: tunnel 1 answers only, so nobody starts it; losing tunnel 2's AWS endpoint
        // leaves no tunnel up. Before, the table said the design survives.
        let mut p1 = design("p1");
        assert_eq!(impact(&p1, "aws-endpoint:door-1:1"), Impact::Survives);
        p1.links[0].connection_mode = ConnectionMode::ResponderOnly;
        assert_eq!(impact(&p1, "aws-endpoint:door-1:1"), Impact::Outage);
        assert_eq!(impact(&p1, "aws-endpoint:door-1:0"), Impact::Survives);
        assert_eq!(impact(&p1, "azure-instance-0"), Impact::Failover);

        // P2 keeps three working tunnels over two instances: one fault still leaves a path.
        let mut p2 = design("p2");
        p2.links[0].connection_mode = ConnectionMode::ResponderOnly;
        let report = check(&p2);
        assert_eq!(report.verdict, Verdict::Warn);
        assert_eq!(report.worst_single_fault, Some(Impact::Survives));
    }

    #[test]
    fn a_design_whose_every_link_only_responds_has_no_path_to_lose() {
        for id in ["p1", "p2"] {
            let mut design = design(id);
            for link in &mut design.links {
                link.connection_mode = ConnectionMode::ResponderOnly;
            }
            let report = check(&design);
            assert_eq!(report.verdict, Verdict::Warn, "{id}");
            assert!(!report.faults.is_empty(), "{id}");
            for (fault, impact) in impacts(&design) {
                assert_eq!(impact, Impact::Outage, "{id}: {fault}");
            }
        }
    }

    #[test]
    fn an_active_standby_gateway_has_two_instances_and_only_the_active_one_carries_tunnels() {
        // P1: the active instance fails over (its one public IP moves); losing the standby
        // loses no tunnel. Both are single faults: each instance is maintained in its turn.
        let p1 = design("p1");
        assert!(!p1.azure.gateway.active_active);
        assert_eq!(impact(&p1, "azure-instance-0"), Impact::Failover);
        assert_eq!(impact(&p1, "azure-instance-1"), Impact::Survives);
        let standby = check(&p1)
            .faults
            .into_iter()
            .find(|fault| fault.fault.to_string() == "azure-instance-1");
        assert_eq!(standby.map(|fault| fault.lost_links), Some(Vec::new()));
    }

    #[test]
    fn initiator_only_links_carry_traffic_like_default_ones() {
        let mut p2 = design("p2");
        let before = impacts(&p2);
        for link in &mut p2.links {
            link.connection_mode = ConnectionMode::InitiatorOnly;
        }
        assert_eq!(impacts(&p2), before);
    }
}
