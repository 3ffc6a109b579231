//! The diagram. The engine draws it (`doorplan::diagram::draw`, an element tree shared with
//! the viewer, the pictures and the print report); this module turns that tree into Yew nodes,
//! feeds pointer events to the DOM-free gesture machine (`crate::gesture`) and turns its
//! outcomes into editor actions or a new view. Pan and zoom live here (wheel, pinch, keyboard,
//! the zoom buttons).

use std::rc::Rc;

use doorplan::diagram::{self, El, Node, Scene, SubjectIndex};
use doorplan::{Lang, Severity, T};
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use crate::components::{use_wheel, use_window_width};
use crate::geometry::{Arrangement, Layout, View, ViewKey};
use crate::gesture::{hit_from_attributes, Context, Device, Gesture, Outcome};
use crate::state::{Action, EditorHandle, Notice};

/// The engine's element tree as Yew nodes: one generic conversion (keys kept, so the diff
/// stays local) instead of a macro expansion per kind of element. Each keyed element (a node or
/// a link) becomes a [`Part`], which Yew skips when its elements equal the last frame's: a drag
/// rebuilds the VDOM of the dragged node and its links, not of all 3,000 elements.
pub fn to_html(el: El) -> Html {
    let El {
        tag,
        attrs,
        children,
        key,
    } = el;
    let mut vtag = yew::virtual_dom::VTag::new(tag);
    for (name, value) in attrs {
        vtag.add_attribute(name, value);
    }
    vtag.add_children(children.into_iter().map(|child| match child {
        Node::El(el) => match el.key.clone() {
            Some(key) => html! { <Part key={key} el={std::rc::Rc::new(el)} /> },
            None => to_html(el),
        },
        Node::Text(text) => Html::from(text),
    }));
    if let Some(key) = key {
        vtag.key = Some(key.as_str().into());
    }
    vtag.into()
}

#[derive(Properties, PartialEq)]
struct PartProps {
    el: std::rc::Rc<El>,
}

/// One keyed element of the drawing, re-rendered only when it changed.
#[function_component(Part)]
fn part(props: &PartProps) -> Html {
    let mut el = (*props.el).clone();
    el.key = None;
    to_html(el)
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
    /// Whether the page's first render is on screen: the diagram is drawn only after it, so the
    /// verdict, the toolbar and the inspector come first (building, laying out and rasterising
    /// the diagram was most of the time before the verdict was seen).
    pub painted: bool,
}

/// The canvas's size on screen (CSS pixels).
fn element_size(svg: &NodeRef) -> (f64, f64) {
    svg.cast::<Element>()
        .map(|svg| {
            let rect = svg.get_bounding_client_rect();
            (rect.width().max(120.0), rect.height().max(120.0))
        })
        .unwrap_or((900.0, 560.0))
}

