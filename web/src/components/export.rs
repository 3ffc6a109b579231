//! The export dialog: a format picker, a preview (byte for byte what `doorplan export` and
//! `doorplan check --format sarif|markdown` write), copy and download — all in the browser. An
//! NG design is refused with its reasons unless the user asks to export anyway (reports are
//! never refused: they say why).

use doorplan::export::{export, Format};
use doorplan::{Lang, Severity, Verdict, T};
use yew::prelude::*;

use crate::browser;
use crate::state::EditorHandle;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
    pub on_close: Callback<()>,
}

/// What the dialog writes: a configuration or diagram, or a CI report of the design.
#[derive(Clone, Copy, PartialEq)]
enum Output {
    Export(Format),
    Sarif,
    Markdown,
}

impl Output {
    const ALL: [Output; 10] = [
        Output::Export(Format::AzCli),
        Output::Export(Format::Terraform),
        Output::Export(Format::TerraformVars),
        Output::Export(Format::Bicep),
        Output::Export(Format::BicepParams),
        Output::Export(Format::DoorRequest),
        Output::Export(Format::Drawio),
        Output::Export(Format::Mermaid),
        Output::Markdown,
        Output::Sarif,
    ];

    fn name(self) -> &'static str {
        match self {
            Output::Export(format) => format.name(),
            Output::Sarif => "sarif",
            Output::Markdown => "markdown",
        }
    }

    fn file_name(self) -> &'static str {
        match self {
            Output::Export(format) => format.file_name(),
            Output::Sarif => "doorplan-report.sarif",
            Output::Markdown => "doorplan-report.md",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Output::Export(format) => label(format, lang),
            Output::Sarif => "SARIF",
            Output::Markdown => T::UiMarkdownReport.get(lang),
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Output::Export(format) => mime(format),
            Output::Sarif => "application/sarif+json",
            Output::Markdown => "text/markdown",
        }
    }
}

fn label(format: Format, lang: Lang) -> &'static str {
    match format {
        Format::AzCli => "Azure CLI (bash)",
        Format::Terraform => "Terraform (azurerm)",
        Format::TerraformVars => "terraform.tfvars",
        Format::Bicep => "Bicep",
        Format::BicepParams => ".bicepparam",
        Format::DoorRequest => T::UiDoorApplication.get(lang),
        Format::Drawio => "draw.io",
        Format::Mermaid => "Mermaid",
    }
}

fn mime(format: Format) -> &'static str {
    match format {
        Format::Drawio => "application/xml",
        _ => "text/plain",
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Copied,
    CopyFailed,
    Downloaded,
    DownloadFailed,
}

#[function_component(ExportDialog)]
pub fn export_dialog(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let format = use_state(|| Output::Export(Format::AzCli));
    let force = use_state(|| false);
    let status = use_state(|| None::<Status>);
    let ng = editor.report.verdict == Verdict::Ng;
    let blocked =
        ng && !*force && matches!(*format, Output::Export(format) if format.needs_buildable());
    let text = match *format {
        _ if blocked => String::new(),
        Output::Export(chosen) => export(&editor.design, chosen, lang),
        report => {
            // The report of the file the user would download (its name and text).
            let file = browser::file_name_for(&editor.design.title);
            let json = crate::saved_json(&editor.design);
            let checked = [doorplan::ci::Checked {
                file: &file,
                text: &json,
                outcome: Ok(((*editor.design).clone(), (*editor.report).clone())),
            }];
            if report == Output::Sarif {
                doorplan::ci::sarif(&checked, lang)
            } else {
                doorplan::ci::markdown(&checked, lang)
            }
        }
    };

    let tabs = Output::ALL.iter().map(|candidate| {
        let chosen = *candidate == *format;
        let onclick = {
            let format = format.clone();
            let status = status.clone();
            let candidate = *candidate;
            Callback::from(move |_| {
                format.set(candidate);
                status.set(None);
            })
        };
        html! {
            <button role="tab" aria-selected={chosen.to_string()} class={classes!("tab", chosen.then_some("chosen"))}
                data-format={candidate.name()} {onclick}>{candidate.label(lang)}</button>
        }
    });
    let on_copy = {
        let text = text.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let text = text.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(if browser::copy(&text).await {
                    Status::Copied
                } else {
                    Status::CopyFailed
                }));
            });
        })
    };
    let on_download = {
        let text = text.clone();
        let status = status.clone();
        let format = *format;
        Callback::from(move |_| {
            let ok = browser::download(format.file_name(), format.mime(), &text).is_ok();
            status.set(Some(if ok {
                Status::Downloaded
            } else {
                Status::DownloadFailed
            }));
        })
    };
    let status_text = match *status {
        Some(Status::Copied) => T::UiCopied.get(lang),
        Some(Status::CopyFailed) => T::UiCopyFailed.get(lang),
        Some(Status::Downloaded) => T::UiDownloaded.get(lang),
        Some(Status::DownloadFailed) => T::UiDownloadFailed.get(lang),
        None => "",
    };
    let holds_keys =
        matches!(*format, Output::Export(format) if format.carries_keys(&editor.design));

    html! {
        <super::Modal id="export-dialog" title={T::UiExportTitle.get(lang)} on_close={props.on_close.clone()} {lang}>
            <div class="tabs" role="tablist">{ for tabs }</div>
            if blocked {
                <div id="export-refused" class="refused" role="alert">
                    <p>{T::UiExportRefused.get(lang)}</p>
                    <ul>
                        { for editor.report.findings.iter().filter(|f| f.severity == Severity::Ng).take(20).map(|f| html! {
                            <li><code>{f.rule.id}</code>{" "}{f.text(lang)}</li>
                        }) }
                    </ul>
                    <label class="force">
                        <input id="export-force" type="checkbox" checked={*force}
                            onchange={{ let force = force.clone(); Callback::from(move |_| force.set(!*force)) }} />
                        {" "}{T::UiExportAnyway.get(lang)}
                    </label>
                </div>
            } else {
                if holds_keys {
                    <p class="field-hint keys-warning" role="note">{T::UiExportHoldsKeys.get(lang)}</p>
                }
                <pre id="export-preview" class="preview" tabindex="0">{text.clone()}</pre>
                <div class="actions">
                    <button id="export-copy" onclick={on_copy}>{T::UiCopy.get(lang)}</button>
                    <button id="export-download" onclick={on_download}>{format!("{} {}", T::UiDownload.get(lang), format.file_name())}</button>
                    <span class="status" role="status">{status_text}</span>
                </div>
            }
        </super::Modal>
    }
}
