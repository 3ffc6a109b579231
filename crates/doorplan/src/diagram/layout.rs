//! Where the diagram puts things, in world coordinates: node boxes, tunnel handles, instance
//! ports, wires. Two arrangements: the document's own `layout` (landscape: SORACOM, the Door
//! VPNs, the gateway and the VNet from left to right; elements without a position get a
//! default place), and a portrait arrangement computed for narrow screens (one column, the
//! gateway below the Door VPNs with its ports on top) that never touches the document.

use std::cell::OnceCell;
use std::collections::HashMap;

use crate::model::{Design, DoorVpn, Link, Point, VpnIndex};

pub const GRID: f64 = 20.0;
pub const VPN_SIZE: (f64, f64) = (220.0, 130.0);
pub const GATEWAY_WIDTH: f64 = 260.0;
pub const SIDE_SIZE: (f64, f64) = (220.0, 120.0);
/// Tunnel handles sit on the right edge of a Door VPN node, at these heights.
pub const TUNNEL_Y: [f64; 2] = [62.0, 104.0];
/// Instance ports sit on the left edge of the gateway node (document), at these heights.
pub const PORT_Y: [f64; 2] = [92.0, 182.0];
/// Instance ports on the top edge of the gateway node (portrait), at these offsets.
pub const PORT_X: [f64; 2] = [60.0, 190.0];
/// Radius of a handle as drawn.
pub const HANDLE_RADIUS: f64 = 9.0;
/// Notes hang under their node in a box this high per line (plus padding).
pub const NOTE_LINE: f64 = 16.0;

/// Snaps a coordinate to the grid.
pub fn snap(value: f64) -> f64 {
    (value / GRID).round() * GRID
}

/// How the diagram is arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Arrangement {
    /// The document's layout (nodes can be dragged).
    Document,
    /// One column for narrow screens, computed (nodes stay put).
    Portrait,
}

/// Canvases narrower than this (CSS pixels) use the portrait arrangement.
pub const PORTRAIT_BELOW: f64 = 640.0;

impl Arrangement {
    /// The arrangement for a canvas of this width.
    pub fn for_width(width: f64) -> Arrangement {
        if width < PORTRAIT_BELOW {
            Arrangement::Portrait
        } else {
            Arrangement::Document
        }
    }
}

/// The gateway node's height: taller when it has two instances.
pub fn gateway_height(design: &Design) -> f64 {
    if design.azure.gateway.active_active {
        240.0
    } else {
        150.0
    }
}

/// The diagram's geometry for one design in one arrangement.
#[derive(Debug, Clone)]
pub struct Layout<'a> {
    pub design: &'a Design,
    pub arrangement: Arrangement,
    /// Door VPNs and links by id, and the default places, built on the first lookup that
    /// needs them (a label, a Door VPN or SORACOM without a `layout` entry, anything in
    /// portrait): every lookup is O(1) and drawing stays linear in Door VPNs.
    index: OnceCell<Index<'a>>,
}

/// Each Door VPN's position in the list, each link's, and SORACOM's default place (document
/// arrangement). A repeated id (refused by a rule, still drawn) finds its first holder, as a
/// search from the start would.
#[derive(Debug, Clone)]
struct Index<'a> {
    vpns: VpnIndex<'a>,
    links: HashMap<(&'a str, u8), usize>,
    soracom: Point,
}

impl<'a> Layout<'a> {
    pub fn new(design: &'a Design, arrangement: Arrangement) -> Layout<'a> {
        Layout {
            design,
            arrangement,
            index: OnceCell::new(),
        }
    }

    /// Top-left corner of a node by element id (`gateway`, `vnet`, `soracom`, a VPN id).
    pub fn node(&self, id: &str) -> Point {
        match self.arrangement {
            Arrangement::Document => self.document_position(id),
            Arrangement::Portrait => self.portrait_position(id),
        }
    }

    fn index(&self) -> &Index<'a> {
        self.index.get_or_init(|| {
            let design = self.design;
            let vpns = VpnIndex::new(design);
            let mut links = HashMap::with_capacity(design.links.len());
            for (position, link) in design.links.iter().enumerate() {
                links
                    .entry((link.vpn.as_str(), link.tunnel))
                    .or_insert(position);
            }
            let (min_x, sum_y, count) = design
                .door_vpns
                .iter()
                .enumerate()
                .map(|(row, vpn)| {
                    design
                        .layout
                        .get(&vpn.id)
                        .copied()
                        .unwrap_or_else(|| default_vpn_place(vpns.row(&vpn.id).unwrap_or(row)))
                })
                .fold((f64::INFINITY, 0.0, 0.0), |(min_x, sum, n), p| {
                    (min_x.min(p.x), sum + p.y, n + 1.0)
                });
            let gateway = self.gateway_position();
            let soracom = Point {
                x: if min_x.is_finite() {
                    min_x - SIDE_SIZE.0 - 120.0
                } else {
                    gateway.x - 700.0
                },
                y: if count > 0.0 {
                    snap(sum_y / count)
                } else {
                    gateway.y
                },
            };
            Index {
                vpns,
                links,
                soracom,
            }
        })
    }

