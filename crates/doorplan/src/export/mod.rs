//! Configurations generated from one design: Azure CLI, Terraform (azurerm) with its
//! `terraform.tfvars`, Bicep with its `.bicepparam`, and the Door application text. Pure
//! functions, one module per format, all fed by one [`Plan`] so that every format states the
//! same names, addresses, ASNs and placeholders.
//!
//! Rules every Azure format follows (shared/domain.md, "What Azure and AWS refuse"):
//! - every BGP connection to an active-active gateway names its custom BGP address per
//!   instance (`gatewayCustomBgpIpAddresses`), a named placeholder while unknown, the primary
//!   only when one instance has addresses — else all connections peer from the first APIPA
//!   address; on an active-standby gateway (one APIPA address at most, and azurerm takes the
//!   block only on active-active) no connection names one;
//! - resource names and variables come from [`crate::names`], unique even when ids collide;
//! - zones of the public IPs are a parameter (regions without zones refuse them);
//! - an existing VNet (and its GatewaySubnet) can be reused instead of created;
//! - connections say IKEv2; keys never sit in a template (Terraform and Bicep take them from a
//!   parameters file next to it).

mod az_cli;
mod bicep;
mod door_request;
mod drawio;
mod mermaid;
pub mod quote;
mod terraform;

use std::collections::HashMap;
use std::net::Ipv4Addr;

use crate::model::{inside_hosts, ConnectionMode, Design, Generation, Routing, VpnType};
use crate::names;
use crate::text::{Lang, Message, T};

/// An export format (contract §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    AzCli,
    Terraform,
    /// The `terraform.tfvars` next to the Terraform file: the keys, and what is left to fill.
    TerraformVars,
    Bicep,
    /// The `.bicepparam` next to the Bicep file: the keys, and what is left to fill.
    BicepParams,
    DoorRequest,
    /// The diagram as a draw.io (mxGraph XML) file.
    Drawio,
    /// The diagram as a Mermaid flowchart.
    Mermaid,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::AzCli,
        Format::Terraform,
        Format::TerraformVars,
        Format::Bicep,
        Format::BicepParams,
        Format::DoorRequest,
        Format::Drawio,
        Format::Mermaid,
    ];

    /// The name used on the command line: `az-cli`, `terraform`, `bicep`, `door-request`…
    pub fn name(self) -> &'static str {
        match self {
            Format::AzCli => "az-cli",
            Format::Terraform => "terraform",
            Format::TerraformVars => "terraform-vars",
            Format::Bicep => "bicep",
            Format::BicepParams => "bicep-params",
            Format::DoorRequest => "door-request",
            Format::Drawio => "drawio",
            Format::Mermaid => "mermaid",
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
            Format::TerraformVars => "terraform.tfvars",
            Format::Bicep => "doorplan-azure.bicep",
            Format::BicepParams => "doorplan-azure.bicepparam",
            Format::DoorRequest => "doorplan-door-request.txt",
            Format::Drawio => "doorplan-diagram.drawio",
            Format::Mermaid => "doorplan-diagram.mmd",
        }
    }

    /// Whether the format is something to build from, so an NG design is refused unless
    /// forced (a picture of an NG design is fine).
    pub fn needs_buildable(self) -> bool {
        !matches!(self, Format::Drawio | Format::Mermaid)
    }

    /// The parameters file that goes next to a template (written with it by `--out`).
    pub fn companion(self) -> Option<Format> {
        match self {
            Format::Terraform => Some(Format::TerraformVars),
            Format::Bicep => Some(Format::BicepParams),
            _ => None,
        }
    }

    /// Whether this format's text carries the design's pre-shared keys (such a file is written
    /// readable by its owner only).
    pub fn carries_keys(self, design: &Design) -> bool {
        let has_keys = design
            .door_vpns
            .iter()
            .flat_map(|vpn| &vpn.tunnels)
            .any(|tunnel| tunnel.psk.is_some());
        has_keys
            && matches!(
                self,
                Format::AzCli | Format::TerraformVars | Format::BicepParams
            )
    }
}

/// Choices beyond the format.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The language of the Door application text.
    pub lang: Lang,
    /// The Bicep file a `.bicepparam` refers to (default `doorplan-azure.bicep`).
    pub bicep_file: Option<String>,
}

/// Writes the configuration of a design in a format (`lang`: the language of its comments and
/// texts).
pub fn export(design: &Design, format: Format, lang: Lang) -> String {
    export_with(
        design,
        format,
        &Options {
            lang,
            bicep_file: None,
        },
    )
}

