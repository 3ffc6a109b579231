//! The share dialog: a link with the design in its fragment (never sent to a server), with or
//! without pre-shared keys, and the snippets that embed the read-only viewer.

use doorplan::T;
use yew::prelude::*;

use crate::browser;
use crate::state::EditorHandle;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
    pub on_close: Callback<()>,
}

#[function_component(ShareDialog)]
pub fn share_dialog(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let include_keys = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let data = use_state(|| None::<String>);
    // The link is compressed by the browser (CompressionStream), so it arrives a moment later.
    {
        let data = data.clone();
        let design = editor.design.clone();
        use_effect_with((design, *include_keys), move |(design, include_keys)| {
            let design = design.clone();
            let include_keys = *include_keys;
            data.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                data.set(Some(
                    browser::share_data(&design, include_keys)
                        .await
                        .unwrap_or_default(),
                ));
            });
        });
    }
    let has_keys = editor
        .design
        .door_vpns
        .iter()
        .flat_map(|v| &v.tunnels)
        .any(|t| t.psk.is_some());
    let (link, iframe) = match &*data {
        Some(data) if !data.is_empty() => {
            let link = format!(
                "{}#{}={data}",
                browser::editor_address(),
                doorplan::share::FRAGMENT_KEY
            );
            let viewer = format!(
                "{}#{}={data}",
                crate::viewer_address(),
                doorplan::share::FRAGMENT_KEY
            );
            let iframe = format!("<iframe src=\"{viewer}\" title=\"doorplan design\" style=\"width:100%;height:520px;border:0\"></iframe>");
            (link, iframe)
        }
        Some(_) => (T::UiShareFailed.get(lang).to_string(), String::new()),
        None => (String::new(), String::new()),
    };
    let copy = {
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            let link = link.clone();
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy(&link).await))
            });
        })
    };
    html! {
        <super::Modal id="share-dialog" title={T::UiShareTitle.get(lang)} on_close={props.on_close.clone()} narrow={true} {lang}>
            <p class="field-hint">{T::UiShareFragmentHint.get(lang)}</p>
            <label class="force">
                <input id="share-include-keys" type="checkbox" checked={*include_keys} disabled={!has_keys}
                    onchange={{ let include_keys = include_keys.clone(); Callback::from(move |_| include_keys.set(!*include_keys)) }} />
                {" "}{T::UiShareIncludeKeys.get(lang)}
            </label>
            <div class="field">
                <label for="share-link">{T::UiLink.get(lang)}</label>
                <input id="share-link" type="text" readonly=true value={link.clone()} data-ready={data.is_some().to_string()} />
            </div>
            <div class="actions">
                <button id="share-copy" onclick={copy} disabled={data.is_none()}>{T::UiCopyLink.get(lang)}</button>
                <span class="status" role="status">{match *copied {
                    Some(true) => T::UiCopied.get(lang),
                    Some(false) => T::UiCopyFailed.get(lang),
                    None => "",
                }}</span>
            </div>
            <h3>{T::UiEmbedHeading.get(lang)}</h3>
            <div class="field">
                <label for="share-iframe">{T::UiEmbedIframe.get(lang)}</label>
                <textarea id="share-iframe" readonly=true rows="3" value={iframe} />
            </div>
            <p class="field-hint">{T::UiEmbedScriptHint.get(lang)}</p>
        </super::Modal>
    }
}
