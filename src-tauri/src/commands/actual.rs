//! Plan against actual, and the days the attendance systems failed (the Realisasi screen).

use crate::Db;
use giliran_core::model::outage::Outage;
use giliran_core::office::actual::{self, Comparison, Filter};
use giliran_core::office::outage::{self, OutageInput};
use giliran_core::Error;
use tauri::State;

#[tauri::command(async)]
pub fn actual_compare(db: State<Db>, from: String, to: String, filter: Filter) -> Result<Comparison, Error> {
    db.with(|s| actual::compare_typed(s, &from, &to, &filter, db.today()))
}

#[tauri::command(async)]
pub fn outage_add(db: State<Db>, input: OutageInput) -> Result<Outage, Error> {
    db.with(|s| outage::add(s, &input, db.today()))
}

#[tauri::command(async)]
pub fn outage_list(db: State<Db>, from: String, to: String) -> Result<Vec<outage::Listed>, Error> {
    db.with(|s| outage::list(s, &from, &to))
}

#[tauri::command(async)]
pub fn outage_remove(db: State<Db>, id: i64) -> Result<(), Error> {
    db.with(|s| outage::remove(s, id))
}
