//! The read-only viewer for documentation pages (`#view&d=…`, usually in an iframe made by
//! embed.js): the diagram, the verdict badge, the pattern and the findings, fitted to its box,
//! with a link that opens the design in the full editor. It stores nothing.

use doorplan::{share, Lang};
use yew::prelude::*;

use crate::browser;
use crate::components::{Canvas, FindingsPanel, VerdictBanner};
use crate::i18n::{browser_lang, tr};
use crate::state::Editor;

/// The viewer's editor state (never saved) or why the link could not be read.
fn open() -> Result<Editor, String> {
    let lang = browser::load(browser::LANG_KEY)
        .and_then(|code| Lang::parse(&code))
        .unwrap_or_else(browser_lang);
    match share::from_fragment(&browser::fragment()) {
        Some(Ok(design)) => Ok(Editor::new(design, lang)),
        Some(Err(error)) => Err(error.to_string()),
        None => Err("no design in this address (expected #view&d=…)".to_string()),
    }
}

#[function_component(Viewer)]
pub fn viewer() -> Html {
    let opened = use_memo((), |_| open());
    match &*opened {
        Ok(editor) => html! { <ViewerBody editor={editor.clone()} /> },
        Err(message) => html! {
            <div class="viewer error" role="alert"><strong>{"doorplan: "}</strong>{message.clone()}</div>
        },
    }
}

#[derive(Properties, PartialEq)]
struct BodyProps {
    editor: Editor,
}

#[function_component(ViewerBody)]
fn viewer_body(props: &BodyProps) -> Html {
    let editor = use_reducer({
        let editor = props.editor.clone();
        move || editor
    });
    let lang = editor.lang;
    let data = browser::fragment()
        .trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix("d=").map(str::to_string))
        .unwrap_or_default();
    let full = format!("{}#d={data}", browser::page_address());
    html! {
        <div class="viewer">
            <div class="viewer-top">
                <VerdictBanner editor={editor.clone()} read_only={true} />
                <a id="open-in-editor" class="open-editor" href={full} target="_blank" rel="noopener">
                    {tr(lang, "Open in the doorplan editor ↗", "doorplan エディタで開く ↗")}
                </a>
            </div>
            <Canvas editor={editor.clone()} read_only={true} />
            <FindingsPanel editor={editor.clone()} />
        </div>
    }
}
