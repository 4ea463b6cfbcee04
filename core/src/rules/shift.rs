//! Which shift group is in the office on a day: the turn of each pattern.

use crate::model::shift::{ShiftPattern, UnitShift};
use crate::model::Hari;
use chrono::{Datelike, NaiveDate};

/// The indexes of the groups on duty (in the office) on `d`, a working day of the unit;
/// none before the setting's start. `working` says which days the unit works, for the daily
/// turn: a holiday is no one's turn, the next working day is the next group's.
pub fn on_duty(shift: &UnitShift, d: NaiveDate, working: impl Fn(NaiveDate) -> bool) -> Vec<usize> {
    let n = shift.groups.len();
    if n == 0 || d < shift.start {
        return Vec::new();
    }
    match shift.pattern {
        ShiftPattern::Weekdays => {
            let h = Hari::of(d);
            (0..n).filter(|&i| shift.groups[i].days.contains(&h)).collect()
        }
        ShiftPattern::Weekly => {
            let monday = |x: NaiveDate| x - chrono::Duration::days(i64::from(x.weekday().num_days_from_monday()));
            let weeks = (monday(d) - monday(shift.start)).num_days() / 7;
            vec![weeks as usize % n]
        }
        ShiftPattern::Daily => {
            let turns = shift.start.iter_days().take_while(|x| *x < d).filter(|x| working(*x)).count();
            vec![turns % n]
        }
    }
}

/// Whether the person's group is in the office on `d` (`None`: not in any group, or before
/// the start).
pub fn in_office(shift: &UnitShift, staff_id: i64, d: NaiveDate, working: impl Fn(NaiveDate) -> bool) -> Option<bool> {
    let g = shift.groups.iter().position(|g| g.members.contains(&staff_id))?;
    if d < shift.start {
        return None;
    }
    Some(on_duty(shift, d, working).contains(&g))
}

/// The names of the groups in the office on `d`, for the grid and the printed week.
pub fn names_on_duty(shift: &UnitShift, d: NaiveDate, working: impl Fn(NaiveDate) -> bool) -> String {
    on_duty(shift, d, working).iter().map(|&i| shift.groups[i].name.as_str()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::shift::ShiftGroup;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn shift(pattern: ShiftPattern, days: [&[Hari]; 2]) -> UnitShift {
        UnitShift {
            unit_id: 1,
            pattern,
            start: d("2026-12-07"),
            groups: ["Regu A", "Regu B"]
                .iter()
                .zip(days)
                .map(|(name, days)| ShiftGroup { name: (*name).into(), days: days.to_vec(), members: vec![] })
                .collect(),
        }
    }

    /// Issue 17, point 3 (Kaltim 2020: "dengan cara shift"): groups alternate A–B–A–B by
    /// working day; a holiday is no one's turn.
    #[test]
    fn daily_turns_alternate_by_working_day_and_skip_holidays() {
        let s = shift(ShiftPattern::Daily, [&[], &[]]);
        let holiday = d("2026-12-09");
        let working = |x: NaiveDate| x.weekday().num_days_from_monday() < 5 && x != holiday;
        let turns: Vec<Vec<usize>> =
            ["2026-12-07", "2026-12-08", "2026-12-10", "2026-12-11", "2026-12-14"].iter().map(|x| on_duty(&s, d(x), working)).collect();
        assert_eq!(turns, [vec![0], vec![1], vec![0], vec![1], vec![0]]);
        assert!(on_duty(&s, d("2026-12-04"), working).is_empty(), "before the start");
    }

    #[test]
    fn weekly_turns_alternate_by_iso_week() {
        let s = shift(ShiftPattern::Weekly, [&[], &[]]);
        let all = |_: NaiveDate| true;
        assert_eq!(on_duty(&s, d("2026-12-11"), all), [0]);
        assert_eq!(on_duty(&s, d("2026-12-14"), all), [1]);
        assert_eq!(on_duty(&s, d("2026-12-21"), all), [0]);
    }

    /// "A on Mon/Wed/Fri, B on Tue/Thu".
    #[test]
    fn fixed_weekdays_put_each_group_in_on_its_days() {
        use Hari::*;
        let s = shift(ShiftPattern::Weekdays, [&[Senin, Rabu, Jumat], &[Selasa, Kamis]]);
        let all = |_: NaiveDate| true;
        assert_eq!(on_duty(&s, d("2026-12-09"), all), [0]);
        assert_eq!(on_duty(&s, d("2026-12-10"), all), [1]);
        assert_eq!(s.describe(), "Shift, hari tetap per regu: Regu A Senin, Rabu, Jumat; Regu B Selasa, Kamis");
    }
}
