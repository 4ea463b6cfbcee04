//! Planning speed at the sizes issue 5 names: 80×10, 1,200×20 (target < 20 ms) and
//! 40,000×22 (the whole CLI run, with JSON, is measured separately: target < 1 s); and the
//! flexible-work month (planner version 2) at 1,500×22 (target < 50 ms) and 40,000×22.

use criterion::{criterion_group, criterion_main, Criterion};
use giliran_bench::{flexible, instance};
use giliran_core::rules::planner::plan;
use std::hint::black_box;

fn planner(c: &mut Criterion) {
    let mut g = c.benchmark_group("plan");
    for (staff, units, days) in [(80, 5, 10), (1200, 40, 20)] {
        let inst = instance(staff, units, days, 1);
        g.bench_function(format!("{staff}x{days}"), |b| b.iter(|| plan(black_box(&inst))));
    }
    g.sample_size(10);
    let big = instance(40_000, 400, 22, 1);
    g.bench_function("40000x22", |b| b.iter(|| plan(black_box(&big))));
    let fwa = flexible(1500, 5, 22, 1);
    g.bench_function("fwa 1500x22", |b| b.iter(|| plan(black_box(&fwa))));
    let fwa = flexible(40_000, 400, 22, 1);
    g.bench_function("fwa 40000x22", |b| b.iter(|| plan(black_box(&fwa))));
    g.finish();
}

criterion_group!(benches, planner);
criterion_main!(benches);
