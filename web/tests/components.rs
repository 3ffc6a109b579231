//! Components in headless Chromium: the inspector's validation and the reducer's undo, mounted
//! as they are in the app. Run: `cargo test -p doorplan-web --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use doorplan::Lang;
use doorplan::Subject;
use doorplan_web::components::{Inspector, VerdictBanner};
use doorplan_web::state::{Action, Editor};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew render: resolves after the next macrotask.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the verdict banner and the inspector on a fresh editor with `selection` selected,
/// plus a button `#act` that dispatches what `button` names.
fn mount(selection: Subject, button: Button) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { selection, button })
        .render();
    root
}

/// What the harness's `#act` button does.
#[derive(Clone, Copy, PartialEq)]
enum Button {
    Nothing,
    Undo,
    /// Sets the VPG type to Type-C, an older type the inspector does not offer.
    OlderVpgType,
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    selection: Subject,
    button: Button,
}

#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let selection = props.selection.clone();
    let editor = use_reducer(move || {
        let mut editor = Editor::initial(Lang::En);
        editor.selection = Some(selection);
        editor
    });
    let act = {
        let editor = editor.clone();
        let button = props.button;
        Callback::from(move |_| match button {
            Button::Nothing => {}
            Button::Undo => editor.dispatch(Action::Undo),
            Button::OlderVpgType => editor.dispatch(Action::Edit(doorplan::edit::Edit::VpgType(
                Some("Type-C".into()),
            ))),
        })
    };
    html! { <><VerdictBanner editor={editor.clone()} /><button id="act" onclick={act} /><Inspector {editor} /></> }
}

fn type_into(root: &Element, selector: &str, text: &str) {
    let input: HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn verdict(root: &Element) -> String {
    root.query_selector("#verdict .badge")
        .unwrap()
        .unwrap()
        .get_attribute("data-verdict")
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_cidr_that_does_not_parse_is_an_inline_error_and_changes_nothing() {
    let root = mount(Subject::Vnet, Button::Nothing);
    tick().await;
    assert_eq!(verdict(&root), "OK");

    type_into(&root, "#vnet-address-space", "10.0.0.0/33");
    tick().await;
    let error = root
        .query_selector("#vnet-address-space-error")
        .unwrap()
        .expect("an inline error");
    assert!(error.text_content().unwrap().contains("10.0.0.0/33"));
    assert_eq!(
        verdict(&root),
        "OK",
        "the document keeps its last valid value"
    );

    // A valid value that overlaps the VPG device subnet is accepted and judged.
    type_into(&root, "#vnet-address-space", "10.128.0.0/16");
    tick().await;
    assert!(root
        .query_selector("#vnet-address-space-error")
        .unwrap()
        .is_none());
    assert_ne!(verdict(&root), "OK");
}

#[wasm_bindgen_test]
async fn typing_an_asn_is_judged_live_and_undone_in_one_step() {
    let root = mount(Subject::Gateway, Button::Undo);
    tick().await;
    for partial in ["6", "64", "645", "6451", "64512"] {
        type_into(&root, "#gateway-asn", partial);
    }
    tick().await;
    assert_eq!(verdict(&root), "NG", "Azure ASN equal to the Amazon side");
    let undo: web_sys::HtmlElement = root
        .query_selector("#act")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    undo.click();
    let input: HtmlInputElement = root
        .query_selector("#gateway-asn")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    // The field follows the document one render after the document changes.
    for _ in 0..50 {
        tick().await;
        if input.value() == "65000" {
            break;
        }
    }
    assert_eq!(verdict(&root), "OK");
    assert_eq!(
        input.value(),
        "65000",
        "the field follows the document after undo"
    );
}

/// `6551565515` is not an ASN: the design must not keep `655156551`, a value nobody typed; it
/// keeps (and says) the value from before the edit.
#[wasm_bindgen_test]
async fn a_value_that_does_not_parse_keeps_and_shows_the_value_from_before_the_edit() {
    let root = mount(Subject::Gateway, Button::Undo);
    tick().await;
    let typed = "6551565515";
    for end in 1..=typed.len() {
        type_into(&root, "#gateway-asn", &typed[..end]);
        tick().await;
    }
    let error = root
        .query_selector("#gateway-asn-error")
        .unwrap()
        .expect("an inline error");
    let text = error.text_content().unwrap();
    assert!(
        text.contains("6551565515") && text.contains("65000"),
        "{text}"
    );
    let keeps = root
        .query_selector("#gateway-asn-error .keeps")
        .unwrap()
        .unwrap();
    assert_eq!(keeps.get_attribute("data-keeps").as_deref(), Some("65000"));
    let input: HtmlInputElement = root
        .query_selector("#gateway-asn")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), typed, "what was typed stays");
    assert_eq!(verdict(&root), "OK", "the design holds 65000 again");
}

fn select_value(root: &Element) -> String {
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#soracom-vpg-type")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.value()
}

/// The VPG type list shows what the design says: an older type it does not offer (Type-C) is
/// shown, not replaced by the first choice, and "not known yet" is `null`.
#[wasm_bindgen_test]
async fn the_vpg_type_list_shows_the_design_s_type_and_not_known_yet() {
    let root = mount(Subject::Soracom, Button::OlderVpgType);
    tick().await;
    assert_eq!(select_value(&root), "Type-F");
    let older: web_sys::HtmlElement = root
        .query_selector("#act")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    older.click();
    tick().await;
    assert_eq!(select_value(&root), "Type-C");
    assert_eq!(verdict(&root), "OK", "an older type is still a type");

    let select: web_sys::HtmlSelectElement = root
        .query_selector("#soracom-vpg-type")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    tick().await;
    assert_eq!(select_value(&root), "", "not known yet");
    assert_eq!(verdict(&root), "OK");
}
