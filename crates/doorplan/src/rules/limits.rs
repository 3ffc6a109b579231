//! AWS limits a Door VPG inherits.

use super::{source, Context, Emitter, Family, Rule};
use crate::ids::Subject;
use crate::report::Severity;
use crate::text::S;

pub(super) static RULES: [&Rule; 2] = [&VPNS_PER_VPG, &PREFIXES];

/// VPN connections per virtual private gateway (AWS, "Site-to-Site VPN quotas").
pub const VPNS_PER_VPG_LIMIT: usize = 10;
/// Dynamic routes a customer gateway may advertise per VPN connection (AWS, same page).
pub const PREFIXES_PER_VPN: usize = 100;

/// LIMIT-VPNS-PER-VPG: 10 VPN connections per virtual private gateway.
///
/// AWS, "Site-to-Site VPN quotas".
pub(crate) static VPNS_PER_VPG: Rule = Rule {
    id: "LIMIT-VPNS-PER-VPG",
    family: Family::Limits,
    severity: Severity::Warn,
    summary: S::LimitVpnsPerVpg,
    source: source::AWS_LIMITS,
    check: vpns_per_vpg,
};

fn vpns_per_vpg(context: &Context, out: &mut Emitter) {
    let count = context.design.door_vpns.len();
    if count > VPNS_PER_VPG_LIMIT {
        out.emit(
            Subject::Soracom,
            msg!(LimitVpnsPerVpg, count = count, limit = VPNS_PER_VPG_LIMIT),
        );
    }
}

/// LIMIT-PREFIXES: Azure advertises the VNet's prefixes to every BGP peer; AWS accepts 100
/// per VPN connection.
///
/// AWS, "Site-to-Site VPN quotas" (dynamic routes advertised from a customer gateway).
pub(crate) static PREFIXES: Rule = Rule {
    id: "LIMIT-PREFIXES",
    family: Family::Limits,
    severity: Severity::Warn,
    summary: S::LimitPrefixes,
    source: source::AWS_LIMITS,
    check: prefixes,
};

fn prefixes(context: &Context, out: &mut Emitter) {
    let advertised = context.design.azure.vnet.address_space.len();
    if advertised <= PREFIXES_PER_VPN {
        return;
    }
    for (vpn, bgp) in context.vpns_with_bgp() {
        if bgp {
            out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(
                    LimitPrefixes,
                    count = advertised,
                    vpn = vpn.label(),
                    limit = PREFIXES_PER_VPN
                ),
            );
        }
    }
}
