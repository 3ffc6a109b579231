//! The designs kept in this browser's storage: open, rename, duplicate, delete (undoable), keep
//! the current one; each with its verdict. Nothing is shown as kept unless storage took it.

use doorplan::{Severity, T};
use yew::prelude::*;

use crate::browser;
use crate::designs::{self, Saved};
use crate::state::{Action, EditorHandle, Notice};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
    pub on_close: Callback<()>,
}

#[function_component(DesignsPanel)]
pub fn designs_panel(props: &Props) -> Html {
    let editor = props.editor.clone();
    let lang = editor.lang;
    let list = use_state(designs::load);
    let renaming = use_state(|| None::<String>);
    let deleted = use_state(|| None::<(usize, Saved)>);
    let error = use_state(|| None::<doorplan::Message>);
    let rename_ref = use_node_ref();
    {
        // Rename focuses the name, ready to type.
        let rename_ref = rename_ref.clone();
        use_effect_with((*renaming).clone(), move |renaming| {
            if renaming.is_some() {
                if let Some(input) = rename_ref.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }

    // Stores the list; the list shown changes only if storage took it.
    let store = {
        let list = list.clone();
        let error = error.clone();
        move |next: Vec<Saved>| -> bool {
            match designs::store(&next) {
                Ok(()) => {
                    list.set(Ok(next));
                    error.set(None);
                    true
                }
                Err(reason) => {
                    error.set(Some(doorplan::msg!(UiListNotStored, reason = reason)));
                    false
                }
            }
        }
    };

    let body = match &*list {
        Err(raw) => {
            let raw = raw.clone();
            let download = Callback::from(move |_| {
                let _ = browser::download("doorplan-designs-recovered.txt", "text/plain", &raw);
            });
            let reset = {
                let list = list.clone();
                Callback::from(move |_| {
                    browser::remove(browser::DESIGNS_KEY);
                    list.set(Ok(Vec::new()));
                })
            };
            html! {
                <div class="refused" role="alert">
                    <p>{T::UiListUnreadable.get(lang)}</p>
                    <button id="designs-download-raw" onclick={download}>{T::UiDownloadStored.get(lang)}</button>
                    <button id="designs-reset" onclick={reset}>{T::UiStartNewList.get(lang)}</button>
                </div>
            }
        }
        Ok(entries) => {
            let entries = entries.clone();
            let save_current = {
                let store = store.clone();
                let editor = editor.clone();
                let entries = entries.clone();
                Callback::from(move |_| {
                    let title = if editor.design.title.trim().is_empty() {
                        T::CliUntitled.get(editor.lang).to_string()
                    } else {
                        editor.design.title.clone()
                    };
                    let mut next = entries.clone();
                    let entry = Saved::new(&title, editor.design.to_json(), &next);
                    next.insert(0, entry);
                    store(next);
                })
            };
            let undo_delete = {
                let store = store.clone();
                let deleted = deleted.clone();
                let entries = entries.clone();
                Callback::from(move |_| {
                    if let Some((index, saved)) = (*deleted).clone() {
                        let mut next = entries.clone();
                        next.insert(index.min(next.len()), saved);
                        if store(next) {
                            deleted.set(None);
                        }
                    }
                })
            };
            html! {
                <>
                    <button id="designs-save-current" onclick={save_current}>{T::UiKeepCurrent.get(lang)}</button>
                    if let Some((_, saved)) = &*deleted {
                        <p class="undo-delete" role="status">
                            {doorplan::msg!(UiDeleted, name = saved.name.as_str()).render(lang)}{" "}
                            <button id="designs-undo-delete" class="link-button" onclick={undo_delete}>{T::UiUndo.get(lang)}</button>
                        </p>
                    }
                    if entries.is_empty() {
                        <p class="empty">{T::UiNoSavedDesigns.get(lang)}</p>
                    }
                    <ul class="designs">
                        { for entries.iter().enumerate().map(|(index, saved)| {
                            let id = saved.id.clone();
                            let verdict = doorplan::Design::from_json(&saved.design).ok().map(|design| doorplan::check(&design).verdict);
                            let open = {
                                let editor = editor.clone();
                                let text = saved.design.clone();
                                let on_close = props.on_close.clone();
                                Callback::from(move |_| match doorplan::Design::from_json(&text) {
                                    Ok(design) => {
                                        editor.dispatch(Action::LoadDesign(Box::new(design)));
                                        on_close.emit(());
                                    }
                                    Err(reason) => editor.dispatch(Action::Notify(Notice {
                                        severity: Severity::Ng,
                                        lines: vec![doorplan::msg!(UiSavedUnreadable, reason = reason.to_message())],
                                        at: None,
                                        raw: Some(text.clone()),
                                    })),
                                })
                            };
                            let duplicate = {
                                let store = store.clone();
                                let entries = entries.clone();
                                let saved = saved.clone();
                                Callback::from(move |_| {
                                    let mut next = entries.clone();
                                    let copy = Saved::new(&doorplan::msg!(UiCopyOf, name = saved.name.as_str()).render(lang), saved.design.clone(), &next);
                                    next.insert(index + 1, copy);
                                    store(next);
                                })
                            };
                            let delete = {
                                let store = store.clone();
                                let entries = entries.clone();
                                let deleted = deleted.clone();
                                let saved = saved.clone();
                                Callback::from(move |_| {
                                    let next: Vec<Saved> = entries.iter().filter(|s| s.id != saved.id).cloned().collect();
                                    if store(next) {
                                        deleted.set(Some((index, saved.clone())));
                                    }
                                })
                            };
                            let rename_start = {
                                let renaming = renaming.clone();
                                let id = id.clone();
                                Callback::from(move |_| renaming.set(Some(id.clone())))
                            };
                            let rename_done = {
                                let store = store.clone();
                                let entries = entries.clone();
                                let renaming = renaming.clone();
                                let id = id.clone();
                                Callback::from(move |event: Event| {
                                    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                                    let name = input.value();
                                    if !name.trim().is_empty() && doorplan::read::text_problem(&name, doorplan::read::MAX_NAME_CHARS).is_ok() {
                                        store(entries.iter().cloned().map(|mut s| { if s.id == id { s.name = name.trim().to_string(); } s }).collect());
                                    }
                                    renaming.set(None);
                                })
                            };
                            // Escape in the name cancels the rename (and does not close the dialog).
                            let rename_keys = {
                                let renaming = renaming.clone();
                                Callback::from(move |event: KeyboardEvent| {
                                    if event.key() == "Escape" {
                                        event.stop_propagation();
                                        event.prevent_default();
                                        renaming.set(None);
                                    }
                                })
                            };
                            html! {
                                <li class="saved" data-saved={saved.name.clone()} key={saved.id.clone()}>
                                    if let Some(verdict) = verdict {
                                        <span class={classes!("mini-badge", verdict.name().to_ascii_lowercase())} data-verdict={verdict.name()}>{verdict.name()}</span>
                                    } else {
                                        <span class="mini-badge unreadable" data-verdict="?">{"?"}</span>
                                    }
                                    if renaming.as_deref() == Some(id.as_str()) {
                                        <input ref={rename_ref.clone()} class="rename" value={saved.name.clone()} onchange={rename_done} onkeydown={rename_keys}
                                            aria-label={T::UiNewName.get(lang)} />
                                    } else {
                                        <span class="name">{saved.name.clone()}</span>
                                    }
                                    <span class="when">{saved.saved.get(..16).unwrap_or(&saved.saved).replace('T', " ")}</span>
                                    <button class="open" onclick={open}>{T::UiOpenSaved.get(lang)}</button>
                                    <button class="rename-button" onclick={rename_start}>{T::UiRename.get(lang)}</button>
                                    <button class="duplicate" onclick={duplicate}>{T::UiDuplicate.get(lang)}</button>
                                    <button class="delete" onclick={delete}>{T::UiDelete.get(lang)}</button>
                                </li>
                            }
                        }) }
                    </ul>
                </>
            }
        }
    };
    html! {
        <super::Modal id="designs-panel" title={T::UiBrowserDesignsHeading.get(lang)} on_close={props.on_close.clone()} narrow={true} {lang}>
            if let Some(message) = &*error {
                <p class="refused" role="alert" id="designs-error">{message.render(lang)}</p>
            }
            { body }
        </super::Modal>
    }
}
