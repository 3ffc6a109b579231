//! The design document (`*.doorplan.json`, schema `doorplan/1`): see `shared/contract.md` §1.
//!
//! The types here are the document as the engine sees it. Reading is in `read.rs` (all or
//! nothing, with field paths); writing is [`Design::to_json`], which puts back the `x-…`
//! extension keys the document came with.

use std::collections::BTreeMap;
use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

use ipnet::Ipv4Net;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use crate::ids::Subject;

/// The only schema this version reads and writes.
pub const SCHEMA: &str = "doorplan/1";

/// An IPv4 prefix such as `169.254.21.0/30`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cidr(pub Ipv4Net);

/// An IPv4 address such as `52.0.0.1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ip(pub Ipv4Addr);

/// Why a text is not a CIDR or an address (rendered with the field path by the reader).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressError(pub crate::text::Message);

impl fmt::Display for AddressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl FromStr for Cidr {
    type Err = AddressError;
    fn from_str(text: &str) -> Result<Self, AddressError> {
        // ipnet accepts only "a.b.c.d/len"; a bare address is not a prefix here.
        Ipv4Net::from_str(text.trim())
            .map(Cidr)
            .map_err(|_| AddressError(msg!(NotCidr, text = crate::text::quoted(text))))
    }
}

impl FromStr for Ip {
    type Err = AddressError;
    fn from_str(text: &str) -> Result<Self, AddressError> {
        Ipv4Addr::from_str(text.trim())
            .map(Ip)
            .map_err(|_| AddressError(msg!(NotIp, text = crate::text::quoted(text))))
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

impl Serialize for Cidr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Serialize for Ip {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Where an object with `x-…` extension keys sat in the document, by element identity (not
/// array position), so extensions stay with their element while the editor changes the design.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Top,
    Soracom,
    Azure,
    Vnet,
    Gateway,
    Vpn(String),
    Tunnel(String, u8),
    Link(String, u8),
    Layout(String),
}

/// The `x-…` keys of a document, kept as they are and never judged (contract §1).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extensions(pub BTreeMap<Place, Map<String, Value>>);

impl Extensions {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A whole design: the SORACOM side, the Azure side, the Door VPNs and the links between them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Design {
    /// The URL or path of the JSON Schema (`$schema`); accepted and written back, never judged.
    #[serde(rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema_url: Option<String>,
    /// Always `doorplan/1`.
    pub schema: String,
    /// Free text shown in the diagram and exports (one line).
    pub title: String,
    pub soracom: Soracom,
    pub azure: Azure,
    pub door_vpns: Vec<DoorVpn>,
    pub links: Vec<Link>,
    /// Diagram positions by element id; never affects a verdict.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub layout: BTreeMap<String, Point>,
    /// Free text notes by element id (`door-1`, `gateway`, `link:door-1:0`); never judged.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    /// The `x-…` keys the document came with.
    #[serde(skip)]
    pub extensions: Extensions,
}

/// The SORACOM side: the VPG (Virtual Private Gateway) the Door VPNs belong to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Soracom {
    pub region: String,
    pub vpg_type: Option<String>,
    pub device_subnet: Cidr,
    /// SORACOM-assigned slice of 100.64.0.0/10; `None` until known.
    pub vpg_ip_range: Option<Cidr>,
}

/// SORACOM's Door regions (the AWS region Door terminates in), the default first.
pub const DOOR_REGIONS: [&str; 4] = [
    "ap-northeast-1",
    "eu-central-1",
    "us-west-2",
    "ap-southeast-2",
];

/// SORACOM's VPG types: the ones offered today (the editor's choices) and the older Type-C and
/// Type-D, which existing VPGs still have (SORACOM points their owners to its VPG migration
/// guide). The type is chosen when the VPG is created and cannot be changed.
pub const VPG_TYPES: [&str; 6] = ["Type-C", "Type-D", "Type-E", "Type-F", "Type-F2", "Type-G"];

/// The VPG types a new VPG can have, offered by the editor.
pub const VPG_TYPES_OFFERED: [&str; 4] = ["Type-E", "Type-F", "Type-F2", "Type-G"];

/// The VPG device subnet SORACOM uses unless told otherwise.
pub fn default_device_subnet() -> Cidr {
    Cidr(Ipv4Net::new(Ipv4Addr::new(10, 128, 0, 0), 9).unwrap_or_default())
}

impl Default for Soracom {
    fn default() -> Self {
        Soracom {
            region: DOOR_REGIONS[0].to_string(),
            vpg_type: Some("Type-F".to_string()),
            device_subnet: default_device_subnet(),
            vpg_ip_range: None,
        }
    }
}

/// The Azure side: one VNet and its one VPN gateway.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Azure {
    pub vnet: Vnet,
    pub gateway: Gateway,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Vnet {
    pub name: String,
    pub address_space: Vec<Cidr>,
    /// The `GatewaySubnet`; `None` until decided.
    pub gateway_subnet: Option<Cidr>,
}

/// The Azure VPN gateway (virtual network gateway).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gateway {
    pub name: String,
    pub sku: Sku,
    /// `None`: not stated (exports pick the SKU's natural generation).
    pub generation: Option<Generation>,
    pub vpn_type: VpnType,
    pub active_active: bool,
    pub bgp: bool,
    /// Azure's default ASN is 65515.
    pub asn: u32,
    /// One entry per instance with a public IP; `None` (absent) means not stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_ips: Option<Vec<Option<Ip>>>,
    /// `apipa[i]`: the custom APIPA BGP addresses of instance `i`.
    pub apipa: Vec<Vec<Ip>>,
}

/// Azure's default gateway ASN.
pub const AZURE_DEFAULT_ASN: u32 = 65515;
/// AWS's default Amazon-side ASN.
pub const AMAZON_DEFAULT_ASN: u32 = 64512;

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

/// A closed set of names read from and written to the document (`"VpnGw2AZ"`, `"bgp"`).
pub trait Named: Sized + Copy + 'static {
    /// Every value, in the order pickers list them.
    const ALL: &'static [Self];
    /// The document's name of the value.
    fn name(self) -> &'static str;
    /// The value with this name.
    fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.name() == name)
    }
}

