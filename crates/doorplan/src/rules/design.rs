//! The design as a document: names the exports derive from it, and where it runs.

use std::collections::HashMap;

use super::{source, Context, Emitter, Family, Rule};
use crate::ids::Subject;
use crate::model::{DOOR_REGIONS, VPG_TYPES};
use crate::names::slug;
use crate::report::Severity;
use crate::text::{join, quoted, S, T};

pub(super) static RULES: [&Rule; 4] = [
    &NAME_COLLISION,
    &AZURE_NAME,
    &REGION_UNKNOWN,
    &VPG_TYPE_UNKNOWN,
];

/// DESIGN-NAME-COLLISION: two Door VPN ids that become the same Azure resource names and
/// script variables (`door-1`/`Door-1`/`door_1`/`door.1`: Azure names are case-insensitive and
/// keep only letters, digits and `-`). Built as written, the second VPN's local network
/// gateways and connections would overwrite the first's and share its key. Exports keep
/// names apart anyway (`-2`), but the design should say which is which.
///
/// Microsoft, "Naming rules and restrictions for Azure resources" (Microsoft.Network).
pub(crate) static NAME_COLLISION: Rule = Rule {
    id: "DESIGN-NAME-COLLISION",
    family: Family::Design,
    severity: Severity::Ng,
    summary: S::DesignNameCollision,
    source: source::AZ_NAMING,
    check: name_collision,
};

fn name_collision(context: &Context, out: &mut Emitter) {
    let mut first_with: HashMap<String, &str> =
        HashMap::with_capacity(context.design.door_vpns.len());
    for vpn in &context.design.door_vpns {
        let name = slug(&vpn.id);
        match first_with.get(name.as_str()) {
            Some(first) => out.emit(
                Subject::Vpn(vpn.id.clone()),
                msg!(
                    DesignNameCollision,
                    id = quoted(&vpn.id),
                    first = quoted(first),
                    name = format!("lng-{name}-t1")
                ),
            ),
            None => {
                first_with.insert(name, vpn.id.as_str());
            }
        }
    }
}

/// DESIGN-AZURE-NAME: the VNet and the gateway keep the names the design gives them (every
/// other resource name is derived and made safe), so those two must be names Azure accepts:
/// VNet 2–64 and gateway 1–80 characters of letters, digits, `_`, `.` and `-`, starting with a
/// letter or digit and ending with a letter, digit or `_`. Characters outside ASCII are let
/// through: the rule only says NG where Azure's rule certainly refuses.
///
/// Microsoft, "Naming rules and restrictions for Azure resources" (Microsoft.Network:
/// virtualNetworks, virtualNetworkGateways).
pub(crate) static AZURE_NAME: Rule = Rule {
    id: "DESIGN-AZURE-NAME",
    family: Family::Design,
    severity: Severity::Ng,
    summary: S::DesignAzureName,
    source: source::AZ_NAMING,
    check: azure_name,
};

/// Whether Azure accepts `name` for a VNet or a VPN gateway of `min` to `max` characters.
fn azure_name_ok(name: &str, min: usize, max: usize) -> bool {
    // Anything outside ASCII counts as a letter (not `char::is_alphanumeric`, whose Unicode
    // tables would add kilobytes to every Wasm).
    let letter = |c: char| c.is_ascii_alphanumeric() || !c.is_ascii();
    let length = name.chars().count();
    (min..=max).contains(&length)
        && name
            .chars()
            .all(|c| letter(c) || matches!(c, '_' | '.' | '-'))
        && name.starts_with(letter)
        && name.ends_with(|c: char| letter(c) || c == '_')
}

fn azure_name(context: &Context, out: &mut Emitter) {
    let azure = &context.design.azure;
    for (subject, what, name, min, max) in [
        (Subject::Vnet, T::SubjectVnet, &azure.vnet.name, 2, 64),
        (
            Subject::Gateway,
            T::SubjectGateway,
            &azure.gateway.name,
            1,
            80,
        ),
    ] {
        if !azure_name_ok(name, min, max) {
            out.emit(
                subject,
                msg!(
                    DesignAzureName,
                    what = what,
                    name = quoted(name),
                    min = min,
                    max = max
                ),
            );
        }
    }
}

/// DESIGN-REGION-UNKNOWN: a region SORACOM Door does not serve (as far as doorplan knows):
/// region-specific rules (AWS-reserved ASNs) cannot be judged.
///
/// SORACOM, "SORACOM Door" (Door regions).
pub(crate) static REGION_UNKNOWN: Rule = Rule {
    id: "DESIGN-REGION-UNKNOWN",
    family: Family::Design,
    severity: Severity::Warn,
    summary: S::DesignRegionUnknown,
    source: source::SORACOM_DOOR,
    check: region_unknown,
};

fn region_unknown(context: &Context, out: &mut Emitter) {
    let region = context.design.soracom.region.as_str();
    if !DOOR_REGIONS.contains(&region) {
        out.emit(
            Subject::Soracom,
            msg!(
                DesignRegionUnknown,
                region = quoted(region),
                known = join(DOOR_REGIONS)
            ),
        );
    }
}

/// DESIGN-VPG-TYPE-UNKNOWN: a VPG type that is none of SORACOM's (a typo such as `Type-Z` or
/// `TypeF`); the Door application names the type, and a VPG's type is fixed when it is created.
/// Not knowing the type yet (`null`) is no finding.
///
/// SORACOM, "Virtual Private Gateway" (VPG types).
pub(crate) static VPG_TYPE_UNKNOWN: Rule = Rule {
    id: "DESIGN-VPG-TYPE-UNKNOWN",
    family: Family::Design,
    severity: Severity::Warn,
    summary: S::DesignVpgTypeUnknown,
    source: source::SORACOM_VPG,
    check: vpg_type_unknown,
};

fn vpg_type_unknown(context: &Context, out: &mut Emitter) {
    if let Some(kind) = context.design.soracom.vpg_type.as_deref() {
        if !VPG_TYPES.contains(&kind) {
            out.emit(
                Subject::Soracom,
                msg!(
                    DesignVpgTypeUnknown,
                    kind = quoted(kind),
                    known = join(VPG_TYPES)
                ),
            );
        }
    }
}