/// [`export`] with every option.
pub fn export_with(design: &Design, format: Format, options: &Options) -> String {
    let mut plan = Plan::new(design);
    plan.lang = options.lang;
    match format {
        Format::AzCli => az_cli::write(&plan),
        Format::Terraform => terraform::write(&plan),
        Format::TerraformVars => terraform::write_vars(&plan),
        Format::Bicep => bicep::write(&plan),
        Format::BicepParams => bicep::write_params(
            &plan,
            options
                .bicep_file
                .as_deref()
                .unwrap_or(Format::Bicep.file_name()),
        ),
        Format::DoorRequest => door_request::write(&plan, options.lang),
        Format::Drawio => drawio::write(&plan, options.lang),
        Format::Mermaid => mermaid::write(&plan, options.lang),
    }
}

/// A value the design knows, or the name of the parameter that asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<V> {
    Known(V),
    /// A parameter's name stem (`door_1_t1_azure_bgp_ip`); each format spells it its own way.
    Param(String),
}

/// What every format needs, derived once from the design.
pub struct Plan<'a> {
    pub design: &'a Design,
    /// The language of comments and descriptions.
    pub lang: Lang,
    pub generation: Generation,
    /// One per link, in document order.
    pub connections: Vec<ConnectionPlan>,
    /// Per instance with a public IP: its custom APIPA addresses, when the gateway runs BGP and
    /// the instance holds (or is to hold) addresses.
    pub apipa: Vec<Option<Value<Vec<Ipv4Addr>>>>,
    /// Per Door VPN id: the instance its links land on (for the Door application).
    pub vpn_instance: HashMap<&'a str, u8>,
}

/// One Azure connection and its local network gateway, for one Door tunnel.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionPlan {
    pub vpn_id: String,
    pub vpn_label: String,
    /// 0 or 1 (people read tunnel 1 and 2).
    pub tunnel: u8,
    pub instance: u8,
    /// `door-1-t1`: a name part safe for Azure resource names, unique in the plan.
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
    pub aws_bgp_ip: Value<Ipv4Addr>,
    /// BGP connections: the custom BGP address per gateway instance, own instance first
    /// handled by the formats in instance order (`(instance, address)`).
    pub custom_bgp: Vec<(u8, Value<Ipv4Addr>)>,
    pub connection_mode: ConnectionMode,
    /// Static routing: what the local network gateway's address space must hold (the SORACOM
    /// side): the VPG IP range (`None` while unknown) and the device subnet.
    pub static_prefixes: Option<(Option<String>, String)>,
}

impl ConnectionPlan {
    /// `Door VPN 1 tunnel 1`, for comments and descriptions (one line, no control characters).
    pub fn title(&self, lang: Lang) -> String {
        let label = quote::comment(&self.vpn_label);
        msg!(TunnelName, vpn = label.as_ref(), n = self.tunnel + 1).render(lang)
    }
}

