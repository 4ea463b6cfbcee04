//! For e-Kinerja (the region's performance app): per person and month, each day worked away
//! (WFH, or a day away under an approved flexible-work request) with where it was worked, the
//! activity note of that day and the targets of the request's work plan. A person pastes the
//! text into e-Kinerja; the office keeps the month as a sheet.

use crate::model::dates;
use crate::model::error::Result;
use crate::model::fwa::Request;
use crate::model::presence::Mark;
use crate::model::{Staff, StaffFilter};
use crate::office::presence;
use crate::store::Store;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::HashMap;

/// One day worked away.
#[derive(Debug, Clone, Serialize)]
pub struct Day {
    pub date: NaiveDate,
    /// `Selasa, 01-12-2026`
    pub date_label: String,
    /// `WFH, Rumah/tempat tinggal`
    pub place: String,
    /// The activity note; empty when none was written.
    pub note: String,
    /// The approved request's work plan and targets; empty without a request.
    pub target: String,
}

/// One person's month.
#[derive(Debug, Clone, Serialize)]
pub struct Month {
    pub staff_id: i64,
    pub name: String,
    pub id_display: String,
    pub unit_name: String,
    /// `Desember 2026`
    pub period: String,
    pub days: Vec<Day>,
    /// The days as a text to paste into e-Kinerja.
    pub text: String,
}

/// The month of `day` (as typed) of the person `who` (NIP, NIK or row number), up to `today`.
pub fn of_person(store: &mut Store, who: &str, day: &str, today: NaiveDate) -> Result<Month> {
    let person = crate::office::staff::find(store, who)?;
    let (from, to) = dates::month_of(dates::parse_field("date", day)?);
    let mut all = months_of(store, from, to, today, Some(person.id))?;
    Ok(all.pop().unwrap_or_else(|| month(&person, from, Vec::new())))
}

/// Every person with a day away in the month of `day` (as typed), by unit and name.
pub fn of_office(store: &mut Store, day: &str, today: NaiveDate) -> Result<Vec<Month>> {
    let (from, to) = dates::month_of(dates::parse_field("date", day)?);
    months_of(store, from, to, today, None)
}

fn months_of(store: &mut Store, from: NaiveDate, to: NaiveDate, today: NaiveDate, only: Option<i64>) -> Result<Vec<Month>> {
    let through = to.min(today);
    let (away, records, notes, requests) = store.read(|tx| {
        Ok((
            presence::wfh_days(tx, from, through)?,
            tx.presence_between(from, through)?,
            tx.activities(from, through)?,
            tx.fwa_requests(Some((from, through)))?,
        ))
    })?;
    let staff = crate::office::staff::list(store, &StaffFilter { include_inactive: true, ..Default::default() })?;
    let records: HashMap<(i64, NaiveDate), _> = records.into_iter().map(|r| ((r.staff_id, r.day), r)).collect();
    let notes: HashMap<(i64, NaiveDate), String> = notes.into_iter().map(|(s, d, n)| ((s, d), n)).collect();
    let approved: Vec<&Request> = requests.iter().filter(|r| r.status == crate::model::fwa::Status::Approved).collect();
    let mut days: HashMap<i64, Vec<Day>> = HashMap::new();
    for (id, date) in away.into_iter().filter(|(id, _)| only.is_none_or(|o| o == *id)) {
        let request = approved.iter().find(|r| r.staff_id == id && r.location.is_some() && r.covers(date));
        let location = records.get(&(id, date)).and_then(|r| r.location).or(request.and_then(|r| r.location));
        let recorded = records.get(&(id, date)).is_some_and(|r| r.code == Mark::Wfh);
        days.entry(id).or_default().push(Day {
            date,
            date_label: format!("{}, {}", dates::day_name(date), dates::short(date)),
            place: match location {
                Some(l) => format!("WFH, {}", l.label()),
                None if recorded => "WFH".into(),
                None => "WFH (menurut jadwal)".into(),
            },
            note: notes.get(&(id, date)).cloned().unwrap_or_default(),
            target: request.map(|r| r.work_plan.clone()).unwrap_or_default(),
        });
    }
    Ok(staff.iter().filter_map(|s| days.remove(&s.id).map(|d| month(s, from, d))).collect())
}

fn month(s: &Staff, first: NaiveDate, mut days: Vec<Day>) -> Month {
    days.sort_by_key(|d| d.date);
    let period = format!("{} {}", dates::MONTHS[first.month0() as usize], first.year());
    let mut text = format!("Laporan kegiatan kerja di luar kantor — {period}\n{} ({})\n{}\n", s.name, s.id_display, s.unit_name);
    if days.is_empty() {
        text.push_str("\nTidak ada hari kerja di luar kantor pada bulan ini.\n");
    }
    for d in &days {
        text.push_str(&format!(
            "\n{} ({})\nKegiatan: {}\n",
            d.date_label,
            d.place,
            if d.note.is_empty() { "(belum dicatat)" } else { &d.note }
        ));
        if !d.target.is_empty() {
            text.push_str(&format!("Rencana kerja dan target: {}\n", d.target));
        }
    }
    Month { staff_id: s.id, name: s.name.clone(), id_display: s.id_display.clone(), unit_name: s.unit_name.clone(), period, days, text }
}
