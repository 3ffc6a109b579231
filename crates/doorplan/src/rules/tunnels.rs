//! Door tunnels: inside CIDRs, pre-shared keys, outside IPs.

use std::collections::HashMap;
use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use super::{overlapping_pairs, source, Context, Emitter, Family, Rule, TunnelRef};
use crate::model::Ip;
use crate::report::Severity;
use crate::text::{Message, S, T};

pub(super) static RULES: [&Rule; 5] = [
    &INSIDE_FORMAT,
    &INSIDE_RESERVED,
    &INSIDE_DUPLICATE,
    &PSK,
    &OUTSIDE_DUPLICATE,
];

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
/// 8–64 characters of letters, digits, `.` and `_`, not starting with `0`). The key itself is
/// never part of the answer.
pub fn psk_problem(psk: &str) -> Option<Message> {
    let length = psk.chars().count();
    if !(8..=64).contains(&length) {
        return Some(msg!(PskLength, length = length));
    }
    if psk.starts_with('0') {
        return Some(msg!(PskStartsWithZero));
    }
    if !psk
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
    {
        return Some(msg!(PskCharacters));
    }
    None
}

/// TUN-INSIDE-FORMAT: AWS takes a /30 inside 169.254.0.0/16 as the tunnel inside CIDR.
///
/// AWS, "Tunnel options for your Site-to-Site VPN connection".
pub(crate) static INSIDE_FORMAT: Rule = Rule {
    id: "TUN-INSIDE-FORMAT",
    family: Family::Tunnel,
    severity: Severity::Ng,
    summary: S::TunInsideFormat,
    source: source::AWS_TUNNELS,
    check: inside_format,
};

fn inside_format(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        let Some(inside) = tunnel.tunnel.inside_cidr else {
            continue;
        };
        if inside_format_ok(inside.0) {
            continue;
        }
        let why = if inside.0.prefix_len() != 30 {
            T::InsideNot30
        } else if !LINK_LOCAL.contains(&inside.0) {
            T::InsideNotLinkLocal
        } else {
            T::InsideHostBits
        };
        out.emit(
            tunnel.subject(),
            msg!(
                TunInsideFormat,
                inside = inside,
                tunnel = tunnel.name(),
                why = why,
                example = suggestion(inside.0)
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
/// AWS, "Tunnel options for your Site-to-Site VPN connection".
pub(crate) static INSIDE_RESERVED: Rule = Rule {
    id: "TUN-INSIDE-RESERVED",
    family: Family::Tunnel,
    severity: Severity::Ng,
    summary: S::TunInsideReserved,
    source: source::AWS_TUNNELS,
    check: inside_reserved,
};

fn inside_reserved(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        let Some(inside) = tunnel.tunnel.inside_cidr else {
            continue;
        };
        if let Some(reserved) = reserved_overlap(inside.0) {
            out.emit(
                tunnel.subject(),
                msg!(
                    TunInsideReserved,
                    inside = inside,
                    tunnel = tunnel.name(),
                    reserved = reserved
                ),
            );
        }
    }
}

/// TUN-INSIDE-DUPLICATE: inside CIDRs are unique across every VPN connection of one virtual
/// private gateway, i.e. across all Door VPNs of the VPG.
///
/// AWS, "Tunnel options for your Site-to-Site VPN connection".
pub(crate) static INSIDE_DUPLICATE: Rule = Rule {
    id: "TUN-INSIDE-DUPLICATE",
    family: Family::Tunnel,
    severity: Severity::Ng,
    summary: S::TunInsideDuplicate,
    source: source::AWS_TUNNELS,
    check: inside_duplicate,
};

fn inside_duplicate(context: &Context, out: &mut Emitter) {
    let tunnels: Vec<TunnelRef> = context.tunnels().collect();
    let prefixes: Vec<(Ipv4Net, usize)> = tunnels
        .iter()
        .enumerate()
        .filter_map(|(index, tunnel)| tunnel.tunnel.inside_cidr.map(|cidr| (cidr.0, index)))
        .collect();
    let mut pairs = overlapping_pairs(prefixes);
    // Report in document order, not address order (each tunnel is the later one of at most
    // one pair).
    crate::order::sort_by_key(&mut pairs, |&(earlier, later)| (later, earlier));
    for (first, second) in pairs {
        let (a, b) = (&tunnels[first], &tunnels[second]);
        let (Some(a_cidr), Some(b_cidr)) = (a.tunnel.inside_cidr, b.tunnel.inside_cidr) else {
            continue;
        };
        out.emit(
            b.subject(),
            msg!(
                TunInsideDuplicate,
                inside = b_cidr,
                tunnel = b.name(),
                other_inside = a_cidr,
                other = a.name()
            ),
        );
    }
}

/// TUN-PSK: AWS's pre-shared key alphabet. The key itself never appears in a message.
///
/// AWS, "Tunnel options for your Site-to-Site VPN connection".
pub(crate) static PSK: Rule = Rule {
    id: "TUN-PSK",
    family: Family::Tunnel,
    severity: Severity::Ng,
    summary: S::TunPsk,
    source: source::AWS_TUNNELS,
    check: psk,
};

fn psk(context: &Context, out: &mut Emitter) {
    for tunnel in context.tunnels() {
        let Some(key) = tunnel.tunnel.psk.as_deref() else {
            continue;
        };
        if let Some(problem) = psk_problem(key) {
            out.emit(
                tunnel.subject(),
                msg!(TunPsk, tunnel = tunnel.name(), problem = problem),
            );
        }
    }
}

/// TUN-OUTSIDE-DUPLICATE: every AWS tunnel endpoint has its own public IP.
///
/// AWS, "Tunnel options" (each tunnel uses a unique outside IP, in a different AZ).
pub(crate) static OUTSIDE_DUPLICATE: Rule = Rule {
    id: "TUN-OUTSIDE-DUPLICATE",
    family: Family::Tunnel,
    severity: Severity::Ng,
    summary: S::TunOutsideDuplicate,
    source: source::AWS_TUNNELS,
    check: outside_duplicate,
};

fn outside_duplicate(context: &Context, out: &mut Emitter) {
    let mut seen: HashMap<Ip, TunnelRef> = HashMap::new();
    for tunnel in context.tunnels() {
        let Some(outside) = tunnel.tunnel.outside_ip else {
            continue;
        };
        if let Some(first) = seen.get(&outside) {
            out.emit(
                tunnel.subject(),
                msg!(
                    TunOutsideDuplicate,
                    tunnel = tunnel.name(),
                    outside = outside,
                    other = first.name()
                ),
            );
        } else {
            seen.insert(outside, tunnel);
        }
    }
}
