//! Specifications of monitoring and evaluation (issue 31, PermenPANRB 4/2025 art. 35): a
//! period of flexible work against a baseline, per unit and for the office, every figure equal
//! to one counted by hand from the days recorded.

use crate::fixture::{d, today, Fixture};
use giliran_core::office::evaluation::{self, Choice};
use giliran_core::office::presence::{self, Entry};
use giliran_core::office::{reach, staff};
use giliran_core::Store;

/// Bidang A (two people) and Bidang B (one), a baseline week (2-6 November 2026) and a week
/// with flexible work (16-20 November 2026), each day recorded as listed.
fn office() -> (Store, [String; 3]) {
    let mut f = Fixture::empty().with_circular("fleksibel-2025", None, None);
    f.unit("Bidang A", "administrasi", &[("pelaksana", 2)]);
    f.unit("Bidang B", "administrasi", &[("pelaksana", 1)]);
    let mut s = f.store();
    let people = staff::list(&mut s, &Default::default()).unwrap();
    let nip = |unit: &str, i: usize| people.iter().filter(|p| p.unit_name == unit).nth(i).unwrap().id_number.clone();
    let (a1, a2, b1) = (nip("Bidang A", 0), nip("Bidang A", 1), nip("Bidang B", 0));
    let on_time = |day: &str| if day.starts_with("06-") || day.starts_with("20-") { ("07:30", "16:30") } else { ("07:30", "16:00") };
    let mut set = |who: &str, day: &str, code: &str, times: Option<(&str, &str)>| {
        let (i, o) = match (code, times) {
            ("H", None) => on_time(day),
            (_, Some(t)) => t,
            _ => ("", ""),
        };
        presence::set(
            &mut s,
            &Entry {
                staff: who.into(),
                date: day.into(),
                code: code.into(),
                check_in: i.into(),
                check_out: o.into(),
                ..Default::default()
            },
        )
        .unwrap();
    };
    // Baseline: A1 late 15 minutes on Monday (TL1), TK on Wednesday, 60 minutes early on
    // Thursday (PSW2); A2 and B1 on time every day.
    for (day, a1_code, a1_times) in [
        ("02-11-2026", "H", Some(("07:45", "16:00"))),
        ("03-11-2026", "H", None),
        ("04-11-2026", "TK", None),
        ("05-11-2026", "H", Some(("07:30", "15:00"))),
        ("06-11-2026", "H", None),
    ] {
        set(&a1, day, a1_code, a1_times);
        set(&a2, day, "H", None);
        set(&b1, day, "H", None);
    }
    // With flexible work: A1 away Monday and Wednesday, 90 minutes late on Tuesday (TL3); A2
    // away Tuesday; B1 in every day.
    for (day, a1_code, a1_times, a2_code) in [
        ("16-11-2026", "WFH", None, "H"),
        ("17-11-2026", "H", Some(("09:00", "16:00")), "WFH"),
        ("18-11-2026", "WFH", None, "H"),
        ("19-11-2026", "H", None, "H"),
        ("20-11-2026", "H", None, "H"),
    ] {
        set(&a1, day, a1_code, a1_times);
        set(&a2, day, a2_code, None);
        set(&b1, day, "H", None);
    }
    // A1 did not answer the call on Monday 16 November, at home.
    reach::record(&mut s, &a1, "16-11-2026", "10:00", false, "tidak diangkat", chrono::NaiveTime::MIN).unwrap();
    (s, [a1, a2, b1])
}

