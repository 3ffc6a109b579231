//! The Azure VPN gateway: SKU, generation, mode, public IPs, GatewaySubnet.

use super::{Context, Emitter};
use crate::model::{Generation, Sku, VpnType};
use crate::report::{Severity, Text};

/// S2S tunnel limit of a SKU (Microsoft, "About gateway SKUs"): Basic 10, VpnGw1–3(AZ) 30,
/// VpnGw4–5(AZ) 100. Retired SKUs are judged by GW-SKU-RETIRED instead.
pub fn s2s_tunnel_limit(sku: Sku) -> Option<usize> {
    match (sku, sku.tier()) {
        (Sku::Basic, _) => Some(10),
        (_, Some(1..=3)) => Some(30),
        (_, Some(4..=5)) => Some(100),
        _ => None,
    }
}

/// GW-SKU-BASIC: Basic supports neither BGP nor active-active.
///
/// Source: Microsoft, "About gateway SKUs" (feature table).
pub(super) fn sku_basic(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    if gateway.sku != Sku::Basic || !(gateway.bgp || gateway.active_active) {
        return;
    }
    let feature = match (gateway.bgp, gateway.active_active) {
        (true, true) => ("BGP and active-active", "BGP と Active-Active"),
        (true, false) => ("BGP", "BGP"),
        _ => ("active-active", "Active-Active"),
    };
    out.emit(
        "gateway",
        Text::new(
            format!("The Basic SKU does not support {}, so Azure refuses this gateway; choose VpnGw1AZ or larger (VpnGw2AZ in Microsoft's AWS tutorial).", feature.0),
            format!("Basic SKU は {} に対応していないため、このゲートウェイは作成できません。VpnGw1AZ 以上 (Microsoft の AWS 接続チュートリアルでは VpnGw2AZ) を選んでください。", feature.1),
        ),
    );
}

/// GW-SKU-RETIRED: Standard and HighPerformance can no longer be created.
///
/// Source: Microsoft, "About gateway SKUs" (legacy SKU retirement).
pub(super) fn sku_retired(context: &Context, out: &mut Emitter) {
    let sku = context.design.azure.gateway.sku;
    if matches!(sku, Sku::Standard | Sku::HighPerformance) {
        out.emit(
            "gateway",
            Text::new(
                format!("The {sku} SKU is retired and cannot be created; choose a VpnGw…AZ SKU (VpnGw2AZ in Microsoft's AWS tutorial)."),
                format!("{sku} SKU は廃止されており作成できません。VpnGw…AZ の SKU (Microsoft の AWS 接続チュートリアルでは VpnGw2AZ) を選んでください。"),
            ),
        );
    }
}

/// GW-SKU-LEGACY: non-AZ VpnGw1–5 should not be used for new gateways.
///
/// Source: Microsoft, "About gateway SKUs" (AZ SKUs are current; non-AZ are being migrated).
pub(super) fn sku_legacy(context: &Context, out: &mut Emitter) {
    let sku = context.design.azure.gateway.sku;
    if sku.tier().is_some() && !sku.is_zone_redundant() {
        out.emit(
            "gateway",
            Text::new(
                format!("{sku} is a non-AZ SKU that Microsoft no longer recommends for new gateways; choose {sku}AZ, which costs the same and survives a zone failure."),
                format!("{sku} は新規作成が推奨されない AZ なしの SKU です。同価格でゾーン障害にも強い {sku}AZ を選んでください。"),
            ),
        );
    }
}

/// GW-SKU-GENERATION: Generation2 starts at VpnGw2; VpnGw4/5 exist only as Generation2.
///
/// Source: Microsoft, "About gateway SKUs" (generation table).
pub(super) fn sku_generation(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    let Some(generation) = gateway.generation else {
        return;
    };
    let sku = gateway.sku;
    let (en, ja) = match (generation, sku.tier()) {
        (Generation::Generation2, Some(1)) => (
            format!("{sku} exists only as Generation1; choose Generation1, or VpnGw2AZ or larger for Generation2."),
            format!("{sku} は Generation1 のみです。Generation1 にするか、Generation2 なら VpnGw2AZ 以上を選んでください。"),
        ),
        (Generation::Generation1, Some(4..=5)) => (
            format!("{sku} exists only as Generation2; set the generation to Generation2."),
            format!("{sku} は Generation2 のみです。世代を Generation2 にしてください。"),
        ),
        _ => return,
    };
    out.emit("gateway", Text::new(en, ja));
}

/// GW-SKU-TUNNELS: each link is one S2S tunnel on the gateway.
///
/// Source: Microsoft, "About gateway SKUs" (S2S tunnel limits).
pub(super) fn sku_tunnels(context: &Context, out: &mut Emitter) {
    let sku = context.design.azure.gateway.sku;
    let links = context.design.links.len();
    if let Some(limit) = s2s_tunnel_limit(sku) {
        if links > limit {
            out.emit(
                "gateway",
                Text::new(
                    format!("The design has {links} Azure connections but {sku} allows {limit} S2S tunnels; choose a larger SKU or fewer Door VPNs."),
                    format!("接続が {links} ありますが、{sku} の S2S トンネル上限は {limit} です。より大きな SKU にするか Door VPN を減らしてください。"),
                ),
            );
        }
    }
}

