//! What the Beranda shows at a glance, and whether the database is still empty (the
//! window then offers "Muat data contoh" and "Mulai dengan data kantor sendiri").

use crate::model::error::Result;
use crate::model::{Letterhead, Office};
use crate::office::staff::{self, Summary};
use crate::rules::calendar;
use crate::store::{Store, LATEST_VERSION};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    /// Where the database file is, so the clerk knows what to back up.
    pub db_path: String,
    pub schema_version: i64,
    /// No unit and no staff yet.
    pub empty: bool,
    pub office: Office,
    pub letterhead: Letterhead,
    pub units: usize,
    pub teams: usize,
    pub staff: Summary,
    /// Today at a glance; `None` on an empty database.
    pub today: Option<Today>,
}

/// Today: who is planned where, how much presence is recorded, breaches of the circular, and
/// what the month still owes (WFH activity notes, people not reached twice). On a day off it
/// says why, and what a clerk on Saturday duty or on Monday morning looks for: the next
/// working day's plan and the last working day's presence.
#[derive(Debug, Clone, Serialize)]
pub struct Today {
    pub title: String,
    pub working_day: bool,
    /// Why today is not a working day ("hari Minggu", "libur nasional: Hari Raya Natal").
    pub day_off: Option<String>,
    /// Whether today has a schedule at all; without one the breaches would only say so.
    pub planned: bool,
    pub wfo: usize,
    pub wfh: usize,
    pub recorded: usize,
    pub staff: usize,
    pub breaches: Vec<String>,
    pub notes_missing: usize,
    pub flagged: Vec<String>,
    /// The next working day, shown when today is not one.
    pub next: Option<Glance>,
    /// The last working day before today, with its presence still to complete.
    pub last: Option<Glance>,
}

/// One working day at a glance: its plan and the presence recorded.
#[derive(Debug, Clone, Serialize)]
pub struct Glance {
    pub date: NaiveDate,
    /// `Senin, 7 Desember 2026`
    pub title: String,
    pub planned: bool,
    pub wfo: usize,
    pub wfh: usize,
    pub recorded: usize,
    pub staff: usize,
}

/// How far Beranda looks for the next or last working day (past Lebaran's cuti bersama).
const SEARCH_DAYS: i64 = 21;

/// [`Today`] as of `date`; the month is the calendar month up to `date`.
pub fn today(store: &mut Store, date: NaiveDate) -> Result<Today> {
    let sheet = crate::office::presence::sheet_on(store, date, None, date)?;
    let (month_start, month_end) = crate::model::dates::month_of(date);
    let day = date.to_string();
    let counts = glance_of(&sheet);
    let planned = counts.planned;
    let breaches =
        if planned { crate::office::compliance::check(store, &day, &day)?.into_iter().map(|b| b.message).collect() } else { Vec::new() };
    let notes_missing = crate::office::activity::list_on(store, month_start, date, date)?.missing.len();
    let flagged = crate::office::reach::list(store, &month_start.to_string(), &month_end.to_string())?
        .flagged
        .into_iter()
        .map(|f| f.message)
        .collect();
    let holidays = crate::office::calendar::list(store, None)?;
    let off = calendar::set_of(&holidays);
    let working = |d: NaiveDate| calendar::is_working_day(d, 5, &off);
    let day_off = (!sheet.working_day).then(|| match holidays.iter().find(|h| h.day == date) {
        Some(h) if h.kind == "cuti_bersama" => format!("cuti bersama: {}", h.name),
        Some(h) => format!("libur nasional: {}", h.name),
        None => format!("hari {}", crate::model::dates::day_name(date)),
    });
    let next = if sheet.working_day {
        None
    } else {
        match (1..=SEARCH_DAYS).map(|n| date + Duration::days(n)).find(|d| working(*d)) {
            Some(d) => Some(glance(store, d, date)?),
            None => None,
        }
    };
    let last = match (1..=SEARCH_DAYS).map(|n| date - Duration::days(n)).find(|d| working(*d)) {
        Some(d) => Some(glance(store, d, date)?),
        None => None,
    };
    Ok(Today {
        title: format!("Hari ini, {}", crate::model::dates::with_day(date)),
        working_day: sheet.working_day,
        day_off,
        planned,
        wfo: counts.wfo,
        wfh: counts.wfh,
        recorded: counts.recorded,
        staff: counts.staff,
        breaches,
        notes_missing,
        flagged,
        next,
        last,
    })
}

fn glance(store: &mut Store, date: NaiveDate, today: NaiveDate) -> Result<Glance> {
    Ok(glance_of(&crate::office::presence::sheet_on(store, date, None, today)?))
}

/// A day's sheet counted: planned where, and how much presence is recorded.
fn glance_of(sheet: &crate::office::presence::Sheet) -> Glance {
    Glance {
        date: sheet.date,
        title: crate::model::dates::with_day(sheet.date),
        planned: sheet.rows.iter().any(|r| !r.planned.is_empty()),
        wfo: sheet.rows.iter().filter(|r| r.planned == "WFO").count(),
        wfh: sheet.rows.iter().filter(|r| r.planned == "WFH").count(),
        recorded: sheet.rows.len() - sheet.unrecorded,
        staff: sheet.rows.len(),
    }
}

