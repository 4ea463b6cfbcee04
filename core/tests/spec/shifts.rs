//! Shift groups, as Kaltim 2020 allows them: "bekerja dilakukan dengan cara shift atau paling
//! banyak 1/5 dari jumlah pegawai" (issue 17, point 3). Groups take turns in the office by the
//! unit's pattern; the circular's quota is still checked.

use crate::fixture::{today, Fixture};
use giliran_core::office::shifts::{self, GroupInput, ShiftInput};
use giliran_core::office::{compliance, roster};
use giliran_core::Store;

/// Bidang Umum, administrasi, 10 pelaksana, under Kaltim 2020 (WFO at most 1/5: 2 of 10).
fn office() -> (Store, i64) {
    let mut f = Fixture::empty().with_circular("kaltim-2020", None, None);
    let unit = f.unit("Bidang Umum", "administrasi", &[("pelaksana", 10)]);
    (f.store(), unit)
}

fn groups(names: &[&str]) -> Vec<GroupInput> {
    names.iter().map(|n| GroupInput { name: (*n).into(), ..Default::default() }).collect()
}

#[test]
fn five_groups_of_two_take_daily_turns_and_each_day_is_exactly_the_fifth_the_circular_allows() {
    let (mut s, unit) = office();
    let input = ShiftInput {
        pattern: "harian".into(),
        start: "15-06-2020".into(),
        groups: groups(&["Regu 1", "Regu 2", "Regu 3", "Regu 4", "Regu 5"]),
    };
    let shift = shifts::set(&mut s, unit, &input).unwrap();
    assert!(shift.groups.iter().all(|g| g.members.len() == 2), "split evenly");
    let outcome = roster::plan_period(&mut s, "15-06-2020", "19-06-2020").unwrap();
    assert!(outcome.unmet.is_empty() && outcome.warnings.iter().all(|w| !w.contains("shift")), "{:?}", outcome.warnings);
    let week = roster::week(&mut s, "2020-W25", today()).unwrap();
    let u = &week.units[0];
    assert_eq!(u.on_duty, ["Regu 1", "Regu 2", "Regu 3", "Regu 4", "Regu 5"]);
    assert_eq!(u.counts, ["2 / 0–2"; 5]);
    for (day, group) in u.on_duty.iter().enumerate() {
        for r in &u.rows {
            let want = if &r.shift_group == group { "WFO" } else { "WFH" };
            assert_eq!(r.cells[day], want, "{} ({}) on day {day}", r.name, r.shift_group);
        }
    }
    assert!(compliance::check(&mut s, "2020-06-15", "2020-06-19").unwrap().is_empty());
    assert_eq!(u.shift.as_deref(), Some("Shift, bergantian tiap hari kerja sejak 15-06-2020: Regu 1, Regu 2, Regu 3, Regu 4, Regu 5"));
}

/// Two groups of five cannot both take turns and keep to 1/5: the quota wins, and the plan
/// says where the turns were not followed.
#[test]
fn groups_too_big_for_the_quota_keep_the_quota_and_the_plan_says_the_turns_were_not_followed() {
    let (mut s, unit) = office();
    let input = ShiftInput {
        pattern: "hari".into(),
        start: "15-06-2020".into(),
        groups: vec![
            GroupInput { name: "Regu A".into(), days: vec!["senin".into(), "rabu".into(), "jumat".into()], members: vec![] },
            GroupInput { name: "Regu B".into(), days: vec!["selasa".into(), "kamis".into()], members: vec![] },
        ],
    };
    shifts::set(&mut s, unit, &input).unwrap();
    let outcome = roster::plan_period(&mut s, "15-06-2020", "19-06-2020").unwrap();
    let warning = outcome.warnings.iter().find(|w| w.contains("Giliran shift")).expect("a warning");
    assert!(warning.starts_with("Giliran shift tidak dapat diikuti pada 15 hari-orang karena kuota SE"), "{warning}");
    let week = roster::week(&mut s, "2020-W25", today()).unwrap();
    assert_eq!(week.units[0].on_duty, ["Regu A", "Regu B", "Regu A", "Regu B", "Regu A"]);
    assert_eq!(week.units[0].counts, ["2 / 0–2"; 5]);
    // Whoever is in, is of the group on duty.
    for (day, group) in week.units[0].on_duty.iter().enumerate() {
        assert!(week.units[0].rows.iter().filter(|r| r.cells[day] == "WFO").all(|r| &r.shift_group == group));
    }
    assert!(compliance::check(&mut s, "2020-06-15", "2020-06-19").unwrap().is_empty());
}

#[test]
fn a_shift_setting_that_cannot_work_is_refused_naming_the_field() {
    let (mut s, unit) = office();
    let err = shifts::set(&mut s, unit, &ShiftInput { pattern: "acak".into(), start: "31-06-2020".into(), groups: groups(&["Regu A"]) })
        .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("Pola shift wajib dipilih") && text.contains("31-06-2020") && text.contains("paling sedikit dua regu"), "{text}");
    let err = shifts::set(
        &mut s,
        unit,
        &ShiftInput { pattern: "hari".into(), start: "15-06-2020".into(), groups: groups(&["Regu A", "regu a"]) },
    )
    .unwrap_err();
    assert!(err.to_string().contains("dipakai dua kali") && err.to_string().contains("pilih hari regu ini"), "{err}");
    assert!(shifts::get(&mut s, unit).unwrap().is_none(), "nothing saved");
}
