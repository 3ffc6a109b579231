//! The rule catalogue (`shared/contract.md` §3). Each rule is declared once, in its family's
//! file, next to its check: id, default severity, summary, source and documentation. The
//! catalogue is assembled from the families ([`FAMILIES`]), so the UI can list every rule and
//! the tests can check that none of the contract's ids is missing. Why each rule exists:
//! `shared/domain.md`.

mod addressing;
pub mod bgp;
mod design;
pub mod gateway;
mod limits;
mod topology;
pub mod tunnels;

use std::collections::HashMap;

use ipnet::Ipv4Net;

use crate::ids::Subject;
use crate::model::{Design, DoorVpn, Link, Routing, Tunnel};
use crate::report::{Finding, Repeats, Severity};
use crate::text::{Message, S};

/// The family a rule belongs to (one module each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    Topology,
    Gateway,
    Bgp,
    Tunnel,
    Addressing,
    Limits,
    Design,
}

impl Family {
    /// Lower-case name, for listings (`doorplan rules`).
    pub fn name(self) -> &'static str {
        match self {
            Family::Topology => "topology",
            Family::Gateway => "gateway",
            Family::Bgp => "bgp",
            Family::Tunnel => "tunnel",
            Family::Addressing => "addressing",
            Family::Limits => "limits",
            Family::Design => "design",
        }
    }
}

/// One rule of the catalogue.
pub struct Rule {
    /// Stable id (`TOPO-SPLIT-VPN`); other programs rely on it.
    pub id: &'static str,
    pub family: Family,
    /// The default severity; a rule may raise or lower it per finding (GW-SUBNET-SIZE).
    pub severity: Severity,
    /// One line: when the rule fires.
    pub summary: S,
    /// Where the fact comes from.
    pub source: &'static str,
    pub(crate) check: fn(&Context, &mut Emitter),
}

impl PartialEq for Rule {
    fn eq(&self, other: &Rule) -> bool {
        self.id == other.id
    }
}

impl Eq for Rule {}

impl std::hash::Hash for Rule {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

/// Every family with its rules, in catalogue order (the order findings of one severity are
/// listed in).
pub static FAMILIES: [(Family, &[&Rule]); 7] = [
    (Family::Topology, &topology::RULES),
    (Family::Gateway, &gateway::RULES),
    (Family::Bgp, &bgp::RULES),
    (Family::Tunnel, &tunnels::RULES),
    (Family::Addressing, &addressing::RULES),
    (Family::Limits, &limits::RULES),
    (Family::Design, &design::RULES),
];

/// Every rule, in catalogue order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    FAMILIES.iter().flat_map(|(_, rules)| rules.iter().copied())
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    all().find(|rule| rule.id == id)
}

/// Rules whose findings mean the tunnels cannot be built at all, so failures are not simulated.
pub(crate) fn unbuildable(rule: &Rule) -> bool {
    [
        &topology::NO_LINK,
        &topology::SPLIT_VPN,
        &topology::INSTANCE_MISSING,
    ]
    .contains(&rule)
}

/// Findings one rule keeps in full; the rest are folded into one that counts them.
pub const FINDINGS_PER_RULE: usize = 20;
/// How many subjects a folded finding names.
pub const EXAMPLES: usize = 5;

/// Runs every rule over a design; findings come out in catalogue order.
pub(crate) fn run(context: &Context) -> Vec<Finding> {
    let mut emitter = Emitter {
        findings: Vec::new(),
        current: &topology::NO_LINK,
        emitted: 0,
        folded: None,
    };
    for rule in all() {
        emitter.current = rule;
        emitter.emitted = 0;
        (rule.check)(context, &mut emitter);
        emitter.fold();
    }
    emitter.findings
}

/// Collects the findings of the rule being run, folding repeats beyond [`FINDINGS_PER_RULE`]
/// so memory stays bounded whatever the input (issue: 2.5 M findings from 43 MB).
pub(crate) struct Emitter {
    findings: Vec<Finding>,
    current: &'static Rule,
    emitted: usize,
    folded: Option<Finding>,
}

impl Emitter {
    /// A finding of the current rule at its default severity.
    pub fn emit(&mut self, subject: Subject, message: Message) {
        let severity = self.current.severity;
        self.emit_as(severity, subject, message);
    }

