//! The share dialog: a link with the design in its fragment (never sent to a server), with or
//! without pre-shared keys, and the snippets that embed the read-only viewer.

use doorplan::share;
use yew::prelude::*;

use crate::browser;
use crate::i18n::tr;
use crate::state::Editor;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: UseReducerHandle<Editor>,
    pub on_close: Callback<()>,
}

#[function_component(ShareDialog)]
pub fn share_dialog(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let include_keys = use_state(|| false);
    let copied = use_state(|| false);
    let has_keys = editor.design.door_vpns.iter().flat_map(|v| &v.tunnels).any(|t| t.psk.is_some());
    let data = share::encode(&editor.design, *include_keys);
    let link = format!("{}#{}={data}", browser::page_address(), share::FRAGMENT_KEY);
    let viewer = format!("{}#view&{}={data}", browser::page_address(), share::FRAGMENT_KEY);
    let iframe = format!("<iframe src=\"{viewer}\" title=\"doorplan design\" style=\"width:100%;height:520px;border:0\"></iframe>");
    let copy = {
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            if let Some(window) = web_sys::window() {
                let promise = window.navigator().clipboard().write_text(&link);
                let copied = copied.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
                });
            }
        })
    };
    html! {
        <super::Modal id="share-dialog" title={tr(lang, "Share this design", "この設計を共有")} on_close={props.on_close.clone()}
            close_label={tr(lang, "Close", "閉じる")} narrow={true}>
                <p class="field-hint">{tr(lang, "The design travels in the link's #fragment, which browsers never send to a server.", "設計はリンクの # 以降に入ります。ブラウザはこの部分をサーバーへ送りません。")}</p>
                <label class="force">
                    <input id="share-include-keys" type="checkbox" checked={*include_keys} disabled={!has_keys}
                        onchange={{ let include_keys = include_keys.clone(); Callback::from(move |_| include_keys.set(!*include_keys)) }} />
                    {tr(lang, " Include the pre-shared keys (anyone with the link can read them)", " 事前共有キーを含める (リンクを知る人は誰でも読めます)")}
                </label>
                <div class="field">
                    <label for="share-link">{tr(lang, "Link", "リンク")}</label>
                    <input id="share-link" type="text" readonly=true value={link.clone()} />
                </div>
                <div class="actions">
                    <button id="share-copy" onclick={copy}>{tr(lang, "Copy link", "リンクをコピー")}</button>
                    <span class="status" role="status">{if *copied { tr(lang, "Copied.", "コピーしました。") } else { "" }}</span>
                </div>
                <h3>{tr(lang, "Embed in documentation", "ドキュメントに埋め込む")}</h3>
                <div class="field">
                    <label for="share-iframe">{tr(lang, "Read-only viewer (iframe)", "読み取り専用ビューア (iframe)")}</label>
                    <textarea id="share-iframe" readonly=true rows="3" value={iframe} />
                </div>
                <p class="field-hint">{tr(lang, "Or, without writing an iframe: load embed.js from this site and add <div data-doorplan-src=\"design.doorplan.json\"></div> (see the README).", "iframe を書かずに: このサイトの embed.js を読み込み、<div data-doorplan-src=\"design.doorplan.json\"></div> を置きます (README 参照)。")}</p>
        </super::Modal>
    }
}
