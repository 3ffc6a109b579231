//! Quick fixes: pure functions from a design to a better design, offered where the fix is clear.
//! The editor applies them as ordinary undoable actions.

use std::collections::{HashMap, HashSet};
use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use crate::model::{
    inside_hosts, Cidr, ConnectionMode, Design, Generation, Ip, Link, Routing, VpnIndex, VpnType,
    AZURE_DEFAULT_ASN,
};
use crate::report::Report;
use crate::rules::bgp::{
    amazon_asn_allowed, azure_reserved_for_gateway, iana_reserved, inside_in_window,
};
use crate::text::T;

/// A quick fix the editor can offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fix {
    /// Give every BGP tunnel a /30 from 169.254.21.0/24 (tunnel 1) or 169.254.22.0/24
    /// (tunnel 2) and make each instance's APIPA addresses exactly the Azure sides of its tunnels.
    AssignAddresses,
    /// Turn the design into the article's recommended pattern 2, keeping names and known values.
    MakeRedundant,
    /// Set every `ResponderOnly` connection to `Default`.
    ConnectionModeDefault,
}

impl Fix {
    pub const ALL: [Fix; 3] = [
        Fix::AssignAddresses,
        Fix::MakeRedundant,
        Fix::ConnectionModeDefault,
    ];

    /// The button label.
    pub fn label(self) -> T {
        match self {
            Fix::AssignAddresses => T::FixAssignAddresses,
            Fix::MakeRedundant => T::FixMakeRedundant,
            Fix::ConnectionModeDefault => T::FixConnectionModeDefault,
        }
    }

    /// A stable name for the fix (`assign-addresses`), for tests and the page's data attributes.
    pub fn name(self) -> &'static str {
        match self {
            Fix::AssignAddresses => "assign-addresses",
            Fix::MakeRedundant => "make-redundant",
            Fix::ConnectionModeDefault => "connection-mode-default",
        }
    }

    /// The design with the fix applied.
    pub fn apply(self, design: &Design) -> Design {
        match self {
            Fix::AssignAddresses => assign_addresses(design),
            Fix::MakeRedundant => make_redundant(design),
            Fix::ConnectionModeDefault => connection_mode_default(design),
        }
    }

    /// Whether the fix would help this design (judged from its report).
    pub fn applies(self, design: &Design, report: &Report) -> bool {
        let fired = |ids: &[&str]| ids.iter().any(|id| report.has(id));
        match self {
            Fix::AssignAddresses => {
                fired(&[
                    "BGP-INSIDE-UNCHOSEN",
                    "BGP-INSIDE-WINDOW",
                    "BGP-APIPA-MISSING",
                    "BGP-APIPA-RANGE",
                    "BGP-APIPA-DUPLICATE",
                    "BGP-APIPA-INSTANCE",
                    "TUN-INSIDE-DUPLICATE",
                    "TUN-INSIDE-FORMAT",
                    "TUN-INSIDE-RESERVED",
                ]) || {
                    // A tunnel that runs BGP (by its link, else its Door VPN) with no CIDR yet.
                    let bgp = bgp_tunnels(design);
                    design.door_vpns.iter().zip(&bgp).any(|(vpn, bgp)| {
                        vpn.tunnels
                            .iter()
                            .zip(bgp)
                            .any(|(tunnel, &bgp)| bgp && tunnel.inside_cidr.is_none())
                    })
                }
            }
            // P2 is the two-VPN case of this shape, so the pattern need not be asked.
            Fix::MakeRedundant => !redundant_shape(design),
            Fix::ConnectionModeDefault => fired(&["BGP-CONNECTION-MODE"]),
        }
    }
}

