//! Configurations generated from one design: Azure CLI, Terraform (azurerm), Bicep and the
//! Door application text. Pure functions, one module per format, all fed by one [`Plan`] so
//! that every format states the same addresses, ASNs and names.

mod az_cli;
mod bicep;
mod door_request;
mod terraform;

use std::net::Ipv4Addr;

use crate::model::{inside_hosts, ConnectionMode, Design, Generation, Routing};
use crate::report::Lang;

/// An export format (contract §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    AzCli,
    Terraform,
    Bicep,
    DoorRequest,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::AzCli,
        Format::Terraform,
        Format::Bicep,
        Format::DoorRequest,
    ];

    /// The name used on the command line: `az-cli`, `terraform`, `bicep`, `door-request`.
    pub fn name(self) -> &'static str {
        match self {
            Format::AzCli => "az-cli",
            Format::Terraform => "terraform",
            Format::Bicep => "bicep",
            Format::DoorRequest => "door-request",
        }
    }

    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.name() == name)
    }

    /// A sensible file name for a download.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::AzCli => "doorplan-azure.sh",
            Format::Terraform => "doorplan-azure.tf",
            Format::Bicep => "doorplan-azure.bicep",
            Format::DoorRequest => "doorplan-door-request.txt",
        }
    }
}

/// Writes the configuration of a design in a format. `lang` matters for `door-request` only.
pub fn export(design: &Design, format: Format, lang: Lang) -> String {
    let plan = Plan::new(design);
    match format {
        Format::AzCli => az_cli::write(&plan),
        Format::Terraform => terraform::write(&plan),
        Format::Bicep => bicep::write(&plan),
        Format::DoorRequest => door_request::write(&plan, lang),
    }
}

/// What every format needs, derived once from the design.
pub struct Plan<'a> {
    pub design: &'a Design,
    pub generation: Generation,
    /// One per link, in document order.
    pub connections: Vec<ConnectionPlan>,
}

/// One Azure connection and its local network gateway, for one Door tunnel.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionPlan {
    pub vpn_id: String,
    pub vpn_label: String,
    /// 0 or 1 (people read tunnel 1 and 2).
    pub tunnel: u8,
    pub instance: u8,
    /// `door-1-t1`: a name part safe for Azure resource names.
    pub slug: String,
    /// `DOOR_1_T1`: a shell variable stem.
    pub env: String,
    /// `door_1_t1`: a Terraform / Bicep identifier stem.
    pub ident: String,
    pub outside_ip: Option<Ipv4Addr>,
    pub psk: Option<String>,
    pub bgp: bool,
    pub amazon_asn: u32,
    /// The tunnel inside /30, if chosen.
    pub inside_cidr: Option<String>,
    /// AWS side of the inside /30 (first host): the BGP peer of the local network gateway.
    pub aws_bgp_ip: Option<Ipv4Addr>,
    /// Azure side of the inside /30 (second host): the connection's custom BGP address.
    pub azure_bgp_ip: Option<Ipv4Addr>,
    /// For an active-active BGP connection Azure wants a custom address for both instances;
    /// the tunnel uses only its own, so the other instance gets its first APIPA address.
    pub other_instance_bgp_ip: Option<Ipv4Addr>,
    pub connection_mode: ConnectionMode,
    /// Static routing: what the local network gateway's address space must hold (the SORACOM
    /// side): the VPG IP range (`None` while unknown) and the device subnet.
    pub static_prefixes: Option<(Option<String>, String)>,
}

