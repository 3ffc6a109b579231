//! `drawio`: the diagram as a draw.io file (mxGraph XML): the same nodes, links and positions as
//! the editor, labels, verdict colours and a legend, so architects can continue in the tool
//! their documents use. Every text from the design is XML-escaped.

use std::fmt::Write as _;

use super::quote::xml;
use super::Plan;
use crate::diagram::{fixed, Arrangement, Layout, SIDE_SIZE, VPN_SIZE};
use crate::ids::Subject;
use crate::report::{Report, Severity};
use crate::text::{Lang, T};

const OK: &str = "#1b7f3b";
const WARN: &str = "#a15c00";
const NG: &str = "#c62828";

fn colour(severity: Option<Severity>) -> &'static str {
    match severity {
        Some(Severity::Ng) => NG,
        Some(Severity::Warn) => WARN,
        _ => OK,
    }
}

/// The worst severity reported about any of these subjects.
fn worst(report: &Report, subjects: &[Subject]) -> Option<Severity> {
    report
        .findings
        .iter()
        .filter(|finding| subjects.contains(&finding.subject))
        .map(|finding| finding.severity)
        .max()
}

struct Writer {
    out: String,
}

impl Writer {
    fn vertex(
        &mut self,
        id: &str,
        lines: &[String],
        style: &str,
        (x, y): (f64, f64),
        (width, height): (f64, f64),
    ) {
        let value = lines
            .iter()
            .map(|line| xml(line))
            .collect::<Vec<_>>()
            .join("&#10;");
        let _ = writeln!(
            self.out,
            "        <mxCell id=\"{}\" value=\"{value}\" style=\"{style}\" vertex=\"1\" parent=\"1\">\n          <mxGeometry x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" as=\"geometry\"/>\n        </mxCell>",
            xml(id),
            fixed(x, 0),
            fixed(y, 0),
            fixed(width, 0),
            fixed(height, 0),
        );
    }
}

