//! "Laporan Kegiatan WFH": per WFH person and day a short note of the work done, and the list of
//! WFH days still without one (with whether a reachability call was made), so that every WFH
//! day carries proof or is visibly missing it.

use crate::model::dates;
use crate::model::error::{Error, Result};
use crate::model::Staff;
use crate::office::presence;
use crate::store::Store;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Who and which day a note (or a missing one) is about.
#[derive(Debug, Clone, Serialize)]
pub struct PersonDay {
    pub staff_id: i64,
    pub day: NaiveDate,
    pub date_label: String,
    pub name: String,
    pub id_number: String,
    pub id_display: String,
    pub unit_name: String,
}

impl PersonDay {
    fn of(s: &Staff, day: NaiveDate) -> PersonDay {
        PersonDay {
            staff_id: s.id,
            day,
            date_label: dates::short(day),
            name: s.name.clone(),
            id_number: s.id_number.clone(),
            id_display: s.id_display.clone(),
            unit_name: s.unit_name.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Note {
    #[serde(flatten)]
    pub who: PersonDay,
    pub note: String,
}

/// A WFH day with no activity note yet.
#[derive(Debug, Clone, Serialize)]
pub struct Missing {
    #[serde(flatten)]
    pub who: PersonDay,
    /// The day's reachability call, if any: reached or not.
    pub reached: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Notes {
    pub notes: Vec<Note>,
    pub missing: Vec<Missing>,
}

const MAX_NOTE: usize = 1000;

/// Saves (or replaces) the note of a person's WFH day.
pub fn add(store: &mut Store, staff: &str, day: &str, note: &str) -> Result<Note> {
    let person = crate::office::staff::find(store, staff)?;
    let date = dates::parse_field("date", day)?;
    let note = note.trim();
    if note.is_empty() {
        return Err(Error::invalid("note", "Uraian kegiatan wajib diisi, mis. \"Menyusun draf laporan triwulan\"."));
    }
    if note.chars().count() > MAX_NOTE {
        return Err(Error::invalid("note", format!("Uraian kegiatan paling panjang {MAX_NOTE} huruf.")));
    }
    store.write("menyimpan laporan kegiatan", |tx| {
        if !presence::wfh_days(tx, date, date)?.iter().any(|(id, _)| *id == person.id) {
            return Err(Error::invalid(
                "date",
                format!("{} tidak WFH pada {}: laporan kegiatan hanya untuk hari WFH.", person.name, dates::short(date)),
            ));
        }
        tx.set_activity(person.id, date, note)
    })?;
    Ok(Note { who: PersonDay::of(&person, date), note: note.to_string() })
}

/// Notes of `from..=to`, and the WFH days up to `today` that still have none.
pub fn list(store: &mut Store, from: &str, to: &str, today: NaiveDate) -> Result<Notes> {
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    dates::days(from, to)?;
    list_on(store, from, to, today)
}

/// The WFH days of a month that still have no note, a page at a time: a big office owes
/// thousands, and the window lists what a clerk can work through.
#[derive(Debug, Clone, Serialize)]
pub struct MissingPage {
    pub rows: Vec<Missing>,
    pub total: usize,
    pub offset: usize,
    /// The page's size: the window steps by it.
    pub limit: usize,
    /// The month, `Desember 2026`.
    pub period: String,
}

/// One WFH person of a day on the Cek Keberadaan screen: their note, or none yet.
#[derive(Debug, Clone, Serialize)]
pub struct DayLine {
    #[serde(flatten)]
    pub who: PersonDay,
    pub note: String,
    pub saved: bool,
}

/// A page of a day's WFH people, by unit and name, and how many there are.
#[derive(Debug, Clone, Serialize)]
pub struct DayPage {
    pub rows: Vec<DayLine>,
    pub total: usize,
    pub offset: usize,
    /// The page's size: the window steps by it.
    pub limit: usize,
}

/// The WFH people of `day` with their notes (saved, or still owed), a page at a time: a big
/// office has more than a thousand at home on a day.
pub fn day_page(store: &mut Store, day: &str, offset: usize, limit: usize, today: NaiveDate) -> Result<DayPage> {
    let date = dates::parse_field("date", day)?;
    let notes = list_on(store, date, date, today)?;
    let mut rows: Vec<DayLine> = notes
        .notes
        .into_iter()
        .map(|n| DayLine { who: n.who, note: n.note, saved: true })
        .chain(notes.missing.into_iter().map(|m| DayLine { who: m.who, note: String::new(), saved: false }))
        .collect();
    rows.sort_by(|a, b| a.who.unit_name.cmp(&b.who.unit_name).then_with(|| a.who.name.cmp(&b.who.name)));
    let total = rows.len();
    let limit = limit.max(1);
    let rows = rows.into_iter().skip(offset).take(limit).collect();
    Ok(DayPage { rows, total, offset, limit })
}

/// Missing notes the window lists at once.
pub const MISSING_PAGE: usize = 100;

/// The missing notes of the month of `day`, from `offset`, at most `limit`.
pub fn month_missing(store: &mut Store, day: &str, offset: usize, limit: usize, today: NaiveDate) -> Result<MissingPage> {
    let date = dates::parse_field("date", day)?;
    let (from, to) = dates::month_of(date);
    let all = list_on(store, from, to, today)?.missing;
    let total = all.len();
    let limit = limit.max(1);
    let rows = all.into_iter().skip(offset).take(limit).collect();
    let period = format!("{} {}", dates::MONTHS[date.month0() as usize], date.year());
    Ok(MissingPage { rows, total, offset, limit, period })
}

/// The month of `day` (as typed): its notes, and its WFH days up to `today` without one.
pub fn month(store: &mut Store, day: &str, today: NaiveDate) -> Result<Notes> {
    let (from, to) = dates::month_of(dates::parse_field("date", day)?);
    list_on(store, from, to, today)
}

/// The person-days of `from..=to` (up to `today`) worked at home with no note yet: what the
/// report counts, without the names [`list_on`] reads for the window.
pub fn missing_between(store: &mut Store, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Vec<(i64, NaiveDate)>> {
    let (notes, wfh) = store.read(|tx| Ok((tx.activities(from, to)?, presence::wfh_days(tx, from, to.min(today))?)))?;
    let noted: HashSet<(i64, NaiveDate)> = notes.iter().map(|(s, d, _)| (*s, *d)).collect();
    Ok(wfh.into_iter().filter(|k| !noted.contains(k)).collect())
}

pub fn list_on(store: &mut Store, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Notes> {
    let (notes, wfh, calls) =
        store.read(|tx| Ok((tx.activities(from, to)?, presence::wfh_days(tx, from, to.min(today))?, tx.calls(from, to, None)?)))?;
    let staff: HashMap<i64, Staff> = crate::office::staff::list(store, &Default::default())?.into_iter().map(|s| (s.id, s)).collect();
    let noted: HashSet<(i64, NaiveDate)> = notes.iter().map(|(s, d, _)| (*s, *d)).collect();
    let mut reached: HashMap<(i64, NaiveDate), bool> = HashMap::new();
    for c in &calls {
        *reached.entry((c.staff_id, c.day)).or_insert(false) |= c.reached;
    }
    let missing = wfh
        .into_iter()
        .filter(|k| !noted.contains(k))
        .filter_map(|(id, day)| Some(Missing { who: PersonDay::of(staff.get(&id)?, day), reached: reached.get(&(id, day)).copied() }))
        .collect();
    let notes = notes.into_iter().filter_map(|(id, day, note)| Some(Note { who: PersonDay::of(staff.get(&id)?, day), note })).collect();
    Ok(Notes { notes, missing })
}
