//! The read-only viewer for documentation pages (`viewer.html#d=…`, usually in an iframe made by
//! embed.js): the verdict, the whole diagram fitted to its frame at any size, and every
//! finding, with a link that opens the design in the editor. It stores nothing and makes no
//! request.
//!
//! No Yew: the page is the engine's element tree written as HTML once, and the few things that
//! move (pan, zoom, pinch, the highlighted subject, a new link in the same frame) are plain
//! listeners feeding the gesture machine the editor uses. That keeps this Wasm a fraction of
//! the editor's.

use std::cell::RefCell;

use doorplan::diagram::{self, Arrangement, El, Layout, Scene, SubjectIndex};
use doorplan::{Design, Lang, Message, Report, Subject, T};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, PointerEvent, WheelEvent};

use crate::browser;
use crate::geometry::{View, ViewKey};
use crate::gesture::{hit_from_attributes, Context, Device, Gesture, Outcome};

/// The design on show and how it is shown.
struct Shown {
    design: Design,
    report: Report,
    index: SubjectIndex,
    lang: Lang,
    view: View,
    gesture: Gesture,
    /// The subject whose finding was clicked, outlined in the diagram.
    selection: Option<Subject>,
}

thread_local! {
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

/// Starts the viewer: shows the design in the address and listens for input.
pub fn run() {
    open();
    let Some(window) = browser::window() else {
        return;
    };
    listen(&window, "hashchange", |_| open());
    listen(&window, "resize", |_| fit());
    let Some(document) = browser::document() else {
        return;
    };
    listen(&document, "pointerdown", |event| pointer(event, "down"));
    listen(&document, "pointermove", |event| pointer(event, "move"));
    listen(&document, "pointerup", |event| pointer(event, "up"));
    listen(&document, "pointercancel", |event| pointer(event, "cancel"));
    listen(&document, "keydown", key);
    listen(&document, "click", click);
    // Wheel zoom must be able to cancel the page's scroll: not passive.
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(false);
    let wheel = Closure::<dyn FnMut(Event)>::new(wheel);
    let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
        "wheel",
        wheel.as_ref().unchecked_ref(),
        &options,
    );
    wheel.forget();
}

