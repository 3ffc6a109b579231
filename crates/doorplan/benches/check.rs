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
    let big = sample_design(1000).to_json();
    c.bench_function("parse/1000_door_vpns", |b| {
        b.iter(|| Design::from_json(black_box(&big)))
    });
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
