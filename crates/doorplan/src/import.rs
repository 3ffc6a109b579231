//! Reading back SORACOM's answer: the AWS Site-to-Site VPN configuration in AWS's downloadable
//! "Generic" text format (per tunnel: IKE version, outside IPs, inside IPs, pre-shared key, BGP
//! ASNs and neighbour), and filling a Door VPN of the design from it.
//!
//! AWS does not keep tunnel order (terraform-provider-aws issue 5809, PR 19077): the answer's
//! "IPSec Tunnel #1" may be the design's tunnel 2. Blocks are matched to the design's tunnels by
//! inside CIDR (or BGP neighbour), else by outside IP, and only tunnels nothing identifies are
//! matched by position. A tunnel's outside IP, key and inside CIDR are one unit: when a block
//! contradicts the tunnel it matches, nothing of that tunnel is written and the block is named.

use std::fmt;
use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use crate::model::{Cidr, Design, Ip, AMAZON_DEFAULT_ASN};
use crate::report::Severity;
use crate::text::{quoted, Message};

/// The largest configuration text read (AWS's are about 10 KB).
pub const MAX_CONFIG_BYTES: usize = 1 << 20;

/// One tunnel as AWS describes it ("IPSec Tunnel #n").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwsTunnel {
    /// The block's number in the text (1 or 2).
    pub block: usize,
    /// `IKEv1` / `IKEv2`, as written.
    pub ike_version: Option<String>,
    pub pre_shared_key: Option<String>,
    /// The customer gateway's outside IP: the Azure public IP SORACOM configured.
    pub customer_outside_ip: Option<Ipv4Addr>,
    /// The AWS endpoint's outside IP.
    pub aws_outside_ip: Option<Ipv4Addr>,
    /// Customer side inside address with its prefix (`169.254.21.2/30`).
    pub customer_inside: Option<Ipv4Net>,
    /// AWS side inside address with its prefix (`169.254.21.1/30`).
    pub aws_inside: Option<Ipv4Net>,
    pub customer_asn: Option<u32>,
    pub amazon_asn: Option<u32>,
    /// The BGP neighbour (the AWS inside address).
    pub neighbor_ip: Option<Ipv4Addr>,
}

impl AwsTunnel {
    /// The tunnel's inside /30, from whichever line gives it.
    pub fn inside_cidr(&self) -> Option<Cidr> {
        let from_neighbor = self.neighbor_ip.and_then(|ip| Ipv4Net::new(ip, 30).ok());
        self.aws_inside
            .or(self.customer_inside)
            .or(from_neighbor)
            .map(|net| Cidr(net.trunc()))
    }

    /// Whether the block asks for IKEv1 only.
    pub fn is_ikev1(&self) -> bool {
        self.ike_version
            .as_deref()
            .is_some_and(|version| version.eq_ignore_ascii_case("ikev1"))
    }
}

/// A whole VPN connection configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwsVpnConfig {
    pub vpn_connection_id: Option<String>,
    pub tunnels: Vec<AwsTunnel>,
}

/// Why a configuration text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line, when the problem is on one line.
    pub line: Option<usize>,
    pub message: Message,
}

impl ParseError {
    /// `line 12: what is wrong`, as a message.
    pub fn to_message(&self) -> Message {
        match self.line {
            Some(line) => msg!(AtLine, line = line, message = self.message.clone()),
            None => self.message.clone(),
        }
    }

    /// `line 12: what is wrong`, in a language.
    pub fn message(&self, lang: crate::Lang) -> String {
        self.to_message().render(lang)
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::Lang::En))
    }
}

impl std::error::Error for ParseError {}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    Other,
    Outside,
    Inside,
    Bgp,
}

