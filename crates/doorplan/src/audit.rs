//! The audit of a built deployment: what the Azure CLI prints for a resource group (the VPN
//! gateway, its connections, the local network gateways, and optionally the BGP peer and
//! connection status), compared with the design — every difference with both values and what
//! it breaks — and the live status explained against the design (a split Door VPN shows exactly
//! the sessions that cannot come up; a VPN with both tunnels down is an AWS-side or key problem;
//! a tunnel up with BGP down points at APIPA or ASN values).
//!
//! The design is compared with what doorplan's exports create for it (`export::Plan`: names,
//! custom BGP addresses, IKEv2), so an audit of a deployment made from the exports lists only
//! what changed since. Pure: the command line and the browser pass the JSON texts.

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::Ipv4Addr;

use serde_json::{json, Value};

use crate::export::{Plan, Value as Planned};
use crate::ids::Subject;
use crate::model::{
    inside_hosts, ConnectionMode, Design, DoorVpn, Link, Routing, Tunnel, VpnIndex,
};
use crate::report::Severity;
use crate::text::{join, Lang, Message, T};

/// Why an input could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditError {
    pub source: String,
    pub message: Message,
}

/// The VPN gateway as Azure holds it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gateway {
    pub name: String,
    pub sku: Option<String>,
    pub generation: Option<String>,
    pub active_active: Option<bool>,
    pub bgp: Option<bool>,
    pub asn: Option<u32>,
    /// By instance (the order of the IP configurations): public IP, custom APIPA addresses.
    pub instances: Vec<Instance>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Instance {
    pub ip_configuration: String,
    pub public_ip: Option<Ipv4Addr>,
    pub apipa: Vec<Ipv4Addr>,
}

/// A local network gateway: one AWS tunnel endpoint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LocalGateway {
    pub name: String,
    pub address: Option<Ipv4Addr>,
    pub bgp_peer: Option<Ipv4Addr>,
    pub asn: Option<u32>,
}

/// A connection: the gateway and a local network gateway joined by one IPsec tunnel.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Connection {
    pub name: String,
    pub gateway: Option<String>,
    pub local_gateway: Option<String>,
    pub bgp: Option<bool>,
    pub mode: Option<String>,
    pub protocol: Option<String>,
    /// Custom BGP addresses by IP configuration name.
    pub custom_bgp: Vec<(String, Ipv4Addr)>,
    /// Whether a pre-shared key is present (only known from an exported template).
    pub has_key: Option<bool>,
    pub status: Option<State>,
}

/// One BGP peer of the gateway, as `list-bgp-peer-status` prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct Peer {
    pub neighbor: Ipv4Addr,
    pub local: Option<Ipv4Addr>,
    pub state: State,
}

/// The state of a tunnel or a BGP session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum State {
    Connected,
    Connecting,
    NotConnected,
    Unknown,
}

impl State {
    fn parse(text: &str) -> State {
        match text.to_ascii_lowercase().as_str() {
            "connected" => State::Connected,
            "connecting" => State::Connecting,
            "notconnected" | "not connected" | "idle" | "stopped" | "disconnected" => {
                State::NotConnected
            }
            _ => State::Unknown,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            State::Connected => "connected",
            State::Connecting => "connecting",
            State::NotConnected => "not-connected",
            State::Unknown => "unknown",
        }
    }

    pub fn words(self) -> T {
        match self {
            State::Connected => T::AuStateConnected,
            State::Connecting => T::AuStateConnecting,
            State::NotConnected => T::AuStateDown,
            State::Unknown => T::AuStateUnknown,
        }
    }
}

/// Everything read from the inputs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deployment {
    pub gateways: Vec<Gateway>,
    pub local_gateways: Vec<LocalGateway>,
    pub connections: Vec<Connection>,
    pub peers: Vec<Peer>,
    /// Per input: its name and what was found in it.
    pub sources: Vec<(String, Vec<Message>)>,
}

/// One difference between the design and the deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Stable kind (`gateway-sku`, `lng-address`, `connection-missing`…).
    pub kind: &'static str,
    pub subject: Subject,
    pub planned: String,
    pub deployed: String,
    pub message: Message,
}

/// The live state of one link: its tunnel and its BGP session.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkState {
    pub link: Subject,
    pub tunnel: Option<State>,
    pub bgp: Option<State>,
}

/// The live state of each link (its tunnel, its BGP session), as the diagram shows it.
pub type States = HashMap<Subject, (Option<State>, Option<State>)>;

/// What the status means, against the design.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub subject: Subject,
    pub severity: Severity,
    pub message: Message,
}

/// The audit of a deployment against a design.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Audit {
    pub differences: Vec<Difference>,
    pub status: Vec<LinkState>,
    pub notes: Vec<Note>,
}

impl Audit {
    /// Whether the deployment holds what the design plans.
    pub fn matches(&self) -> bool {
        self.differences.is_empty()
    }

    /// The states by link subject (the diagram colours links with it).
    pub fn states(&self) -> States {
        self.status
            .iter()
            .map(|state| (state.link.clone(), (state.tunnel, state.bgp)))
            .collect()
    }
}

// ---- reading ----------------------------------------------------------------------------------

/// The largest input read (the Azure CLI output of a resource group is a few hundred KB).
pub const MAX_INPUT_BYTES: usize = crate::read::MAX_DESIGN_BYTES;

/// Reads what the Azure CLI (or the portal's Export template) printed: each input is one JSON
/// document (an object, a list, `{ "value": [...] }`, or a template with `resources`).
pub fn read(inputs: &[(&str, &str)]) -> Result<Deployment, AuditError> {
    let mut deployment = Deployment::default();
    for (source, text) in inputs {
        if text.len() > MAX_INPUT_BYTES {
            return Err(AuditError {
                source: source.to_string(),
                message: msg!(
                    AuTooLarge,
                    source = *source,
                    size = text.len(),
                    limit = MAX_INPUT_BYTES
                ),
            });
        }
        let value: Value = crate::read::json_value(text).map_err(|error| AuditError {
            source: source.to_string(),
            message: msg!(
                AuNotJson,
                source = *source,
                line = error.line(),
                column = crate::read::char_column(text, error.line(), error.column()),
                problem = crate::read::strict_json_problem(&error)
            ),
        })?;
        let before = (
            deployment.gateways.len(),
            deployment.local_gateways.len(),
            deployment.connections.len(),
            deployment.peers.len(),
        );
        let parameters = value.get("parameters").cloned().unwrap_or(Value::Null);
        collect(&value, &parameters, &mut deployment, 0);
        let found_gateways: Vec<String> = deployment.gateways[before.0..]
            .iter()
            .map(|gateway| gateway.name.clone())
            .collect();
        let mut found = Vec::new();
        for name in found_gateways {
            found.push(msg!(AuFoundGateway, name = name));
        }
        let lngs = deployment.local_gateways.len() - before.1;
        if lngs > 0 {
            found.push(msg!(AuFoundLngs, count = lngs));
        }
        let connections = deployment.connections.len() - before.2;
        if connections > 0 {
            found.push(msg!(AuFoundConnections, count = connections));
        }
        let peers = deployment.peers.len() - before.3;
        if peers > 0 {
            found.push(msg!(AuFoundPeers, count = peers));
        }
        if found.is_empty() {
            return Err(AuditError {
                source: source.to_string(),
                message: msg!(AuNothing, source = *source),
            });
        }
        deployment.sources.push((source.to_string(), found));
    }
    merge_duplicates(&mut deployment);
    Ok(deployment)
}

