//! Gestures on the diagram as a small state machine, without a DOM: pointer down, move, up and
//! cancel go in (with what was hit), and what they mean comes out — a new view, a selection, a
//! node moved, a tunnel linked, a tap that arms tap-to-link. The canvas component only feeds
//! it events and dispatches its outcomes; the tests drive it like a hand would.

use doorplan::Subject;

use crate::geometry::{snap, Layout, View, PORT_REACH};

/// What is under the pointer when it goes down (read from the element's data attributes).
#[derive(Debug, Clone, PartialEq)]
pub enum Hit {
    /// A tunnel handle ● of a Door VPN.
    Handle(String, u8),
    /// The end of a link at its port (drag it to move the link).
    Grip(String, u8),
    /// A link's wire.
    Link(String, u8),
    /// An instance port of the gateway.
    Port(u8),
    /// A node: `gateway`, `vnet`, `soracom` or a Door VPN id.
    Node(String),
    Background,
}

/// The kind of pointer (touch moves further before a press counts as a drag).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Device {
    Mouse,
    Touch,
    Pen,
}

impl Device {
    /// How far (screen pixels) a press may move and still be a tap.
    fn slop(self) -> f64 {
        match self {
            Device::Touch => 10.0,
            _ => 4.0,
        }
    }
}

/// What a gesture means for the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Pan or zoom.
    View(View),
    Select(Option<Subject>),
    /// A node dropped at a grid position (one undo step per drag).
    Move {
        id: String,
        x: f64,
        y: f64,
    },
    /// Create or move a tunnel's connection; `at` is the drop point (world).
    Link {
        vpn: String,
        tunnel: u8,
        instance: u8,
        at: (f64, f64),
    },
    /// A tunnel dropped where nothing takes it.
    Missed {
        at: (f64, f64),
    },
    /// Tap-to-link: the tunnel now waits for a tap on a port (`None`: stop waiting).
    Arm(Option<(String, u8)>),
}

/// What the pointer is doing.
#[derive(Debug, Clone, PartialEq)]
pub enum Gesture {
    Idle,
    /// Pressed on the background, or on anything in read-only mode.
    Pan {
        pointer: i32,
        start: (f64, f64),
        view: View,
        moved: bool,
        /// Pressed on a node that cannot move (the portrait column): the press selected it,
        /// so letting go must not clear the selection as a tap on the background does.
        on_node: bool,
    },
    /// Two touches on the background.
    Pinch {
        pointers: [i32; 2],
        points: [(f64, f64); 2],
        distance: f64,
        view: View,
    },
    /// Dragging a node; `at` is its top-left corner as it follows the pointer.
    Node {
        pointer: i32,
        id: String,
        grab: (f64, f64),
        at: (f64, f64),
        start: (f64, f64),
        moved: bool,
    },
    /// Dragging a wire out of a tunnel handle (or a link's end); `to` is the pointer (world).
    Wire {
        pointer: i32,
        vpn: String,
        tunnel: u8,
        to: (f64, f64),
        start: (f64, f64),
        moved: bool,
        device: Device,
    },
}

/// The state the machine needs beyond its own: where things are and how they are shown.
pub struct Context<'a> {
    pub layout: Layout<'a>,
    pub view: View,
    pub read_only: bool,
    /// Nodes can be dragged (not in the computed portrait arrangement).
    pub movable: bool,
    /// A tunnel waiting for a tap on a port (tap-to-link).
    pub armed: Option<(String, u8)>,
}

