//! Components: they render the editor state and turn gestures into actions; they never judge.

mod canvas;
mod designs;
mod export;
mod faults;
mod findings;
mod inspector;
mod share;
mod toolbar;
mod verdict;
mod viewer;

pub use canvas::Canvas;
pub use designs::DesignsPanel;
pub use export::ExportDialog;
pub use faults::FaultTable;
pub use findings::FindingsPanel;
pub use inspector::Inspector;
pub use share::ShareDialog;
pub use toolbar::Toolbar;
pub use verdict::VerdictBanner;
pub use viewer::Viewer;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on_key` for every keydown on the window while the component is mounted.
#[hook]
pub fn use_window_keydown(on_key: Callback<web_sys::KeyboardEvent>) {
    use_effect_with((), move |_| {
        let closure = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |event| on_key.emit(event));
        let window = web_sys::window();
        if let Some(window) = &window {
            let _ = window.add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref());
        }
        move || {
            if let Some(window) = window {
                let _ = window.remove_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref());
            }
        }
    });
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

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub on_close: Callback<()>,
    pub close_label: AttrValue,
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
    html! {
        <div class="modal-backdrop" onclick={backdrop_click(&props.on_close)}>
            <div id={props.id.clone()} class={classes!("modal", props.narrow.then_some("narrow"))}
                role="dialog" aria-modal="true" aria-labelledby={title_id.clone()}>
                <header>
                    <h2 id={title_id}>{props.title.clone()}</h2>
                    <button class="close" onclick={close} aria-label={props.close_label.clone()}>{"×"}</button>
                </header>
                { props.children.clone() }
            </div>
        </div>
    }
}

/// A click on the backdrop itself (not on the dialog) closes the dialog.
fn backdrop_click(on_close: &Callback<()>) -> Callback<MouseEvent> {
    let on_close = on_close.clone();
    Callback::from(move |event: MouseEvent| {
        let on_backdrop = match (event.target(), event.current_target()) {
            (Some(target), Some(current)) => target == current,
            _ => false,
        };
        if on_backdrop {
            on_close.emit(());
        }
    })
}
