//! Golden files: the report and every export of the article's designs, byte for byte.
//! Regenerate after an intended change with `UPDATE_GOLDEN=1 cargo test -p doorplan --test golden`
//! and review the diff.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use doorplan::export::{export, Format};
use doorplan::templates::TEMPLATES;
use doorplan::{check, Lang};

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden")
}

/// Compares with the stored file, or writes it when UPDATE_GOLDEN is set.
fn assert_golden(relative: &str, actual: &str, mismatches: &mut Vec<String>) {
    let path = golden_dir().join(relative);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(expected) if expected == actual => {}
        Ok(_) => mismatches.push(format!("{relative} differs")),
        Err(error) => mismatches.push(format!("{relative}: {error}")),
    }
}

#[test]
fn reports_match_their_golden_files() {
    let mut mismatches = Vec::new();
    for template in TEMPLATES {
        let report = check(&template.design().unwrap());
        for (lang, code) in [(Lang::En, "en"), (Lang::Ja, "ja")] {
            let text = report.to_json(lang) + "\n";
            assert_golden(&format!("reports/{}.{code}.json", template.id), &text, &mut mismatches);
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}\n(UPDATE_GOLDEN=1 regenerates; review the diff)");
}

#[test]
fn exports_match_their_golden_files() {
    let mut mismatches = Vec::new();
    for id in ["p1", "p2", "w", "tutorial"] {
        let design = doorplan::templates::template(id).unwrap().design().unwrap();
        for format in Format::ALL {
            let langs: &[(Lang, &str)] = if format == Format::DoorRequest {
                &[(Lang::En, ".en"), (Lang::Ja, ".ja")]
            } else {
                &[(Lang::En, "")]
            };
            for (lang, suffix) in langs {
                let text = export(&design, format, *lang);
                let name = format!("exports/{id}/{}{suffix}", format.file_name());
                assert_golden(&name, &text, &mut mismatches);
            }
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}\n(UPDATE_GOLDEN=1 regenerates; review the diff)");
}
