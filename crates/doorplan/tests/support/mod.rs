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

/// An active-standby gateway with BGP and one BGP tunnel on its one APIPA address (WARN: the
/// other tunnel is unlinked). No connection names a custom BGP address: azurerm takes them only
/// on active-active, and the one address is what every connection peers from.
pub fn standby_bgp() -> Design {
    let mut design = template("p1").unwrap().design().unwrap();
    design.title = "Door x Azure, 1 BGP tunnel, active-standby".into();
    design.azure.gateway.bgp = true;
    design.azure.gateway.asn = 65000;
    design.azure.gateway.apipa = vec![vec!["169.254.21.2".parse().unwrap()]];
    let vpn = &mut design.door_vpns[0];
    vpn.routing = doorplan::model::Routing::Bgp;
    vpn.static_routes.clear();
    vpn.tunnels[0].inside_cidr = Some("169.254.21.0/30".parse().unwrap());
    design.links.truncate(1);
    design
}

/// P2 with every link on instance 0, which holds all four APIPA addresses (WARN: one instance
/// used): each connection names the primary only.
pub fn one_instance_bgp() -> Design {
    let mut design = template("p2").unwrap().design().unwrap();
    design.title = "Door x Azure, 2 BGP VPNs on instance 0 of an active-active gateway".into();
    for link in &mut design.links {
        link.instance = 0;
    }
    let apipa: Vec<_> = [
        "169.254.21.2",
        "169.254.22.2",
        "169.254.21.6",
        "169.254.22.6",
    ]
    .iter()
    .map(|ip| ip.parse().unwrap())
    .collect();
    design.azure.gateway.apipa = vec![apipa, vec![]];
    design
}
