//! The export dialog: a format picker, a preview, copy to clipboard and download — all in the
//! browser. An NG design is refused with its reasons unless the user asks to export anyway.

use doorplan::export::{export, Format};
use doorplan::{Severity, Verdict};
use yew::prelude::*;

use crate::browser;
use crate::i18n::tr;
use crate::state::Editor;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: UseReducerHandle<Editor>,
    pub on_close: Callback<()>,
}

fn label(format: Format) -> &'static str {
    match format {
        Format::AzCli => "Azure CLI (bash)",
        Format::Terraform => "Terraform (azurerm)",
        Format::Bicep => "Bicep",
        Format::DoorRequest => "Door application",
    }
}

#[function_component(ExportDialog)]
pub fn export_dialog(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let format = use_state(|| Format::AzCli);
    let force = use_state(|| false);
    let status = use_state(|| None::<&'static str>);
    let ng = editor.report.verdict == Verdict::Ng;
    let blocked = ng && !*force;
    let text = if blocked { String::new() } else { export(&editor.design, *format, lang) };

    let tabs = Format::ALL.iter().map(|candidate| {
        let chosen = *candidate == *format;
        let onclick = {
            let format = format.clone();
            let status = status.clone();
            let candidate = *candidate;
            Callback::from(move |_| {
                format.set(candidate);
                status.set(None);
            })
        };
        html! {
            <button role="tab" aria-selected={chosen.to_string()} class={classes!("tab", chosen.then_some("chosen"))}
                data-format={candidate.name()} {onclick}>{label(*candidate)}</button>
        }
    });
    let on_copy = {
        let text = text.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return };
            let promise = clipboard.write_text(&text);
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                status.set(Some(if copied { "copied" } else { "copy-failed" }));
            });
        })
    };
    let on_download = {
        let text = text.clone();
        let status = status.clone();
        let format = *format;
        Callback::from(move |_| {
            let ok = browser::download(format.file_name(), "text/plain", &text).is_ok();
            status.set(Some(if ok { "downloaded" } else { "download-failed" }));
        })
    };
    let status_text = match *status {
        Some("copied") => tr(lang, "Copied to the clipboard.", "クリップボードにコピーしました。"),
        Some("copy-failed") => tr(lang, "The browser did not allow copying; select the text instead.", "ブラウザがコピーを許可しませんでした。テキストを選択してコピーしてください。"),
        Some("downloaded") => tr(lang, "Downloaded.", "ダウンロードしました。"),
        Some(_) => tr(lang, "The download failed.", "ダウンロードに失敗しました。"),
        None => "",
    };

    html! {
        <super::Modal id="export-dialog" title={tr(lang, "Export the configuration", "設定をエクスポート")} on_close={props.on_close.clone()}
            close_label={tr(lang, "Close", "閉じる")} narrow={false}>
                <div class="tabs" role="tablist">{ for tabs }</div>
                if blocked {
                    <div id="export-refused" class="refused" role="alert">
                        <p>{tr(lang, "This design is NG, so its configuration would not build. Fix these first:", "この設計は NG のため、設定を作っても構築できません。先に次を直してください:")}</p>
                        <ul>
                            { for editor.report.findings.iter().filter(|f| f.severity == Severity::Ng).map(|f| html! {
                                <li><code>{f.rule}</code>{" "}{f.message.get(lang).to_string()}</li>
                            }) }
                        </ul>
                        <label class="force">
                            <input id="export-force" type="checkbox" checked={*force}
                                onchange={{ let force = force.clone(); Callback::from(move |_| force.set(!*force)) }} />
                            {tr(lang, " Export anyway (for review, not for building)", " それでもエクスポートする (確認用。構築には使わないでください)")}
                        </label>
                    </div>
                } else {
                    <pre id="export-preview" class="preview" tabindex="0">{text.clone()}</pre>
                    <div class="actions">
                        <button id="export-copy" onclick={on_copy}>{tr(lang, "Copy", "コピー")}</button>
                        <button id="export-download" onclick={on_download}>{format!("{} {}", tr(lang, "Download", "ダウンロード"), format.file_name())}</button>
                        <span class="status" role="status">{status_text}</span>
                    </div>
                }
        </super::Modal>
    }
}
