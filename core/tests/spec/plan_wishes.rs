//! User story: under a circular that gives a range ("WFO paling banyak 1/5": 0 to 2 of the
//! Sekretariat's counted staff), the clerk notes what people asked for. The week is planned as
//! a range, a wish is granted where the range allows, and a wish left out says why.

use crate::fixture::{today, Fixture};
use giliran_core::office::roster::{self, WeekRow};
use giliran_core::office::schedule;
use giliran_core::Store;

fn office() -> Store {
    Fixture::demo().with_circular("kaltim-2020", Some("kaltim-2026"), Some("01-01-2026")).planned("05-01-2026", "09-01-2026").store()
}

fn sekretariat(s: &mut Store) -> Vec<WeekRow> {
    let w = roster::week(s, "2026-W02", today()).unwrap();
    w.units.into_iter().find(|u| u.unit_name == "Sekretariat").unwrap().rows
}

#[test]
fn a_range_is_planned_at_the_side_the_rule_leans_to_and_shown_as_a_range() {
    let mut s = office();
    let w = roster::week(&mut s, "2026-W02", today()).unwrap();
    let unit = w.units.iter().find(|u| u.unit_name == "Sekretariat").unwrap();
    // "Paling banyak": planned at the most the range allows, and the count shows the range.
    // Kaltim 2020 counts the PNS only (issue 30): 1/5 of the Sekretariat's counted PNS is 1.
    assert_eq!(unit.counts[0], "1 / 0–1");
}

#[test]
fn a_wish_for_wfh_is_granted_and_shown_as_granted() {
    let mut s = office();
    let rows = sekretariat(&mut s);
    // A counted person in the office on Monday (officials outside the quota are not planned:
    // their wish says so).
    let mut chosen = None;
    for wfo in rows.iter().filter(|r| r.cells[0] == "WFO") {
        let nip = wfo.id_display.replace(' ', "");
        schedule::wish(&mut s, &nip, "05-01-2026", "WFH").unwrap();
        let before = sekretariat(&mut s);
        let wish = before.iter().find(|r| r.staff_id == wfo.staff_id).unwrap().wishes[0].clone().unwrap();
        assert!(!wish.granted);
        if wish.why.contains("di luar kuota") {
            schedule::wish(&mut s, &nip, "05-01-2026", "-").unwrap();
            continue;
        }
        // Noted but not yet planned: the grid says so.
        assert!(wish.why.contains("Belum disusun ulang"), "{}", wish.why);
        chosen = Some((wfo, nip));
        break;
    }
    let (wfo, nip) = chosen.expect("a counted person on WFO");

    roster::plan_period(&mut s, "05-01-2026", "09-01-2026").unwrap();
    let after = sekretariat(&mut s);
    let me = after.iter().find(|r| r.staff_id == wfo.staff_id).unwrap();
    assert_eq!(me.cells[0], "WFH");
    let wish = me.wishes[0].clone().unwrap();
    assert!(wish.granted && wish.why.is_empty(), "{wish:?}");
    let unit = roster::week(&mut s, "2026-W02", today()).unwrap().units.into_iter().find(|u| u.unit_name == "Sekretariat").unwrap();
    assert_eq!(unit.counts[0], "1 / 0–1", "someone else takes the office day");
    // Removing it leaves no wish.
    assert_eq!(schedule::wish(&mut s, &nip, "05-01-2026", "-").unwrap(), None);
    assert!(sekretariat(&mut s).iter().all(|r| r.wishes[0].is_none()));
}

#[test]
fn wishes_past_the_range_are_left_out_with_the_reason() {
    let mut s = office();
    let rows = sekretariat(&mut s);
    for r in &rows {
        schedule::wish(&mut s, &r.id_display.replace(' ', ""), "06-01-2026", "WFO").unwrap();
    }
    roster::plan_period(&mut s, "05-01-2026", "09-01-2026").unwrap();
    let after = sekretariat(&mut s);
    let wishes: Vec<_> = after.iter().filter_map(|r| r.wishes[1].clone()).collect();
    assert_eq!(wishes.len(), rows.len());
    let granted = wishes.iter().filter(|w| w.granted).count();
    assert!(granted >= 1, "the office's place goes to someone who asked: {wishes:?}");
    let refused: Vec<_> = wishes.iter().filter(|w| !w.granted).collect();
    assert!(!refused.is_empty());
    for w in refused {
        assert!(w.why.starts_with("Kantor penuh hari itu: paling banyak 1 orang WFO"), "{}", w.why);
    }
    // A wish is never a breach: the day stays within its range.
    let unit = roster::week(&mut s, "2026-W02", today()).unwrap().units.into_iter().find(|u| u.unit_name == "Sekretariat").unwrap();
    assert_eq!(unit.counts[1], "1 / 0–1");
}

#[test]
fn a_wish_must_be_wfo_wfh_or_a_dash() {
    let mut s = office();
    let nip = sekretariat(&mut s)[0].id_display.replace(' ', "");
    let err = schedule::wish(&mut s, &nip, "05-01-2026", "cuti").unwrap_err();
    assert_eq!(err.to_string(), "Keinginan \"cuti\" tidak dikenal: tulis WFO, WFH, atau - (hapus).");
    let err = schedule::wish(&mut s, &nip, "32-01-2026", "WFH").unwrap_err();
    assert!(err.to_string().contains("32-01-2026"), "{err}");
}
