//! Speed of the exports at 10,000 Door VPNs (20,000 tunnels), one benchmark per format: every
//! export is linear in the design (names are made unique with one hash set, lookups go through
//! maps built once). Run: `cargo bench -p doorplan --bench export`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use doorplan::export::{export, Format};
use doorplan::templates::sample_design;
use doorplan::Lang;
use std::hint::black_box;

fn bench_export(c: &mut Criterion) {
    let mut group = c.benchmark_group("export/10000_door_vpns");
    group.sample_size(10);
    let design = sample_design(10_000);
    group.throughput(Throughput::Elements(10_000));
    for format in Format::ALL {
        group.bench_with_input(
            BenchmarkId::from_parameter(format.name()),
            &design,
            |b, design| b.iter(|| export(black_box(design), format, Lang::En)),
        );
    }
    group.finish();
}

criterion_group!(benches, bench_export);
criterion_main!(benches);
