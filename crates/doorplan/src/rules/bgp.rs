//! BGP between Door (AWS) and Azure: APIPA addresses, inside CIDRs, ASNs, who initiates.

use std::collections::HashMap;
use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use super::{Context, Emitter};
use crate::model::{inside_hosts, ConnectionMode, Ip, Routing};
use crate::report::Text;

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

/// ASNs Azure reserves and will not peer with (Microsoft, "VPN Gateway FAQ"). 65515 is Azure's own
/// default, so it is reserved for peers but fine for the gateway itself.
pub fn azure_reserved_for_peer(asn: u32) -> bool {
    matches!(asn, 8074 | 8075 | 12076 | 65515 | 65517..=65520)
}

/// ASNs the Azure gateway itself cannot use.
pub fn azure_reserved_for_gateway(asn: u32) -> bool {
    matches!(asn, 8074 | 8075 | 12076 | 65517..=65520)
}

/// ASNs IANA reserves (Microsoft, "VPN Gateway FAQ").
pub fn iana_reserved(asn: u32) -> bool {
    matches!(asn, 0 | 23456 | 64496..=64511 | 65535..=65551 | 4294967295)
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

/// BGP-GATEWAY-OFF: a BGP connection needs BGP on the gateway.
///
/// Source: Microsoft, "Configure BGP for VPN Gateway".
pub(super) fn gateway_off(context: &Context, out: &mut Emitter) {
    if context.design.azure.gateway.bgp {
        return;
    }
    for (link, vpn) in context.links() {
        if Context::link_is_bgp(link, vpn) {
            out.emit(
                link.subject(),
                Text::new(
                    format!("{} tunnel {} runs BGP but the gateway has BGP off, so no routes are exchanged; turn BGP on for the gateway (it disturbs existing connections, so decide before building), or use static routing.", vpn.label(), link.tunnel + 1),
                    format!("{} のトンネル {} は BGP ですが、ゲートウェイの BGP が無効なので経路が交換されません。ゲートウェイの BGP を有効にする (既存の接続に影響するため構築前に決めてください) か、static ルーティングにしてください。", vpn.label(), link.tunnel + 1),
                ),
            );
        }
    }
}

/// BGP-LINK-MISMATCH: the Azure connection and the Door VPN must agree on BGP.
///
/// Source: AWS, "Site-to-Site VPN routing options" (routing type is a property of the VPN
/// connection, both tunnels alike).
pub(super) fn link_mismatch(context: &Context, out: &mut Emitter) {
    for (link, vpn) in context.links() {
        let Some(link_bgp) = link.bgp else {
            continue;
        };
        let vpn_bgp = vpn.routing == Routing::Bgp;
        if link_bgp != vpn_bgp {
            let (on_en, on_ja, vpn_en) = if link_bgp {
                ("enables BGP", "BGP を有効に", "static")
            } else {
                ("disables BGP", "BGP を無効に", "BGP")
            };
            out.emit(
                link.subject(),
                Text::new(
                    format!("The Azure connection of {} tunnel {} {on_en} but the Door VPN uses {vpn_en} routing, so the two sides never agree on routes; remove the link's bgp setting or change the VPN's routing.", vpn.label(), link.tunnel + 1),
                    format!("{} のトンネル {} の Azure 接続は{on_ja}していますが、Door VPN は {vpn_en} ルーティングのため経路が一致しません。接続の bgp 設定を外すか、VPN のルーティングを変えてください。", vpn.label(), link.tunnel + 1),
                ),
            );
        }
    }
}

/// BGP-APIPA-RANGE: Azure only takes custom APIPA addresses in 169.254.21.0–169.254.22.255.
///
/// Source: Microsoft, "Configure BGP for VPN Gateway".
pub(super) fn apipa_range(context: &Context, out: &mut Emitter) {
    for (instance, addresses) in context.design.azure.gateway.apipa.iter().enumerate() {
        for address in addresses {
            if !in_apipa_window(address.0) {
                out.emit(
                    "gateway",
                    Text::new(
                        format!("Custom APIPA address {address} of instance {instance} is outside 169.254.21.0–169.254.22.255, the only range Azure accepts; use the second host of a tunnel /30 in 169.254.21.0/24 or 169.254.22.0/24."),
                        format!("インスタンス {instance} のカスタム APIPA アドレス {address} が、Azure が受け付ける 169.254.21.0〜169.254.22.255 の外にあります。169.254.21.0/24 か 169.254.22.0/24 のトンネル /30 の 2 番目のホストを使ってください。"),
                    ),
                );
            }
        }
    }
}

/// BGP-APIPA-DUPLICATE: each custom APIPA address once on the gateway.
///
/// Source: Microsoft, "Configure BGP for VPN Gateway" (addresses must be unique).
pub(super) fn apipa_duplicate(context: &Context, out: &mut Emitter) {
    let mut seen: HashMap<Ip, usize> = HashMap::new();
    for (instance, addresses) in context.design.azure.gateway.apipa.iter().enumerate() {
        for address in addresses {
            if let Some(first) = seen.insert(*address, instance) {
                out.emit(
                    "gateway",
                    Text::new(
                        format!("Custom APIPA address {address} is listed twice (instance {first} and instance {instance}); each Azure BGP address must be unique, so give each tunnel its own /30."),
                        format!("カスタム APIPA アドレス {address} が重複しています (インスタンス {first} と {instance})。Azure の BGP アドレスは一意である必要があるため、トンネルごとに別の /30 を割り当ててください。"),
                    ),
                );
            }
        }
    }
}

/// BGP-APIPA-STANDBY: an active-standby gateway has one custom APIPA address at most.
///
/// Source: Microsoft, "How to connect AWS and Azure using a BGP-enabled VPN gateway"
/// (the 4-tunnel design needs active-active).
pub(super) fn apipa_standby(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    let count: usize = gateway.apipa.iter().map(Vec::len).sum();
    if !gateway.active_active && count > 1 {
        out.emit(
            "gateway",
            Text::new(
                format!("The gateway lists {count} custom APIPA addresses but an active-standby gateway supports only one, so only one BGP tunnel can peer; make the gateway active-active (the article's recommended design) or use static routing."),
                format!("カスタム APIPA アドレスが {count} 個ありますが、Active-Standby ゲートウェイは 1 つしか設定できないため、BGP でピアできるトンネルは 1 本だけです。Active-Active にする (記事の推奨構成) か、static ルーティングにしてください。"),
            ),
        );
    }
}

/// BGP-INSIDE-WINDOW: Azure can only peer from 169.254.21.0–169.254.22.255, so the tunnel /30
/// must come from there (the Door application must ask for it).
///
/// Source: Microsoft, "How to connect AWS and Azure using a BGP-enabled VPN gateway".
pub(super) fn inside_window(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        let Some(inside) = tunnel.tunnel.inside_cidr else {
            continue;
        };
        if tunnel.is_bgp() && !inside_in_window(inside.0) {
            let name = tunnel.name();
            out.emit(
                tunnel.subject(),
                Text::new(
                    format!("{} runs BGP with inside CIDR {inside}, but Azure can only peer from 169.254.21.0–169.254.22.255; ask SORACOM for a /30 in 169.254.21.0/24 or 169.254.22.0/24 in the Door application.", name.en),
                    format!("{} は内部 CIDR {inside} で BGP を使いますが、Azure がピアできるのは 169.254.21.0〜169.254.22.255 だけです。Door 申請で 169.254.21.0/24 か 169.254.22.0/24 の /30 を指定してください。", name.ja),
                ),
            );
        }
    }
}

