//! The diagram: SORACOM, the Door VPNs with their tunnel handles, the Azure gateway with one port
//! per instance, the VNet, and the links. Drag a tunnel handle (or a link's end) onto a port to
//! create or move its Azure connection; drag nodes to move them; drag the background to pan;
//! wheel or pinch to zoom. Every node and link shows the state the engine reports for it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use doorplan::model::{Design, DoorVpn, Point};
use doorplan::Severity;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use crate::geometry::{self, GATEWAY_WIDTH, PORT_Y, SIDE_SIZE, TUNNEL_Y, VPN_SIZE};
use crate::i18n::tr;
use crate::state::{Action, Editor, Notice, Selection};

/// Pan and zoom: screen = world × zoom + offset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub x: f64,
    pub y: f64,
    pub zoom: f64,
}

impl View {
    fn to_world(self, screen: (f64, f64)) -> (f64, f64) {
        ((screen.0 - self.x) / self.zoom, (screen.1 - self.y) / self.zoom)
    }

    fn to_screen(self, world: (f64, f64)) -> (f64, f64) {
        (world.0 * self.zoom + self.x, world.1 * self.zoom + self.y)
    }

    /// Zoom by a factor around a screen point, within sensible limits.
    fn zoomed(self, factor: f64, around: (f64, f64)) -> View {
        let zoom = (self.zoom * factor).clamp(0.05, 3.0);
        let world = self.to_world(around);
        View { x: around.0 - world.0 * zoom, y: around.1 - world.1 * zoom, zoom }
    }

    /// The view that shows the whole design in a box of `size`.
    fn fit(design: &Design, size: (f64, f64)) -> View {
        let (x0, y0, x1, y1) = geometry::bounds(design);
        let (width, height) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
        let zoom = (size.0 / width).min(size.1 / height).clamp(0.05, 1.25);
        View {
            x: (size.0 - width * zoom) / 2.0 - x0 * zoom,
            y: (size.1 - height * zoom) / 2.0 - y0 * zoom,
            zoom,
        }
    }
}

/// What a pointer is doing.
#[derive(Debug, Clone, PartialEq)]
enum Drag {
    Idle,
    Pan { start: (f64, f64), view: View },
    Node { id: String, grab: (f64, f64), at: (f64, f64), moved: bool },
    Wire { vpn: String, tunnel: u8, to: (f64, f64) },
    Pinch { distance: f64, view: View },
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: UseReducerHandle<Editor>,
    /// Bumped by the toolbar to ask for fit-to-view.
    #[prop_or_default]
    pub fit_request: u32,
    /// The embedded viewer: pan and zoom only.
    #[prop_or_default]
    pub read_only: bool,
}

fn severity_class(severity: Option<Severity>) -> &'static str {
    match severity {
        Some(Severity::Ng) => "ng",
        Some(Severity::Warn) => "warn",
        _ => "ok",
    }
}

fn severity_icon(severity: Option<Severity>) -> &'static str {
    match severity {
        Some(Severity::Ng) => "✖",
        Some(Severity::Warn) => "▲",
        _ => "✔",
    }
}

/// A hover text: the element's name and what the engine says about it.
fn tooltip(name: &str, messages: String) -> String {
    if messages.is_empty() {
        format!("{name}: OK")
    } else {
        format!("{name}\n{messages}")
    }
}

/// Shortens text to fit a node.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

