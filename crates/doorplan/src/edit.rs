//! Changes to a design as data: what the editor's inspector, diagram and quick fixes do, as
//! engine functions tested natively. The browser's reducer only sequences them (and keeps the
//! undo stack). Every edit keeps a design readable: [`Design::validate`] holds after it.

use crate::ids::Subject;
use crate::model::*;
use crate::read::{MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS};
use crate::text::Message;

/// One change of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Title(String),
    Region(String),
    VpgType(Option<String>),
    DeviceSubnet(Cidr),
    VpgIpRange(Option<Cidr>),
    VnetName(String),
    AddressSpace(Vec<Cidr>),
    GatewaySubnet(Option<Cidr>),
    GatewayName(String),
    Sku(Sku),
    Generation(Option<Generation>),
    VpnType(VpnType),
    ActiveActive(bool),
    GatewayBgp(bool),
    AzureAsn(u32),
    PublicIp(u8, Option<Ip>),
    Apipa(u8, Vec<Ip>),
    VpnName(String, String),
    Routing(String, Routing),
    AmazonAsn(String, u32),
    StaticRoutes(String, Vec<Cidr>),
    InsideCidr(String, u8, Option<Cidr>),
    OutsideIp(String, u8, Option<Ip>),
    Psk(String, u8, Option<String>),
    ConnectionMode(String, u8, ConnectionMode),
    LinkBgp(String, u8, Option<bool>),
    /// A free-text note on an element (empty text removes it).
    Note(Subject, String),
    /// Create or move the Azure connection of a tunnel.
    Link {
        vpn: String,
        tunnel: u8,
        instance: u8,
    },
    /// Remove the Azure connection of a tunnel.
    Unlink {
        vpn: String,
        tunnel: u8,
    },
    /// Remove a Door VPN with its links, position, notes and extensions.
    RemoveVpn(String),
    /// Move a node of the diagram.
    Move {
        id: String,
        x: f64,
        y: f64,
    },
    /// Replace the positions of several nodes at once (tidy layout).
    Layout(Vec<(String, Point)>),
}

/// Which field an edit changes (its kind and the element it names): consecutive edits of one
/// field are one undo step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field(std::mem::Discriminant<Edit>, String);

impl Edit {
    /// The field this edit changes, for edits that come keystroke by keystroke.
    pub fn field(&self) -> Option<Field> {
        let element = match self {
            Edit::Link { .. }
            | Edit::Unlink { .. }
            | Edit::RemoveVpn(_)
            | Edit::Move { .. }
            | Edit::Layout(_) => return None,
            Edit::VpnName(id, _)
            | Edit::Routing(id, _)
            | Edit::AmazonAsn(id, _)
            | Edit::StaticRoutes(id, _) => id.clone(),
            Edit::InsideCidr(id, t, _)
            | Edit::OutsideIp(id, t, _)
            | Edit::Psk(id, t, _)
            | Edit::ConnectionMode(id, t, _)
            | Edit::LinkBgp(id, t, _) => format!("{id}:{t}"),
            Edit::PublicIp(instance, _) | Edit::Apipa(instance, _) => instance.to_string(),
            Edit::Note(subject, _) => subject.to_string(),
            _ => String::new(),
        };
        Some(Field(std::mem::discriminant(self), element))
    }

    /// Whether the value can go into a design (text without control characters, not too
    /// long); the message says what is wrong, for the field that holds it.
    pub fn check(&self) -> Result<(), Message> {
        let text = |value: &str, max: usize| crate::read::text_problem(value, max);
        match self {
            Edit::Title(value)
            | Edit::VnetName(value)
            | Edit::GatewayName(value)
            | Edit::VpnName(_, value) => text(value, MAX_NAME_CHARS),
            Edit::Region(value) | Edit::VpgType(Some(value)) => text(value, MAX_ID_CHARS),
            Edit::Psk(_, _, Some(key)) => {
                text(key, MAX_NAME_CHARS).map_err(|_| msg!(SecretNotText))
            }
            Edit::Note(_, note) => crate::read::note_problem(note, MAX_NOTE_CHARS),
            _ => Ok(()),
        }
    }

