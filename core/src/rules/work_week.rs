//! A person's week against the hours it asks (Perpres 21/2023: 37.5 hours net a week, in
//! Ramadan 32.5; docs/domain.md, "Working hours"). Time is made up within the week, as dynamic
//! hours allow: a late start covered by a late leave is no shortfall, a short week is.
//!
//! What a day counts: in the office with both times, the time between them less the day's
//! rest; in the office with no times recorded ("hadir, jam tidak tercatat"), at home (WFH/WFA),
//! on official travel or study leave, the day's hours in full (their work is not clocked);
//! absent without word (TK), or a past day with one time missing, nothing of the day's hours.
//! Sick, leave and permission days ask nothing, and a day not yet recorded says nothing yet.

use crate::model::hours::Hours;
use crate::model::presence::{Mark, Record};
use chrono::{Datelike, Duration, NaiveDate};

/// One person's week, Monday first, over the days counted so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Week {
    pub monday: NaiveDate,
    /// Minutes the counted days ask, net of rest.
    pub due: u32,
    pub worked: u32,
}

impl Week {
    pub fn short(&self) -> u32 {
        self.due.saturating_sub(self.worked)
    }

    /// `30 jam 15 menit dari 30 jam` (the time worked of the time asked).
    pub fn words(&self) -> String {
        use crate::model::hours::duration;
        format!("{} dari {}", duration(self.worked), duration(self.due))
    }
}

/// What day `d` adds to its week: (asked, worked) in minutes, or `None` when it says nothing
/// (not recorded, excused, today still open).
pub fn day(hours: &Hours, d: NaiveDate, r: Option<&Record>, today: NaiveDate) -> Option<(u32, u32)> {
    let r = r?;
    let due = hours.on(d)?;
    let net = due.net();
    match r.code {
        Mark::S | Mark::I | Mark::C => None,
        Mark::Wfh | Mark::Dl | Mark::Tb => Some((net, net)),
        Mark::Tk => Some((net, 0)),
        Mark::H => match (r.check_in, r.check_out) {
            (None, None) => Some((net, net)),
            (Some(i), Some(o)) => Some((net, ((o - i).num_minutes().max(0) as u32).saturating_sub(due.rest))),
            _ if d >= today => None,
            _ => Some((net, 0)),
        },
    }
}

/// Monday of `d`'s week.
pub fn monday(d: NaiveDate) -> NaiveDate {
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// One person's weeks over `days` (the working days of the person's unit to count, in
/// order), with `record` for each: the weeks that had anything to count.
pub fn weeks<'a>(
    hours: &Hours,
    days: impl IntoIterator<Item = NaiveDate>,
    record: impl Fn(NaiveDate) -> Option<&'a Record>,
    today: NaiveDate,
) -> Vec<Week> {
    let mut out: Vec<Week> = Vec::new();
    for d in days {
        let Some((due, worked)) = day(hours, d, record(d), today) else { continue };
        let m = monday(d);
        match out.last_mut() {
            Some(w) if w.monday == m => {
                w.due += due;
                w.worked += worked;
            }
            _ => out.push(Week { monday: m, due, worked }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn rec(day: &str, code: Mark, times: Option<(&str, &str)>) -> Record {
        let t = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").ok();
        Record {
            staff_id: 1,
            day: day.parse().unwrap(),
            code,
            leave_kind: None,
            check_in: times.and_then(|(i, _)| t(i)),
            check_out: times.and_then(|(_, o)| t(o)),
            note: String::new(),
            location: None,
            place: String::new(),
            apel: String::new(),
        }
    }

    fn week_of(records: &[Record], today: &str) -> Vec<Week> {
        let days: Vec<NaiveDate> = records.iter().map(|r| r.day).collect();
        weeks(&Hours::default(), days, |d| records.iter().find(|r| r.day == d), today.parse().unwrap())
    }

    #[test]
    fn a_late_start_made_up_the_same_week_is_no_shortfall() {
        let r = [
            rec("2026-12-07", Mark::H, Some(("09:00", "17:00"))),
            rec("2026-12-08", Mark::H, Some(("07:00", "16:00"))),
            rec("2026-12-09", Mark::Wfh, None),
            rec("2026-12-10", Mark::H, Some(("07:30", "16:00"))),
            rec("2026-12-11", Mark::H, Some(("07:30", "16:30"))),
        ];
        let w = week_of(&r, "2026-12-14");
        assert_eq!(w.len(), 1);
        assert_eq!((w[0].due, w[0].worked, w[0].short()), (2250, 2250, 0), "{}", w[0].words());
    }

    #[test]
    fn a_short_week_says_how_much_and_tk_counts_nothing_while_sick_asks_nothing() {
        let r = [
            rec("2026-12-07", Mark::H, Some(("08:30", "15:00"))),
            rec("2026-12-08", Mark::S, None),
            rec("2026-12-09", Mark::Tk, None),
            rec("2026-12-10", Mark::H, Some(("07:30", "16:00"))),
        ];
        let w = week_of(&r, "2026-12-14");
        // Monday 6.5 h less an hour's rest = 330 of 450; Wednesday 0 of 450; Thursday 450.
        assert_eq!((w[0].due, w[0].worked, w[0].short()), (1350, 780, 570));
        assert_eq!(w[0].words(), "13 jam dari 22 jam 30 menit");
    }

    #[test]
    fn in_ramadan_a_day_asks_six_and_a_half_hours_from_eight() {
        let r = [rec("2026-03-02", Mark::H, Some(("08:00", "15:00")))];
        let w = week_of(&r, "2026-03-10");
        assert_eq!((w[0].due, w[0].worked), (390, 390));
    }

    #[test]
    fn today_without_check_out_is_still_open_but_a_past_day_is_not() {
        let r = [rec("2026-12-07", Mark::H, Some(("07:30", ""))), rec("2026-12-08", Mark::H, Some(("07:30", "")))];
        let w = week_of(&r, "2026-12-08");
        assert_eq!((w[0].due, w[0].worked), (450, 0), "Monday is past: nothing of its hours; Tuesday is today");
    }
}
