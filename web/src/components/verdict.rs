use doorplan::{Lang, Report, Verdict};
use yew::prelude::*;

use crate::i18n::{impact_words, tr};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Report,
    pub lang: Lang,
}

/// NG / WARN / OK, the recognised pattern and the worst single fault, in plain words.
#[function_component(VerdictBanner)]
pub fn verdict_banner(Props { report, lang }: &Props) -> Html {
    let lang = *lang;
    let (class, headline) = match report.verdict {
        Verdict::Ng => ("verdict ng", tr(lang, "NG — this design cannot be built as drawn", "NG — この設計はこのままでは構築できません")),
        Verdict::Warn => ("verdict warn", tr(lang, "WARN — builds, but see the warnings", "WARN — 構築できますが注意点があります")),
        Verdict::Ok => ("verdict ok", tr(lang, "OK — this design can be built", "OK — この設計は構築できます")),
    };
    let worst = match report.worst_single_fault {
        Some(impact) => impact_words(impact, lang),
        None => tr(lang, "not simulated: fix the NG first", "NG を直すまで障害シミュレーションは行いません"),
    };
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
            </div>
        </section>
    }
}
