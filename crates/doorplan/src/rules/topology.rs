//! Topology: which Door tunnel terminates on which Azure gateway instance.

use super::{Context, Emitter};
use crate::report::Text;

/// TOPO-NO-LINK: nothing connects SORACOM to Azure.
///
/// Source: every Azure S2S design needs at least one connection (Microsoft, "How to connect AWS
/// and Azure using a BGP-enabled VPN gateway").
pub(super) fn no_link(context: &Context, out: &mut Emitter) {
    if context.design.links.is_empty() {
        out.emit(
            "gateway",
            Text::new(
                "No Door tunnel is linked to the Azure gateway, so there is no path between SORACOM and the VNet; drag each Door tunnel onto a gateway instance.",
                "Azure ゲートウェイに接続された Door トンネルがないため、SORACOM と VNet の間に経路がありません。各 Door トンネルをゲートウェイのインスタンスへドラッグして接続してください。",
            ),
        );
    }
}

/// TOPO-SPLIT-VPN: the article's NG design ("1 to 1").
///
/// Source: an AWS Site-to-Site VPN connection has exactly one customer gateway, i.e. one peer
/// public IP (AWS S2S "How it works"; CreateVpnConnection takes one CustomerGatewayId), while each
/// instance of an active-active Azure gateway has its own public IP.
pub(super) fn split_vpn(context: &Context, out: &mut Emitter) {
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
                    vpn.id.as_str(),
                    Text::new(
                        format!(
                            "{} links its tunnels to instance {first} and instance {second}, but one Door VPN (an AWS Site-to-Site VPN) has exactly one customer gateway, i.e. one Azure public IP, so this cannot be built; link both tunnels to one instance and add a second Door VPN for the other instance (the article's recommended design).",
                            vpn.label()
                        ),
                        format!(
                            "{} のトンネルがインスタンス {first} と {second} に分かれていますが、1 つの Door VPN (AWS Site-to-Site VPN) が持てるカスタマーゲートウェイ、つまり Azure のパブリック IP は 1 つだけなので構築できません。2 本とも同じインスタンスに接続し、もう一方のインスタンスには 2 つ目の Door VPN を用意してください (記事の推奨構成)。",
                            vpn.label()
                        ),
                    ),
                );
            }
        }
    }
}

/// TOPO-INSTANCE-MISSING: an active-standby gateway has no instance 1 to terminate on.
///
/// Source: active-standby gateways expose one public IP; only active-active gateways have a
/// second (Microsoft, "About active-active VPN gateways").
pub(super) fn instance_missing(context: &Context, out: &mut Emitter) {
    if context.design.azure.gateway.active_active {
        return;
    }
    for (link, vpn) in context.links() {
        if link.instance == 1 {
            out.emit(
                link.subject(),
                Text::new(
                    format!(
                        "{} tunnel {} is linked to instance 1, but an active-standby gateway has one public IP (instance 0) only; link it to instance 0 or make the gateway active-active.",
                        vpn.label(),
                        link.tunnel + 1
                    ),
                    format!(
                        "{} のトンネル {} がインスタンス 1 に接続されていますが、Active-Standby ゲートウェイのパブリック IP はインスタンス 0 の 1 つだけです。インスタンス 0 に接続するか、ゲートウェイを Active-Active にしてください。",
                        vpn.label(),
                        link.tunnel + 1
                    ),
                ),
            );
        }
    }
}

/// TOPO-AA-ONE-INSTANCE: the article's W design; paying for active-active without using it.
///
/// Source: the seed article (AWS uses only the primary public IP, so failover still
/// interrupts traffic); Microsoft, "Highly available cross-premises connectivity".
pub(super) fn aa_one_instance(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    let mut instances = context.design.links.iter().map(|link| link.instance);
    let Some(first) = instances.next() else {
        return;
    };
    if gateway.active_active && instances.all(|instance| instance == first) {
        let other = 1 - first.min(1);
        out.emit(
            "gateway",
            Text::new(
                format!(
                    "The gateway is active-active but every tunnel lands on instance {first}, so instance {other} carries nothing and a failure or maintenance of instance {first} still interrupts traffic; add a second Door VPN with BGP linked to instance {other} (the article's recommended design)."
                ),
                format!(
                    "ゲートウェイは Active-Active ですが、すべてのトンネルがインスタンス {first} に接続されているため、インスタンス {other} は使われず、インスタンス {first} の障害やメンテナンスで通信が途切れます。BGP の Door VPN をもう 1 つ追加してインスタンス {other} に接続してください (記事の推奨構成)。"
                ),
            ),
        );
    }
}

/// TOPO-TUNNEL-UNLINKED: every AWS VPN connection has two tunnels; configure both.
///
/// Source: AWS S2S User Guide, "Tunnel options for your Site-to-Site VPN connection".
pub(super) fn tunnel_unlinked(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        if tunnel.link.is_none() {
            let name = tunnel.name();
            out.emit(
                tunnel.subject(),
                Text::new(
                    format!(
                        "{} has no Azure connection, so its Door VPN hangs on one AWS endpoint and AWS maintenance on that endpoint interrupts traffic; link it to the same instance as the VPN's other tunnel.",
                        name.en
                    ),
                    format!(
                        "{} に Azure 側の接続がないため、この Door VPN は 1 つの AWS エンドポイントだけに頼り、そのメンテナンスで通信が途切れます。同じ VPN のもう一方のトンネルと同じインスタンスに接続してください。",
                        name.ja
                    ),
                ),
            );
        }
    }
}
