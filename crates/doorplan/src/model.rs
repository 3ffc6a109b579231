//! The design document (`*.doorplan.json`, schema `doorplan/1`): see `shared/contract.md` §1.
//!
//! Reading a document is all-or-nothing: [`Design::from_json`] yields a complete design or a
//! [`LoadError`] naming the field path, never a half-loaded design and never a panic.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

use ipnet::Ipv4Net;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The only schema this version reads and writes.
pub const SCHEMA: &str = "doorplan/1";

/// An IPv4 prefix such as `169.254.21.0/30`, read from a JSON string.
///
/// A newtype so that a bad value is reported as `"…" is not an IPv4 CIDR` with its field path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cidr(pub Ipv4Net);

/// An IPv4 address such as `52.0.0.1`, read from a JSON string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ip(pub Ipv4Addr);

impl FromStr for Cidr {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        // ipnet accepts only "a.b.c.d/len"; a bare address is not a prefix here.
        Ipv4Net::from_str(text.trim())
            .map(Cidr)
            .map_err(|_| format!("{text:?} is not an IPv4 CIDR (expected a.b.c.d/len)"))
    }
}

impl FromStr for Ip {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        Ipv4Addr::from_str(text.trim())
            .map(Ip)
            .map_err(|_| format!("{text:?} is not an IPv4 address"))
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Ip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

macro_rules! string_serde {
    ($ty:ty) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
string_serde!(Cidr);
string_serde!(Ip);

/// A whole design: the SORACOM side, the Azure side, the Door VPNs and the links between them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Design {
    /// Always `doorplan/1`.
    pub schema: String,
    /// Free text shown in the diagram and exports.
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub soracom: Soracom,
    pub azure: Azure,
    #[serde(default)]
    pub door_vpns: Vec<DoorVpn>,
    #[serde(default)]
    pub links: Vec<Link>,
    /// Diagram positions by element id; never affects a verdict.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub layout: BTreeMap<String, Point>,
}

/// The SORACOM side: the VPG (Virtual Private Gateway) the Door VPNs belong to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Soracom {
    #[serde(default = "default_region")]
    pub region: String,
    #[serde(default)]
    pub vpg_type: Option<String>,
    #[serde(default = "default_device_subnet")]
    pub device_subnet: Cidr,
    /// SORACOM-assigned slice of 100.64.0.0/10; `None` until known.
    #[serde(default)]
    pub vpg_ip_range: Option<Cidr>,
}

fn default_region() -> String {
    "ap-northeast-1".to_string()
}

fn default_device_subnet() -> Cidr {
    Cidr(Ipv4Net::new(Ipv4Addr::new(10, 128, 0, 0), 9).unwrap_or_default())
}

impl Default for Soracom {
    fn default() -> Self {
        Soracom {
            region: default_region(),
            vpg_type: Some("Type-F".to_string()),
            device_subnet: default_device_subnet(),
            vpg_ip_range: None,
        }
    }
}

/// The Azure side: one VNet and its one VPN gateway.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Azure {
    pub vnet: Vnet,
    pub gateway: Gateway,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Vnet {
    #[serde(default = "default_vnet_name")]
    pub name: String,
    pub address_space: Vec<Cidr>,
    /// The `GatewaySubnet`; `None` until decided.
    #[serde(default)]
    pub gateway_subnet: Option<Cidr>,
}

fn default_vnet_name() -> String {
    "vnet-hub".to_string()
}

/// The Azure VPN gateway (virtual network gateway).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gateway {
    #[serde(default = "default_gateway_name")]
    pub name: String,
    pub sku: Sku,
    /// `None`: not stated (exports pick the SKU's natural generation).
    #[serde(default)]
    pub generation: Option<Generation>,
    #[serde(default)]
    pub vpn_type: VpnType,
    #[serde(default)]
    pub active_active: bool,
    #[serde(default)]
    pub bgp: bool,
    /// Azure's default ASN is 65515.
    #[serde(default = "default_azure_asn")]
    pub asn: u32,
    /// One entry per instance with a public IP; `None` (absent) means not stated.
    #[serde(default)]
    pub public_ips: Option<Vec<Option<Ip>>>,
    /// `apipa[i]`: the custom APIPA BGP addresses of instance `i`.
    #[serde(default)]
    pub apipa: Vec<Vec<Ip>>,
}