/// Adds a listener for the life of the page.
fn listen(target: &web_sys::EventTarget, kind: &str, handler: fn(Event)) {
    let closure = Closure::<dyn FnMut(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Reads the design from the address (the browser inflates it) and renders the page.
fn open() {
    wasm_bindgen_futures::spawn_local(async {
        let shared = browser::shared_design(doorplan::share::from_inflated_lenient).await;
        show(shared);
    });
}

/// Draws the diagram (again: the selected subject outlined).
fn redraw() {
    let drawn = SHOWN.with(|cell| cell.borrow().as_ref().map(|shown| drawing(shown).to_html()));
    if let (Some(drawn), Some(world)) = (drawn, by_id("world")) {
        world.set_inner_html(&drawn);
    }
}

/// Renders the page for a design (or says why there is none).
fn show(shared: Option<Result<Design, doorplan::LoadError>>) {
    let Some(body) = browser::document().and_then(|document| document.body()) else {
        return;
    };
    let lang = browser::chosen_lang();
    browser::set_document_lang(lang.code());
    let design = match shared {
        Some(Ok(design)) => design,
        Some(Err(error)) => {
            return body.set_inner_html(&failure(&error.to_message(), lang).to_html())
        }
        None => {
            return body
                .set_inner_html(&failure(&Message::new(T::UiViewerNoDesign), lang).to_html())
        }
    };
    let report = doorplan::check(&design);
    let index = SubjectIndex::new(&report, lang);
    let shown = Shown {
        design,
        report,
        index,
        lang,
        view: View {
            x: 0.0,
            y: 0.0,
            zoom: 1.0,
        },
        gesture: Gesture::Idle,
        selection: None,
    };
    body.set_inner_html(&page(&shown).to_html());
    SHOWN.with(|cell| *cell.borrow_mut() = Some(shown));
    fit();
    // The verdict and findings are painted first, the diagram once they are: drawing and laying
    // out the diagram is most of the first render, and the verdict is what a reader looks for.
    browser::after_next_paint(redraw);
}

fn failure(message: &Message, lang: Lang) -> El {
    El::new("div")
        .attr("class", "viewer error")
        .attr("role", "alert")
        .child(El::new("strong").text("doorplan: "))
        .text(message.render(lang))
}

/// The whole page: verdict, diagram, findings.
fn page(shown: &Shown) -> El {
    let lang = shown.lang;
    let report = &shown.report;
    let verdict = report.verdict.name();
    let worst = report
        .worst_single_fault
        .map_or(T::UiNotSimulated.get(lang), |impact| {
            impact.words().get(lang)
        });
    let banner = El::new("section")
        .attr("id", "verdict")
        .attr("class", format!("verdict {}", verdict.to_ascii_lowercase()))
        .attr("role", "status")
        .child(
            El::new("div")
                .attr("class", "badge")
                // The browser's own "first verdict painted" time (Element Timing API).
                .attr("elementtiming", "verdict")
                .attr("data-verdict", verdict)
                .text(verdict),
        )
        .child(
            El::new("div")
                .attr("class", "summary")
                .child(El::new("strong").text(report.verdict.headline().get(lang)))
                .child(
                    El::new("div")
                        .attr("class", "pattern")
                        .child(
                            El::new("code")
                                .attr("data-pattern", report.pattern.name())
                                .text(report.pattern.name()),
                        )
                        .text(format!(" {}", report.pattern.describe().get(lang))),
                )
                .child(
                    El::new("div")
                        .attr("class", "worst")
                        .text(format!("{} ", T::UiWorstFailure.get(lang)))
                        .child(
                            El::new("span")
                                .attr(
                                    "data-worst",
                                    report
                                        .worst_single_fault
                                        .map_or("none", |impact| impact.name()),
                                )
                                .text(worst),
                        ),
                ),
        );
    let data = browser::fragment()
        .trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix("d="))
        .unwrap_or_default()
        .to_string();
    let open_editor = El::new("a")
        .attr("id", "open-in-editor")
        .attr("class", "open-editor")
        .attr("href", format!("{}#d={data}", browser::editor_address()))
        .attr("target", "_blank")
        .attr("rel", "noopener")
        .text(T::UiOpenInEditor.get(lang));
    let button = |id: &'static str, action: &'static str, label: T, text: &'static str| {
        El::new("button")
            .attr("id", id)
            .attr("data-zoom-action", action)
            .attr("title", label.get(lang))
            .attr("aria-label", label.get(lang))
            .text(text)
    };
    let canvas = El::new("div")
        .attr("class", "canvas-wrap")
        .child(
            El::new("svg")
                .attr("id", "canvas")
                .attr("class", "canvas")
                .attr("tabindex", "0")
                .attr("role", "application")
                .attr("data-arrangement", "document")
                .attr("aria-label", T::UiCanvasLabel.get(lang))
                .child(El::new("g").attr("id", "world")),
        )
        .child(
            El::new("div")
                .attr("class", "zoom-controls")
                .attr("role", "group")
                .attr("aria-label", T::UiZoom.get(lang))
                .child(button("zoom-out", "out", T::UiZoomOut, "−"))
                .child(
                    El::new("span")
                        .attr("id", "zoom-level")
                        .attr("aria-live", "polite")
                        .text("100%"),
                )
                .child(button("zoom-in", "in", T::UiZoomIn, "+"))
                .child(button("fit", "fit", T::UiFitTitle, T::UiFit.get(lang))),
        );
    El::new("div")
        .attr("class", "viewer")
        .child(
            El::new("div")
                .attr("class", "viewer-top")
                .child(banner)
                .child(open_editor),
        )
        .child(canvas)
        .child(findings(shown))
}

/// The diagram itself, with the selected subject outlined.
fn drawing(shown: &Shown) -> El {
    let layout = Layout::new(&shown.design, Arrangement::Document);
    let scene = Scene {
        selection: shown.selection.as_ref(),
        ..Scene::still(layout, &shown.report, &shown.index, shown.lang)
    };
    diagram::draw(&scene)
}

