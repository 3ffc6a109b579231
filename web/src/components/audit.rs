//! The audit dialog: what the Azure CLI printed for the deployment (pasted or opened files),
//! compared with the design by the engine (`doorplan::audit`) — every difference with both
//! values and what it breaks — and the live tunnel and BGP status explained against the design
//! and shown on the diagram. It can also build a design from the deployment.

use std::rc::Rc;

use doorplan::audit::{self, Deployment};
use doorplan::{Design, Message, Severity, T};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::state::{Action, EditorHandle};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
    pub on_close: Callback<()>,
}

/// One input: its name and text.
#[derive(Clone, PartialEq)]
struct Source {
    name: String,
    text: String,
}

#[function_component(AuditDialog)]
pub fn audit_dialog(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let sources = use_state(Vec::<Source>::new);
    let pasted = use_state(String::new);
    let pastes = use_mut_ref(|| 0u32);
    let built = use_state(|| None::<Rc<(Design, Vec<Message>)>>);
    let file_ref = use_node_ref();

    // Everything given, read again whenever the list changes; the editor audits its design
    // against it (and the diagram shows the status).
    let read: Result<Option<Rc<Deployment>>, Message> = if sources.is_empty() {
        Ok(None)
    } else {
        let inputs: Vec<(&str, &str)> = sources
            .iter()
            .map(|source| (source.name.as_str(), source.text.as_str()))
            .collect();
        audit::read(&inputs)
            .map(|deployment| Some(Rc::new(deployment)))
            .map_err(|error| error.message)
    };
    {
        let editor = editor.clone();
        let deployment = read.clone().ok().flatten();
        use_effect_with(deployment, move |deployment| {
            editor.dispatch(Action::SetDeployment(deployment.clone()));
        });
    }

    let add = {
        let sources = sources.clone();
        let pasted = pasted.clone();
        let pastes = pastes.clone();
        Callback::from(move |_: MouseEvent| {
            if pasted.trim().is_empty() {
                return;
            }
            *pastes.borrow_mut() += 1;
            let mut next = (*sources).clone();
            next.push(Source {
                name: doorplan::msg!(UiAuditPasted, n = *pastes.borrow()).render(lang),
                text: (*pasted).clone(),
            });
            sources.set(next);
            pasted.set(String::new());
        })
    };
    let on_files = {
        let sources = sources.clone();
        let editor = editor.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let sources = sources.clone();
            let editor = editor.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut next = (*sources).clone();
                for (name, text) in browser::read_chosen_files(&input).await {
                    match text {
                        Ok(text) => next.push(Source { name, text }),
                        Err(reason) => editor.dispatch(Action::Notify(crate::state::Notice::new(
                            Severity::Warn,
                            doorplan::msg!(
                                UiFileNotOpened,
                                file = doorplan::text::quoted(&name),
                                reason = reason
                            ),
                        ))),
                    }
                }
                input.set_value("");
                sources.set(next);
            });
        })
    };
    let open_files = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_ref.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let remove = |index: usize| {
        let sources = sources.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*sources).clone();
            if index < next.len() {
                next.remove(index);
            }
            sources.set(next);
        })
    };
    let stop = {
        let sources = sources.clone();
        Callback::from(move |_: MouseEvent| sources.set(Vec::new()))
    };
    let build = {
        let built = built.clone();
        let deployment = read.clone().ok().flatten();
        Callback::from(move |_: MouseEvent| {
            built.set(
                deployment
                    .as_ref()
                    .and_then(|deployment| audit::design_from(deployment))
                    .map(Rc::new),
            )
        })
    };
    let open_built = {
        let built = built.clone();
        let editor = editor.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(found) = &*built {
                editor.dispatch(Action::LoadDesign(Box::new(found.0.clone())));
                on_close.emit(());
            }
        })
    };
    let on_paste_input = {
        let pasted = pasted.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                pasted.set(area.value());
            }
        })
    };

    let deployment = read.clone().ok().flatten();
    let given: Vec<Source> = (*sources).clone();
    let audit = editor.audit.clone();
    let design = &editor.design;
    // Every difference is listed: name them through an index, not a search per row.
    let vpns = doorplan::model::VpnIndex::new(design);
    let items: Html = given.iter().enumerate().map(|(index, source)| {
                    let found = deployment.as_ref().and_then(|deployment| deployment.sources.get(index)).map(|(_, found)| doorplan::text::join(found.iter().map(|m| m.render(lang)))).unwrap_or_default();
                    html! {
                        <li data-source={source.name.clone()}>
                            <code>{doorplan::text::printable(&source.name).to_string()}</code>{" "}<span class="found">{found}</span>
                            <button class="link-button remove" onclick={remove(index)}>{T::UiAuditRemove.get(lang)}</button>
                        </li>
                    }
    }).collect();

    html! {
        <super::Modal id="audit-dialog" title={T::UiAuditTitle.get(lang)} on_close={props.on_close.clone()} {lang}>
            <p class="field-hint">{T::UiAuditHint.get(lang)}</p>
            <div class="field">
                <label for="audit-paste">{T::UiAuditPaste.get(lang)}</label>
                <textarea id="audit-paste" rows="4" spellcheck="false" value={(*pasted).clone()} oninput={on_paste_input} />
            </div>
            <div class="actions">
                <button id="audit-add" onclick={add} disabled={pasted.trim().is_empty()}>{T::UiAuditAdd.get(lang)}</button>
                <button id="audit-open-files" onclick={open_files}>{T::UiAuditFiles.get(lang)}</button>
                <input ref={file_ref} id="audit-files" type="file" multiple=true accept=".json,application/json" class="hidden" onchange={on_files}
                    aria-label={T::UiAuditFiles.get(lang)} />
                if !sources.is_empty() {
                    <button id="audit-stop" onclick={stop}>{T::UiAuditStop.get(lang)}</button>
                }
            </div>
            <ul id="audit-sources" class="audit-sources">
                if sources.is_empty() {
                    <li class="empty">{T::UiAuditNothing.get(lang)}</li>
                }
                { items }
            </ul>
            if let Err(message) = &read {
                <p id="audit-error" class="audit-error" role="alert">{message.render(lang)}</p>
            }
            if let Some(audit) = audit.as_ref().filter(|_| deployment.is_some()) {
                <section class="audit-result" aria-live="polite">
                    <h3>{T::UiAuditDifferences.get(lang)}</h3>
                    if audit.matches() {
                        <p id="audit-matches" class="audit-matches">{T::AuMatches.get(lang)}</p>
                    } else {
                        <table id="audit-differences" class="audit-differences">
                            <thead><tr><th></th><th>{T::UiAuditPlanned.get(lang)}</th><th>{T::UiAuditDeployed.get(lang)}</th><th></th></tr></thead>
                            <tbody>
                                { for audit.differences.iter().map(|difference| html! {
                                    <tr data-kind={difference.kind} data-subject={difference.subject.to_string()}>
                                        <td><code>{difference.kind}</code><br/>{difference.subject.label_by(|id| vpns.get(id)).render(lang)}</td>
                                        <td class="planned">{difference.planned.clone()}</td>
                                        <td class="deployed">{difference.deployed.clone()}</td>
                                        <td class="message">{difference.message.render(lang)}</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    }
                    if !audit.notes.is_empty() {
                        <h3>{T::UiAuditStatus.get(lang)}</h3>
                        <p class="field-hint">{T::UiAuditLegend.get(lang)}</p>
                        <ul id="audit-notes" class="audit-notes">
                            { for audit.notes.iter().map(|note| html! {
                                <li class={note.severity.name().to_ascii_lowercase()} data-severity={note.severity.name()} data-subject={note.subject.to_string()}>
                                    <strong>{note.severity.name()}</strong>{" "}{note.message.render(lang)}
                                </li>
                            }) }
                        </ul>
                    }
                </section>
            }
            if deployment.is_some() {
                <div class="actions">
                    <button id="audit-build" onclick={build}>{T::UiAuditBuild.get(lang)}</button>
                </div>
            }
            if let Some(found) = &*built {
                <div id="audit-built" class="audit-built">
                    <p>{doorplan::msg!(AuBuilt, vpns = found.0.door_vpns.len()).render(lang)}</p>
                    <ul>{ for found.1.iter().map(|group| html! { <li>{group.render(lang)}</li> }) }</ul>
                    <button id="audit-open-built" onclick={open_built}>{T::UiAuditOpenBuilt.get(lang)}</button>
                </div>
            }
        </super::Modal>
    }
}
