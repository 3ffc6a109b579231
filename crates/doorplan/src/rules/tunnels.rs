//! Door tunnels: inside CIDRs, pre-shared keys, outside IPs.

use std::collections::HashMap;
use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use super::{overlapping_pairs, Context, Emitter, TunnelRef};
use crate::model::Ip;
use crate::report::Text;

/// The link-local range every tunnel inside CIDR comes from.
pub const LINK_LOCAL: Ipv4Net = match Ipv4Net::new(Ipv4Addr::new(169, 254, 0, 0), 16) {
    Ok(net) => net,
    Err(_) => panic!("constant prefix"),
};

/// Inside CIDRs AWS reserves (AWS, "Tunnel options": 169.254.0.0/30 … 169.254.5.0/30 and
/// 169.254.169.252/30).
pub const AWS_RESERVED_INSIDE: [(Ipv4Addr, u8); 7] = [
    (Ipv4Addr::new(169, 254, 0, 0), 30),
    (Ipv4Addr::new(169, 254, 1, 0), 30),
    (Ipv4Addr::new(169, 254, 2, 0), 30),
    (Ipv4Addr::new(169, 254, 3, 0), 30),
    (Ipv4Addr::new(169, 254, 4, 0), 30),
    (Ipv4Addr::new(169, 254, 5, 0), 30),
    (Ipv4Addr::new(169, 254, 169, 252), 30),
];

/// Whether an inside CIDR is a /30 network inside 169.254.0.0/16.
pub fn inside_format_ok(inside: Ipv4Net) -> bool {
    inside.prefix_len() == 30 && LINK_LOCAL.contains(&inside) && inside.addr() == inside.network()
}

/// The AWS-reserved inside CIDR this one overlaps, if any.
pub fn reserved_overlap(inside: Ipv4Net) -> Option<Ipv4Net> {
    AWS_RESERVED_INSIDE
        .iter()
        .filter_map(|&(address, length)| Ipv4Net::new(address, length).ok())
        .find(|reserved| super::overlaps(*reserved, inside))
}

/// Why a pre-shared key is refused by AWS, or `None` when it is fine (AWS, "Tunnel options":
/// 8–64 characters of letters, digits, `.` and `_`, not starting with `0`).
pub fn psk_problem(psk: &str) -> Option<Text> {
    let length = psk.chars().count();
    if !(8..=64).contains(&length) {
        return Some(Text::new(
            format!("is {length} characters long, but AWS needs 8–64"),
            format!("が {length} 文字ですが、AWS では 8〜64 文字が必要です"),
        ));
    }
    if psk.starts_with('0') {
        return Some(Text::new("starts with 0, which AWS refuses", "が 0 で始まっていますが、AWS では使えません"));
    }
    if !psk.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_') {
        return Some(Text::new(
            "contains a character other than letters, digits, '.' and '_'",
            "に英数字・「.」・「_」以外の文字が含まれています",
        ));
    }
    None
}

/// TUN-INSIDE-FORMAT: AWS takes a /30 inside 169.254.0.0/16 as the tunnel inside CIDR.
///
/// Source: AWS, "Tunnel options for your Site-to-Site VPN connection".
pub(super) fn inside_format(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        let Some(inside) = tunnel.tunnel.inside_cidr else {
            continue;
        };
        if inside_format_ok(inside.0) {
            continue;
        }
        let name = tunnel.name();
        let (why_en, why_ja) = if inside.0.prefix_len() != 30 {
            ("is not a /30", "が /30 ではありません")
        } else if !LINK_LOCAL.contains(&inside.0) {
            ("is not inside 169.254.0.0/16", "が 169.254.0.0/16 の外にあります")
        } else {
            ("is not a network address (host bits are set)", "がネットワークアドレスではありません (ホスト部が 0 でない)")
        };
        out.emit(
            tunnel.subject(),
            Text::new(
                format!("The inside CIDR {inside} of {} {why_en}, but AWS takes a /30 inside 169.254.0.0/16; use e.g. {}.", name.en, suggestion(inside.0)),
                format!("{} の内部 CIDR {inside} {why_ja}。AWS では 169.254.0.0/16 内の /30 が必要です。例: {}。", name.ja, suggestion(inside.0)),
            ),
        );
    }
}

/// A valid /30 near what the user typed, for the message.
fn suggestion(inside: Ipv4Net) -> Ipv4Net {
    let candidate = Ipv4Net::new(inside.addr(), 30)
        .map(|net| net.trunc())
        .unwrap_or(inside);
    if LINK_LOCAL.contains(&candidate) && reserved_overlap(candidate).is_none() {
        candidate
    } else {
        Ipv4Net::new(Ipv4Addr::new(169, 254, 21, 0), 30).unwrap_or(inside)
    }
}

