//! Addressing: the VNet against the SORACOM side, and static routes against the VNet.

use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use super::{join, overlapping_pairs, overlaps, span, Context, Emitter};
use crate::model::{Cidr, Routing};
use crate::report::Text;

/// The shared address space (RFC 6598) SORACOM assigns VPG IP ranges from.
pub const CGNAT: Ipv4Net = match Ipv4Net::new(Ipv4Addr::new(100, 64, 0, 0), 10) {
    Ok(net) => net,
    Err(_) => panic!("constant prefix"),
};

/// The VNet address space entries that overlap a prefix.
fn vnet_overlapping(context: &Context, other: Ipv4Net) -> Vec<Cidr> {
    context
        .design
        .azure
        .vnet
        .address_space
        .iter()
        .copied()
        .filter(|space| overlaps(space.0, other))
        .collect()
}

/// ADDR-VPG-RANGE-OVERLAP: the VPG sends from its IP range, so Azure must route it back.
///
/// Source: SORACOM, "VPG IP address range" (a slice of 100.64.0.0/10, the source address of
/// traffic the VPG sends over Door).
pub(super) fn vpg_range_overlap(context: &Context, out: &mut Emitter) {
    let Some(range) = context.design.soracom.vpg_ip_range else {
        return;
    };
    let clash = vnet_overlapping(context, range.0);
    if !clash.is_empty() {
        out.emit(
            "vnet",
            Text::new(
                format!("The VNet address space ({}) overlaps the VPG IP range {range}, the source address of all Door traffic, so replies would stay inside the VNet; move the VNet out of {range}.", join(&clash)),
                format!("VNet のアドレス空間 ({}) が、Door の通信の送信元である VPG の IP アドレスレンジ {range} と重なっているため、戻りの通信が VNet 内で閉じてしまいます。VNet を {range} の外に移してください。", join(&clash)),
            ),
        );
    }
}

/// ADDR-CGNAT-OVERLAP: while the VPG IP range is unknown, any of 100.64.0.0/10 could clash.
///
/// Source: SORACOM, "VPG IP address range".
pub(super) fn cgnat_overlap(context: &Context, out: &mut Emitter) {
    if context.design.soracom.vpg_ip_range.is_some() {
        return;
    }
    let clash = vnet_overlapping(context, CGNAT);
    if !clash.is_empty() {
        out.emit(
            "vnet",
            Text::new(
                format!("The VNet address space ({}) overlaps 100.64.0.0/10, from which SORACOM assigns the VPG IP range; until that range is known this may clash, so prefer VNet addresses outside 100.64.0.0/10 or enter the VPG IP range.", join(&clash)),
                format!("VNet のアドレス空間 ({}) が、SORACOM が VPG の IP アドレスレンジを割り当てる 100.64.0.0/10 と重なっています。レンジが決まるまで衝突の可能性があるため、100.64.0.0/10 の外のアドレスを使うか、VPG の IP アドレスレンジを入力してください。", join(&clash)),
            ),
        );
    }
}

/// ADDR-DEVICE-SUBNET-OVERLAP: devices and VNet hosts in one range cannot reach each other.
///
/// Source: SORACOM, VPG device subnet (default 10.128.0.0/9).
pub(super) fn device_subnet_overlap(context: &Context, out: &mut Emitter) {
    let subnet = context.design.soracom.device_subnet;
    let clash = vnet_overlapping(context, subnet.0);
    if !clash.is_empty() {
        out.emit(
            "vnet",
            Text::new(
                format!("The VNet address space ({}) overlaps the VPG device subnet {subnet}, so devices and VNet hosts with clashing addresses cannot reach each other; choose VNet addresses outside {subnet} (the device subnet is fixed when the VPG is created)."  , join(&clash)),
                format!("VNet のアドレス空間 ({}) が VPG のデバイスサブネット {subnet} と重なっているため、アドレスが重なるデバイスと VNet のホストは通信できません。{subnet} の外のアドレスを VNet に使ってください (デバイスサブネットは VPG 作成時に決まります)。", join(&clash)),
            ),
        );
    }
}

