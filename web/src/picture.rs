//! Pictures of the diagram: SVG and PNG with a legend (verdict, pattern, date). The diagram is
//! the canvas's own drawing, serialised by the browser (so user text is escaped by the XML
//! serialiser), with a stylesheet of literal colours so the file stands alone.

use doorplan::{Design, Lang, Report};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::geometry;

/// The diagram's styles with literal colours (the page's CSS variables do not travel).
const PICTURE_CSS: &str = "\
text{font-family:system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP',sans-serif;font-size:12px;fill:#1d2330}\
.title{font-size:14px;font-weight:700}.tunnel-sub,.port-sub{fill:#5b6474;font-size:11px}.tunnel-label{font-weight:600}\
.node rect{fill:#fff;stroke:#9aa3b2;stroke-width:1.5}.node.soracom rect{fill:#eef6ff}.node.vnet rect{fill:#f3f0ff}\
.node.ng rect{stroke:#c62828;stroke-width:2.5}.node.warn rect{stroke:#a15c00;stroke-width:2.5}\
.node.failed rect{fill:#eceff3;stroke-dasharray:6 4}\
.edges path{fill:none;stroke:#b8c0cc;stroke-width:1.5;stroke-dasharray:4 4}\
.handle{fill:#fff;stroke:#3b4a63;stroke-width:2.5}.port circle{fill:#e8f0fb;stroke:#1f5fa8;stroke-width:2.5}\
.link .wire{fill:none;stroke:#1b7f3b;stroke-width:3}.link.warn .wire{stroke:#a15c00}\
.link.ng .wire{stroke:#c62828;stroke-dasharray:8 5}.link.lost .wire{stroke:#b0b6c0;stroke-dasharray:2 6}\
.link .hit{fill:none;stroke:none}.link .grip{fill:#fff;stroke:#3b4a63;stroke-width:2}\
.link-icon{text-anchor:middle}.link.ok .link-icon{fill:#1b7f3b}.link.warn .link-icon{fill:#a15c00}.link.ng .link-icon{fill:#c62828}\
.legend text{font-size:13px}.legend .verdict-ok{fill:#1b7f3b;font-weight:800}.legend .verdict-warn{fill:#a15c00;font-weight:800}.legend .verdict-ng{fill:#c62828;font-weight:800}";

/// Escapes text for XML content and attributes.
pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The diagram as a standalone SVG document, or `None` if the canvas is not on the page.
pub fn svg(design: &Design, report: &Report, lang: Lang) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let world = document.query_selector("#canvas g[data-zoom]").ok()??;
    let copy: web_sys::Element = world.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    copy.remove_attribute("transform").ok()?;
    copy.remove_attribute("data-zoom").ok()?;
    let inner = web_sys::XmlSerializer::new().ok()?.serialize_to_string(&copy).ok()?;
    let (x0, y0, x1, y1) = geometry::bounds(design);
    let legend = 70.0;
    let (width, height) = (x1 - x0, y1 - y0 + legend);
    let verdict = report.verdict.name();
    let line = format!(
        "{} · {} · {}",
        report.pattern.name(),
        report.pattern.describe().get(lang),
        browser::now_iso().get(..10).unwrap_or_default()
    );
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"{x0:.1} {y0:.1} {width:.1} {height:.1}\">\
<style>{PICTURE_CSS}</style>\
<rect x=\"{x0:.1}\" y=\"{y0:.1}\" width=\"{width:.1}\" height=\"{height:.1}\" fill=\"#ffffff\"/>\
{inner}\
<g class=\"legend\" transform=\"translate({lx:.1} {ly:.1})\">\
<text class=\"verdict-{class}\" x=\"0\" y=\"0\">{verdict}</text>\
<text x=\"44\" y=\"0\">{title}</text>\
<text x=\"0\" y=\"20\">{line}</text>\
<text x=\"0\" y=\"38\" style=\"fill:#5b6474;font-size:11px\">doorplan</text>\
</g></svg>",
        lx = x0 + 16.0,
        ly = y1 + 10.0,
        class = verdict.to_ascii_lowercase(),
        title = xml_escape(&design.title),
        line = xml_escape(&line),
    ))
}

/// Downloads the SVG picture.
pub fn download_svg(design: &Design, report: &Report, lang: Lang) -> Result<(), String> {
    let svg = svg(design, report, lang).ok_or("the diagram is not on the page")?;
    browser::download("doorplan-diagram.svg", "image/svg+xml", &svg)
}

/// Renders the SVG picture onto a canvas at twice its size and downloads it as PNG.
pub fn download_png(design: &Design, report: &Report, lang: Lang) -> Result<(), String> {
    let svg = svg(design, report, lang).ok_or("the diagram is not on the page")?;
    let (x0, y0, x1, y1) = geometry::bounds(design);
    let (width, height) = (((x1 - x0) * 2.0) as u32, ((y1 - y0 + 70.0) * 2.0) as u32);
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "cannot create the picture")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot create the picture")?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| "cannot create an image")?;
    let loaded = image.clone();
    let source = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&source);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(canvas) = document.create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else { return };
        canvas.set_width(width);
        canvas.set_height(height);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, f64::from(width), f64::from(height));
        let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                let _ = browser::download_blob("doorplan-diagram.png", &blob);
            }
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn escapes_markup() {
        assert_eq!(xml_escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    }
}