/// Parses AWS's Generic VPN configuration text.
pub fn parse_aws_generic(text: &str) -> Result<AwsVpnConfig, ParseError> {
    if text.len() > MAX_CONFIG_BYTES {
        return Err(ParseError {
            line: None,
            message: msg!(TooLarge, size = text.len(), limit = MAX_CONFIG_BYTES),
        });
    }
    let mut config = AwsVpnConfig::default();
    let mut section = Section::Other;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim();
        let lower = line.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("ipsec tunnel #") {
            let expected = config.tunnels.len() + 1;
            if rest.trim().parse::<usize>().ok() != Some(expected) || expected > 2 {
                return Err(ParseError {
                    line: Some(number),
                    message: msg!(
                        AwsUnexpectedBlock,
                        expected = expected,
                        found = quoted(line)
                    ),
                });
            }
            config.tunnels.push(AwsTunnel {
                block: expected,
                ..AwsTunnel::default()
            });
            section = Section::Other;
            continue;
        }
        if lower.starts_with("outside ip addresses") {
            section = Section::Outside;
            continue;
        }
        if lower.starts_with("inside ip addresses") {
            section = Section::Inside;
            continue;
        }
        if lower.starts_with("bgp configuration options") {
            section = Section::Bgp;
            continue;
        }
        if lower.starts_with("your vpn connection id") {
            config.vpn_connection_id = line
                .split_once(':')
                .map(|(_, id)| id.trim().chars().take(64).collect());
            continue;
        }
        let Some((key, value)) = key_value(line) else {
            continue;
        };
        let Some(tunnel) = config.tunnels.last_mut() else {
            continue;
        };
        // The key is a secret: its value is never repeated, even when it is wrong.
        let bad = |what: crate::text::T| ParseError {
            line: Some(number),
            message: msg!(
                AwsBadValue,
                value = if key == "pre-shared key" {
                    "…".to_string()
                } else {
                    quoted(value)
                },
                what = what,
                key = quoted(&key)
            ),
        };
        use crate::text::T;
        match (section, key.as_str()) {
            (_, "ike version") => tunnel.ike_version = Some(value.chars().take(16).collect()),
            (_, "pre-shared key") => tunnel.pre_shared_key = Some(value.to_string()),
            (Section::Outside, "customer gateway") => {
                tunnel.customer_outside_ip = Some(value.parse().map_err(|_| bad(T::AnIpv4Address))?)
            }
            (Section::Outside, "virtual private gateway") => {
                tunnel.aws_outside_ip = Some(value.parse().map_err(|_| bad(T::AnIpv4Address))?)
            }
            (Section::Inside, "customer gateway") => {
                tunnel.customer_inside =
                    Some(value.parse().map_err(|_| bad(T::AnAddressWithPrefix))?)
            }
            (Section::Inside, "virtual private gateway") => {
                tunnel.aws_inside = Some(value.parse().map_err(|_| bad(T::AnAddressWithPrefix))?)
            }
            (_, "customer gateway asn") => {
                tunnel.customer_asn = Some(value.parse().map_err(|_| bad(T::AnAsn))?)
            }
            (_, "virtual private gateway asn") => {
                tunnel.amazon_asn = Some(value.parse().map_err(|_| bad(T::AnAsn))?)
            }
            (_, "neighbor ip address") => {
                tunnel.neighbor_ip = Some(value.parse().map_err(|_| bad(T::AnIpv4Address))?)
            }
            _ => {}
        }
    }
    if config.tunnels.is_empty() {
        return Err(ParseError {
            line: None,
            message: msg!(AwsNotGeneric),
        });
    }
    if config.tunnels.len() != 2 {
        return Err(ParseError {
            line: None,
            message: msg!(AwsTunnelCount, found = config.tunnels.len()),
        });
    }
    for tunnel in &config.tunnels {
        if tunnel.aws_outside_ip.is_none() {
            return Err(ParseError {
                line: None,
                message: msg!(AwsNoOutsideIp, block = tunnel.block),
            });
        }
    }
    Ok(config)
}

/// `- Pre-Shared Key : abc` → (`pre-shared key`, `abc`), with whitespace runs collapsed.
fn key_value(line: &str) -> Option<(String, &str)> {
    let line = line.strip_prefix('-')?.trim_start();
    let (key, value) = line.split_once(':')?;
    let key = key
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    let value = value.trim();
    (!value.is_empty()).then_some((key, value))
}

/// One value taken from the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Field path in the design (`door_vpns[0].tunnels[1].outside_ip`).
    pub path: String,
    /// The value written (`(secret)` for a key).
    pub value: String,
}

/// One value of the configuration that contradicts the design; the design keeps its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub path: String,
    pub design: String,
    pub config: String,
    pub message: Message,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub design: Design,
    pub filled: Vec<Change>,
    pub conflicts: Vec<Conflict>,
    /// Things to know that change nothing (an IKEv1 configuration, tunnels that came back in
    /// the other order).
    pub notes: Vec<Message>,
}