impl<'a> Plan<'a> {
    pub fn new(design: &'a Design) -> Plan<'a> {
        let gateway = &design.azure.gateway;
        let generation = gateway
            .generation
            .unwrap_or_else(|| gateway.sku.natural_generation());
        let vpns: HashMap<&str, &crate::model::DoorVpn> = design
            .door_vpns
            .iter()
            .map(|vpn| (vpn.id.as_str(), vpn))
            .collect();
        let slugs: HashMap<&str, String> = design
            .door_vpns
            .iter()
            .map(|vpn| vpn.id.as_str())
            .zip(names::unique_slugs(
                design.door_vpns.iter().map(|vpn| vpn.id.as_str()),
            ))
            .collect();
        let instances = gateway.instance_count();
        // Which instances carry BGP connections: they hold (or are to hold) APIPA addresses.
        let mut bgp_on = [false; 2];
        for link in &design.links {
            // (Through the id map: `Design::link_is_bgp` looks the VPN up by scanning.)
            let bgp = match vpns.get(link.vpn.as_str()) {
                Some(vpn) => link.runs_bgp(vpn),
                None => link.bgp.unwrap_or(false),
            };
            if bgp {
                bgp_on[usize::from(link.instance.min(1))] = true;
            }
        }
        let apipa: Vec<Option<Value<Vec<Ipv4Addr>>>> = (0..instances)
            .map(|instance| {
                let known = gateway.apipa_of(instance);
                if !gateway.bgp {
                    None
                } else if !known.is_empty() {
                    Some(Value::Known(known.iter().map(|ip| ip.0).collect()))
                } else if bgp_on[usize::from(instance)] {
                    Some(Value::Param(format!("instance_{instance}_apipa")))
                } else {
                    None
                }
            })
            .collect();
        let holds_addresses = |instance: u8| {
            apipa
                .get(usize::from(instance))
                .is_some_and(Option::is_some)
        };
        let mut vpn_instance = HashMap::new();
        let connections = design
            .links
            .iter()
            .filter_map(|link| {
                let vpn = *vpns.get(link.vpn.as_str())?;
                let tunnel = vpn.tunnels.get(usize::from(link.tunnel))?;
                vpn_instance.entry(vpn.id.as_str()).or_insert(link.instance);
                let bgp = link.runs_bgp(vpn);
                let slug = format!("{}-t{}", slugs.get(vpn.id.as_str())?, link.tunnel + 1);
                let ident = names::identifier(&slug);
                let hosts = tunnel.inside_cidr.map(|cidr| inside_hosts(cidr.0));
                let aws_bgp_ip = match hosts {
                    Some((aws, _)) => Value::Known(aws),
                    None => Value::Param(format!("{ident}_aws_bgp_ip")),
                };
                let mut custom_bgp = Vec::new();
                // Only an active-active gateway has several instances' addresses to choose
                // from; azurerm takes `custom_bgp_addresses` only there, and an active-standby
                // gateway's one APIPA address is what every connection peers from anyway.
                if bgp && gateway.bgp && gateway.active_active {
                    for instance in 0..instances {
                        let address = if instance == link.instance {
                            match hosts {
                                Some((_, azure)) => Value::Known(azure),
                                None => Value::Param(format!("{ident}_azure_bgp_ip")),
                            }
                        } else if holds_addresses(instance) {
                            match gateway.apipa_of(instance).first() {
                                Some(ip) => Value::Known(ip.0),
                                None => Value::Param(format!("instance_{instance}_bgp_ip")),
                            }
                        } else {
                            continue;
                        };
                        custom_bgp.push((instance, address));
                    }
                }
                Some(ConnectionPlan {
                    vpn_id: vpn.id.clone(),
                    vpn_label: vpn.label().to_string(),
                    tunnel: link.tunnel,
                    instance: link.instance,
                    env: names::shell_name(&slug),
                    ident,
                    slug,
                    outside_ip: tunnel.outside_ip.map(|ip| ip.0),
                    psk: tunnel.psk.clone(),
                    bgp,
                    amazon_asn: vpn.amazon_asn,
                    inside_cidr: tunnel.inside_cidr.map(|cidr| cidr.to_string()),
                    aws_bgp_ip,
                    custom_bgp,
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
            lang: Lang::En,
            generation,
            connections,
            apipa,
            vpn_instance,
        }
    }

    /// Number of gateway instances with a public IP.
    pub fn instances(&self) -> u8 {
        self.design.azure.gateway.instance_count()
    }

    /// Whether the public IPs take zones (the …AZ SKUs).
    pub fn zonal(&self) -> bool {
        self.design.azure.gateway.sku.is_zone_redundant()
    }

    /// Who uses an instance's public IP as customer gateway IP: `Door VPN 1 (door-1)`, for notes.
    pub fn instance_users(&self, instance: u8) -> String {
        let mut labels: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for connection in &self.connections {
            if connection.instance == instance && seen.insert(connection.vpn_id.as_str()) {
                labels.push(format!("{} ({})", connection.vpn_label, connection.vpn_id));
            }
        }
        if labels.is_empty() {
            T::ExNoVpn.get(self.lang).to_string()
        } else {
            quote::comment(&labels.join(", ")).into_owned()
        }
    }

    /// The static-routing VPG IP range is unknown and has to be supplied.
    pub fn needs_vpg_ip_range(&self) -> bool {
        self.connections
            .iter()
            .any(|connection| matches!(connection.static_prefixes, Some((None, _))))
    }

    /// Every placeholder the plan uses, once each, in order: (stem, what to put there).
    pub fn placeholders(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
        let mut add = |stem: &str, what: String| {
            // A set, not a scan of `out`: 20,000 connections must not cost 200 million compares.
            if seen.insert(stem.to_string()) {
                out.push((stem.to_string(), what));
            }
        };
        for (instance, apipa) in self.apipa.iter().enumerate() {
            if let Some(Value::Param(stem)) = apipa {
                add(
                    stem,
                    self.text(msg!(ExPlaceholderApipa, instance = instance)),
                );
            }
        }
        for connection in &self.connections {
            if let Value::Param(stem) = &connection.aws_bgp_ip {
                if connection.bgp {
                    add(
                        stem,
                        self.text(msg!(ExPlaceholderAws, tunnel = connection.title(self.lang))),
                    );
                }
            }
            for (instance, address) in &connection.custom_bgp {
                if let Value::Param(stem) = address {
                    let what = if *instance == connection.instance {
                        self.text(msg!(
                            ExPlaceholderAzure,
                            tunnel = connection.title(self.lang)
                        ))
                    } else {
                        self.text(msg!(ExPlaceholderOther, instance = *instance))
                    };
                    add(stem, what);
                }
            }
        }
        out
    }

    /// A message in the plan's language.
    pub fn text(&self, message: Message) -> String {
        message.render(self.lang)
    }

    /// A text of the table in the plan's language.
    pub fn t(&self, key: T) -> &'static str {
        key.get(self.lang)
    }

    /// A name part derived from the gateway name, for public IP names.
    pub fn public_ip_name(&self, instance: u8) -> String {
        format!(
            "{}-pip-{instance}",
            names::slug(&self.design.azure.gateway.name)
        )
    }

    /// The gateway's IP configuration name for an instance (Azure's own convention).
    pub fn ip_configuration_name(instance: u8) -> String {
        format!("vnetGatewayConfig{instance}")
    }

    /// `RouteBased` / `PolicyBased`.
    pub fn vpn_type(&self) -> &'static str {
        match self.design.azure.gateway.vpn_type {
            VpnType::RouteBased => "RouteBased",
            VpnType::PolicyBased => "PolicyBased",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::template;

    #[test]
    fn a_bgp_design_without_addresses_gets_placeholders_for_every_custom_bgp_address() {
        let mut p2 = template("p2").unwrap().design().unwrap();
        for vpn in &mut p2.door_vpns {
            for tunnel in &mut vpn.tunnels {
                tunnel.inside_cidr = None;
            }
        }
        p2.azure.gateway.apipa = vec![vec![], vec![]];
        let plan = Plan::new(&p2);
        for connection in &plan.connections {
            assert_eq!(
                connection.custom_bgp.len(),
                2,
                "{}: both instances",
                connection.slug
            );
            assert!(connection
                .custom_bgp
                .iter()
                .all(|(_, value)| matches!(value, Value::Param(_))));
        }
        assert!(plan
            .apipa
            .iter()
            .all(|apipa| matches!(apipa, Some(Value::Param(_)))));
    }

    #[test]
    fn only_the_instance_with_addresses_is_named() {
        let mut p2 = template("p2").unwrap().design().unwrap();
        // Every link on instance 0, instance 1 without addresses: the primary only.
        for link in &mut p2.links {
            link.instance = 0;
        }
        p2.azure.gateway.apipa = vec![vec!["169.254.21.2".parse().unwrap()], vec![]];
        let plan = Plan::new(&p2);
        for connection in &plan.connections {
            assert_eq!(connection.custom_bgp.len(), 1, "{}", connection.slug);
            assert_eq!(connection.custom_bgp[0].0, 0);
        }
    }

    #[test]
    fn an_active_standby_gateway_names_no_custom_bgp_address() {
        // One BGP tunnel on an active-standby gateway with its one APIPA address.
        let mut p1 = template("p1").unwrap().design().unwrap();
        p1.azure.gateway.bgp = true;
        p1.azure.gateway.asn = 65000;
        p1.azure.gateway.apipa = vec![vec!["169.254.21.2".parse().unwrap()]];
        p1.door_vpns[0].routing = Routing::Bgp;
        p1.door_vpns[0].tunnels[0].inside_cidr = Some("169.254.21.0/30".parse().unwrap());
        p1.links.truncate(1);
        let plan = Plan::new(&p1);
        assert_eq!(plan.connections.len(), 1);
        assert!(plan.connections[0].bgp);
        assert!(plan.connections[0].custom_bgp.is_empty());
        // The gateway still gets its APIPA address.
        assert!(matches!(&plan.apipa[0], Some(Value::Known(list)) if list.len() == 1));
    }
}
