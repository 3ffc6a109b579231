//! The page: toolbar, verdict banner, the diagram with the inspector, findings and faults.
//! Owns the reducer, the autosave effect and the keyboard shortcuts.

use doorplan::{Design, Lang, Severity, Text};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{self, AUTOSAVE_KEY, LANG_KEY};
use crate::components::{use_window_keydown, Canvas, DesignsPanel, ExportDialog, FaultTable, FindingsPanel, Inspector, ShareDialog, Toolbar, VerdictBanner};
use crate::i18n::{browser_lang, tr};
use crate::state::{Action, Editor, Notice};

/// The editor as it opens: the autosaved design if there is one. A stored text that cannot be
/// read is not thrown away: the app says so and offers it for download.
fn opening_editor() -> Editor {
    let lang = browser::load(LANG_KEY)
        .and_then(|code| Lang::parse(&code))
        .unwrap_or_else(browser_lang);
    let saved = browser::load(AUTOSAVE_KEY);
    // A shared link (#d=…) opens its design; the autosaved one is kept in the designs list.
    if let Some(shared) = doorplan::share::from_fragment(&browser::fragment()) {
        browser::set_fragment("");
        match shared {
            Ok(design) => {
                let mut editor = Editor::new(design, lang);
                if let Some(previous) = saved.as_deref().and_then(|text| Design::from_json(text).ok()) {
                    if previous != *editor.design {
                        let name = format!("{} (kept when a shared link was opened)", if previous.title.is_empty() { "Untitled" } else { &previous.title });
                        let kept = crate::designs::add(&name, &previous);
                        editor.notice = Some(Notice {
                            severity: Severity::Info,
                            text: match kept {
                                Ok(()) => Text::new(
                                    "Opened the shared design. Your previous design is kept under Designs….",
                                    "共有された設計を開きました。それまでの設計は「設計一覧…」に残してあります。",
                                ),
                                Err(reason) => Text::new(
                                    format!("Opened the shared design, but your previous design could not be kept ({reason}); undo restores it."),
                                    format!("共有された設計を開きましたが、それまでの設計を保存できませんでした ({reason})。元に戻すで復元できます。"),
                                ),
                            },
                            at: None,
                            raw: None,
                        });
                        editor.undo.push(std::rc::Rc::new(previous));
                    }
                }
                return editor;
            }
            Err(error) => {
                let mut editor = match saved.as_deref().map(Design::from_json) {
                    Some(Ok(design)) => Editor::new(design, lang),
                    _ => Editor::initial(lang),
                };
                editor.notice = Some(Notice {
                    severity: Severity::Ng,
                    text: Text::new(format!("The shared link could not be opened: {error}"), format!("共有リンクを開けませんでした: {error}")),
                    at: None,
                    raw: None,
                });
                return editor;
            }
        }
    }
    let Some(text) = saved else {
        return Editor::initial(lang);
    };
    match Design::from_json(&text) {
        Ok(design) => Editor::new(design, lang),
        Err(error) => {
            let mut editor = Editor::initial(lang);
            editor.notice = Some(Notice {
                severity: Severity::Warn,
                text: Text::new(
                    format!("The autosaved design could not be read ({error}), so the editor opened pattern 2. The saved text is kept until you change the design: download it to keep it."),
                    format!("自動保存された設計を読み込めませんでした ({error})。パターン 2 で開いています。保存されていたテキストは設計を変更するまで残ります。ダウンロードして保管してください。"),
                ),
                at: None,
                raw: Some(text),
            });
            editor
        }
    }
}

/// Whether a key event comes from a text field (its own undo and delete apply there).
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .map(|element| matches!(element.tag_name().to_ascii_lowercase().as_str(), "input" | "textarea" | "select"))
        .unwrap_or(false)
}

