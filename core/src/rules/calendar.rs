//! Working days: a unit's working week minus the holidays (docs/domain.md, "Working days").

use crate::model::calendar::Holiday;
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::HashSet;

/// Whether a unit working `workdays` days a week works on `d`. A seven-day unit (a ward, a
/// control room) works on holidays too; the others do not.
pub fn is_working_day(d: NaiveDate, workdays: u8, holidays: &HashSet<NaiveDate>) -> bool {
    match workdays {
        7 => true,
        6 => d.weekday() != Weekday::Sun && !holidays.contains(&d),
        _ => !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&d),
    }
}

pub fn set_of(holidays: &[Holiday]) -> HashSet<NaiveDate> {
    holidays.iter().map(|h| h.day).collect()
}