pub fn get(store: &mut Store, today: NaiveDate) -> Result<Overview> {
    let db_path = store.path().map(|p| p.display().to_string()).unwrap_or_else(|| ":memory:".into());
    let units = crate::office::units::list(store)?;
    let staff = staff::summary(store)?;
    let office = crate::office::profile::get(store)?;
    let teams = units.iter().filter(|u| u.parent_id.is_some()).count();
    let empty = units.is_empty() && staff.active + staff.inactive == 0;
    let today = if empty { None } else { Some(self::today(store, today)?) };
    Ok(Overview {
        db_path,
        schema_version: LATEST_VERSION,
        empty,
        letterhead: office.letterhead(),
        office,
        units: units.len() - teams,
        teams,
        staff,
        today,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_database_says_so_until_the_example_is_loaded() {
        let mut s = Store::open_in_memory().unwrap();
        assert!(get(&mut s, crate::model::clock::test_day()).unwrap().empty);
        crate::office::demo::load(&mut s).unwrap();
        let o = get(&mut s, crate::model::clock::test_day()).unwrap();
        assert!(!o.empty);
        assert_eq!((o.units, o.teams), (5, 10));
        assert_eq!(o.staff.by_unit.len(), 15);
        assert_eq!(o.staff.by_unit.iter().filter(|u| u.parent_id.is_none()).map(|u| u.active).sum::<usize>(), o.staff.active);
    }

    #[test]
    fn today_counts_the_plan_the_presence_recorded_and_what_the_month_still_owes() {
        let mut s = Store::open_in_memory().unwrap();
        crate::office::demo::load(&mut s).unwrap();
        crate::office::circulars::add_from_template(&mut s, "kaltim-2020", Some("k"), Some("01-01-2026"), None).unwrap();
        crate::office::roster::plan_period(&mut s, "16-11-2026", "20-11-2026").unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 17).unwrap();
        let t = today(&mut s, day).unwrap();
        assert_eq!(t.title, "Hari ini, Selasa, 17 November 2026");
        assert_eq!(t.wfo + t.wfh, t.staff);
        assert!(t.wfo > 0 && t.wfh > 0, "under Kaltim 2020 the PPPK and Non-ASN are outside the 1/5 and stay in");
        assert_eq!(t.recorded, 0);
        assert!(t.planned);
        assert!(!today(&mut s, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()).unwrap().planned);
        assert!(t.breaches.is_empty(), "{:?}", t.breaches);
        assert_eq!(t.notes_missing, 2 * t.wfh, "Monday and Tuesday's WFH days have no notes yet");
        crate::office::presence::fill_from_plan(&mut s, "17-11-2026", None).unwrap();
        assert_eq!(today(&mut s, day).unwrap().recorded, t.staff);
    }

    #[test]
    fn on_a_holiday_today_says_why_and_shows_the_next_plan_and_the_last_presence() {
        let mut s = Store::open_in_memory().unwrap();
        crate::office::demo::load(&mut s).unwrap();
        crate::office::circulars::add_from_template(&mut s, "kaltim-2020", Some("k"), Some("01-01-2026"), None).unwrap();
        crate::office::roster::plan_period(&mut s, "21-12-2026", "31-12-2026").unwrap();
        crate::office::presence::fill_from_plan(&mut s, "23-12-2026", None).unwrap();
        // Christmas 2026 is a Friday; the 24th is cuti bersama; the next working day is Monday 28th.
        let t = today(&mut s, NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()).unwrap();
        assert!(!t.working_day);
        assert_eq!(t.day_off.as_deref(), Some("libur nasional: Hari Raya Natal"));
        let next = t.next.unwrap();
        assert_eq!(next.title, "Senin, 28 Desember 2026");
        assert!(next.planned && next.wfo > 0 && next.wfo + next.wfh == next.staff);
        let last = t.last.unwrap();
        assert_eq!(last.title, "Rabu, 23 Desember 2026");
        assert_eq!(last.recorded, last.staff);
        let eve = today(&mut s, NaiveDate::from_ymd_opt(2026, 12, 24).unwrap()).unwrap();
        assert_eq!(eve.day_off.as_deref(), Some("cuti bersama: Cuti bersama Hari Raya Natal"));
        let sunday = today(&mut s, NaiveDate::from_ymd_opt(2026, 12, 27).unwrap()).unwrap();
        assert_eq!(sunday.day_off.as_deref(), Some("hari Minggu"));
        assert_eq!(sunday.next.unwrap().title, "Senin, 28 Desember 2026");
        // A working day shows no "next", and the last working day before it.
        let monday = today(&mut s, NaiveDate::from_ymd_opt(2026, 12, 28).unwrap()).unwrap();
        assert!(monday.working_day && monday.day_off.is_none() && monday.next.is_none());
        assert_eq!(monday.last.unwrap().title, "Rabu, 23 Desember 2026");
    }
}