#[function_component(Canvas)]
pub fn canvas(props: &Props) -> Html {
    let editor = props.editor.clone();
    let lang = editor.lang;
    let read_only = props.read_only;
    let svg_ref = use_node_ref();
    let view = use_state(|| View { x: 40.0, y: 20.0, zoom: 1.0 });
    let drag = use_state(|| Drag::Idle);
    let pointers: Rc<RefCell<HashMap<i32, (f64, f64)>>> = use_mut_ref(HashMap::new);

    // Position of a pointer event relative to the SVG's top-left corner.
    let local = {
        let svg_ref = svg_ref.clone();
        move |event: &PointerEvent| -> (f64, f64) {
            match svg_ref.cast::<Element>() {
                Some(svg) => {
                    let rect = svg.get_bounding_client_rect();
                    (f64::from(event.client_x()) - rect.left(), f64::from(event.client_y()) - rect.top())
                }
                None => (f64::from(event.client_x()), f64::from(event.client_y())),
            }
        }
    };
    let svg_size = {
        let svg_ref = svg_ref.clone();
        move || -> (f64, f64) {
            svg_ref
                .cast::<Element>()
                .map(|svg| {
                    let rect = svg.get_bounding_client_rect();
                    (rect.width().max(200.0), rect.height().max(200.0))
                })
                .unwrap_or((900.0, 560.0))
        }
    };

    // Fit to view on first render, on a new template or file, and when the toolbar asks.
    {
        let view = view.clone();
        let design = Rc::clone(&editor.design);
        let svg_size = svg_size.clone();
        let key = (props.fit_request, editor.template, editor.design.door_vpns.is_empty());
        use_effect_with(key, move |_| {
            view.set(View::fit(&design, svg_size()));
        });
    }

    // Wheel zoom needs a non-passive listener to keep the page from scrolling.
    {
        let view = view.clone();
        let svg_ref = svg_ref.clone();
        use_effect_with((), move |_| {
            let listener = svg_ref.cast::<Element>().map(|svg| {
                let target = svg.clone();
                let closure = Closure::<dyn FnMut(web_sys::WheelEvent)>::new(move |event: web_sys::WheelEvent| {
                    event.prevent_default();
                    let rect = target.get_bounding_client_rect();
                    let at = (f64::from(event.client_x()) - rect.left(), f64::from(event.client_y()) - rect.top());
                    let factor = (-event.delta_y() * 0.0015).exp();
                    view.set(view.zoomed(factor, at));
                });
                let options = web_sys::AddEventListenerOptions::new();
                options.set_passive(false);
                let _ = svg.add_event_listener_with_callback_and_add_event_listener_options(
                    "wheel",
                    closure.as_ref().unchecked_ref(),
                    &options,
                );
                (svg, closure)
            });
            move || {
                if let Some((svg, closure)) = listener {
                    let _ = svg.remove_event_listener_with_callback("wheel", closure.as_ref().unchecked_ref());
                }
            }
        });
    }

    // The design as drawn: during a node drag the node follows the pointer before it is committed.
    let drawn: Rc<Design> = match &*drag {
        Drag::Node { id, at, .. } => {
            let mut design = (*editor.design).clone();
            design.layout.insert(id.clone(), Point { x: at.0, y: at.1 });
            Rc::new(design)
        }
        _ => Rc::clone(&editor.design),
    };

    let capture = {
        let svg_ref = svg_ref.clone();
        move |event: &PointerEvent| {
            if let Some(svg) = svg_ref.cast::<Element>() {
                let _ = svg.set_pointer_capture(event.pointer_id());
                if let Some(svg) = svg.dyn_ref::<web_sys::SvgElement>() {
                    let _ = svg.focus();
                }
            }
        }
    };

    // One pointerdown handler for the whole diagram: what was hit is read from the data
    // attributes of the element under the pointer, so nodes and links carry no callbacks and
    // can skip re-rendering when their data has not changed.
    let on_pointer_down = {
        let drag = drag.clone();
        let view = view.clone();
        let pointers = pointers.clone();
        let editor = editor.clone();
        let local = local.clone();
        let capture = capture.clone();
        Callback::from(move |event: PointerEvent| {
            let at = local(&event);
            let target = event.target().and_then(|target| target.dyn_into::<Element>().ok());
            let hit = |attribute: &str| {
                target
                    .as_ref()
                    .and_then(|element| element.closest(&format!("[{attribute}]")).ok().flatten())
                    .and_then(|element| element.get_attribute(attribute))
            };
            let primary = event.button() == 0;
            if !read_only && primary {
                // A tunnel handle or a link's end: start (re)wiring that tunnel.
                if let Some((vpn, tunnel)) = hit("data-handle")
                    .or_else(|| hit("data-grip").and_then(|grip| grip.strip_prefix("link:").map(str::to_string)))
                    .and_then(|subject| subject.rsplit_once(':').and_then(|(vpn, t)| Some((vpn.to_string(), t.parse::<u8>().ok()?))))
                {
                    capture(&event);
                    drag.set(Drag::Wire { vpn, tunnel, to: view.to_world(at) });
                    return;
                }
                if let Some(link) = hit("data-link") {
                    editor.dispatch(Action::SelectSubject(link));
                    return;
                }
                if let Some(id) = hit("data-node") {
                    capture(&event);
                    editor.dispatch(Action::Select(Some(Selection::from_subject(&id))));
                    let world = view.to_world(at);
                    let node = geometry::node_position(&editor.design, &id);
                    drag.set(Drag::Node { id, grab: (world.0 - node.x, world.1 - node.y), at: (node.x, node.y), moved: false });
                    return;
                }
            }
            pointers.borrow_mut().insert(event.pointer_id(), at);
            capture(&event);
            let touches: Vec<(f64, f64)> = pointers.borrow().values().copied().collect();
            if let [a, b] = touches[..] {
                drag.set(Drag::Pinch { distance: (a.0 - b.0).hypot(a.1 - b.1).max(1.0), view: *view });
            } else {
                drag.set(Drag::Pan { start: at, view: *view });
                if !read_only && primary {
                    editor.dispatch(Action::Select(None));
                }
            }
        })
    };

    let on_move = {
        let drag = drag.clone();
        let view = view.clone();
        let pointers = pointers.clone();
        let local = local.clone();
        Callback::from(move |event: PointerEvent| {
            let at = local(&event);
            if pointers.borrow().contains_key(&event.pointer_id()) {
                pointers.borrow_mut().insert(event.pointer_id(), at);
            }
            match &*drag {
                Drag::Idle => {}
                Drag::Pan { start, view: from } => {
                    view.set(View { x: from.x + at.0 - start.0, y: from.y + at.1 - start.1, zoom: from.zoom });
                }
                Drag::Pinch { distance, view: from } => {
                    let touches: Vec<(f64, f64)> = pointers.borrow().values().copied().collect();
                    if let [a, b] = touches[..] {
                        let now = (a.0 - b.0).hypot(a.1 - b.1).max(1.0);
                        let centre = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
                        view.set(from.zoomed(now / distance, centre));
                    }
                }
                Drag::Node { id, grab, .. } => {
                    let world = view.to_world(at);
                    drag.set(Drag::Node {
                        id: id.clone(),
                        grab: *grab,
                        at: (world.0 - grab.0, world.1 - grab.1),
                        moved: true,
                    });
                }
                Drag::Wire { vpn, tunnel, .. } => {
                    drag.set(Drag::Wire { vpn: vpn.clone(), tunnel: *tunnel, to: view.to_world(at) });
                }
            }
        })
    };

    let on_up = {
        let drag = drag.clone();
        let view = view.clone();
        let pointers = pointers.clone();
        let editor = editor.clone();
        let local = local.clone();
        Callback::from(move |event: PointerEvent| {
            pointers.borrow_mut().remove(&event.pointer_id());
            let at = view.to_world(local(&event));
            match &*drag {
                Drag::Node { id, at: position, moved: true, .. } => {
                    editor.dispatch(Action::MoveNode {
                        id: id.clone(),
                        x: geometry::snap(position.0),
                        y: geometry::snap(position.1),
                    });
                }
                Drag::Wire { vpn, tunnel, .. } => {
                    let reach = geometry::PORT_REACH / view.zoom.min(1.0);
                    match geometry::port_at(&editor.design, at.0, at.1, reach) {
                        Some(instance) => editor.dispatch(Action::Link {
                            vpn: vpn.clone(),
                            tunnel: *tunnel,
                            instance,
                            at: Some(at),
                        }),
                        None => editor.dispatch(Action::Notify(Notice {
                            severity: Severity::Info,
                            text: doorplan::Text::new(
                                "Drop a tunnel on an instance port of the Azure gateway to create its connection (instance 1 exists only on an active-active gateway).",
                                "トンネルは Azure ゲートウェイのインスタンスのポートにドロップすると接続できます (インスタンス 1 は Active-Active のときだけ存在します)。",
                            ),
                            at: Some(at),
                            raw: None,
                        })),
                    }
                }
                _ => {}
            }
            drag.set(Drag::Idle);
        })
    };

    let on_cancel = {
        let drag = drag.clone();
        let pointers = pointers.clone();
        Callback::from(move |event: PointerEvent| {
            pointers.borrow_mut().remove(&event.pointer_id());
            drag.set(Drag::Idle);
        })
    };

    let on_key = {
        let editor_for_keys = editor.clone();
        let drag = drag.clone();
        let view = view.clone();
        let design = Rc::clone(&editor.design);
        let svg_size = svg_size.clone();
        Callback::from(move |event: KeyboardEvent| {
            let size = svg_size();
            let centre = (size.0 / 2.0, size.1 / 2.0);
            let on_node = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|element| element.get_attribute("data-node"));
            if let (Some(id), "Enter" | " ") = (on_node, event.key().as_str()) {
                event.prevent_default();
                editor_for_keys.dispatch(Action::Select(Some(Selection::from_subject(&id))));
                return;
            }
            let next = match event.key().as_str() {
                "Escape" => {
                    drag.set(Drag::Idle);
                    return;
                }
                "+" | "=" => view.zoomed(1.2, centre),
                "-" | "_" => view.zoomed(1.0 / 1.2, centre),
                "0" | "f" | "F" => View::fit(&design, size),
                "ArrowLeft" => View { x: view.x + 40.0, ..*view },
                "ArrowRight" => View { x: view.x - 40.0, ..*view },
                "ArrowUp" => View { y: view.y + 40.0, ..*view },
                "ArrowDown" => View { y: view.y - 40.0, ..*view },
                _ => return,
            };
            event.prevent_default();
            view.set(next);
        })
    };

    // The simulated fault, if any: what failed and which links it takes down.
    let fault = editor
        .fault
        .as_ref()
        .and_then(|name| editor.report.faults.iter().find(|fault| &fault.fault == name));
    let lost = |subject: &str| fault.is_some_and(|fault| fault.lost_links.iter().any(|l| l == subject));
    let failed = |name: &str| fault.is_some_and(|fault| fault.fault == name);
    let selected = |selection: &Selection| editor.selection.as_ref() == Some(selection);

    let design: &Design = &drawn;
    let gateway = &design.azure.gateway;
    let about = use_memo((Rc::as_ptr(&editor.report) as usize, lang), {
        let report = Rc::clone(&editor.report);
        move |_| SubjectIndex::new(&report, lang)
    });

    // Links, under the nodes.
    let links = design.links.iter().map(|link| {
        let from = geometry::tunnel_handle(design, &link.vpn, link.tunnel);
        let to = geometry::instance_port(design, link.instance);
        let subject = link.subject();
        let tunnel_subject = format!("{}:{}", link.vpn, link.tunnel);
        let state = about.worst(&[&subject, &tunnel_subject, &link.vpn]);
        let down = lost(&subject);
        let dragging = matches!(&*drag, Drag::Wire { vpn, tunnel, .. } if vpn == &link.vpn && *tunnel == link.tunnel);
        let class = classes!(
            "link",
            severity_class(state),
            down.then_some("lost"),
            selected(&Selection::Link(link.vpn.clone(), link.tunnel)).then_some("selected"),
            dragging.then_some("moving"),
        );
        let path = geometry::wire(from, to);
        let mid = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
        let label = format!("{} tunnel {} → instance {}", link.vpn, link.tunnel + 1, link.instance);
        html! {
            <g class={class} data-link={subject.clone()} data-state={severity_class(state)}
               role="button" aria-label={label.clone()}>
                <title>{tooltip(&label, about.messages(&[&subject, &tunnel_subject, &link.vpn]))}</title>
                <path class="hit" d={path.clone()} />
                <path class="wire" d={path} />
                <text class="link-icon" x={format!("{:.1}", mid.0)} y={format!("{:.1}", mid.1 - 6.0)}>{severity_icon(state)}</text>
                <circle class="grip" cx={format!("{:.1}", to.0)} cy={format!("{:.1}", to.1)} r="7"
                    data-grip={subject.clone()} />
            </g>
        }
    });

    let wire_preview = match &*drag {
        Drag::Wire { vpn, tunnel, to } => {
            let from = geometry::tunnel_handle(design, vpn, *tunnel);
            html! { <path class="wire-preview" d={geometry::wire(from, *to)} /> }
        }
        _ => html! {},
    };

    // SORACOM VPG node.
    let soracom = {
        let at = geometry::node_position(design, "soracom");
        let state = about.worst(&["soracom"]);
        let range = design.soracom.vpg_ip_range.map(|r| r.to_string()).unwrap_or_else(|| tr(lang, "VPG IP range: unknown", "VPG IP レンジ: 未定").to_string());
        let class = classes!("node", "soracom", severity_class(state), selected(&Selection::Soracom).then_some("selected"));
        html! {
            <g class={class} data-node="soracom" transform={format!("translate({:.1} {:.1})", at.x, at.y)}
               tabindex="0" role="button" aria-label="SORACOM VPG">
                <title>{tooltip("SORACOM VPG", about.messages(&["soracom"]))}</title>
                <rect width={SIDE_SIZE.0.to_string()} height={SIDE_SIZE.1.to_string()} rx="10" />
                <text class="title" x="14" y="26">{"SORACOM VPG"}</text>
                <text x="14" y="50">{format!("{} · {}", design.soracom.vpg_type.as_deref().unwrap_or("?"), design.soracom.region)}</text>
                <text x="14" y="72">{format!("{} {}", tr(lang, "devices", "デバイス"), design.soracom.device_subnet)}</text>
                <text x="14" y="94">{clip(&range, 30)}</text>
            </g>
        }
    };

    // Door VPN nodes: a component each, re-rendered only when its own data changes.
    let vpns = design.door_vpns.iter().map(|vpn| {
        let at = geometry::node_position(design, &vpn.id);
        let tunnels = [format!("{}:0", vpn.id), format!("{}:1", vpn.id)];
        let props = VpnNodeProps {
            vpn: vpn.clone(),
            at: (at.x, at.y),
            lang,
            state: about.worst(&[&vpn.id, &tunnels[0], &tunnels[1]]),
            tunnel_states: [about.worst(&[&tunnels[0]]), about.worst(&[&tunnels[1]])],
            tooltip: tooltip(vpn.label(), about.messages(&[&vpn.id, &tunnels[0], &tunnels[1]])),
            selected: selected(&Selection::Vpn(vpn.id.clone())),
            failed: failed(&format!("door-vpn:{}", vpn.id)),
            endpoints_failed: [failed(&format!("aws-endpoint:{}:0", vpn.id)), failed(&format!("aws-endpoint:{}:1", vpn.id))],
        };
        html! { <VpnNode key={vpn.id.clone()} ..props /> }
    });

    // The Azure gateway with one port per instance.
    let gateway_node = {
        let at = geometry::node_position(design, "gateway");
        let state = about.worst(&["gateway"]);
        let height = geometry::gateway_height(design);
        let class = classes!("node", "gateway", severity_class(state), selected(&Selection::Gateway).then_some("selected"));
        let mode = if gateway.active_active { "active-active" } else { "active-standby" };
        let bgp = if gateway.bgp { format!("BGP · ASN {}", gateway.asn) } else { tr(lang, "BGP off", "BGP なし").to_string() };
        let ports = (0..gateway.instance_count()).map(|instance| {
            let y = PORT_Y[usize::from(instance)];
            let ip = gateway.public_ip_of(instance).map(|ip| ip.to_string()).unwrap_or_else(|| tr(lang, "public IP: ?", "パブリック IP: ?").to_string());
            let apipa = gateway.apipa_of(instance).iter().map(|ip| ip.to_string()).collect::<Vec<_>>().join(", ");
            let down = failed(&format!("azure-instance-{instance}"));
            html! {
                <g class={classes!("port", down.then_some("failed"))} data-port={instance.to_string()}>
                    <circle cx="0" cy={y.to_string()} r="11" />
                    <text class="port-label" x="18" y={format!("{:.1}", y - 6.0)}>{format!("{} {instance} · {}", tr(lang, "instance", "インスタンス"), ip)}</text>
                    <text class="port-sub" x="18" y={format!("{:.1}", y + 12.0)}>{clip(&if apipa.is_empty() { "APIPA —".to_string() } else { format!("APIPA {apipa}") }, 34)}</text>
                </g>
            }
        });
        html! {
            <g class={class} data-node="gateway" transform={format!("translate({:.1} {:.1})", at.x, at.y)}
               tabindex="0" role="button" aria-label={tr(lang, "Azure VPN gateway", "Azure VPN ゲートウェイ")}>
                <title>{tooltip(&gateway.name, about.messages(&["gateway"]))}</title>
                <rect width={GATEWAY_WIDTH.to_string()} height={height.to_string()} rx="10" />
                <text class="title" x="18" y="24">{format!("{} {}", severity_icon(state), clip(&gateway.name, 20))}</text>
                <text x="18" y="42">{format!("{} · {} · {}", gateway.sku, mode, bgp)}</text>
                { for ports }
            </g>
        }
    };

    let vnet = {
        let at = geometry::node_position(design, "vnet");
        let state = about.worst(&["vnet"]);
        let vnet = &design.azure.vnet;
        let class = classes!("node", "vnet", severity_class(state), selected(&Selection::Vnet).then_some("selected"));
        let space = vnet.address_space.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", ");
        let subnet = vnet.gateway_subnet.map(|c| c.to_string()).unwrap_or_else(|| "?".into());
        html! {
            <g class={class} data-node="vnet" transform={format!("translate({:.1} {:.1})", at.x, at.y)}
               tabindex="0" role="button" aria-label="Azure VNet">
                <title>{tooltip(&vnet.name, about.messages(&["vnet"]))}</title>
                <rect width={SIDE_SIZE.0.to_string()} height={SIDE_SIZE.1.to_string()} rx="10" />
                <text class="title" x="14" y="26">{format!("{} VNet {}", severity_icon(state), clip(&vnet.name, 18))}</text>
                <text x="14" y="50">{clip(&space, 30)}</text>
                <text x="14" y="72">{format!("GatewaySubnet {subnet}")}</text>
            </g>
        }
    };

    // Decorative edges: SORACOM to each VPN, gateway to VNet.
    let edges = {
        let soracom = geometry::node_position(design, "soracom");
        let gateway_at = geometry::node_position(design, "gateway");
        let vnet_at = geometry::node_position(design, "vnet");
        let from = (soracom.x + SIDE_SIZE.0, soracom.y + SIDE_SIZE.1 / 2.0);
        html! {
            <g class="edges">
                { for design.door_vpns.iter().map(|vpn| {
                    let at = geometry::node_position(design, &vpn.id);
                    html! { <path d={geometry::wire(from, (at.x, at.y + VPN_SIZE.1 / 2.0))} /> }
                }) }
                <path d={geometry::wire((gateway_at.x + GATEWAY_WIDTH, gateway_at.y + 40.0), (vnet_at.x, vnet_at.y + SIDE_SIZE.1 / 2.0))} />
            </g>
        }
    };

    let transform = format!("translate({:.2} {:.2}) scale({:.4})", view.x, view.y, view.zoom);
    let grid = format!("{:.2}", geometry::GRID * view.zoom);

    // A notice from a drop, shown where the pointer let go.
    let drop_note = editor.notice.as_ref().and_then(|notice| {
        let at = notice.at?;
        let (x, y) = view.to_screen(at);
        let dismiss = {
            let editor = editor.clone();
            Callback::from(move |_| editor.dispatch(Action::DismissNotice))
        };
        Some(html! {
            <div class={classes!("drop-note", notice.severity.name().to_ascii_lowercase())} role="alert"
                 style={format!("left:{:.0}px;top:{:.0}px", x + 12.0, y + 12.0)}>
                <span>{notice.text.get(lang).to_string()}</span>
                <button class="close" onclick={dismiss} aria-label={tr(lang, "Dismiss", "閉じる")}>{"×"}</button>
            </div>
        })
    });

    html! {
        <div class="canvas-wrap">
            <svg ref={svg_ref} id="canvas" class={classes!("canvas", (!matches!(*drag, Drag::Idle)).then_some("dragging"))}
                tabindex="0" role="application"
                aria-label={tr(lang, "Design diagram: drag tunnel handles onto gateway instance ports; arrows pan, + and - zoom, 0 fits", "構成図: トンネルのハンドルをゲートウェイのインスタンスへドラッグして接続。矢印キーで移動、+/- で拡大縮小、0 で全体表示")}
                onpointerdown={on_pointer_down} onpointermove={on_move} onpointerup={on_up}
                onpointercancel={on_cancel} onkeydown={on_key}>
                <defs>
                    <pattern id="grid" width={grid.clone()} height={grid.clone()} patternUnits="userSpaceOnUse"
                        x={format!("{:.2}", view.x)} y={format!("{:.2}", view.y)}>
                        <circle cx="1" cy="1" r="1" class="grid-dot" />
                    </pattern>
                </defs>
                <rect class="background" width="100%" height="100%" fill="url(#grid)" />
                <g transform={transform} data-zoom={format!("{:.3}", view.zoom)}>
                    { edges }
                    { for links }
                    { soracom }
                    { for vpns }
                    { gateway_node }
                    { vnet }
                    { wire_preview }
                </g>
            </svg>
            { for drop_note }
            if !read_only {
            <div class="canvas-help">{tr(lang, "Drag a tunnel handle ● onto an instance port · drag nodes to move · wheel/pinch to zoom", "トンネルのハンドル ● をインスタンスのポートへドラッグ · ノードはドラッグで移動 · ホイール/ピンチで拡大縮小")}</div>
            }
        </div>
    }
}