/// Every finding (the engine folds long runs of one rule into one finding with a count).
fn findings(shown: &Shown) -> El {
    let lang = shown.lang;
    let report = &shown.report;
    let vpns = doorplan::model::VpnIndex::new(&shown.design);
    let total: usize = report
        .findings
        .iter()
        .map(|finding| finding.repeats.as_ref().map_or(1, |repeats| repeats.count))
        .sum();
    let section = El::new("section")
        .attr("id", "findings")
        .attr("aria-label", T::UiFindings.get(lang))
        .child(El::new("h2").text(format!("{} ({total})", T::UiFindings.get(lang))));
    if report.findings.is_empty() {
        return section.child(
            El::new("p")
                .attr("class", "empty")
                .text(T::UiNoFindings.get(lang)),
        );
    }
    section.child(
        El::new("ul")
            .attr("class", "findings")
            .children(report.findings.iter().map(|finding| {
                let severity = finding.severity.name();
                let about = finding.subject.label_by(|id| vpns.get(id)).render(lang);
                El::new("li")
                    .attr(
                        "class",
                        format!("finding {}", severity.to_ascii_lowercase()),
                    )
                    .attr("data-rule", finding.rule.id)
                    .attr("data-subject", finding.subject.to_string())
                    .child(
                        El::new("button")
                            .attr("class", "finding-select")
                            .attr(
                                "aria-label",
                                format!("{severity} {} {about}", finding.rule.id),
                            )
                            .child(El::new("span").attr("class", "severity").text(severity))
                            .child(El::new("code").attr("class", "rule").text(finding.rule.id))
                            .child(El::new("span").attr("class", "subject").text(about)),
                    )
                    .child(
                        El::new("p")
                            .attr("class", "message")
                            .text(finding.text(lang)),
                    )
                    .child(
                        El::new("a")
                            .attr("class", "source")
                            .attr("href", finding.rule.source)
                            .attr("target", "_blank")
                            .attr("rel", "noopener noreferrer")
                            .text(T::UiSource.get(lang)),
                    )
            })),
    )
}

fn by_id(id: &str) -> Option<Element> {
    browser::document()?.get_element_by_id(id)
}

/// The canvas's size on screen.
fn canvas_size() -> (f64, f64) {
    by_id("canvas")
        .map(|svg| {
            let rect = svg.get_bounding_client_rect();
            (rect.width().max(120.0), rect.height().max(120.0))
        })
        .unwrap_or((900.0, 560.0))
}

/// Shows the view: the world's transform and the zoom level.
fn show_view(view: View) {
    if let Some(world) = by_id("world") {
        let transform = format!(
            "translate({} {}) scale({})",
            diagram::num(view.x),
            diagram::num(view.y),
            diagram::scale(view.zoom)
        );
        let _ = world.set_attribute("transform", &transform);
        let _ = world.set_attribute("data-zoom", &diagram::scale(view.zoom));
    }
    if let Some(level) = by_id("zoom-level") {
        level.set_text_content(Some(&format!("{}%", (view.zoom * 100.0).round() as i64)));
    }
}

fn set_view(view: View) {
    SHOWN.with(|cell| {
        if let Some(shown) = cell.borrow_mut().as_mut() {
            shown.view = view;
        }
    });
    show_view(view);
}

/// Fits the whole diagram into the frame.
fn fit() {
    let size = canvas_size();
    let view = SHOWN.with(|cell| {
        cell.borrow()
            .as_ref()
            .map(|shown| View::fit(&Layout::new(&shown.design, Arrangement::Document), size))
    });
    if let Some(view) = view {
        set_view(view);
    }
}

fn zoom_by(factor: f64) {
    let size = canvas_size();
    let view = SHOWN.with(|cell| {
        cell.borrow()
            .as_ref()
            .map(|shown| shown.view.zoomed(factor, (size.0 / 2.0, size.1 / 2.0)))
    });
    if let Some(view) = view {
        set_view(view);
    }
}

/// The element an event happened on, if it is inside the canvas.
fn in_canvas(event: &Event) -> Option<Element> {
    let target: Element = event.target()?.dyn_into().ok()?;
    target.closest("#canvas").ok().flatten().map(|_| target)
}

