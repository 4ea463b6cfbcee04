//! A day the office does not work: a national holiday or a cuti bersama.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    pub day: NaiveDate,
    pub name: String,
    /// `libur` (national holiday) or `cuti_bersama`.
    pub kind: String,
}

/// A year whose national holidays and cuti bersama are in the calendar, and where the list
/// came from (the SKB 3 Menteri, or what the office entered). A date in a year without one is
/// still planned, with a warning: never silently as an ordinary working day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayYear {
    pub year: i32,
    pub source: String,
}
