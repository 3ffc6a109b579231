//! The diagram as an element tree: SORACOM, the Door VPNs with their tunnel handles, the gateway
//! with one port per instance, the VNet, the links and the notes. Every node and link carries
//! the worst severity the engine reports about it, its findings as a hover title, and the data
//! attributes the editor's gestures read (`data-node`, `data-handle`, `data-port`, `data-link`,
//! `data-grip`). One renderer for the editor, the viewer, the pictures and the print report.

use std::collections::HashMap;

use super::el::{num, El};
use super::layout::{
    gateway_height, Arrangement, Layout, GATEWAY_WIDTH, HANDLE_RADIUS, NOTE_LINE, SIDE_SIZE,
    TUNNEL_Y, VPN_SIZE,
};
use crate::audit::State;
use crate::ids::{FaultId, Subject};
use crate::model::{DoorVpn, Link, Routing};
use crate::report::{Report, Severity};
use crate::text::{join, Lang, T};

/// The worst severity and the messages of the findings about each subject, built once per
/// report instead of scanning every finding for every element.
#[derive(Debug, PartialEq)]
pub struct SubjectIndex {
    by_subject: HashMap<Subject, (Severity, Vec<String>)>,
}

impl SubjectIndex {
    pub fn new(report: &Report, lang: Lang) -> SubjectIndex {
        let mut by_subject: HashMap<Subject, (Severity, Vec<String>)> = HashMap::new();
        for finding in &report.findings {
            let entry = by_subject
                .entry(finding.subject.clone())
                .or_insert((finding.severity, Vec::new()));
            entry.0 = entry.0.max(finding.severity);
            entry.1.push(format!(
                "{} {}: {}",
                finding.severity.name(),
                finding.rule.id,
                finding.text(lang)
            ));
        }
        SubjectIndex { by_subject }
    }

    pub fn worst(&self, subjects: &[&Subject]) -> Option<Severity> {
        subjects
            .iter()
            .filter_map(|subject| self.by_subject.get(*subject))
            .map(|(worst, _)| *worst)
            .max()
    }

