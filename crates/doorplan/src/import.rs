//! Reading back SORACOM's answer: the AWS Site-to-Site VPN configuration in AWS's downloadable
//! "Generic" text format (per tunnel: outside IPs, inside IPs, pre-shared key, BGP ASNs), and
//! filling a Door VPN of the design from it. A value that contradicts the design is reported,
//! never written over.

use std::fmt;
use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use crate::model::{Cidr, Design, Ip};
use crate::report::Text;

/// One tunnel as AWS describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwsTunnel {
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
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
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
    let mut config = AwsVpnConfig::default();
    let mut section = Section::Other;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim();
        let lower = line.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("ipsec tunnel #") {
            let expected = config.tunnels.len() + 1;
            if rest.trim().parse::<usize>().ok() != Some(expected) {
                return Err(ParseError { line: Some(number), message: format!("expected 'IPSec Tunnel #{expected}', found {line:?}") });
            }
            config.tunnels.push(AwsTunnel::default());
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
            config.vpn_connection_id = line.split_once(':').map(|(_, id)| id.trim().to_string());
            continue;
        }
        let Some((key, value)) = key_value(line) else {
            continue;
        };
        let Some(tunnel) = config.tunnels.last_mut() else {
            continue;
        };
        let bad = |what: &str| ParseError { line: Some(number), message: format!("{value:?} is not {what} ({key})") };
        match (section, key.as_str()) {
            (_, "pre-shared key") => tunnel.pre_shared_key = Some(value.to_string()),
            (Section::Outside, "customer gateway") => {
                tunnel.customer_outside_ip = Some(value.parse().map_err(|_| bad("an IPv4 address"))?)
            }
            (Section::Outside, "virtual private gateway") => {
                tunnel.aws_outside_ip = Some(value.parse().map_err(|_| bad("an IPv4 address"))?)
            }
            (Section::Inside, "customer gateway") => {
                tunnel.customer_inside = Some(value.parse().map_err(|_| bad("an address with its prefix, like 169.254.21.2/30"))?)
            }
            (Section::Inside, "virtual private gateway") => {
                tunnel.aws_inside = Some(value.parse().map_err(|_| bad("an address with its prefix, like 169.254.21.1/30"))?)
            }
            (_, "customer gateway asn") => tunnel.customer_asn = Some(value.parse().map_err(|_| bad("an ASN"))?),
            (_, "virtual private gateway asn") => tunnel.amazon_asn = Some(value.parse().map_err(|_| bad("an ASN"))?),
            _ => {}
        }
    }
    if config.tunnels.is_empty() {
        return Err(ParseError {
            line: None,
            message: "not an AWS VPN configuration in the Generic format: no 'IPSec Tunnel #1' section (download it with Vendor: Generic)".into(),
        });
    }
    if config.tunnels.len() != 2 {
        return Err(ParseError { line: None, message: format!("an AWS VPN connection has 2 tunnels; this text describes {}", config.tunnels.len()) });
    }
    for (index, tunnel) in config.tunnels.iter().enumerate() {
        if tunnel.aws_outside_ip.is_none() {
            return Err(ParseError { line: None, message: format!("IPSec Tunnel #{}: no 'Virtual Private Gateway' outside IP address", index + 1) });
        }
    }
    Ok(config)
}

/// `- Pre-Shared Key : abc` → (`pre-shared key`, `abc`), with whitespace runs collapsed.
fn key_value(line: &str) -> Option<(String, &str)> {
    let line = line.strip_prefix('-')?.trim_start();
    let (key, value) = line.split_once(':')?;
    let key = key.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase();
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
    pub message: Text,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub design: Design,
    pub filled: Vec<Change>,
    pub conflicts: Vec<Conflict>,
}