impl Import {
    /// How the import went: WARN with contradictions or notes, else INFO.
    pub fn severity(&self) -> Severity {
        if self.conflicts.is_empty() && self.notes.is_empty() {
            Severity::Info
        } else {
            Severity::Warn
        }
    }

    /// What the editor says after an import: what was filled, then every contradiction and note.
    pub fn summary(&self, vpn_label: &str) -> Vec<Message> {
        let mut lines = vec![if self.filled.is_empty() {
            msg!(ImportNothingFilled, vpn = vpn_label)
        } else {
            msg!(ImportFilled, count = self.filled.len(), vpn = vpn_label)
        }];
        lines.extend(
            self.conflicts
                .iter()
                .map(|conflict| conflict.message.clone()),
        );
        lines.extend(self.notes.iter().cloned());
        lines
    }
}

/// Why an import could not start.
pub fn no_such_vpn(vpn_id: &str) -> Message {
    msg!(ImportNoSuchVpn, id = quoted(vpn_id))
}

/// Fills the Door VPN `vpn_id` (its tunnels' outside IPs, keys and inside CIDRs, its
/// Amazon-side ASN) and the Azure public IP it terminates on, from SORACOM's configuration.
pub fn import_aws(design: &Design, vpn_id: &str, config: &AwsVpnConfig) -> Result<Import, Message> {
    let position = design
        .door_vpns
        .iter()
        .position(|vpn| vpn.id == vpn_id)
        .ok_or_else(|| no_such_vpn(vpn_id))?;
    let mut next = design.clone();
    let mut filled = Vec::new();
    let mut conflicts = Vec::new();
    let mut notes = Vec::new();

    let tunnels = &design.door_vpns[position].tunnels;
    let mut contradicted = 0;
    for (block, (index, matched)) in match_blocks(tunnels, &config.tunnels)
        .into_iter()
        .enumerate()
    {
        let aws = &config.tunnels[block];
        if matched && index != block {
            notes.push(msg!(ImportSwapped, block = aws.block, n = index + 1));
        }
        let base = format!("door_vpns[{position}].tunnels[{index}]");
        let current = &tunnels[index];
        // One unit: check every value first, write only if none contradicts.
        let mut clashes = Vec::new();
        let ip = aws.aws_outside_ip.map(Ip);
        let inside = aws.inside_cidr();
        if let (Some(ours), Some(theirs)) = (current.outside_ip, ip) {
            if ours != theirs {
                clashes.push(conflict(
                    aws.block,
                    format!("{base}.outside_ip"),
                    ours.to_string(),
                    theirs.to_string(),
                    false,
                ));
            }
        }
        if let (Some(ours), Some(theirs)) = (&current.psk, &aws.pre_shared_key) {
            if ours != theirs {
                clashes.push(conflict(
                    aws.block,
                    format!("{base}.psk"),
                    String::new(),
                    String::new(),
                    true,
                ));
            }
        }
        if let (Some(ours), Some(theirs)) = (current.inside_cidr, inside) {
            if ours != theirs {
                clashes.push(conflict(
                    aws.block,
                    format!("{base}.inside_cidr"),
                    ours.to_string(),
                    theirs.to_string(),
                    false,
                ));
            }
        }
        if !clashes.is_empty() {
            conflicts.extend(clashes);
            contradicted += 1;
            continue;
        }
        let Some(target) = next.door_vpns[position].tunnels.get_mut(index) else {
            continue;
        };
        fill(
            &mut target.outside_ip,
            ip,
            format!("{base}.outside_ip"),
            false,
            &mut filled,
        );
        fill(
            &mut target.psk,
            aws.pre_shared_key.clone(),
            format!("{base}.psk"),
            true,
            &mut filled,
        );
        fill(
            &mut target.inside_cidr,
            inside,
            format!("{base}.inside_cidr"),
            false,
            &mut filled,
        );
    }
    if let Some(tunnel) = config.tunnels.iter().find(|tunnel| tunnel.is_ikev1()) {
        notes.push(msg!(ImportIkev1, block = tunnel.block));
    }

    // Every tunnel contradicts the design: most likely another Door VPN's configuration. Its
    // customer gateway and ASNs are not this VPN's to write either.
    if !config.tunnels.is_empty() && contradicted == config.tunnels.len() {
        notes.push(msg!(
            ImportNotThisVpn,
            vpn = design.door_vpns[position].label()
        ));
        // `next` is still the design as it was: every tunnel was skipped.
        return Ok(Import {
            design: next,
            filled: Vec::new(),
            conflicts,
            notes,
        });
    }

    let amazon_asn = config.tunnels.iter().find_map(|t| t.amazon_asn);
    if let Some(asn) = amazon_asn {
        let vpn = &mut next.door_vpns[position];
        if vpn.amazon_asn != asn {
            // The Amazon-side ASN always has a value (AWS's default); SORACOM's word wins only
            // when the design still says the default.
            let path = format!("door_vpns[{position}].amazon_asn");
            if vpn.amazon_asn == AMAZON_DEFAULT_ASN {
                vpn.amazon_asn = asn;
                filled.push(Change {
                    path,
                    value: asn.to_string(),
                });
            } else {
                conflicts.push(conflict(
                    0,
                    path,
                    vpn.amazon_asn.to_string(),
                    asn.to_string(),
                    false,
                ));
            }
        }
    }
    // The customer gateway is the Azure side: its IP and ASN must be ours.
    let instance = next
        .links
        .iter()
        .find(|link| link.vpn == vpn_id)
        .map(|link| link.instance);
    if let (Some(instance), Some(ip)) = (
        instance,
        config.tunnels.iter().find_map(|t| t.customer_outside_ip),
    ) {
        let gateway = &mut next.azure.gateway;
        let count = usize::from(gateway.instance_count());
        let ips = gateway.public_ips.get_or_insert_with(|| vec![None; count]);
        if ips.len() < count {
            ips.resize(count, None);
        }
        let path = format!("azure.gateway.public_ips[{instance}]");
        let other = ips
            .iter()
            .enumerate()
            .find(|(index, other)| *index != usize::from(instance) && **other == Some(Ip(ip)))
            .map(|(index, _)| index);
        if let Some(other) = other {
            // One address cannot be both instances' public IP (GW-PUBLIC-IPS): the links or the
            // configuration are wrong, and writing it would hide which.
            conflicts.push(Conflict {
                message: msg!(
                    ImportIpOtherInstance,
                    path = path.as_str(),
                    ip = ip,
                    other = other,
                    vpn = next.door_vpns[position].label(),
                    instance = instance
                ),
                design: ips
                    .get(usize::from(instance))
                    .copied()
                    .flatten()
                    .map_or_else(String::new, |ours| ours.to_string()),
                path,
                config: ip.to_string(),
            });
        } else if let Some(slot) = ips.get_mut(usize::from(instance)) {
            match slot {
                Some(ours) if ours.0 != ip => {
                    conflicts.push(conflict(0, path, ours.to_string(), ip.to_string(), false))
                }
                Some(_) => {}
                None => {
                    *slot = Some(Ip(ip));
                    filled.push(Change {
                        path,
                        value: ip.to_string(),
                    });
                }
            }
        }
    }
    if let Some(asn) = config.tunnels.iter().find_map(|t| t.customer_asn) {
        if asn != next.azure.gateway.asn && next.azure.gateway.bgp {
            conflicts.push(conflict(
                0,
                "azure.gateway.asn".into(),
                next.azure.gateway.asn.to_string(),
                asn.to_string(),
                false,
            ));
        }
    }
    Ok(Import {
        design: next,
        filled,
        conflicts,
        notes,
    })
}

