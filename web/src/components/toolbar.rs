//! The toolbar: templates, add a Door VPN, undo/redo, files, the designs kept in this browser,
//! share, pictures, export, the printable report, theme and language.

use doorplan::{Lang, Message, Severity, T};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::state::{Action, EditorHandle, Notice};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
    pub on_export: Callback<()>,
    pub on_share: Callback<()>,
    pub on_designs: Callback<()>,
    pub on_audit: Callback<()>,
    /// `None`: follow the system; `dark`; `light`.
    pub theme: Option<String>,
    pub on_theme: Callback<()>,
}

fn warn(editor: &EditorHandle, message: Message) {
    editor.dispatch(Action::Notify(Notice::new(Severity::Warn, message)));
}

#[function_component(Toolbar)]
pub fn toolbar(props: &Props) -> Html {
    let editor = props.editor.clone();
    let lang = editor.lang;
    let file_ref = use_node_ref();
    let menu = use_state(|| false);

    let click = |action: Action| {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| editor.dispatch(action.clone()))
    };
    let emit = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    let toggle_menu = {
        let menu = menu.clone();
        Callback::from(move |_: MouseEvent| menu.set(!*menu))
    };
    let menu_keys = {
        let menu = menu.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                menu.set(false);
            }
        })
    };
    let on_open = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_ref.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let editor = editor.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let editor = editor.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let chosen = browser::read_chosen_file(&input).await;
                input.set_value("");
                let Some((name, text)) = chosen else { return };
                let result = text.and_then(|text| {
                    doorplan::Design::from_json(&text).map_err(|error| error.to_message())
                });
                match result {
                    Ok(design) => editor.dispatch(Action::LoadDesign(Box::new(design))),
                    Err(reason) => editor.dispatch(Action::Notify(Notice::new(
                        Severity::Ng,
                        doorplan::msg!(
                            UiFileNotOpened,
                            file = doorplan::text::quoted(&name),
                            reason = reason
                        ),
                    ))),
                }
            });
        })
    };
    let on_download = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            let name = browser::file_name_for(&editor.design.title);
            if let Err(reason) = browser::download(
                &name,
                "application/json",
                &(crate::saved_json(&editor.design) + "\n"),
            ) {
                warn(&editor, reason);
            }
        })
    };
    let picture = |png: bool| {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            let failed = {
                let editor = editor.clone();
                Callback::from(move |reason: Message| {
                    warn(&editor, doorplan::msg!(UiNoPicture, reason = reason))
                })
            };
            if png {
                crate::picture::download_png(&editor.design, &editor.report, editor.lang, failed);
            } else if let Err(reason) =
                crate::picture::download_svg(&editor.design, &editor.report, editor.lang)
            {
                failed.emit(reason);
            }
        })
    };
    let theme_label = match props.theme.as_deref() {
        Some("dark") => T::UiThemeDark,
        Some("light") => T::UiThemeLight,
        _ => T::UiThemeSystem,
    };
    let next_lang = if lang == Lang::En { Lang::Ja } else { Lang::En };

    html! {
        <nav class="toolbar" aria-label={T::UiToolbar.get(lang)}>
            <div class="menu" onkeydown={menu_keys}>
                <button id="templates" aria-haspopup="menu" aria-expanded={menu.to_string()} onclick={toggle_menu}>{T::UiTemplates.get(lang)}</button>
                if *menu {
                    <ul class="menu-list" role="menu" aria-label={T::UiTemplates.get(lang)}>
                        { for doorplan::templates::TEMPLATES.iter().map(|template| {
                            let editor = editor.clone();
                            let menu = menu.clone();
                            let id = template.id;
                            html! {
                                <li role="none"><button role="menuitem" data-template={id}
                                    onclick={Callback::from(move |_: MouseEvent| { editor.dispatch(Action::LoadTemplate(id)); menu.set(false); })}>
                                    {template.title.get(lang)}</button></li>
                            }
                        }) }
                    </ul>
                }
            </div>
            <button id="add-vpn" onclick={click(Action::AddDoorVpn)}>{T::UiAddVpn.get(lang)}</button>
            <span class="sep" />
            <button id="undo" onclick={click(Action::Undo)} disabled={editor.undo.is_empty()} title={T::UiUndoTitle.get(lang)}>{T::UiUndo.get(lang)}</button>
            <button id="redo" onclick={click(Action::Redo)} disabled={editor.redo.is_empty()} title={T::UiRedoTitle.get(lang)}>{T::UiRedo.get(lang)}</button>
            <span class="sep" />
            <button id="open-file" onclick={on_open} title={T::UiOpenTitle.get(lang)}>{T::UiOpen.get(lang)}</button>
            <input ref={file_ref} id="file-input" type="file" accept=".json,application/json" class="hidden" onchange={on_file}
                aria-label={T::UiOpenTitle.get(lang)} />
            <button id="save-file" onclick={on_download} title={T::UiDownloadFileTitle.get(lang)}>{T::UiDownloadFile.get(lang)}</button>
            <button id="designs" onclick={emit(&props.on_designs)} title={T::UiBrowserDesignsTitle.get(lang)}>{T::UiBrowserDesigns.get(lang)}</button>
            <span class="sep" />
            <button id="share" onclick={emit(&props.on_share)}>{T::UiShare.get(lang)}</button>
            <button id="export" onclick={emit(&props.on_export)}>{T::UiExport.get(lang)}</button>
            <button id="picture-svg" onclick={picture(false)} title={T::UiSvgTitle.get(lang)}>{"SVG"}</button>
            <button id="picture-png" onclick={picture(true)} title={T::UiPngTitle.get(lang)}>{"PNG"}</button>
            <button id="audit" onclick={emit(&props.on_audit)} title={T::UiAuditTitleAttr.get(lang)}>{T::UiAudit.get(lang)}</button>
            <button id="print" onclick={Callback::from(|_: MouseEvent| browser::print())} title={T::UiPrintTitle.get(lang)}>{T::UiPrint.get(lang)}</button>
            <span class="grow" />
            <button id="theme-toggle" onclick={emit(&props.on_theme)}>{theme_label.get(lang)}</button>
            <button id="lang-toggle" class="lang" onclick={click(Action::SetLang(next_lang))} aria-label={T::UiSwitchLang.get(lang)}>{T::UiOtherLang.get(lang)}</button>
        </nav>
    }
}
