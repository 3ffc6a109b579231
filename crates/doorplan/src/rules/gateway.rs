//! The Azure VPN gateway: SKU, generation, mode, public IPs, GatewaySubnet.

use super::{source, Context, Emitter, Family, Rule};
use crate::ids::Subject;
use crate::model::{Generation, Sku, VpnType};
use crate::report::Severity;
use crate::text::{join, S, T};

pub(super) static RULES: [&Rule; 10] = [
    &SKU_BASIC,
    &SKU_RETIRED,
    &SKU_LEGACY,
    &SKU_GENERATION,
    &SKU_TUNNELS,
    &POLICY_BASED,
    &PUBLIC_IPS,
    &SUBNET_SIZE,
    &SUBNET_OUTSIDE,
    &FAILOVER_TIME,
];

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

/// GW-SKU-BASIC: Basic supports neither BGP nor active-active (NG when the design uses
/// either); even without them it is not for production, and its Basic public IPs were
/// retired on 30 September 2025 (WARN).
///
/// Microsoft, "About gateway SKUs" (feature table) and "Gateway SKU consolidation".
pub(crate) static SKU_BASIC: Rule = Rule {
    id: "GW-SKU-BASIC",
    family: Family::Gateway,
    severity: Severity::Ng,
    summary: S::GwSkuBasic,
    source: source::AZ_SKUS,
    check: sku_basic,
};

fn sku_basic(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    if gateway.sku != Sku::Basic {
        return;
    }
    let feature = match (gateway.bgp, gateway.active_active) {
        (true, true) => T::FeatureBgpAndAa,
        (true, false) => T::FeatureBgp,
        (false, true) => T::FeatureAa,
        (false, false) => {
            out.emit_as(Severity::Warn, Subject::Gateway, msg!(GwSkuBasicProduction));
            return;
        }
    };
    out.emit(Subject::Gateway, msg!(GwSkuBasic, feature = feature));
}

/// GW-SKU-RETIRED: Standard and HighPerformance can no longer be created.
///
/// Microsoft, "About gateway SKUs" (legacy SKU retirement).
pub(crate) static SKU_RETIRED: Rule = Rule {
    id: "GW-SKU-RETIRED",
    family: Family::Gateway,
    severity: Severity::Ng,
    summary: S::GwSkuRetired,
    source: source::AZ_SKUS,
    check: sku_retired,
};

fn sku_retired(context: &Context, out: &mut Emitter) {
    let sku = context.design.azure.gateway.sku;
    if matches!(sku, Sku::Standard | Sku::HighPerformance) {
        out.emit(Subject::Gateway, msg!(GwSkuRetired, sku = sku.name()));
    }
}

/// GW-SKU-LEGACY: since 1 January 2025 new non-AZ VpnGw1–5 gateways cannot be created (gateway
/// SKU consolidation); the AZ SKUs are created in every region (regionally where a region has
/// no zones). NG: Azure refuses the gateway.
///
/// Microsoft, "Gateway SKU consolidation and migration".
pub(crate) static SKU_LEGACY: Rule = Rule {
    id: "GW-SKU-LEGACY",
    family: Family::Gateway,
    severity: Severity::Ng,
    summary: S::GwSkuLegacy,
    source: source::AZ_SKU_CONSOLIDATION,
    check: sku_legacy,
};

fn sku_legacy(context: &Context, out: &mut Emitter) {
    let sku = context.design.azure.gateway.sku;
    if sku.tier().is_some() && !sku.is_zone_redundant() {
        out.emit(
            Subject::Gateway,
            msg!(
                GwSkuLegacy,
                sku = sku.name(),
                az = sku.zone_redundant().name()
            ),
        );
    }
}

/// GW-SKU-GENERATION: Generation2 starts at VpnGw2; VpnGw4/5 exist only as Generation2.
///
/// Microsoft, "About gateway SKUs" (generation table).
pub(crate) static SKU_GENERATION: Rule = Rule {
    id: "GW-SKU-GENERATION",
    family: Family::Gateway,
    severity: Severity::Ng,
    summary: S::GwSkuGeneration,
    source: source::AZ_SKUS,
    check: sku_generation,
};

fn sku_generation(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    let Some(generation) = gateway.generation else {
        return;
    };
    let sku = gateway.sku.name();
    match (generation, gateway.sku.tier()) {
        // Generation2 starts at VpnGw2: Basic (and the retired Standard and HighPerformance)
        // exist only as Generation1, like VpnGw1.
        (Generation::Generation2, Some(1) | None) => {
            out.emit(Subject::Gateway, msg!(GwSkuGeneration1Only, sku = sku))
        }
        (Generation::Generation1, Some(4..=5)) => {
            out.emit(Subject::Gateway, msg!(GwSkuGeneration2Only, sku = sku))
        }
        _ => {}
    }
}

/// GW-SKU-TUNNELS: each link is one S2S tunnel on the gateway.
///
/// Microsoft, "About gateway SKUs" (S2S tunnel limits).
pub(crate) static SKU_TUNNELS: Rule = Rule {
    id: "GW-SKU-TUNNELS",
    family: Family::Gateway,
    severity: Severity::Ng,
    summary: S::GwSkuTunnels,
    source: source::AZ_SKUS,
    check: sku_tunnels,
};

