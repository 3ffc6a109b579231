//! The toolbar: templates, add a Door VPN, undo/redo, open/save, fit, language.

use doorplan::Lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser;
use crate::i18n::tr;
use crate::state::{Action, Editor, Notice};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: UseReducerHandle<Editor>,
    pub on_fit: Callback<()>,
    pub on_export: Callback<()>,
    pub on_share: Callback<()>,
    pub on_designs: Callback<()>,
    /// `None`: follow the system; `dark`; `light`.
    pub theme: Option<String>,
    pub on_theme: Callback<()>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &Props) -> Html {
    let editor = props.editor.clone();
    let lang = editor.lang;
    let file_ref = use_node_ref();

    let on_template = {
        let editor = editor.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(template) = doorplan::templates::template(&select.value()) {
                editor.dispatch(Action::LoadTemplate(template.id));
            }
            // Back to the prompt, so choosing the same template again works.
            select.set_value("");
        })
    };
    let click = |action: Action| {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| editor.dispatch(action.clone()))
    };
    let on_open = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_ref.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let editor = editor.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let editor = editor.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let chosen = browser::read_chosen_file(&input).await;
                input.set_value("");
                let Some((name, text)) = chosen else { return };
                match doorplan::Design::from_json(&text) {
                    Ok(design) => editor.dispatch(Action::LoadDesign(design)),
                    Err(error) => editor.dispatch(Action::Notify(Notice {
                        severity: doorplan::Severity::Ng,
                        text: doorplan::Text::new(
                            format!("{name} was not opened: {error}. Your current design is unchanged."),
                            format!("{name} を開けませんでした: {error}。現在の設計はそのままです。"),
                        ),
                        at: None,
                        raw: None,
                    })),
                }
            });
        })
    };
    let on_save = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            let name = browser::file_name_for(&editor.design.title);
            if let Err(reason) = browser::download(&name, "application/json", &(editor.design.to_json() + "\n")) {
                editor.dispatch(Action::Notify(Notice {
                    severity: doorplan::Severity::Warn,
                    text: doorplan::Text::new(format!("Could not save: {reason}"), format!("保存できませんでした: {reason}")),
                    at: None,
                    raw: None,
                }));
            }
        })
    };
    let on_fit = {
        let fit = props.on_fit.clone();
        Callback::from(move |_: MouseEvent| fit.emit(()))
    };
    let next_lang = if lang == Lang::En { Lang::Ja } else { Lang::En };
    let emit = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    let picture = |png: bool| {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            let result = if png {
                crate::picture::download_png(&editor.design, &editor.report, editor.lang)
            } else {
                crate::picture::download_svg(&editor.design, &editor.report, editor.lang)
            };
            if let Err(reason) = result {
                editor.dispatch(Action::Notify(Notice {
                    severity: doorplan::Severity::Warn,
                    text: doorplan::Text::new(format!("No picture: {reason}"), format!("画像を作れませんでした: {reason}")),
                    at: None,
                    raw: None,
                }));
            }
        })
    };
    let theme_label = match props.theme.as_deref() {
        Some("dark") => tr(lang, "Theme: dark", "テーマ: ダーク"),
        Some("light") => tr(lang, "Theme: light", "テーマ: ライト"),
        _ => tr(lang, "Theme: system", "テーマ: システム"),
    };

    html! {
        <nav class="toolbar" aria-label={tr(lang, "Toolbar", "ツールバー")}>
            <select id="template-picker" aria-label={tr(lang, "Start from a template", "テンプレートから開始")} onchange={on_template}>
                <option value="" selected=true disabled=true>{tr(lang, "Templates…", "テンプレート…")}</option>
                { for doorplan::templates::TEMPLATES.iter().map(|template| html! {
                    <option value={template.id}>{template.title().get(lang).to_string()}</option>
                }) }
            </select>
            <button id="add-vpn" onclick={click(Action::AddDoorVpn)}>{tr(lang, "+ Door VPN", "+ Door VPN")}</button>
            <span class="sep" />
            <button id="undo" onclick={click(Action::Undo)} disabled={editor.undo.is_empty()}
                title={tr(lang, "Undo (Ctrl+Z)", "元に戻す (Ctrl+Z)")}>{tr(lang, "Undo", "元に戻す")}</button>
            <button id="redo" onclick={click(Action::Redo)} disabled={editor.redo.is_empty()}
                title={tr(lang, "Redo (Ctrl+Shift+Z, Ctrl+Y)", "やり直す (Ctrl+Shift+Z, Ctrl+Y)")}>{tr(lang, "Redo", "やり直す")}</button>
            <span class="sep" />
            <button id="open-file" onclick={on_open}>{tr(lang, "Open…", "開く…")}</button>
            <input ref={file_ref} id="file-input" type="file" accept=".json,application/json" class="hidden" onchange={on_file}
                aria-label={tr(lang, "Open a design file", "設計ファイルを開く")} />
            <button id="save-file" onclick={on_save}>{tr(lang, "Save", "保存")}</button>
            <button id="designs" onclick={emit(&props.on_designs)}>{tr(lang, "Designs…", "設計一覧…")}</button>
            <button id="share" onclick={emit(&props.on_share)}>{tr(lang, "Share…", "共有…")}</button>
            <button id="picture-svg" onclick={picture(false)} title={tr(lang, "Download the diagram as SVG", "図を SVG でダウンロード")}>{"SVG"}</button>
            <button id="picture-png" onclick={picture(true)} title={tr(lang, "Download the diagram as PNG", "図を PNG でダウンロード")}>{"PNG"}</button>
            <button id="export" onclick={{ let export = props.on_export.clone(); Callback::from(move |_: MouseEvent| export.emit(())) }}>{tr(lang, "Export…", "エクスポート…")}</button>
            <button id="fit" onclick={on_fit} title={tr(lang, "Fit to view (0)", "全体表示 (0)")}>{tr(lang, "Fit", "全体表示")}</button>
            <span class="grow" />
            <button id="theme-toggle" onclick={emit(&props.on_theme)}>{theme_label}</button>
            <button id="lang-toggle" class="lang" onclick={click(Action::SetLang(next_lang))}
                aria-label={tr(lang, "Switch to Japanese", "英語に切り替え")}>{tr(lang, "日本語", "English")}</button>
        </nav>
    }
}
