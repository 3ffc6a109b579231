//! Pictures of the diagram: SVG and PNG with a legend (verdict, pattern, date), drawn by the
//! engine (`doorplan::diagram::picture`: every user text escaped, literal colours so the file
//! stands alone). Every failure is reported, including the PNG's, which happens after the
//! click returns.

use doorplan::{Design, Lang, Message, Report, T};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::browser;

/// The diagram as a standalone SVG document (the engine's picture, in the document's
/// arrangement, with today's date in the legend) and its size.
pub fn svg(design: &Design, report: &Report, lang: Lang) -> Result<(String, (f64, f64)), Message> {
    let date = browser::now_iso();
    let arrangement = doorplan::diagram::Arrangement::Document;
    let text = doorplan::diagram::picture(design, report, lang, arrangement, date.get(..10));
    Ok((text, doorplan::diagram::picture_size(design, arrangement)))
}

/// Downloads the SVG picture.
pub fn download_svg(design: &Design, report: &Report, lang: Lang) -> Result<(), Message> {
    let (svg, _) = svg(design, report, lang)?;
    browser::download("doorplan-diagram.svg", "image/svg+xml", &svg)
}

/// Renders the SVG picture onto a canvas at twice its size and downloads it as PNG; any
/// failure (now or when the image loads) goes to `failed`.
pub fn download_png(design: &Design, report: &Report, lang: Lang, failed: Callback<Message>) {
    let result = (|| -> Result<(), Message> {
        let (svg, (width, height)) = svg(design, report, lang)?;
        let (width, height) = ((width * 2.0) as u32, (height * 2.0) as u32);
        let no_picture = || Message::new(T::UiPictureFailed);
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&svg));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/svg+xml");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
            .map_err(|_| no_picture())?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| no_picture())?;
        let image = web_sys::HtmlImageElement::new().map_err(|_| no_picture())?;
        let loaded = image.clone();
        let source = url.clone();
        let on_failure = failed.clone();
        let onload = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&source);
            let drawn = (|| -> Option<()> {
                let document = browser::document()?;
                let canvas: web_sys::HtmlCanvasElement =
                    document.create_element("canvas").ok()?.dyn_into().ok()?;
                canvas.set_width(width);
                canvas.set_height(height);
                let context: web_sys::CanvasRenderingContext2d =
                    canvas.get_context("2d").ok()??.dyn_into().ok()?;
                context
                    .draw_image_with_html_image_element_and_dw_and_dh(
                        &loaded,
                        0.0,
                        0.0,
                        f64::from(width),
                        f64::from(height),
                    )
                    .ok()?;
                let failed = on_failure.clone();
                let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                    let saved =
                        blob.map(|blob| browser::download_blob("doorplan-diagram.png", &blob));
                    match saved {
                        Some(Ok(())) => {}
                        Some(Err(reason)) => failed.emit(reason),
                        None => failed.emit(Message::new(T::UiPictureFailed)),
                    }
                });
                canvas.to_blob(done.unchecked_ref()).ok()
            })();
            if drawn.is_none() {
                on_failure.emit(Message::new(T::UiPictureFailed));
            }
        });
        let on_error = failed.clone();
        let onerror =
            Closure::once_into_js(move || on_error.emit(Message::new(T::UiPictureFailed)));
        image.set_onload(Some(onload.unchecked_ref()));
        image.set_onerror(Some(onerror.unchecked_ref()));
        image.set_src(&url);
        Ok(())
    })();
    if let Err(reason) = result {
        failed.emit(reason);
    }
}
