use doorplan::fixes::Fix;
use doorplan::Verdict;
use yew::prelude::*;

use crate::i18n::{impact_words, tr};
use crate::state::{Action, Editor};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: UseReducerHandle<Editor>,
    /// The embedded viewer offers no quick fixes.
    #[prop_or_default]
    pub read_only: bool,
}

/// NG / WARN / OK, the recognised pattern, the worst single fault in plain words, the quick
/// fixes that apply, and the fault being simulated.
#[function_component(VerdictBanner)]
pub fn verdict_banner(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let report = &editor.report;
    let (class, headline) = match report.verdict {
        Verdict::Ng => ("verdict ng", tr(lang, "NG — this design cannot be built as drawn", "NG — この設計はこのままでは構築できません")),
        Verdict::Warn => ("verdict warn", tr(lang, "WARN — it builds, but read the warnings", "WARN — 構築できますが注意点があります")),
        Verdict::Ok => ("verdict ok", tr(lang, "OK — this design can be built", "OK — この設計は構築できます")),
    };
    let worst = match report.worst_single_fault {
        Some(impact) => impact_words(impact, lang),
        None => tr(lang, "not simulated: fix the NG first", "NG を直すまで障害シミュレーションは行いません"),
    };
    let fixes: Vec<Fix> = if props.read_only {
        Vec::new()
    } else {
        Fix::ALL.into_iter().filter(|fix| fix.applies(&editor.design, report)).collect()
    };
    let simulating = editor
        .fault
        .as_ref()
        .and_then(|name| report.faults.iter().find(|fault| &fault.fault == name));
    html! {
        <section id="verdict" class={class} role="status" aria-live="polite">
            <div class="badge" data-verdict={report.verdict.name()}>{report.verdict.name()}</div>
            <div class="summary">
                <strong>{headline}</strong>
                <div class="pattern">
                    <code data-pattern={report.pattern.name()}>{report.pattern.name()}</code>
                    {" "}{report.pattern.describe().get(lang).to_string()}
                </div>
                <div class="worst">
                    {tr(lang, "Worst single failure: ", "単一障害の最悪ケース: ")}
                    <span data-worst={report.worst_single_fault.map(|i| i.name()).unwrap_or("none")}>{worst}</span>
                </div>
                if let Some(fault) = simulating {
                    <div class="simulating" data-simulating={fault.fault.clone()}>
                        {tr(lang, "Simulating ", "シミュレーション中: ")}<code>{fault.fault.clone()}</code>{" → "}{impact_words(fault.impact, lang)}
                        <button class="link-button" onclick={{ let editor = editor.clone(); Callback::from(move |_| editor.dispatch(Action::SimulateFault(None))) }}>
                            {tr(lang, "stop", "終了")}</button>
                    </div>
                }
            </div>
            if !fixes.is_empty() {
                <div class="fixes" aria-label={tr(lang, "Quick fixes", "クイック修正")}>
                    { for fixes.into_iter().map(|fix| {
                        let editor = editor.clone();
                        html! {
                            <button class="fix" data-fix={format!("{fix:?}")} onclick={Callback::from(move |_| editor.dispatch(Action::QuickFix(fix)))}>
                                {fix.label().get(lang).to_string()}
                            </button>
                        }
                    }) }
                </div>
            }
        </section>
    }
}
