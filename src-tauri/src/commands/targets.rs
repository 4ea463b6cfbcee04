//! Targets of days away (Cek Keberadaan): what became of each, and the unit head's
//! confirmation.

use crate::Db;
use giliran_core::office::targets::{self, DayTargets, OutcomeInput};
use giliran_core::Error;
use tauri::State;

#[tauri::command(async)]
pub fn targets_day(db: State<Db>, who: String, date: String) -> Result<DayTargets, Error> {
    db.with(|s| targets::day(s, &who, &date))
}

#[tauri::command(async)]
pub fn targets_set(db: State<Db>, who: String, date: String, outcomes: Vec<OutcomeInput>) -> Result<DayTargets, Error> {
    db.with(|s| targets::set(s, &who, &date, &outcomes))
}

#[tauri::command(async)]
pub fn targets_confirm(db: State<Db>, who: String, date: String, by: String) -> Result<DayTargets, Error> {
    db.with(|s| targets::confirm(s, &who, &date, &by))
}
