//! The browser APIs the app uses, each behind a small function that cannot panic and says why
//! it failed: local storage, reading a chosen file (size-capped, UTF-8 checked), downloads,
//! the clipboard, the URL fragment, compression (the browser's own `CompressionStream`, so no
//! DEFLATE encoder ships in the Wasm), printing.

use doorplan::{Message, T};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the current design is autosaved.
pub const AUTOSAVE_KEY: &str = "doorplan.autosave.v1";
/// An autosave that could not be read, kept aside when something else opened.
pub const RECOVERED_KEY: &str = "doorplan.autosave.unreadable";
/// The interface language the user chose.
pub const LANG_KEY: &str = "doorplan.lang";
/// Where saved designs are kept (a list, beside the autosave).
pub const DESIGNS_KEY: &str = "doorplan.designs.v1";
/// The colour theme the user chose (`light`, `dark`; absent: follow the system).
pub const THEME_KEY: &str = "doorplan.theme";

/// The largest file the app opens (the engine refuses larger designs anyway).
pub const MAX_FILE_BYTES: f64 = doorplan::read::MAX_DESIGN_BYTES as f64;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Runs `then` just after the browser paints its next frame (an animation frame, then a task),
/// so that what was rendered before is on screen first. Nothing runs if there is no window.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let Some(window) = window() else {
        return;
    };
    let task = wasm_bindgen::closure::Closure::once_into_js(then);
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(window) = self::window() {
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Takes away the page's placeholder (`<p class="boot">` in index.html), which the browser paints
/// while the Wasm loads, before the editor renders beside it.
pub fn remove_boot_placeholder() {
    if let Some(boot) =
        document().and_then(|document| document.query_selector(".boot").ok().flatten())
    {
        boot.remove();
    }
}

fn storage() -> Result<web_sys::Storage, Message> {
    // Reading `localStorage` itself throws when storage is disabled.
    window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or_else(|| Message::new(T::UiStorageUnavailable))
}

/// Reads a stored text (`None` when absent or when storage is unavailable).
pub fn load(key: &str) -> Option<String> {
    storage().ok()?.get_item(key).ok()?
}

/// Stores a text; `Err` with the reason when the browser refuses (quota, private mode,
/// storage disabled).
pub fn save(key: &str, text: &str) -> Result<(), Message> {
    storage()?.set_item(key, text).map_err(|error| {
        let quota = error
            .dyn_ref::<web_sys::DomException>()
            .is_some_and(|exception| exception.name() == "QuotaExceededError");
        Message::new(if quota {
            T::UiStorageFull
        } else {
            T::UiStorageRefused
        })
    })
}

/// Removes stored text.
pub fn remove(key: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The text of the first file chosen in a file input: its name and its text, or why not
/// (too large, not UTF-8, unreadable).
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
) -> Option<(String, Result<String, Message>)> {
    let file = input.files()?.get(0)?;
    Some(read_file(file).await)
}

/// Every file chosen in a file input (`multiple`), each with its text or why not.
pub async fn read_chosen_files(
    input: &web_sys::HtmlInputElement,
) -> Vec<(String, Result<String, Message>)> {
    let Some(files) = input.files() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for index in 0..files.length() {
        if let Some(file) = files.get(index) {
            out.push(read_file(file).await);
        }
    }
    out
}

/// A file's name and its text, or why not (too large, not UTF-8, unreadable).
async fn read_file(file: web_sys::File) -> (String, Result<String, Message>) {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        let size = doorplan::diagram::fixed(file.size() / 1_048_576.0, 1);
        let limit = doorplan::diagram::fixed(MAX_FILE_BYTES / 1_048_576.0, 0);
        return (
            name,
            Err(doorplan::msg!(UiFileTooLarge, size = size, limit = limit)),
        );
    }
    let bytes = match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => return (name, Err(Message::new(T::UiFileUnreadable))),
    };
    let text = String::from_utf8(bytes).map_err(|_| Message::new(T::CliNotUtf8));
    (name, text)
}

/// Offers text as a file download (a Blob URL; nothing leaves the browser).
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), Message> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| Message::new(T::UiDownloadFailed))?;
    download_blob(file_name, &blob)
}

/// Offers a Blob as a file download.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), Message> {
    let failed = || Message::new(T::UiDownloadFailed);
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| failed())?;
    let anchor = document()
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(failed)?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke after the click has been handled, so the download can start.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
    Ok(())
}

/// Copies text to the clipboard; `false` when the browser refused.
pub async fn copy(text: &str) -> bool {
    let Some(window) = window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// A file name from a design title: `door-x-azure.doorplan.json`.
pub fn file_name_for(title: &str) -> String {
    let slug: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug: Vec<&str> = slug.split('-').filter(|part| !part.is_empty()).collect();
    let slug = slug.join("-");
    let slug = if slug.is_empty() {
        "design".to_string()
    } else {
        slug.chars().take(60).collect()
    };
    format!("{slug}.doorplan.json")
}

/// The page's URL fragment, with its `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its fragment (works under any sub-path and from `file://`).
pub fn page_address() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The editor's address beside this page (the viewer page links to it).
pub fn editor_address() -> String {
    let page = page_address();
    match page.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/index.html"),
        None => "index.html".to_string(),
    }
}