/// Fills the Door VPN `vpn_id` (its tunnels' outside IPs, keys and inside CIDRs, its
/// Amazon-side ASN) and the Azure public IP it terminates on, from SORACOM's configuration.
pub fn import_aws(design: &Design, vpn_id: &str, config: &AwsVpnConfig) -> Result<Import, String> {
    let position = design
        .door_vpns
        .iter()
        .position(|vpn| vpn.id == vpn_id)
        .ok_or_else(|| format!("no Door VPN with id {vpn_id:?} in the design"))?;
    let mut next = design.clone();
    let mut filled = Vec::new();
    let mut conflicts = Vec::new();

    for (index, aws) in config.tunnels.iter().enumerate().take(2) {
        let base = format!("door_vpns[{position}].tunnels[{index}]");
        let Some(tunnel) = next.door_vpns[position].tunnels.get_mut(index) else {
            continue;
        };
        if let Some(ip) = aws.aws_outside_ip {
            merge(&mut tunnel.outside_ip, Ip(ip), format!("{base}.outside_ip"), false, &mut filled, &mut conflicts);
        }
        if let Some(key) = &aws.pre_shared_key {
            merge(&mut tunnel.psk, key.clone(), format!("{base}.psk"), true, &mut filled, &mut conflicts);
        }
        if let Some(inside) = aws.aws_inside.or(aws.customer_inside) {
            let network = Cidr(inside.trunc());
            merge(&mut tunnel.inside_cidr, network, format!("{base}.inside_cidr"), false, &mut filled, &mut conflicts);
        }
    }
    let amazon_asn = config.tunnels.iter().find_map(|t| t.amazon_asn);
    if let Some(asn) = amazon_asn {
        let vpn = &mut next.door_vpns[position];
        if vpn.amazon_asn != asn {
            // The Amazon-side ASN always has a value (AWS's default); SORACOM's word wins only
            // when the design still says the default.
            if vpn.amazon_asn == crate::model::AMAZON_DEFAULT_ASN {
                vpn.amazon_asn = asn;
                filled.push(Change { path: format!("door_vpns[{position}].amazon_asn"), value: asn.to_string() });
            } else {
                conflicts.push(conflict(format!("door_vpns[{position}].amazon_asn"), vpn.amazon_asn.to_string(), asn.to_string(), false));
            }
        }
    }
    // The customer gateway is the Azure side: its IP and ASN must be ours.
    let instance = next.links.iter().find(|link| link.vpn == vpn_id).map(|link| link.instance);
    if let (Some(instance), Some(ip)) = (instance, config.tunnels.iter().find_map(|t| t.customer_outside_ip)) {
        let gateway = &mut next.azure.gateway;
        let count = usize::from(gateway.instance_count());
        let ips = gateway.public_ips.get_or_insert_with(|| vec![None; count]);
        if ips.len() < count {
            ips.resize(count, None);
        }
        if let Some(slot) = ips.get_mut(usize::from(instance)) {
            merge(slot, Ip(ip), format!("azure.gateway.public_ips[{instance}]"), false, &mut filled, &mut conflicts);
        }
    }
    if let Some(asn) = config.tunnels.iter().find_map(|t| t.customer_asn) {
        if asn != next.azure.gateway.asn && next.azure.gateway.bgp {
            conflicts.push(conflict("azure.gateway.asn".into(), next.azure.gateway.asn.to_string(), asn.to_string(), false));
        }
    }
    Ok(Import { design: next, filled, conflicts })
}

fn merge<T: PartialEq + fmt::Display + Clone>(
    slot: &mut Option<T>,
    value: T,
    path: String,
    secret: bool,
    filled: &mut Vec<Change>,
    conflicts: &mut Vec<Conflict>,
) {
    match slot {
        None => {
            let shown = if secret { "(secret)".to_string() } else { value.to_string() };
            *slot = Some(value);
            filled.push(Change { path, value: shown });
        }
        Some(current) if *current == value => {}
        Some(current) => {
            let current = current.to_string();
            conflicts.push(conflict(path, current, value.to_string(), secret));
        }
    }
}

fn conflict(path: String, design: String, config: String, secret: bool) -> Conflict {
    let (design, config) = if secret { ("(secret)".to_string(), "(a different key)".to_string()) } else { (design, config) };
    Conflict {
        message: Text::new(
            format!("{path}: the design says {design} but SORACOM's configuration says {config}; the design keeps its value — check which is right."),
            format!("{path}: 設計では {design}、SORACOM の設定情報では {config} です。設計の値はそのままです。どちらが正しいか確認してください。"),
        ),
        path,
        design,
        config,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../../tests/fixtures/aws/door-1.generic.txt");

    #[test]
    fn parses_both_tunnels() {
        let config = parse_aws_generic(SAMPLE).unwrap();
        assert_eq!(config.vpn_connection_id.as_deref(), Some("vpn-0a1b2c3d4e5f60718"));
        assert_eq!(config.tunnels.len(), 2);
        assert_eq!(config.tunnels[0].aws_outside_ip, Some(Ipv4Addr::new(52, 195, 10, 11)));
        assert_eq!(config.tunnels[1].aws_inside, Some("169.254.22.1/30".parse().unwrap()));
        assert_eq!(config.tunnels[0].amazon_asn, Some(64512));
        assert_eq!(config.tunnels[0].customer_asn, Some(65000));
    }

    #[test]
    fn rejects_what_is_not_a_generic_configuration() {
        assert!(parse_aws_generic("hello").unwrap_err().message.contains("IPSec Tunnel #1"));
        let one_tunnel = SAMPLE.split("IPSec Tunnel #2").next().unwrap();
        assert!(parse_aws_generic(one_tunnel).unwrap_err().message.contains("2 tunnels"));
    }
}