macro_rules! named {
    ($ty:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// Every value, in the order pickers list them.
            pub const ALL: &'static [Self] = &[$($ty::$variant),*];

            /// The document's name of the value.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),*
                }
            }
        }
        impl Named for $ty {
            const ALL: &'static [Self] = $ty::ALL;
            fn name(self) -> &'static str {
                $ty::name(self)
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }
    };
}

/// Azure VPN gateway SKUs (Azure's own names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

named!(Sku {
    Basic => "Basic", Standard => "Standard", HighPerformance => "HighPerformance",
    VpnGw1 => "VpnGw1", VpnGw2 => "VpnGw2", VpnGw3 => "VpnGw3", VpnGw4 => "VpnGw4", VpnGw5 => "VpnGw5",
    VpnGw1AZ => "VpnGw1AZ", VpnGw2AZ => "VpnGw2AZ", VpnGw3AZ => "VpnGw3AZ", VpnGw4AZ => "VpnGw4AZ", VpnGw5AZ => "VpnGw5AZ",
});

impl Sku {
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

    /// The AZ SKU of the same tier (VpnGw2 → VpnGw2AZ); legacy SKUs map to VpnGw2AZ.
    pub fn zone_redundant(self) -> Sku {
        match self.tier() {
            Some(1) => Sku::VpnGw1AZ,
            Some(3) => Sku::VpnGw3AZ,
            Some(4) => Sku::VpnGw4AZ,
            Some(5) => Sku::VpnGw5AZ,
            _ => Sku::VpnGw2AZ,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Generation {
    Generation1,
    Generation2,
}

named!(Generation { Generation1 => "Generation1", Generation2 => "Generation2" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VpnType {
    #[default]
    RouteBased,
    PolicyBased,
}

named!(VpnType { RouteBased => "RouteBased", PolicyBased => "PolicyBased" });

/// One Door VPN connection (an AWS Site-to-Site VPN connection): two tunnels, one peer IP.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoorVpn {
    pub id: String,
    pub name: String,
    pub routing: Routing,
    /// The Amazon-side ASN of the virtual private gateway (AWS default 64512).
    pub amazon_asn: u32,
    /// Azure-side prefixes SORACOM routes into this VPN (static routing only).
    pub static_routes: Vec<Cidr>,
    /// Exactly two: tunnel 0 and tunnel 1.
    pub tunnels: Vec<Tunnel>,
}

impl DoorVpn {
    /// A new unlinked Door VPN with two empty tunnels.
    pub fn new(id: &str, name: &str, routing: Routing, amazon_asn: u32) -> DoorVpn {
        DoorVpn {
            id: id.to_string(),
            name: name.to_string(),
            routing,
            amazon_asn,
            static_routes: Vec::new(),
            tunnels: vec![Tunnel::default(), Tunnel::default()],
        }
    }

    /// The name to show: `name`, or the id when the name is empty.
    pub fn label(&self) -> &str {
        if self.name.trim().is_empty() {
            &self.id
        } else {
            &self.name
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Routing {
    #[default]
    Bgp,
    Static,
}

named!(Routing { Bgp => "bgp", Static => "static" });

/// One AWS tunnel of a Door VPN.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Tunnel {
    /// The tunnel inside /30 in 169.254.0.0/16; `None` until chosen.
    pub inside_cidr: Option<Cidr>,
    /// The AWS outside (public) IP; `None` until SORACOM hands it over.
    pub outside_ip: Option<Ip>,
    /// The pre-shared key; `None` until known. A secret: never logged or put in messages.
    pub psk: Option<String>,
}

/// One Azure connection (and its local network gateway) for one Door tunnel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub vpn: String,
    pub tunnel: u8,
    /// The Azure gateway instance (and so the public IP) the tunnel terminates on.
    pub instance: u8,
    pub connection_mode: ConnectionMode,
    /// `None`: BGP when the VPN's routing is BGP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bgp: Option<bool>,
}

impl Link {
    /// Whether this link runs BGP: its own `bgp`, else its Door VPN's routing. The one place
    /// this rule is written; `vpn` is the link's Door VPN.
    pub fn runs_bgp(&self, vpn: &DoorVpn) -> bool {
        self.bgp.unwrap_or(vpn.routing == Routing::Bgp)
    }

    /// A link in `Default` connection mode, BGP as its VPN.
    pub fn new(vpn: &str, tunnel: u8, instance: u8) -> Link {
        Link {
            vpn: vpn.to_string(),
            tunnel,
            instance,
            connection_mode: ConnectionMode::Default,
            bgp: None,
        }
    }

    /// What findings and the diagram call this link: `link:door-1:0`.
    pub fn subject(&self) -> Subject {
        Subject::Link(self.vpn.clone(), self.tunnel)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConnectionMode {
    #[default]
    Default,
    InitiatorOnly,
    ResponderOnly,
}

named!(ConnectionMode { Default => "Default", InitiatorOnly => "InitiatorOnly", ResponderOnly => "ResponderOnly" });

/// A diagram position.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    /// A coordinate kept to a tenth of a pixel, as the reader keeps layout positions.
    pub fn tenth(value: f64) -> f64 {
        (value * 10.0).round() / 10.0
    }
}

/// Ids that name fixed elements of the diagram (or read as another kind of id) and so cannot
/// be Door VPN ids.
pub const RESERVED_IDS: [&str; 6] = ["gateway", "vnet", "soracom", "vpg", "design", "link"];

/// Door VPNs by id, for naming many subjects at once in O(1) each ([`Design::vpn`] searches
/// the list). A repeated id (refused by a rule) finds its first holder, as the search does.
#[derive(Debug, Clone)]
pub struct VpnIndex<'a> {
    design: &'a Design,
    rows: std::collections::HashMap<&'a str, usize>,
}

impl<'a> VpnIndex<'a> {
    pub fn new(design: &'a Design) -> VpnIndex<'a> {
        let mut rows = std::collections::HashMap::with_capacity(design.door_vpns.len());
        for (row, vpn) in design.door_vpns.iter().enumerate() {
            rows.entry(vpn.id.as_str()).or_insert(row);
        }
        VpnIndex { design, rows }
    }

    /// The Door VPN with this id.
    pub fn get(&self, id: &str) -> Option<&'a DoorVpn> {
        self.design.door_vpns.get(*self.rows.get(id)?)
    }

    /// Its position in the list.
    pub fn row(&self, id: &str) -> Option<usize> {
        self.rows.get(id).copied()
    }
}

impl Design {
    /// The Door VPN with this id.
    pub fn vpn(&self, id: &str) -> Option<&DoorVpn> {
        self.door_vpns.iter().find(|vpn| vpn.id == id)
    }

    /// The link of a tunnel, if it has one.
    pub fn link(&self, vpn: &str, tunnel: u8) -> Option<&Link> {
        self.links
            .iter()
            .find(|link| link.vpn == vpn && link.tunnel == tunnel)
    }

    /// Whether a link runs BGP: its own `bgp`, else its VPN's routing.
    pub fn link_is_bgp(&self, link: &Link) -> bool {
        match self.vpn(&link.vpn) {
            Some(vpn) => link.runs_bgp(vpn),
            None => link.bgp.unwrap_or(false),
        }
    }

    /// The document as a JSON value, with its extension keys back in place.
    pub fn to_value(&self) -> Value {
        // Serialising plain data with string keys cannot fail.
        let mut value = serde_json::to_value(self).unwrap_or(Value::Null);
        if self.extensions.0.is_empty() {
            return value;
        }
        // Where each Door VPN and link sits in the written arrays (the design's own order),
        // found once: a search per extension was quadratic when every Door VPN carries one.
        let vpns = VpnIndex::new(self);
        let mut links = std::collections::HashMap::with_capacity(self.links.len());
        for (row, link) in self.links.iter().enumerate() {
            links.entry((link.vpn.as_str(), link.tunnel)).or_insert(row);
        }
        for (place, keys) in &self.extensions.0 {
            if let Some(object) = place_object(&mut value, place, &vpns, &links) {
                for (key, extension) in keys {
                    object.insert(key.clone(), extension.clone());
                }
            }
        }
        value
    }

    /// Writes the design as pretty JSON (the `*.doorplan.json` format).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.to_value()).unwrap_or_default()
    }

    /// Compact JSON (share links).
    pub fn to_compact_json(&self) -> String {
        serde_json::to_string(&self.to_value()).unwrap_or_default()
    }
}

/// The object of the serialised document that a [`Place`] names, if it still exists (a
/// repeated id or link finds its first holder, as a search of the list would).
fn place_object<'a>(
    document: &'a mut Value,
    place: &Place,
    vpns: &VpnIndex,
    links: &std::collections::HashMap<(&str, u8), usize>,
) -> Option<&'a mut Map<String, Value>> {
    let value = match place {
        Place::Top => document,
        Place::Soracom => document.get_mut("soracom")?,
        Place::Azure => document.get_mut("azure")?,
        Place::Vnet => document.get_mut("azure")?.get_mut("vnet")?,
        Place::Gateway => document.get_mut("azure")?.get_mut("gateway")?,
        Place::Vpn(id) => document.get_mut("door_vpns")?.get_mut(vpns.row(id)?)?,
        Place::Tunnel(id, tunnel) => document
            .get_mut("door_vpns")?
            .get_mut(vpns.row(id)?)?
            .get_mut("tunnels")?
            .get_mut(usize::from(*tunnel))?,
        Place::Link(id, tunnel) => document
            .get_mut("links")?
            .get_mut(*links.get(&(id.as_str(), *tunnel))?)?,
        Place::Layout(id) => document.get_mut("layout")?.get_mut(id.as_str())?,
    };
    value.as_object_mut()
}

/// The two hosts of a tunnel inside /30: AWS takes the first, Azure the second.
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
            error.to_string(),
            "\"169.254.21.0/31x\" is not an IPv4 CIDR (expected a.b.c.d/len)"
        );
    }

    #[test]
    fn inside_hosts_are_first_and_second() {
        let (aws, azure) = inside_hosts("169.254.21.4/30".parse().unwrap());
        assert_eq!(aws, Ipv4Addr::new(169, 254, 21, 5));
        assert_eq!(azure, Ipv4Addr::new(169, 254, 21, 6));
    }

    #[test]
    fn names_round_trip() {
        for sku in Sku::ALL {
            assert_eq!(Sku::parse(sku.name()), Some(*sku));
        }
        assert_eq!(Routing::parse("static"), Some(Routing::Static));
        assert_eq!(ConnectionMode::parse("Sideways"), None);
    }
}