/// Replaces the fragment without adding a history entry or reloading.
pub fn set_fragment(fragment: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let url = format!("{}{}", page_address(), fragment);
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The current time as an ISO 8601 string (for "saved at" and picture legends).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Milliseconds since the epoch (ids of saved designs).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Applies a theme to the document (`None`: follow the system setting).
pub fn apply_theme(theme: Option<&str>) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match theme {
            Some(theme) => root.set_attribute("data-theme", theme),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// Sets the document's language (screen readers, fonts).
pub fn set_document_lang(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

/// Opens the browser's print dialog (the page has a print stylesheet: the design report).
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Raw DEFLATE of a text by the browser's `CompressionStream('deflate-raw')`.
pub async fn deflate_raw(text: &str) -> Result<Vec<u8>, JsValue> {
    use js_sys::{Array, Function, Reflect};
    let global = js_sys::global();
    let constructor: Function = Reflect::get(&global, &"CompressionStream".into())?.dyn_into()?;
    let compressor = Reflect::construct(&constructor, &Array::of1(&"deflate-raw".into()))?;
    let parts = Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence(&parts)?;
    let stream = Reflect::get(&blob, &"stream".into())?
        .dyn_into::<Function>()?
        .call0(&blob)?;
    let piped = Reflect::get(&stream, &"pipeThrough".into())?
        .dyn_into::<Function>()?
        .call1(&stream, &compressor)?;
    let response_constructor: Function = Reflect::get(&global, &"Response".into())?.dyn_into()?;
    let response = Reflect::construct(&response_constructor, &Array::of1(&piped))?;
    let buffer = Reflect::get(&response, &"arrayBuffer".into())?
        .dyn_into::<Function>()?
        .call0(&response)?;
    let buffer = JsFuture::from(js_sys::Promise::from(buffer)).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Inflates raw DEFLATE with the browser's `DecompressionStream('deflate-raw')`, reading at
/// most `limit` bytes (a decompression bomb stops there): the bytes, or the link error.
pub async fn inflate_raw(bytes: &[u8], limit: usize) -> Result<Vec<u8>, doorplan::LoadError> {
    use js_sys::{Array, Function, Reflect};
    let call = |target: &JsValue, name: &str| -> Result<JsValue, JsValue> {
        Reflect::get(target, &name.into())?
            .dyn_into::<Function>()?
            .call0(target)
    };
    let reader = (|| -> Result<JsValue, JsValue> {
        let global = js_sys::global();
        let constructor: Function =
            Reflect::get(&global, &"DecompressionStream".into())?.dyn_into()?;
        let inflater = Reflect::construct(&constructor, &Array::of1(&"deflate-raw".into()))?;
        let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(
            &js_sys::Uint8Array::from(bytes),
        ))?;
        let stream = call(&blob, "stream")?;
        let piped = Reflect::get(&stream, &"pipeThrough".into())?
            .dyn_into::<Function>()?
            .call1(&stream, &inflater)?;
        call(&piped, "getReader")
    })()
    .map_err(|_| doorplan::share::not_compressed())?;
    let mut out = Vec::new();
    loop {
        let chunk = match call(&reader, "read") {
            Ok(promise) => JsFuture::from(js_sys::Promise::from(promise)).await,
            Err(error) => Err(error),
        }
        .map_err(|_| doorplan::share::not_compressed())?;
        if Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|done| done.as_bool())
            .unwrap_or(true)
        {
            return Ok(out);
        }
        let value =
            Reflect::get(&chunk, &"value".into()).map_err(|_| doorplan::share::not_compressed())?;
        let value = js_sys::Uint8Array::new(&value);
        if out.len() + value.length() as usize > limit {
            let _ = call(&reader, "cancel");
            return Err(doorplan::share::too_large());
        }
        let start = out.len();
        out.resize(start + value.length() as usize, 0);
        value.copy_to(&mut out[start..]);
    }
}

/// The design in this page's share link (`#d=…`), if there is one: decoded by the engine,
/// inflated by the browser (so the Wasm carries no DEFLATE decoder), read by `read`
/// (`share::from_inflated` in the editor, `share::from_inflated_lenient` in the viewer).
pub async fn shared_design(
    read: impl FnOnce(Vec<u8>) -> Result<doorplan::Design, doorplan::LoadError>,
) -> Option<Result<doorplan::Design, doorplan::LoadError>> {
    let fragment = fragment();
    let data = doorplan::share::fragment_data(&fragment)?;
    let bytes = match doorplan::share::compressed_bytes(data) {
        Ok(bytes) => bytes,
        Err(error) => return Some(Err(error)),
    };
    Some(
        match inflate_raw(&bytes, doorplan::share::MAX_LINK_DESIGN_BYTES).await {
            Ok(json) => read(json),
            Err(error) => Err(error),
        },
    )
}

/// A design as share-link data (`d=` value): compact JSON, raw DEFLATE, base64url.
pub async fn share_data(design: &doorplan::Design, include_keys: bool) -> Option<String> {
    let design = if include_keys {
        design.clone()
    } else {
        doorplan::share::without_keys(design)
    };
    let bytes = deflate_raw(&design.to_compact_json()).await.ok()?;
    Some(doorplan::share::encode_compressed(&bytes))
}

/// The language the browser prefers, if doorplan speaks it (else English).
pub fn browser_lang() -> doorplan::Lang {
    window()
        .and_then(|window| window.navigator().language())
        .and_then(|code| doorplan::Lang::parse(&code))
        .unwrap_or_default()
}

/// The language to show: the user's choice, else the browser's.
pub fn chosen_lang() -> doorplan::Lang {
    load(LANG_KEY)
        .and_then(|code| doorplan::Lang::parse(&code))
        .unwrap_or_else(browser_lang)
}

/// The canvas's width in CSS pixels (for the arrangement), or a desktop width.
pub fn viewport_width() -> f64 {
    window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(1280.0)
}
