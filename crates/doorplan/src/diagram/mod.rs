//! The diagram: where things go (`layout`), what they look like (`draw`, an element tree from
//! `el`), and a standalone SVG picture with a legend. Pure, like the rest of the engine: the
//! editor, the viewer, the pictures, the printable report and the command line draw the same
//! diagram from the same code.

mod draw;
pub mod el;
mod layout;

pub use draw::{clip, draw, severity_class, severity_icon, Scene, SubjectIndex};
pub use el::{fixed, num, scale, El, Node};
pub use layout::*;

use crate::model::Design;
use crate::report::Report;
use crate::text::Lang;

/// The diagram's styles with literal colours, so a picture stands alone (the page's CSS
/// variables do not travel with it).
pub const PICTURE_CSS: &str = "\
text{font-family:system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP',sans-serif;font-size:12px;fill:#1d2330}\
.title{font-size:14px;font-weight:700}.tunnel-sub,.port-sub{fill:#5b6474;font-size:11px}.tunnel-label{font-weight:600}\
.node rect{fill:#fff;stroke:#9aa3b2;stroke-width:1.5}.node.soracom rect{fill:#eef6ff}.node.vnet rect{fill:#f3f0ff}\
.node.ng rect{stroke:#c62828;stroke-width:2.5}.node.warn rect{stroke:#a15c00;stroke-width:2.5}\
.node.failed rect{fill:#eceff3;stroke-dasharray:6 4}\
.edges path{fill:none;stroke:#b8c0cc;stroke-width:1.5;stroke-dasharray:4 4}\
.handle{fill:#fff;stroke:#3b4a63;stroke-width:2.5}.port circle{fill:#e8f0fb;stroke:#1f5fa8;stroke-width:2.5}\
.handle-hit,.grip-hit,.port .port-hit{fill:none;stroke:none}\
.link .wire{fill:none;stroke:#1b7f3b;stroke-width:3}.link.warn .wire{stroke:#a15c00}\
.link.ng .wire{stroke:#c62828;stroke-dasharray:8 5}.link.lost .wire{stroke:#b0b6c0;stroke-dasharray:2 6}\
.link .hit{fill:none;stroke:none}.link .grip{fill:#fff;stroke:#3b4a63;stroke-width:2}\
.link-icon{text-anchor:middle}.link.ok .link-icon{fill:#1b7f3b}.link.warn .link-icon{fill:#a15c00}.link.ng .link-icon{fill:#c62828}.link.lost .link-icon{fill:#8a919c}\
.note rect{fill:#fff8d6;stroke:#c9b458}.note text{font-size:11px}\
.legend text{font-size:13px}.legend .verdict-ok{fill:#1b7f3b;font-weight:800}.legend .verdict-warn{fill:#a15c00;font-weight:800}.legend .verdict-ng{fill:#c62828;font-weight:800}";

