//! The clerk records a system outage ("gangguan sistem"): the day, the hours if not all day,
//! the unit if not the whole office, which system, what happened and where the evidence is.

use crate::model::dates;
use crate::model::error::{Error, FieldError, Result};
use crate::model::outage::Outage;
use crate::office::presence::parse_time;
use crate::store::Store;
use chrono::NaiveDate;
use serde::Deserialize;

/// What a clerk types.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OutageInput {
    pub date: String,
    /// A unit's name or number; empty: the whole office.
    pub unit: String,
    pub from_time: String,
    pub to_time: String,
    pub system: String,
    pub note: String,
    pub evidence: String,
}

/// Records an outage; refused with every wrong field named.
pub fn add(store: &mut Store, input: &OutageInput, today: NaiveDate) -> Result<Outage> {
    let mut errors = Vec::new();
    let day = match dates::parse_field("date", &input.date) {
        Ok(d) if d > today => {
            errors.push(FieldError::new("date", format!("Tanggal {} belum tiba: gangguan dicatat setelah terjadi.", dates::short(d))));
            None
        }
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(FieldError::new("date", e.to_string()));
            None
        }
    };
    let time = |field: &'static str, text: &str, errors: &mut Vec<FieldError>| {
        let t = text.trim();
        if t.is_empty() {
            return None;
        }
        let parsed = parse_time(t);
        if parsed.is_none() {
            errors.push(FieldError::new(field, format!("Jam \"{t}\" tidak valid: tulis seperti 07:30.")));
        }
        parsed
    };
    let from_time = time("from_time", &input.from_time, &mut errors);
    let to_time = time("to_time", &input.to_time, &mut errors);
    if from_time.is_some() != to_time.is_some() && errors.is_empty() {
        errors.push(FieldError::new("to_time", "Isi jam mulai dan jam selesai gangguan, atau kosongkan keduanya (sepanjang hari)."));
    }
    if let (Some(a), Some(b)) = (from_time, to_time) {
        if b <= a {
            errors.push(FieldError::new("to_time", "Jam selesai gangguan harus setelah jam mulainya."));
        }
    }
    if input.note.trim().is_empty() {
        errors.push(FieldError::new("note", "Tulis apa yang terjadi, mis. \"Server e-presensi tidak dapat diakses\"."));
    }
    let unit = match input.unit.trim() {
        "" => None,
        key => match crate::office::units::find(store, key) {
            Ok(u) => Some(u),
            Err(e) => {
                errors.push(FieldError::new("unit", e.to_string()));
                None
            }
        },
    };
    let Some(day) = day.filter(|_| errors.is_empty()) else { return Err(Error::Invalid(errors)) };
    let mut o = Outage {
        id: 0,
        day,
        unit_id: unit.as_ref().map(|u| u.id),
        unit_name: unit.map(|u| u.name),
        from_time,
        to_time,
        system: input.system.trim().to_string(),
        note: input.note.trim().to_string(),
        evidence: input.evidence.trim().to_string(),
    };
    o.id = store.write("mencatat gangguan sistem", |tx| tx.add_outage(&o))?;
    Ok(o)
}

pub fn remove(store: &mut Store, id: i64) -> Result<()> {
    if !store.write("menghapus gangguan sistem", |tx| tx.remove_outage(id))? {
        return Err(Error::NotFound(format!("Gangguan sistem nomor {id}")));
    }
    Ok(())
}

/// An outage with its description in the clerk's words.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Listed {
    #[serde(flatten)]
    pub outage: Outage,
    pub text: String,
}

/// The outages of `from..=to` (as typed).
pub fn list(store: &mut Store, from: &str, to: &str) -> Result<Vec<Listed>> {
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    dates::days(from, to)?;
    between(store, from, to)
}

/// [`list`] of dates already checked.
pub fn between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<Listed>> {
    let all = store.read(|tx| tx.outages_between(from, to))?;
    Ok(all.into_iter().map(|o| Listed { text: o.describe(), outage: o }).collect())
}
