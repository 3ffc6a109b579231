//! The engine compiled to WebAssembly, run in headless Chromium, gives byte for byte the same
//! report as the native engine (whose output is pinned by the golden files).
//!
//! `cargo test -p doorplan --target wasm32-unknown-unknown --test wasm` (scripts/test.sh sets
//! up the browser driver).
#![cfg(target_arch = "wasm32")]

use doorplan::templates::template;
use doorplan::{check, Lang};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! golden {
    ($id:literal, $lang:literal) => {
        include_str!(concat!(
            "../../../tests/golden/reports/",
            $id,
            ".",
            $lang,
            ".json"
        ))
    };
}

fn assert_same_as_native(id: &str, lang: Lang, golden: &str) {
    let design = template(id).unwrap().design().unwrap();
    let report = check(&design).to_json(lang) + "\n";
    assert_eq!(
        report, golden,
        "{id}: the Wasm report differs from the native golden file"
    );
}

#[wasm_bindgen_test]
fn article_designs_match_native_reports() {
    assert_same_as_native("p1", Lang::En, golden!("p1", "en"));
    assert_same_as_native("p2", Lang::En, golden!("p2", "en"));
    assert_same_as_native("ng", Lang::En, golden!("ng", "en"));
    assert_same_as_native("w", Lang::En, golden!("w", "en"));
    assert_same_as_native("tutorial", Lang::En, golden!("tutorial", "en"));
    assert_same_as_native("p2", Lang::Ja, golden!("p2", "ja"));
    assert_same_as_native("ng", Lang::Ja, golden!("ng", "ja"));
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_panic() {
    let error = doorplan::Design::from_json("{\"schema\":\"doorplan/1\",\"azure\":1}").unwrap_err();
    assert_eq!(error.path, "azure");
}
