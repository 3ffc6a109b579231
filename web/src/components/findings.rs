use yew::prelude::*;

use crate::i18n::tr;
use crate::state::{Action, Editor, Selection};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: UseReducerHandle<Editor>,
}

/// Every finding: severity, rule id, subject and message. Clicking one selects its subject.
#[function_component(FindingsPanel)]
pub fn findings_panel(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let report = &editor.report;
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
                        let selected = editor.selection.as_ref() == Some(&Selection::from_subject(&finding.subject));
                        let onclick = {
                            let editor = editor.clone();
                            let subject = finding.subject.clone();
                            Callback::from(move |_| editor.dispatch(Action::SelectSubject(subject.clone())))
                        };
                        html! {
                            <li class={classes!("finding", severity.to_ascii_lowercase(), selected.then_some("selected"))}
                                data-rule={finding.rule} data-subject={finding.subject.clone()}>
                                <button class="finding-select" {onclick}
                                    aria-label={format!("{} {} {}", severity, finding.rule, finding.subject)}>
                                    <span class="severity">{severity}</span>
                                    <code class="rule">{finding.rule}</code>
                                    <span class="subject">{finding.subject.clone()}</span>
                                </button>
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