/// Whether the design already has the shape [`make_redundant`] gives: an active-active BGP
/// gateway and two or more BGP Door VPNs, each with both tunnels linked (BGP on every link) to
/// one instance, both instances used. The article's P2 is the two-VPN case; more Door VPNs
/// spread the same way are as redundant, and offering the fix there changed nothing (the button
/// stayed after every click).
fn redundant_shape(design: &Design) -> bool {
    let gateway = &design.azure.gateway;
    if !gateway.active_active || !gateway.bgp || design.door_vpns.len() < 2 {
        return false;
    }
    let vpns = VpnIndex::new(design);
    let mut instances: Vec<[Option<u8>; 2]> = vec![[None; 2]; design.door_vpns.len()];
    for link in &design.links {
        let (Some(row), Some(vpn)) = (vpns.row(&link.vpn), vpns.get(&link.vpn)) else {
            return false;
        };
        let Some(slot) = instances
            .get_mut(row)
            .and_then(|tunnels| tunnels.get_mut(usize::from(link.tunnel)))
        else {
            return false;
        };
        if !link.runs_bgp(vpn) || slot.is_some() {
            return false;
        }
        *slot = Some(link.instance);
    }
    let mut used = [false; 2];
    for (vpn, tunnels) in design.door_vpns.iter().zip(&instances) {
        match tunnels {
            [Some(a), Some(b)] if a == b && vpn.routing == Routing::Bgp => {
                if let Some(flag) = used.get_mut(usize::from(*a)) {
                    *flag = true;
                }
            }
            _ => return false,
        }
    }
    used == [true, true]
}

/// The /30 number `index` of 169.254.`third`.0/24.
fn window_slot(third: u8, index: u32) -> Ipv4Net {
    let base = u32::from(Ipv4Addr::new(169, 254, third, 0));
    Ipv4Net::new(Ipv4Addr::from(base + 4 * index), 30).unwrap_or_default()
}

/// Whether each tunnel (by Door VPN position) runs BGP: its first link's flag, else its Door
/// VPN's routing. (Door VPNs are found through an index: the fixes never scan the list per
/// link.)
fn bgp_tunnels(design: &Design) -> Vec<[bool; 2]> {
    let vpns = VpnIndex::new(design);
    let mut bgp: Vec<[bool; 2]> = design
        .door_vpns
        .iter()
        .map(|vpn| [vpn.routing == Routing::Bgp; 2])
        .collect();
    let mut seen = vec![[false; 2]; design.door_vpns.len()];
    for link in &design.links {
        let Some(position) = vpns.row(&link.vpn) else {
            continue;
        };
        let tunnel = usize::from(link.tunnel);
        if tunnel < 2 && !seen[position][tunnel] {
            seen[position][tunnel] = true;
            bgp[position][tunnel] = link.runs_bgp(&design.door_vpns[position]);
        }
    }
    bgp
}

/// Assigns inside CIDRs and APIPA addresses consistently (Microsoft's tutorial allocation:
/// VPN 1 → 169.254.21.0/30 and 169.254.22.0/30, VPN 2 → .4/30, …). Valid, unique in-window
/// CIDRs already chosen are kept.
pub fn assign_addresses(design: &Design) -> Design {
    let mut next = design.clone();
    let bgp_tunnels = bgp_tunnels(design);
    // Keep the valid, unique in-window CIDRs of BGP tunnels; everything else is reallocated.
    // Every CIDR in `used` is an aligned /30, so two overlap exactly when they are equal.
    let mut used: HashSet<Ipv4Net> = HashSet::new();
    let mut keep = vec![[false; 2]; next.door_vpns.len()];
    for (position, vpn) in next.door_vpns.iter().enumerate() {
        for (index, tunnel) in vpn.tunnels.iter().enumerate().take(2) {
            if let Some(cidr) = tunnel.inside_cidr {
                let bgp = bgp_tunnels[position][index];
                let valid = crate::rules::tunnels::inside_format_ok(cidr.0)
                    && crate::rules::tunnels::reserved_overlap(cidr.0).is_none()
                    && (!bgp || inside_in_window(cidr.0));
                if valid && used.insert(cidr.0) {
                    keep[position][index] = true;
                }
            }
        }
    }
    for (position, kept) in keep.iter().enumerate() {
        for (index, &kept) in kept.iter().enumerate() {
            let bgp = bgp_tunnels[position][index];
            // A static tunnel may leave its CIDR to AWS; one it states must be valid and unique.
            let stated = next.door_vpns[position]
                .tunnels
                .get(index)
                .is_some_and(|tunnel| tunnel.inside_cidr.is_some());
            if kept || !(bgp || stated) {
                continue;
            }
            let preferred = [21 + index as u8, 22 - index as u8];
            let slot = preferred
                .iter()
                .flat_map(|&third| (0..64).map(move |slot| window_slot(third, slot)))
                .find(|candidate| !used.contains(candidate));
            if let (Some(slot), Some(tunnel)) =
                (slot, next.door_vpns[position].tunnels.get_mut(index))
            {
                used.insert(slot);
                tunnel.inside_cidr = Some(Cidr(slot));
            }
        }
    }
    // APIPA per instance: exactly the Azure sides of the BGP tunnels linked there, in order.
    let instances = usize::from(next.azure.gateway.instance_count());
    let mut apipa: Vec<Vec<Ip>> = vec![Vec::new(); instances];
    let mut listed: Vec<HashSet<Ip>> = vec![HashSet::new(); instances];
    let vpns = VpnIndex::new(&next);
    for link in &next.links {
        let Some(vpn) = vpns.get(&link.vpn) else {
            continue;
        };
        let Some(cidr) = vpn
            .tunnels
            .get(usize::from(link.tunnel))
            .and_then(|t| t.inside_cidr)
        else {
            continue;
        };
        if link.runs_bgp(vpn) && inside_in_window(cidr.0) {
            let instance = usize::from(link.instance);
            if let (Some(list), Some(seen)) = (apipa.get_mut(instance), listed.get_mut(instance)) {
                let address = Ip(inside_hosts(cidr.0).1);
                if seen.insert(address) {
                    list.push(address);
                }
            }
        }
    }
    // An active-standby gateway holds one custom APIPA address: never write a second, which
    // Azure refuses (BGP-APIPA-STANDBY then says the gateway must be active-active).
    if !next.azure.gateway.active_active {
        for list in &mut apipa {
            list.truncate(1);
        }
    }
    if apipa.iter().any(|list| !list.is_empty()) || !next.azure.gateway.apipa.is_empty() {
        next.azure.gateway.apipa = apipa;
    }
    next
}

