//! The schedule a clerk keeps: per person and working day, WFO, WFH or away, maybe locked.
//! The planner (next) writes it; the compliance check reads it.

use crate::dates;
use crate::error::{Error, Result};
use crate::store::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One day of one person, as docs/planner.md writes it: `O`, `H` or `-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Code {
    #[serde(rename = "O")]
    Office,
    #[serde(rename = "H")]
    Home,
    #[serde(rename = "-")]
    Away,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Office => "O",
            Code::Home => "H",
            Code::Away => "-",
        }
    }

    /// `WFO`, `WFH`, `-` as the grid and the sheets show it.
    pub fn label(self) -> &'static str {
        match self {
            Code::Office => "WFO",
            Code::Home => "WFH",
            Code::Away => "-",
        }
    }

    /// `O`/`WFO`, `H`/`WFH`, `-`; any case.
    pub fn parse(s: &str) -> Option<Code> {
        match s.trim().to_ascii_uppercase().as_str() {
            "O" | "WFO" => Some(Code::Office),
            "H" | "WFH" => Some(Code::Home),
            "-" => Some(Code::Away),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub staff_id: i64,
    pub day: NaiveDate,
    pub code: Code,
    pub locked: bool,
}

/// Sets one person's day (`staff` by NIP/NIK or row number; date and code as typed). An edit
/// that conflicts with a circular or a leave is kept, and the check marks it (docs/ui.md).
pub fn set(store: &mut Store, staff: &str, day: &str, code: &str, locked: bool) -> Result<Assignment> {
    let person = crate::staff::find(store, staff)?;
    let day = dates::parse_field("date", day)?;
    let code = Code::parse(code).ok_or_else(|| {
        Error::invalid("code", format!("Kode jadwal \"{}\" tidak dikenal: tulis WFO, WFH, atau - (tidak masuk).", code.trim()))
    })?;
    let a = Assignment { staff_id: person.id, day, code, locked };
    store.write("menyimpan jadwal", |tx| tx.set_assignment(&a))?;
    Ok(a)
}

pub fn between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<Assignment>> {
    store.read(|tx| tx.assignments_between(from, to))
}

/// What limits a person on a day (docs/planner.md `off` / `no_wfo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    /// Away: leave, sick, official travel. Neither WFO nor WFH.
    Off,
    /// Works, but not in the office: symptomatic, or WFH by decision.
    NoWfo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    pub staff_id: i64,
    pub day: NaiveDate,
    pub limit: Limit,
    /// `Cuti tahunan`, `Sakit`, `Bergejala`...
    pub reason: String,
}

/// Marks a person away (`Limit::Off`) or not in the office (`Limit::NoWfo`) on every day of
/// `from..=to` (as typed). Returns how many days were marked.
pub fn limit(store: &mut Store, staff: &str, from: &str, to: &str, limit: Limit, reason: &str) -> Result<usize> {
    let person = crate::staff::find(store, staff)?;
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
    let person = crate::staff::find(store, staff)?;
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    dates::days(from, to)?;
    store.write("menghapus ketersediaan pegawai", |tx| tx.clear_availability(person.id, from, to))
}

pub fn limits_between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<Availability>> {
    store.read(|tx| tx.availability_between(from, to))
}
