//! `mermaid`: the diagram as a Mermaid flowchart, for Markdown documentation that renders
//! Mermaid natively (GitHub, GitLab, many wikis). Node ids come from the same unique names as
//! the exports; every label is quoted with Mermaid's entity codes.

use std::fmt::Write as _;

use super::Plan;
use crate::ids::Subject;
use crate::report::Severity;
use crate::text::{Lang, T};

/// A label for Mermaid's `"…"`: quotes, angle brackets, `#` and `&` as entity codes, one line.
fn label(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn class(severity: Option<Severity>) -> &'static str {
    match severity {
        Some(Severity::Ng) => "ng",
        Some(Severity::Warn) => "warn",
        _ => "ok",
    }
}

pub(super) fn write(plan: &Plan, lang: Lang) -> String {
    let design = plan.design;
    let report = crate::check(design);
    let worst = |subjects: &[Subject]| {
        report
            .findings
            .iter()
            .filter(|f| subjects.contains(&f.subject))
            .map(|f| f.severity)
            .max()
    };
    let gateway = &design.azure.gateway;
    let ids: Vec<String> =
        crate::names::unique_slugs(design.door_vpns.iter().map(|vpn| vpn.id.as_str()))
            .into_iter()
            .map(|slug| format!("vpn_{}", crate::names::identifier(&slug)))
            .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "---\ntitle: \"{} — {}\"\n---",
        label(&design.title),
        report.verdict.name()
    );
    let _ = writeln!(out, "flowchart LR");
    let soracom = &design.soracom;
    let _ = writeln!(
        out,
        "  soracom[\"SORACOM VPG<br/>{} · {}\"]",
        label(soracom.vpg_type.as_deref().unwrap_or("?")),
        label(&soracom.region)
    );
    let mut classes: Vec<(String, &'static str)> =
        vec![("soracom".into(), class(worst(&[Subject::Soracom])))];
    for (vpn, id) in design.door_vpns.iter().zip(&ids) {
        let routing = match vpn.routing {
            crate::model::Routing::Bgp => format!("BGP · ASN {}", vpn.amazon_asn),
            crate::model::Routing::Static => T::UiStaticRouting.get(lang).to_string(),
        };
        let _ = writeln!(out, "  {id}[\"{}<br/>{routing}\"]", label(vpn.label()));
        let subjects = [
            Subject::Vpn(vpn.id.clone()),
            Subject::Tunnel(vpn.id.clone(), 0),
            Subject::Tunnel(vpn.id.clone(), 1),
        ];
        classes.push((id.clone(), class(worst(&subjects))));
    }
    let mode = if gateway.active_active {
        T::UiActiveActive
    } else {
        T::UiActiveStandby
    };
    // An active-standby gateway's second instance has no public IP and takes no link, so no
    // edge shows it: the node names it, as the diagram and the draw.io export do.
    let standby = if gateway.active_active {
        String::new()
    } else {
        format!("<br/>{}", label(T::FaultInstanceStandby.get(lang)))
    };
    let _ = writeln!(
        out,
        "  gateway[\"{}<br/>{} · {}{standby}\"]",
        label(&gateway.name),
        gateway.sku,
        label(mode.get(lang))
    );
    classes.push(("gateway".into(), class(worst(&[Subject::Gateway]))));
    let vnet = &design.azure.vnet;
    let _ = writeln!(
        out,
        "  vnet[\"VNet {}<br/>{}\"]",
        label(&vnet.name),
        label(&crate::text::join(&vnet.address_space))
    );
    classes.push(("vnet".into(), class(worst(&[Subject::Vnet]))));
    let mut edge = 0usize;
    let mut link_styles: Vec<(usize, &'static str)> = Vec::new();
    for id in &ids {
        let _ = writeln!(out, "  soracom -.- {id}");
        edge += 1;
    }
    let position: std::collections::HashMap<&str, &String> = design
        .door_vpns
        .iter()
        .map(|vpn| vpn.id.as_str())
        .zip(&ids)
        .collect();
    for link in &design.links {
        let Some(id) = position.get(link.vpn.as_str()) else {
            continue;
        };
        let text = format!(
            "{} {} → {}",
            T::UiTunnel.get(lang),
            link.tunnel + 1,
            msg!(FaultInstance, n = link.instance).render(lang)
        );
        let _ = writeln!(out, "  {id} -- \"{}\" --- gateway", label(&text));
        let subjects = [
            link.subject(),
            Subject::Tunnel(link.vpn.clone(), link.tunnel),
            Subject::Vpn(link.vpn.clone()),
        ];
        link_styles.push((edge, class(worst(&subjects))));
        edge += 1;
    }
    let _ = writeln!(out, "  gateway -.- vnet");
    let _ = writeln!(out, "  classDef ok stroke:#1b7f3b,stroke-width:2px");
    let _ = writeln!(out, "  classDef warn stroke:#a15c00,stroke-width:3px");
    let _ = writeln!(out, "  classDef ng stroke:#c62828,stroke-width:3px");
    for (id, class) in classes {
        let _ = writeln!(out, "  class {id} {class}");
    }
    for (index, class) in link_styles {
        let colour = match class {
            "ng" => "#c62828",
            "warn" => "#a15c00",
            _ => "#1b7f3b",
        };
        let _ = writeln!(out, "  linkStyle {index} stroke:{colour},stroke-width:3px");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cannot_break_out_of_their_quotes() {
        assert_eq!(label("a\"b<c>#d&e"), "a#quot;b#lt;c#gt;#35;d#amp;e");
    }
}
