//! The page: toolbar, verdict banner, the diagram with the inspector, findings and faults.
//! Owns the reducer, the autosave effect, the keyboard shortcuts, shared links (at start and
//! pasted into an open tab) and the printable report.
//!
//! Nothing the user made is lost: an autosave that cannot be read is moved aside (and offered
//! for download) before anything else is saved; opening a link keeps the previous design in
//! the browser's design list; a refused save says so.

use doorplan::{Design, Lang, Message, Severity, T};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{self, AUTOSAVE_KEY, LANG_KEY, RECOVERED_KEY};
use crate::components::{
    use_hashchange, use_window_event, use_window_keydown, AuditDialog, Canvas, DesignsPanel,
    ExportDialog, FaultTable, FindingsPanel, Inspector, PrintReport, ShareDialog, Toolbar,
    VerdictBanner,
};
use crate::state::{Action, Editor, EditorHandle, Notice};

/// An autosave that cannot be read is moved aside (never overwritten) and offered for download.
fn rescue_unreadable_autosave() -> Option<(String, Message)> {
    let text = browser::load(AUTOSAVE_KEY)?;
    let error = Design::from_json(&text).err()?;
    let _ = browser::save(RECOVERED_KEY, &text);
    browser::remove(AUTOSAVE_KEY);
    Some((text, error.to_message()))
}

thread_local! {
    /// The design of the link the page was opened with, inflated before the first render.
    static OPENING_LINK: std::cell::RefCell<Option<Result<Design, doorplan::LoadError>>> = const { std::cell::RefCell::new(None) };
}

/// Hands the first render the design of the page's link (see `crate::run_editor`).
pub fn set_opening_link(shared: Option<Result<Design, doorplan::LoadError>>) {
    OPENING_LINK.with(|cell| *cell.borrow_mut() = shared);
}

/// A shared design opened over `previous`, which is kept in the designs list (unless it is the
/// untouched starting design or the same design): the design and what to tell the user.
fn open_over(
    previous: Option<Design>,
    shared: Result<Design, doorplan::LoadError>,
    lang: Lang,
) -> Result<(Design, Option<Notice>), Notice> {
    browser::set_fragment("");
    let design = shared.map_err(|error| {
        Notice::new(
            Severity::Ng,
            doorplan::msg!(UiLinkNotOpened, reason = error.to_message()),
        )
    })?;
    let notice = previous
        .filter(|previous| *previous != design && !is_untouched_start(previous))
        .map(|previous| {
            let title = if previous.title.is_empty() {
                T::CliUntitled.get(lang).to_string()
            } else {
                previous.title.clone()
            };
            let name = doorplan::msg!(UiKeptName, title = title.as_str()).render(lang);
            match crate::designs::add(&name, &previous) {
                Ok(()) => Notice::new(Severity::Info, Message::new(T::UiSharedOpened)),
                Err(reason) => Notice::new(
                    Severity::Warn,
                    doorplan::msg!(UiSharedOpenedNotKept, reason = reason),
                ),
            }
        });
    Ok((design, notice))
}

/// A share link pasted into a tab that has doorplan open: the browser inflates it, then it
/// opens like on first load.
fn open_pasted_link(editor: EditorHandle) {
    if doorplan::share::fragment_data(&browser::fragment()).is_none() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let Some(shared) = browser::shared_design(doorplan::share::from_inflated).await else {
            return;
        };
        match open_over(Some((*editor.design).clone()), shared, editor.lang) {
            Ok((design, notice)) => {
                editor.dispatch(Action::LoadDesign(Box::new(design)));
                if let Some(notice) = notice {
                    editor.dispatch(Action::Notify(notice));
                }
            }
            Err(notice) => editor.dispatch(Action::Notify(notice)),
        }
    });
}

/// The design a first visit starts with: nothing the user made, so nothing to keep.
fn is_untouched_start(design: &Design) -> bool {
    *design == *Editor::initial(Lang::En).design
}

/// The editor as it opens: the link's design (the autosaved one is kept in the designs list),
/// else the autosaved design, else pattern 2. An unreadable autosave is moved aside first.
fn opening_editor() -> Editor {
    let lang = browser::chosen_lang();
    let rescued = rescue_unreadable_autosave();
    let autosaved = || browser::load(AUTOSAVE_KEY).and_then(|text| Design::from_json(&text).ok());
    let start = |design: Option<Design>| {
        design
            .map(|design| Editor::new(design, lang))
            .unwrap_or_else(|| Editor::initial(lang))
    };
    let mut editor = match OPENING_LINK.with(|cell| cell.borrow_mut().take()) {
        Some(shared) => match open_over(autosaved(), shared, lang) {
            Ok((design, notice)) => {
                let mut editor = Editor::new(design, lang);
                editor.notice = notice;
                editor
            }
            Err(notice) => {
                let mut editor = start(autosaved());
                editor.notice = Some(notice);
                editor
            }
        },
        None => start(autosaved()),
    };
    if let Some((raw, reason)) = rescued {
        editor.notice = Some(Notice {
            severity: Severity::Warn,
            lines: vec![doorplan::msg!(UiAutosaveUnreadable, reason = reason)],
            at: None,
            raw: Some(raw),
        });
    }
    editor
}

/// Whether a key event comes from a text field (its own undo and delete apply there).
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .map(|element| {
            matches!(
                element.tag_name().to_ascii_lowercase().as_str(),
                "input" | "textarea" | "select"
            )
        })
        .unwrap_or(false)
}

#[derive(Clone, Copy, PartialEq)]
enum Dialog {
    Export,
    Share,
    Designs,
    Audit,
}