impl<'a> Plan<'a> {
    pub fn new(design: &'a Design) -> Plan<'a> {
        let gateway = &design.azure.gateway;
        let generation = gateway
            .generation
            .unwrap_or_else(|| gateway.sku.natural_generation());
        let connections = design
            .links
            .iter()
            .filter_map(|link| {
                let vpn = design.vpn(&link.vpn)?;
                let tunnel = vpn.tunnels.get(usize::from(link.tunnel))?;
                let bgp = design.link_is_bgp(link);
                let inside = tunnel.inside_cidr.map(|cidr| cidr.0);
                let hosts = inside.map(inside_hosts);
                let other = 1 - link.instance.min(1);
                let other_instance_bgp_ip = (gateway.active_active && bgp)
                    .then(|| gateway.apipa_of(other).first().map(|ip| ip.0))
                    .flatten();
                let slug = format!("{}-t{}", slug(&vpn.id), link.tunnel + 1);
                Some(ConnectionPlan {
                    vpn_id: vpn.id.clone(),
                    vpn_label: vpn.label().to_string(),
                    tunnel: link.tunnel,
                    instance: link.instance,
                    env: slug.to_ascii_uppercase().replace('-', "_"),
                    ident: slug.replace('-', "_"),
                    slug,
                    outside_ip: tunnel.outside_ip.map(|ip| ip.0),
                    psk: tunnel.psk.clone(),
                    bgp,
                    amazon_asn: vpn.amazon_asn,
                    inside_cidr: inside.map(|net| net.to_string()),
                    aws_bgp_ip: hosts.map(|(aws, _)| aws),
                    azure_bgp_ip: hosts.map(|(_, azure)| azure),
                    other_instance_bgp_ip,
                    connection_mode: link.connection_mode,
                    static_prefixes: (vpn.routing == Routing::Static || !bgp).then(|| {
                        (
                            design.soracom.vpg_ip_range.map(|range| range.to_string()),
                            design.soracom.device_subnet.to_string(),
                        )
                    }),
                })
            })
            .collect();
        Plan {
            design,
            generation,
            connections,
        }
    }

    /// Number of gateway instances with a public IP.
    pub fn instances(&self) -> u8 {
        self.design.azure.gateway.instance_count()
    }

    /// Whether custom BGP addresses are set per connection (active-active with BGP).
    pub fn custom_bgp_addresses(&self, connection: &ConnectionPlan) -> Option<(Ipv4Addr, Ipv4Addr)> {
        let azure = connection.azure_bgp_ip?;
        let other = connection.other_instance_bgp_ip?;
        Some(if connection.instance == 0 {
            (azure, other)
        } else {
            (other, azure)
        })
    }

    /// Who uses an instance's public IP as customer gateway IP: `Door VPN 1 (door-1)`, for notes.
    pub fn instance_users(&self, instance: u8) -> String {
        let mut labels: Vec<String> = Vec::new();
        for connection in &self.connections {
            let label = format!("{} ({})", connection.vpn_label, connection.vpn_id);
            if connection.instance == instance && !labels.contains(&label) {
                labels.push(label);
            }
        }
        if labels.is_empty() {
            "no Door VPN".to_string()
        } else {
            labels.join(", ")
        }
    }

    /// The static-routing VPG IP range is unknown and has to be supplied.
    pub fn needs_vpg_ip_range(&self) -> bool {
        self.connections
            .iter()
            .any(|connection| matches!(connection.static_prefixes, Some((None, _))))
    }

    /// A name part derived from the gateway name, for public IP names.
    pub fn public_ip_name(&self, instance: u8) -> String {
        format!("{}-pip-{instance}", slug(&self.design.azure.gateway.name))
    }

    /// The gateway's IP configuration name for an instance (Azure's own convention).
    pub fn ip_configuration_name(instance: u8) -> String {
        format!("vnetGatewayConfig{instance}")
    }
}

/// Keeps letters, digits, `-` and `_`; everything else becomes `-` (safe in Azure names and,
/// after `-`→`_`, in identifiers).
pub fn slug(text: &str) -> String {
    let slug: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if slug.starts_with(|c: char| c.is_ascii_alphabetic()) {
        slug
    } else {
        format!("x{slug}")
    }
}

/// Quotes text for a single-quoted shell word.
pub(crate) fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// Quotes text as a double-quoted HCL / JSON string.
pub(crate) fn hcl_quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '$' => quoted.push_str("$$"),
            '%' => quoted.push_str("%%"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Quotes text as a Bicep single-quoted string.
pub(crate) fn bicep_quote(text: &str) -> String {
    format!(
        "'{}'",
        text.replace('\\', "\\\\")
            .replace('\'', "\\'")
            .replace("${", "\\${")
            .replace('\n', "\\n")
    )
}

/// A single line of free text for a comment (no line breaks can escape the comment).
pub(crate) fn comment_text(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_is_safe() {
        assert_eq!(slug("Door VPN/1"), "door-vpn-1");
        assert_eq!(slug("1st"), "x1st");
    }

    #[test]
    fn quoting_escapes_interpolation() {
        assert_eq!(shell_quote("a'b"), r"'a'\''b'");
        assert_eq!(hcl_quote("${x}\"%{y}"), r#""$${x}\"%%{y}""#);
        assert_eq!(bicep_quote("it's ${x}"), r"'it\'s \${x}'");
    }
}
