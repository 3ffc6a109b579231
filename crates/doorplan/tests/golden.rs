//! Golden files: the report of every template and every export of the article's designs (and
//! of P2 before its addresses are chosen and after SORACOM's answers, and of two BGP shapes
//! whose custom BGP addresses differ: active-standby, and one instance of active-active),
//! byte for byte.
//! Regenerate after an intended change with `UPDATE_GOLDEN=1 cargo test -p doorplan --test golden`
//! and review the diff. The files are also what `tests/exports/` feeds to real clients.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use doorplan::export::{export, Format};
use doorplan::templates::{template, TEMPLATES};
use doorplan::{check, Design, Lang};

mod support;
use support::{one_instance_bgp, p2_filled, p2_unchosen, standby_bgp};

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
    let mut designs: Vec<(String, Design)> = TEMPLATES
        .iter()
        .map(|t| (t.id.to_string(), t.design().unwrap()))
        .collect();
    designs.push(("p2-unchosen".into(), p2_unchosen()));
    for (name, design) in designs {
        let report = check(&design);
        for lang in Lang::ALL {
            let text = report.to_json(lang) + "\n";
            assert_golden(
                &format!("reports/{name}.{}.json", lang.code()),
                &text,
                &mut mismatches,
            );
        }
    }
    assert!(
        mismatches.is_empty(),
        "{mismatches:#?}\n(UPDATE_GOLDEN=1 regenerates; review the diff)"
    );
}

#[test]
fn exports_match_their_golden_files() {
    let mut mismatches = Vec::new();
    let mut designs: Vec<(String, Design)> = ["p1", "p2", "w", "tutorial"]
        .into_iter()
        .map(|id| (id.to_string(), template(id).unwrap().design().unwrap()))
        .collect();
    designs.push(("p2-unchosen".into(), p2_unchosen()));
    designs.push(("p2-filled".into(), p2_filled()));
    designs.push(("standby-bgp".into(), standby_bgp()));
    designs.push(("one-instance-bgp".into(), one_instance_bgp()));
    for (name, design) in designs {
        assert_ne!(
            check(&design).verdict,
            doorplan::Verdict::Ng,
            "{name}: an NG design"
        );
        for format in Format::ALL {
            // Every format in English; in Japanese too for the Door application, and for every
            // format of P2 (comments, descriptions and labels follow the language).
            let langs: &[Lang] = if format == Format::DoorRequest || name == "p2" {
                &Lang::ALL
            } else {
                &[Lang::En]
            };
            for lang in langs {
                let text = export(&design, format, *lang);
                let suffix = match (format, lang) {
                    (Format::DoorRequest, lang) => format!(".{}", lang.code()),
                    (_, Lang::En) => String::new(),
                    (_, lang) => format!(".{}", lang.code()),
                };
                assert_golden(
                    &format!("exports/{name}/{}{suffix}", format.file_name()),
                    &text,
                    &mut mismatches,
                );
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{mismatches:#?}\n(UPDATE_GOLDEN=1 regenerates; review the diff)"
    );
}
