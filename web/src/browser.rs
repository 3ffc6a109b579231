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
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot create the file")?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or("cannot create a link")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
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
