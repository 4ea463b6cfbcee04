//! The schedule a clerk keeps: per person and working day, WFO, WFH or away, maybe locked.
//! The planner (next) writes it; the compliance check reads it.

use crate::dates;
use crate::error::{Error, Result};
use crate::store::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One day of one person, as PLANNER.md writes it: `O`, `H` or `-`.
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

/// Sets one person's day (`staff` by NIP/NIK or row number; date and code as typed).
pub fn set(store: &mut Store, staff: &str, day: &str, code: &str, locked: bool) -> Result<Assignment> {
    let person = crate::staff::find(store, staff)?;
    let day = dates::parse_field("date", day)?;
    let code = Code::parse(code)
        .ok_or_else(|| Error::invalid("code", format!("Kode jadwal \"{}\" tidak dikenal: tulis WFO, WFH, atau - (tidak masuk).", code.trim())))?;
    let a = Assignment { staff_id: person.id, day, code, locked };
    store.write("menyimpan jadwal", |tx| tx.set_assignment(&a))?;
    Ok(a)
}

pub fn between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<Assignment>> {
    store.read(|tx| tx.assignments_between(from, to))
}
