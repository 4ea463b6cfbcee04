//! The office as a whole: the overview, the pick lists, the profile, the example office and
//! the units.

use crate::Db;
use giliran_core::model::class::{ClassChoice, OfficeClass};
use giliran_core::model::shift::UnitShift;
use giliran_core::model::{self, Choices, Office, Unit, UnitInput};
use giliran_core::office::overview::{self, Overview};
use giliran_core::office::shifts::{self, ShiftInput};
use giliran_core::office::{classes, demo, profile, units};
use giliran_core::Error;
use tauri::State;

#[tauri::command(async)]
pub fn overview(db: State<Db>) -> Result<Overview, Error> {
    db.with(|s| overview::get(s, db.today()))
}

/// The one clock's reading: the window's default dates and times.
#[tauri::command]
pub fn clock_now(db: State<Db>) -> giliran_core::model::clock::Reading {
    db.reading()
}

#[tauri::command]
pub fn choices() -> Choices {
    model::choices()
}

#[tauri::command(async)]
pub fn office_get(db: State<Db>) -> Result<Office, Error> {
    db.with(profile::get)
}

#[tauri::command(async)]
pub fn office_save(db: State<Db>, office: Office) -> Result<Office, Error> {
    db.with(|s| profile::save(s, &office, db.today()))
}

#[tauri::command(async)]
pub fn demo_load(db: State<Db>) -> Result<demo::Loaded, Error> {
    db.with(demo::load)
}

#[tauri::command(async)]
pub fn units_list(db: State<Db>) -> Result<Vec<Unit>, Error> {
    db.with(units::list)
}

#[tauri::command(async)]
pub fn unit_add(db: State<Db>, input: UnitInput) -> Result<Unit, Error> {
    db.with(|s| units::add(s, &input))
}

#[tauri::command(async)]
pub fn unit_update(db: State<Db>, id: i64, input: UnitInput) -> Result<Unit, Error> {
    db.with(|s| units::update(s, id, &input))
}

#[tauri::command(async)]
pub fn unit_delete(db: State<Db>, id: i64) -> Result<(), Error> {
    db.with(|s| units::delete(s, id))
}

#[tauri::command(async)]
pub fn classes_list(db: State<Db>) -> Result<Vec<ClassChoice>, Error> {
    db.with(classes::list)
}

#[tauri::command(async)]
pub fn class_add(db: State<Db>, label: String, counts_as: String) -> Result<OfficeClass, Error> {
    db.with(|s| classes::add(s, &label, &counts_as))
}

#[tauri::command(async)]
pub fn class_update(db: State<Db>, key: String, label: String, counts_as: String) -> Result<OfficeClass, Error> {
    db.with(|s| classes::update(s, &key, &label, &counts_as))
}

#[tauri::command(async)]
pub fn class_remove(db: State<Db>, key: String) -> Result<(), Error> {
    db.with(|s| classes::remove(s, &key))
}

#[tauri::command(async)]
pub fn shift_get(db: State<Db>, unit_id: i64) -> Result<Option<UnitShift>, Error> {
    db.with(|s| shifts::get(s, unit_id))
}

#[tauri::command(async)]
pub fn shift_set(db: State<Db>, unit_id: i64, input: ShiftInput) -> Result<UnitShift, Error> {
    db.with(|s| shifts::set(s, unit_id, &input))
}

#[tauri::command(async)]
pub fn shift_clear(db: State<Db>, unit_id: i64) -> Result<(), Error> {
    db.with(|s| shifts::clear(s, unit_id))
}