/// For each block (by position in the configuration), the design tunnel it describes and
/// whether something identified it. By inside CIDR first, then by outside IP, then — only for
/// tunnels nothing identifies yet — by position. A block left over is set against the tunnel
/// left over, which it contradicts (so nothing of that tunnel is written).
fn match_blocks(tunnels: &[crate::model::Tunnel], blocks: &[AwsTunnel]) -> Vec<(usize, bool)> {
    let mut pairs: Vec<Option<(usize, bool)>> = vec![None; blocks.len()];
    let mut taken = vec![false; tunnels.len()];
    let unknown =
        |tunnel: &crate::model::Tunnel| tunnel.inside_cidr.is_none() && tunnel.outside_ip.is_none();
    type Pass<'a> = (&'a dyn Fn(usize, usize) -> bool, bool);
    let passes: [Pass; 6] = [
        // The same inside CIDR (or BGP neighbour).
        (
            &|block, index| {
                tunnels[index].inside_cidr.is_some()
                    && tunnels[index].inside_cidr == blocks[block].inside_cidr()
            },
            true,
        ),
        // The same AWS outside IP.
        (
            &|block, index| {
                tunnels[index].outside_ip.is_some()
                    && tunnels[index].outside_ip.map(|ip| ip.0) == blocks[block].aws_outside_ip
            },
            true,
        ),
        // Nothing known on our side: the block's own position first, then any.
        (
            &|block, index| block == index && unknown(&tunnels[index]),
            true,
        ),
        (&|_, index| unknown(&tunnels[index]), true),
        // Left over: a contradiction, set against the tunnel left over.
        (&|block, index| block == index, false),
        (&|_, _| true, false),
    ];
    for (matches, identified) in passes {
        for (block, pair) in pairs.iter_mut().enumerate() {
            if pair.is_some() {
                continue;
            }
            if let Some(index) =
                (0..tunnels.len()).find(|&index| !taken[index] && matches(block, index))
            {
                taken[index] = true;
                *pair = Some((index, identified));
            }
        }
    }
    pairs
        .into_iter()
        .enumerate()
        .map(|(block, pair)| pair.unwrap_or((block.min(1), false)))
        .collect()
}

