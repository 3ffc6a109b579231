use doorplan::{Lang, Report};
use yew::prelude::*;

use crate::i18n::tr;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Report,
    pub lang: Lang,
}

/// Every finding: severity, rule id, subject and message (what, why, what to do).
#[function_component(FindingsPanel)]
pub fn findings_panel(Props { report, lang }: &Props) -> Html {
    let lang = *lang;
    html! {
        <section id="findings" aria-label={tr(lang, "Findings", "指摘事項")}>
            <h2>{tr(lang, "Findings", "指摘事項")}{format!(" ({})", report.findings.len())}</h2>
            if report.findings.is_empty() {
                <p class="empty">{tr(lang, "No findings.", "指摘はありません。")}</p>
            } else {
                <ul class="findings">
                    { for report.findings.iter().map(|finding| {
                        let severity = finding.severity.name();
                        let source = doorplan::rules::rule(finding.rule).map(|rule| rule.source).unwrap_or("");
                        html! {
                            <li class={classes!("finding", severity.to_ascii_lowercase())} data-rule={finding.rule} data-subject={finding.subject.clone()}>
                                <span class="severity">{severity}</span>
                                <code class="rule">{finding.rule}</code>
                                <span class="subject">{finding.subject.clone()}</span>
                                <p class="message">{finding.message.get(lang).to_string()}</p>
                                if !source.is_empty() {
                                    <a class="source" href={source} target="_blank" rel="noopener noreferrer">{tr(lang, "source", "出典")}</a>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