    /// A Door VPN's position in the list (0 for an unknown id).
    fn row(&self, vpn: &str) -> usize {
        self.index().vpns.row(vpn).unwrap_or(0)
    }

    /// The Door VPN with this id: [`Design::vpn`] in O(1).
    pub fn vpn(&self, id: &str) -> Option<&'a DoorVpn> {
        self.index().vpns.get(id)
    }

    /// The link of a tunnel: [`Design::link`] in O(1).
    pub fn link(&self, vpn: &str, tunnel: u8) -> Option<&'a Link> {
        self.design.links.get(self.link_position(vpn, tunnel)?)
    }

    /// The position in `design.links` of the link of a Door tunnel (its first, if repeated).
    pub fn link_position(&self, vpn: &str, tunnel: u8) -> Option<usize> {
        self.index().links.get(&(vpn, tunnel)).copied()
    }

    fn gateway_position(&self) -> Point {
        self.design
            .layout
            .get("gateway")
            .copied()
            .unwrap_or(Point { x: 460.0, y: 160.0 })
    }

    /// Top-left corner of a node in the document arrangement: its `layout` entry, else a
    /// default place beside the others.
    fn document_position(&self, id: &str) -> Point {
        if let Some(point) = self.design.layout.get(id) {
            return *point;
        }
        let gateway = self.gateway_position();
        match id {
            "vnet" => Point {
                x: gateway.x + GATEWAY_WIDTH + 120.0,
                y: gateway.y,
            },
            "soracom" => self.index().soracom,
            "gateway" => gateway,
            vpn => default_vpn_place(self.row(vpn)),
        }
    }

    /// One column: SORACOM, the Door VPNs, the gateway (ports on top), the VNet.
    fn portrait_position(&self, id: &str) -> Point {
        let row = 170.0;
        let vpns = self.design.door_vpns.len() as f64;
        let gateway_y = 160.0 + vpns * row + 60.0;
        match id {
            "soracom" => Point { x: 0.0, y: 0.0 },
            "gateway" => Point {
                x: 40.0,
                y: gateway_y,
            },
            "vnet" => Point {
                x: 60.0,
                y: gateway_y + gateway_height(self.design) + 60.0,
            },
            vpn => Point {
                x: 0.0,
                y: 160.0 + self.row(vpn) as f64 * row,
            },
        }
    }

    /// The size of a node.
    pub fn size(&self, id: &str) -> (f64, f64) {
        match id {
            "gateway" => (GATEWAY_WIDTH, gateway_height(self.design)),
            "vnet" | "soracom" => SIDE_SIZE,
            _ => VPN_SIZE,
        }
    }

    /// Where a tunnel handle is.
    pub fn tunnel_handle(&self, vpn: &str, tunnel: u8) -> (f64, f64) {
        let node = self.node(vpn);
        (
            node.x + VPN_SIZE.0,
            node.y + TUNNEL_Y[usize::from(tunnel.min(1))],
        )
    }

    /// Where an instance port is, relative to the gateway node.
    pub fn port_offset(&self, instance: u8) -> (f64, f64) {
        let index = usize::from(instance.min(1));
        match self.arrangement {
            Arrangement::Document => (0.0, PORT_Y[index]),
            Arrangement::Portrait => (PORT_X[index], 0.0),
        }
    }

    /// Where an instance port is.
    pub fn instance_port(&self, instance: u8) -> (f64, f64) {
        let node = self.node("gateway");
        let (dx, dy) = self.port_offset(instance);
        (node.x + dx, node.y + dy)
    }

    /// The instance a drop at a point lands on: the port within `reach`, or — anywhere on the
    /// gateway box (with `reach` around it) — the nearest of its ports.
    pub fn drop_target(&self, x: f64, y: f64, reach: f64) -> Option<u8> {
        let instances = self.design.azure.gateway.instance_count();
        let nearest = (0..instances)
            .map(|instance| {
                let (px, py) = self.instance_port(instance);
                (instance, (px - x).hypot(py - y))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))?;
        if nearest.1 <= reach {
            return Some(nearest.0);
        }
        let node = self.node("gateway");
        let (width, height) = self.size("gateway");
        let inside = x >= node.x - reach
            && x <= node.x + width + reach
            && y >= node.y - reach
            && y <= node.y + height + reach;
        inside.then_some(nearest.0)
    }

    /// The smallest box holding every node and note, with a margin: for fit-to-view and
    /// pictures.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let mut ids: Vec<&str> = vec!["gateway", "vnet", "soracom"];
        ids.extend(self.design.door_vpns.iter().map(|vpn| vpn.id.as_str()));
        let (mut x0, mut y0, mut x1, mut y1) = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for id in ids {
            let point = self.node(id);
            let (width, height) = self.size(id);
            x0 = x0.min(point.x);
            y0 = y0.min(point.y);
            x1 = x1.max(point.x + width);
            let note = if self.design.notes.contains_key(id) {
                6.0 + 10.0 + 2.0 * NOTE_LINE
            } else {
                0.0
            };
            y1 = y1.max(point.y + height + note);
        }
        (x0 - 40.0, y0 - 40.0, x1 + 40.0, y1 + 40.0)
    }

    /// A smooth wire from a tunnel handle to a port (SVG path data).
    pub fn wire(&self, from: (f64, f64), to: (f64, f64)) -> String {
        use super::el::num;
        match self.arrangement {
            Arrangement::Document => curve(from, to),
            // Portrait: out of the handle to the right, into the port from above.
            Arrangement::Portrait => {
                let bend = ((to.1 - from.1).abs() / 2.0).max(40.0);
                format!(
                    "M {} {} C {} {}, {} {}, {} {}",
                    num(from.0),
                    num(from.1),
                    num(from.0 + 60.0),
                    num(from.1),
                    num(to.0),
                    num(to.1 - bend),
                    num(to.0),
                    num(to.1)
                )
            }
        }
    }
}