/// TUN-INSIDE-RESERVED: AWS refuses these /30s.
///
/// Source: AWS, "Tunnel options for your Site-to-Site VPN connection".
pub(super) fn inside_reserved(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        let Some(inside) = tunnel.tunnel.inside_cidr else {
            continue;
        };
        if let Some(reserved) = reserved_overlap(inside.0) {
            let name = tunnel.name();
            out.emit(
                tunnel.subject(),
                Text::new(
                    format!("The inside CIDR {inside} of {} overlaps {reserved}, which AWS reserves; choose another /30 (for BGP with Azure, from 169.254.21.0/24 or 169.254.22.0/24).", name.en),
                    format!("{} の内部 CIDR {inside} は AWS の予約済み {reserved} と重なっています。別の /30 (Azure と BGP なら 169.254.21.0/24 か 169.254.22.0/24 から) を選んでください。", name.ja),
                ),
            );
        }
    }
}

/// TUN-INSIDE-DUPLICATE: inside CIDRs are unique across every VPN connection of one virtual
/// private gateway, i.e. across all Door VPNs of the VPG.
///
/// Source: AWS, "Tunnel options for your Site-to-Site VPN connection".
pub(super) fn inside_duplicate(context: &Context, out: &mut Emitter) {
    let tunnels: Vec<TunnelRef> = context.tunnels().collect();
    let prefixes: Vec<(Ipv4Net, usize)> = tunnels
        .iter()
        .enumerate()
        .filter_map(|(index, tunnel)| tunnel.tunnel.inside_cidr.map(|cidr| (cidr.0, index)))
        .collect();
    let mut pairs = overlapping_pairs(prefixes);
    // Report in document order, not address order.
    pairs.sort_by_key(|&(_, later)| later);
    for (first, second) in pairs {
        let (a, b) = (&tunnels[first], &tunnels[second]);
        let (a_name, b_name) = (a.name(), b.name());
        let a_cidr = a.tunnel.inside_cidr.map(|c| c.to_string()).unwrap_or_default();
        let b_cidr = b.tunnel.inside_cidr.map(|c| c.to_string()).unwrap_or_default();
        out.emit(
            b.subject(),
            Text::new(
                format!("The inside CIDR {b_cidr} of {} overlaps {a_cidr} of {}, but inside CIDRs must be unique across all Door VPNs of the VPG; give each tunnel its own /30.", b_name.en, a_name.en),
                format!("{} の内部 CIDR {b_cidr} が {} の {a_cidr} と重なっています。内部 CIDR は VPG のすべての Door VPN で一意である必要があるため、トンネルごとに別の /30 を割り当ててください。", b_name.ja, a_name.ja),
            ),
        );
    }
}

/// TUN-PSK: AWS's pre-shared key alphabet. The key itself never appears in a message.
///
/// Source: AWS, "Tunnel options for your Site-to-Site VPN connection".
pub(super) fn psk(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        let Some(key) = tunnel.tunnel.psk.as_deref() else {
            continue;
        };
        if let Some(problem) = psk_problem(key) {
            let name = tunnel.name();
            out.emit(
                tunnel.subject(),
                Text::new(
                    format!("The pre-shared key of {} {}; AWS takes 8–64 letters, digits, '.' and '_', not starting with 0 (Azure's connection uses the same key).", name.en, problem.en),
                    format!("{} の事前共有キー{}。AWS では英数字・「.」・「_」の 8〜64 文字で、0 で始まらないキーが必要です (Azure の接続にも同じキーを使います)。", name.ja, problem.ja),
                ),
            );
        }
    }
}

/// TUN-OUTSIDE-DUPLICATE: every AWS tunnel endpoint has its own public IP.
///
/// Source: AWS, "Tunnel options" (each tunnel uses a unique outside IP, in a different AZ).
pub(super) fn outside_duplicate(context: &Context, out: &mut Emitter) {
    let mut seen: HashMap<Ip, TunnelRef> = HashMap::new();
    for tunnel in context.tunnels() {
        let Some(outside) = tunnel.tunnel.outside_ip else {
            continue;
        };
        if let Some(first) = seen.get(&outside) {
            let (name, first_name) = (tunnel.name(), first.name());
            out.emit(
                tunnel.subject(),
                Text::new(
                    format!("{} has AWS outside IP {outside}, the same as {}, but every AWS tunnel endpoint has its own public IP; copy the outside IPs again from SORACOM's VPN details.", name.en, first_name.en),
                    format!("{} の AWS 外部 IP {outside} が {} と同じですが、AWS のトンネルエンドポイントはそれぞれ別のパブリック IP を持ちます。SORACOM から受け取った VPN 情報から外部 IP を写し直してください。", name.ja, first_name.ja),
                ),
            );
        } else {
            seen.insert(outside, tunnel);
        }
    }
}