    /// A finding of the current rule at a given severity.
    pub fn emit_as(&mut self, severity: Severity, subject: Subject, message: Message) {
        self.emitted += 1;
        if self.emitted < FINDINGS_PER_RULE {
            self.findings.push(Finding {
                rule: self.current,
                severity,
                subject,
                message,
                repeats: None,
            });
            return;
        }
        match &mut self.folded {
            None => {
                self.folded = Some(Finding {
                    rule: self.current,
                    severity,
                    subject: subject.clone(),
                    message,
                    repeats: Some(Repeats {
                        count: 1,
                        examples: vec![subject],
                    }),
                })
            }
            Some(folded) => {
                folded.severity = folded.severity.max(severity);
                if let Some(repeats) = &mut folded.repeats {
                    repeats.count += 1;
                    if repeats.examples.len() < EXAMPLES {
                        repeats.examples.push(subject);
                    }
                }
            }
        }
    }

    /// Ends the current rule: its folded finding, if any, joins the others.
    fn fold(&mut self) {
        if let Some(mut folded) = self.folded.take() {
            if folded
                .repeats
                .as_ref()
                .is_some_and(|repeats| repeats.count == 1)
            {
                folded.repeats = None;
            }
            self.findings.push(folded);
        }
    }
}

/// A design with the indexes every rule needs, built once per check.
pub(crate) struct Context<'a> {
    pub design: &'a Design,
    /// For each Door VPN (by position), the index in `design.links` of each tunnel's link.
    pub tunnel_links: Vec<[Option<usize>; 2]>,
    /// For each link, the position of its Door VPN.
    pub link_vpn: Vec<usize>,
    /// For each Door VPN (by position), whether BGP runs on it (its routing or a link's flag).
    pub vpn_bgp: Vec<bool>,
}

impl<'a> Context<'a> {
    /// Indexes a design that passed [`Design::validate`]; links to unknown VPNs are skipped.
    pub fn new(design: &'a Design) -> Context<'a> {
        let vpn_index: HashMap<&str, usize> = design
            .door_vpns
            .iter()
            .enumerate()
            .map(|(index, vpn)| (vpn.id.as_str(), index))
            .collect();
        let mut tunnel_links = vec![[None, None]; design.door_vpns.len()];
        let mut link_vpn = Vec::with_capacity(design.links.len());
        let mut vpn_bgp: Vec<bool> = design
            .door_vpns
            .iter()
            .map(|vpn| vpn.routing == Routing::Bgp)
            .collect();
        for (index, link) in design.links.iter().enumerate() {
            let vpn = vpn_index
                .get(link.vpn.as_str())
                .copied()
                .unwrap_or(usize::MAX);
            link_vpn.push(vpn);
            if let Some(slot) = tunnel_links
                .get_mut(vpn)
                .and_then(|slots| slots.get_mut(usize::from(link.tunnel)))
            {
                slot.get_or_insert(index);
            }
            if link.bgp == Some(true) {
                if let Some(bgp) = vpn_bgp.get_mut(vpn) {
                    *bgp = true;
                }
            }
        }
        Context {
            design,
            tunnel_links,
            link_vpn,
            vpn_bgp,
        }
    }

    /// Links whose VPN exists, with that VPN.
    pub fn links(&self) -> impl Iterator<Item = (&'a Link, &'a DoorVpn)> + '_ {
        self.design
            .links
            .iter()
            .zip(&self.link_vpn)
            .filter_map(|(link, &vpn)| self.design.door_vpns.get(vpn).map(|vpn| (link, vpn)))
    }

    /// Every tunnel: its VPN, its index (0|1), the tunnel, and its link if any.
    pub fn tunnels(&self) -> impl Iterator<Item = TunnelRef<'a>> + '_ {
        self.design
            .door_vpns
            .iter()
            .zip(&self.tunnel_links)
            .flat_map(move |(vpn, links)| {
                vpn.tunnels
                    .iter()
                    .take(2)
                    .enumerate()
                    .map(move |(index, tunnel)| TunnelRef {
                        vpn,
                        index: index as u8,
                        tunnel,
                        link: links[index].and_then(|link| self.design.links.get(link)),
                    })
            })
    }

    /// Door VPNs with whether they run BGP.
    pub fn vpns_with_bgp(&self) -> impl Iterator<Item = (&'a DoorVpn, bool)> + '_ {
        self.design
            .door_vpns
            .iter()
            .zip(self.vpn_bgp.iter().copied())
    }

    /// Whether BGP runs anywhere in the design: the gateway or any Door VPN. ASN rules matter
    /// only then (domain.md: "ASN rules matter only where BGP runs").
    pub fn bgp_used(&self) -> bool {
        self.design.azure.gateway.bgp || self.vpn_bgp.iter().any(|bgp| *bgp)
    }
}

/// One tunnel of one Door VPN, with its link.
#[derive(Clone, Copy)]
pub(crate) struct TunnelRef<'a> {
    pub vpn: &'a DoorVpn,
    pub index: u8,
    pub tunnel: &'a Tunnel,
    pub link: Option<&'a Link>,
}