#[function_component(App)]
pub fn app() -> Html {
    let reducer = use_reducer(opening_editor);
    let editor: EditorHandle = reducer.clone();
    let dialog = use_state(|| None::<Dialog>);
    let printing = use_state(|| false);
    // The first render shows the toolbar, the verdict and the inspector; once that frame is
    // painted, the diagram and the lists under it (findings, faults) follow. Laying out and
    // rasterising them was most of the time between the app's start and the verdict on screen.
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            browser::after_next_paint(move || painted.set(true))
        });
    }
    let theme = use_state(|| browser::load(browser::THEME_KEY));
    let lang = editor.lang;
    {
        use_effect_with((*theme).clone(), |theme| {
            browser::apply_theme(theme.as_deref());
            match theme {
                Some(theme) => {
                    let _ = browser::save(browser::THEME_KEY, theme);
                }
                None => browser::remove(browser::THEME_KEY),
            }
        });
    }
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |_| {
            // Follow the system → dark → light → follow the system.
            theme.set(match theme.as_deref() {
                None => Some("dark".to_string()),
                Some("dark") => Some("light".to_string()),
                _ => None,
            })
        })
    };
    let open = |which: Option<Dialog>| {
        let dialog = dialog.clone();
        Callback::from(move |_| dialog.set(which))
    };

    // Autosave on every change of the design (not of the selection or language).
    {
        let editor = editor.clone();
        use_effect_with(editor.design.clone(), move |design| {
            if let Err(reason) = browser::save(AUTOSAVE_KEY, &design.to_json()) {
                editor.dispatch(Action::Notify(Notice::new(
                    Severity::Warn,
                    doorplan::msg!(UiAutosaveFailed, reason = reason),
                )));
            }
        });
    }
    {
        use_effect_with(lang, move |lang| {
            let _ = browser::save(LANG_KEY, lang.code());
            browser::set_document_lang(lang.code());
        });
    }
    // A share link pasted into this tab opens like on first load.
    {
        let editor = editor.clone();
        use_hashchange(Callback::from(move |_| open_pasted_link(editor.clone())));
    }
    // The printable report is rendered only for printing.
    {
        let printing = printing.clone();
        use_window_event(
            "beforeprint",
            Callback::from(move |_: web_sys::Event| printing.set(true)),
        );
    }
    {
        let printing = printing.clone();
        use_window_event(
            "afterprint",
            Callback::from(move |_: web_sys::Event| printing.set(false)),
        );
    }

    // Keyboard: undo, redo, delete, escape — anywhere but in a text field.
    {
        let dispatcher = reducer.dispatcher();
        use_window_keydown(Callback::from(move |event: web_sys::KeyboardEvent| {
            if typing(&event) {
                return;
            }
            let command = event.ctrl_key() || event.meta_key();
            let key = event.key().to_ascii_lowercase();
            let action = match key.as_str() {
                "z" if command && event.shift_key() => Action::Redo,
                "z" if command => Action::Undo,
                "y" if command => Action::Redo,
                "delete" | "backspace" => Action::DeleteSelection,
                "escape" => Action::DismissNotice,
                _ => return,
            };
            event.prevent_default();
            dispatcher.dispatch(action);
        }));
    }

    // A notice without a place (files, storage, imports) floats over the page: nothing jumps.
    let notice_bar = editor.notice.as_ref().filter(|notice| notice.at.is_none()).map(|notice| {
        let dismiss = {
            let editor = editor.clone();
            Callback::from(move |_| editor.dispatch(Action::DismissNotice))
        };
        let download = notice.raw.clone().map(|raw| {
            Callback::from(move |_| {
                let _ = browser::download("doorplan-autosave-recovered.txt", "text/plain", &raw);
            })
        });
        html! {
            <div id="notice" class={classes!("notice", notice.severity.name().to_ascii_lowercase())} role="alert">
                <span>{notice.text(lang)}</span>
                if let Some(download) = download {
                    <button id="download-raw" onclick={download}>{T::UiDownloadSavedText.get(lang)}</button>
                }
                <button class="close" onclick={dismiss} aria-label={T::UiDismiss.get(lang)}>{"×"}</button>
            </div>
        }
    });

    html! {
        <>
            <div class={classes!("app", (*printing).then_some("printing"))}>
                <header class="top">
                    <h1>{"doorplan"}</h1>
                    <span class="tagline">{T::UiTagline.get(lang)}</span>
                </header>
                <Toolbar editor={editor.clone()} on_export={open(Some(Dialog::Export))} on_share={open(Some(Dialog::Share))}
                    on_designs={open(Some(Dialog::Designs))} on_audit={open(Some(Dialog::Audit))}
                    theme={(*theme).clone()} {on_theme} />
                <VerdictBanner editor={editor.clone()} />
                <div class="workspace">
                    <Canvas editor={editor.clone()} painted={*painted} />
                    <Inspector editor={editor.clone()} />
                </div>
                if *painted {
                    <div class="lists">
                        <FindingsPanel editor={editor.clone()} />
                        <FaultTable editor={editor.clone()} />
                    </div>
                }
                { notice_bar.unwrap_or_default() }
                {
                    match *dialog {
                        Some(Dialog::Export) => html! { <ExportDialog editor={editor.clone()} on_close={open(None)} /> },
                        Some(Dialog::Share) => html! { <ShareDialog editor={editor.clone()} on_close={open(None)} /> },
                        Some(Dialog::Designs) => html! { <DesignsPanel editor={editor.clone()} on_close={open(None)} /> },
                        Some(Dialog::Audit) => html! { <AuditDialog editor={editor.clone()} on_close={open(None)} /> },
                        None => html! {},
                    }
                }
                <footer>{T::UiFooter.get(lang)}</footer>
            </div>
            if *printing {
                <PrintReport editor={editor.clone()} />
            }
        </>
    }
}