/// BGP-APIPA-MISSING: Azure's side of the tunnel (second host of the /30) must be an APIPA
/// address of the instance the tunnel lands on, and the connection must name it.
///
/// Source: Microsoft, "How to connect AWS and Azure using a BGP-enabled VPN gateway".
pub(super) fn apipa_missing(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    if !gateway.bgp {
        return; // BGP-GATEWAY-OFF already says what to do.
    }
    for tunnel in context.tunnels() {
        let (Some(link), Some(inside)) = (tunnel.link, tunnel.tunnel.inside_cidr) else {
            continue;
        };
        // A malformed or out-of-window CIDR is reported by its own rule; say one thing at a time.
        if !tunnel.is_bgp() || inside.0.prefix_len() != 30 || !inside_in_window(inside.0) {
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
        let name = tunnel.name();
        let instance = link.instance;
        out.emit(
            link.subject(),
            Text::new(
                format!("{} has inside CIDR {inside}, so Azure must peer from {azure_address}, but that is not a custom APIPA address of instance {instance}; add {azure_address} to instance {instance}'s APIPA addresses (quick fix: assign inside CIDRs and APIPA addresses).", name.en),
                format!("{} の内部 CIDR は {inside} なので Azure 側は {azure_address} でピアする必要がありますが、インスタンス {instance} のカスタム APIPA アドレスにありません。{azure_address} をインスタンス {instance} の APIPA アドレスに追加してください (クイック修正: 内部 CIDR と APIPA を割り当てる)。", name.ja),
            ),
        );
    }
}

/// BGP-ASN-SAME: eBGP needs two different ASNs.
///
/// Source: Microsoft, "VPN Gateway FAQ".
pub(super) fn asn_same(context: &Context, out: &mut Emitter) {
    let azure_asn = context.design.azure.gateway.asn;
    for vpn in &context.design.door_vpns {
        if vpn.amazon_asn == azure_asn {
            out.emit(
                vpn.id.as_str(),
                Text::new(
                    format!("The Azure gateway and {} both use ASN {azure_asn}, but the two sides of eBGP must differ; change the Azure ASN (65000 in Microsoft's AWS tutorial).", vpn.label()),
                    format!("Azure ゲートウェイと {} の ASN がどちらも {azure_asn} ですが、eBGP では両側の ASN が異なる必要があります。Azure の ASN を変更してください (Microsoft の AWS 接続チュートリアルでは 65000)。", vpn.label()),
                ),
            );
        }
    }
}

/// BGP-ASN-AZURE-RESERVED: ASNs Azure keeps for itself.
///
/// Source: Microsoft, "VPN Gateway FAQ" (8074, 8075, 12076, 65515, 65517–65520).
pub(super) fn asn_azure_reserved(context: &Context, out: &mut Emitter) {
    let azure_asn = context.design.azure.gateway.asn;
    if azure_reserved_for_gateway(azure_asn) {
        out.emit(
            "gateway",
            Text::new(
                format!("Azure ASN {azure_asn} is reserved by Azure; use a private ASN such as 65000."),
                format!("Azure の ASN {azure_asn} は Azure の予約番号です。65000 などのプライベート ASN を使ってください。"),
            ),
        );
    }
    for vpn in &context.design.door_vpns {
        if azure_reserved_for_peer(vpn.amazon_asn) {
            out.emit(
                vpn.id.as_str(),
                Text::new(
                    format!("{} uses Amazon-side ASN {}, which Azure reserves and will not peer with; ask for another Amazon-side ASN (AWS default 64512).", vpn.label(), vpn.amazon_asn),
                    format!("{} の Amazon 側 ASN {} は Azure の予約番号のためピアできません。別の Amazon 側 ASN (AWS の既定は 64512) を依頼してください。", vpn.label(), vpn.amazon_asn),
                ),
            );
        }
    }
}

/// BGP-ASN-IANA-RESERVED: ASNs nobody may use.
///
/// Source: Microsoft, "VPN Gateway FAQ" (0, 23456, 64496–64511, 65535–65551, 4294967295).
pub(super) fn asn_iana_reserved(context: &Context, out: &mut Emitter) {
    let azure_asn = context.design.azure.gateway.asn;
    if iana_reserved(azure_asn) {
        out.emit(
            "gateway",
            Text::new(
                format!("Azure ASN {azure_asn} is reserved by IANA; use a private ASN such as 65000."),
                format!("Azure の ASN {azure_asn} は IANA の予約番号です。65000 などのプライベート ASN を使ってください。"),
            ),
        );
    }
    for vpn in &context.design.door_vpns {
        if iana_reserved(vpn.amazon_asn) {
            out.emit(
                vpn.id.as_str(),
                Text::new(
                    format!("{} uses Amazon-side ASN {}, which IANA reserves; use the AWS default 64512 or another private ASN.", vpn.label(), vpn.amazon_asn),
                    format!("{} の Amazon 側 ASN {} は IANA の予約番号です。AWS の既定の 64512 などのプライベート ASN を使ってください。", vpn.label(), vpn.amazon_asn),
                ),
            );
        }
    }
}

/// BGP-ASN-AWS-RESERVED: the Azure ASN becomes AWS's customer gateway ASN, and AWS reserves some.
///
/// Source: AWS, "Customer gateway options" (7224 everywhere; 10124 ap-northeast-1, 9059
/// eu-west-1, 17943 ap-southeast-1).
pub(super) fn asn_aws_reserved(context: &Context, out: &mut Emitter) {
    let azure_asn = context.design.azure.gateway.asn;
    let region = context.design.soracom.region.as_str();
    if aws_reserved_for_customer_gateway(azure_asn, region) {
        out.emit(
            "gateway",
            Text::new(
                format!("Azure ASN {azure_asn} becomes the AWS customer gateway ASN, and AWS reserves it in {region}; use a private ASN such as 65000."),
                format!("Azure の ASN {azure_asn} は AWS のカスタマーゲートウェイ ASN になりますが、{region} では AWS の予約番号です。65000 などのプライベート ASN を使ってください。"),
            ),
        );
    }
}

/// BGP-ASN-AMAZON-RANGE: the Amazon-side ASN must be private.
///
/// Source: AWS, CreateVpnGateway (64512–65534 or 4200000000–4294967294; fixed at creation).
pub(super) fn asn_amazon_range(context: &Context, out: &mut Emitter) {
    for vpn in &context.design.door_vpns {
        if !amazon_asn_allowed(vpn.amazon_asn) {
            out.emit(
                vpn.id.as_str(),
                Text::new(
                    format!("{} uses Amazon-side ASN {}, but AWS accepts only 64512–65534 or 4200000000–4294967294 (default 64512), and it cannot change after creation.", vpn.label(), vpn.amazon_asn),
                    format!("{} の Amazon 側 ASN {} は AWS が受け付ける 64512〜65534・4200000000〜4294967294 の外です (既定 64512、作成後は変更不可)。", vpn.label(), vpn.amazon_asn),
                ),
            );
        }
    }
}

/// BGP-ASN-AMAZON-MISMATCH: the Amazon-side ASN belongs to the virtual private gateway, so
/// every Door VPN of one VPG likely has the same one. INFO, not WARN: how SORACOM maps a VPG to
/// AWS virtual private gateways is not published (shared/domain.md, SORACOM facts).
///
/// Source: AWS, CreateVpnGateway (`AmazonSideAsn` is a property of the virtual private gateway).
pub(super) fn asn_amazon_mismatch(context: &Context, out: &mut Emitter) {
    let mut vpns = context.design.door_vpns.iter();
    let Some(first) = vpns.next() else {
        return;
    };
    for vpn in vpns {
        if vpn.amazon_asn != first.amazon_asn {
            out.emit(
                vpn.id.as_str(),
                Text::new(
                    format!("{} states Amazon-side ASN {} but {} states {}; the ASN belongs to the one virtual private gateway behind the VPG, so they should be equal: confirm with SORACOM.", vpn.label(), vpn.amazon_asn, first.label(), first.amazon_asn),
                    format!("{} の Amazon 側 ASN は {}、{} は {} です。ASN は VPG の背後にある 1 つの仮想プライベートゲートウェイのものなので同じはずです。SORACOM に確認してください。", vpn.label(), vpn.amazon_asn, first.label(), first.amazon_asn),
                ),
            );
        }
    }
}

/// BGP-CONNECTION-MODE: AWS does not initiate IKE by default (startup action `Add`), so an
/// Azure connection that only responds leaves nobody initiating.
///
/// Source: AWS, "Initiate VPN tunnels"; Microsoft, "About VPN Gateway configuration settings";
/// the seed article recommends `Default`.
pub(super) fn connection_mode(context: &Context, out: &mut Emitter) {
    for (link, vpn) in context.links() {
        if link.connection_mode == ConnectionMode::ResponderOnly {
            out.emit(
                link.subject(),
                Text::new(
                    format!("The Azure connection of {} tunnel {} is ResponderOnly, but AWS does not start IKE by default, so the tunnel may never come up; set the connection mode to Default.", vpn.label(), link.tunnel + 1),
                    format!("{} のトンネル {} の Azure 接続が ResponderOnly ですが、AWS は既定で IKE を開始しないため、トンネルが確立しない可能性があります。接続モードを Default にしてください。", vpn.label(), link.tunnel + 1),
                ),
            );
        }
    }
}

/// BGP-DOOR-APPLICATION: what to write in the Door application for a BGP design.
///
/// Source: the seed article (state that N VPN connections are needed and that the APIPA
/// inside CIDRs must be customised, because Azure can only peer from 169.254.21.0–169.254.22.255).
pub(super) fn door_application(context: &Context, out: &mut Emitter) {
    let total = context.design.door_vpns.len();
    for vpn in &context.design.door_vpns {
        if vpn.routing != Routing::Bgp {
            continue;
        }
        let cidrs: Vec<String> = vpn
            .tunnels
            .iter()
            .map(|tunnel| match tunnel.inside_cidr {
                Some(cidr) => cidr.to_string(),
                None => "(not chosen yet)".to_string(),
            })
            .collect();
        let cidrs_ja: Vec<String> = vpn
            .tunnels
            .iter()
            .map(|tunnel| match tunnel.inside_cidr {
                Some(cidr) => cidr.to_string(),
                None => "(未決定)".to_string(),
            })
            .collect();
        out.emit(
            vpn.id.as_str(),
            Text::new(
                format!("In the Door application, state that the design needs {total} VPN connection(s) with BGP (Amazon-side ASN {}) and that {} must use the custom tunnel inside CIDRs {} (APIPA customisation), because Azure can only peer BGP from 169.254.21.0–169.254.22.255.", vpn.amazon_asn, vpn.label(), cidrs.join(" and ")),
                format!("Door 申請時に、BGP の VPN 接続が {total} つ必要であること (Amazon 側 ASN {})、{} のトンネル内部 CIDR を {} にカスタマイズする (APIPA のカスタマイズ) 必要があることを伝えてください。Azure は 169.254.21.0〜169.254.22.255 からしか BGP ピアできないためです。", vpn.amazon_asn, vpn.label(), cidrs_ja.join(" と ")),
            ),
        );
    }
}
