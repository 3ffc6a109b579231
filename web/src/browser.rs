//! The browser APIs the app uses, each behind a small function that cannot panic: local
//! storage (autosave), reading a chosen file, downloading text as a file.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the current design is autosaved.
pub const AUTOSAVE_KEY: &str = "doorplan.autosave.v1";
/// The interface language the user chose.
pub const LANG_KEY: &str = "doorplan.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Reads a stored text.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Stores a text; `Err` with a reason when the browser refuses (quota, private mode).
pub fn save(key: &str, text: &str) -> Result<(), String> {
    let storage = storage().ok_or_else(|| "local storage is not available".to_string())?;
    storage
        .set_item(key, text)
        .map_err(|error| error.as_string().unwrap_or_else(|| "the browser refused to store the design (storage full?)".into()))
}

/// The text of the first file chosen in a file input.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<(String, String)> {
    let file = input.files()?.get(0)?;
    let text = JsFuture::from(file.text()).await.ok()?.as_string()?;
    Some((file.name(), text))
}

/// Offers text as a file download (a Blob URL; nothing leaves the browser).
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "cannot create the file")?;
    download_blob(file_name, &blob)
}

/// Offers a Blob as a file download.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| "cannot create the file")?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or("cannot create a link")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke after the click has been handled, so the download can start.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
    Ok(())
}

/// A file name from a design title: `door-x-azure.doorplan.json`.
pub fn file_name_for(title: &str) -> String {
    let slug: String = title
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let slug: Vec<&str> = slug.split('-').filter(|part| !part.is_empty()).collect();
    let slug = slug.join("-");
    let slug = if slug.is_empty() { "design".to_string() } else { slug.chars().take(60).collect() };
    format!("{slug}.doorplan.json")
}

/// Where saved designs are kept (a list, beside the autosave).
pub const DESIGNS_KEY: &str = "doorplan.designs.v1";
/// The colour theme the user chose (`light`, `dark`; absent: follow the system).
pub const THEME_KEY: &str = "doorplan.theme";

/// The page's URL fragment, with its `#`.
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The page's address without its fragment (works under any sub-path and from `file://`).
pub fn page_address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Replaces the fragment without adding a history entry or reloading.
pub fn set_fragment(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let url = format!("{}{}", page_address(), fragment);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Removes stored text (a corrupt entry the user has saved elsewhere).
pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The current time as an ISO 8601 string (for "saved at" and picture legends).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Applies a theme to the document (`None`: follow the system setting).
pub fn apply_theme(theme: Option<&str>) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = match theme {
            Some(theme) => root.set_attribute("data-theme", theme),
            None => root.remove_attribute("data-theme"),
        };
    }
}