impl Gesture {
    /// A pointer goes down at `at` (screen coordinates relative to the canvas).
    pub fn down(
        &self,
        context: &Context,
        pointer: i32,
        device: Device,
        primary_button: bool,
        at: (f64, f64),
        hit: Hit,
    ) -> (Gesture, Vec<Outcome>) {
        // A second touch on a pan becomes a pinch.
        if let Gesture::Pan {
            pointer: first,
            start,
            view,
            ..
        } = self
        {
            if device == Device::Touch && *first != pointer {
                let distance = (start.0 - at.0).hypot(start.1 - at.1).max(1.0);
                return (
                    Gesture::Pinch {
                        pointers: [*first, pointer],
                        points: [*start, at],
                        distance,
                        view: *view,
                    },
                    Vec::new(),
                );
            }
        }
        if !matches!(self, Gesture::Idle) {
            return (self.clone(), Vec::new());
        }
        let pan = Gesture::Pan {
            pointer,
            start: at,
            view: context.view,
            moved: false,
            on_node: false,
        };
        if context.read_only || !primary_button {
            return (pan, Vec::new());
        }
        let world = context.view.to_world(at);
        match hit {
            Hit::Handle(vpn, tunnel) | Hit::Grip(vpn, tunnel) => (
                Gesture::Wire {
                    pointer,
                    vpn,
                    tunnel,
                    to: world,
                    start: at,
                    moved: false,
                    device,
                },
                Vec::new(),
            ),
            Hit::Port(instance) => match &context.armed {
                // Tap-to-link: the armed tunnel goes to the tapped port.
                Some((vpn, tunnel)) => tap_linked(vpn, *tunnel, instance, world),
                // A port is part of the gateway: without a waiting tunnel, a press on it is a
                // press on the gateway (select it, drag it).
                None => self.down(
                    context,
                    pointer,
                    device,
                    primary_button,
                    at,
                    Hit::Node("gateway".into()),
                ),
            },
            Hit::Link(vpn, tunnel) => (
                Gesture::Idle,
                vec![
                    Outcome::Select(Some(Subject::Link(vpn, tunnel))),
                    Outcome::Arm(None),
                ],
            ),
            Hit::Node(id) => {
                let subject: Subject = id.parse().unwrap_or(Subject::Design);
                // With a tunnel armed, a tap on the gateway box links it to the nearest port.
                if let (Some((vpn, tunnel)), Subject::Gateway) = (&context.armed, &subject) {
                    if let Some(instance) =
                        context
                            .layout
                            .drop_target(world.0, world.1, PORT_REACH / context.view.zoom)
                    {
                        return tap_linked(vpn, *tunnel, instance, world);
                    }
                }
                let mut outcomes = vec![Outcome::Select(Some(subject))];
                if context.armed.is_some() {
                    outcomes.push(Outcome::Arm(None));
                }
                if !context.movable {
                    let on_node = Gesture::Pan {
                        pointer,
                        start: at,
                        view: context.view,
                        moved: false,
                        on_node: true,
                    };
                    return (on_node, outcomes);
                }
                let node = context.layout.node(&id);
                let grab = (world.0 - node.x, world.1 - node.y);
                (
                    Gesture::Node {
                        pointer,
                        id,
                        grab,
                        at: (node.x, node.y),
                        start: at,
                        moved: false,
                    },
                    outcomes,
                )
            }
            Hit::Background => (pan, Vec::new()),
        }
    }

