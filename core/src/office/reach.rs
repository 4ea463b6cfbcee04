//! "Cek Keberadaan WFH": the office calls a sample of the day's WFH staff during work hours and
//! records whether each could be reached (the PPU circular). The sample is drawn from the date,
//! so anyone can draw it again and get the same people; a person not reached twice in a period
//! is flagged for the Sekda.

use crate::model::dates;
use crate::model::error::{Error, Result};
pub use crate::model::presence::Call;
use crate::model::Staff;
use crate::office::presence::{self, parse_time};
use crate::store::Store;
use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// How often "not reached" in one period flags a person.
pub const FLAG_AFTER: usize = 2;
const SIZE_KEY: &str = "reach.sample_size";
const DEFAULT_SIZE: usize = 5;

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub staff_id: i64,
    pub id_number: String,
    pub id_display: String,
    pub name: String,
    pub unit_name: String,
    pub phone_display: String,
}

impl Person {
    fn of(s: &Staff) -> Person {
        Person {
            staff_id: s.id,
            id_number: s.id_number.clone(),
            id_display: s.id_display.clone(),
            name: s.name.clone(),
            unit_name: s.unit_name.clone(),
            phone_display: if s.phone_display.is_empty() { "(nomor telepon belum diisi)".into() } else { s.phone_display.clone() },
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Drawn {
    #[serde(flatten)]
    pub person: Person,
    /// Calls already recorded for this person that day.
    pub calls: Vec<Call>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sample {
    pub date: NaiveDate,
    pub title: String,
    pub size: usize,
    /// How many were WFH that day.
    pub population: usize,
    pub people: Vec<Drawn>,
}

/// SplitMix64: a tiny, well-known generator; enough to draw a sample that anyone can redraw.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub fn sample_size(store: &mut Store) -> Result<usize> {
    Ok(store.read(|tx| tx.setting(SIZE_KEY))?.and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_SIZE))
}

pub fn set_sample_size(store: &mut Store, size: usize) -> Result<usize> {
    if !(1..=500).contains(&size) {
        return Err(Error::invalid("size", format!("Jumlah sampel harus 1 sampai 500 orang (tertulis {size}).")));
    }
    store.write("menyimpan pengaturan", |tx| tx.set_setting(SIZE_KEY, &size.to_string()))?;
    Ok(size)
}

/// Draws `size` (or the office's setting) of the day's WFH staff, the same people for the
/// same date and size every time.
pub fn sample(store: &mut Store, day: &str, size: Option<usize>) -> Result<Sample> {
    let date = dates::parse_field("date", day)?;
    let size = match size {
        Some(0) => return Err(Error::invalid("size", "Jumlah sampel paling sedikit 1 orang.")),
        Some(n) => n,
        None => sample_size(store)?,
    };
    let (wfh, calls) = store.read(|tx| Ok((presence::wfh_days(tx, date, date)?, tx.calls(date, date, None)?)))?;
    let staff: HashMap<i64, Staff> = crate::office::staff::list(store, &Default::default())?.into_iter().map(|s| (s.id, s)).collect();
    let mut pool: Vec<&Staff> = wfh.iter().filter_map(|(id, _)| staff.get(id)).filter(|s| s.active).collect();
    pool.sort_by_key(|s| s.id);
    let population = pool.len();
    let mut state = u64::try_from(date.num_days_from_ce()).unwrap_or(0);
    for i in (1..pool.len()).rev() {
        let j = (splitmix(&mut state) % (i as u64 + 1)) as usize;
        pool.swap(i, j);
    }
    pool.truncate(size);
    pool.sort_by(|a, b| (&a.unit_name, &a.name).cmp(&(&b.unit_name, &b.name)));
    let people = pool
        .into_iter()
        .map(|s| Drawn { person: Person::of(s), calls: calls.iter().filter(|c| c.staff_id == s.id).cloned().collect() })
        .collect();
    let title = format!("Cek keberadaan WFH {}", dates::with_day(date));
    Ok(Sample { date, title, size, population, people })
}

/// Records one call; `at` empty means `now`. A call "not reached" should say what was tried.
pub fn record(store: &mut Store, staff: &str, day: &str, at: &str, reached: bool, note: &str, now: NaiveTime) -> Result<Call> {
    let person = crate::office::staff::find(store, staff)?;
    let date = dates::parse_field("date", day)?;
    let at = match at.trim() {
        "" => now,
        t => parse_time(t).ok_or_else(|| Error::invalid("at", format!("Jam \"{t}\" tidak valid: tulis JJ:MM, mis. 09:15.")))?,
    };
    let note = note.trim().to_string();
    if !reached && note.is_empty() {
        return Err(Error::invalid("note", "Tulis keterangan: cara menghubungi yang dicoba, mis. \"ditelepon 2 kali, tidak diangkat\"."));
    }
    let mut call = Call { id: 0, staff_id: person.id, day: date, at: at.format("%H:%M").to_string(), reached, note };
    call.id = store.write("menyimpan cek keberadaan", |tx| tx.add_call(&call))?;
    Ok(call)
}

#[derive(Debug, Clone, Serialize)]
pub struct Listed {
    #[serde(flatten)]
    pub call: Call,
    pub date_label: String,
    pub name: String,
    pub id_display: String,
    pub unit_name: String,
}

/// A person not reached [`FLAG_AFTER`] times or more in the period.
#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    pub staff_id: i64,
    pub id_number: String,
    pub name: String,
    pub id_display: String,
    pub unit_name: String,
    pub unreached: usize,
    pub days: Vec<String>,
    /// Days the circular's call rule was broken (Kaltim 2026: 3 unanswered calls within 30
    /// minutes): reported for discipline.
    pub discipline_days: Vec<String>,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Log {
    /// `01-11-2026 s.d. 30-11-2026`, or empty for one person's whole history.
    pub period: String,
    pub calls: Vec<Listed>,
    pub flagged: Vec<Flag>,
}

/// Every call of `from..=to` and who is flagged.
pub fn list(store: &mut Store, from: &str, to: &str) -> Result<Log> {
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    dates::days(from, to)?;
    let calls = store.read(|tx| tx.calls(from, to, None))?;
    let mut log = log_of(store, calls)?;
    log.period = format!("{} s.d. {}", dates::short(from), dates::short(to));
    Ok(log)
}

/// The calls of the month of `day` (as typed): a person not reached twice in it is flagged.
pub fn month(store: &mut Store, day: &str) -> Result<Log> {
    let (from, to) = dates::month_of(dates::parse_field("date", day)?);
    list(store, &from.to_string(), &to.to_string())
}

/// One person's calls, every period; one click from the list in the window.
pub fn history(store: &mut Store, staff: &str) -> Result<Log> {
    let person = crate::office::staff::find(store, staff)?;
    let calls = store.read(|tx| tx.calls(NaiveDate::MIN, NaiveDate::MAX, Some(person.id)))?;
    log_of(store, calls)
}

fn log_of(store: &mut Store, calls: Vec<Call>) -> Result<Log> {
    let staff: HashMap<i64, Staff> = crate::office::staff::list(store, &Default::default())?.into_iter().map(|s| (s.id, s)).collect();
    let governors = crate::office::circulars::Governors::read(store)?;
    let mut unreached: BTreeMap<i64, Vec<NaiveDate>> = BTreeMap::new();
    let mut times: BTreeMap<(i64, NaiveDate), Vec<NaiveTime>> = BTreeMap::new();
    for c in calls.iter().filter(|c| !c.reached) {
        unreached.entry(c.staff_id).or_default().push(c.day);
        times.entry((c.staff_id, c.day)).or_default().extend(parse_time(&c.at));
    }
    // The call rule of a circular in force that day, broken: reported for discipline.
    let mut discipline: BTreeMap<i64, Vec<(NaiveDate, String)>> = BTreeMap::new();
    for ((id, day), mut at) in times {
        let rule = governors.circular_on(day).and_then(|c| c.obligations.call_rule.map(|r| (r, c.citation())));
        if let Some((rule, letter)) = rule.filter(|(r, _)| r.broken_by(&mut at)) {
            discipline.entry(id).or_default().push((day, format!("{} ({letter})", rule.describe())));
        }
    }
    let flagged = unreached
        .into_iter()
        .filter_map(|(id, days)| {
            let broken = discipline.remove(&id).unwrap_or_default();
            if days.len() < FLAG_AFTER && broken.is_empty() {
                return None;
            }
            let s = staff.get(&id)?;
            let days: Vec<String> = days.into_iter().map(dates::short).collect();
            let mut message = format!("{} ({}) tidak dapat dihubungi {} kali: {}.", s.name, s.unit_name, days.len(), days.join(", "));
            for (day, why) in &broken {
                message.push_str(&format!(" {}: {why}.", dates::short(*day)));
            }
            Some(Flag {
                staff_id: id,
                id_number: s.id_number.clone(),
                name: s.name.clone(),
                id_display: s.id_display.clone(),
                unit_name: s.unit_name.clone(),
                unreached: days.len(),
                discipline_days: broken.into_iter().map(|(d, _)| dates::short(d)).collect(),
                message,
                days,
            })
        })
        .collect();
    let calls = calls
        .into_iter()
        .filter_map(|c| {
            let s = staff.get(&c.staff_id)?;
            Some(Listed {
                date_label: dates::short(c.day),
                name: s.name.clone(),
                id_display: s.id_display.clone(),
                unit_name: s.unit_name.clone(),
                call: c,
            })
        })
        .collect();
    Ok(Log { period: String::new(), calls, flagged })
}