impl TunnelRef<'_> {
    /// `door-1:0`.
    pub fn subject(&self) -> Subject {
        Subject::Tunnel(self.vpn.id.clone(), self.index)
    }

    /// "Door VPN 1 tunnel 2" (people count tunnels from 1, like AWS).
    pub fn name(&self) -> Message {
        msg!(TunnelName, vpn = self.vpn.label(), n = self.index + 1)
    }

    /// Whether the tunnel runs BGP: its link's setting, else its VPN's routing.
    pub fn is_bgp(&self) -> bool {
        match self.link {
            Some(link) => link.runs_bgp(self.vpn),
            None => self.vpn.routing == Routing::Bgp,
        }
    }
}

/// A prefix as an inclusive range of addresses, widened so the end never overflows.
pub(crate) fn span(net: Ipv4Net) -> (u64, u64) {
    (
        u64::from(u32::from(net.network())),
        u64::from(u32::from(net.broadcast())),
    )
}

/// Whether two prefixes share an address.
pub fn overlaps(a: Ipv4Net, b: Ipv4Net) -> bool {
    a.contains(&b.network()) || b.contains(&a.network())
}

/// For each prefix that overlaps one listed before it (in address order), the pair
/// `(earlier, later)` of their indices. Sort and sweep: O(n log n), never pairwise.
pub(crate) fn overlapping_pairs(mut items: Vec<(Ipv4Net, usize)>) -> Vec<(usize, usize)> {
    crate::order::sort_by_key(&mut items, |(net, index)| {
        let (start, end) = span(*net);
        (start, std::cmp::Reverse(end), *index)
    });
    let mut pairs = Vec::new();
    let mut widest: Option<(u64, usize)> = None;
    for (net, key) in items {
        let (start, end) = span(net);
        match widest {
            Some((widest_end, widest_key)) if start <= widest_end => {
                pairs.push((widest_key, key));
                if end > widest_end {
                    widest = Some((end, key));
                }
            }
            _ => widest = Some((end, key)),
        }
    }
    pairs
}

/// The catalogue's sources, as the style guide asks: constants carry the reference they come from.
pub(crate) mod source {
    pub const AWS_TUNNELS: &str = "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html";
    pub const AWS_HOW_IT_WORKS: &str =
        "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html";
    pub const AWS_CGW_OPTIONS: &str =
        "https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html";
    pub const AWS_CREATE_CGW: &str =
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCustomerGateway.html";
    pub const AWS_CREATE_VGW: &str =
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpnGateway.html";
    pub const AWS_INITIATE: &str =
        "https://docs.aws.amazon.com/vpn/latest/s2svpn/initiate-vpn-tunnels.html";
    pub const AWS_LIMITS: &str = "https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html";
    pub const AWS_ROUTING: &str =
        "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html";
    pub const AWS_CGW_DEVICE: &str = "https://docs.aws.amazon.com/vpn/latest/s2svpn/your-cgw.html";
    pub const AZ_SKUS: &str = "https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus";
    pub const AZ_SKU_CONSOLIDATION: &str =
        "https://learn.microsoft.com/azure/vpn-gateway/gateway-sku-consolidation";
    pub const AZ_ACTIVE_ACTIVE: &str =
        "https://learn.microsoft.com/azure/vpn-gateway/about-active-active-gateways";
    pub const AZ_HIGHLY_AVAILABLE: &str =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-highlyavailable";
    pub const AZ_FAQ: &str = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq";
    pub const AZ_VNET_FAQ: &str =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq";
    pub const AZ_BGP: &str = "https://learn.microsoft.com/azure/vpn-gateway/bgp-howto";
    pub const AZ_AWS_BGP: &str =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-howto-aws-bgp";
    pub const AZ_NAMING: &str = "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork";
    pub const SORACOM_VPG: &str = "https://users.soracom.io/ja-jp/docs/vpg/";
    pub const SORACOM_DOOR: &str = "https://users.soracom.io/ja-jp/docs/door/";
    pub const SORACOM_VPG_ADDRESSES: &str =
        "https://developers.soracom.io/en/docs/vpg/ip-address-assignment";
}
