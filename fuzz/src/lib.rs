//! The fuzz target: one input through every reader of untrusted text and everything that runs
//! on what they accept. Any panic is a bug (the engine promises errors, never panics); the
//! smoke run and the AFL campaign both call [`run`].

use doorplan::export::{export, Format};
use doorplan::{Design, Lang};

/// Inputs longer than this are cut (every reader has its own, larger cap; this keeps a run
/// fast and its memory bounded).
pub const MAX_INPUT: usize = 64 * 1024;

/// Runs one input through design parsing (both readers) and everything after it, the AWS
/// import, share-link decoding and the audit. Returns how many stages accepted it (for corpus
/// statistics).
pub fn run(data: &[u8]) -> usize {
    let data = &data[..data.len().min(MAX_INPUT)];
    let text = String::from_utf8_lossy(data);
    let mut accepted = 0;

    // 1. A design file, and everything that runs on a design. The viewer's smaller reader
    //    accepts exactly what the strict one does, as the same design.
    let design = Design::from_json(&text);
    assert_eq!(
        design.as_ref().ok(),
        Design::from_json_lenient(&text).as_ref().ok(),
        "the viewer's reader and the strict reader disagree"
    );
    if let Ok(design) = design {
        accepted += 1;
        everything_on(&design);
    }
    // 2. SORACOM's answer (AWS Generic configuration) into each Door VPN of a template.
    if let Ok(config) = doorplan::import::parse_aws_generic(&text) {
        accepted += 1;
        for id in ["p1", "p2", "ng"] {
            if let Some(design) = doorplan::templates::template(id).and_then(|t| t.design().ok()) {
                for vpn in &design.door_vpns {
                    if let Ok(import) = doorplan::import::import_aws(&design, &vpn.id, &config) {
                        let _ = import.summary(vpn.label());
                        let _ = doorplan::check(&import.design);
                    }
                }
            }
        }
    }
    // 3. A share link's data, and a fragment holding one.
    if let Ok(design) = doorplan::share::decode(&text) {
        accepted += 1;
        let _ = doorplan::check(&design);
    }
    let _ = doorplan::share::from_fragment(&text);
    // 4. What the Azure CLI printed, audited against a template and turned into a design.
    if let Ok(deployment) = doorplan::audit::read(&[("fuzz.json", &text)]) {
        accepted += 1;
        for id in ["p2", "ng", "w"] {
            if let Some(design) = doorplan::templates::template(id).and_then(|t| t.design().ok()) {
                let audit = doorplan::audit::compare(&design, &deployment);
                let _ = audit.text(&design, &deployment, Lang::Ja);
                let _ = audit.to_json(&deployment, Lang::En);
            }
        }
        if let Some((design, _)) = doorplan::audit::design_from(&deployment) {
            let _ = doorplan::check(&design);
        }
    }
    accepted
}

fn everything_on(design: &Design) {
    let report = doorplan::check(design);
    for lang in Lang::ALL {
        for finding in &report.findings {
            let _ = finding.text(lang);
        }
        for format in Format::ALL {
            let _ = export(design, format, lang);
        }
        let _ = doorplan::diagram::picture(
            design,
            &report,
            lang,
            doorplan::diagram::Arrangement::Document,
            Some("2026-01-01"),
        );
        let _ = doorplan::diagram::picture(
            design,
            &report,
            lang,
            doorplan::diagram::Arrangement::Portrait,
            None,
        );
    }
    let text = design.to_json();
    let checked = [doorplan::ci::Checked {
        file: "fuzz.doorplan.json",
        text: &text,
        outcome: Ok((design.clone(), report.clone())),
    }];
    let _ = doorplan::ci::sarif(&checked, Lang::En);
    let _ = doorplan::ci::markdown(&checked, Lang::Ja);
    // What is written reads back as the same design (the format round-trips).
    let again = Design::from_json(&text).expect("a design doorplan wrote must read back");
    assert_eq!(&again, design, "the JSON round trip changed the design");
    let link = doorplan::share::encode(design, true);
    assert_eq!(
        &doorplan::share::decode(&link).expect("a link doorplan wrote must decode"),
        design
    );
    for fix in doorplan::fixes::Fix::ALL {
        if fix.applies(design, &report) {
            let _ = doorplan::check(&fix.apply(design));
        }
    }
}
