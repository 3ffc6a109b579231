//! The rule catalogue (`shared/contract.md` §3): every check is a small function with a stable
//! id, a default severity, an English and Japanese message, and its source.
//!
//! The catalogue is data ([`RULES`]), so the UI can list every rule and the tests can check
//! that none of the contract's ids is missing. The why behind each rule is `shared/domain.md`.

mod addressing;
pub mod bgp;
mod gateway;
mod limits;
mod topology;
pub mod tunnels;

use std::collections::HashMap;

use ipnet::Ipv4Net;

use crate::model::{Design, DoorVpn, Link, Routing, Tunnel};
use crate::report::{Finding, Severity, Text};

/// The family a rule belongs to (one module each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    Topology,
    Gateway,
    Bgp,
    Tunnel,
    Addressing,
    Limits,
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
    pub summary: (&'static str, &'static str),
    /// Where the fact comes from.
    pub source: &'static str,
    check: fn(&Context, &mut Emitter),
}

impl Rule {
    /// The one-line summary in a language.
    pub fn summary(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.summary.0,
            crate::Lang::Ja => self.summary.1,
        }
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.id)
            .field("severity", &self.severity)
            .finish()
    }
}

macro_rules! rule {
    ($id:literal, $family:ident, $severity:ident, $check:path, $source:expr, $en:literal, $ja:literal) => {
        Rule {
            id: $id,
            family: Family::$family,
            severity: Severity::$severity,
            summary: ($en, $ja),
            source: $source,
            check: $check,
        }
    };
}

/// Sources, as the style guide asks: constants carry the reference they come from.
pub(crate) mod source {
    pub const AWS_TUNNELS: &str = "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html";
    pub const AWS_HOW_IT_WORKS: &str =
        "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html";
    pub const AWS_CGW_OPTIONS: &str =
        "https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html";
    pub const AWS_CREATE_VGW: &str =
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpnGateway.html";
    pub const AWS_INITIATE: &str =
        "https://docs.aws.amazon.com/vpn/latest/s2svpn/initiate-vpn-tunnels.html";
    pub const AWS_LIMITS: &str = "https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html";
    pub const AWS_ROUTING: &str =
        "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html";
    pub const AZ_SKUS: &str = "https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus";
    pub const AZ_ACTIVE_ACTIVE: &str =
        "https://learn.microsoft.com/azure/vpn-gateway/about-active-active-gateways";
    pub const AZ_HIGHLY_AVAILABLE: &str =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-highlyavailable";
    pub const AZ_FAQ: &str = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq";
    pub const AZ_BGP: &str = "https://learn.microsoft.com/azure/vpn-gateway/bgp-howto";
    pub const AZ_AWS_BGP: &str =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-howto-aws-bgp";
    pub const AZ_SETTINGS: &str =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings";
    pub const SORACOM_VPG: &str = "https://users.soracom.io/ja-jp/docs/vpg/";
    pub const SORACOM_DOOR: &str = "https://users.soracom.io/ja-jp/docs/door/";
}