fn default_gateway_name() -> String {
    "vgw-door".to_string()
}

/// Azure's default gateway ASN.
pub const AZURE_DEFAULT_ASN: u32 = 65515;
/// AWS's default Amazon-side ASN.
pub const AMAZON_DEFAULT_ASN: u32 = 64512;

fn default_azure_asn() -> u32 {
    AZURE_DEFAULT_ASN
}

fn default_amazon_asn() -> u32 {
    AMAZON_DEFAULT_ASN
}

impl Gateway {
    /// How many instances terminate tunnels: 2 when active-active, else 1.
    pub fn instance_count(&self) -> u8 {
        if self.active_active {
            2
        } else {
            1
        }
    }

    /// The custom APIPA addresses of one instance (empty when none are set).
    pub fn apipa_of(&self, azure_instance: u8) -> &[Ip] {
        self.apipa
            .get(usize::from(azure_instance))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The known public IP of one instance, if any.
    pub fn public_ip_of(&self, azure_instance: u8) -> Option<Ip> {
        self.public_ips
            .as_ref()
            .and_then(|ips| ips.get(usize::from(azure_instance)).copied().flatten())
    }
}

/// Azure VPN gateway SKUs (Azure's own names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sku {
    Basic,
    Standard,
    HighPerformance,
    VpnGw1,
    VpnGw2,
    VpnGw3,
    VpnGw4,
    VpnGw5,
    VpnGw1AZ,
    VpnGw2AZ,
    VpnGw3AZ,
    VpnGw4AZ,
    VpnGw5AZ,
}

impl Sku {
    /// Every SKU, for pickers.
    pub const ALL: [Sku; 13] = [
        Sku::Basic,
        Sku::Standard,
        Sku::HighPerformance,
        Sku::VpnGw1,
        Sku::VpnGw2,
        Sku::VpnGw3,
        Sku::VpnGw4,
        Sku::VpnGw5,
        Sku::VpnGw1AZ,
        Sku::VpnGw2AZ,
        Sku::VpnGw3AZ,
        Sku::VpnGw4AZ,
        Sku::VpnGw5AZ,
    ];

    /// Azure's name of the SKU.
    pub fn name(self) -> &'static str {
        match self {
            Sku::Basic => "Basic",
            Sku::Standard => "Standard",
            Sku::HighPerformance => "HighPerformance",
            Sku::VpnGw1 => "VpnGw1",
            Sku::VpnGw2 => "VpnGw2",
            Sku::VpnGw3 => "VpnGw3",
            Sku::VpnGw4 => "VpnGw4",
            Sku::VpnGw5 => "VpnGw5",
            Sku::VpnGw1AZ => "VpnGw1AZ",
            Sku::VpnGw2AZ => "VpnGw2AZ",
            Sku::VpnGw3AZ => "VpnGw3AZ",
            Sku::VpnGw4AZ => "VpnGw4AZ",
            Sku::VpnGw5AZ => "VpnGw5AZ",
        }
    }

    /// Zone-redundant (`…AZ`) SKU.
    pub fn is_zone_redundant(self) -> bool {
        matches!(
            self,
            Sku::VpnGw1AZ | Sku::VpnGw2AZ | Sku::VpnGw3AZ | Sku::VpnGw4AZ | Sku::VpnGw5AZ
        )
    }

    /// The VpnGw tier 1–5, or `None` for Basic/Standard/HighPerformance.
    pub fn tier(self) -> Option<u8> {
        match self {
            Sku::VpnGw1 | Sku::VpnGw1AZ => Some(1),
            Sku::VpnGw2 | Sku::VpnGw2AZ => Some(2),
            Sku::VpnGw3 | Sku::VpnGw3AZ => Some(3),
            Sku::VpnGw4 | Sku::VpnGw4AZ => Some(4),
            Sku::VpnGw5 | Sku::VpnGw5AZ => Some(5),
            Sku::Basic | Sku::Standard | Sku::HighPerformance => None,
        }
    }

    /// The generation a gateway of this SKU gets when none is stated.
    pub fn natural_generation(self) -> Generation {
        match self.tier() {
            Some(2..=5) => Generation::Generation2,
            _ => Generation::Generation1,
        }
    }
}