fn fill<T: PartialEq + fmt::Display>(
    slot: &mut Option<T>,
    value: Option<T>,
    path: String,
    secret: bool,
    filled: &mut Vec<Change>,
) {
    if let (None, Some(value)) = (&slot, value) {
        let shown = if secret {
            "(secret)".to_string()
        } else {
            value.to_string()
        };
        *slot = Some(value);
        filled.push(Change { path, value: shown });
    }
}

fn conflict(block: usize, path: String, design: String, config: String, secret: bool) -> Conflict {
    let message = if secret {
        msg!(ImportConflictSecret, path = path.as_str(), block = block)
    } else if block == 0 {
        msg!(
            ImportConflict,
            path = path.as_str(),
            design = design.as_str(),
            config = config.as_str()
        )
    } else {
        msg!(
            ImportConflictBlock,
            path = path.as_str(),
            design = design.as_str(),
            config = config.as_str(),
            block = block
        )
    };
    let (design, config) = if secret {
        ("(secret)".to_string(), "(a different key)".to_string())
    } else {
        (design, config)
    };
    Conflict {
        path,
        design,
        config,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../../tests/fixtures/aws/door-1.generic.txt");

    #[test]
    fn parses_both_tunnels() {
        let config = parse_aws_generic(SAMPLE).unwrap();
        assert_eq!(
            config.vpn_connection_id.as_deref(),
            Some("vpn-0a1b2c3d4e5f60718")
        );
        assert_eq!(config.tunnels.len(), 2);
        assert_eq!(
            config.tunnels[0].aws_outside_ip,
            Some(Ipv4Addr::new(52, 195, 10, 11))
        );
        assert_eq!(
            config.tunnels[1].aws_inside,
            Some("169.254.22.1/30".parse().unwrap())
        );
        assert_eq!(config.tunnels[0].amazon_asn, Some(64512));
        assert_eq!(config.tunnels[0].customer_asn, Some(65000));
        assert_eq!(
            config.tunnels[0].neighbor_ip,
            Some(Ipv4Addr::new(169, 254, 21, 1))
        );
        assert!(config.tunnels[0].is_ikev1());
    }

    #[test]
    fn rejects_what_is_not_a_generic_configuration() {
        assert!(parse_aws_generic("hello")
            .unwrap_err()
            .to_string()
            .contains("IPSec Tunnel #1"));
        let one_tunnel = SAMPLE.split("IPSec Tunnel #2").next().unwrap();
        assert!(parse_aws_generic(one_tunnel)
            .unwrap_err()
            .to_string()
            .contains("2 tunnels"));
    }

    #[test]
    fn an_oversized_configuration_is_refused_with_its_size_and_the_limit() {
        let padded = format!("{SAMPLE}{}", " ".repeat(MAX_CONFIG_BYTES));
        let error = parse_aws_generic(&padded).unwrap_err().to_string();
        assert!(error.contains(&padded.len().to_string()), "{error}");
        assert!(error.contains(&MAX_CONFIG_BYTES.to_string()), "{error}");
        assert!(
            parse_aws_generic(SAMPLE).is_ok(),
            "a real answer is far below the limit"
        );
    }
}