/// ADDR-VNET-OVERLAP: Azure refuses a VNet whose address prefixes overlap.
///
/// Source: Microsoft, virtual network address space (prefixes of one VNet cannot overlap).
pub(super) fn vnet_overlap(context: &Context, out: &mut Emitter) {
    let space = &context.design.azure.vnet.address_space;
    let items: Vec<(Ipv4Net, usize)> = space
        .iter()
        .enumerate()
        .map(|(index, cidr)| (cidr.0, index))
        .collect();
    for (first, second) in overlapping_pairs(items) {
        let (a, b) = (space[first], space[second]);
        out.emit(
            "vnet",
            Text::new(
                format!("The VNet address space entries {a} and {b} overlap, which Azure refuses; merge them or remove one."),
                format!("VNet のアドレス空間 {a} と {b} が重なっているため Azure で作成できません。まとめるか、どちらかを削除してください。"),
            ),
        );
    }
}

/// ADDR-STATIC-ROUTES-MISSING: static routing needs the customer prefixes listed.
///
/// Source: AWS, "Site-to-Site VPN routing options".
pub(super) fn static_routes_missing(context: &Context, out: &mut Emitter) {
    for (vpn, links) in context.design.door_vpns.iter().zip(&context.tunnel_links) {
        let linked = links.iter().any(Option::is_some);
        if linked && vpn.routing == Routing::Static && vpn.static_routes.is_empty() {
            let suggestion = join(&context.design.azure.vnet.address_space);
            out.emit(
                vpn.id.as_str(),
                Text::new(
                    format!("{} uses static routing but lists no static routes, so SORACOM sends nothing into it; list the Azure prefixes to reach ({suggestion}), or use BGP.", vpn.label()),
                    format!("{} は static ルーティングですが静的ルートがないため、SORACOM から何も送られません。到達したい Azure 側のプレフィックス ({suggestion}) を指定するか、BGP を使ってください。", vpn.label()),
                ),
            );
        }
    }
}

/// ADDR-STATIC-ROUTES-UNCOVERED: a static route list that misses part of the VNet.
///
/// Source: AWS, "Site-to-Site VPN routing options" (only listed prefixes are routed).
pub(super) fn static_routes_uncovered(context: &Context, out: &mut Emitter) {
    let space = &context.design.azure.vnet.address_space;
    for vpn in &context.design.door_vpns {
        if vpn.routing != Routing::Static || vpn.static_routes.is_empty() {
            continue;
        }
        let routes = merged_spans(vpn.static_routes.iter().map(|route| route.0));
        let uncovered: Vec<Cidr> = space
            .iter()
            .copied()
            .filter(|entry| !covered(&routes, entry.0))
            .collect();
        if !uncovered.is_empty() {
            out.emit(
                vpn.id.as_str(),
                Text::new(
                    format!("The static routes of {} ({}) do not cover all of the VNet ({}), so devices cannot reach the rest; add routes for it.", vpn.label(), join(&vpn.static_routes), join(&uncovered)),
                    format!("{} の静的ルート ({}) が VNet の一部 ({}) をカバーしていないため、デバイスからそこへ到達できません。ルートを追加してください。", vpn.label(), join(&vpn.static_routes), join(&uncovered)),
                ),
            );
        }
    }
}

/// Prefixes as sorted, merged inclusive address ranges.
fn merged_spans(prefixes: impl Iterator<Item = Ipv4Net>) -> Vec<(u64, u64)> {
    let mut spans: Vec<(u64, u64)> = prefixes.map(span).collect();
    spans.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 + 1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Whether merged ranges cover a whole prefix (binary search: O(log n)).
fn covered(merged: &[(u64, u64)], prefix: Ipv4Net) -> bool {
    let (start, end) = span(prefix);
    let index = merged.partition_point(|&(range_start, _)| range_start <= start);
    index > 0 && merged[index - 1].1 >= end
}