#[function_component(App)]
pub fn app() -> Html {
    let editor = use_reducer(opening_editor);
    let fit_request = use_state(|| 0u32);
    let exporting = use_state(|| false);
    let sharing = use_state(|| false);
    let listing = use_state(|| false);
    let theme = use_state(|| browser::load(browser::THEME_KEY));
    {
        use_effect_with((*theme).clone(), |theme| {
            browser::apply_theme(theme.as_deref());
            match theme {
                Some(theme) => { let _ = browser::save(browser::THEME_KEY, theme); }
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
    let open = |flag: &UseStateHandle<bool>, value: bool| {
        let flag = flag.clone();
        Callback::from(move |_| flag.set(value))
    };
    let lang = editor.lang;

    // Autosave on every change of the design (not of the selection or language).
    {
        let editor = editor.clone();
        use_effect_with(editor.design.clone(), move |design| {
            let keep_corrupt = editor.notice.as_ref().is_some_and(|n| n.raw.is_some()) && editor.undo.is_empty();
            if !keep_corrupt {
                if let Err(reason) = browser::save(AUTOSAVE_KEY, &design.to_json()) {
                    editor.dispatch(Action::Notify(Notice {
                        severity: Severity::Warn,
                        text: Text::new(
                            format!("Autosave failed ({reason}); use Save to keep your design."),
                            format!("自動保存に失敗しました ({reason})。「保存」で設計をダウンロードしてください。"),
                        ),
                        at: None,
                        raw: None,
                    }));
                }
            }
        });
    }
    {
        use_effect_with(lang, move |lang| {
            let _ = browser::save(LANG_KEY, if *lang == Lang::Ja { "ja" } else { "en" });
            if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = root.set_attribute("lang", if *lang == Lang::Ja { "ja" } else { "en" });
            }
        });
    }

    // Keyboard: undo, redo, delete, escape — anywhere but in a text field.
    {
        let dispatcher = editor.dispatcher();
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

    let on_fit = {
        let fit_request = fit_request.clone();
        Callback::from(move |_| fit_request.set(*fit_request + 1))
    };

    // A notice without a place (file errors, storage) goes in the bar under the toolbar.
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
                <span>{notice.text.get(lang).to_string()}</span>
                if let Some(download) = download {
                    <button id="download-raw" onclick={download}>{tr(lang, "Download the saved text", "保存されていたテキストをダウンロード")}</button>
                }
                <button class="close" onclick={dismiss} aria-label={tr(lang, "Dismiss", "閉じる")}>{"×"}</button>
            </div>
        }
    });

    html! {
        <div class="app">
            <header class="top">
                <h1>{"doorplan"}</h1>
                <span class="tagline">{tr(lang, "SORACOM Door × Azure VPN Gateway design check", "SORACOM Door × Azure VPN Gateway 構成チェック")}</span>
            </header>
            <Toolbar editor={editor.clone()} {on_fit} on_export={open(&exporting, true)}
                on_share={open(&sharing, true)} on_designs={open(&listing, true)}
                theme={(*theme).clone()} {on_theme} />
            { for notice_bar }
            <VerdictBanner editor={editor.clone()} />
            <div class="workspace">
                <Canvas editor={editor.clone()} fit_request={*fit_request} />
                <Inspector editor={editor.clone()} />
            </div>
            <div class="lists">
                <FindingsPanel editor={editor.clone()} />
                <FaultTable editor={editor.clone()} />
            </div>
            if *exporting {
                <ExportDialog editor={editor.clone()} on_close={open(&exporting, false)} />
            }
            if *sharing {
                <ShareDialog editor={editor.clone()} on_close={open(&sharing, false)} />
            }
            if *listing {
                <DesignsPanel editor={editor.clone()} on_close={open(&listing, false)} />
            }
            <footer>
                {tr(lang,
                    "Verdicts are computed in your browser by the doorplan engine (WebAssembly), the same code as the doorplan command line. Nothing is sent anywhere; the design is kept in this browser's local storage.",
                    "判定は doorplan エンジン (WebAssembly) がブラウザ内で計算しています。コマンドラインと同じコードです。データはどこにも送信されず、設計はこのブラウザのローカルストレージに保存されます。")}
            </footer>
        </div>
    }
}
