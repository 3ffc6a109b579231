//! Several designs in one browser: a named list in local storage beside the autosave.

use doorplan::Design;
use serde::{Deserialize, Serialize};

use crate::browser::{self, DESIGNS_KEY};

/// One saved design.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub id: String,
    pub name: String,
    /// ISO 8601 time of the last save.
    pub saved: String,
    /// Kept as JSON text, so one unreadable entry never hides the others.
    pub design: String,
}

impl Saved {
    pub fn new(name: &str, design: &Design) -> Saved {
        let saved = browser::now_iso();
        Saved {
            id: format!("d{}", js_sys::Date::now() as u64),
            name: name.to_string(),
            saved,
            design: design.to_json(),
        }
    }
}

/// The saved list, or the stored text when it cannot be read (so it is not lost).
pub fn load() -> Result<Vec<Saved>, String> {
    match browser::load(DESIGNS_KEY) {
        None => Ok(Vec::new()),
        Some(text) => serde_json::from_str(&text).map_err(|_| text),
    }
}

/// Stores the list; the reason when the browser refuses (quota).
pub fn store(list: &[Saved]) -> Result<(), String> {
    let text = serde_json::to_string(list).map_err(|error| error.to_string())?;
    browser::save(DESIGNS_KEY, &text)
}

/// Adds a design to the list (newest first) and stores it.
pub fn add(name: &str, design: &Design) -> Result<(), String> {
    let mut list = load().map_err(|_| "the saved designs could not be read".to_string())?;
    let mut entry = Saved::new(name, design);
    while list.iter().any(|saved| saved.id == entry.id) {
        entry.id.push('x');
    }
    list.insert(0, entry);
    store(&list)
}