/// A1's request to work at home on Mondays and Wednesdays of the flexible week, approved,
/// with two targets; on Monday one met and one partly, on Wednesday both met.
fn targets_of_a1(s: &mut Store, a1: &str) {
    use giliran_core::office::fwa;
    use giliran_core::office::targets::{self, OutcomeInput};
    let id = staff::find(s, a1).unwrap().id;
    let input = giliran_core::model::fwa::RequestInput {
        staff_id: Some(id),
        from: "16-11-2026".into(),
        to: "20-11-2026".into(),
        days: vec!["senin".into(), "rabu".into()],
        location: "rumah".into(),
        reason: "keluarga".into(),
        evidence: "Surat keterangan".into(),
        work_plan: "1. Draf laporan triwulan selesai\n2. Rekap data SIASN unit".into(),
        ..Default::default()
    };
    let r = fwa::add(s, &input).unwrap();
    fwa::approve(s, r.id, "Kepala Bidang A", "", d("2026-11-13")).unwrap();
    let outcome = |no: u32, outcome: &str, note: &str| OutcomeInput { no, outcome: outcome.into(), note: note.into() };
    let err = targets::set(s, a1, "16-11-2026", &[outcome(2, "sebagian", "")]).unwrap_err();
    assert!(err.to_string().contains("Target 2 \"Rekap data SIASN unit\": tuliskan apa yang belum selesai."), "{err}");
    targets::set(s, a1, "16-11-2026", &[outcome(1, "tercapai", ""), outcome(2, "sebagian", "Baru 3 dari 5 bidang")]).unwrap();
    let err = targets::confirm(s, a1, "18-11-2026", "Kepala Bidang A").unwrap_err();
    assert!(err.to_string().contains("Capaian target nomor 1, 2 belum dicatat"), "{err}");
    targets::set(s, a1, "18-11-2026", &[outcome(1, "tercapai", ""), outcome(2, "Tercapai", "")]).unwrap();
    let day = targets::confirm(s, a1, "18-11-2026", "Kepala Bidang A").unwrap();
    assert_eq!(day.confirmed_by, "Kepala Bidang A");
    assert_eq!(day.targets[0].text, "Draf laporan triwulan selesai");
    let err = targets::day(s, a1, "17-11-2026").unwrap_err();
    assert!(err.to_string().contains("tidak memiliki pengajuan kerja di luar kantor yang disetujui untuk 17-11-2026"), "{err}");
}

fn figure<'a>(line: &'a evaluation::Line, key: &str) -> &'a evaluation::Figure {
    line.figures.iter().find(|f| f.key == key).unwrap()
}