fn sku_tunnels(context: &Context, out: &mut Emitter) {
    let sku = context.design.azure.gateway.sku;
    let links = context.design.links.len();
    if let Some(limit) = s2s_tunnel_limit(sku) {
        if links > limit {
            out.emit(
                Subject::Gateway,
                msg!(GwSkuTunnels, links = links, sku = sku.name(), limit = limit),
            );
        }
    }
}

/// GW-POLICY-BASED: a policy-based gateway (Basic SKU only, IKEv1, one S2S tunnel, no BGP, no
/// active-active) cannot serve a Door VPN at all: AWS Site-to-Site VPN is route-based and
/// limits a policy-based peer to a single security association, and a Door VPN has two tunnels.
///
/// Microsoft, "About gateway SKUs" and "VPN Gateway settings"; AWS, "Customer gateway device
/// requirements".
pub(crate) static POLICY_BASED: Rule = Rule {
    id: "GW-POLICY-BASED",
    family: Family::Gateway,
    severity: Severity::Ng,
    summary: S::GwPolicyBased,
    source: source::AWS_CGW_DEVICE,
    check: policy_based,
};

fn policy_based(context: &Context, out: &mut Emitter) {
    if context.design.azure.gateway.vpn_type == VpnType::PolicyBased {
        out.emit(Subject::Gateway, msg!(GwPolicyBased));
    }
}

/// GW-PUBLIC-IPS: one public IP per active instance, and the two of an active-active gateway
/// are two addresses (each instance has its own public IP resource; each Door VPN's customer
/// gateway is one of them).
///
/// Microsoft, "About active-active VPN gateways" (two Standard static public IPs).
pub(crate) static PUBLIC_IPS: Rule = Rule {
    id: "GW-PUBLIC-IPS",
    family: Family::Gateway,
    severity: Severity::Ng,
    summary: S::GwPublicIps,
    source: source::AZ_ACTIVE_ACTIVE,
    check: public_ips,
};

fn public_ips(context: &Context, out: &mut Emitter) {
    let gateway = &context.design.azure.gateway;
    let Some(ips) = &gateway.public_ips else {
        return;
    };
    let expected = usize::from(gateway.instance_count());
    if ips.len() != expected {
        let mode = if gateway.active_active {
            T::ModeActiveActiveHas2
        } else {
            T::ModeActiveStandbyHas1
        };
        out.emit(
            Subject::Gateway,
            msg!(
                GwPublicIps,
                count = ips.len(),
                mode = mode,
                expected = expected
            ),
        );
    } else if let [Some(first), Some(second)] = ips.as_slice() {
        if first == second {
            out.emit(Subject::Gateway, msg!(GwPublicIpSame, ip = *first));
        }
    }
}

/// GW-SUBNET-SIZE: GatewaySubnet must be /29 or larger; /27 or larger is recommended.
///
/// Microsoft, "VPN Gateway FAQ" and "About VPN Gateway configuration settings".
pub(crate) static SUBNET_SIZE: Rule = Rule {
    id: "GW-SUBNET-SIZE",
    family: Family::Gateway,
    severity: Severity::Ng,
    summary: S::GwSubnetSize,
    source: source::AZ_FAQ,
    check: subnet_size,
};

fn subnet_size(context: &Context, out: &mut Emitter) {
    let Some(subnet) = context.design.azure.vnet.gateway_subnet else {
        return;
    };
    let length = subnet.0.prefix_len();
    if length > 29 {
        out.emit_as(
            Severity::Ng,
            Subject::Vnet,
            msg!(GwSubnetTooSmall, subnet = subnet),
        );
    } else if length > 27 {
        out.emit_as(
            Severity::Warn,
            Subject::Vnet,
            msg!(GwSubnetSmall, subnet = subnet),
        );
    }
}

/// GW-SUBNET-OUTSIDE: a subnet must lie inside its VNet.
///
/// Microsoft, "VPN Gateway FAQ" (GatewaySubnet is a subnet of the VNet).
pub(crate) static SUBNET_OUTSIDE: Rule = Rule {
    id: "GW-SUBNET-OUTSIDE",
    family: Family::Gateway,
    severity: Severity::Ng,
    summary: S::GwSubnetOutside,
    source: source::AZ_FAQ,
    check: subnet_outside,
};

fn subnet_outside(context: &Context, out: &mut Emitter) {
    let vnet = &context.design.azure.vnet;
    // With no address space at all, ADDR-VNET-EMPTY says what to do: one thing at a time.
    let Some(subnet) = vnet
        .gateway_subnet
        .filter(|_| !vnet.address_space.is_empty())
    else {
        return;
    };
    if !vnet
        .address_space
        .iter()
        .any(|space| space.0.contains(&subnet.0))
    {
        out.emit(
            Subject::Vnet,
            msg!(
                GwSubnetOutside,
                subnet = subnet,
                space = join(&vnet.address_space)
            ),
        );
    }
}

/// GW-FAILOVER-TIME: what an active-standby gateway costs on failover.
///
/// Microsoft, "Highly available cross-premises connectivity" (10–15 s planned, 1–3 min
/// unplanned).
pub(crate) static FAILOVER_TIME: Rule = Rule {
    id: "GW-FAILOVER-TIME",
    family: Family::Gateway,
    severity: Severity::Info,
    summary: S::GwFailoverTime,
    source: source::AZ_HIGHLY_AVAILABLE,
    check: failover_time,
};

fn failover_time(context: &Context, out: &mut Emitter) {
    if !context.design.azure.gateway.active_active {
        out.emit(Subject::Gateway, msg!(GwFailoverTime));
    }
}
