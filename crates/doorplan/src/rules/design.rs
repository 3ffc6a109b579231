//! The design as a document: names the exports derive from it, and where it runs.

use std::collections::HashMap;

use super::{source, Context, Emitter, Family, Rule};
use crate::ids::Subject;
use crate::model::DOOR_REGIONS;
use crate::names::slug;
use crate::report::Severity;
use crate::text::{join, quoted, S};

pub(super) static RULES: [&Rule; 2] = [&NAME_COLLISION, &REGION_UNKNOWN];

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
