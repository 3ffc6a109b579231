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

/// Calls `on_escape` when Escape is pressed anywhere while the component is mounted (dialogs
/// close on Escape even when focus has left them).
#[hook]
pub fn use_escape(on_escape: Callback<()>) {
    use_effect_with((), move |_| {
        let closure = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            if event.key() == "Escape" {
                on_escape.emit(());
            }
        });
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

/// A click on the backdrop itself (not on the dialog) closes the dialog.
pub fn backdrop_click(on_close: &Callback<()>) -> Callback<MouseEvent> {
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
