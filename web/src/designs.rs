//! Several designs in one browser: a named list in local storage beside the autosave.

use doorplan::Message;
use serde::Serialize;

use crate::browser::{self, DESIGNS_KEY};

/// One saved design.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
        Some(text) => parse(&text).ok_or(text),
    }
}

/// Reads the stored list through the engine's JSON reader, as designs are read: a derived
/// `Deserialize` would link serde's typed-error machinery (with its float formatting) into the
/// Wasm for these four strings.
fn parse(text: &str) -> Option<Vec<Saved>> {
    let value = doorplan::read::json_value(text).ok()?;
    let field = |entry: &serde_json::Value, name: &str| -> Option<String> {
        entry.get(name)?.as_str().map(str::to_string)
    };
    value
        .as_array()?
        .iter()
        .map(|entry| {
            Some(Saved {
                id: field(entry, "id")?,
                name: field(entry, "name")?,
                saved: field(entry, "saved")?,
                design: field(entry, "design")?,
            })
        })
        .collect()
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn entry(id: &str) -> Saved {
        Saved {
            id: id.to_string(),
            name: format!("design {id} — \"quoted\" 日本語"),
            saved: "2026-12-01T01:00:00Z".to_string(),
            design: "{\"schema\":\"doorplan/1\"}".to_string(),
        }
    }

    #[test]
    fn the_stored_list_reads_back_as_written() {
        let list = vec![entry("d1"), entry("d2x")];
        let text = serde_json::to_string(&list).unwrap();
        assert_eq!(parse(&text), Some(list));
        assert_eq!(parse("[]"), Some(Vec::new()));
        // Keys written by a later version are ignored, as a derived reader would.
        let later = r#"[{"id":"a","name":"n","saved":"t","design":"{}","pinned":true}]"#;
        assert_eq!(parse(later).map(|list| list.len()), Some(1));
    }

    #[test]
    fn an_unreadable_list_is_refused_whole() {
        for text in [
            "",
            "{}",
            "[1]",
            r#"[{"id":"a","name":"n","saved":"t"}]"#,
            r#"[{"id":"a","name":"n","saved":"t","design":7}]"#,
            r#"[{"id":"a","name":"n","saved":"t","design":"{}"}, null]"#,
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