impl fmt::Display for Sku {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Generation {
    Generation1,
    Generation2,
}

impl Generation {
    pub fn name(self) -> &'static str {
        match self {
            Generation::Generation1 => "Generation1",
            Generation::Generation2 => "Generation2",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum VpnType {
    #[default]
    RouteBased,
    PolicyBased,
}

/// One Door VPN connection (an AWS Site-to-Site VPN connection): two tunnels, one peer IP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DoorVpn {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub routing: Routing,
    /// The Amazon-side ASN of the virtual private gateway (AWS default 64512).
    #[serde(default = "default_amazon_asn")]
    pub amazon_asn: u32,
    /// Azure-side prefixes SORACOM routes into this VPN (static routing only).
    #[serde(default)]
    pub static_routes: Vec<Cidr>,
    /// Exactly two: tunnel 0 and tunnel 1.
    pub tunnels: Vec<Tunnel>,
}

impl DoorVpn {
    /// The name to show: `name`, or the id when the name is empty.
    pub fn label(&self) -> &str {
        if self.name.trim().is_empty() {
            &self.id
        } else {
            &self.name
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Routing {
    #[default]
    Bgp,
    Static,
}

/// One AWS tunnel of a Door VPN.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Tunnel {
    /// The tunnel inside /30 in 169.254.0.0/16; `None` until chosen.
    #[serde(default)]
    pub inside_cidr: Option<Cidr>,
    /// The AWS outside (public) IP; `None` until SORACOM hands it over.
    #[serde(default)]
    pub outside_ip: Option<Ip>,
    /// The pre-shared key; `None` until known. A secret: never logged or put in messages.
    #[serde(default)]
    pub psk: Option<String>,
}

/// One Azure connection (and its local network gateway) for one Door tunnel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub vpn: String,
    pub tunnel: u8,
    /// The Azure gateway instance (and so the public IP) the tunnel terminates on.
    pub instance: u8,
    #[serde(default)]
    pub connection_mode: ConnectionMode,
    /// `None`: BGP when the VPN's routing is BGP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp: Option<bool>,
}

impl Link {
    /// The subject id of this link in findings and the diagram: `link:door-1:0`.
    pub fn subject(&self) -> String {
        format!("link:{}:{}", self.vpn, self.tunnel)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ConnectionMode {
    #[default]
    Default,
    InitiatorOnly,
    ResponderOnly,
}

impl ConnectionMode {
    pub fn name(self) -> &'static str {
        match self {
            ConnectionMode::Default => "Default",
            ConnectionMode::InitiatorOnly => "InitiatorOnly",
            ConnectionMode::ResponderOnly => "ResponderOnly",
        }
    }
}

/// A diagram position.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Why a document could not be read: the field path (`door_vpns[1].tunnels[0].inside_cidr`)
/// and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// Field path in the document, empty when the text is not JSON at all.
    pub path: String,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for LoadError {}

fn load_error(path: impl Into<String>, message: impl Into<String>) -> LoadError {
    LoadError {
        path: path.into(),
        message: message.into(),
    }
}

/// Ids that name fixed elements of the diagram and so cannot be Door VPN ids.
const RESERVED_IDS: [&str; 4] = ["gateway", "vnet", "soracom", "vpg"];

impl Design {
    /// Reads a `*.doorplan.json` text: a complete, consistent design or an error naming the field.
    pub fn from_json(text: &str) -> Result<Design, LoadError> {
        // The schema decides the shape of everything else, so it is judged first: a
        // `doorplan/2` file gets "unsupported schema", not a confusing missing-field error.
        #[derive(Deserialize)]
        struct SchemaProbe {
            schema: Option<serde_json::Value>,
        }
        // Editors on Windows may save a byte-order mark; it is not part of the JSON.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if !text.trim_start().starts_with('{') {
            return Err(load_error(
                "",
                "not a doorplan design: expected a JSON object starting with '{'",
            ));
        }
        let probe: SchemaProbe = serde_json::from_str(text).map_err(|error| {
            if error.is_data() {
                load_error("", format!("a design must be a JSON object: {error}"))
            } else {
                load_error("", format!("not valid JSON: {error}"))
            }
        })?;
        match probe.schema {
            Some(serde_json::Value::String(schema)) if schema == SCHEMA => {}
            Some(other) => {
                return Err(load_error(
                    "schema",
                    format!("{other} is not a supported schema (expected {SCHEMA:?})"),
                ))
            }
            None => {
                return Err(load_error(
                    "schema",
                    format!("missing; a doorplan design starts with \"schema\": {SCHEMA:?}"),
                ))
            }
        }
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let design: Design =
            serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
                let path = error.path().to_string();
                let inner = error.into_inner();
                let path = if path == "." { String::new() } else { path };
                let message = if inner.is_syntax() || inner.is_eof() {
                    format!("not valid JSON: {inner}")
                } else {
                    inner.to_string()
                };
                load_error(path, message)
            })?;
        deserializer
            .end()
            .map_err(|error| load_error("", format!("not valid JSON: {error}")))?;
        design.validate()?;
        Ok(design)
    }

