//! The JSON Schema of `doorplan/1` (schema/doorplan-1.schema.json) against the Rust reader: the
//! same fields in every object, the same names in every closed set, the same limits. (A real
//! JSON Schema validator checks templates, fixtures and rejected files in `make test`:
//! tests/schema/check_schema.py.)

use std::collections::BTreeSet;

use doorplan::model::{ConnectionMode, Generation, Routing, Sku, VpnType};
use doorplan::read::{fields, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS};
use serde_json::Value;

fn schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schema/doorplan-1.schema.json"
    ))
    .expect("the schema file");
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// Follows `$ref`s and `anyOf` (the non-null branch) to the object schema at `path`.
fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    loop {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let name = reference.strip_prefix("#/$defs/").expect("local refs");
            node = &root["$defs"][name];
        } else if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
            node = branches
                .iter()
                .find(|branch| branch.get("type") != Some(&Value::from("null")))
                .expect("a non-null branch");
        } else {
            return node;
        }
    }
}

fn at<'a>(root: &'a Value, path: &[&str]) -> &'a Value {
    let mut node = resolve(root, root);
    for step in path {
        node = match *step {
            "[]" => resolve(root, &node["items"]),
            "*" => resolve(root, &node["additionalProperties"]),
            name => resolve(root, &node["properties"][name]),
        };
    }
    node
}

fn properties(node: &Value) -> BTreeSet<String> {
    node["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .cloned()
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| name.to_string()).collect()
}

#[test]
fn every_object_has_the_fields_the_reader_knows_and_no_other() {
    let root = schema();
    let objects: [(&[&str], &[&str]); 9] = [
        (&[], fields::TOP),
        (&["soracom"], fields::SORACOM),
        (&["azure"], fields::AZURE),
        (&["azure", "vnet"], fields::VNET),
        (&["azure", "gateway"], fields::GATEWAY),
        (&["door_vpns", "[]"], fields::DOOR_VPN),
        (&["door_vpns", "[]", "tunnels", "[]"], fields::TUNNEL),
        (&["links", "[]"], fields::LINK),
        (&["layout", "*"], fields::POINT),
    ];
    for (path, known) in objects {
        let node = at(&root, path);
        assert_eq!(properties(node), set(known), "{path:?}");
        assert_eq!(
            node["additionalProperties"],
            Value::Bool(false),
            "{path:?}: unknown keys are errors"
        );
        assert_eq!(
            node["patternProperties"]["^x-"],
            Value::Bool(true),
            "{path:?}: x- extensions are kept"
        );
    }
}

#[test]
fn closed_sets_and_limits_match_the_engine() {
    let root = schema();
    let names = |node: &Value| -> Vec<String> {
        node["enum"]
            .as_array()
            .expect("enum")
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let gateway = at(&root, &["azure", "gateway"]);
    assert_eq!(
        names(resolve(&root, &gateway["properties"]["sku"])),
        Sku::ALL
            .iter()
            .map(|v| v.name().to_string())
            .collect::<Vec<_>>()
    );
    assert_eq!(
        names(resolve(&root, &gateway["properties"]["generation"])),
        Generation::ALL
            .iter()
            .map(|v| v.name().to_string())
            .collect::<Vec<_>>()
    );
    assert_eq!(
        names(resolve(&root, &gateway["properties"]["vpn_type"])),
        VpnType::ALL
            .iter()
            .map(|v| v.name().to_string())
            .collect::<Vec<_>>()
    );
    let vpn = at(&root, &["door_vpns", "[]"]);
    assert_eq!(
        names(resolve(&root, &vpn["properties"]["routing"])),
        Routing::ALL
            .iter()
            .map(|v| v.name().to_string())
            .collect::<Vec<_>>()
    );
    let link = at(&root, &["links", "[]"]);
    assert_eq!(
        names(resolve(&root, &link["properties"]["connection_mode"])),
        ConnectionMode::ALL
            .iter()
            .map(|v| v.name().to_string())
            .collect::<Vec<_>>()
    );
    assert_eq!(root["$defs"]["id"]["maxLength"], Value::from(MAX_ID_CHARS));
    assert_eq!(
        root["$defs"]["name"]["maxLength"],
        Value::from(MAX_NAME_CHARS)
    );
    assert_eq!(
        root["properties"]["notes"]["anyOf"][0]["additionalProperties"]["maxLength"],
        Value::from(MAX_NOTE_CHARS)
    );
    assert_eq!(
        root["properties"]["schema"]["const"],
        Value::from(doorplan::model::SCHEMA)
    );
    assert_eq!(
        resolve(&root, &vpn["properties"]["tunnels"])["minItems"],
        Value::from(2)
    );
}

#[test]
fn a_saved_file_names_the_schema_and_the_engine_accepts_it() {
    let mut design = doorplan::templates::template("p2")
        .unwrap()
        .design()
        .unwrap();
    design.schema_url = Some("https://example.org/doorplan/schema/doorplan-1.schema.json".into());
    let text = design.to_json();
    assert!(
        text.contains(
            "\"$schema\": \"https://example.org/doorplan/schema/doorplan-1.schema.json\""
        ),
        "{text}"
    );
    let again = doorplan::Design::from_json(&text).unwrap();
    assert_eq!(again, design);
    assert_eq!(
        doorplan::check(&again).verdict,
        doorplan::check(&design).verdict,
        "$schema never changes a verdict"
    );
}