#[test]
fn a_flexible_week_against_its_baseline_gives_the_figures_counted_by_hand() {
    let (mut s, [a1, ..]) = office();
    targets_of_a1(&mut s, &a1);
    let e = evaluation::evaluate(&mut s, "16-11-2026", "20-11-2026", "02-11-2026", "06-11-2026", today()).unwrap();
    let a = e.units.iter().find(|u| u.unit == "Bidang A").unwrap();
    // Baseline: 10 person-days, 9 present (A1 TK once), TL 1 and PSW 1 of 9, TK 1 of 10.
    assert_eq!((a.before.person_days, a.before.present, a.before.away, a.before.tk), (10, 9, 0, 1));
    assert_eq!((a.before.tl, a.before.psw), ([1, 0, 0, 0], [0, 1, 0, 0]));
    // Flexible week: 3 days away, 7 present, one TL3, one call unanswered of 3 days at home.
    assert_eq!((a.after.person_days, a.after.present, a.after.away, a.after.tk, a.after.unreached), (10, 7, 3, 0, 1));
    assert_eq!(a.after.tl, [0, 0, 1, 0]);
    let tl = figure(a, "tl");
    assert_eq!((tl.before, tl.after, tl.change), (Some(11.1), Some(14.3), Some(3.2)));
    assert_eq!((tl.bands_before.as_str(), tl.bands_after.as_str(), tl.verdict()), ("1/0/0/0", "0/0/1/0", "memburuk"));
    let psw = figure(a, "psw");
    assert_eq!((psw.before, psw.after, psw.verdict()), (Some(11.1), Some(0.0), "membaik"));
    assert_eq!((figure(a, "tk").before, figure(a, "tk").after), (Some(10.0), Some(0.0)));
    assert_eq!((figure(a, "away").before, figure(a, "away").after), (Some(0.0), Some(30.0)));
    let calls = figure(a, "unreached");
    assert_eq!((calls.before, calls.after, calls.change), (None, Some(33.3), None), "no day at home before: no rate");
    // Targets of days away: 3 of 4 met, one partly.
    let targets = figure(a, "targets");
    assert_eq!((targets.before, targets.after), (None, Some(75.0)));
    assert_eq!(targets.bands_after, "3 tercapai, 1 sebagian, 0 tidak");
    // The person behind the figures, with their baseline.
    assert_eq!(a.people[0].name, staff::find(&mut s, &a1).unwrap().name);
    assert_eq!((a.people[0].tl, a.people[0].unreached, a.people[0].before), (1, 1, Some(3)));
    // The office: 15 person-days each week; TL 1 of 14 present before, 1 of 12 after.
    assert_eq!((e.office.before.person_days, e.office.after.person_days), (15, 15));
    let tl = figure(&e.office, "tl");
    assert_eq!((tl.before, tl.after), (Some(7.1), Some(8.3)));
    assert_eq!(e.title, "16 November 2026 s.d. 20 November 2026 dibandingkan dengan 2 November 2026 s.d. 6 November 2026");
    // The charts' trends: each working day of both weeks, and each week's rates.
    assert_eq!(e.series.days.len(), 10);
    assert_eq!((e.series.days[0].in_office, e.series.days[0].min, e.series.days[0].max), (3, 3, 3), "Monday: everyone in");
    let weeks: Vec<String> = e.series.weeks.iter().map(|w| format!("{} {:?} {:?} {:?}", w.label, w.tl, w.psw, w.targets)).collect();
    assert_eq!(weeks, ["02-11 Some(7.1) Some(7.1) None", "16-11 Some(8.3) Some(0.0) Some(75.0)"]);
}

#[test]
fn the_kepala_opds_recommendation_is_kept_with_the_period_and_a_change_needs_a_reason() {
    let (mut s, _) = office();
    let err = evaluation::recommend(&mut s, "16-11-2026", "20-11-2026", "Bidang A", "sesuaikan", " ", "Kepala Dinas").unwrap_err();
    assert!(err.to_string().contains("memerlukan catatan"), "{err}");
    let err = evaluation::recommend(&mut s, "16-11-2026", "20-11-2026", "Bidang A", "teruskan", "", "Kepala Dinas").unwrap_err();
    assert!(err.to_string().contains("Rekomendasi \"teruskan\" tidak dikenal"), "{err}");
    evaluation::recommend(&mut s, "16-11-2026", "20-11-2026", "Bidang A", "sesuaikan", "Jam dinamis dibatasi sampai 08:30", "Kepala Dinas")
        .unwrap();
    evaluation::recommend(&mut s, "16-11-2026", "20-11-2026", "", "lanjutkan", "", "Kepala Dinas").unwrap();
    let e = evaluation::evaluate(&mut s, "16-11-2026", "20-11-2026", "02-11-2026", "06-11-2026", today()).unwrap();
    let a = e.units.iter().find(|u| u.unit == "Bidang A").unwrap();
    let r = a.recommendation.as_ref().unwrap();
    assert_eq!((r.choice, r.note.as_str()), (Choice::Adjust, "Jam dinamis dibatasi sampai 08:30"));
    assert_eq!(e.office.recommendation.as_ref().map(|r| r.choice), Some(Choice::Continue));
    assert!(e.units.iter().find(|u| u.unit == "Bidang B").unwrap().recommendation.is_none());
    let err = evaluation::evaluate(&mut s, "16-11-2026", "20-11-2026", "09-11-2026", "17-11-2026", today()).unwrap_err();
    assert!(err.to_string().contains("Periode pembanding harus berakhir sebelum"), "{err}");
}