/// Pointer events on the canvas go through the gesture machine (read-only: pan and pinch).
fn pointer(event: Event, kind: &str) {
    let Ok(event) = event.dyn_into::<PointerEvent>() else {
        return;
    };
    let Some(svg) = by_id("canvas") else { return };
    let rect = svg.get_bounding_client_rect();
    let at = (
        f64::from(event.client_x()) - rect.left(),
        f64::from(event.client_y()) - rect.top(),
    );
    let outcomes = SHOWN.with(|cell| {
        let mut cell = cell.borrow_mut();
        let shown = cell.as_mut()?;
        let context = Context {
            layout: Layout::new(&shown.design, Arrangement::Document),
            view: shown.view,
            read_only: true,
            movable: false,
            armed: None,
        };
        let pointer = event.pointer_id();
        let (next, outcomes) = match kind {
            "down" => {
                let target = in_canvas(&event)?;
                let hit = hit_from_attributes(&|attribute: &str| {
                    target
                        .closest(&format!("[{attribute}]"))
                        .ok()
                        .flatten()
                        .and_then(|element| element.get_attribute(attribute))
                });
                let device = match event.pointer_type().as_str() {
                    "touch" => Device::Touch,
                    "pen" => Device::Pen,
                    _ => Device::Mouse,
                };
                let (next, outcomes) =
                    shown
                        .gesture
                        .down(&context, pointer, device, event.button() == 0, at, hit);
                if !next.is_idle() {
                    let _ = svg.set_pointer_capture(pointer);
                }
                (next, outcomes)
            }
            "move" if shown.gesture.is_idle() => return None,
            "move" => shown.gesture.moved(&context, pointer, at),
            "up" => shown.gesture.up(&context, pointer, at),
            _ => (shown.gesture.cancel(pointer), Vec::new()),
        };
        shown.gesture = next;
        Some(outcomes)
    });
    for outcome in outcomes.unwrap_or_default() {
        if let Outcome::View(view) = outcome {
            set_view(view);
        }
    }
}

fn wheel(event: Event) {
    if in_canvas(&event).is_none() {
        return;
    }
    let Ok(event) = event.dyn_into::<WheelEvent>() else {
        return;
    };
    event.prevent_default();
    let Some(svg) = by_id("canvas") else { return };
    let rect = svg.get_bounding_client_rect();
    let at = (
        f64::from(event.client_x()) - rect.left(),
        f64::from(event.client_y()) - rect.top(),
    );
    let view = SHOWN.with(|cell| {
        cell.borrow()
            .as_ref()
            .map(|shown| shown.view.zoomed((-event.delta_y() * 0.0015).exp(), at))
    });
    if let Some(view) = view {
        set_view(view);
    }
}

fn key(event: Event) {
    if in_canvas(&event).is_none() {
        return;
    }
    let Ok(event) = event.dyn_into::<KeyboardEvent>() else {
        return;
    };
    let Some(current) = SHOWN.with(|cell| cell.borrow().as_ref().map(|shown| shown.view)) else {
        return;
    };
    let Some(key) = current.key(&event.key()) else {
        return;
    };
    match key {
        ViewKey::Pan(next) => set_view(next),
        ViewKey::Zoom(factor) => zoom_by(factor),
        ViewKey::Fit => fit(),
    }
    event.prevent_default();
}

/// The zoom buttons, and a finding's button (outlines its subject in the diagram).
fn click(event: Event) {
    let Some(target) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
    else {
        return;
    };
    if let Some(action) = target
        .closest("[data-zoom-action]")
        .ok()
        .flatten()
        .and_then(|button| button.get_attribute("data-zoom-action"))
    {
        match action.as_str() {
            "in" => zoom_by(1.25),
            "out" => zoom_by(0.8),
            _ => fit(),
        }
        return;
    }
    let Some(item) = target
        .closest(".finding-select")
        .ok()
        .flatten()
        .and_then(|button| button.closest("li[data-subject]").ok().flatten())
    else {
        return;
    };
    let subject = item
        .get_attribute("data-subject")
        .and_then(|text| text.parse::<Subject>().ok());
    SHOWN.with(|cell| {
        if let Some(shown) = cell.borrow_mut().as_mut() {
            shown.selection = if shown.selection == subject {
                None
            } else {
                subject
            };
        }
    });
    redraw();
    if let Some(list) =
        browser::document().and_then(|document| document.query_selector_all("li.finding").ok())
    {
        let chosen = SHOWN.with(|cell| {
            cell.borrow()
                .as_ref()
                .and_then(|shown| shown.selection.as_ref().map(ToString::to_string))
        });
        for index in 0..list.length() {
            let Some(element) = list
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            else {
                continue;
            };
            let selected = chosen.is_some() && element.get_attribute("data-subject") == chosen;
            let _ = element.class_list().toggle_with_force("selected", selected);
        }
    }
}