    /// The pointer moves to `at`.
    pub fn moved(
        &self,
        context: &Context,
        pointer: i32,
        at: (f64, f64),
    ) -> (Gesture, Vec<Outcome>) {
        match self {
            Gesture::Pan {
                pointer: owner,
                start,
                view,
                moved,
                on_node,
            } if *owner == pointer => {
                let moved = *moved || far(*start, at, Device::Mouse);
                let next = View {
                    x: view.x + at.0 - start.0,
                    y: view.y + at.1 - start.1,
                    zoom: view.zoom,
                };
                (
                    Gesture::Pan {
                        pointer,
                        start: *start,
                        view: *view,
                        moved,
                        on_node: *on_node,
                    },
                    vec![Outcome::View(next)],
                )
            }
            Gesture::Pinch {
                pointers,
                points,
                distance,
                view,
            } => {
                let Some(index) = pointers.iter().position(|p| *p == pointer) else {
                    return (self.clone(), Vec::new());
                };
                let mut points = *points;
                points[index] = at;
                let now = (points[0].0 - points[1].0)
                    .hypot(points[0].1 - points[1].1)
                    .max(1.0);
                let centre = (
                    (points[0].0 + points[1].0) / 2.0,
                    (points[0].1 + points[1].1) / 2.0,
                );
                let next = view.zoomed(now / distance, centre);
                (
                    Gesture::Pinch {
                        pointers: *pointers,
                        points,
                        distance: *distance,
                        view: *view,
                    },
                    vec![Outcome::View(next)],
                )
            }
            Gesture::Node {
                pointer: owner,
                id,
                grab,
                start,
                moved,
                ..
            } if *owner == pointer => {
                let world = context.view.to_world(at);
                let moved = *moved || far(*start, at, Device::Mouse);
                let position = (world.0 - grab.0, world.1 - grab.1);
                (
                    Gesture::Node {
                        pointer,
                        id: id.clone(),
                        grab: *grab,
                        at: position,
                        start: *start,
                        moved,
                    },
                    Vec::new(),
                )
            }
            Gesture::Wire {
                pointer: owner,
                vpn,
                tunnel,
                start,
                moved,
                device,
                ..
            } if *owner == pointer => {
                let moved = *moved || far(*start, at, *device);
                let to = context.view.to_world(at);
                (
                    Gesture::Wire {
                        pointer,
                        vpn: vpn.clone(),
                        tunnel: *tunnel,
                        to,
                        start: *start,
                        moved,
                        device: *device,
                    },
                    Vec::new(),
                )
            }
            _ => (self.clone(), Vec::new()),
        }
    }

    /// The pointer is released at `at`.
    pub fn up(&self, context: &Context, pointer: i32, at: (f64, f64)) -> (Gesture, Vec<Outcome>) {
        match self {
            Gesture::Pan {
                pointer: owner,
                moved,
                on_node,
                ..
            } if *owner == pointer => {
                // A tap on the background clears the selection (and a waiting tunnel).
                let outcomes = if *moved || *on_node || context.read_only {
                    Vec::new()
                } else {
                    let mut outcomes = vec![Outcome::Select(None)];
                    if context.armed.is_some() {
                        outcomes.push(Outcome::Arm(None));
                    }
                    outcomes
                };
                (Gesture::Idle, outcomes)
            }
            Gesture::Pinch {
                pointers,
                points,
                view,
                ..
            } => {
                // One finger lifted: the other goes on panning.
                let Some(index) = pointers.iter().position(|p| *p == pointer) else {
                    return (self.clone(), Vec::new());
                };
                let other = 1 - index;
                (
                    Gesture::Pan {
                        pointer: pointers[other],
                        start: points[other],
                        view: *view,
                        moved: true,
                        on_node: false,
                    },
                    Vec::new(),
                )
            }
            Gesture::Node {
                pointer: owner,
                id,
                at: position,
                moved: true,
                ..
            } if *owner == pointer => (
                Gesture::Idle,
                vec![Outcome::Move {
                    id: id.clone(),
                    x: snap(position.0),
                    y: snap(position.1),
                }],
            ),
            Gesture::Node { pointer: owner, .. } if *owner == pointer => {
                (Gesture::Idle, Vec::new())
            }
            Gesture::Wire {
                pointer: owner,
                vpn,
                tunnel,
                moved,
                ..
            } if *owner == pointer => {
                if !moved {
                    // A tap on a handle arms tap-to-link (a second tap disarms it).
                    let same = context
                        .armed
                        .as_ref()
                        .is_some_and(|(v, t)| v == vpn && t == tunnel);
                    let armed = (!same).then(|| (vpn.clone(), *tunnel));
                    return (
                        Gesture::Idle,
                        vec![
                            Outcome::Select(Some(Subject::Tunnel(vpn.clone(), *tunnel))),
                            Outcome::Arm(armed),
                        ],
                    );
                }
                let world = context.view.to_world(at);
                let reach = PORT_REACH / context.view.zoom;
                let outcome = match context.layout.drop_target(world.0, world.1, reach) {
                    Some(instance) => Outcome::Link {
                        vpn: vpn.clone(),
                        tunnel: *tunnel,
                        instance,
                        at: world,
                    },
                    None => Outcome::Missed { at: world },
                };
                (Gesture::Idle, vec![outcome, Outcome::Arm(None)])
            }
            _ => (self.clone(), Vec::new()),
        }
    }

