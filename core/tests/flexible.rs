//! Flexible work under PermenPANRB 4/2025, as the office's decision sets it (issue 15): the
//! regulation ("bukan merupakan hak": the head of the agency decides) leaves the figures to the
//! office; the built-in decision carries the reported practice — at most 2 working days a week
//! away per person, at most 30% of a unit away on a day, everyone in on Monday for the apel.

use chrono::NaiveDate;
use giliran_core::model::{StaffInput, UnitInput};
use giliran_core::office::{circulars, roster, schedule, staff, units};
use giliran_core::Store;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Bidang Umum, administrasi, 10 pelaksana PNS appointed in 2010, and one appointed in
/// November 2026 (not yet 12 months), under the built-in decision.
fn office() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    circulars::add_from_template(&mut s, "fleksibel-2025", None, None, None).unwrap();
    let u =
        units::add(&mut s, &UnitInput { name: "Bidang Umum".into(), service_class: "administrasi".into(), ..Default::default() }).unwrap();
    for i in 1..=11 {
        let tmt = if i == 11 { "202611" } else { "201001" };
        let input = StaffInput {
            kind: "pns".into(),
            id_number: format!("19850312{tmt}1{i:03}"),
            name: format!("Pegawai {i:02}"),
            jabatan_class: "pelaksana".into(),
            jabatan: "Pengadministrasi Umum".into(),
            unit_id: Some(u.id),
            ..Default::default()
        };
        staff::add_on(&mut s, &input, d("2026-12-01")).unwrap();
    }
    s
}

#[test]
fn at_most_30_percent_away_on_a_day_and_everyone_in_on_monday_for_the_apel() {
    let mut s = office();
    let needs = circulars::needs(&mut s, "07-12-2026", "11-12-2026").unwrap();
    let monday = &needs[0];
    assert_eq!((monday.need.min, monday.need.max), (11, 11), "Senin: WFO 100% (apel)");
    for n in &needs[1..] {
        // 30% of 11 is 3.3: at most 3 away, so at least 8 in; the plan aims at all in.
        assert_eq!((n.need.min, n.need.max, n.need.target), (8, 11, 11), "{}", n.date_label);
        assert_eq!(n.need.rule, "Kerja fleksibel: paling banyak 30% di luar kantor per hari");
    }
    let c = circulars::get(&mut s, "fleksibel-2025").unwrap().circular;
    assert_eq!(
        c.flexible.unwrap().describe(),
        "Paling banyak 2 hari kerja per minggu di luar kantor; pegawai dengan TMT kurang dari 12 bulan tidak termasuk; jam kerja dinamis: masuk paling lambat 09:00, 8 kali sebulan"
    );
}

/// Nobody works away unasked (the default is the office); an approved day away is granted up to
/// 2 a week; one newly appointed is not eligible and stays in.
#[test]
fn days_away_are_granted_up_to_the_weekly_limit_and_never_to_one_newly_appointed() {
    let mut s = office();
    let all = staff::list(&mut s, &Default::default()).unwrap();
    let (veteran, newcomer) = (&all[0], &all[10]);
    for day in ["08-12-2026", "09-12-2026", "10-12-2026"] {
        schedule::wish(&mut s, &veteran.id_number, day, "WFH").unwrap();
        schedule::wish(&mut s, &newcomer.id_number, day, "WFH").unwrap();
    }
    let outcome = roster::plan_period(&mut s, "07-12-2026", "11-12-2026").unwrap();
    assert!(outcome.unmet.is_empty(), "{:?}", outcome.unmet);
    let week = roster::week(&mut s, "2026-W50").unwrap();
    let row = |id: i64| week.units[0].rows.iter().find(|r| r.staff_id == id).unwrap();
    let home = |id: i64| row(id).cells.iter().filter(|c| *c == "WFH").count();
    assert_eq!(home(veteran.id), 2, "at most 2 days away a week: {:?}", row(veteran.id).cells);
    assert_eq!(home(newcomer.id), 0, "TMT 11-2026: not yet 12 months");
    let others: usize =
        week.units[0].rows.iter().filter(|r| r.staff_id != veteran.id && r.staff_id != newcomer.id).map(|r| home(r.staff_id)).sum();
    assert_eq!(others, 0, "the default is the office");
}