    /// Writes the design as pretty JSON (the `*.doorplan.json` format).
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The structural checks serde cannot express: these make a document unreadable, unlike
    /// rules, which judge a readable design.
    pub fn validate(&self) -> Result<(), LoadError> {
        if self.schema != SCHEMA {
            return Err(load_error(
                "schema",
                format!("{:?} is not a supported schema (expected {SCHEMA:?})", self.schema),
            ));
        }
        let mut vpn_index: HashMap<&str, usize> = HashMap::with_capacity(self.door_vpns.len());
        for (index, vpn) in self.door_vpns.iter().enumerate() {
            let path = format!("door_vpns[{index}]");
            if vpn.id.trim().is_empty() {
                return Err(load_error(format!("{path}.id"), "must not be empty"));
            }
            if vpn.id.contains(':') || vpn.id.chars().any(char::is_whitespace) {
                return Err(load_error(
                    format!("{path}.id"),
                    format!("{:?} must not contain ':' or spaces", vpn.id),
                ));
            }
            if RESERVED_IDS.contains(&vpn.id.as_str()) {
                return Err(load_error(
                    format!("{path}.id"),
                    format!("{:?} is reserved for a fixed element of the diagram", vpn.id),
                ));
            }
            if let Some(first) = vpn_index.insert(vpn.id.as_str(), index) {
                return Err(load_error(
                    format!("{path}.id"),
                    format!("duplicate id {:?} (also door_vpns[{first}].id)", vpn.id),
                ));
            }
            if vpn.tunnels.len() != 2 {
                return Err(load_error(
                    format!("{path}.tunnels"),
                    format!(
                        "a Door VPN has exactly 2 tunnels (index 0 and 1), found {}",
                        vpn.tunnels.len()
                    ),
                ));
            }
        }
        let mut linked: HashMap<(&str, u8), usize> = HashMap::with_capacity(self.links.len());
        for (index, link) in self.links.iter().enumerate() {
            let path = format!("links[{index}]");
            if !vpn_index.contains_key(link.vpn.as_str()) {
                return Err(load_error(
                    format!("{path}.vpn"),
                    format!("{:?} is not the id of a Door VPN in door_vpns", link.vpn),
                ));
            }
            if link.tunnel > 1 {
                return Err(load_error(
                    format!("{path}.tunnel"),
                    format!("{} is not a tunnel index (0 or 1)", link.tunnel),
                ));
            }
            if link.instance > 1 {
                return Err(load_error(
                    format!("{path}.instance"),
                    format!("{} is not an Azure gateway instance (0 or 1)", link.instance),
                ));
            }
            if let Some(first) = linked.insert((link.vpn.as_str(), link.tunnel), index) {
                return Err(load_error(
                    path,
                    format!(
                        "tunnel {} of {:?} is already linked by links[{first}]; one tunnel has one Azure connection",
                        link.tunnel, link.vpn
                    ),
                ));
            }
        }
        for (key, point) in &self.layout {
            if !point.x.is_finite() || !point.y.is_finite() {
                return Err(load_error(
                    format!("layout.{key}"),
                    "x and y must be finite numbers",
                ));
            }
        }
        Ok(())
    }

