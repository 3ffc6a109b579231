//! NG / WARN / OK, the recognised pattern, the worst single fault in plain words, the quick
//! fixes that apply, and the fault being simulated. Its height does not change with what it
//! shows (more fixes than fit scroll), so the diagram under it never jumps.

use doorplan::fixes::Fix;
use doorplan::T;
use yew::prelude::*;

use crate::state::{Action, EditorHandle};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
}

#[function_component(VerdictBanner)]
pub fn verdict_banner(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let report = &editor.report;
    let verdict = report.verdict.name();
    let worst = match report.worst_single_fault {
        Some(impact) => impact.words().get(lang),
        None => T::UiNotSimulated.get(lang),
    };
    let fixes: Vec<Fix> = Fix::ALL
        .into_iter()
        .filter(|fix| fix.applies(&editor.design, report))
        .collect();
    let simulating = editor
        .fault
        .as_ref()
        .and_then(|name| report.faults.iter().find(|fault| &fault.fault == name));
    html! {
        <section id="verdict" class={classes!("verdict", verdict.to_ascii_lowercase())} role="status" aria-live="polite">
            <div class="badge" elementtiming="verdict" data-verdict={verdict}>{verdict}</div>
            <div class="summary">
                <strong>{report.verdict.headline().get(lang)}</strong>
                <div class="pattern">
                    <code data-pattern={report.pattern.name()}>{report.pattern.name()}</code>
                    {" "}{report.pattern.describe().get(lang)}
                </div>
                <div class="worst">
                    {T::UiWorstFailure.get(lang)}{" "}
                    <span data-worst={report.worst_single_fault.map(|i| i.name()).unwrap_or("none")}>{worst}</span>
                    if let Some(fault) = simulating {
                        <span class="simulating" data-simulating={fault.fault.to_string()}>
                            {" · "}{T::UiSimulating.get(lang)}{" "}<strong>{fault.fault.label(&editor.design).render(lang)}</strong>
                            {" → "}{fault.impact.words().get(lang)}{" "}
                            <button class="link-button" onclick={{ let editor = editor.clone(); Callback::from(move |_| editor.dispatch(Action::SimulateFault(None))) }}>
                                {T::UiStop.get(lang)}</button>
                        </span>
                    }
                </div>
            </div>
            if !fixes.is_empty() {
                <div class="fixes" aria-label={T::UiQuickFixes.get(lang)}>
                    { for fixes.into_iter().map(|fix| {
                        let editor = editor.clone();
                        html! {
                            <button class="fix" data-fix={fix.name()} onclick={Callback::from(move |_| editor.dispatch(Action::QuickFix(fix)))}>
                                {fix.label().get(lang)}
                            </button>
                        }
                    }) }
                </div>
            }
        </section>
    }
}
