use doorplan::{Lang, Report};
use yew::prelude::*;

use crate::i18n::{impact_words, tr};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Report,
    pub lang: Lang,
}

/// The single-fault table: each element failing alone, and what that does to traffic.
#[function_component(FaultTable)]
pub fn fault_table(Props { report, lang }: &Props) -> Html {
    let lang = *lang;
    html! {
        <section id="faults" aria-label={tr(lang, "Single failures", "単一障害")}>
            <h2>{tr(lang, "If one thing fails", "1 か所が故障したら")}</h2>
            if report.faults.is_empty() {
                <p class="empty">{tr(lang, "Not simulated: the design cannot be built yet.", "設計が構築できないため、シミュレーションしていません。")}</p>
            } else {
                <table class="faults">
                    <thead><tr><th>{tr(lang, "Failure", "故障箇所")}</th><th>{tr(lang, "Impact", "影響")}</th></tr></thead>
                    <tbody>
                        { for report.faults.iter().map(|fault| html! {
                            <tr class={fault.impact.name()} data-fault={fault.fault.clone()}>
                                <td><code>{fault.fault.clone()}</code></td>
                                <td data-impact={fault.impact.name()}>{impact_words(fault.impact, lang)}</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
