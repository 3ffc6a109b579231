//! Speed of `check`: the article's P2 design and generated designs of 10, 100 and 1,000 Door
//! VPNs (2,000 tunnels), and the quick fixes at 10,000. Targets (BENCHMARKS.md): P2 under
//! 20 µs; 1,000 VPNs under 5 ms. Also the SVG picture of 10,000 Door VPNs without places.
//! Run: `cargo bench -p doorplan --bench check`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use doorplan::templates::{sample_design, template};
use doorplan::{check, Design};
use std::hint::black_box;

fn bench_check(c: &mut Criterion) {
    let p2 = template("p2")
        .and_then(|t| t.design().ok())
        .expect("p2 template");
    c.bench_function("check/p2", |b| b.iter(|| check(black_box(&p2))));

    let mut group = c.benchmark_group("check/door_vpns");
    for count in [10usize, 100, 1000] {
        let design = sample_design(count);
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(BenchmarkId::from_parameter(count), &design, |b, design| {
            b.iter(|| check(black_box(design)))
        });
    }
    group.finish();

    let text = template("p2").expect("p2").json;
    c.bench_function("parse+check/p2", |b| {
        b.iter(|| Design::from_json(black_box(text)).map(|design| check(&design)))
    });
    // The quick fixes run on a click: linear too (10,000 Door VPNs with no inside CIDR chosen).
    let mut unchosen = sample_design(10_000);
    for vpn in &mut unchosen.door_vpns {
        for tunnel in &mut vpn.tunnels {
            tunnel.inside_cidr = None;
        }
    }
    c.bench_function("fixes/assign_addresses/10000", |b| {
        b.iter(|| doorplan::fixes::assign_addresses(black_box(&unchosen)))
    });
    c.bench_function("fixes/make_redundant/10000", |b| {
        b.iter(|| doorplan::fixes::make_redundant(black_box(&unchosen)))
    });
    // Drawing places Door VPNs without a `layout` entry (and every node on a phone) by their
    // row: one index per drawing, not a search per node.
    let mut unplaced = sample_design(10_000);
    unplaced.layout.clear();
    let report = check(&unplaced);
    for (name, arrangement) in [
        ("document", doorplan::diagram::Arrangement::Document),
        ("portrait", doorplan::diagram::Arrangement::Portrait),
    ] {
        c.bench_function(&format!("picture/{name}/10000_without_layout"), |b| {
            b.iter(|| {
                doorplan::diagram::picture(
                    black_box(&unplaced),
                    &report,
                    doorplan::Lang::En,
                    arrangement,
                    None,
                )
            })
        });
    }
    // The audit compares a design with what Azure reports; in the editor it runs again on every
    // edit while a deployment is loaded. A deployment built exactly as designed, 2,000 Door
    // VPNs (4,000 local network gateways and connections).
    let (built, deployment) = deployment_as_designed(2000);
    c.bench_function("audit/compare/2000_door_vpns", |b| {
        b.iter(|| doorplan::audit::compare(black_box(&built), black_box(&deployment)))
    });
    // "Build a design from the deployment": pairs its 4,000 local network gateways into Door
    // VPNs (by BGP peer where there is one, else by name).
    c.bench_function("audit/design_from/2000_door_vpns", |b| {
        b.iter(|| doorplan::audit::design_from(black_box(&deployment)))
    });
    // The same 4,000 gateways when nothing pairs (no BGP peers, names that share no stem):
    // the case a search of the whole list per gateway made quadratic.
    let mut unpaired = deployment.clone();
    for (index, lng) in unpaired.local_gateways.iter_mut().enumerate() {
        lng.name = format!("gw{index}x");
        lng.bgp_peer = None;
    }
    c.bench_function("audit/design_from/4000_unpaired_gateways", |b| {
        b.iter(|| doorplan::audit::design_from(black_box(&unpaired)))
    });
    // Writing a design puts its `x-` extensions back where they were read: here one on every
    // Door VPN, tunnel and link of 1,000 Door VPNs (autosave and share links write it).
    let mut extended = sample_design(1000).to_value();
    for vpn in extended["door_vpns"].as_array_mut().into_iter().flatten() {
        vpn["x-owner"] = "plant team".into();
        for tunnel in vpn["tunnels"].as_array_mut().into_iter().flatten() {
            tunnel["x-circuit"] = "A-1".into();
        }
    }
    for link in extended["links"].as_array_mut().into_iter().flatten() {
        link["x-ticket"] = 42.into();
    }
    if let Ok(extended) = Design::from_value(&extended) {
        c.bench_function("write/1000_door_vpns_with_extensions", |b| {
            b.iter(|| black_box(&extended).to_json())
        });
    }
    let big = sample_design(1000).to_json();
    c.bench_function("parse/1000_door_vpns", |b| {
        b.iter(|| Design::from_json(black_box(&big)))
    });
    // The viewer's reader (serde_json's value, then the repeated-key walk), on the same text
    // and on a hostile one: 200,000 distinct escaped keys in one extension object, just under
    // the 4 MiB limit (a search per key made that quadratic: 4.6 s for 50,000 keys).
    c.bench_function("parse_lenient/1000_door_vpns", |b| {
        b.iter(|| Design::from_json_lenient(black_box(&big)))
    });
    let keys: Vec<String> = (0..200_000).map(|i| format!("\"\\u0061{i}\":0")).collect();
    let hostile = text.replacen('{', &format!("{{\"x-keys\": {{{}}},", keys.join(",")), 1);
    c.bench_function("parse_lenient/200000_escaped_keys", |b| {
        b.iter(|| Design::from_json_lenient(black_box(&hostile)))
    });
}

/// A design of `count` Door VPNs with every outside address filled, and the deployment its
/// exports would create (names, addresses, BGP peers), as `audit::compare` reads it.
fn deployment_as_designed(count: usize) -> (Design, doorplan::audit::Deployment) {
    use doorplan::audit::{Connection, Deployment, Gateway, LocalGateway};
    use std::net::Ipv4Addr;
    let mut design = sample_design(count);
    for (row, vpn) in design.door_vpns.iter_mut().enumerate() {
        for (tunnel, item) in vpn.tunnels.iter_mut().enumerate() {
            let host = (row * 2 + tunnel) as u32;
            item.outside_ip = Some(doorplan::model::Ip(Ipv4Addr::from(0x0300_0000 + host)));
        }
    }
    let plan = doorplan::export::Plan::new(&design);
    let mut deployment = Deployment {
        gateways: vec![Gateway {
            name: design.azure.gateway.name.clone(),
            ..Gateway::default()
        }],
        ..Deployment::default()
    };
    for connection in &plan.connections {
        let lng = format!("lng-{}", connection.slug);
        deployment.local_gateways.push(LocalGateway {
            name: lng.clone(),
            address: connection.outside_ip,
            bgp_peer: match connection.aws_bgp_ip {
                doorplan::export::Value::Known(ip) => Some(ip),
                doorplan::export::Value::Param(_) => None,
            },
            asn: Some(connection.amazon_asn),
        });
        deployment.connections.push(Connection {
            name: format!("cn-{}", connection.slug),
            gateway: Some(design.azure.gateway.name.clone()),
            local_gateway: Some(lng),
            bgp: Some(connection.bgp),
            ..Connection::default()
        });
    }
    (design, deployment)
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