/// A string property, with an exported template's `[parameters('x')]` resolved to its default.
fn string(value: Option<&Value>, parameters: &Value) -> Option<String> {
    let text = value?.as_str()?;
    if let Some(name) = text
        .strip_prefix("[parameters('")
        .and_then(|rest| rest.strip_suffix("')]"))
    {
        return parameters
            .get(name)?
            .get("defaultValue")?
            .as_str()
            .map(str::to_string);
    }
    (!text.starts_with('[')).then(|| text.to_string())
}

/// The last segment of a resource id (`…/localNetworkGateways/lng-door-1-t1`).
fn id_name(value: Option<&Value>, parameters: &Value) -> Option<String> {
    let id = string(value?.get("id"), parameters).or_else(|| string(Some(value?), parameters))?;
    // `[resourceId('Microsoft.Network/localNetworkGateways', parameters('x'))]` in templates.
    id.trim_end_matches('/')
        .rsplit('/')
        .next()
        .map(str::to_string)
}

fn ip(value: Option<&Value>, parameters: &Value) -> Option<Ipv4Addr> {
    string(value, parameters)?.trim().parse().ok()
}

fn ips(value: Option<&Value>) -> Vec<Ipv4Addr> {
    value
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.as_str()?.trim().parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

fn number(value: Option<&Value>) -> Option<u32> {
    value?.as_u64().and_then(|n| u32::try_from(n).ok())
}

fn boolean(value: Option<&Value>) -> Option<bool> {
    value?.as_bool()
}

fn collect(value: &Value, parameters: &Value, out: &mut Deployment, depth: usize) {
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                collect(item, parameters, out, depth + 1);
            }
        }
        Value::Object(object) => {
            if let Some(kind) = object.get("type").and_then(Value::as_str) {
                let properties = object.get("properties").unwrap_or(&Value::Null);
                let name = string(object.get("name"), parameters).unwrap_or_default();
                match kind.to_ascii_lowercase().as_str() {
                    "microsoft.network/virtualnetworkgateways" => {
                        out.gateways.push(gateway(name, properties, parameters))
                    }
                    "microsoft.network/localnetworkgateways" => {
                        out.local_gateways.push(LocalGateway {
                            name,
                            address: ip(properties.get("gatewayIpAddress"), parameters),
                            bgp_peer: ip(
                                properties
                                    .get("bgpSettings")
                                    .and_then(|bgp| bgp.get("bgpPeeringAddress")),
                                parameters,
                            ),
                            asn: number(
                                properties.get("bgpSettings").and_then(|bgp| bgp.get("asn")),
                            ),
                        })
                    }
                    "microsoft.network/connections" => out
                        .connections
                        .push(connection(name, properties, parameters)),
                    _ => {}
                }
                return;
            }
            // `list-bgp-peer-status`: `{ "value": [ { "neighbor": …, "state": … } ] }`.
            if let Some(Value::Array(items)) = object.get("value") {
                for item in items {
                    if let (Some(neighbor), Some(state)) = (
                        ip(item.get("neighbor"), parameters),
                        item.get("state").and_then(Value::as_str),
                    ) {
                        out.peers.push(Peer {
                            neighbor,
                            local: ip(item.get("localAddress"), parameters),
                            state: State::parse(state),
                        });
                    } else {
                        collect(item, parameters, out, depth + 1);
                    }
                }
                return;
            }
            if let Some(resources) = object.get("resources") {
                collect(resources, parameters, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn gateway(name: String, properties: &Value, parameters: &Value) -> Gateway {
    let bgp = properties.get("bgpSettings");
    let peering: Vec<&Value> = bgp
        .and_then(|bgp| bgp.get("bgpPeeringAddresses"))
        .and_then(Value::as_array)
        .map(|items| items.iter().collect())
        .unwrap_or_default();
    let configurations: Vec<String> = properties
        .get("ipConfigurations")
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| string(item.get("name"), parameters))
                .collect()
        })
        .unwrap_or_default();
    let mut instances: Vec<Instance> = configurations
        .iter()
        .map(|name| Instance {
            ip_configuration: name.clone(),
            ..Instance::default()
        })
        .collect();
    for entry in peering {
        let configuration = string(entry.get("ipconfigurationId"), parameters)
            .map(|id| id.rsplit('/').next().unwrap_or_default().to_string())
            .unwrap_or_default();
        let index = match instances
            .iter()
            .position(|instance| instance.ip_configuration == configuration)
        {
            Some(index) => index,
            None => {
                instances.push(Instance {
                    ip_configuration: configuration,
                    ..Instance::default()
                });
                instances.len() - 1
            }
        };
        instances[index].apipa = ips(entry.get("customBgpIpAddresses"));
        instances[index].public_ip = ips(entry.get("tunnelIpAddresses")).first().copied();
    }
    Gateway {
        name,
        sku: string(
            properties.get("sku").and_then(|sku| sku.get("name")),
            parameters,
        ),
        generation: string(properties.get("vpnGatewayGeneration"), parameters)
            .filter(|generation| generation != "None"),
        active_active: boolean(properties.get("activeActive")),
        bgp: boolean(properties.get("enableBgp")),
        asn: number(bgp.and_then(|bgp| bgp.get("asn"))),
        instances,
    }
}

