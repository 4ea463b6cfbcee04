//! The one clock: what "today" and "now" are for an action.
//!
//! Core never reads the time of day on its own. The window and the CLI make one [`Clock`] when
//! they start and read it once per action, handing the date (and, where a record needs it, the
//! time) down to the functions of core. In normal use it is the computer's clock; with
//! `GILIRAN_TODAY` set (`2026-12-25` or `2026-12-25T10:00`) it is that fixed instant, so a test,
//! a demonstration or a training session runs on a chosen day whatever the computer says.
//!
//! The audit trail is the exception on purpose: it stamps each change with the time SQLite
//! reads when the change is written, so `GILIRAN_TODAY` cannot backdate the history of the data.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

/// The environment variable that fixes the clock.
pub const ENV: &str = "GILIRAN_TODAY";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    fixed: Option<NaiveDateTime>,
}

impl Clock {
    /// The computer's clock, in its local time zone.
    pub fn system() -> Clock {
        Clock { fixed: None }
    }

    /// Always `at`.
    pub fn fixed(at: NaiveDateTime) -> Clock {
        Clock { fixed: Some(at) }
    }

    /// The clock `GILIRAN_TODAY` asks for, or the computer's when it is unset or empty. A value
    /// that is not a date is refused (a test that meant a fixed day must not silently run on
    /// the machine's).
    pub fn from_env() -> crate::Result<Clock> {
        match std::env::var(ENV) {
            Ok(v) if !v.trim().is_empty() => {
                parse(&v).map(Clock::fixed).map_err(|message| crate::Error::Unavailable { code: "clock_invalid", message })
            }
            _ => Ok(Clock::system()),
        }
    }

    /// Whether the clock was fixed by the caller.
    pub fn is_fixed(&self) -> bool {
        self.fixed.is_some()
    }

    pub fn now(&self) -> NaiveDateTime {
        self.fixed.unwrap_or_else(|| chrono::Local::now().naive_local())
    }

    pub fn today(&self) -> NaiveDate {
        self.now().date()
    }

    /// One reading for the window: its default dates and times come from here, not from the
    /// web view's own clock.
    pub fn reading(&self) -> Reading {
        let now = self.now();
        Reading { today: now.date(), time: now.format("%H:%M").to_string(), fixed: self.is_fixed() }
    }
}

/// What the window needs of the clock: the day, the time (`HH:MM`), and whether
/// `GILIRAN_TODAY` fixed them (the window then says so).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    pub today: NaiveDate,
    pub time: String,
    pub fixed: bool,
}

/// `2026-12-25`, `2026-12-25T10:00`, `2026-12-25 10:00` or with seconds; a date alone is 07:00,
/// the start of an office morning.
pub fn parse(text: &str) -> Result<NaiveDateTime, String> {
    let t = text.trim();
    let bad = || format!("{ENV}=\"{t}\" bukan tanggal: tulis TTTT-BB-HH atau TTTT-BB-HHTJJ:MM, mis. 2026-12-25T10:00.");
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(d.and_time(NaiveTime::from_hms_opt(7, 0, 0).unwrap_or_default()));
    }
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
        .ok_or_else(bad)
}

/// The "today" of core's own unit tests: a fixed day, never the computer's.
#[cfg(test)]
pub(crate) fn test_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_says_the_day_it_was_given_with_or_without_a_time() {
        let at = parse("2026-12-25T10:00").unwrap();
        assert_eq!(Clock::fixed(at).today(), NaiveDate::from_ymd_opt(2026, 12, 25).unwrap());
        assert_eq!(Clock::fixed(at).now().format("%H:%M").to_string(), "10:00");
        assert_eq!(parse("2028-02-29").unwrap().format("%Y-%m-%d %H:%M").to_string(), "2028-02-29 07:00");
        assert_eq!(parse("2026-12-31 23:59").unwrap().format("%d-%m-%Y %H:%M").to_string(), "31-12-2026 23:59");
    }

    #[test]
    fn a_value_that_is_not_a_date_is_refused_by_name() {
        for bad in ["besok", "2027-02-29", "25-12-2026", "2026-12-25T25:00"] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains("GILIRAN_TODAY") && e.contains(bad), "{e}");
        }
    }
}