/// The worst severity and the messages of the findings about each subject, built once per
/// report instead of scanning every finding for every element.
struct SubjectIndex {
    by_subject: HashMap<String, (Severity, Vec<String>)>,
}

impl SubjectIndex {
    fn new(report: &doorplan::Report, lang: doorplan::Lang) -> SubjectIndex {
        let mut by_subject: HashMap<String, (Severity, Vec<String>)> = HashMap::new();
        for finding in &report.findings {
            let entry = by_subject.entry(finding.subject.clone()).or_insert((finding.severity, Vec::new()));
            entry.0 = entry.0.max(finding.severity);
            entry.1.push(format!("{} {}: {}", finding.severity.name(), finding.rule, finding.message.get(lang)));
        }
        SubjectIndex { by_subject }
    }

    fn worst(&self, subjects: &[&str]) -> Option<Severity> {
        subjects.iter().filter_map(|subject| self.by_subject.get(*subject)).map(|(worst, _)| *worst).max()
    }

    fn messages(&self, subjects: &[&str]) -> String {
        subjects
            .iter()
            .filter_map(|subject| self.by_subject.get(*subject))
            .flat_map(|(_, messages)| messages.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[derive(Properties, PartialEq, Clone)]
struct VpnNodeProps {
    vpn: DoorVpn,
    at: (f64, f64),
    lang: doorplan::Lang,
    state: Option<Severity>,
    tunnel_states: [Option<Severity>; 2],
    tooltip: String,
    selected: bool,
    failed: bool,
    endpoints_failed: [bool; 2],
}

/// One Door VPN with its two tunnel handles. Pure data in, so Yew skips it when unchanged.
#[function_component(VpnNode)]
fn vpn_node(props: &VpnNodeProps) -> Html {
    let VpnNodeProps { vpn, at, lang, state, tunnel_states, tooltip, selected, failed, endpoints_failed } = props;
    let lang = *lang;
    let class = classes!("node", "vpn", severity_class(*state), failed.then_some("failed"), selected.then_some("selected"));
    let routing = match vpn.routing {
        doorplan::model::Routing::Bgp => format!("BGP · ASN {}", vpn.amazon_asn),
        doorplan::model::Routing::Static => tr(lang, "static routing", "static ルーティング").to_string(),
    };
    let handles = vpn.tunnels.iter().take(2).enumerate().map(|(index, tunnel)| {
        let y = TUNNEL_Y[index];
        let subject = format!("{}:{index}", vpn.id);
        let inside = tunnel.inside_cidr.map(|c| c.to_string()).unwrap_or_else(|| tr(lang, "inside: auto", "内部: 自動").to_string());
        let outside = tunnel.outside_ip.map(|ip| ip.to_string()).unwrap_or_else(|| tr(lang, "outside IP: ?", "外部 IP: ?").to_string());
        html! {
            <g class={classes!("tunnel", severity_class(tunnel_states[index]), endpoints_failed[index].then_some("failed"))} data-tunnel={subject.clone()}>
                <text class="tunnel-label" x="14" y={format!("{:.1}", y - 4.0)}>{format!("{} {}: {}", tr(lang, "Tunnel", "トンネル"), index + 1, inside)}</text>
                <text class="tunnel-sub" x="14" y={format!("{:.1}", y + 12.0)}>{outside}</text>
                <circle class="handle" cx={VPN_SIZE.0.to_string()} cy={y.to_string()} r="9"
                    data-handle={subject} aria-label={format!("{} tunnel {}", vpn.label(), index + 1)} />
            </g>
        }
    });
    html! {
        <g class={class} data-node={vpn.id.clone()} transform={format!("translate({:.1} {:.1})", at.0, at.1)}
           tabindex="0" role="button" aria-label={format!("Door VPN {}", vpn.label())}>
            <title>{tooltip.clone()}</title>
            <rect width={VPN_SIZE.0.to_string()} height={VPN_SIZE.1.to_string()} rx="10" />
            <text class="title" x="14" y="24">{format!("{} {}", severity_icon(*state), clip(vpn.label(), 22))}</text>
            <text x="14" y="42">{routing}</text>
            { for handles }
        </g>
    }
}
