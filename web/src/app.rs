//! The page: header, template picker, verdict, findings and the fault table.

use doorplan::Lang;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::{FaultTable, FindingsPanel, VerdictBanner};
use crate::i18n::{browser_lang, tr};
use crate::state::{Action, State};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::initial(browser_lang()));
    let lang = state.lang;

    let on_template = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let id = select.value();
            if let Some(template) = doorplan::templates::template(&id) {
                state.dispatch(Action::LoadTemplate(template.id));
            }
        })
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::SetLang(match lang {
                Lang::En => Lang::Ja,
                Lang::Ja => Lang::En,
            }))
        })
    };

    html! {
        <div class="app" lang={if lang == Lang::Ja { "ja" } else { "en" }}>
            <header class="top">
                <h1>{"doorplan"}</h1>
                <span class="tagline">{tr(lang, "SORACOM Door × Azure VPN Gateway design check", "SORACOM Door × Azure VPN Gateway 構成チェック")}</span>
                <label class="picker">
                    <span>{tr(lang, "Design", "設計")}</span>
                    <select id="template-picker" aria-label={tr(lang, "Template", "テンプレート")} onchange={on_template}>
                        { for doorplan::templates::TEMPLATES.iter().map(|template| html! {
                            <option value={template.id} selected={state.template == Some(template.id)}>
                                {template.title().get(lang).to_string()}
                            </option>
                        }) }
                    </select>
                </label>
                <button id="lang-toggle" class="lang" onclick={on_lang}
                    aria-label={tr(lang, "Switch to Japanese", "英語に切り替え")}>
                    {tr(lang, "日本語", "English")}
                </button>
            </header>
            <main>
                <p class="design-title">{state.design.title.clone()}</p>
                <VerdictBanner report={state.report.clone()} {lang} />
                <FindingsPanel report={state.report.clone()} {lang} />
                <FaultTable report={state.report.clone()} {lang} />
            </main>
            <footer>
                {tr(lang,
                    "Verdicts are computed in your browser by the doorplan engine (WebAssembly), the same code as the doorplan command line. Nothing is sent anywhere.",
                    "判定は doorplan エンジン (WebAssembly) がブラウザ内で計算しています。コマンドラインと同じコードです。データはどこにも送信されません。")}
            </footer>
        </div>
    }
}