fn connection(name: String, properties: &Value, parameters: &Value) -> Connection {
    let custom_bgp = properties
        .get("gatewayCustomBgpIpAddresses")
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| {
                    let configuration = string(item.get("ipConfigurationId"), parameters)?
                        .rsplit('/')
                        .next()?
                        .to_string();
                    Some((
                        configuration,
                        ip(item.get("customBgpIpAddress"), parameters)?,
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    Connection {
        name,
        gateway: id_name(properties.get("virtualNetworkGateway1"), parameters),
        local_gateway: id_name(properties.get("localNetworkGateway2"), parameters),
        bgp: boolean(properties.get("enableBgp")),
        mode: string(properties.get("connectionMode"), parameters),
        protocol: string(properties.get("connectionProtocol"), parameters),
        custom_bgp,
        has_key: properties
            .get("sharedKey")
            .map(|key| !key.is_null() && key.as_str() != Some("")),
        status: properties
            .get("connectionStatus")
            .and_then(Value::as_str)
            .map(State::parse),
    }
}

/// The same resource given twice (a `list` and a `show`): one entry, the later details win.
fn merge_duplicates(deployment: &mut Deployment) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut merged: Vec<Connection> = Vec::new();
    for connection in std::mem::take(&mut deployment.connections) {
        match seen.get(&connection.name) {
            Some(&index) => {
                let known = &mut merged[index];
                known.status = connection.status.or(known.status);
                known.has_key = connection.has_key.or(known.has_key);
                if known.gateway.is_none() {
                    *known = Connection {
                        status: known.status,
                        has_key: known.has_key,
                        ..connection
                    };
                }
            }
            None => {
                seen.insert(connection.name.clone(), merged.len());
                merged.push(connection);
            }
        }
    }
    deployment.connections = merged;
    let mut names = HashSet::new();
    deployment
        .local_gateways
        .retain(|lng| names.insert(lng.name.clone()));
    let mut names = HashSet::new();
    deployment
        .gateways
        .retain(|gateway| names.insert(gateway.name.clone()));
}

// ---- comparing --------------------------------------------------------------------------------

fn on_off(value: Option<bool>) -> String {
    match value {
        Some(true) => "on".into(),
        Some(false) => "off".into(),
        None => "?".into(),
    }
}

fn list(addresses: &[Ipv4Addr]) -> String {
    if addresses.is_empty() {
        "—".into()
    } else {
        join(addresses)
    }
}

/// The first index of a queue that is not taken; taken ones are dropped for good (what is taken
/// stays taken), so a run of look-ups over one queue is linear in its length.
fn first_free(queue: Option<&mut VecDeque<usize>>, taken: impl Fn(usize) -> bool) -> Option<usize> {
    let queue = queue?;
    while let Some(&index) = queue.front() {
        if !taken(index) {
            return Some(index);
        }
        queue.pop_front();
    }
    None
}

/// The tunnel the plan's connection is for (through an index: one per connection).
fn tunnel_of<'a>(vpns: &VpnIndex<'a>, vpn: &str, tunnel: u8) -> Option<(&'a DoorVpn, &'a Tunnel)> {
    let vpn = vpns.get(vpn)?;
    Some((vpn, vpn.tunnels.get(usize::from(tunnel))?))
}

/// A deployment's local network gateways, connections and BGP peers by the keys the audit
/// matches on, each list in the deployment's order: every "the first one with…" the audit asks
/// is a map look-up (and, for "…not taken yet", a skip over taken ones that never come back),
/// so comparing is linear in the size of the deployment, not quadratic. The `free_…` look-ups
/// drop taken entries from the lists, so one `Found` serves either those (`compare`) or the
/// plain "first with…" ones (`explain_status`), never both.
struct Found<'d> {
    deployment: &'d Deployment,
    lngs_by_address: HashMap<Ipv4Addr, VecDeque<usize>>,
    lngs_by_peer: HashMap<Ipv4Addr, VecDeque<usize>>,
    lng_by_name: HashMap<&'d str, usize>,
    connections_by_lng: HashMap<&'d str, VecDeque<usize>>,
    connection_by_name: HashMap<&'d str, usize>,
    peers_by_neighbor: HashMap<Ipv4Addr, Vec<&'d Peer>>,
}

impl<'d> Found<'d> {
    fn new(deployment: &'d Deployment) -> Found<'d> {
        let mut found = Found {
            deployment,
            lngs_by_address: HashMap::new(),
            lngs_by_peer: HashMap::new(),
            lng_by_name: HashMap::new(),
            connections_by_lng: HashMap::new(),
            connection_by_name: HashMap::new(),
            peers_by_neighbor: HashMap::new(),
        };
        for (index, lng) in deployment.local_gateways.iter().enumerate() {
            if let Some(address) = lng.address {
                found
                    .lngs_by_address
                    .entry(address)
                    .or_default()
                    .push_back(index);
            }
            if let Some(peer) = lng.bgp_peer {
                found.lngs_by_peer.entry(peer).or_default().push_back(index);
            }
            found.lng_by_name.entry(lng.name.as_str()).or_insert(index);
        }
        for (index, connection) in deployment.connections.iter().enumerate() {
            if let Some(lng) = connection.local_gateway.as_deref() {
                found
                    .connections_by_lng
                    .entry(lng)
                    .or_default()
                    .push_back(index);
            }
            found
                .connection_by_name
                .entry(connection.name.as_str())
                .or_insert(index);
        }
        for peer in &deployment.peers {
            found
                .peers_by_neighbor
                .entry(peer.neighbor)
                .or_default()
                .push(peer);
        }
        found
    }

    /// The first local network gateway with this address whose name is not in `used`.
    fn free_lng_at(&mut self, address: Ipv4Addr, used: &HashSet<&str>) -> Option<&'d LocalGateway> {
        let lngs = &self.deployment.local_gateways;
        let index = first_free(self.lngs_by_address.get_mut(&address), |index| {
            used.contains(lngs[index].name.as_str())
        })?;
        lngs.get(index)
    }

    /// The first local network gateway with this BGP peer whose name is not in `used`.
    fn free_lng_peering(
        &mut self,
        peer: Ipv4Addr,
        used: &HashSet<&str>,
    ) -> Option<&'d LocalGateway> {
        let lngs = &self.deployment.local_gateways;
        let index = first_free(self.lngs_by_peer.get_mut(&peer), |index| {
            used.contains(lngs[index].name.as_str())
        })?;
        lngs.get(index)
    }

    /// The first local network gateway with this address.
    fn lng_at(&self, address: Ipv4Addr) -> Option<&'d LocalGateway> {
        let index = *self.lngs_by_address.get(&address)?.front()?;
        self.deployment.local_gateways.get(index)
    }

    /// The first local network gateway with this name.
    fn lng_named(&self, name: &str) -> Option<&'d LocalGateway> {
        self.deployment
            .local_gateways
            .get(*self.lng_by_name.get(name)?)
    }

    /// The first connection to this local network gateway whose name is not in `used`.
    fn free_connection_to(&mut self, lng: &str, used: &HashSet<&str>) -> Option<&'d Connection> {
        let connections = &self.deployment.connections;
        let index = first_free(self.connections_by_lng.get_mut(lng), |index| {
            used.contains(connections[index].name.as_str())
        })?;
        connections.get(index)
    }

    /// The first connection to this local network gateway.
    fn connection_to(&self, lng: &str) -> Option<&'d Connection> {
        let index = *self.connections_by_lng.get(lng)?.front()?;
        self.deployment.connections.get(index)
    }

    /// The first connection with this name.
    fn connection_named(&self, name: &str) -> Option<&'d Connection> {
        self.deployment
            .connections
            .get(*self.connection_by_name.get(name)?)
    }

    /// The gateway's BGP sessions with this neighbour, in the order listed.
    fn sessions_with(&self, neighbor: Ipv4Addr) -> &[&'d Peer] {
        self.peers_by_neighbor
            .get(&neighbor)
            .map_or(&[], Vec::as_slice)
    }
}

