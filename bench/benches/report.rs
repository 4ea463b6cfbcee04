//! Report speed at the sizes issue 7 names: a month for about 5,000 staff to .xlsx (target
//! < 2 s) and consolidating 50 OPD files (target < 5 s).

use criterion::{criterion_group, criterion_main, Criterion};
use giliran_core::files::report::{self, consolidate};
use giliran_core::office::{circulars, demo, presence, profile, roster};
use giliran_core::Store;
use std::path::{Path, PathBuf};

/// An office of `copies` × the example office's units, October 2026 planned and recorded.
fn office(dir: &Path, copies: usize, name: &str) -> Store {
    let mut s = Store::open(&dir.join("giliran.db")).expect("database");
    demo::load_large(&mut s, copies).expect("office");
    let mut o = profile::get(&mut s).expect("profile");
    o.opd_name = name.into();
    profile::save(&mut s, &o, day()).expect("profile");
    circulars::add_from_template(&mut s, "kaltim-2020", Some("k"), Some("01-01-2026"), None).expect("circular");
    roster::plan_period(&mut s, "01-10-2026", "31-10-2026").expect("plan");
    for day in 1..=31 {
        let _ = presence::fill_from_plan(&mut s, &format!("{day:02}-10-2026"), None);
    }
    s
}

fn reports(c: &mut Criterion) {
    let mut g = c.benchmark_group("report");
    g.sample_size(10);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut big = office(dir.path(), 88, "Dinas Besar");
    let out = dir.path().join("laporan.xlsx");
    g.bench_function("month_4929_staff_xlsx", |b| {
        b.iter(|| report::save(&mut big, "01-10-2026", "31-10-2026", &out, day()).expect("report"))
    });
    // The PDF wraps every cell and embeds its fonts (krilla): the archive copy of the same month.
    let pdf = dir.path().join("laporan.pdf");
    g.bench_function("month_4929_staff_pdf", |b| {
        b.iter(|| report::save(&mut big, "01-10-2026", "31-10-2026", &pdf, day()).expect("report"))
    });

    let files: Vec<PathBuf> = (0..50)
        .map(|i| {
            let d = dir.path().join(format!("opd{i}"));
            std::fs::create_dir(&d).expect("dir");
            let mut s = office(&d, 5, &format!("OPD {i}"));
            let f = dir.path().join(format!("opd{i}.xlsx"));
            report::save(&mut s, "01-10-2026", "31-10-2026", &f, day()).expect("report");
            f
        })
        .collect();
    let rekap = dir.path().join("rekap.xlsx");
    g.bench_function("consolidate_50_opd", |b| b.iter(|| consolidate::consolidate(&files, &[], &rekap).expect("rekap")));
    g.finish();
}

criterion_group!(benches, reports);
criterion_main!(benches);

/// The day the reports are made on: fixed, so every run measures the same work.
fn day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("tanggal")
}
