//! The staff list: the form's actions and the spreadsheet in and out.

use crate::Db;
use giliran_core::files::staff_io;
use giliran_core::model::{Staff, StaffFilter, StaffInput};
use giliran_core::office::staff;
use giliran_core::Error;
use std::path::PathBuf;
use tauri::State;

#[tauri::command(async)]
pub fn staff_list(db: State<Db>, filter: StaffFilter) -> Result<Vec<Staff>, Error> {
    db.with(|s| staff::list(s, &filter))
}

/// One page of the list: a big office's 5,000 staff never go to the window at once.
#[tauri::command(async)]
pub fn staff_page(db: State<Db>, filter: StaffFilter) -> Result<staff::Page, Error> {
    db.with(|s| staff::page(s, &filter))
}

#[tauri::command(async)]
pub fn staff_add(db: State<Db>, input: StaffInput) -> Result<Staff, Error> {
    db.with(|s| staff::add(s, &input, db.today()))
}

#[tauri::command(async)]
pub fn staff_edit(db: State<Db>, id: i64, input: StaffInput) -> Result<Staff, Error> {
    db.with(|s| staff::edit(s, id, &input, db.today()))
}

#[tauri::command(async)]
pub fn staff_set_active(db: State<Db>, id: i64, active: bool) -> Result<Staff, Error> {
    db.with(|s| staff::set_active(s, id, active, db.today()))
}

#[tauri::command(async)]
pub fn staff_export(db: State<Db>, path: PathBuf) -> Result<usize, Error> {
    db.with(|s| staff_io::export(s, &path))
}

#[tauri::command(async)]
pub fn staff_template(path: PathBuf) -> Result<(), Error> {
    staff_io::template(&path)
}

#[tauri::command(async)]
pub fn staff_import_preview(db: State<Db>, path: PathBuf, mapping: Option<staff_io::Mapping>) -> Result<staff_io::Preview, Error> {
    db.with(|s| staff_io::preview(s, &path, mapping.as_ref(), db.today()))
}

#[tauri::command(async)]
pub fn staff_import(db: State<Db>, path: PathBuf, mapping: Option<staff_io::Mapping>) -> Result<staff_io::Preview, Error> {
    db.with(|s| staff_io::import(s, &path, mapping.as_ref(), db.today()))
}