/// Compares a deployment with a design.
pub fn compare(design: &Design, deployment: &Deployment) -> Audit {
    let mut audit = Audit::default();
    let plan = Plan::new(design);
    let planned_gateway = &design.azure.gateway;
    let mut diff = |kind: &'static str,
                    subject: Subject,
                    planned: String,
                    deployed: String,
                    message: Message| {
        audit.differences.push(Difference {
            kind,
            subject,
            planned,
            deployed,
            message,
        });
    };
    let gateway = deployment
        .gateways
        .iter()
        .find(|gateway| gateway.name == planned_gateway.name)
        .or_else(|| (deployment.gateways.len() == 1).then(|| &deployment.gateways[0]));
    match gateway {
        None => diff(
            "gateway-missing",
            Subject::Gateway,
            planned_gateway.name.clone(),
            if deployment.gateways.is_empty() {
                "—".into()
            } else {
                join(deployment.gateways.iter().map(|g| g.name.as_str()))
            },
            msg!(
                AuGatewayMissing,
                name = planned_gateway.name.as_str(),
                found = if deployment.gateways.is_empty() {
                    "—".to_string()
                } else {
                    join(deployment.gateways.iter().map(|g| g.name.as_str()))
                }
            ),
        ),
        Some(gateway) => {
            let sku = planned_gateway.sku.name().to_string();
            if let Some(deployed) = &gateway.sku {
                if *deployed != sku {
                    diff(
                        "gateway-sku",
                        Subject::Gateway,
                        sku.clone(),
                        deployed.clone(),
                        msg!(AuSku, planned = sku.as_str(), deployed = deployed.as_str()),
                    );
                }
            }
            let generation = planned_gateway
                .generation
                .unwrap_or_else(|| planned_gateway.sku.natural_generation())
                .name()
                .to_string();
            if let Some(deployed) = &gateway.generation {
                if *deployed != generation {
                    diff(
                        "gateway-generation",
                        Subject::Gateway,
                        generation.clone(),
                        deployed.clone(),
                        msg!(
                            AuGeneration,
                            planned = generation.as_str(),
                            deployed = deployed.as_str()
                        ),
                    );
                }
            }
            if gateway
                .active_active
                .is_some_and(|deployed| deployed != planned_gateway.active_active)
            {
                let (planned, deployed) = (
                    on_off(Some(planned_gateway.active_active)),
                    on_off(gateway.active_active),
                );
                diff(
                    "gateway-active-active",
                    Subject::Gateway,
                    planned.clone(),
                    deployed.clone(),
                    msg!(
                        AuActiveActive,
                        planned = planned.as_str(),
                        deployed = deployed.as_str()
                    ),
                );
            }
            if gateway
                .bgp
                .is_some_and(|deployed| deployed != planned_gateway.bgp)
            {
                let (planned, deployed) = (on_off(Some(planned_gateway.bgp)), on_off(gateway.bgp));
                diff(
                    "gateway-bgp",
                    Subject::Gateway,
                    planned.clone(),
                    deployed.clone(),
                    msg!(
                        AuGatewayBgp,
                        planned = planned.as_str(),
                        deployed = deployed.as_str()
                    ),
                );
            }
            if planned_gateway.bgp {
                if let Some(deployed) = gateway.asn.filter(|asn| *asn != planned_gateway.asn) {
                    diff(
                        "gateway-asn",
                        Subject::Gateway,
                        planned_gateway.asn.to_string(),
                        deployed.to_string(),
                        msg!(AuAsn, planned = planned_gateway.asn, deployed = deployed),
                    );
                }
            }
            for instance in 0..planned_gateway.instance_count() {
                let deployed = gateway.instances.get(usize::from(instance));
                if let (Some(planned), Some(deployed)) = (
                    planned_gateway.public_ip_of(instance),
                    deployed.and_then(|found| found.public_ip),
                ) {
                    if planned.0 != deployed {
                        diff(
                            "gateway-public-ip",
                            Subject::Gateway,
                            planned.to_string(),
                            deployed.to_string(),
                            msg!(
                                AuPublicIp,
                                instance = instance,
                                planned = planned,
                                deployed = deployed
                            ),
                        );
                    }
                }
                let planned: Vec<Ipv4Addr> = match plan.apipa.get(usize::from(instance)) {
                    Some(Some(Planned::Known(addresses))) => addresses.clone(),
                    _ => Vec::new(),
                };
                let found = deployed
                    .map(|found| found.apipa.clone())
                    .unwrap_or_default();
                let sorted = |mut list: Vec<Ipv4Addr>| {
                    crate::order::sort(&mut list);
                    list
                };
                if planned_gateway.bgp
                    && deployed.is_some()
                    && sorted(planned.clone()) != sorted(found.clone())
                {
                    diff(
                        "gateway-apipa",
                        Subject::Gateway,
                        list(&planned),
                        list(&found),
                        msg!(
                            AuApipa,
                            instance = instance,
                            planned = list(&planned),
                            deployed = list(&found)
                        ),
                    );
                }
            }
        }
    }

    // Local network gateways and connections, tunnel by tunnel.
    let mut used_lngs: HashSet<&str> = HashSet::new();
    let mut used_connections: HashSet<&str> = HashSet::new();
    let vpns = VpnIndex::new(design);
    let mut lookup = Found::new(deployment);
    let gateway_name = gateway.map_or(planned_gateway.name.as_str(), |gateway| {
        gateway.name.as_str()
    });
    for connection in &plan.connections {
        let Some((vpn, tunnel)) = tunnel_of(&vpns, &connection.vpn_id, connection.tunnel) else {
            continue;
        };
        let subject = Subject::Link(vpn.id.clone(), connection.tunnel);
        let title_message = msg!(TunnelName, vpn = vpn.label(), n = connection.tunnel + 1);
        let lng_name = format!("lng-{}", connection.slug);
        let connection_name = format!("cn-{}", connection.slug);
        let aws_inside = tunnel.inside_cidr.map(|cidr| inside_hosts(cidr.0).0);
        // The local network gateway: by its AWS address, else by its BGP peer (both among those
        // not matched yet), else by name.
        let lng = tunnel
            .outside_ip
            .and_then(|ip| lookup.free_lng_at(ip.0, &used_lngs))
            .or_else(|| {
                aws_inside
                    .filter(|_| connection.bgp)
                    .and_then(|peer| lookup.free_lng_peering(peer, &used_lngs))
            })
            .or_else(|| lookup.lng_named(&lng_name));
        match lng {
            None => diff(
                "lng-missing",
                subject.clone(),
                lng_name.clone(),
                "—".into(),
                msg!(
                    AuLngMissing,
                    tunnel = title_message.clone(),
                    name = lng_name.as_str()
                ),
            ),
            Some(lng) => {
                used_lngs.insert(lng.name.as_str());
                if let (Some(planned), Some(deployed)) = (tunnel.outside_ip, lng.address) {
                    if planned.0 != deployed {
                        diff(
                            "lng-address",
                            subject.clone(),
                            planned.to_string(),
                            deployed.to_string(),
                            msg!(
                                AuLngAddress,
                                tunnel = title_message.clone(),
                                planned = planned,
                                deployed = deployed
                            ),
                        );
                    }
                }
                if connection.bgp {
                    if let (Some(planned), Some(deployed)) = (aws_inside, lng.bgp_peer) {
                        if planned != deployed {
                            diff(
                                "lng-bgp-peer",
                                subject.clone(),
                                planned.to_string(),
                                deployed.to_string(),
                                msg!(
                                    AuLngPeer,
                                    tunnel = title_message.clone(),
                                    planned = planned,
                                    deployed = deployed
                                ),
                            );
                        }
                    }
                    if let Some(deployed) = lng.asn.filter(|asn| *asn != vpn.amazon_asn) {
                        diff(
                            "lng-asn",
                            subject.clone(),
                            vpn.amazon_asn.to_string(),
                            deployed.to_string(),
                            msg!(
                                AuLngAsn,
                                tunnel = title_message.clone(),
                                planned = vpn.amazon_asn,
                                deployed = deployed
                            ),
                        );
                    }
                }
            }
        }
        let lng_found = lng.map(|lng| lng.name.as_str());
        let found = lng_found
            .and_then(|lng| lookup.free_connection_to(lng, &used_connections))
            .or_else(|| lookup.connection_named(&connection_name));
        let Some(found) = found else {
            diff(
                "connection-missing",
                subject.clone(),
                connection_name.clone(),
                "—".into(),
                msg!(
                    AuConnMissing,
                    tunnel = title_message.clone(),
                    name = connection_name.as_str()
                ),
            );
            continue;
        };
        used_connections.insert(found.name.as_str());
        let planned_pair = format!("{gateway_name} ↔ {}", lng_found.unwrap_or(&lng_name));
        let deployed_pair = format!(
            "{} ↔ {}",
            found.gateway.as_deref().unwrap_or("?"),
            found.local_gateway.as_deref().unwrap_or("?")
        );
        if (found.gateway.is_some() && found.gateway.as_deref() != Some(gateway_name))
            || (found.local_gateway.is_some()
                && lng_found.is_some()
                && found.local_gateway.as_deref() != lng_found)
        {
            diff(
                "connection-gateway",
                subject.clone(),
                planned_pair.clone(),
                deployed_pair.clone(),
                msg!(
                    AuConnPair,
                    name = found.name.as_str(),
                    planned = planned_pair.as_str(),
                    deployed = deployed_pair.as_str()
                ),
            );
        }
        if let Some(has_key) = found.has_key {
            let planned_key = tunnel.psk.is_some();
            if has_key != planned_key {
                let words = |set: bool| if set { T::AuKeySet } else { T::AuKeyUnset };
                diff(
                    "connection-key",
                    subject.clone(),
                    words(planned_key).en().into(),
                    words(has_key).en().into(),
                    msg!(
                        AuConnKey,
                        tunnel = title_message.clone(),
                        planned = words(planned_key),
                        deployed = words(has_key)
                    ),
                );
            }
        }
        if let Some(deployed) = found.bgp.filter(|bgp| *bgp != connection.bgp) {
            let (planned, deployed) = (on_off(Some(connection.bgp)), on_off(Some(deployed)));
            diff(
                "connection-bgp",
                subject.clone(),
                planned.clone(),
                deployed.clone(),
                msg!(
                    AuConnBgp,
                    tunnel = title_message.clone(),
                    planned = planned.as_str(),
                    deployed = deployed.as_str()
                ),
            );
        }
        // Only an active-active gateway's connections name their custom BGP address (an
        // active-standby gateway has one, which every connection peers from): nothing to compare
        // there, whether or not a deployment names it.
        if connection.bgp && planned_gateway.bgp && planned_gateway.active_active {
            let configuration_of = |instance: u8| {
                gateway
                    .and_then(|gateway| gateway.instances.get(usize::from(instance)))
                    .map(|found| found.ip_configuration.clone())
                    .unwrap_or_else(|| Plan::ip_configuration_name(instance))
            };
            // Addresses in the order of their IP configuration's name, on both sides (each
            // name once: the later entry wins, as in a map).
            let by_configuration = |mut pairs: Vec<(String, Ipv4Addr)>| {
                pairs.reverse();
                crate::order::sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
                pairs.dedup_by(|later, earlier| later.0 == earlier.0);
                pairs
                    .into_iter()
                    .map(|(_, address)| address)
                    .collect::<Vec<_>>()
            };
            let planned = by_configuration(
                connection
                    .custom_bgp
                    .iter()
                    .filter_map(|(instance, address)| match address {
                        Planned::Known(address) => Some((configuration_of(*instance), *address)),
                        Planned::Param(_) => None,
                    })
                    .collect(),
            );
            let deployed = by_configuration(found.custom_bgp.clone());
            let complete = connection
                .custom_bgp
                .iter()
                .all(|(_, address)| matches!(address, Planned::Known(_)));
            if complete && planned != deployed {
                let show = |addresses: &[Ipv4Addr]| {
                    if addresses.is_empty() {
                        "—".to_string()
                    } else {
                        join(addresses.iter())
                    }
                };
                diff(
                    "connection-custom-bgp",
                    subject.clone(),
                    show(&planned),
                    show(&deployed),
                    msg!(
                        AuConnCustomBgp,
                        tunnel = title_message.clone(),
                        planned = show(&planned),
                        deployed = show(&deployed)
                    ),
                );
            }
        }
        if let Some(deployed) = &found.mode {
            let planned = connection.connection_mode.name();
            if !deployed.eq_ignore_ascii_case(planned) {
                diff(
                    "connection-mode",
                    subject.clone(),
                    planned.into(),
                    deployed.clone(),
                    msg!(
                        AuConnMode,
                        tunnel = title_message.clone(),
                        planned = planned,
                        deployed = deployed.as_str()
                    ),
                );
            }
        }
        if let Some(deployed) = &found.protocol {
            if !deployed.eq_ignore_ascii_case("IKEv2") {
                diff(
                    "connection-ike",
                    subject.clone(),
                    "IKEv2".into(),
                    deployed.clone(),
                    msg!(
                        AuConnIke,
                        tunnel = title_message.clone(),
                        planned = "IKEv2",
                        deployed = deployed.as_str()
                    ),
                );
            }
        }
    }
    for lng in &deployment.local_gateways {
        if !used_lngs.contains(lng.name.as_str()) {
            let address = lng.address.map_or("?".to_string(), |ip| ip.to_string());
            diff(
                "lng-extra",
                Subject::Design,
                "—".into(),
                lng.name.clone(),
                msg!(
                    AuLngExtra,
                    name = lng.name.as_str(),
                    address = address.as_str()
                ),
            );
        }
    }
    for connection in &deployment.connections {
        if !used_connections.contains(connection.name.as_str()) {
            diff(
                "connection-extra",
                Subject::Design,
                "—".into(),
                connection.name.clone(),
                msg!(AuConnExtra, name = connection.name.as_str()),
            );
        }
    }
    explain_status(design, deployment, &plan, &mut audit);
    audit
}