pub(super) fn write(plan: &Plan, lang: Lang) -> String {
    let design = plan.design;
    let report = crate::check(design);
    let gateway = &design.azure.gateway;
    let mut writer = Writer { out: String::new() };
    let title = if design.title.is_empty() {
        "doorplan".to_string()
    } else {
        design.title.clone()
    };
    let _ = writeln!(writer.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(
        writer.out,
        "<mxfile host=\"doorplan\" agent=\"doorplan {}\">",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(
        writer.out,
        "  <diagram id=\"doorplan\" name=\"{}\">",
        xml(&title)
    );
    let _ = writeln!(
        writer.out,
        "    <mxGraphModel grid=\"1\" gridSize=\"20\" guides=\"1\" page=\"0\">"
    );
    let _ = writeln!(
        writer.out,
        "      <root>\n        <mxCell id=\"0\"/>\n        <mxCell id=\"1\" parent=\"0\"/>"
    );
    let node_style = |fill: &str, stroke: &str| {
        format!("rounded=1;arcSize=8;whiteSpace=wrap;html=0;align=left;verticalAlign=top;spacingLeft=10;spacingTop=6;fillColor={fill};strokeColor={stroke};strokeWidth=2;")
    };
    let layout = Layout::new(design, Arrangement::Document);
    let at = |id: &str| {
        let point = layout.node(id);
        (point.x, point.y)
    };

    let soracom = &design.soracom;
    let range = soracom
        .vpg_ip_range
        .map(|range| range.to_string())
        .unwrap_or_else(|| T::UiVpgRangeUnknown.get(lang).to_string());
    writer.vertex(
        "soracom",
        &[
            "SORACOM VPG".into(),
            format!(
                "{} · {}",
                soracom.vpg_type.as_deref().unwrap_or("?"),
                soracom.region
            ),
            format!("{} {}", T::UiDevices.get(lang), soracom.device_subnet),
            range,
        ],
        &node_style("#eef6ff", colour(worst(&report, &[Subject::Soracom]))),
        at("soracom"),
        SIDE_SIZE,
    );
    for vpn in &design.door_vpns {
        let mut subjects = vec![Subject::Vpn(vpn.id.clone())];
        subjects.extend((0..2).map(|tunnel| Subject::Tunnel(vpn.id.clone(), tunnel)));
        let mut lines = vec![
            vpn.label().to_string(),
            match vpn.routing {
                crate::model::Routing::Bgp => format!("BGP · ASN {}", vpn.amazon_asn),
                crate::model::Routing::Static => T::UiStaticRouting.get(lang).to_string(),
            },
        ];
        for (index, tunnel) in vpn.tunnels.iter().enumerate() {
            let inside = tunnel
                .inside_cidr
                .map(|cidr| cidr.to_string())
                .unwrap_or_else(|| T::UiInsideAuto.get(lang).to_string());
            lines.push(format!("{} {}: {inside}", T::UiTunnel.get(lang), index + 1));
        }
        writer.vertex(
            &format!("vpn:{}", vpn.id),
            &lines,
            &node_style("#ffffff", colour(worst(&report, &subjects))),
            at(&vpn.id),
            VPN_SIZE,
        );
    }
    let mode = if gateway.active_active {
        T::UiActiveActive
    } else {
        T::UiActiveStandby
    };
    let mut lines = vec![
        gateway.name.clone(),
        format!("{} · {}", gateway.sku, mode.get(lang)),
        if gateway.bgp {
            format!("BGP · ASN {}", gateway.asn)
        } else {
            T::UiBgpOff.get(lang).to_string()
        },
    ];
    for instance in 0..gateway.instance_count() {
        let ip = gateway
            .public_ip_of(instance)
            .map(|ip| ip.to_string())
            .unwrap_or_else(|| T::UiPublicIpUnknown.get(lang).to_string());
        lines.push(format!(
            "{} · {ip}",
            msg!(FaultInstance, n = instance).render(lang)
        ));
    }
    if !gateway.active_active {
        lines.push(T::FaultInstanceStandby.get(lang).to_string());
    }
    writer.vertex(
        "gateway",
        &lines,
        &node_style("#ffffff", colour(worst(&report, &[Subject::Gateway]))),
        at("gateway"),
        layout.size("gateway"),
    );
    let vnet = &design.azure.vnet;
    writer.vertex(
        "vnet",
        &[
            format!("VNet {}", vnet.name),
            crate::text::join(&vnet.address_space),
            format!(
                "GatewaySubnet {}",
                vnet.gateway_subnet
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "?".into())
            ),
        ],
        &node_style("#f3f0ff", colour(worst(&report, &[Subject::Vnet]))),
        at("vnet"),
        SIDE_SIZE,
    );

    // Links: from the tunnel's row on the Door VPN's right edge to its instance's port on the
    // gateway's left edge, coloured by what the engine says about them.
    let gateway_at = layout.node("gateway");
    let gateway_height = layout.size("gateway").1;
    // Labels by id, found once (a scan per link would be quadratic in the design).
    let labels: std::collections::HashMap<&str, &str> = design
        .door_vpns
        .iter()
        .map(|vpn| (vpn.id.as_str(), vpn.label()))
        .collect();
    for link in &design.links {
        let subject = link.subject();
        let tunnel = Subject::Tunnel(link.vpn.clone(), link.tunnel);
        let vpn_at = layout.node(&link.vpn);
        let (_, handle_y) = layout.tunnel_handle(&link.vpn, link.tunnel);
        let (_, port_y) = layout.instance_port(link.instance);
        let exit_y = (handle_y - vpn_at.y) / VPN_SIZE.1;
        let entry_y = (port_y - gateway_at.y) / gateway_height;
        let stroke = colour(worst(
            &report,
            &[subject.clone(), tunnel, Subject::Vpn(link.vpn.clone())],
        ));
        let vpn_label = labels
            .get(link.vpn.as_str())
            .copied()
            .unwrap_or(link.vpn.as_str());
        let label = format!(
            "{} → {}",
            msg!(TunnelName, vpn = vpn_label, n = link.tunnel + 1).render(lang),
            msg!(FaultInstance, n = link.instance).render(lang)
        );
        let _ = writeln!(
            writer.out,
            "        <mxCell id=\"{}\" value=\"{}\" style=\"edgeStyle=entityRelationEdgeStyle;curved=1;endArrow=none;html=0;strokeWidth=3;strokeColor={stroke};exitX=1;exitY={};exitDx=0;exitDy=0;entryX=0;entryY={};entryDx=0;entryDy=0;fontSize=10;\" edge=\"1\" parent=\"1\" source=\"{}\" target=\"gateway\">\n          <mxGeometry relative=\"1\" as=\"geometry\"/>\n        </mxCell>",
            xml(&subject.to_string()),
            xml(&label),
            fixed(exit_y, 3),
            fixed(entry_y, 3),
            xml(&format!("vpn:{}", link.vpn)),
        );
    }
    let edge = "endArrow=none;dashed=1;strokeColor=#b8c0cc;html=0;";
    for vpn in &design.door_vpns {
        let _ = writeln!(
            writer.out,
            "        <mxCell id=\"{}\" style=\"{edge}\" edge=\"1\" parent=\"1\" source=\"soracom\" target=\"{}\">\n          <mxGeometry relative=\"1\" as=\"geometry\"/>\n        </mxCell>",
            xml(&format!("edge:{}", vpn.id)),
            xml(&format!("vpn:{}", vpn.id))
        );
    }
    let _ = writeln!(writer.out, "        <mxCell id=\"edge:vnet\" style=\"{edge}\" edge=\"1\" parent=\"1\" source=\"gateway\" target=\"vnet\">\n          <mxGeometry relative=\"1\" as=\"geometry\"/>\n        </mxCell>");

    // Notes under their nodes.
    for (key, note) in &design.notes {
        let Ok(subject) = key.parse::<Subject>() else {
            continue;
        };
        let id = match &subject {
            Subject::Vpn(id) if layout.vpn(id).is_some() => id.as_str(),
            Subject::Gateway => "gateway",
            Subject::Vnet => "vnet",
            Subject::Soracom => "soracom",
            _ => continue,
        };
        let (x, y) = at(id);
        let (_, height) = layout.size(id);
        writer.vertex(&format!("note:{key}"), &[note.replace('\t', " ")], "shape=note;size=12;whiteSpace=wrap;html=0;fillColor=#fff8d6;strokeColor=#c9b458;fontSize=11;align=left;spacingLeft=6;", (x, y + height + 8.0), (220.0, 50.0));
    }

    // The legend: verdict, pattern, what the colours mean.
    let (x0, _, _, y1) = layout.bounds();
    writer.vertex(
        "legend",
        &[
            report.verdict.headline().get(lang).to_string(),
            format!(
                "{} — {}",
                report.pattern.name(),
                report.pattern.describe().get(lang)
            ),
            T::UiLegendColours.get(lang).to_string(),
            format!("doorplan {}", env!("CARGO_PKG_VERSION")),
        ],
        &format!(
            "text;html=0;align=left;verticalAlign=top;whiteSpace=wrap;fontSize=12;fontColor={};",
            colour(match report.verdict {
                crate::Verdict::Ng => Some(Severity::Ng),
                crate::Verdict::Warn => Some(Severity::Warn),
                crate::Verdict::Ok => None,
            })
        ),
        (x0, y1 + 30.0),
        (720.0, 80.0),
    );
    let _ = writeln!(
        writer.out,
        "      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>"
    );
    writer.out
}
