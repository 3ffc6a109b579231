//! AWS limits a Door VPG inherits.

use super::{Context, Emitter};
use crate::model::Routing;
use crate::report::Text;

/// VPN connections per virtual private gateway (AWS, "Site-to-Site VPN quotas").
pub const VPNS_PER_VPG: usize = 10;
/// Dynamic routes a customer gateway may advertise per VPN connection (AWS, same page).
pub const PREFIXES_PER_VPN: usize = 100;

/// LIMIT-VPNS-PER-VPG: 10 VPN connections per virtual private gateway.
///
/// Source: AWS, "Site-to-Site VPN quotas".
pub(super) fn vpns_per_vpg(context: &Context, out: &mut Emitter) {
    let count = context.design.door_vpns.len();
    if count > VPNS_PER_VPG {
        out.emit(
            "soracom",
            Text::new(
                format!("The design has {count} Door VPNs, but AWS allows {VPNS_PER_VPG} VPN connections per virtual private gateway by default; ask SORACOM whether more are possible, or use fewer."),
                format!("Door VPN が {count} ありますが、AWS の仮想プライベートゲートウェイあたりの VPN 接続数は既定で {VPNS_PER_VPG} までです。SORACOM に上限を確認するか、数を減らしてください。"),
            ),
        );
    }
}

/// LIMIT-PREFIXES: Azure advertises the VNet's prefixes to every BGP peer; AWS accepts 100
/// per VPN connection.
///
/// Source: AWS, "Site-to-Site VPN quotas" (dynamic routes advertised from a customer gateway).
pub(super) fn prefixes(context: &Context, out: &mut Emitter) {
    let advertised = context.design.azure.vnet.address_space.len();
    if advertised <= PREFIXES_PER_VPN {
        return;
    }
    for vpn in &context.design.door_vpns {
        if vpn.routing == Routing::Bgp {
            out.emit(
                vpn.id.as_str(),
                Text::new(
                    format!("Azure would advertise {advertised} prefixes to {}, but AWS accepts at most {PREFIXES_PER_VPN} per VPN connection; summarise the VNet address space.", vpn.label()),
                    format!("Azure から {} へ {advertised} 個のプレフィックスが広報されますが、AWS が受け付けるのは VPN 接続あたり {PREFIXES_PER_VPN} 個までです。VNet のアドレス空間を集約してください。", vpn.label()),
                ),
            );
        }
    }
}