// ---- live status ------------------------------------------------------------------------------

fn explain_status(design: &Design, deployment: &Deployment, plan: &Plan, audit: &mut Audit) {
    if deployment.peers.is_empty()
        && deployment
            .connections
            .iter()
            .all(|connection| connection.status.is_none())
    {
        return;
    }
    // The state of each link: its connection's status (found by its local gateway's address or
    // name), and the BGP session with the tunnel's AWS inside address.
    let vpns = VpnIndex::new(design);
    let lookup = Found::new(deployment);
    for connection in &plan.connections {
        let Some((vpn, tunnel)) = tunnel_of(&vpns, &connection.vpn_id, connection.tunnel) else {
            continue;
        };
        let link = Subject::Link(vpn.id.clone(), connection.tunnel);
        let lng = tunnel
            .outside_ip
            .and_then(|ip| lookup.lng_at(ip.0))
            .or_else(|| lookup.lng_named(&format!("lng-{}", connection.slug)));
        let status = lng
            .and_then(|lng| lookup.connection_to(&lng.name))
            .or_else(|| lookup.connection_named(&format!("cn-{}", connection.slug)))
            .and_then(|found| found.status);
        let hosts = tunnel.inside_cidr.map(|cidr| inside_hosts(cidr.0));
        let bgp = if connection.bgp {
            hosts.and_then(|(aws, azure)| {
                let sessions = lookup.sessions_with(aws);
                sessions
                    .iter()
                    .find(|peer| peer.local == Some(azure))
                    .or_else(|| sessions.iter().min_by_key(|peer| peer.state))
                    .map(|peer| peer.state)
            })
        } else {
            None
        };
        audit.status.push(LinkState {
            link,
            tunnel: status,
            bgp,
        });
    }
    let states = audit.states();
    // Each Door VPN's links, grouped once (no scan of every link per Door VPN); a Door VPN is
    // split when its links land on more than one instance.
    let mut links_of: HashMap<&str, Vec<&Link>> = HashMap::new();
    for link in &design.links {
        links_of.entry(link.vpn.as_str()).or_default().push(link);
    }
    let split_vpns: HashSet<&str> = links_of
        .iter()
        .filter(|(_, links)| links.iter().any(|link| link.instance != links[0].instance))
        .map(|(vpn, _)| *vpn)
        .collect();
    for vpn in &design.door_vpns {
        let Some(links) = links_of.remove(vpn.id.as_str()) else {
            continue;
        };
        let state = |link: &Link| states.get(&link.subject()).copied().unwrap_or((None, None));
        let name = |link: &Link| msg!(TunnelName, vpn = vpn.label(), n = link.tunnel + 1);
        // The article's split design: the customer gateway is one instance's public IP (that of
        // tunnel 1's link), so the tunnels linked to the other instance cannot come up.
        if split_vpns.contains(vpn.id.as_str()) {
            let cgw = links
                .iter()
                .min_by_key(|link| link.tunnel)
                .map_or(0, |link| link.instance);
            for link in links.iter().filter(|link| link.instance != cgw) {
                audit.notes.push(Note {
                    subject: link.subject(),
                    severity: Severity::Ng,
                    message: msg!(
                        AuStatusSplit,
                        tunnel = name(link),
                        vpn = vpn.label(),
                        cgw = cgw,
                        other = link.instance
                    ),
                });
            }
            continue;
        }
        let down = |link: &&Link| matches!(state(link).0, Some(State::NotConnected));
        if links.len() == 2 && links.iter().all(down) {
            audit.notes.push(Note {
                subject: Subject::Vpn(vpn.id.clone()),
                severity: Severity::Ng,
                message: msg!(AuStatusVpnDown, vpn = vpn.label()),
            });
            continue;
        }
        for link in &links {
            let (tunnel_state, bgp_state) = state(link);
            let bgp_link = link.runs_bgp(vpn);
            let note = match tunnel_state {
                Some(State::NotConnected) => Some((
                    Severity::Warn,
                    msg!(
                        AuStatusTunnelDown,
                        tunnel = name(link),
                        state = State::NotConnected.words(),
                        vpn = vpn.label()
                    ),
                )),
                Some(State::Connecting) => Some((
                    Severity::Warn,
                    msg!(AuStatusConnecting, tunnel = name(link)),
                )),
                Some(State::Connected)
                    if bgp_link
                        && matches!(
                            bgp_state,
                            Some(State::NotConnected | State::Connecting | State::Unknown)
                        ) =>
                {
                    let tunnel = vpn.tunnels.get(usize::from(link.tunnel));
                    let hosts = tunnel
                        .and_then(|tunnel| tunnel.inside_cidr)
                        .map(|cidr| inside_hosts(cidr.0));
                    let (aws, azure) = hosts
                        .map_or(("?".to_string(), "?".to_string()), |(aws, azure)| {
                            (aws.to_string(), azure.to_string())
                        });
                    Some((
                        Severity::Ng,
                        msg!(
                            AuStatusBgpDown,
                            tunnel = name(link),
                            state = bgp_state.unwrap_or(State::Unknown).words(),
                            instance = link.instance,
                            azure = azure.as_str(),
                            aws = aws.as_str(),
                            asn = vpn.amazon_asn
                        ),
                    ))
                }
                Some(State::Connected) if bgp_link && bgp_state == Some(State::Connected) => {
                    Some((Severity::Info, msg!(AuStatusUp, tunnel = name(link))))
                }
                Some(State::Connected) => {
                    Some((Severity::Info, msg!(AuStatusTunnelUp, tunnel = name(link))))
                }
                Some(State::Unknown) | None
                    if vpn.routing == Routing::Bgp && bgp_state.is_some() =>
                {
                    None
                }
                _ => Some((Severity::Info, msg!(AuStatusNoData, tunnel = name(link)))),
            };
            if let Some((severity, message)) = note {
                audit.notes.push(Note {
                    subject: link.subject(),
                    severity,
                    message,
                });
            }
        }
    }
}

