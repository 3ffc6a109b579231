//! The list of designs saved in this browser: open, rename, duplicate, delete, save current.

use yew::prelude::*;

use crate::browser;
use crate::designs::{self, Saved};
use crate::i18n::tr;
use crate::state::{Action, Editor, Notice};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: UseReducerHandle<Editor>,
    pub on_close: Callback<()>,
}

#[function_component(DesignsPanel)]
pub fn designs_panel(props: &Props) -> Html {
    let editor = props.editor.clone();
    let lang = editor.lang;
    let list = use_state(designs::load);
    let renaming = use_state(|| None::<String>);

    let store = {
        let list = list.clone();
        let editor = editor.clone();
        move |next: Vec<Saved>| {
            if let Err(reason) = designs::store(&next) {
                editor.dispatch(Action::Notify(Notice {
                    severity: doorplan::Severity::Warn,
                    text: doorplan::Text::new(
                        format!("The design list could not be stored ({reason}); use Save to keep a file."),
                        format!("設計一覧を保存できませんでした ({reason})。「保存」でファイルに保存してください。"),
                    ),
                    at: None,
                    raw: None,
                }));
            }
            list.set(Ok(next));
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
                    <p>{tr(lang, "The saved design list in this browser could not be read. Nothing was deleted: download the stored text, then start a new list.", "このブラウザの設計一覧を読み込めませんでした。何も削除していません。保存されていたテキストをダウンロードしてから、新しい一覧を始めてください。")}</p>
                    <button id="designs-download-raw" onclick={download}>{tr(lang, "Download the stored text", "保存テキストをダウンロード")}</button>
                    <button id="designs-reset" onclick={reset}>{tr(lang, "Start a new list", "新しい一覧を始める")}</button>
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
                    let title = if editor.design.title.trim().is_empty() { "Untitled".to_string() } else { editor.design.title.clone() };
                    let mut next = entries.clone();
                    let mut entry = Saved::new(&title, &editor.design);
                    while next.iter().any(|saved| saved.id == entry.id) {
                        entry.id.push('x');
                    }
                    next.insert(0, entry);
                    store(next);
                })
            };
            html! {
                <>
                    <button id="designs-save-current" onclick={save_current}>{tr(lang, "Save the current design to the list", "現在の設計を一覧に保存")}</button>
                    if entries.is_empty() {
                        <p class="empty">{tr(lang, "No saved designs yet.", "保存された設計はまだありません。")}</p>
                    }
                    <ul class="designs">
                        { for entries.iter().enumerate().map(|(index, saved)| {
                            let id = saved.id.clone();
                            let open = {
                                let editor = editor.clone();
                                let text = saved.design.clone();
                                let on_close = props.on_close.clone();
                                Callback::from(move |_| match doorplan::Design::from_json(&text) {
                                    Ok(design) => {
                                        editor.dispatch(Action::LoadDesign(design));
                                        on_close.emit(());
                                    }
                                    Err(error) => editor.dispatch(Action::Notify(Notice {
                                        severity: doorplan::Severity::Ng,
                                        text: doorplan::Text::new(format!("This saved design could not be read: {error}"), format!("この保存済み設計を読み込めませんでした: {error}")),
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
                                    let mut copy = saved.clone();
                                    copy.id = format!("{}c{}", saved.id, js_sys::Date::now() as u64);
                                    copy.name = format!("{} (copy)", saved.name);
                                    next.insert(index + 1, copy);
                                    store(next);
                                })
                            };
                            let delete = {
                                let store = store.clone();
                                let entries = entries.clone();
                                let id = id.clone();
                                Callback::from(move |_| store(entries.iter().filter(|s| s.id != id).cloned().collect()))
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
                                    if !name.trim().is_empty() {
                                        store(entries.iter().cloned().map(|mut s| { if s.id == id { s.name = name.trim().to_string(); } s }).collect());
                                    }
                                    renaming.set(None);
                                })
                            };
                            html! {
                                <li class="saved" data-saved={saved.name.clone()}>
                                    if renaming.as_deref() == Some(id.as_str()) {
                                        <input class="rename" value={saved.name.clone()} onchange={rename_done}
                                            aria-label={tr(lang, "New name", "新しい名前")} />
                                    } else {
                                        <span class="name">{saved.name.clone()}</span>
                                    }
                                    <span class="when">{saved.saved.get(..16).unwrap_or(&saved.saved).replace('T', " ")}</span>
                                    <button class="open" onclick={open}>{tr(lang, "Open", "開く")}</button>
                                    <button class="rename-button" onclick={rename_start}>{tr(lang, "Rename", "名前変更")}</button>
                                    <button class="duplicate" onclick={duplicate}>{tr(lang, "Duplicate", "複製")}</button>
                                    <button class="delete" onclick={delete}>{tr(lang, "Delete", "削除")}</button>
                                </li>
                            }
                        }) }
                    </ul>
                </>
            }
        }
    };
    html! {
        <super::Modal id="designs-panel" title={tr(lang, "Designs in this browser", "このブラウザの設計")} on_close={props.on_close.clone()}
            close_label={tr(lang, "Close", "閉じる")} narrow={true}>
                { body }
        </super::Modal>
    }
}