    /// The browser took the pointer away (a scroll, a system gesture): nothing is committed.
    pub fn cancel(&self, pointer: i32) -> Gesture {
        match self {
            Gesture::Pinch {
                pointers,
                points,
                view,
                ..
            } => match pointers.iter().position(|p| *p == pointer) {
                Some(index) => Gesture::Pan {
                    pointer: pointers[1 - index],
                    start: points[1 - index],
                    view: *view,
                    moved: true,
                    on_node: false,
                },
                None => self.clone(),
            },
            _ => Gesture::Idle,
        }
    }

    /// The node being dragged and where it is now, for drawing.
    pub fn dragged_node(&self) -> Option<(&str, (f64, f64))> {
        match self {
            Gesture::Node {
                id,
                at,
                moved: true,
                ..
            } => Some((id, *at)),
            _ => None,
        }
    }

    /// The wire being dragged: its tunnel and the pointer (world), for drawing.
    pub fn dragged_wire(&self) -> Option<(&str, u8, (f64, f64))> {
        match self {
            Gesture::Wire {
                vpn,
                tunnel,
                to,
                moved: true,
                ..
            } => Some((vpn, *tunnel, *to)),
            _ => None,
        }
    }

    pub fn is_idle(&self) -> bool {
        matches!(self, Gesture::Idle)
    }
}

fn far(start: (f64, f64), at: (f64, f64), device: Device) -> bool {
    (start.0 - at.0).hypot(start.1 - at.1) > device.slop()
}

/// Reads what was hit from an element's data attributes (`data-handle="door-1:0"`…).
pub fn hit_from_attributes(attribute: &dyn Fn(&str) -> Option<String>) -> Hit {
    let tunnel = |text: String| -> Option<(String, u8)> {
        match text.parse::<Subject>().ok()? {
            Subject::Tunnel(vpn, tunnel) | Subject::Link(vpn, tunnel) => Some((vpn, tunnel)),
            _ => None,
        }
    };
    if let Some((vpn, t)) = attribute("data-handle").and_then(tunnel) {
        return Hit::Handle(vpn, t);
    }
    if let Some((vpn, t)) = attribute("data-grip").and_then(tunnel) {
        return Hit::Grip(vpn, t);
    }
    if let Some(instance) = attribute("data-port").and_then(|p| p.parse().ok()) {
        return Hit::Port(instance);
    }
    if let Some((vpn, t)) = attribute("data-link").and_then(tunnel) {
        return Hit::Link(vpn, t);
    }
    if let Some(id) = attribute("data-node") {
        return Hit::Node(id);
    }
    Hit::Background
}