// ---- a design from the deployment --------------------------------------------------------------

/// A design built from a deployment when none is open: the gateway as deployed, one Door VPN
/// per pair of local network gateways (paired by BGP peers in 169.254.21.x and 169.254.22.x at
/// the same offset — the APIPA customisation Door uses — else by name, else in order), each
/// tunnel linked to the instance whose custom BGP address its connection uses. Returns the
/// design and the grouping, for the user to confirm.
pub fn design_from(deployment: &Deployment) -> Option<(Design, Vec<Message>)> {
    let gateway = deployment.gateways.first()?;
    let mut design =
        crate::templates::template("blank").and_then(|template| template.design().ok())?;
    design.title = format!("{} (from the deployment)", gateway.name);
    let planned = &mut design.azure.gateway;
    planned.name = gateway.name.clone();
    if let Some(sku) = gateway
        .sku
        .as_deref()
        .and_then(<crate::model::Sku as crate::model::Named>::parse)
    {
        planned.sku = sku;
    }
    planned.generation = gateway
        .generation
        .as_deref()
        .and_then(<crate::model::Generation as crate::model::Named>::parse);
    planned.active_active = gateway.active_active.unwrap_or(gateway.instances.len() > 1);
    planned.bgp = gateway.bgp.unwrap_or(false);
    if let Some(asn) = gateway.asn {
        planned.asn = asn;
    }
    let instances = usize::from(planned.instance_count());
    planned.public_ips = Some(
        (0..instances)
            .map(|index| {
                gateway
                    .instances
                    .get(index)
                    .and_then(|found| found.public_ip)
                    .map(crate::model::Ip)
            })
            .collect(),
    );
    planned.apipa = (0..instances)
        .map(|index| {
            gateway
                .instances
                .get(index)
                .map(|found| found.apipa.iter().map(|ip| crate::model::Ip(*ip)).collect())
                .unwrap_or_default()
        })
        .collect();

    // Pair the local network gateways into Door VPNs.
    let mut lngs: Vec<&LocalGateway> = deployment.local_gateways.iter().collect();
    crate::order::sort_by(&mut lngs, |a, b| a.name.cmp(&b.name));
    let pairs = pair_local_gateways(&lngs);
    let mut grouping = Vec::new();
    design.door_vpns.clear();
    design.links.clear();
    for (index, (first, second)) in pairs.iter().enumerate() {
        let id = format!("door-{}", index + 1);
        let mut vpn = DoorVpn {
            id: id.clone(),
            name: format!("Door VPN {}", index + 1),
            routing: if design.azure.gateway.bgp {
                Routing::Bgp
            } else {
                Routing::Static
            },
            amazon_asn: first.and_then(|lng| lng.asn).unwrap_or(64512),
            static_routes: Vec::new(),
            tunnels: vec![Tunnel::default(), Tunnel::default()],
        };
        for (t, lng) in [first, second].into_iter().enumerate() {
            let Some(lng) = lng else { continue };
            let tunnel = &mut vpn.tunnels[t];
            tunnel.outside_ip = lng.address.map(crate::model::Ip);
            tunnel.inside_cidr = lng
                .bgp_peer
                .and_then(|peer| format!("{peer}/30").parse::<ipnet::Ipv4Net>().ok())
                .map(|net| crate::model::Cidr(net.trunc()));
            let connection = deployment
                .connections
                .iter()
                .find(|connection| connection.local_gateway.as_deref() == Some(lng.name.as_str()));
            if let Some(connection) = connection {
                // The instance whose APIPA list holds this connection's Azure address.
                let azure = tunnel.inside_cidr.map(|cidr| inside_hosts(cidr.0).1);
                let instance = gateway
                    .instances
                    .iter()
                    .position(|found| azure.is_some_and(|azure| found.apipa.contains(&azure)))
                    .unwrap_or(0)
                    .min(instances.saturating_sub(1));
                design.links.push(Link {
                    vpn: id.clone(),
                    tunnel: t as u8,
                    instance: instance as u8,
                    connection_mode: connection
                        .mode
                        .as_deref()
                        .and_then(<ConnectionMode as crate::model::Named>::parse)
                        .unwrap_or_default(),
                    bgp: connection
                        .bgp
                        .filter(|bgp| *bgp != (vpn.routing == Routing::Bgp)),
                });
            }
        }
        let names: Vec<&str> = [first, second]
            .into_iter()
            .flatten()
            .map(|lng| lng.name.as_str())
            .collect();
        grouping.push(msg!(
            AuGroup,
            vpn = vpn.name.as_str(),
            tunnels = join(names)
        ));
        design.door_vpns.push(vpn);
    }
    design.layout.clear();
    Some((design, grouping))
}