/// Turns a design into the article's recommended pattern 2: an active-active BGP gateway and
/// (at least) two BGP Door VPNs, each with both tunnels on one instance, spread over both.
pub fn make_redundant(design: &Design) -> Design {
    let mut next = design.clone();
    let gateway = &mut next.azure.gateway;
    gateway.sku = gateway.sku.zone_redundant();
    gateway.generation = Some(match (gateway.generation, gateway.sku.tier()) {
        (_, Some(1)) => Generation::Generation1,
        (_, Some(4..=5)) => Generation::Generation2,
        (Some(generation), _) => generation,
        (None, _) => Generation::Generation2,
    });
    gateway.vpn_type = VpnType::RouteBased;
    gateway.active_active = true;
    gateway.bgp = true;
    let mut public_ips = gateway.public_ips.clone().unwrap_or_default();
    public_ips.resize(2, None);
    gateway.public_ips = Some(public_ips);

    // Two Door VPNs at least; keep every existing one and its known values.
    while next.door_vpns.len() < 2 {
        next.add_door_vpn(Routing::Bgp);
    }
    for vpn in &mut next.door_vpns {
        vpn.routing = Routing::Bgp;
        vpn.static_routes.clear();
        if !amazon_asn_allowed(vpn.amazon_asn) {
            vpn.amazon_asn = crate::model::AMAZON_DEFAULT_ASN;
        }
    }
    // Each VPN's both tunnels on one instance, alternating; keep modes other than ResponderOnly.
    let old_links = std::mem::take(&mut next.links);
    let mut old_modes: HashMap<(&str, u8), ConnectionMode> = HashMap::new();
    for link in &old_links {
        old_modes
            .entry((link.vpn.as_str(), link.tunnel))
            .or_insert(link.connection_mode);
    }
    for (position, vpn) in next.door_vpns.iter().enumerate() {
        for tunnel in 0..2u8 {
            let mode = old_modes
                .get(&(vpn.id.as_str(), tunnel))
                .copied()
                .filter(|mode| *mode != ConnectionMode::ResponderOnly)
                .unwrap_or_default();
            let mut link = Link::new(&vpn.id, tunnel, (position % 2) as u8);
            link.connection_mode = mode;
            next.links.push(link);
        }
    }
    // An Azure ASN that peers: not reserved, not equal to any Amazon-side ASN.
    let azure_asn = next.azure.gateway.asn;
    let clashes = next.door_vpns.iter().any(|vpn| vpn.amazon_asn == azure_asn);
    if clashes
        || azure_reserved_for_gateway(azure_asn)
        || iana_reserved(azure_asn)
        || crate::rules::bgp::aws_reserved_for_customer_gateway(azure_asn, &next.soracom.region)
    {
        next.azure.gateway.asn = if next.door_vpns.iter().any(|vpn| vpn.amazon_asn == 65000) {
            AZURE_DEFAULT_ASN
        } else {
            65000
        };
    }
    assign_addresses(&next)
}

