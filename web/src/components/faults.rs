use yew::prelude::*;

use crate::i18n::{impact_words, tr};
use crate::state::{Action, Editor};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: UseReducerHandle<Editor>,
}

/// The single-fault table; choosing a row shows that failure on the diagram.
#[function_component(FaultTable)]
pub fn fault_table(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let report = &editor.report;
    html! {
        <section id="faults" aria-label={tr(lang, "Single failures", "単一障害")}>
            <h2>{tr(lang, "If one thing fails", "1 か所が故障したら")}</h2>
            if report.faults.is_empty() {
                <p class="empty">{tr(lang, "Not simulated: the design cannot be built yet.", "設計が構築できないため、シミュレーションしていません。")}</p>
            } else {
                <table class="faults">
                    <thead><tr><th>{tr(lang, "Failure", "故障箇所")}</th><th>{tr(lang, "Impact", "影響")}</th></tr></thead>
                    <tbody>
                        { for report.faults.iter().map(|fault| {
                            let active = editor.fault.as_ref() == Some(&fault.fault);
                            let onclick = {
                                let editor = editor.clone();
                                let name = fault.fault.clone();
                                Callback::from(move |_| editor.dispatch(Action::SimulateFault((!active).then(|| name.clone()))))
                            };
                            html! {
                                <tr class={classes!(fault.impact.name(), active.then_some("active"))} data-fault={fault.fault.clone()}>
                                    <td><button class="link-button" {onclick} aria-pressed={active.to_string()}><code>{fault.fault.clone()}</code></button></td>
                                    <td data-impact={fault.impact.name()}>{impact_words(fault.impact, lang)}</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