/// Tap-to-link done: the armed tunnel is linked to `instance` and nothing stays armed.
fn tap_linked(vpn: &str, tunnel: u8, instance: u8, at: (f64, f64)) -> (Gesture, Vec<Outcome>) {
    (
        Gesture::Idle,
        vec![
            Outcome::Link {
                vpn: vpn.to_string(),
                tunnel,
                instance,
                at,
            },
            Outcome::Arm(None),
        ],
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::geometry::Arrangement;

    fn p2() -> doorplan::Design {
        doorplan::templates::template("p2")
            .unwrap()
            .design()
            .unwrap()
    }

    fn context(design: &doorplan::Design) -> Context<'_> {
        Context {
            layout: Layout::new(design, Arrangement::Document),
            view: View {
                x: 0.0,
                y: 0.0,
                zoom: 1.0,
            },
            read_only: false,
            movable: true,
            armed: None,
        }
    }

    /// Presses, moves in steps like a hand, releases; returns every outcome.
    fn drag(
        context: &Context,
        device: Device,
        hit: Hit,
        from: (f64, f64),
        to: (f64, f64),
    ) -> Vec<Outcome> {
        let (mut gesture, mut outcomes) = Gesture::Idle.down(context, 1, device, true, from, hit);
        for step in 1..=8 {
            let t = f64::from(step) / 8.0;
            let (next, more) = gesture.moved(
                context,
                1,
                (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t),
            );
            gesture = next;
            outcomes.extend(more);
        }
        let (gesture, more) = gesture.up(context, 1, to);
        assert!(gesture.is_idle());
        outcomes.extend(more);
        outcomes
    }

    #[test]
    fn dragging_a_handle_onto_a_port_links_the_tunnel_by_mouse_and_by_touch() {
        let design = p2();
        let context = context(&design);
        let from = context.layout.tunnel_handle("door-1", 1);
        let to = context.layout.instance_port(1);
        for device in [Device::Mouse, Device::Touch] {
            let outcomes = drag(&context, device, Hit::Handle("door-1".into(), 1), from, to);
            assert!(
                outcomes.contains(&Outcome::Link {
                    vpn: "door-1".into(),
                    tunnel: 1,
                    instance: 1,
                    at: to
                }),
                "{device:?}: {outcomes:?}"
            );
            assert!(
                !outcomes.iter().any(|o| matches!(o, Outcome::View(_))),
                "{device:?}: a drag from a handle never pans"
            );
        }
    }

    #[test]
    fn a_tap_on_a_node_of_the_portrait_column_selects_it_and_keeps_it_selected() {
        let design = p2();
        let mut context = context(&design);
        context.movable = false;
        let at = (10.0, 10.0);
        let (gesture, outcomes) = Gesture::Idle.down(
            &context,
            1,
            Device::Touch,
            true,
            at,
            Hit::Node("vnet".into()),
        );
        assert_eq!(outcomes, vec![Outcome::Select(Some(Subject::Vnet))]);
        let (_, released) = gesture.up(&context, 1, at);
        assert!(
            released.is_empty(),
            "letting go does not clear the selection: {released:?}"
        );
    }

    #[test]
    fn a_press_on_a_port_with_no_tunnel_waiting_selects_the_gateway() {
        let design = p2();
        let context = context(&design);
        let port = context.layout.instance_port(1);
        let (gesture, outcomes) =
            Gesture::Idle.down(&context, 1, Device::Mouse, true, port, Hit::Port(1));
        assert_eq!(outcomes, vec![Outcome::Select(Some(Subject::Gateway))]);
        let (_, released) = gesture.up(&context, 1, port);
        assert!(released.is_empty(), "a tap moves nothing: {released:?}");
    }

    #[test]
    fn dropping_on_the_gateway_box_links_to_its_nearest_port_and_elsewhere_misses() {
        let design = p2();
        let context = context(&design);
        let from = context.layout.tunnel_handle("door-2", 0);
        let gateway = context.layout.node("gateway");
        let outcomes = drag(
            &context,
            Device::Mouse,
            Hit::Handle("door-2".into(), 0),
            from,
            (gateway.x + 150.0, gateway.y + 60.0),
        );
        assert!(
            outcomes
                .iter()
                .any(|o| matches!(o, Outcome::Link { instance: 0, .. })),
            "{outcomes:?}"
        );
        let outcomes = drag(
            &context,
            Device::Mouse,
            Hit::Handle("door-2".into(), 0),
            from,
            (gateway.x - 300.0, gateway.y + 600.0),
        );
        assert!(
            outcomes.iter().any(|o| matches!(o, Outcome::Missed { .. })),
            "{outcomes:?}"
        );
    }

    #[test]
    fn tap_a_handle_then_tap_a_port_links_without_dragging() {
        let design = p2();
        let mut context = context(&design);
        let handle = context.layout.tunnel_handle("door-1", 0);
        let outcomes = drag(
            &context,
            Device::Touch,
            Hit::Handle("door-1".into(), 0),
            handle,
            (handle.0 + 3.0, handle.1 + 2.0),
        );
        assert!(
            outcomes.contains(&Outcome::Arm(Some(("door-1".into(), 0)))),
            "a tap arms: {outcomes:?}"
        );
        context.armed = Some(("door-1".into(), 0));
        let port = context.layout.instance_port(1);
        let (gesture, outcomes) =
            Gesture::Idle.down(&context, 2, Device::Touch, true, port, Hit::Port(1));
        assert!(gesture.is_idle());
        assert!(
            outcomes.iter().any(|o| matches!(
                o,
                Outcome::Link {
                    instance: 1,
                    tunnel: 0,
                    ..
                }
            )),
            "{outcomes:?}"
        );
        assert!(outcomes.contains(&Outcome::Arm(None)));
    }

    #[test]
    fn a_node_drag_moves_it_on_the_grid_and_a_click_only_selects() {
        let design = p2();
        let context = context(&design);
        let node = context.layout.node("vnet");
        let outcomes = drag(
            &context,
            Device::Mouse,
            Hit::Node("vnet".into()),
            (node.x + 20.0, node.y + 10.0),
            (node.x + 67.0, node.y + 93.0),
        );
        assert_eq!(outcomes[0], Outcome::Select(Some(Subject::Vnet)));
        let Some(Outcome::Move { x, y, .. }) = outcomes.last() else {
            panic!("{outcomes:?}")
        };
        assert_eq!((x % 20.0, y % 20.0), (0.0, 0.0));
        let (gesture, _) = Gesture::Idle.down(
            &context,
            1,
            Device::Mouse,
            true,
            (node.x + 5.0, node.y + 5.0),
            Hit::Node("vnet".into()),
        );
        let (_, outcomes) = gesture.up(&context, 1, (node.x + 6.0, node.y + 5.0));
        assert!(outcomes.is_empty(), "no move without a drag: {outcomes:?}");
    }

    #[test]
    fn two_touches_pinch_zoom_and_one_finger_lifted_keeps_panning() {
        let design = p2();
        let context = context(&design);
        let (gesture, _) = Gesture::Idle.down(
            &context,
            1,
            Device::Touch,
            true,
            (100.0, 100.0),
            Hit::Background,
        );
        let (gesture, _) = gesture.down(
            &context,
            2,
            Device::Touch,
            true,
            (140.0, 100.0),
            Hit::Background,
        );
        assert!(matches!(gesture, Gesture::Pinch { .. }));
        let (gesture, outcomes) = gesture.moved(&context, 2, (220.0, 100.0));
        let Some(Outcome::View(view)) = outcomes.first() else {
            panic!("{outcomes:?}")
        };
        assert!(view.zoom > 2.5, "zoomed in: {}", view.zoom);
        let (gesture, _) = gesture.up(&context, 2, (220.0, 100.0));
        assert!(matches!(gesture, Gesture::Pan { pointer: 1, .. }));
    }

    #[test]
    fn read_only_only_pans_and_a_background_tap_clears_the_selection() {
        let design = p2();
        let mut context = context(&design);
        let (gesture, outcomes) = Gesture::Idle.down(
            &context,
            1,
            Device::Mouse,
            true,
            (5.0, 5.0),
            Hit::Background,
        );
        assert!(outcomes.is_empty());
        let (_, outcomes) = gesture.up(&context, 1, (5.0, 5.0));
        assert_eq!(outcomes, vec![Outcome::Select(None)]);
        context.read_only = true;
        let (gesture, outcomes) = Gesture::Idle.down(
            &context,
            1,
            Device::Mouse,
            true,
            (5.0, 5.0),
            Hit::Handle("door-1".into(), 0),
        );
        assert!(matches!(gesture, Gesture::Pan { .. }) && outcomes.is_empty());
    }

    #[test]
    fn hits_are_read_from_data_attributes() {
        let hit =
            hit_from_attributes(&|name| (name == "data-handle").then(|| "door-1:1".to_string()));
        assert_eq!(hit, Hit::Handle("door-1".into(), 1));
        let hit =
            hit_from_attributes(&|name| (name == "data-grip").then(|| "link:door-2:0".to_string()));
        assert_eq!(hit, Hit::Grip("door-2".into(), 0));
        assert_eq!(hit_from_attributes(&|_| None), Hit::Background);
    }
}
