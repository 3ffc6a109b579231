//! Components: they render the editor state and turn gestures into actions; they never judge.
//! Browser events are wired by the hooks here (window keys, the URL fragment, the wheel).

pub mod audit;
pub mod canvas;
pub mod designs;
pub mod export;
pub mod faults;
pub mod fields;
pub mod findings;
pub mod inspector;
pub mod print;
pub mod share;
pub mod toolbar;
pub mod verdict;

pub use audit::AuditDialog;
pub use canvas::Canvas;
pub use designs::DesignsPanel;
pub use export::ExportDialog;
pub use faults::FaultTable;
pub use findings::FindingsPanel;
pub use inspector::Inspector;
pub use print::PrintReport;
pub use share::ShareDialog;
pub use toolbar::Toolbar;
pub use verdict::VerdictBanner;

use doorplan::{Lang, T};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on_event` for every `name` event on the window while the component is mounted.
#[hook]
pub fn use_window_event<E: JsCast + 'static>(name: &'static str, on_event: Callback<E>) {
    use_effect_with((), move |_| {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            if let Ok(event) = event.dyn_into::<E>() {
                on_event.emit(event);
            }
        });
        let window = web_sys::window();
        if let Some(window) = &window {
            let _ = window.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
        }
        move || {
            if let Some(window) = window {
                let _ = window
                    .remove_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
            }
        }
    });
}

/// Calls `on_key` for every keydown on the window while the component is mounted.
#[hook]
pub fn use_window_keydown(on_key: Callback<web_sys::KeyboardEvent>) {
    use_window_event("keydown", on_key);
}

/// Calls `on_escape` when Escape is pressed anywhere (dialogs close even when focus has left).
#[hook]
pub fn use_escape(on_escape: Callback<()>) {
    use_window_keydown(Callback::from(move |event: web_sys::KeyboardEvent| {
        if event.key() == "Escape" {
            on_escape.emit(());
        }
    }));
}

/// Calls `on_change` when the URL fragment changes (a share link pasted into an open tab).
#[hook]
pub fn use_hashchange(on_change: Callback<()>) {
    use_window_event(
        "hashchange",
        Callback::from(move |_: web_sys::Event| on_change.emit(())),
    );
}

/// The window's inner width, updated on resize.
#[hook]
pub fn use_window_width() -> f64 {
    let width = use_state(crate::browser::viewport_width);
    {
        let width = width.clone();
        use_window_event(
            "resize",
            Callback::from(move |_: web_sys::Event| width.set(crate::browser::viewport_width())),
        );
    }
    *width
}

/// Wheel events on an element, with a non-passive listener (so the page does not scroll).
#[hook]
pub fn use_wheel(target: NodeRef, on_wheel: Callback<web_sys::WheelEvent>) {
    use_effect_with((), move |_| {
        let listener = target.cast::<web_sys::Element>().map(|element| {
            let closure = Closure::<dyn FnMut(web_sys::WheelEvent)>::new(
                move |event: web_sys::WheelEvent| {
                    event.prevent_default();
                    on_wheel.emit(event);
                },
            );
            let options = web_sys::AddEventListenerOptions::new();
            options.set_passive(false);
            let _ = element.add_event_listener_with_callback_and_add_event_listener_options(
                "wheel",
                closure.as_ref().unchecked_ref(),
                &options,
            );
            (element, closure)
        });
        move || {
            if let Some((element, closure)) = listener {
                let _ = element
                    .remove_event_listener_with_callback("wheel", closure.as_ref().unchecked_ref());
            }
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub on_close: Callback<()>,
    pub lang: Lang,
    #[prop_or_default]
    pub narrow: bool,
    #[prop_or_default]
    pub children: Html,
}

/// A dialog: backdrop, title, close button; closes on Escape and on a click beside it.
#[function_component(Modal)]
pub fn modal(props: &ModalProps) -> Html {
    use_escape(props.on_close.clone());
    let title_id = format!("{}-title", props.id);
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let backdrop = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: MouseEvent| {
            if event.target() == event.current_target() {
                on_close.emit(());
            }
        })
    };
    html! {
        <div class="modal-backdrop" onclick={backdrop}>
            <div id={props.id.clone()} class={classes!("modal", props.narrow.then_some("narrow"))}
                role="dialog" aria-modal="true" aria-labelledby={title_id.clone()}>
                <header>
                    <h2 id={title_id}>{props.title.clone()}</h2>
                    <button class="close" onclick={close} aria-label={T::UiClose.get(props.lang)}>{"×"}</button>
                </header>
                { props.children.clone() }
            </div>
        </div>
    }
}

/// Shows at most `shown` items of a long list, with a button for the next batch: a 180,000-
/// finding report renders as fast as a short one.
#[hook]
pub fn use_batches(reset: u64) -> (usize, Callback<()>) {
    const BATCH: usize = 100;
    let shown = use_state(|| BATCH);
    {
        let shown = shown.clone();
        use_effect_with(reset, move |_| shown.set(BATCH));
    }
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + BATCH * 5))
    };
    (*shown, more)
}

/// The "show more" row of a batched list.
pub fn more_button(lang: Lang, hidden: usize, more: &Callback<()>, id: &'static str) -> Html {
    if hidden == 0 {
        return html! {};
    }
    let more = more.clone();
    html! {
        <button id={id} class="more" onclick={Callback::from(move |_| more.emit(()))}>
            {doorplan::msg!(UiShowMore, count = hidden).render(lang)}
        </button>
    }
}

/// An inline SVG icon (fonts without emoji still show it).
pub fn icon(name: &'static str) -> Html {
    let path = match name {
        "eye" => "M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5zm7 3a3 3 0 1 0 0-6 3 3 0 0 0 0 6z",
        "eye-off" => "M2 2l12 12M6.5 3.3A7.4 7.4 0 0 1 8 3c4.5 0 7 5 7 5a12 12 0 0 1-2 2.6M4 4.8A12 12 0 0 0 1 8s2.5 5 7 5a7 7 0 0 0 3-.7",
        "plus" => "M8 3v10M3 8h10",
        "minus" => "M3 8h10",
        _ => "M2 2h12v12H2z",
    };
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