    pub fn messages(&self, subjects: &[&Subject]) -> String {
        subjects
            .iter()
            .filter_map(|subject| self.by_subject.get(*subject))
            .flat_map(|(_, messages)| messages.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Everything drawing needs.
pub struct Scene<'a> {
    pub layout: Layout<'a>,
    pub report: &'a Report,
    pub index: &'a SubjectIndex,
    pub lang: Lang,
    pub selection: Option<&'a Subject>,
    pub fault: Option<&'a FaultId>,
    /// A tunnel waiting for a tap on a port (tap-to-link).
    pub armed: Option<(&'a str, u8)>,
    /// The tunnel whose wire is being dragged.
    pub dragging: Option<(&'a str, u8)>,
    /// Radius of the invisible touch targets around handles and ports (world units).
    pub hit_radius: f64,
    /// Live status from an audit: per link, its tunnel and its BGP session.
    pub status: Option<&'a crate::audit::States>,
}

impl<'a> Scene<'a> {
    /// A scene with nothing selected, armed, dragged or failed, and no live status: what the
    /// pictures, the printed report and the viewer draw.
    pub fn still(
        layout: Layout<'a>,
        report: &'a Report,
        index: &'a SubjectIndex,
        lang: Lang,
    ) -> Scene<'a> {
        Scene {
            layout,
            report,
            index,
            lang,
            selection: None,
            fault: None,
            armed: None,
            dragging: None,
            hit_radius: 0.0,
            status: None,
        }
    }

    fn selected(&self, subject: &Subject) -> bool {
        self.selection == Some(subject)
    }

    fn failed(&self, fault: &FaultId) -> bool {
        self.fault == Some(fault)
    }
}

pub fn severity_class(severity: Option<Severity>) -> &'static str {
    match severity {
        Some(Severity::Ng) => "ng",
        Some(Severity::Warn) => "warn",
        _ => "ok",
    }
}

pub fn severity_icon(severity: Option<Severity>) -> &'static str {
    match severity {
        Some(Severity::Ng) => "✖",
        Some(Severity::Warn) => "▲",
        _ => "✔",
    }
}

/// Shortens text to fit a node.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

/// `class="a b c"` from the parts that apply.
fn classes(parts: &[Option<&str>]) -> String {
    parts
        .iter()
        .flatten()
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A hover text: the element's name and what the engine says about it.
fn tooltip(name: &str, messages: String, lang: Lang) -> El {
    let text = if messages.is_empty() {
        format!("{name}: {}", T::UiNoFindingsHere.get(lang))
    } else {
        format!("{name}\n{messages}")
    };
    El::new("title").text(text)
}

fn text(x: f64, y: f64, class: Option<&str>, content: impl Into<String>) -> El {
    El::new("text")
        .attr_some("class", class)
        .attr("x", num(x))
        .attr("y", num(y))
        .text(content)
}

fn translate(x: f64, y: f64) -> String {
    format!("translate({} {})", num(x), num(y))
}

/// The whole diagram, back to front, in a `<g>` (the editor sets its transform).
pub fn draw(scene: &Scene) -> El {
    let design = scene.layout.design;
    // Which links the fault shown takes down, by position: the layout's link index already
    // exists (a set of subjects was one more hash table type in every Wasm).
    let mut lost = vec![false; design.links.len()];
    let fault = scene
        .fault
        .and_then(|fault| scene.report.faults.iter().find(|f| &f.fault == fault));
    let positions = fault
        .iter()
        .flat_map(|fault| &fault.lost_links)
        .filter_map(|subject| match subject {
            Subject::Link(vpn, tunnel) => scene.layout.link_position(vpn, *tunnel),
            _ => None,
        });
    for position in positions {
        if let Some(flag) = lost.get_mut(position) {
            *flag = true;
        }
    }
    El::new("g")
        .attr("class", "diagram")
        .child(edges(scene))
        .children(
            design
                .links
                .iter()
                .zip(&lost)
                .map(|(link, &down)| draw_link(scene, link, down)),
        )
        .child(soracom(scene))
        .children(design.door_vpns.iter().map(|vpn| door_vpn(scene, vpn)))
        .child(gateway(scene))
        .child(vnet(scene))
        .child(notes(scene))
}

/// Decorative edges: SORACOM to each VPN, gateway to VNet.
fn edges(scene: &Scene) -> El {
    let layout = &scene.layout;
    let soracom = layout.node("soracom");
    let gateway = layout.node("gateway");
    let vnet = layout.node("vnet");
    let portrait = layout.arrangement == Arrangement::Portrait;
    let line = |from: (f64, f64), to: (f64, f64)| {
        format!(
            "M {} {} L {} {}",
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1)
        )
    };
    let mut group = El::new("g").attr("class", "edges");
    if portrait {
        let from = (soracom.x + 40.0, soracom.y + SIDE_SIZE.1);
        for vpn in &layout.design.door_vpns {
            let at = layout.node(&vpn.id);
            group = group.child(El::new("path").attr("d", line(from, (at.x + 40.0, at.y))));
        }
        let out = (gateway.x + 120.0, gateway.y + gateway_height(layout.design));
        group.child(El::new("path").attr("d", line(out, (vnet.x + 100.0, vnet.y))))
    } else {
        let from = (soracom.x + SIDE_SIZE.0, soracom.y + SIDE_SIZE.1 / 2.0);
        for vpn in &layout.design.door_vpns {
            let at = layout.node(&vpn.id);
            group = group.child(El::new("path").attr(
                "d",
                super::layout::curve(from, (at.x, at.y + VPN_SIZE.1 / 2.0)),
            ));
        }
        let out = (gateway.x + GATEWAY_WIDTH, gateway.y + 40.0);
        group.child(El::new("path").attr(
            "d",
            super::layout::curve(out, (vnet.x, vnet.y + SIDE_SIZE.1 / 2.0)),
        ))
    }
}

fn draw_link(scene: &Scene, link: &Link, down: bool) -> El {
    let layout = &scene.layout;
    let lang = scene.lang;
    let from = layout.tunnel_handle(&link.vpn, link.tunnel);
    let to = layout.instance_port(link.instance);
    let subject = link.subject();
    let tunnel = Subject::Tunnel(link.vpn.clone(), link.tunnel);
    let vpn = Subject::Vpn(link.vpn.clone());
    let state = scene.index.worst(&[&subject, &tunnel, &vpn]);
    let dragging = scene.dragging == Some((link.vpn.as_str(), link.tunnel));
    let class = classes(&[
        Some("link"),
        Some(severity_class(state)),
        down.then_some("lost"),
        scene.selected(&subject).then_some("selected"),
        dragging.then_some("moving"),
    ]);
    let path = layout.wire(from, to);
    let mid = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
    let label = format!(
        "{} → {}",
        subject.label_by(|id| layout.vpn(id)).render(lang),
        msg!(FaultInstance, n = link.instance).render(lang)
    );
    // Live status (an audit): the tunnel's state and its BGP session's; the worse one shows.
    let live = scene
        .status
        .and_then(|status| status.get(&subject))
        .copied();
    let worst_live = live.and_then(|(tunnel, bgp)| match (tunnel, bgp) {
        (Some(tunnel), Some(bgp)) => Some(tunnel.max(bgp)),
        (tunnel, bgp) => tunnel.or(bgp),
    });
    let class = match worst_live {
        Some(live) => format!("{class} status status-{}", live.name()),
        None => class,
    };
    // A lost link shows that it is down, whatever its findings; a live status shows itself.
    let icon = match (down, worst_live) {
        (true, _) => "⊘",
        (false, Some(State::Connected)) => "●",
        (false, Some(State::Connecting)) => "◐",
        (false, Some(State::NotConnected)) => "✖",
        (false, Some(State::Unknown)) => "?",
        (false, None) => severity_icon(state),
    };
    let mut messages = scene.index.messages(&[&subject, &tunnel, &vpn]);
    if let Some((tunnel_state, bgp_state)) = live {
        let words = |state: Option<State>| state.map_or("—", |state| state.words().get(lang));
        let line = format!(
            "{}: {} · BGP: {}",
            T::UiTunnel.get(lang),
            words(tunnel_state),
            words(bgp_state)
        );
        messages = if messages.is_empty() {
            line
        } else {
            format!("{line}\n{messages}")
        };
    }
    let id = subject.to_string();
    El::new("g")
        .key(id.clone())
        .attr("class", class)
        .attr("data-link", id.clone())
        .attr(
            "data-state",
            if down { "lost" } else { severity_class(state) },
        )
        .attr_some(
            "data-status",
            live.map(|(tunnel, bgp)| {
                format!(
                    "{}/{}",
                    tunnel.map_or("none", State::name),
                    bgp.map_or("none", State::name)
                )
            }),
        )
        .attr("role", "button")
        .attr("aria-label", label.clone())
        .child(tooltip(&label, messages, lang))
        .child(El::new("path").attr("class", "hit").attr("d", path.clone()))
        .child(El::new("path").attr("class", "wire").attr("d", path))
        .child(text(mid.0, mid.1 - 6.0, Some("link-icon"), icon))
        .child(
            El::new("circle")
                .attr("class", "grip-hit")
                .attr("cx", num(to.0))
                .attr("cy", num(to.1))
                .attr("r", num(scene.hit_radius.max(10.0)))
                .attr("data-grip", id.clone()),
        )
        .child(
            El::new("circle")
                .attr("class", "grip")
                .attr("cx", num(to.0))
                .attr("cy", num(to.1))
                .attr("r", "7")
                .attr("data-grip", id),
        )
}

/// A node's box: a `<g>` at its position with its rectangle, hover title and class.
fn node(
    scene: &Scene,
    id: &str,
    kind: &str,
    state: Option<Severity>,
    extra: &[Option<&str>],
    label: String,
    title: El,
) -> El {
    let at = scene.layout.node(id);
    let (width, height) = scene.layout.size(id);
    let mut parts = vec![Some("node"), Some(kind), Some(severity_class(state))];
    parts.extend_from_slice(extra);
    El::new("g")
        .key(id.to_string())
        .attr("class", classes(&parts))
        .attr("data-node", id.to_string())
        .attr("transform", translate(at.x, at.y))
        .attr("tabindex", "0")
        .attr("role", "button")
        .attr("aria-label", label)
        .child(title)
        .child(
            El::new("rect")
                .attr("width", num(width))
                .attr("height", num(height))
                .attr("rx", "10"),
        )
}

fn soracom(scene: &Scene) -> El {
    let design = scene.layout.design;
    let lang = scene.lang;
    let state = scene.index.worst(&[&Subject::Soracom]);
    let range = design
        .soracom
        .vpg_ip_range
        .map(|r| r.to_string())
        .unwrap_or_else(|| T::UiVpgRangeUnknown.get(lang).to_string());
    let selected = scene.selected(&Subject::Soracom).then_some("selected");
    node(
        scene,
        "soracom",
        "soracom",
        state,
        &[selected],
        "SORACOM VPG".into(),
        tooltip(
            "SORACOM VPG",
            scene.index.messages(&[&Subject::Soracom]),
            lang,
        ),
    )
    .child(text(
        14.0,
        26.0,
        Some("title"),
        format!("{} SORACOM VPG", severity_icon(state)),
    ))
    .child(text(
        14.0,
        50.0,
        None,
        clip(
            &format!(
                "{} · {}",
                design.soracom.vpg_type.as_deref().unwrap_or("?"),
                design.soracom.region
            ),
            30,
        ),
    ))
    .child(text(
        14.0,
        72.0,
        None,
        format!(
            "{} {}",
            T::UiDevices.get(lang),
            design.soracom.device_subnet
        ),
    ))
    .child(text(14.0, 94.0, None, clip(&range, 30)))
}

fn door_vpn(scene: &Scene, vpn: &DoorVpn) -> El {
    let lang = scene.lang;
    let subject = Subject::Vpn(vpn.id.clone());
    let tunnels = [
        Subject::Tunnel(vpn.id.clone(), 0),
        Subject::Tunnel(vpn.id.clone(), 1),
    ];
    let state = scene.index.worst(&[&subject, &tunnels[0], &tunnels[1]]);
    let selected = (scene.selected(&subject)
        || tunnels.iter().any(|tunnel| scene.selected(tunnel)))
    .then_some("selected");
    let failed = scene
        .failed(&FaultId::DoorVpn(vpn.id.clone()))
        .then_some("failed");
    let routing = match vpn.routing {
        Routing::Bgp => format!("BGP · ASN {}", vpn.amazon_asn),
        Routing::Static => T::UiStaticRouting.get(lang).to_string(),
    };
    let title = tooltip(
        vpn.label(),
        scene.index.messages(&[&subject, &tunnels[0], &tunnels[1]]),
        lang,
    );
    let mut group = node(
        scene,
        &vpn.id,
        "vpn",
        state,
        &[failed, selected],
        format!("Door VPN {}", vpn.label()),
        title,
    )
    .child(text(
        14.0,
        24.0,
        Some("title"),
        format!("{} {}", severity_icon(state), clip(vpn.label(), 22)),
    ))
    .child(text(14.0, 42.0, None, routing));
    for (index, tunnel) in vpn.tunnels.iter().take(2).enumerate() {
        let y = TUNNEL_Y[index];
        let id = tunnels[index].to_string();
        let inside = tunnel
            .inside_cidr
            .map(|c| c.to_string())
            .unwrap_or_else(|| T::UiInsideAuto.get(lang).to_string());
        let outside = tunnel
            .outside_ip
            .map(|ip| ip.to_string())
            .unwrap_or_else(|| T::UiOutsideUnknown.get(lang).to_string());
        let class = classes(&[
            Some("tunnel"),
            Some(severity_class(scene.index.worst(&[&tunnels[index]]))),
            scene
                .failed(&FaultId::AwsEndpoint(vpn.id.clone(), index as u8))
                .then_some("failed"),
            (scene.armed == Some((vpn.id.as_str(), index as u8))).then_some("armed"),
        ]);
        let label = msg!(TunnelName, vpn = vpn.label(), n = index + 1).render(lang);
        group = group.child(
            El::new("g")
                .attr("class", class)
                .attr("data-tunnel", id.clone())
                .child(text(
                    14.0,
                    y - 4.0,
                    Some("tunnel-label"),
                    format!("{} {}: {}", T::UiTunnel.get(lang), index + 1, inside),
                ))
                .child(text(14.0, y + 12.0, Some("tunnel-sub"), outside))
                .child(
                    El::new("circle")
                        .attr("class", "handle-hit")
                        .attr("cx", num(VPN_SIZE.0))
                        .attr("cy", num(y))
                        .attr("r", num(scene.hit_radius.max(HANDLE_RADIUS + 4.0)))
                        .attr("data-handle", id.clone()),
                )
                .child(
                    El::new("circle")
                        .attr("class", "handle")
                        .attr("cx", num(VPN_SIZE.0))
                        .attr("cy", num(y))
                        .attr("r", num(HANDLE_RADIUS))
                        .attr("data-handle", id)
                        .attr("aria-label", label),
                ),
        );
    }
    group
}

/// The Azure gateway with one port per instance (left edge in the document arrangement, top
/// edge in portrait); its header on three lines so nothing overflows the box.
fn gateway(scene: &Scene) -> El {
    let layout = &scene.layout;
    let design = layout.design;
    let lang = scene.lang;
    let gateway = &design.azure.gateway;
    let state = scene.index.worst(&[&Subject::Gateway]);
    let portrait = layout.arrangement == Arrangement::Portrait;
    let mode = if gateway.active_active {
        T::UiActiveActive
    } else {
        T::UiActiveStandby
    };
    let bgp = if gateway.bgp {
        format!("BGP · ASN {}", gateway.asn)
    } else {
        T::UiBgpOff.get(lang).to_string()
    };
    let header_y = if portrait { 40.0 } else { 24.0 };
    let selected = scene.selected(&Subject::Gateway).then_some("selected");
    let title = tooltip(
        &gateway.name,
        scene.index.messages(&[&Subject::Gateway]),
        lang,
    );
    let mut group = node(
        scene,
        "gateway",
        "gateway",
        state,
        &[selected],
        T::SubjectGateway.get(lang).to_string(),
        title,
    )
    .child(text(
        18.0,
        header_y,
        Some("title"),
        format!("{} {}", severity_icon(state), clip(&gateway.name, 24)),
    ))
    .child(text(
        18.0,
        header_y + 20.0,
        None,
        format!("{} · {}", gateway.sku, mode.get(lang)),
    ))
    .child(text(18.0, header_y + 38.0, None, bgp));
    // Where an instance's two lines start: beside its port, or under the header in portrait.
    let lines_y = |instance: u8| {
        if portrait {
            104.0 + f64::from(instance) * 52.0
        } else {
            layout.port_offset(instance).1 - 6.0
        }
    };
    for instance in 0..gateway.instance_count() {
        let (x, y) = layout.port_offset(instance);
        let label_y = lines_y(instance);
        let ip = gateway
            .public_ip_of(instance)
            .map(|ip| ip.to_string())
            .unwrap_or_else(|| T::UiPublicIpUnknown.get(lang).to_string());
        let apipa = join(gateway.apipa_of(instance));
        let class = classes(&[
            Some("port"),
            scene
                .failed(&FaultId::AzureInstance(instance))
                .then_some("failed"),
            scene.armed.is_some().then_some("target"),
        ]);
        let port = instance.to_string();
        group = group.child(
            El::new("g")
                .attr("class", class)
                .attr("data-port", port.clone())
                .child(
                    El::new("circle")
                        .attr("class", "port-hit")
                        .attr("cx", num(x))
                        .attr("cy", num(y))
                        .attr("r", num(scene.hit_radius.max(14.0)))
                        .attr("data-port", port.clone()),
                )
                .child(
                    El::new("circle")
                        .attr("cx", num(x))
                        .attr("cy", num(y))
                        .attr("r", "11")
                        .attr("data-port", port),
                )
                .child(text(
                    18.0,
                    label_y,
                    Some("port-label"),
                    clip(
                        &format!("{} · {ip}", msg!(FaultInstance, n = instance).render(lang)),
                        34,
                    ),
                ))
                .child(text(
                    18.0,
                    label_y + 18.0,
                    Some("port-sub"),
                    clip(
                        &if apipa.is_empty() {
                            "APIPA —".to_string()
                        } else {
                            format!("APIPA {apipa}")
                        },
                        36,
                    ),
                )),
        );
    }
    if !gateway.active_active {
        // The standby instance has no public IP and takes no link, so no port: one line says
        // it is there (and, struck out, when the fault table simulates its loss).
        let failed = scene.failed(&FaultId::AzureInstance(1)).then_some("failed");
        group = group.child(text(
            18.0,
            lines_y(0) + 36.0,
            Some(&classes(&[Some("port-sub standby"), failed])),
            T::FaultInstanceStandby.get(lang),
        ));
    }
    group
}

fn vnet(scene: &Scene) -> El {
    let design = scene.layout.design;
    let lang = scene.lang;
    let state = scene.index.worst(&[&Subject::Vnet]);
    let vnet = &design.azure.vnet;
    let subnet = vnet
        .gateway_subnet
        .map(|c| c.to_string())
        .unwrap_or_else(|| "?".into());
    let selected = scene.selected(&Subject::Vnet).then_some("selected");
    node(
        scene,
        "vnet",
        "vnet",
        state,
        &[selected],
        T::SubjectVnet.get(lang).to_string(),
        tooltip(&vnet.name, scene.index.messages(&[&Subject::Vnet]), lang),
    )
    .child(text(
        14.0,
        26.0,
        Some("title"),
        format!("{} VNet {}", severity_icon(state), clip(&vnet.name, 18)),
    ))
    .child(text(14.0, 50.0, None, clip(&join(&vnet.address_space), 30)))
    .child(text(14.0, 72.0, None, format!("GatewaySubnet {subnet}")))
}

/// Notes under their nodes (and under the middle of their links).
fn notes(scene: &Scene) -> El {
    let layout = &scene.layout;
    let design = layout.design;
    let mut group = El::new("g").attr("class", "notes");
    for (key, note) in &design.notes {
        let Ok(subject) = key.parse::<Subject>() else {
            continue;
        };
        let place = match &subject {
            Subject::Link(vpn, tunnel) => layout.link(vpn, *tunnel).map(|link| {
                let from = layout.tunnel_handle(vpn, *tunnel);
                let to = layout.instance_port(link.instance);
                ((from.0 + to.0) / 2.0 - 100.0, (from.1 + to.1) / 2.0 + 8.0)
            }),
            Subject::Vpn(id) if layout.vpn(id).is_some() => Some(under(layout, id)),
            Subject::Gateway => Some(under(layout, "gateway")),
            Subject::Vnet => Some(under(layout, "vnet")),
            Subject::Soracom => Some(under(layout, "soracom")),
            _ => None,
        };
        let Some((x, y)) = place else { continue };
        let lines: Vec<String> = note
            .lines()
            .filter(|line| !line.trim().is_empty())
            .take(2)
            .map(|line| clip(line, 34))
            .collect();
        let height = 10.0 + NOTE_LINE * lines.len() as f64;
        let mut box_ = El::new("g")
            .attr("class", "note")
            .attr("data-note", key.clone())
            .attr("transform", translate(x, y))
            .child(El::new("title").text(note.clone()))
            .child(
                El::new("rect")
                    .attr("width", "200")
                    .attr("height", num(height))
                    .attr("rx", "4"),
            );
        for (index, line) in lines.into_iter().enumerate() {
            box_ = box_.child(text(8.0, 16.0 + NOTE_LINE * index as f64, None, line));
        }
        group = group.child(box_);
    }
    group
}

fn under(layout: &Layout, id: &str) -> (f64, f64) {
    let at = layout.node(id);
    (at.x, at.y + layout.size(id).1 + 6.0)
}