    /// Applies the edit. An edit naming an element that no longer exists, or a value that
    /// fails [`Edit::check`], leaves the design as it was.
    pub fn apply(self, design: &mut Design) {
        if self.check().is_err() {
            return;
        }
        let gateway = &mut design.azure.gateway;
        match self {
            Edit::Title(title) => design.title = title,
            Edit::Region(region) => design.soracom.region = region,
            Edit::VpgType(kind) => design.soracom.vpg_type = kind,
            Edit::DeviceSubnet(cidr) => design.soracom.device_subnet = cidr,
            Edit::VpgIpRange(range) => design.soracom.vpg_ip_range = range,
            Edit::VnetName(name) => design.azure.vnet.name = name,
            Edit::AddressSpace(space) => design.azure.vnet.address_space = space,
            Edit::GatewaySubnet(subnet) => design.azure.vnet.gateway_subnet = subnet,
            Edit::GatewayName(name) => gateway.name = name,
            Edit::Sku(sku) => gateway.sku = sku,
            Edit::Generation(generation) => gateway.generation = generation,
            Edit::VpnType(vpn_type) => gateway.vpn_type = vpn_type,
            Edit::ActiveActive(on) => {
                gateway.active_active = on;
                // Keep one public IP entry per instance, and APIPA lists in step.
                let instances = usize::from(gateway.instance_count());
                if let Some(ips) = &mut gateway.public_ips {
                    ips.resize(instances, None);
                }
                if !gateway.apipa.is_empty() {
                    gateway.apipa.resize(instances, Vec::new());
                }
            }
            Edit::GatewayBgp(on) => gateway.bgp = on,
            Edit::AzureAsn(asn) => gateway.asn = asn,
            Edit::PublicIp(instance, ip) => {
                let ips = gateway.public_ips.get_or_insert_with(Vec::new);
                let index = usize::from(instance.min(1));
                if ips.len() <= index {
                    ips.resize(index + 1, None);
                }
                ips[index] = ip;
            }
            Edit::Apipa(instance, addresses) => {
                let index = usize::from(instance.min(1));
                if gateway.apipa.len() <= index {
                    gateway.apipa.resize(index + 1, Vec::new());
                }
                gateway.apipa[index] = addresses;
            }
            Edit::VpnName(id, name) => with_vpn(design, &id, |vpn| vpn.name = name),
            Edit::Routing(id, routing) => with_vpn(design, &id, |vpn| vpn.routing = routing),
            Edit::AmazonAsn(id, asn) => with_vpn(design, &id, |vpn| vpn.amazon_asn = asn),
            Edit::StaticRoutes(id, routes) => {
                with_vpn(design, &id, |vpn| vpn.static_routes = routes)
            }
            Edit::InsideCidr(id, t, cidr) => {
                with_tunnel(design, &id, t, |tunnel| tunnel.inside_cidr = cidr)
            }
            Edit::OutsideIp(id, t, ip) => {
                with_tunnel(design, &id, t, |tunnel| tunnel.outside_ip = ip)
            }
            Edit::Psk(id, t, psk) => with_tunnel(design, &id, t, |tunnel| tunnel.psk = psk),
            Edit::ConnectionMode(id, t, mode) => {
                with_link(design, &id, t, |link| link.connection_mode = mode)
            }
            Edit::LinkBgp(id, t, bgp) => with_link(design, &id, t, |link| link.bgp = bgp),
            Edit::Note(subject, note) => {
                let key = subject.to_string();
                if note.trim().is_empty() {
                    design.notes.remove(&key);
                } else {
                    design.notes.insert(key, note);
                }
            }
            Edit::Link {
                vpn,
                tunnel,
                instance,
            } => design.link_tunnel(&vpn, tunnel, instance),
            Edit::Unlink { vpn, tunnel } => design
                .links
                .retain(|link| !(link.vpn == vpn && link.tunnel == tunnel)),
            Edit::RemoveVpn(id) => design.remove_vpn(&id),
            Edit::Move { id, x, y } => {
                if x.is_finite() && y.is_finite() {
                    design.layout.insert(
                        id,
                        Point {
                            x: Point::tenth(x),
                            y: Point::tenth(y),
                        },
                    );
                }
            }
            Edit::Layout(points) => {
                for (id, point) in points {
                    if point.x.is_finite() && point.y.is_finite() {
                        design.layout.insert(
                            id,
                            Point {
                                x: Point::tenth(point.x),
                                y: Point::tenth(point.y),
                            },
                        );
                    }
                }
            }
        }
    }
}

fn with_vpn(design: &mut Design, id: &str, change: impl FnOnce(&mut DoorVpn)) {
    if let Some(vpn) = design.door_vpns.iter_mut().find(|vpn| vpn.id == id) {
        change(vpn);
    }
}

fn with_tunnel(design: &mut Design, id: &str, tunnel: u8, change: impl FnOnce(&mut Tunnel)) {
    with_vpn(design, id, |vpn| {
        if let Some(tunnel) = vpn.tunnels.get_mut(usize::from(tunnel)) {
            change(tunnel);
        }
    });
}

fn with_link(design: &mut Design, id: &str, tunnel: u8, change: impl FnOnce(&mut Link)) {
    if let Some(link) = design
        .links
        .iter_mut()
        .find(|link| link.vpn == id && link.tunnel == tunnel)
    {
        change(link);
    }
}

impl Design {
    /// Creates or moves the Azure connection of a tunnel (nothing for an unknown VPN, tunnel or
    /// instance).
    pub fn link_tunnel(&mut self, vpn: &str, tunnel: u8, instance: u8) {
        if self.vpn(vpn).is_none() || tunnel > 1 || instance > 1 {
            return;
        }
        match self
            .links
            .iter_mut()
            .find(|link| link.vpn == vpn && link.tunnel == tunnel)
        {
            Some(link) => link.instance = instance,
            None => self.links.push(Link::new(vpn, tunnel, instance)),
        }
    }