#[function_component(Canvas)]
pub fn canvas(props: &Props) -> Html {
    let editor = props.editor.clone();
    let lang = editor.lang;
    let svg_ref = use_node_ref();
    let width = use_window_width();
    let arrangement = Arrangement::for_width(width);
    // View and gesture live in cells, not in render state: pointer events can arrive faster
    // than renders, and each must see the one before it.
    let view = use_mut_ref(|| View {
        x: 40.0,
        y: 20.0,
        zoom: 1.0,
    });
    let gesture = use_mut_ref(|| Gesture::Idle);
    let redraw = use_force_update();
    let set_view = {
        let view = view.clone();
        let redraw = redraw.clone();
        Rc::new(move |next: View| {
            *view.borrow_mut() = next;
            redraw.force_update();
        })
    };

    // Tap-to-link in the portrait column: once a tunnel waits for a port, bring the gateway's
    // ports into view if they are off the canvas (they sit below the Door VPNs).
    {
        let view = view.clone();
        let set_view = set_view.clone();
        let design = Rc::clone(&editor.design);
        let svg_ref = svg_ref.clone();
        use_effect_with(
            (editor.armed.is_some(), arrangement),
            move |(armed, arrangement)| {
                if *armed && *arrangement == Arrangement::Portrait {
                    let layout = Layout::new(&design, *arrangement);
                    let current = *view.borrow();
                    let (_, height) = element_size(&svg_ref);
                    let (_, port_y) = current.to_screen(layout.instance_port(0));
                    if !(24.0..=height - 24.0).contains(&port_y) {
                        set_view(View {
                            y: current.y + height * 0.45 - port_y,
                            ..current
                        });
                    }
                }
            },
        );
    }
    // Fit to view on first render, on a new template, file or link, on tidy, and when the
    // arrangement changes (a phone turned sideways).
    {
        let set_view = set_view.clone();
        let design = Rc::clone(&editor.design);
        let svg_ref = svg_ref.clone();
        let key = (editor.opened, arrangement, editor.design.door_vpns.len());
        use_effect_with(key, move |(_, arrangement, _)| {
            set_view(View::fit(
                &Layout::new(&design, *arrangement),
                element_size(&svg_ref),
            ));
        });
    }
    {
        let view = view.clone();
        let set_view = set_view.clone();
        let svg_ref_for = svg_ref.clone();
        use_wheel(
            svg_ref.clone(),
            Callback::from(move |event: web_sys::WheelEvent| {
                let Some(svg) = svg_ref_for.cast::<Element>() else {
                    return;
                };
                let rect = svg.get_bounding_client_rect();
                let at = (
                    f64::from(event.client_x()) - rect.left(),
                    f64::from(event.client_y()) - rect.top(),
                );
                let next = view.borrow().zoomed((-event.delta_y() * 0.0015).exp(), at);
                set_view(next);
            }),
        );
    }

    // The design as drawn: during a node drag the node follows the pointer before it is committed.
    let drawn: Rc<doorplan::Design> = match gesture.borrow().dragged_node() {
        Some((id, at)) => {
            let mut design = (*editor.design).clone();
            design
                .layout
                .insert(id.to_string(), doorplan::model::Point { x: at.0, y: at.1 });
            Rc::new(design)
        }
        None => Rc::clone(&editor.design),
    };

    let handle_outcomes = {
        let editor = editor.clone();
        let set_view = set_view.clone();
        Rc::new(move |outcomes: Vec<Outcome>| {
            for outcome in outcomes {
                match outcome {
                    Outcome::View(next) => set_view(next),
                    Outcome::Select(subject) => editor.dispatch(Action::Select(subject)),
                    Outcome::Move { id, x, y } => {
                        editor.dispatch(Action::Edit(doorplan::edit::Edit::Move { id, x, y }))
                    }
                    Outcome::Link {
                        vpn,
                        tunnel,
                        instance,
                        at,
                    } => editor.dispatch(Action::Drop {
                        vpn,
                        tunnel,
                        instance,
                        at,
                    }),
                    Outcome::Missed { at } => {
                        let key = if editor.design.azure.gateway.active_active {
                            T::UiDropMissedAa
                        } else {
                            T::UiDropMissed
                        };
                        editor.dispatch(Action::Notify(Notice {
                            severity: Severity::Info,
                            lines: vec![key.into()],
                            at: Some(at),
                            raw: None,
                        }));
                    }
                    Outcome::Arm(armed) => editor.dispatch(Action::Arm(armed)),
                }
            }
        })
    };
    // Feeds one pointer event to the gesture machine: position relative to the canvas, what
    // was hit (on pointer down), then the outcomes.
    let feed = {
        let gesture = gesture.clone();
        let view = view.clone();
        let design = Rc::clone(&editor.design);
        let armed = editor.armed.clone();
        let svg_ref = svg_ref.clone();
        let redraw = redraw.clone();
        let handle_outcomes = handle_outcomes.clone();
        Rc::new(move |kind: &str, event: &PointerEvent| {
            let at = match svg_ref.cast::<Element>() {
                Some(svg) => {
                    let rect = svg.get_bounding_client_rect();
                    (
                        f64::from(event.client_x()) - rect.left(),
                        f64::from(event.client_y()) - rect.top(),
                    )
                }
                None => (f64::from(event.client_x()), f64::from(event.client_y())),
            };
            let context = Context {
                layout: Layout::new(&design, arrangement),
                view: *view.borrow(),
                read_only: false,
                movable: arrangement == Arrangement::Document,
                armed: armed.clone(),
            };
            let pointer = event.pointer_id();
            let current = gesture.borrow().clone();
            let (next, outcomes) = match kind {
                "down" => {
                    let target = event
                        .target()
                        .and_then(|target| target.dyn_into::<Element>().ok());
                    let hit = hit_from_attributes(&|attribute: &str| {
                        target
                            .as_ref()
                            .and_then(|element| {
                                element.closest(&format!("[{attribute}]")).ok().flatten()
                            })
                            .and_then(|element| element.get_attribute(attribute))
                    });
                    let device = match event.pointer_type().as_str() {
                        "touch" => Device::Touch,
                        "pen" => Device::Pen,
                        _ => Device::Mouse,
                    };
                    let (next, outcomes) =
                        current.down(&context, pointer, device, event.button() == 0, at, hit);
                    if let Some(svg) = svg_ref.cast::<Element>() {
                        if !next.is_idle() {
                            let _ = svg.set_pointer_capture(pointer);
                        }
                    }
                    if let Some(svg) = svg_ref.cast::<web_sys::SvgElement>() {
                        let _ = svg.focus();
                    }
                    (next, outcomes)
                }
                "move" if current.is_idle() => return,
                "move" => current.moved(&context, pointer, at),
                "up" => current.up(&context, pointer, at),
                _ => (current.cancel(pointer), Vec::new()),
            };
            let redraw_needed = next != current
                && (next.dragged_node().is_some()
                    || next.dragged_wire().is_some()
                    || current.dragged_node().is_some()
                    || current.dragged_wire().is_some()
                    || next.is_idle() != current.is_idle());
            *gesture.borrow_mut() = next;
            if redraw_needed {
                redraw.force_update();
            }
            handle_outcomes(outcomes);
        })
    };
    let on_down = {
        let feed = feed.clone();
        Callback::from(move |event: PointerEvent| feed("down", &event))
    };
    let on_move = {
        let feed = feed.clone();
        Callback::from(move |event: PointerEvent| feed("move", &event))
    };
    let on_up = {
        let feed = feed.clone();
        Callback::from(move |event: PointerEvent| feed("up", &event))
    };
    let on_cancel = {
        let feed = feed.clone();
        Callback::from(move |event: PointerEvent| feed("cancel", &event))
    };
    // A finger's tap is handled as pointer events above; the browser then sends the mouse
    // events and the click of the same tap to whatever is under the finger by then. A tap that
    // selects a node raises the phone's inspector sheet there, so that click landed on the
    // sheet: it focused a field, or toggled the checkbox under the finger (active-active, BGP)
    // and changed the design. Cancelling `touchend` keeps those events from being sent; nothing
    // in the diagram needs them.
    let on_touch_end = Callback::from(|event: TouchEvent| event.prevent_default());

    let zoom_by = {
        let view = view.clone();
        let set_view = set_view.clone();
        let svg_ref = svg_ref.clone();
        Rc::new(move |factor: f64| {
            let size = element_size(&svg_ref);
            let next = view.borrow().zoomed(factor, (size.0 / 2.0, size.1 / 2.0));
            set_view(next);
        })
    };
    let fit = {
        let set_view = set_view.clone();
        let design = Rc::clone(&editor.design);
        let svg_ref = svg_ref.clone();
        Rc::new(move || {
            set_view(View::fit(
                &Layout::new(&design, arrangement),
                element_size(&svg_ref),
            ))
        })
    };

    let on_key = {
        let editor = editor.clone();
        let view = view.clone();
        let set_view = set_view.clone();
        let zoom_by = zoom_by.clone();
        let fit = fit.clone();
        Callback::from(move |event: KeyboardEvent| {
            let on_node = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|element| element.get_attribute("data-node"));
            if let (Some(id), "Enter" | " ") = (on_node, event.key().as_str()) {
                event.prevent_default();
                editor.dispatch(Action::Select(id.parse().ok()));
                return;
            }
            let Some(key) = view.borrow().key(&event.key()) else {
                return;
            };
            match key {
                ViewKey::Pan(next) => set_view(next),
                ViewKey::Zoom(factor) => zoom_by(factor),
                ViewKey::Fit => fit(),
            }
            event.prevent_default();
        })
    };
    let view = *view.borrow();
    let gesture = gesture.borrow().clone();

    let layout = Layout::new(&drawn, arrangement);
    let status = editor
        .audit
        .as_ref()
        .filter(|audit| !audit.status.is_empty())
        .map(|audit| audit.states());
    let index = use_memo((Rc::clone(&editor.report), lang), |(report, lang)| {
        SubjectIndex::new(report, *lang)
    });
    let armed = editor
        .armed
        .as_ref()
        .map(|(vpn, tunnel)| (vpn.as_str(), *tunnel));
    let scene = Scene {
        layout,
        report: &editor.report,
        index: &index,
        lang,
        selection: editor.selection.as_ref(),
        fault: editor.fault.as_ref(),
        armed,
        dragging: gesture.dragged_wire().map(|(vpn, tunnel, _)| (vpn, tunnel)),
        hit_radius: view.hit_radius(),
        status: status.as_ref(),
    };
    let drawing = if props.painted {
        to_html(diagram::draw(&scene))
    } else {
        Html::default()
    };

    let wire_preview = match gesture.dragged_wire() {
        Some((vpn, tunnel, to)) => {
            let from = scene.layout.tunnel_handle(vpn, tunnel);
            html! { <path class="wire-preview" d={scene.layout.wire(from, to)} /> }
        }
        None => html! {},
    };

    let transform = format!(
        "translate({} {}) scale({})",
        diagram::num(view.x),
        diagram::num(view.y),
        diagram::scale(view.zoom)
    );
    let grid = diagram::num(crate::geometry::GRID * view.zoom);

    // A notice from a drop, where the pointer let go — beside it, not over the port, and
    // inside the canvas.
    let drop_note = editor.notice.as_ref().and_then(|notice| {
        let at = notice.at?;
        let (x, y) = view.to_screen(at);
        let (width, height) = element_size(&svg_ref);
        let note_width = 300.0_f64.min(width - 16.0);
        // `min(max)` rather than `f64::clamp`: clamp asserts its bounds (a panic path, and its
        // message links the whole float formatter into the Wasm).
        let left = (x - note_width - 24.0)
            .min(width - note_width - 8.0)
            .max(8.0);
        let top = (y + 24.0).min(height - 140.0).max(8.0);
        let dismiss = {
            let editor = editor.clone();
            Callback::from(move |_| editor.dispatch(Action::DismissNotice))
        };
        Some(html! {
            <div class={classes!("drop-note", notice.severity.name().to_ascii_lowercase())} role="alert"
                 style={format!("left:{}px;top:{}px;max-width:{}px", left as i64, top as i64, note_width as i64)}>
                <span>{notice.text(lang)}</span>
                <button class="close" onclick={dismiss} aria-label={T::UiDismiss.get(lang)}>{"×"}</button>
            </div>
        })
    });
    let armed_hint = editor.armed.as_ref().map(|(vpn, tunnel)| {
        let label = editor.design.vpn(vpn).map_or(vpn.as_str(), |found| found.label());
        html! { <div class="armed-hint" role="status">{doorplan::msg!(UiArmedHint, tunnel = doorplan::msg!(TunnelName, vpn = label, n = tunnel + 1)).render(lang)}</div> }
    });

    let zoom_controls = {
        let zoom_in = {
            let zoom_by = zoom_by.clone();
            Callback::from(move |_: MouseEvent| zoom_by(1.25))
        };
        let zoom_out = {
            let zoom_by = zoom_by.clone();
            Callback::from(move |_: MouseEvent| zoom_by(0.8))
        };
        let fit_click = {
            let fit = fit.clone();
            Callback::from(move |_: MouseEvent| fit())
        };
        let tidy = {
            let editor = editor.clone();
            Callback::from(move |_: MouseEvent| editor.dispatch(Action::Tidy))
        };
        html! {
            <div class="zoom-controls" role="group" aria-label={T::UiZoom.get(lang)}>
                <button id="zoom-out" onclick={zoom_out} title={T::UiZoomOut.get(lang)} aria-label={T::UiZoomOut.get(lang)}>{crate::components::icon("minus")}</button>
                <span id="zoom-level" aria-live="polite">{format!("{}%", (view.zoom * 100.0).round() as i64)}</span>
                <button id="zoom-in" onclick={zoom_in} title={T::UiZoomIn.get(lang)} aria-label={T::UiZoomIn.get(lang)}>{crate::components::icon("plus")}</button>
                <button id="fit" onclick={fit_click} title={T::UiFitTitle.get(lang)}>{T::UiFit.get(lang)}</button>
                if arrangement == Arrangement::Document {
                    <button id="tidy" onclick={tidy} title={T::UiTidyTitle.get(lang)}>{T::UiTidy.get(lang)}</button>
                }
            </div>
        }
    };

    html! {
        <div class={classes!("canvas-wrap", (arrangement == Arrangement::Portrait).then_some("portrait"))}>
            <svg ref={svg_ref} id="canvas" class={classes!("canvas", (!gesture.is_idle()).then_some("dragging"), editor.armed.is_some().then_some("armed"))}
                tabindex="0" role="application" data-arrangement={if arrangement == Arrangement::Portrait { "portrait" } else { "document" }}
                aria-label={T::UiCanvasLabel.get(lang)}
                onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up}
                onpointercancel={on_cancel} ontouchend={on_touch_end} onkeydown={on_key}>
                <defs>
                    <pattern id="grid" width={grid.clone()} height={grid.clone()} patternUnits="userSpaceOnUse"
                        x={diagram::num(view.x)} y={diagram::num(view.y)}>
                        <circle cx="1" cy="1" r="1" class="grid-dot" />
                    </pattern>
                </defs>
                <rect class="background" width="100%" height="100%" fill="url(#grid)" />
                <g transform={transform} data-zoom={diagram::scale(view.zoom)}>
                    { drawing }
                    { wire_preview }
                </g>
            </svg>
            { drop_note.unwrap_or_default() }
            { armed_hint.unwrap_or_default() }
            { zoom_controls }
            <div class="canvas-help">{T::UiCanvasHelp.get(lang)}</div>
        </div>
    }
}

/// The whole diagram as a static SVG fitted to its box (the printable report).
pub fn draw_static(design: &doorplan::Design, report: &doorplan::Report, lang: Lang) -> Html {
    let layout = Layout::new(design, Arrangement::Document);
    let (x0, y0, x1, y1) = layout.bounds();
    let index = SubjectIndex::new(report, lang);
    let scene = Scene::still(layout, report, &index, lang);
    let view_box = format!(
        "{} {} {} {}",
        diagram::num(x0),
        diagram::num(y0),
        diagram::num(x1 - x0),
        diagram::num(y1 - y0)
    );
    html! {
        <svg class="canvas static" viewBox={view_box} preserveAspectRatio="xMidYMid meet" role="img" aria-label={T::UiCanvasLabel.get(lang)}>
            { to_html(diagram::draw(&scene)) }
        </svg>
    }
}
