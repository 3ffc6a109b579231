//! The inspector's fields. A text field commits every keystroke that parses (the verdict
//! follows the typing); a value that does not parse gets a message under the field, the text
//! typed stays, and the design goes back to — and shows — the value it had before this edit
//! began, never a half-typed value nobody meant (`6551565515` must not leave `655156551`).

use doorplan::{Lang, Message, T};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// DOM id (tests and the label use it).
    pub id: AttrValue,
    pub label: AttrValue,
    /// The document's current value, as text.
    pub value: AttrValue,
    /// Parses the text and dispatches the edit; returns the message for an invalid value.
    pub commit: Callback<String, Result<(), Message>>,
    pub lang: Lang,
    #[prop_or_default]
    pub placeholder: AttrValue,
    #[prop_or_default]
    pub hint: AttrValue,
    #[prop_or_default]
    pub secret: bool,
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let text = use_state(|| props.value.to_string());
    let error = use_state(|| None::<Message>);
    // The document's value when this edit began (focus): what an invalid entry falls back to.
    let start = use_mut_ref(|| None::<String>);
    let focused = use_mut_ref(|| false);
    // The value this field itself put back after an invalid entry (its echo is not "news").
    let reverted = use_mut_ref(|| None::<String>);
    let shown = use_state(|| false);
    // A new value from outside (undo, a template, another field) replaces the text, unless the
    // user is typing here.
    {
        let text = text.clone();
        let error = error.clone();
        let focused = focused.clone();
        let reverted = reverted.clone();
        use_effect_with(props.value.clone(), move |value| {
            let echo = reverted.borrow().as_deref() == Some(value.as_str());
            if !*focused.borrow() && !echo {
                text.set(value.to_string());
                error.set(None);
            }
        });
    }
    let onfocus = {
        let start = start.clone();
        let focused = focused.clone();
        let value = props.value.clone();
        Callback::from(move |_: FocusEvent| {
            *focused.borrow_mut() = true;
            *start.borrow_mut() = Some(value.to_string());
        })
    };
    let onblur = {
        let focused = focused.clone();
        let start = start.clone();
        let text = text.clone();
        let error = error.clone();
        let value = props.value.clone();
        Callback::from(move |_: FocusEvent| {
            *focused.borrow_mut() = false;
            *start.borrow_mut() = None;
            // A valid entry shows as the document holds it (e.g. trimmed).
            if error.is_none() {
                text.set(value.to_string());
            }
        })
    };
    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let commit = props.commit.clone();
        let start = start.clone();
        let reverted = reverted.clone();
        let current = props.value.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let value = input.value();
            text.set(value.clone());
            // The session starts at the first keystroke (or at focus).
            let start_value = start
                .borrow_mut()
                .get_or_insert_with(|| current.to_string())
                .clone();
            match commit.emit(value) {
                Ok(()) => {
                    *reverted.borrow_mut() = None;
                    error.set(None);
                }
                Err(message) => {
                    // Back to the value from before this edit, and say so.
                    *reverted.borrow_mut() = Some(start_value.clone());
                    let _ = commit.emit(start_value.clone());
                    error.set(Some(message));
                }
            }
        })
    };
    let error_id = format!("{}-error", props.id);
    let kind = if props.secret && !*shown {
        "password"
    } else {
        "text"
    };
    let lang = props.lang;
    let keeps = start
        .borrow()
        .clone()
        .unwrap_or_else(|| props.value.to_string());
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <div class="field-row">
                <input id={props.id.clone()} type={kind} value={(*text).clone()} {oninput} {onfocus} {onblur}
                    placeholder={props.placeholder.clone()} spellcheck="false" autocomplete="off"
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={error.is_some().then(|| error_id.clone())} />
                if props.secret {
                    <button type="button" class="reveal" onclick={{ let shown = shown.clone(); Callback::from(move |_| shown.set(!*shown)) }}
                        aria-label={if *shown { T::UiHideKey.get(lang) } else { T::UiShowKey.get(lang) }} aria-pressed={shown.to_string()}>
                        { crate::components::icon(if *shown { "eye-off" } else { "eye" }) }
                    </button>
                }
            </div>
            if let Some(message) = &*error {
                <p class="field-error" id={error_id} role="alert">
                    {message.render(lang)}{" "}
                    <span class="keeps" data-keeps={keeps.clone()}>{
                        if props.secret {
                            T::UiDesignKeepsSecret.get(lang).to_string()
                        } else if keeps.is_empty() {
                            T::UiDesignKeepsEmpty.get(lang).to_string()
                        } else {
                            doorplan::msg!(UiDesignKeeps, value = keeps.as_str()).render(lang)
                        }
                    }</span>
                </p>
            } else if !props.hint.is_empty() {
                <p class="field-hint">{props.hint.clone()}</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub change: Callback<String>,
}

/// A drop-down. Arrowing through it changes one field: one undo step in all.
#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let onchange = {
        let change = props.change.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            change.emit(select.value());
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <select id={props.id.clone()} {onchange}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option key={value.to_string()} value={value.clone()} selected={*value == props.value}>{label.clone()}</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub change: Callback<bool>,
}

#[function_component(Check)]
pub fn check(props: &CheckProps) -> Html {
    let onchange = {
        let change = props.change.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            change.emit(input.checked());
        })
    };
    html! {
        <div class="field check">
            <input id={props.id.clone()} type="checkbox" checked={props.checked} {onchange} />
            <label for={props.id.clone()}>{props.label.clone()}</label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NoteFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub commit: Callback<String, Result<(), Message>>,
    pub lang: Lang,
}

/// A note on the selected element: free text, kept in the file, shown on the diagram.
#[function_component(NoteField)]
pub fn note_field(props: &NoteFieldProps) -> Html {
    let error = use_state(|| None::<Message>);
    let oninput = {
        let commit = props.commit.clone();
        let error = error.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            error.set(commit.emit(area.value()).err());
        })
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <textarea id={props.id.clone()} rows="3" value={props.value.clone()} {oninput} placeholder={T::UiNotePlaceholder.get(props.lang)} />
            if let Some(message) = &*error {
                <p class="field-error" role="alert">{message.render(props.lang)}</p>
            }
        </div>
    }
}