/// GW-POLICY-BASED: policy-based gateways support neither BGP nor active-active.
///
/// Source: Microsoft, "About VPN Gateway configuration settings" (VPN types).
pub(super) fn policy_based(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    if gateway.vpn_type == VpnType::PolicyBased && (gateway.bgp || gateway.active_active) {
        out.emit(
            "gateway",
            Text::new(
                "A PolicyBased gateway supports neither BGP nor active-active, so Azure refuses it; set the VPN type to RouteBased.",
                "PolicyBased ゲートウェイは BGP にも Active-Active にも対応していないため作成できません。VPN の種類を RouteBased にしてください。",
            ),
        );
    }
}

/// GW-PUBLIC-IPS: one public IP per active instance.
///
/// Source: Microsoft, "About active-active VPN gateways" (two Standard static public IPs).
pub(super) fn public_ips(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    let Some(ips) = &gateway.public_ips else {
        return;
    };
    let expected = usize::from(gateway.instance_count());
    if ips.len() != expected {
        let (mode_en, mode_ja) = if gateway.active_active {
            ("an active-active gateway has 2", "Active-Active ゲートウェイは 2 つ")
        } else {
            ("an active-standby gateway has 1", "Active-Standby ゲートウェイは 1 つ")
        };
        out.emit(
            "gateway",
            Text::new(
                format!("The gateway lists {} public IPs but {mode_en} (one per active instance); list exactly {expected} (null while not yet allocated).", ips.len()),
                format!("パブリック IP が {} 個ありますが、{mode_ja}です (稼働インスタンスごとに 1 つ)。ちょうど {expected} 個にしてください (未割り当ては null)。", ips.len()),
            ),
        );
    }
}

/// GW-SUBNET-SIZE: GatewaySubnet must be /29 or larger; /27 or larger is recommended.
///
/// Source: Microsoft, "VPN Gateway FAQ" and "About VPN Gateway configuration settings".
pub(super) fn subnet_size(context: &Context, out: &mut Emitter) {
    let Some(subnet) = context.design.azure.vnet.gateway_subnet else {
        return;
    };
    let length = subnet.0.prefix_len();
    if length > 29 {
        out.emit_as(
            Severity::Ng,
            "vnet",
            Text::new(
                format!("GatewaySubnet {subnet} is smaller than /29, the smallest Azure accepts; make it /27."),
                format!("GatewaySubnet {subnet} は Azure が受け付ける最小の /29 より小さいです。/27 にしてください。"),
            ),
        );
    } else if length > 27 {
        out.emit_as(
            Severity::Warn,
            "vnet",
            Text::new(
                format!("GatewaySubnet {subnet} works but leaves no room for more gateway features later; Microsoft recommends /27 or larger."),
                format!("GatewaySubnet {subnet} でも動きますが、今後の機能追加の余地がありません。Microsoft は /27 以上を推奨しています。"),
            ),
        );
    }
}

/// GW-SUBNET-OUTSIDE: a subnet must lie inside its VNet.
///
/// Source: Microsoft, "VPN Gateway FAQ" (GatewaySubnet is a subnet of the VNet).
pub(super) fn subnet_outside(context: &Context, out: &mut Emitter) {
    let vnet = &context.design.azure.vnet;
    let Some(subnet) = vnet.gateway_subnet else {
        return;
    };
    if !vnet.address_space.iter().any(|space| space.0.contains(&subnet.0)) {
        out.emit(
            "vnet",
            Text::new(
                format!("GatewaySubnet {subnet} is not inside the VNet address space ({}), so Azure cannot create it; pick a /27 inside the address space.", super::join(&vnet.address_space)),
                format!("GatewaySubnet {subnet} が VNet のアドレス空間 ({}) の外にあるため作成できません。アドレス空間内の /27 を選んでください。", super::join(&vnet.address_space)),
            ),
        );
    }
}

/// GW-FAILOVER-TIME: what an active-standby gateway costs on failover.
///
/// Source: Microsoft, "Highly available cross-premises connectivity" (10–15 s planned,
/// 1–3 min unplanned).
pub(super) fn failover_time(context: &Context, out: &mut Emitter) {
    if !context.design.azure.gateway.active_active {
        out.emit(
            "gateway",
            Text::new(
                "The gateway is active-standby: a planned failover interrupts traffic for about 10–15 s and an unplanned one for up to 1–3 min; if that matters, use an active-active gateway with two BGP Door VPNs.",
                "ゲートウェイは Active-Standby です。計画メンテナンスで約 10〜15 秒、計画外の障害で最大 1〜3 分通信が途切れます。許容できない場合は Active-Active と BGP の Door VPN 2 つで構成してください。",
            ),
        );
    }
}
