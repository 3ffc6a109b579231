//! The single-fault table; choosing a row shows that failure on the diagram. Rows name what
//! failed in words ("Door VPN 1, tunnel 1"); the id stays in a data attribute and the JSON.

use doorplan::T;
use yew::prelude::*;

use super::{more_button, use_batches};
use crate::state::{Action, EditorHandle};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
}

#[function_component(FaultTable)]
pub fn fault_table(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let report = &editor.report;
    let (shown, more) = use_batches(std::rc::Rc::as_ptr(report) as u64);
    let vpns = doorplan::model::VpnIndex::new(&editor.design);
    html! {
        <section id="faults" aria-label={T::UiSingleFailures.get(lang)}>
            <h2>{T::UiIfOneThingFails.get(lang)}</h2>
            if report.faults.is_empty() {
                <p class="empty">{T::UiNotSimulatedYet.get(lang)}</p>
            } else {
                <table class="faults">
                    <thead><tr><th>{T::UiFailure.get(lang)}</th><th>{T::UiImpact.get(lang)}</th></tr></thead>
                    <tbody>
                        { for report.faults.iter().take(shown).map(|fault| {
                            let active = editor.fault.as_ref() == Some(&fault.fault);
                            let onclick = {
                                let editor = editor.clone();
                                let name = fault.fault.clone();
                                Callback::from(move |_| editor.dispatch(Action::SimulateFault((!active).then(|| name.clone()))))
                            };
                            html! {
                                <tr class={classes!(fault.impact.name(), active.then_some("active"))} data-fault={fault.fault.to_string()}>
                                    <td><button class="link-button" {onclick} aria-pressed={active.to_string()}>{fault.fault.label_by(&editor.design.azure.gateway, |id| vpns.get(id)).render(lang)}</button></td>
                                    <td data-impact={fault.impact.name()}>{fault.impact.words().get(lang)}</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                { more_button(lang, report.faults.len().saturating_sub(shown), &more, "faults-more") }
            }
        </section>
    }
}