/// A name without its tunnel suffix (`lng-door-1-t1` → `lng-door-1`).
/// A pair of local network gateways that look like one Door VPN's two tunnels: the AWS BGP
/// peers `169.254.21.x` and `169.254.22.x` with the same last octet and ASN, else (either
/// without such a peer) the same name stem (`lng-door-1-t1`, `lng-door-1-t2`).
type Pair<'a> = (Option<&'a LocalGateway>, Option<&'a LocalGateway>);

/// Pairs local network gateways (in the order given) into Door VPNs: each takes the first later
/// gateway not taken yet that pairs with it; the `169.254.21.x` one comes first in a BGP pair.
/// Queues per key and per stem find that partner without searching the list (a deployment
/// file may hold thousands of gateways).
fn pair_local_gateways<'a>(lngs: &[&'a LocalGateway]) -> Vec<Pair<'a>> {
    // The BGP key: (ASN, last octet, third octet 21 or 22).
    let key = |lng: &LocalGateway| -> Option<(u32, u8, u8)> {
        let octets = lng.bgp_peer?.octets();
        (octets[0] == 169 && octets[1] == 254 && (octets[2] == 21 || octets[2] == 22))
            .then(|| (lng.asn.unwrap_or(64512), octets[3], octets[2]))
    };
    let mut by_key: HashMap<(u32, u8, u8), VecDeque<usize>> = HashMap::new();
    let mut by_stem: HashMap<&str, VecDeque<usize>> = HashMap::new();
    let mut keyless_by_stem: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (index, lng) in lngs.iter().enumerate() {
        let stem = stem(&lng.name);
        by_stem.entry(stem).or_default().push_back(index);
        match key(lng) {
            Some(key) => by_key.entry(key).or_default().push_back(index),
            None => keyless_by_stem.entry(stem).or_default().push_back(index),
        }
    }
    let mut pairs = Vec::with_capacity(lngs.len() / 2 + 1);
    let mut taken = vec![false; lngs.len()];
    for (index, lng) in lngs.iter().enumerate() {
        if taken[index] {
            continue;
        }
        taken[index] = true;
        let stem = stem(&lng.name);
        let partner = match key(lng) {
            // Another BGP peer with the same ASN and last octet in the other /24, or a
            // gateway without a BGP peer of the same stem: whichever comes first.
            Some((asn, last, third)) => {
                let other = if third == 21 { 22 } else { 21 };
                let by_peer = first_free(by_key.get_mut(&(asn, last, other)), |i| taken[i]);
                let by_name = first_free(keyless_by_stem.get_mut(stem), |i| taken[i]);
                by_peer.into_iter().chain(by_name).min()
            }
            None => first_free(by_stem.get_mut(stem), |i| taken[i]),
        };
        match partner {
            Some(other) => {
                taken[other] = true;
                let third = |lng: &LocalGateway| lng.bgp_peer.map(|ip| ip.octets()[2]);
                if third(lngs[other]) == Some(21) {
                    pairs.push((Some(lngs[other]), Some(*lng)));
                } else {
                    pairs.push((Some(*lng), Some(lngs[other])));
                }
            }
            None => pairs.push((Some(*lng), None)),
        }
    }
    pairs
}

fn stem(name: &str) -> &str {
    name.trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches(['-', '_', 't', 'T'])
}

// ---- output -----------------------------------------------------------------------------------

impl Audit {
    /// The audit as JSON (`doorplan audit --json`).
    pub fn to_json(&self, deployment: &Deployment, lang: Lang) -> String {
        let value = json!({
            "matches": self.matches(),
            "sources": deployment.sources.iter().map(|(source, found)| json!({ "source": source, "found": found.iter().map(|m| m.render(lang)).collect::<Vec<_>>() })).collect::<Vec<_>>(),
            "differences": self.differences.iter().map(|d| json!({
                "kind": d.kind, "subject": d.subject.to_string(), "planned": d.planned, "deployed": d.deployed, "message": d.message.render(lang),
            })).collect::<Vec<_>>(),
            "status": self.status.iter().map(|s| json!({
                "link": s.link.to_string(), "tunnel": s.tunnel.map(State::name), "bgp": s.bgp.map(State::name),
            })).collect::<Vec<_>>(),
            "notes": self.notes.iter().map(|n| json!({
                "subject": n.subject.to_string(), "severity": n.severity.name(), "message": n.message.render(lang),
            })).collect::<Vec<_>>(),
        });
        serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
    }

