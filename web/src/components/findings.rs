//! Every finding: severity, rule id, what it is about, message and source. Clicking one selects
//! its subject. Long lists render in batches.

use doorplan::T;
use yew::prelude::*;

use super::{more_button, use_batches};
use crate::state::{Action, EditorHandle};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
}

#[function_component(FindingsPanel)]
pub fn findings_panel(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let report = &editor.report;
    let (shown, more) = use_batches(std::rc::Rc::as_ptr(report) as u64);
    let vpns = doorplan::model::VpnIndex::new(&editor.design);
    let total: usize = report
        .findings
        .iter()
        .map(|f| f.repeats.as_ref().map_or(1, |r| r.count))
        .sum();
    html! {
        <section id="findings" aria-label={T::UiFindings.get(lang)}>
            <h2>{T::UiFindings.get(lang)}{format!(" ({total})")}</h2>
            if report.findings.is_empty() {
                <p class="empty">{T::UiNoFindings.get(lang)}</p>
            } else {
                <ul class="findings">
                    { for report.findings.iter().take(shown).map(|finding| {
                        let severity = finding.severity.name();
                        let selected = editor.selection.as_ref() == Some(&finding.subject);
                        let onclick = {
                            let editor = editor.clone();
                            let subject = finding.subject.clone();
                            Callback::from(move |_| editor.dispatch(Action::Select(Some(subject.clone()))))
                        };
                        let about = finding.subject.label_by(|id| vpns.get(id)).render(lang);
                        html! {
                            <li class={classes!("finding", severity.to_ascii_lowercase(), selected.then_some("selected"))}
                                data-rule={finding.rule.id} data-subject={finding.subject.to_string()}>
                                <button class="finding-select" {onclick}
                                    aria-label={format!("{severity} {} {about}", finding.rule.id)}>
                                    <span class="severity">{severity}</span>
                                    <code class="rule">{finding.rule.id}</code>
                                    <span class="subject">{about}</span>
                                </button>
                                <p class="message">{finding.text(lang)}</p>
                                <a class="source" href={finding.rule.source} target="_blank" rel="noopener noreferrer">{T::UiSource.get(lang)}</a>
                            </li>
                        }
                    }) }
                </ul>
                { more_button(lang, report.findings.len().saturating_sub(shown), &more, "findings-more") }
            }
        </section>
    }
}
