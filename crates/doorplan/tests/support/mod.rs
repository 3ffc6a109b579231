//! Designs several test files share.
#![allow(dead_code)]

use std::path::PathBuf;

use doorplan::templates::template;
use doorplan::Design;

/// P2 with nothing chosen yet: no inside CIDRs, no APIPA addresses (WARN, exports write
/// placeholders for every BGP address).
pub fn p2_unchosen() -> Design {
    let mut design = template("p2").unwrap().design().unwrap();
    design.title = "Door x Azure, 2 VPNs, BGP, active-active — addresses not chosen yet".into();
    for tunnel in design
        .door_vpns
        .iter_mut()
        .flat_map(|vpn| vpn.tunnels.iter_mut())
    {
        tunnel.inside_cidr = None;
    }
    design.azure.gateway.apipa = vec![vec![], vec![]];
    design
}

/// P2 after SORACOM's answers: outside IPs, keys and public IPs known.
pub fn p2_filled() -> Design {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/aws");
    let mut design = template("p2").unwrap().design().unwrap();
    design.title = "Door x Azure, 2 VPNs, BGP, active-active — after SORACOM's answers".into();
    for (vpn, file) in [
        ("door-1", "door-1.generic.txt"),
        ("door-2", "door-2.generic.txt"),
    ] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let config = doorplan::import::parse_aws_generic(&text).unwrap();
        design = doorplan::import::import_aws(&design, vpn, &config)
            .unwrap()
            .design;
    }
    design
}