    /// The Door VPN with this id.
    pub fn vpn(&self, id: &str) -> Option<&DoorVpn> {
        self.door_vpns.iter().find(|vpn| vpn.id == id)
    }

    /// Adds an unlinked Door VPN (`door-N`, placed below the others, the Amazon-side ASN of the
    /// first VPN; with static routing, routes for the whole VNet) and returns its id.
    pub fn add_door_vpn(&mut self, routing: Routing) -> String {
        let mut number = self.door_vpns.len() + 1;
        while self.vpn(&format!("door-{number}")).is_some() {
            number += 1;
        }
        let id = format!("door-{number}");
        let lowest = self
            .door_vpns
            .iter()
            .filter_map(|vpn| self.layout.get(&vpn.id))
            .map(|point| point.y)
            .fold(f64::NEG_INFINITY, f64::max);
        let y = if lowest.is_finite() { lowest + 200.0 } else { 60.0 };
        self.layout.insert(id.clone(), Point { x: 80.0, y });
        self.door_vpns.push(DoorVpn {
            name: format!("Door VPN {number}"),
            id: id.clone(),
            routing,
            amazon_asn: self.door_vpns.first().map_or(AMAZON_DEFAULT_ASN, |vpn| vpn.amazon_asn),
            static_routes: match routing {
                Routing::Static => self.azure.vnet.address_space.clone(),
                Routing::Bgp => Vec::new(),
            },
            tunnels: vec![Tunnel::default(), Tunnel::default()],
        });
        id
    }

    /// Whether a link runs BGP: its own `bgp`, else its VPN's routing.
    pub fn link_is_bgp(&self, link: &Link) -> bool {
        link.bgp.unwrap_or_else(|| {
            self.vpn(&link.vpn)
                .is_some_and(|vpn| vpn.routing == Routing::Bgp)
        })
    }
}

/// The Azure side of a tunnel inside /30: AWS takes the first host, Azure the second.
/// (domain.md: 169.254.21.0/30 → AWS .1, Azure .2)
pub fn inside_hosts(inside: Ipv4Net) -> (Ipv4Addr, Ipv4Addr) {
    let network = u32::from(inside.network());
    (
        Ipv4Addr::from(network.wrapping_add(1)),
        Ipv4Addr::from(network.wrapping_add(2)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_error_names_the_text() {
        let error = "169.254.21.0/31x".parse::<Cidr>().unwrap_err();
        assert_eq!(
            error,
            "\"169.254.21.0/31x\" is not an IPv4 CIDR (expected a.b.c.d/len)"
        );
    }

    #[test]
    fn inside_hosts_are_first_and_second() {
        let (aws, azure) = inside_hosts("169.254.21.4/30".parse().unwrap());
        assert_eq!(aws, Ipv4Addr::new(169, 254, 21, 5));
        assert_eq!(azure, Ipv4Addr::new(169, 254, 21, 6));
    }
}
