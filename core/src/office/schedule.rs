//! The schedule a clerk keeps: per person and working day, WFO, WFH or away, maybe locked.
//! The planner (next) writes it; the compliance check reads it.

use crate::model::dates;
use crate::model::error::{Error, Result};
pub use crate::model::schedule::{Assignment, Availability, Code, Limit, Wish};
use crate::store::Store;
use chrono::NaiveDate;

/// Sets one person's day (`staff` by NIP/NIK or row number; date and code as typed). An edit
/// that conflicts with a circular or a leave is kept, and the check marks it (docs/ui.md).
pub fn set(store: &mut Store, staff: &str, day: &str, code: &str, locked: bool) -> Result<Assignment> {
    let person = crate::office::staff::find(store, staff)?;
    let day = dates::parse_field("date", day)?;
    let code = Code::parse(code).ok_or_else(|| {
        Error::invalid("code", format!("Kode jadwal \"{}\" tidak dikenal: tulis WFO, WFH, atau - (tidak masuk).", code.trim()))
    })?;
    let a = Assignment { staff_id: person.id, day, code, locked };
    store.write("menyimpan jadwal", |tx| tx.set_assignment(&a))?;
    Ok(a)
}

/// Records (or, with `-` or nothing, removes) what a person asked for on a day: WFO or WFH.
/// Unlike [`set`] with a lock, the planner grants it only as far as the rules allow, and the
/// week grid says whether it was granted and why not.
pub fn wish(store: &mut Store, staff: &str, day: &str, code: &str) -> Result<Option<Wish>> {
    let person = crate::office::staff::find(store, staff)?;
    let day = dates::parse_field("date", day)?;
    match Code::parse(code) {
        Some(Code::Away) | None if code.trim().is_empty() || code.trim() == "-" => {
            store.write("menghapus keinginan pegawai", |tx| tx.clear_wish(person.id, day))?;
            Ok(None)
        }
        Some(code @ (Code::Office | Code::Home)) => {
            let w = Wish { staff_id: person.id, day, code };
            store.write("menyimpan keinginan pegawai", |tx| tx.set_wish(&w))?;
            Ok(Some(w))
        }
        _ => Err(Error::invalid("code", format!("Keinginan \"{}\" tidak dikenal: tulis WFO, WFH, atau - (hapus).", code.trim()))),
    }
}

pub fn wishes_between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<Wish>> {
    store.read(|tx| tx.wishes_between(from, to))
}

pub fn between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<Assignment>> {
    store.read(|tx| tx.assignments_between(from, to))
}

/// Marks a person away (`Limit::Off`) or not in the office (`Limit::NoWfo`) on every day of
/// `from..=to` (as typed). Returns how many days were marked.
pub fn limit(store: &mut Store, staff: &str, from: &str, to: &str, limit: Limit, reason: &str) -> Result<usize> {
    let person = crate::office::staff::find(store, staff)?;
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    let days = dates::days(from, to)?;
    let reason = reason.trim().to_string();
    if reason.is_empty() {
        return Err(Error::invalid("reason", "Alasan wajib diisi, mis. Cuti tahunan, Sakit, Bergejala, Dinas luar."));
    }
    store.write("menyimpan ketersediaan pegawai", |tx| {
        for day in &days {
            tx.set_availability(&Availability { staff_id: person.id, day: *day, limit, reason: reason.clone() })?;
        }
        Ok(days.len())
    })
}

/// Removes the marks of `from..=to`; returns how many there were.
pub fn clear_limits(store: &mut Store, staff: &str, from: &str, to: &str) -> Result<usize> {
    let person = crate::office::staff::find(store, staff)?;
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    dates::days(from, to)?;
    store.write("menghapus ketersediaan pegawai", |tx| tx.clear_availability(person.id, from, to))
}

pub fn limits_between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<Availability>> {
    store.read(|tx| tx.availability_between(from, to))
}
