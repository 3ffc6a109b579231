//! Where things are drawn: node boxes, tunnel handles and instance ports in world coordinates.
//! Positions come from the document's `layout`; elements without one get a default place.

use doorplan::model::{Design, Point};

pub const GRID: f64 = 20.0;
pub const VPN_SIZE: (f64, f64) = (220.0, 130.0);
pub const GATEWAY_WIDTH: f64 = 240.0;
pub const SIDE_SIZE: (f64, f64) = (220.0, 120.0);
/// Tunnel handles sit on the right edge of a Door VPN node, at these heights.
pub const TUNNEL_Y: [f64; 2] = [62.0, 104.0];
/// Instance ports sit on the left edge of the gateway node, at these heights.
pub const PORT_Y: [f64; 2] = [78.0, 168.0];
/// How close (in world units) a drop must be to a port to land on it.
pub const PORT_REACH: f64 = 36.0;

/// Snaps a coordinate to the grid.
pub fn snap(value: f64) -> f64 {
    (value / GRID).round() * GRID
}

/// The gateway node's height: taller when it has two instances.
pub fn gateway_height(design: &Design) -> f64 {
    if design.azure.gateway.active_active {
        220.0
    } else {
        130.0
    }
}

/// Top-left corner of a node by element id (`gateway`, `vnet`, `soracom`, a VPN id).
pub fn node_position(design: &Design, id: &str) -> Point {
    if let Some(point) = design.layout.get(id) {
        return *point;
    }
    let gateway = gateway_position(design);
    match id {
        "vnet" => Point { x: gateway.x + GATEWAY_WIDTH + 120.0, y: gateway.y },
        "soracom" => {
            let (min_x, sum_y, count) = design
                .door_vpns
                .iter()
                .map(|vpn| vpn_position(design, &vpn.id))
                .fold((f64::INFINITY, 0.0, 0.0), |(min_x, sum, n), p| (min_x.min(p.x), sum + p.y, n + 1.0));
            let x = if min_x.is_finite() { min_x - SIDE_SIZE.0 - 120.0 } else { gateway.x - 700.0 };
            let y = if count > 0.0 { snap(sum_y / count) } else { gateway.y };
            Point { x, y }
        }
        "gateway" => gateway,
        vpn => vpn_position(design, vpn),
    }
}

fn gateway_position(design: &Design) -> Point {
    design.layout.get("gateway").copied().unwrap_or(Point { x: 460.0, y: 160.0 })
}

fn vpn_position(design: &Design, id: &str) -> Point {
    if let Some(point) = design.layout.get(id) {
        return *point;
    }
    let index = design.door_vpns.iter().position(|vpn| vpn.id == id).unwrap_or(0);
    Point { x: 80.0, y: 60.0 + 200.0 * index as f64 }
}

/// Where a tunnel handle is.
pub fn tunnel_handle(design: &Design, vpn: &str, tunnel: u8) -> (f64, f64) {
    let node = node_position(design, vpn);
    (node.x + VPN_SIZE.0, node.y + TUNNEL_Y[usize::from(tunnel.min(1))])
}

/// Where an instance port is.
pub fn instance_port(design: &Design, instance: u8) -> (f64, f64) {
    let node = node_position(design, "gateway");
    (node.x, node.y + PORT_Y[usize::from(instance.min(1))])
}

/// The instance whose port is within reach of a point, if any (only existing instances).
pub fn port_at(design: &Design, x: f64, y: f64, reach: f64) -> Option<u8> {
    (0..design.azure.gateway.instance_count())
        .map(|instance| (instance, instance_port(design, instance)))
        .map(|(instance, (px, py))| (instance, (px - x).hypot(py - y)))
        .filter(|(_, distance)| *distance <= reach)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(instance, _)| instance)
}

/// The smallest box holding every node, with a margin: for fit-to-view.
pub fn bounds(design: &Design) -> (f64, f64, f64, f64) {
    let mut boxes = vec![
        (node_position(design, "gateway"), (GATEWAY_WIDTH, gateway_height(design))),
        (node_position(design, "vnet"), SIDE_SIZE),
        (node_position(design, "soracom"), SIDE_SIZE),
    ];
    boxes.extend(design.door_vpns.iter().map(|vpn| (node_position(design, &vpn.id), VPN_SIZE)));
    let (mut x0, mut y0, mut x1, mut y1) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
    for (point, (width, height)) in boxes {
        x0 = x0.min(point.x);
        y0 = y0.min(point.y);
        x1 = x1.max(point.x + width);
        y1 = y1.max(point.y + height);
    }
    (x0 - 40.0, y0 - 40.0, x1 + 40.0, y1 + 40.0)
}

/// A smooth wire between two points (SVG path data).
pub fn wire(from: (f64, f64), to: (f64, f64)) -> String {
    let bend = ((to.0 - from.0).abs() / 2.0).max(60.0);
    format!(
        "M {:.1} {:.1} C {:.1} {:.1}, {:.1} {:.1}, {:.1} {:.1}",
        from.0, from.1, from.0 + bend, from.1, to.0 - bend, to.1, to.0, to.1
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn ports_are_found_only_on_existing_instances() {
        let p2 = doorplan::templates::template("p2").unwrap().design().unwrap();
        let (x, y) = instance_port(&p2, 1);
        assert_eq!(port_at(&p2, x + 5.0, y - 5.0, PORT_REACH), Some(1));
        let p1 = doorplan::templates::template("p1").unwrap().design().unwrap();
        let (x, y) = instance_port(&p1, 1);
        assert_eq!(port_at(&p1, x, y, PORT_REACH), None);
    }

    #[test]
    fn snapping() {
        assert_eq!(snap(29.0), 20.0);
        assert_eq!(snap(31.0), 40.0);
    }
}
