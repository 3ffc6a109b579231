//! Several designs in one browser: a named list in local storage beside the autosave.

use doorplan::Message;
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
    /// A new entry with an id no entry of `existing` has.
    pub fn new(name: &str, design: String, existing: &[Saved]) -> Saved {
        let mut id = format!("d{}", browser::now_ms() as u64);
        while existing.iter().any(|saved| saved.id == id) {
            id.push('x');
        }
        Saved {
            id,
            name: name.to_string(),
            saved: browser::now_iso(),
            design,
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

/// Stores the list; the reason when the browser refuses (quota, storage disabled).
pub fn store(list: &[Saved]) -> Result<(), Message> {
    let text = serde_json::to_string(list).unwrap_or_default();
    browser::save(DESIGNS_KEY, &text)
}

/// Adds a design to the list (newest first) and stores it.
pub fn add(name: &str, design: &doorplan::Design) -> Result<(), Message> {
    let mut list = load().map_err(|_| Message::new(doorplan::T::UiListUnreadable))?;
    let entry = Saved::new(name, design.to_json(), &list);
    list.insert(0, entry);
    store(&list)
}