/// Sets every `ResponderOnly` connection to `Default` (AWS does not initiate by default).
pub fn connection_mode_default(design: &Design) -> Design {
    let mut next = design.clone();
    for link in &mut next.links {
        if link.connection_mode == ConnectionMode::ResponderOnly {
            link.connection_mode = ConnectionMode::Default;
        }
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::template;
    use crate::{check, Pattern, Verdict};

    fn design(id: &str) -> Design {
        template(id).unwrap().design().unwrap()
    }

    #[test]
    fn every_article_design_becomes_the_recommended_one() {
        for id in ["p1", "ng", "w", "blank", "p2"] {
            let fixed = make_redundant(&design(id));
            fixed.validate().unwrap();
            let report = check(&fixed);
            assert_eq!(report.verdict, Verdict::Ok, "{id}: {:#?}", report.findings);
            assert_eq!(report.pattern, Pattern::DualVpnBgpActiveActive, "{id}");
        }
    }

    /// Three or more BGP Door VPNs spread over both instances are as redundant as the article's
    /// two: "make it redundant" is not offered (it would change nothing), and it is again as soon
    /// as one Door VPN's tunnels are split or the gateway is active-standby.
    #[test]
    fn make_redundant_is_not_offered_for_a_design_already_spread_over_both_instances() {
        for vpns in [2, 3, 10] {
            let design = crate::templates::sample_design(vpns);
            let report = check(&design);
            assert!(
                !Fix::MakeRedundant.applies(&design, &report),
                "{vpns} Door VPNs"
            );
            let mut split = design.clone();
            split.links[1].instance = 1 - split.links[1].instance;
            assert!(
                Fix::MakeRedundant.applies(&split, &check(&split)),
                "{vpns}, split"
            );
            let mut standby = design.clone();
            standby.azure.gateway.active_active = false;
            assert!(
                Fix::MakeRedundant.applies(&standby, &check(&standby)),
                "{vpns}, standby"
            );
        }
    }

    /// A static tunnel may leave its inside CIDR to AWS, but one it states must be valid and
    /// unique: assigning repairs a duplicate or reserved one (it was offered and did nothing).
    #[test]
    fn assigning_repairs_a_stated_static_inside_cidr() {
        let mut design = design("p1");
        let reserved: Cidr = "169.254.1.0/30".parse().unwrap();
        design.door_vpns[0].tunnels[0].inside_cidr = Some(reserved);
        design.door_vpns[0].tunnels[1].inside_cidr = Some(reserved);
        let report = check(&design);
        assert!(Fix::AssignAddresses.applies(&design, &report));
        let fixed = assign_addresses(&design);
        let after = check(&fixed);
        for id in ["TUN-INSIDE-DUPLICATE", "TUN-INSIDE-RESERVED"] {
            assert!(!after.has(id), "{id}: {:?}", after.findings);
        }
        assert!(!Fix::AssignAddresses.applies(&fixed, &after));
    }

    /// One BGP Door VPN on an active-standby gateway: the addresses are assigned as far as
    /// Azure allows (one APIPA address), assigning is then no longer offered, and the finding
    /// left points at the fix that works.
    #[test]
    fn on_an_active_standby_gateway_assigning_stops_at_one_apipa_address() {
        let mut design = design("p1");
        design.azure.gateway.bgp = true;
        design.door_vpns[0].routing = Routing::Bgp;
        design.door_vpns[0].static_routes.clear();
        let report = crate::check(&design);
        assert!(report.has("BGP-APIPA-STANDBY"), "{:?}", report.findings);
        assert!(Fix::AssignAddresses.applies(&design, &report));
        let assigned = assign_addresses(&design);
        assert!(assigned.door_vpns[0]
            .tunnels
            .iter()
            .all(|t| t.inside_cidr.is_some()));
        assert_eq!(
            assigned
                .azure
                .gateway
                .apipa
                .iter()
                .map(Vec::len)
                .sum::<usize>(),
            1
        );
        let report = crate::check(&assigned);
        assert!(report.has("BGP-APIPA-STANDBY"));
        assert!(
            !report.has("BGP-APIPA-MISSING"),
            "adding the address is not the fix"
        );
        assert!(!Fix::AssignAddresses.applies(&assigned, &report));
        assert!(Fix::MakeRedundant.applies(&assigned, &report));
        let redundant = make_redundant(&assigned);
        assert_ne!(crate::check(&redundant).verdict, crate::Verdict::Ng);
    }

    #[test]
    fn assigning_moves_addresses_off_an_instance_the_gateway_does_not_have() {
        // Active-standby, one BGP tunnel, its address listed for instance 1 (which it lacks).
        let mut design = design("p1");
        design.azure.gateway.bgp = true;
        design.azure.gateway.asn = 65000;
        design.azure.gateway.apipa = vec![vec![], vec!["169.254.21.2".parse().unwrap()]];
        design.door_vpns[0].routing = Routing::Bgp;
        design.door_vpns[0].static_routes.clear();
        design.door_vpns[0].tunnels[0].inside_cidr = Some(Cidr("169.254.21.0/30".parse().unwrap()));
        design.links.truncate(1);
        let report = crate::check(&design);
        assert!(report.has("BGP-APIPA-INSTANCE"), "{:?}", report.findings);
        assert!(Fix::AssignAddresses.applies(&design, &report));
        let assigned = assign_addresses(&design);
        assert_eq!(
            assigned.azure.gateway.apipa,
            vec![vec!["169.254.21.2".parse::<Ip>().unwrap()]]
        );
        let report = crate::check(&assigned);
        assert!(!report.has("BGP-APIPA-INSTANCE"));
        assert!(!report.has("BGP-APIPA-MISSING"));
        assert!(!Fix::AssignAddresses.applies(&assigned, &report));
    }

    #[test]
    fn make_redundant_keeps_names_and_known_values() {
        let mut p1 = design("p1");
        p1.door_vpns[0].name = "Tokyo".into();
        p1.door_vpns[0].tunnels[0].outside_ip = Some(Ip(Ipv4Addr::new(52, 1, 1, 1)));
        p1.azure.gateway.public_ips = Some(vec![Some(Ip(Ipv4Addr::new(20, 1, 1, 1)))]);
        let fixed = make_redundant(&p1);
        assert_eq!(fixed.door_vpns[0].name, "Tokyo");
        assert_eq!(
            fixed.door_vpns[0].tunnels[0].outside_ip,
            p1.door_vpns[0].tunnels[0].outside_ip
        );
        assert_eq!(
            fixed.azure.gateway.public_ips.as_ref().unwrap()[0],
            Some(Ip(Ipv4Addr::new(20, 1, 1, 1)))
        );
        assert_eq!(fixed.azure.vnet, p1.azure.vnet);
    }

    #[test]
    fn assign_addresses_follows_the_tutorial_allocation() {
        let mut p2 = design("p2");
        for vpn in &mut p2.door_vpns {
            for tunnel in &mut vpn.tunnels {
                tunnel.inside_cidr = None;
            }
        }
        p2.azure.gateway.apipa = vec![vec![], vec![]];
        let fixed = assign_addresses(&p2);
        assert_eq!(
            fixed,
            design("p2"),
            "the same addresses as Microsoft's tutorial"
        );
    }

    #[test]
    fn assign_addresses_repairs_out_of_window_and_duplicate_cidrs() {
        let mut p2 = design("p2");
        p2.door_vpns[0].tunnels[0].inside_cidr = Some("169.254.100.0/30".parse().unwrap());
        p2.door_vpns[1].tunnels[1].inside_cidr = Some("169.254.22.0/30".parse().unwrap());
        assert_eq!(check(&p2).verdict, Verdict::Ng);
        assert!(Fix::AssignAddresses.applies(&p2, &check(&p2)));
        let fixed = assign_addresses(&p2);
        assert_eq!(
            check(&fixed).verdict,
            Verdict::Ok,
            "{:#?}",
            check(&fixed).findings
        );
    }

    #[test]
    fn connection_mode_fix_clears_the_warning() {
        let mut p2 = design("p2");
        p2.links[0].connection_mode = ConnectionMode::ResponderOnly;
        assert!(Fix::ConnectionModeDefault.applies(&p2, &check(&p2)));
        let fixed = connection_mode_default(&p2);
        assert!(!Fix::ConnectionModeDefault.applies(&fixed, &check(&fixed)));
        assert_eq!(check(&fixed).verdict, Verdict::Ok);
    }
}