    /// The audit for people: what was read, the differences, the live status.
    pub fn text(&self, design: &Design, deployment: &Deployment, lang: Lang) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let sources: Vec<String> = deployment
            .sources
            .iter()
            .map(|(source, found)| {
                format!(
                    "{} ({})",
                    crate::text::printable(source),
                    join(found.iter().map(|m| m.render(lang)))
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "{}",
            msg!(AuRead, sources = sources.join("; ")).render(lang)
        );
        if self.matches() {
            let _ = writeln!(out, "{}", T::AuMatches.get(lang));
        } else {
            let _ = writeln!(
                out,
                "{}",
                msg!(AuDifferences, count = self.differences.len()).render(lang)
            );
            let vpns = VpnIndex::new(design);
            for difference in &self.differences {
                let _ = writeln!(
                    out,
                    "  [{}] {}: {}",
                    difference.kind,
                    difference.subject.label_by(|id| vpns.get(id)).render(lang),
                    crate::text::printable(&difference.message.render(lang))
                );
            }
        }
        if !self.notes.is_empty() {
            let _ = writeln!(out, "\n{}", T::AuStatusHeading.get(lang));
            for note in &self.notes {
                let _ = writeln!(
                    out,
                    "  {:<4} {}",
                    note.severity.name(),
                    crate::text::printable(&note.message.render(lang))
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pairing as first written (a search of the whole list per gateway): the oracle the
    /// indexed `pair_local_gateways` must agree with.
    fn pair_by_search<'a>(lngs: &[&'a LocalGateway]) -> Vec<Pair<'a>> {
        let key = |lng: &LocalGateway| -> Option<(u32, u8)> {
            let octets = lng.bgp_peer?.octets();
            (octets[0] == 169 && octets[1] == 254 && (octets[2] == 21 || octets[2] == 22))
                .then(|| (lng.asn.unwrap_or(64512), octets[3]))
        };
        let mut pairs = Vec::new();
        let mut taken = vec![false; lngs.len()];
        for (index, lng) in lngs.iter().enumerate() {
            if taken[index] {
                continue;
            }
            taken[index] = true;
            let partner = (0..lngs.len()).find(|&other| {
                !taken[other]
                    && match (key(lng), key(lngs[other])) {
                        (Some(a), Some(b)) => {
                            a == b
                                && lng.bgp_peer.map(|ip| ip.octets()[2])
                                    != lngs[other].bgp_peer.map(|ip| ip.octets()[2])
                        }
                        _ => stem(&lng.name) == stem(&lngs[other].name),
                    }
            });
            if let Some(other) = partner {
                taken[other] = true;
                if lngs[other].bgp_peer.map(|ip| ip.octets()[2]) == Some(21) {
                    pairs.push((Some(lngs[other]), Some(*lng)));
                } else {
                    pairs.push((Some(*lng), Some(lngs[other])));
                }
            } else {
                pairs.push((Some(*lng), None));
            }
        }
        pairs
    }

    #[test]
    fn pairing_by_index_agrees_with_the_search_it_replaced() {
        use proptest::prelude::*;
        let gateway = (0u8..4, 0u8..3, 0u8..5, 0u8..4, prop::bool::ANY).prop_map(
            |(stem, suffix, peer, last, other_asn)| LocalGateway {
                name: format!(
                    "lng-{}-t{}",
                    ["a", "b", "door-1", "x_"][stem as usize],
                    suffix
                ),
                address: None,
                bgp_peer: match peer {
                    0 => None,
                    1 => Some(Ipv4Addr::new(169, 254, 21, last)),
                    2 => Some(Ipv4Addr::new(169, 254, 22, last)),
                    3 => Some(Ipv4Addr::new(169, 254, 23, last)),
                    _ => Some(Ipv4Addr::new(10, 0, 0, last)),
                },
                asn: other_asn.then_some(65001),
            },
        );
        proptest!(ProptestConfig::with_cases(600), |(gateways in prop::collection::vec(gateway, 0..24))| {
            let lngs: Vec<&LocalGateway> = gateways.iter().collect();
            prop_assert_eq!(pair_local_gateways(&lngs), pair_by_search(&lngs));
        });
    }

    #[test]
    fn states_read_as_azure_and_the_cli_spell_them() {
        assert_eq!(State::parse("Connected"), State::Connected);
        assert_eq!(State::parse("NotConnected"), State::NotConnected);
        assert_eq!(State::parse("Idle"), State::NotConnected);
        assert_eq!(State::parse("Connecting"), State::Connecting);
        assert_eq!(State::parse("whatever"), State::Unknown);
    }

    #[test]
    fn template_parameters_are_resolved_to_their_defaults() {
        let parameters = json!({ "lng_name": { "defaultValue": "lng-door-1-t1" } });
        assert_eq!(
            string(Some(&json!("[parameters('lng_name')]")), &parameters).as_deref(),
            Some("lng-door-1-t1")
        );
        assert_eq!(string(Some(&json!("[concat('a','b')]")), &parameters), None);
        assert_eq!(stem("lng-door-1-t2"), "lng-door-1");
    }

    #[test]
    fn an_oversized_input_is_refused_with_the_limit() {
        let huge = " ".repeat(MAX_INPUT_BYTES + 1);
        let error = read(&[("big.json", &huge)]).unwrap_err();
        assert!(error
            .message
            .render(Lang::En)
            .contains(&MAX_INPUT_BYTES.to_string()));
    }

    #[test]
    fn unreadable_or_empty_inputs_are_errors_naming_the_source() {
        let error = read(&[("gw.json", "{ not json")]).unwrap_err();
        assert_eq!(error.source, "gw.json");
        assert!(error.message.render(Lang::En).contains("gw.json: not JSON"));
        let error = read(&[(
            "other.json",
            "{\"type\": \"Microsoft.Storage/storageAccounts\"}",
        )])
        .unwrap_err();
        assert!(error.message.render(Lang::Ja).contains("other.json"));
        // A key twice in one object is named with its path, not called "not JSON here".
        let error = read(&[(
            "gw.json",
            "[{\"type\": \"Microsoft.Network/virtualNetworkGateways\",\n \"properties\": {\"name\": \"a\", \"name\": \"b\"}}]",
        )])
        .unwrap_err();
        let en = error.message.render(Lang::En);
        assert!(
            en.starts_with("gw.json: not JSON at line 2, column ")
                && en.ends_with(
                    ": [0].properties.name: the key \"name\" appears twice in one object"
                ),
            "{en}"
        );
        let ja = error.message.render(Lang::Ja);
        assert!(ja.contains("キー \"name\" が 2 回あります"), "{ja}");
    }
}
