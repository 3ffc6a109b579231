//! The printable design report (browser print → PDF, A4): the diagram fitted to the page, the
//! verdict, every finding with its source, the single-fault table and the Door application
//! text, in the language shown. Rendered only while printing.

use doorplan::export::{export, Format};
use doorplan::T;
use yew::prelude::*;

use crate::components::canvas::draw_static;
use crate::state::EditorHandle;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
}

#[function_component(PrintReport)]
pub fn print_report(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let design = &editor.design;
    let report = &editor.report;
    let request = export(design, Format::DoorRequest, lang);
    let date = crate::browser::now_iso();
    // Every finding and fault is listed: name them through an index, not a search per row.
    let vpns = doorplan::model::VpnIndex::new(design);
    html! {
        <section id="print-report" class="print-report" lang={lang.code()}>
            <header>
                <h1>{if design.title.is_empty() { T::CliUntitled.get(lang).to_string() } else { design.title.clone() }}</h1>
                <p class="meta">{doorplan::msg!(UiPrintMeta, date = date.get(..10).unwrap_or_default()).render(lang)}</p>
            </header>
            <div class={classes!("print-verdict", report.verdict.name().to_ascii_lowercase())}>
                <strong>{report.verdict.name()}</strong>{" — "}{report.verdict.headline().get(lang)}
                <p><code>{report.pattern.name()}</code>{" "}{report.pattern.describe().get(lang)}</p>
                <p>{T::UiWorstFailure.get(lang)}{" "}{report.worst_single_fault.map_or(T::UiNotSimulated.get(lang), |impact| impact.words().get(lang))}</p>
            </div>
            <figure class="print-diagram">{ draw_static(design, report, lang) }</figure>
            <h2>{T::UiFindings.get(lang)}</h2>
            if report.findings.is_empty() {
                <p>{T::UiNoFindings.get(lang)}</p>
            }
            <ol class="print-findings">
                { for report.findings.iter().map(|finding| html! {
                    <li class={finding.severity.name().to_ascii_lowercase()}>
                        <strong>{finding.severity.name()}</strong>{" "}<code>{finding.rule.id}</code>{" · "}{finding.subject.label_by(|id| vpns.get(id)).render(lang)}
                        <p>{finding.text(lang)}</p>
                        <p class="source">{T::UiSource.get(lang)}{": "}{finding.rule.source}</p>
                    </li>
                }) }
            </ol>
            <h2>{T::UiIfOneThingFails.get(lang)}</h2>
            if report.faults.is_empty() {
                <p>{T::UiNotSimulatedYet.get(lang)}</p>
            } else {
                <table class="print-faults">
                    <thead><tr><th>{T::UiFailure.get(lang)}</th><th>{T::UiImpact.get(lang)}</th></tr></thead>
                    <tbody>
                        { for report.faults.iter().map(|fault| html! {
                            <tr><td>{fault.fault.label_by(&editor.design.azure.gateway, |id| vpns.get(id)).render(lang)}</td><td>{fault.impact.words().get(lang)}</td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <h2>{T::UiDoorApplication.get(lang)}</h2>
            <pre class="print-request">{request}</pre>
        </section>
    }
}