    /// Removes a Door VPN with everything that belongs to it.
    pub fn remove_vpn(&mut self, id: &str) {
        self.door_vpns.retain(|vpn| vpn.id != id);
        self.links.retain(|link| link.vpn != id);
        self.layout.remove(id);
        self.notes.retain(|key, _| {
            key.parse::<Subject>()
                .ok()
                .and_then(|s| s.vpn().map(|vpn| vpn != id))
                .unwrap_or(true)
        });
        self.extensions.0.retain(|place, _| match place {
            Place::Vpn(vpn) | Place::Tunnel(vpn, _) | Place::Link(vpn, _) => vpn != id,
            Place::Layout(key) => key != id,
            _ => true,
        });
    }

    /// Adds an unlinked Door VPN (`door-N`, placed below the others, the Amazon-side ASN of the
    /// first VPN; with static routing, routes for the whole VNet) and returns its id.
    pub fn add_door_vpn(&mut self, routing: Routing) -> String {
        let taken = crate::model::VpnIndex::new(self);
        let mut number = self.door_vpns.len() + 1;
        while taken.row(&format!("door-{number}")).is_some() {
            number += 1;
        }
        let id = format!("door-{number}");
        let lowest = self
            .door_vpns
            .iter()
            .filter_map(|vpn| self.layout.get(&vpn.id))
            .map(|point| point.y)
            .fold(f64::NEG_INFINITY, f64::max);
        let y = if lowest.is_finite() {
            lowest + 200.0
        } else {
            60.0
        };
        self.layout.insert(id.clone(), Point { x: 80.0, y });
        let amazon_asn = self
            .door_vpns
            .first()
            .map_or(AMAZON_DEFAULT_ASN, |vpn| vpn.amazon_asn);
        let mut vpn = DoorVpn::new(&id, &format!("Door VPN {number}"), routing, amazon_asn);
        if routing == Routing::Static {
            vpn.static_routes = self.azure.vnet.address_space.clone();
        }
        self.door_vpns.push(vpn);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::template;

    fn p2() -> Design {
        template("p2").unwrap().design().unwrap()
    }

    #[test]
    fn removing_a_vpn_removes_what_belongs_to_it() {
        let mut design = p2();
        design
            .notes
            .insert("link:door-2:0".into(), "primary".into());
        design.notes.insert("door-1".into(), "plant".into());
        Edit::RemoveVpn("door-2".into()).apply(&mut design);
        assert!(design.vpn("door-2").is_none());
        assert!(design.links.iter().all(|link| link.vpn != "door-2"));
        assert_eq!(design.notes.keys().collect::<Vec<_>>(), ["door-1"]);
        design.validate().unwrap();
    }

    #[test]
    fn an_added_vpn_takes_the_first_free_number_from_the_count() {
        let mut design = p2();
        // door-1 and door-2 exist; with door-3 and door-4 taken by renamed copies, the next
        // free number after the count is 5.
        let mut third = design.door_vpns[0].clone();
        third.id = "door-3".into();
        let mut fourth = design.door_vpns[1].clone();
        fourth.id = "door-4".into();
        design.door_vpns.extend([third, fourth]);
        assert_eq!(design.add_door_vpn(Routing::Bgp), "door-5");
        design.door_vpns.retain(|vpn| vpn.id != "door-1");
        assert_eq!(
            design.add_door_vpn(Routing::Static),
            "door-6",
            "count 4 + 1 = 5 is taken"
        );
        assert!(design.vpn("door-6").is_some());
    }

    #[test]
    fn text_with_control_characters_is_refused() {
        let mut design = p2();
        let edit = Edit::VpnName("door-1".into(), "a\u{1b}b".into());
        assert!(edit.check().is_err());
        edit.apply(&mut design);
        assert_eq!(design, p2());
        Edit::Note(Subject::Gateway, "line one\nline two".into()).apply(&mut design);
        assert_eq!(design.notes["gateway"], "line one\nline two");
    }

    #[test]
    fn linking_creates_moves_and_ignores_what_does_not_exist() {
        let mut design = p2();
        Edit::Link {
            vpn: "door-1".into(),
            tunnel: 1,
            instance: 1,
        }
        .apply(&mut design);
        assert_eq!(design.link("door-1", 1).unwrap().instance, 1);
        let before = design.clone();
        Edit::Link {
            vpn: "door-9".into(),
            tunnel: 0,
            instance: 0,
        }
        .apply(&mut design);
        Edit::Link {
            vpn: "door-1".into(),
            tunnel: 2,
            instance: 0,
        }
        .apply(&mut design);
        assert_eq!(design, before);
        Edit::Unlink {
            vpn: "door-1".into(),
            tunnel: 1,
        }
        .apply(&mut design);
        assert!(design.link("door-1", 1).is_none());
    }
}
