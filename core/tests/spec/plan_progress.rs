//! User story: planning a long period shows how far it has come — every stage is reported,
//! each unit once, and the last report says "Selesai" only after the schedule is saved.

use crate::fixture::Fixture;
use giliran_core::office::roster::{self, Progress};
use std::sync::Mutex;

#[test]
fn planning_a_month_reports_each_unit_and_ends_with_selesai_after_saving() {
    let mut store = Fixture::demo().store();
    let seen: Mutex<Vec<Progress>> = Mutex::new(Vec::new());
    let outcome = roster::plan_period_with(&mut store, "01-12-2026", "31-12-2026", &|p| seen.lock().unwrap().push(p)).unwrap();
    let seen = seen.into_inner().unwrap();

    let stages: Vec<&str> = seen.iter().map(|p| p.stage).fold(Vec::new(), |mut v, s| {
        if v.last() != Some(&s) {
            v.push(s);
        }
        v
    });
    assert_eq!(stages, ["Membaca pegawai, kebutuhan dan ketersediaan", "Menyusun unit kerja", "Menyimpan jadwal", "Selesai"]);
    let total = seen.last().unwrap().total;
    assert_eq!(total, 5, "the example office has five units");
    let mut units: Vec<usize> = seen.iter().filter(|p| p.stage == "Menyusun unit kerja" && p.done > 0).map(|p| p.done).collect();
    units.sort();
    assert_eq!(units, (1..=total).collect::<Vec<_>>(), "each unit reported once");
    assert_eq!(seen.last().unwrap().done, total);
    assert!(outcome.days >= 20, "a month of working days, got {}", outcome.days);
}

#[test]
fn a_refused_period_reports_no_planning() {
    let mut store = Fixture::demo().store();
    let seen: Mutex<Vec<Progress>> = Mutex::new(Vec::new());
    let err = roster::plan_period_with(&mut store, "31-12-2026", "01-12-2026", &|p| seen.lock().unwrap().push(p));
    assert!(err.is_err());
    assert!(seen.into_inner().unwrap().iter().all(|p| p.stage != "Selesai"));
}