/// A horizontal S-curve between two points (SVG path data).
pub fn curve(from: (f64, f64), to: (f64, f64)) -> String {
    use super::el::num;
    let bend = ((to.0 - from.0).abs() / 2.0).max(60.0);
    format!(
        "M {} {} C {} {}, {} {}, {} {}",
        num(from.0),
        num(from.1),
        num(from.0 + bend),
        num(from.1),
        num(to.0 - bend),
        num(to.1),
        num(to.0),
        num(to.1)
    )
}

/// Where a Door VPN without a `layout` entry goes in the document arrangement: a column on
/// the left, one row per Door VPN in list order.
fn default_vpn_place(row: usize) -> Point {
    Point {
        x: 80.0,
        y: 60.0 + 200.0 * row as f64,
    }
}

/// A tidy document layout for every node: SORACOM left, the Door VPNs in a column (those on
/// instance 0 first), the gateway facing their middle, the VNet right. For the "Tidy" button.
pub fn tidy(design: &Design) -> Vec<(String, Point)> {
    let first_instance: std::collections::HashMap<&str, u8> = design
        .links
        .iter()
        .rev()
        .map(|link| (link.vpn.as_str(), link.instance))
        .collect();
    let mut vpns: Vec<(u8, usize, &str)> = design
        .door_vpns
        .iter()
        .enumerate()
        .map(|(position, vpn)| {
            (
                first_instance.get(vpn.id.as_str()).copied().unwrap_or(2),
                position,
                vpn.id.as_str(),
            )
        })
        .collect();
    crate::order::sort(&mut vpns);
    let step = VPN_SIZE.1 + 60.0;
    let column_height = (vpns.len().max(1) as f64) * step - 60.0;
    let middle = 60.0 + column_height / 2.0;
    let gateway_y = snap(middle - gateway_height(design) / 2.0).max(40.0);
    let mut points: Vec<(String, Point)> = vpns
        .iter()
        .enumerate()
        .map(|(row, (_, _, id))| {
            (
                id.to_string(),
                Point {
                    x: 360.0,
                    y: snap(60.0 + row as f64 * step),
                },
            )
        })
        .collect();
    points.push((
        "soracom".into(),
        Point {
            x: 40.0,
            y: snap(middle - SIDE_SIZE.1 / 2.0).max(40.0),
        },
    ));
    points.push((
        "gateway".into(),
        Point {
            x: 760.0,
            y: gateway_y,
        },
    ));
    points.push((
        "vnet".into(),
        Point {
            x: 1140.0,
            y: gateway_y,
        },
    ));
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn design(id: &str) -> Design {
        crate::templates::template(id).unwrap().design().unwrap()
    }

    #[test]
    fn drops_land_on_the_nearest_port_of_the_box_under_the_pointer() {
        let p2 = design("p2");
        let layout = Layout::new(&p2, Arrangement::Document);
        let (x, y) = layout.instance_port(1);
        assert_eq!(layout.drop_target(x + 5.0, y - 5.0, 36.0), Some(1));
        let gateway = layout.node("gateway");
        assert_eq!(
            layout.drop_target(gateway.x + 120.0, gateway.y + 200.0, 36.0),
            Some(1),
            "inside the box, near instance 1"
        );
        assert_eq!(
            layout.drop_target(gateway.x + 120.0, gateway.y + 40.0, 36.0),
            Some(0)
        );
        assert_eq!(
            layout.drop_target(gateway.x - 400.0, gateway.y, 36.0),
            None,
            "nowhere near"
        );
        let p1 = design("p1");
        let layout = Layout::new(&p1, Arrangement::Document);
        let (x, y) = layout.instance_port(1);
        assert_eq!(
            layout.drop_target(x, y, 36.0),
            Some(0),
            "an active-standby gateway has instance 0 only"
        );
    }

    #[test]
    fn tidy_places_every_node_on_the_grid_without_overlap() {
        let design = crate::templates::sample_design(6);
        let points = tidy(&design);
        assert_eq!(points.len(), 6 + 3);
        for (_, point) in &points {
            assert_eq!(point.x % GRID, 0.0);
            assert_eq!(point.y % GRID, 0.0);
        }
        let rows: Vec<f64> = points
            .iter()
            .filter(|(id, _)| id.starts_with("door-"))
            .map(|(_, p)| p.y)
            .collect();
        assert!(rows.windows(2).all(|w| w[1] - w[0] >= VPN_SIZE.1));
    }

    #[test]
    fn nodes_without_a_place_get_their_row_and_soracom_faces_them() {
        let mut design = crate::templates::sample_design(5);
        design.layout.clear();
        design.layout.insert(
            "door-3".into(),
            Point {
                x: 200.0,
                y: 1000.0,
            },
        );
        // A repeated id (refused by a rule, still drawn): the first keeps its row.
        design.door_vpns[4].id = "door-2".into();
        let layout = Layout::new(&design, Arrangement::Document);
        let expected = [(80.0, 60.0), (80.0, 260.0), (200.0, 1000.0), (80.0, 660.0)];
        for (id, (x, y)) in ["door-1", "door-2", "door-3", "door-4"]
            .iter()
            .zip(expected)
        {
            assert_eq!(layout.node(id), Point { x, y }, "{id}");
        }
        // SORACOM: left of the leftmost Door VPN, at the mean height of all five drawn.
        let mean = (60.0 + 260.0 + 1000.0 + 660.0 + 260.0) / 5.0;
        assert_eq!(
            layout.node("soracom"),
            Point {
                x: 80.0 - SIDE_SIZE.0 - 120.0,
                y: snap(mean)
            }
        );
        let portrait = Layout::new(&design, Arrangement::Portrait);
        assert_eq!(portrait.node("door-4").y, 160.0 + 3.0 * 170.0);
        assert_eq!(portrait.node("door-2").y, 160.0 + 170.0);
        assert_eq!(
            portrait.node("gone").y,
            160.0,
            "an unknown id: the first row"
        );
    }

    #[test]
    fn portrait_is_one_narrow_column() {
        let p2 = design("p2");
        let layout = Layout::new(&p2, Arrangement::for_width(390.0));
        assert_eq!(layout.arrangement, Arrangement::Portrait);
        let (x0, _, x1, _) = layout.bounds();
        assert!(x1 - x0 <= 400.0, "{}", x1 - x0);
    }
}