/// The whole diagram as a standalone SVG document with a legend (verdict, title, pattern and,
/// when given, the date): the SVG download and the PNG's source.
pub fn picture(
    design: &Design,
    report: &Report,
    lang: Lang,
    arrangement: Arrangement,
    date: Option<&str>,
) -> String {
    let layout = Layout::new(design, arrangement);
    let index = SubjectIndex::new(report, lang);
    let (x0, y0, x1, y1) = layout.bounds();
    let scene = Scene::still(layout, report, &index, lang);
    let legend = 70.0;
    let (width, height) = (x1 - x0, y1 - y0 + legend);
    let verdict = report.verdict.name();
    let mut line = format!(
        "{} · {}",
        report.pattern.name(),
        report.pattern.describe().get(lang)
    );
    if let Some(date) = date {
        line.push_str(" · ");
        line.push_str(date);
    }
    let svg = El::new("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("width", num(width))
        .attr("height", num(height))
        .attr(
            "viewBox",
            format!("{} {} {} {}", num(x0), num(y0), num(width), num(height)),
        )
        .child(El::new("style").text(PICTURE_CSS))
        .child(
            El::new("rect")
                .attr("x", num(x0))
                .attr("y", num(y0))
                .attr("width", num(width))
                .attr("height", num(height))
                .attr("fill", "#ffffff"),
        )
        .child(draw(&scene))
        .child(
            El::new("g")
                .attr("class", "legend")
                .attr(
                    "transform",
                    format!("translate({} {})", num(x0 + 16.0), num(y1 + 10.0)),
                )
                .child(
                    El::new("text")
                        .attr("class", format!("verdict-{}", verdict.to_ascii_lowercase()))
                        .attr("x", "0")
                        .attr("y", "0")
                        .text(verdict),
                )
                .child(
                    El::new("text")
                        .attr("x", "44")
                        .attr("y", "0")
                        .text(design.title.clone()),
                )
                .child(El::new("text").attr("x", "0").attr("y", "20").text(line))
                .child(
                    El::new("text")
                        .attr("x", "0")
                        .attr("y", "38")
                        .attr("style", "fill:#5b6474;font-size:11px")
                        .text("doorplan"),
                ),
        );
    svg.to_xml()
}

/// The size of [`picture`] in CSS pixels.
pub fn picture_size(design: &Design, arrangement: Arrangement) -> (f64, f64) {
    let (x0, y0, x1, y1) = Layout::new(design, arrangement).bounds();
    (x1 - x0, y1 - y0 + 70.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::template;
    use crate::FaultId;

    #[test]
    fn every_element_of_the_design_is_drawn_with_its_state() {
        let design = template("ng").unwrap().design().unwrap();
        let report = crate::check(&design);
        let index = SubjectIndex::new(&report, Lang::En);
        let scene = Scene {
            hit_radius: 12.0,
            ..Scene::still(
                Layout::new(&design, Arrangement::Document),
                &report,
                &index,
                Lang::En,
            )
        };
        let tree = draw(&scene);
        let all = tree.walk();
        let with =
            |name: &str, value: &str| all.iter().copied().find(|el| el.get(name) == Some(value));
        for node in ["soracom", "gateway", "vnet", "door-1"] {
            assert!(with("data-node", node).is_some(), "{node}");
        }
        let split = with("data-link", "link:door-1:1").expect("the link");
        assert_eq!(split.get("data-state"), Some("ng"));
        assert!(
            split.text_content().contains("TOPO-SPLIT-VPN"),
            "the finding on hover"
        );
        assert!(with("data-handle", "door-1:0").is_some() && with("data-port", "1").is_some());
    }

    #[test]
    fn an_active_standby_gateway_shows_its_standby_instance_struck_out_when_simulated() {
        let standby = |name: &str, fault: Option<&FaultId>, arrangement| {
            let design = template(name).unwrap().design().unwrap();
            let report = crate::check(&design);
            let index = SubjectIndex::new(&report, Lang::En);
            let scene = Scene {
                fault,
                ..Scene::still(Layout::new(&design, arrangement), &report, &index, Lang::En)
            };
            draw(&scene)
                .walk()
                .into_iter()
                .find(|el| el.text_content() == "Azure instance 1 (standby)")
                .map(|el| {
                    let y: f64 = el.get("y").unwrap().parse().unwrap();
                    (el.get("class").unwrap_or("").to_string(), y)
                })
        };
        for arrangement in [Arrangement::Document, Arrangement::Portrait] {
            let found = standby("p1", None, arrangement);
            let (class, y) = found.expect("P1 names its standby instance");
            assert_eq!(class, "port-sub standby");
            // Inside the gateway box (150 high), below instance 0's two lines.
            assert!(y > 110.0 && y < 145.0, "{arrangement:?}: y = {y}");
            let simulated = standby("p1", Some(&FaultId::AzureInstance(1)), arrangement);
            assert_eq!(simulated.unwrap().0, "port-sub standby failed");
            // An active-active gateway has two ports and no standby.
            assert_eq!(standby("p2", None, arrangement), None);
        }
    }

    #[test]
    fn a_picture_is_valid_xml_with_every_user_text_escaped() {
        let mut design = template("p2").unwrap().design().unwrap();
        design.title = "Tokyo <b>&</b> \"HQ\"".into();
        design
            .notes
            .insert("gateway".into(), "owned by <net> & 'ops'".into());
        let report = crate::check(&design);
        let svg = picture(
            &design,
            &report,
            Lang::Ja,
            Arrangement::Document,
            Some("2026-11-30"),
        );
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("Tokyo &lt;b&gt;&amp;&lt;/b&gt; &quot;HQ&quot;"));
        assert!(!svg.contains("<b>") && !svg.contains("<net>"));
        assert!(svg.contains("2026-11-30"));
    }
}