/// Every rule, in catalogue order (the order findings of one severity are listed in).
pub static RULES: &[Rule] = &[
    rule!("TOPO-NO-LINK", Topology, Ng, topology::no_link, source::AZ_AWS_BGP,
        "No Door tunnel is linked to the gateway.",
        "ゲートウェイに接続された Door トンネルがありません。"),
    rule!("TOPO-SPLIT-VPN", Topology, Ng, topology::split_vpn, source::AWS_HOW_IT_WORKS,
        "One Door VPN's tunnels link to two different Azure instances.",
        "1 つの Door VPN のトンネルが異なる Azure インスタンスに接続されています。"),
    rule!("TOPO-INSTANCE-MISSING", Topology, Ng, topology::instance_missing, source::AZ_ACTIVE_ACTIVE,
        "A link targets instance 1 of an active-standby gateway.",
        "Active-Standby ゲートウェイのインスタンス 1 への接続があります。"),
    rule!("TOPO-AA-ONE-INSTANCE", Topology, Warn, topology::aa_one_instance, source::AZ_HIGHLY_AVAILABLE,
        "Active-active gateway, but every link lands on the same instance.",
        "Active-Active ですが、すべての接続が同じインスタンスにあります。"),
    rule!("TOPO-TUNNEL-UNLINKED", Topology, Warn, topology::tunnel_unlinked, source::AWS_TUNNELS,
        "A Door VPN has a tunnel with no link.",
        "接続されていないトンネルを持つ Door VPN があります。"),
    rule!("GW-SKU-BASIC", Gateway, Ng, gateway::sku_basic, source::AZ_SKUS,
        "Basic SKU with BGP or active-active.",
        "Basic SKU で BGP または Active-Active を使っています。"),
    rule!("GW-SKU-RETIRED", Gateway, Ng, gateway::sku_retired, source::AZ_SKUS,
        "Standard or HighPerformance SKU (retired).",
        "廃止された Standard / HighPerformance SKU です。"),
    rule!("GW-SKU-LEGACY", Gateway, Warn, gateway::sku_legacy, source::AZ_SKUS,
        "Non-AZ VpnGw1–VpnGw5 SKU.",
        "AZ なしの VpnGw1〜VpnGw5 SKU です。"),
    rule!("GW-SKU-GENERATION", Gateway, Ng, gateway::sku_generation, source::AZ_SKUS,
        "SKU and generation do not exist together.",
        "SKU と世代の組み合わせが存在しません。"),
    rule!("GW-SKU-TUNNELS", Gateway, Ng, gateway::sku_tunnels, source::AZ_SKUS,
        "More links than the SKU's S2S tunnel limit.",
        "SKU の S2S トンネル上限を超える接続があります。"),
    rule!("GW-POLICY-BASED", Gateway, Ng, gateway::policy_based, source::AZ_SETTINGS,
        "PolicyBased gateway with BGP or active-active.",
        "PolicyBased ゲートウェイで BGP または Active-Active を使っています。"),
    rule!("GW-PUBLIC-IPS", Gateway, Ng, gateway::public_ips, source::AZ_ACTIVE_ACTIVE,
        "Number of public IPs does not match the gateway mode.",
        "パブリック IP の数がゲートウェイのモードと合いません。"),
    rule!("GW-SUBNET-SIZE", Gateway, Ng, gateway::subnet_size, source::AZ_FAQ,
        "GatewaySubnet smaller than /29 (NG) or /28–/29 (WARN).",
        "GatewaySubnet が /29 より小さい (NG)、または /28〜/29 (WARN)。"),
    rule!("GW-SUBNET-OUTSIDE", Gateway, Ng, gateway::subnet_outside, source::AZ_FAQ,
        "GatewaySubnet not inside the VNet address space.",
        "GatewaySubnet が VNet のアドレス空間の外にあります。"),
    rule!("GW-FAILOVER-TIME", Gateway, Info, gateway::failover_time, source::AZ_HIGHLY_AVAILABLE,
        "Active-standby gateway: failover takes 10 s to 3 min.",
        "Active-Standby ゲートウェイ: フェイルオーバーに 10 秒〜3 分かかります。"),
    rule!("BGP-GATEWAY-OFF", Bgp, Ng, bgp::gateway_off, source::AZ_BGP,
        "A BGP link on a gateway with BGP off.",
        "BGP が無効なゲートウェイに BGP の接続があります。"),
    rule!("BGP-LINK-MISMATCH", Bgp, Ng, bgp::link_mismatch, source::AWS_ROUTING,
        "A link's BGP setting contradicts its Door VPN's routing.",
        "接続の BGP 設定が Door VPN のルーティングと食い違っています。"),
    rule!("BGP-APIPA-RANGE", Bgp, Ng, bgp::apipa_range, source::AZ_BGP,
        "A custom APIPA address outside 169.254.21.0–169.254.22.255.",
        "カスタム APIPA アドレスが 169.254.21.0〜169.254.22.255 の外にあります。"),
    rule!("BGP-APIPA-DUPLICATE", Bgp, Ng, bgp::apipa_duplicate, source::AZ_BGP,
        "The same APIPA address twice.",
        "同じ APIPA アドレスが重複しています。"),
    rule!("BGP-APIPA-STANDBY", Bgp, Ng, bgp::apipa_standby, source::AZ_BGP,
        "More than one custom APIPA address on an active-standby gateway.",
        "Active-Standby ゲートウェイにカスタム APIPA アドレスが複数あります。"),
    rule!("BGP-INSIDE-WINDOW", Bgp, Ng, bgp::inside_window, source::AZ_AWS_BGP,
        "A BGP tunnel's inside CIDR is not in 169.254.21.0/24 or 169.254.22.0/24.",
        "BGP トンネルの内部 CIDR が 169.254.21.0/24・169.254.22.0/24 の外にあります。"),
    rule!("BGP-APIPA-MISSING", Bgp, Ng, bgp::apipa_missing, source::AZ_AWS_BGP,
        "A BGP tunnel's Azure address is not an APIPA address of its instance.",
        "BGP トンネルの Azure 側アドレスが接続先インスタンスの APIPA アドレスにありません。"),
    rule!("BGP-ASN-SAME", Bgp, Ng, bgp::asn_same, source::AZ_FAQ,
        "The Azure ASN equals a Door VPN's Amazon-side ASN.",
        "Azure の ASN が Door VPN の Amazon 側 ASN と同じです。"),
    rule!("BGP-ASN-AZURE-RESERVED", Bgp, Ng, bgp::asn_azure_reserved, source::AZ_FAQ,
        "An ASN that Azure reserves.",
        "Azure が予約している ASN です。"),
    rule!("BGP-ASN-IANA-RESERVED", Bgp, Ng, bgp::asn_iana_reserved, source::AZ_FAQ,
        "An ASN that IANA reserves.",
        "IANA が予約している ASN です。"),
    rule!("BGP-ASN-AWS-RESERVED", Bgp, Ng, bgp::asn_aws_reserved, source::AWS_CGW_OPTIONS,
        "The Azure ASN is one AWS reserves for customer gateways in this region.",
        "Azure の ASN が、このリージョンで AWS がカスタマーゲートウェイに予約している ASN です。"),
    rule!("BGP-ASN-AMAZON-RANGE", Bgp, Ng, bgp::asn_amazon_range, source::AWS_CREATE_VGW,
        "An Amazon-side ASN outside 64512–65534 and 4200000000–4294967294.",
        "Amazon 側 ASN が 64512〜65534・4200000000〜4294967294 の外にあります。"),
    rule!("BGP-ASN-AMAZON-MISMATCH", Bgp, Info, bgp::asn_amazon_mismatch, source::AWS_CREATE_VGW,
        "Door VPNs of one VPG state different Amazon-side ASNs.",
        "同じ VPG の Door VPN で Amazon 側 ASN が異なっています。"),
    rule!("BGP-CONNECTION-MODE", Bgp, Warn, bgp::connection_mode, source::AWS_INITIATE,
        "A link with connection mode ResponderOnly.",
        "接続モードが ResponderOnly の接続があります。"),
    rule!("BGP-DOOR-APPLICATION", Bgp, Info, bgp::door_application, source::SORACOM_DOOR,
        "What the Door application must ask for in a BGP design.",
        "BGP 構成で Door 申請時に伝える内容。"),
    rule!("TUN-INSIDE-FORMAT", Tunnel, Ng, tunnels::inside_format, source::AWS_TUNNELS,
        "An inside CIDR that is not a /30 inside 169.254.0.0/16.",
        "内部 CIDR が 169.254.0.0/16 内の /30 ではありません。"),
    rule!("TUN-INSIDE-RESERVED", Tunnel, Ng, tunnels::inside_reserved, source::AWS_TUNNELS,
        "An inside CIDR that AWS reserves.",
        "AWS が予約している内部 CIDR です。"),
    rule!("TUN-INSIDE-DUPLICATE", Tunnel, Ng, tunnels::inside_duplicate, source::AWS_TUNNELS,
        "Two tunnels of the VPG with overlapping inside CIDRs.",
        "VPG 内の 2 本のトンネルの内部 CIDR が重なっています。"),
    rule!("TUN-PSK", Tunnel, Ng, tunnels::psk, source::AWS_TUNNELS,
        "A pre-shared key AWS does not accept.",
        "AWS が受け付けない事前共有キーです。"),
    rule!("TUN-OUTSIDE-DUPLICATE", Tunnel, Ng, tunnels::outside_duplicate, source::AWS_TUNNELS,
        "Two tunnels with the same AWS outside IP.",
        "2 本のトンネルの AWS 外部 IP が同じです。"),
    rule!("ADDR-VPG-RANGE-OVERLAP", Addressing, Ng, addressing::vpg_range_overlap, source::SORACOM_VPG,
        "The VNet overlaps the VPG IP range.",
        "VNet が VPG の IP アドレスレンジと重なっています。"),
    rule!("ADDR-CGNAT-OVERLAP", Addressing, Warn, addressing::cgnat_overlap, source::SORACOM_VPG,
        "The VPG IP range is unknown and the VNet overlaps 100.64.0.0/10.",
        "VPG の IP アドレスレンジが未定で、VNet が 100.64.0.0/10 と重なっています。"),
    rule!("ADDR-DEVICE-SUBNET-OVERLAP", Addressing, Warn, addressing::device_subnet_overlap, source::SORACOM_VPG,
        "The VNet overlaps the VPG device subnet.",
        "VNet が VPG のデバイスサブネットと重なっています。"),
    rule!("ADDR-VNET-OVERLAP", Addressing, Ng, addressing::vnet_overlap, source::AZ_FAQ,
        "The VNet's address space entries overlap each other.",
        "VNet のアドレス空間どうしが重なっています。"),
    rule!("ADDR-STATIC-ROUTES-MISSING", Addressing, Ng, addressing::static_routes_missing, source::AWS_ROUTING,
        "A linked static Door VPN with no static routes.",
        "接続された static の Door VPN に静的ルートがありません。"),
    rule!("ADDR-STATIC-ROUTES-UNCOVERED", Addressing, Warn, addressing::static_routes_uncovered, source::AWS_ROUTING,
        "A static Door VPN's routes leave part of the VNet unreachable.",
        "static の Door VPN のルートが VNet の一部をカバーしていません。"),
    rule!("LIMIT-VPNS-PER-VPG", Limits, Warn, limits::vpns_per_vpg, source::AWS_LIMITS,
        "More than 10 Door VPNs on the VPG.",
        "VPG あたりの Door VPN が 10 を超えています。"),
    rule!("LIMIT-PREFIXES", Limits, Warn, limits::prefixes, source::AWS_LIMITS,
        "More than 100 prefixes would be advertised to a BGP Door VPN.",
        "BGP の Door VPN へ広報されるプレフィックスが 100 を超えます。"),
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

/// Runs every rule over a design; findings come out in catalogue order.
pub(crate) fn run(context: &Context) -> Vec<Finding> {
    let mut emitter = Emitter {
        findings: Vec::new(),
        current: &RULES[0],
    };
    for rule in RULES {
        emitter.current = rule;
        (rule.check)(context, &mut emitter);
    }
    emitter.findings
}

/// Collects the findings of the rule being run.
pub(crate) struct Emitter {
    findings: Vec<Finding>,
    current: &'static Rule,
}

impl Emitter {
    /// A finding of the current rule at its default severity.
    pub fn emit(&mut self, subject: impl Into<String>, message: Text) {
        let severity = self.current.severity;
        self.emit_as(severity, subject, message);
    }

    /// A finding of the current rule at a given severity.
    pub fn emit_as(&mut self, severity: Severity, subject: impl Into<String>, message: Text) {
        self.findings.push(Finding {
            rule: self.current.id,
            severity,
            subject: subject.into(),
            message,
        });
    }
}

/// A design with the indexes every rule needs, built once per check.
pub(crate) struct Context<'a> {
    pub design: &'a Design,
    /// For each Door VPN (by position), the index in `design.links` of each tunnel's link.
    pub tunnel_links: Vec<[Option<usize>; 2]>,
    /// For each link, the position of its Door VPN.
    pub link_vpn: Vec<usize>,
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
        for (index, link) in design.links.iter().enumerate() {
            let vpn = vpn_index.get(link.vpn.as_str()).copied().unwrap_or(usize::MAX);
            link_vpn.push(vpn);
            if let Some(slot) = tunnel_links
                .get_mut(vpn)
                .and_then(|slots| slots.get_mut(usize::from(link.tunnel)))
            {
                slot.get_or_insert(index);
            }
        }
        Context {
            design,
            tunnel_links,
            link_vpn,
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
                vpn.tunnels.iter().take(2).enumerate().map(move |(index, tunnel)| TunnelRef {
                    vpn,
                    index: index as u8,
                    tunnel,
                    link: links[index].and_then(|link| self.design.links.get(link)),
                })
            })
    }

    /// Whether a link runs BGP (its own flag, else its VPN's routing).
    pub fn link_is_bgp(link: &Link, vpn: &DoorVpn) -> bool {
        link.bgp.unwrap_or(vpn.routing == Routing::Bgp)
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
    pub fn subject(&self) -> String {
        format!("{}:{}", self.vpn.id, self.index)
    }

    /// "Door VPN 1 tunnel 2" / "Door VPN 1 のトンネル 2" (people count tunnels from 1, like AWS).
    pub fn name(&self) -> Text {
        Text::new(
            format!("{} tunnel {}", self.vpn.label(), self.index + 1),
            format!("{} のトンネル {}", self.vpn.label(), self.index + 1),
        )
    }

    /// Whether the tunnel runs BGP: its link's setting, else its VPN's routing.
    pub fn is_bgp(&self) -> bool {
        match self.link {
            Some(link) => Context::link_is_bgp(link, self.vpn),
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
/// `(earlier, later)` by key. Sort and sweep: O(n log n), never pairwise.
pub(crate) fn overlapping_pairs<K: Copy>(mut items: Vec<(Ipv4Net, K)>) -> Vec<(K, K)> {
    items.sort_by_key(|(net, _)| {
        let (start, end) = span(*net);
        (start, std::cmp::Reverse(end))
    });
    let mut pairs = Vec::new();
    let mut widest: Option<(u64, K)> = None;
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

/// Formats a list of prefixes as `a, b, c`.
pub(crate) fn join<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|item| item.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
