//! Flexible work (PermenPANRB 4/2025): the decision in force, requests and their decisions.

use crate::Db;
use giliran_core::files::discipline;
use giliran_core::files::fwa_form::{self, RequestForm};
use giliran_core::model::fwa::{Request, RequestInput, Sanction};
use giliran_core::office::fwa;
use giliran_core::Error;
use std::path::PathBuf;
use tauri::State;

#[tauri::command(async)]
pub fn fwa_policy(db: State<Db>, on: String) -> Result<Option<fwa::Policy>, Error> {
    db.with(|s| fwa::policy(s, &on, db.today()))
}

#[tauri::command(async)]
pub fn fwa_requests(db: State<Db>, status: Option<String>, unit_id: Option<i64>) -> Result<Vec<Request>, Error> {
    db.with(|s| fwa::list(s, status.as_deref(), unit_id))
}

#[tauri::command(async)]
pub fn fwa_request_add(db: State<Db>, input: RequestInput) -> Result<Request, Error> {
    db.with(|s| fwa::add(s, &input))
}

#[tauri::command(async)]
pub fn fwa_request_approve(db: State<Db>, id: i64, by: String, note: String) -> Result<Request, Error> {
    db.with(|s| fwa::approve(s, id, &by, &note, db.today()))
}

#[tauri::command(async)]
pub fn fwa_request_reject(db: State<Db>, id: i64, by: String, note: String) -> Result<Request, Error> {
    db.with(|s| fwa::reject(s, id, &by, &note, db.today()))
}

#[tauri::command(async)]
pub fn fwa_request_withdraw(db: State<Db>, id: i64) -> Result<Request, Error> {
    db.with(|s| fwa::withdraw(s, id))
}

#[tauri::command(async)]
pub fn fwa_request_form(db: State<Db>, id: i64) -> Result<RequestForm, Error> {
    db.with(|s| fwa_form::layout(s, id, db.today()))
}

#[tauri::command(async)]
pub fn save_fwa_request_pdf(db: State<Db>, id: i64, path: PathBuf) -> Result<usize, Error> {
    db.with(|s| fwa_form::save_pdf(s, id, &path, db.today()))
}

#[tauri::command(async)]
pub fn sanction_list(db: State<Db>) -> Result<Vec<fwa::SanctionLine>, Error> {
    db.with(fwa::sanction_lines)
}

#[tauri::command(async)]
pub fn sanction_add(db: State<Db>, input: fwa::SanctionInput) -> Result<Sanction, Error> {
    db.with(|s| fwa::sanction_add(s, &input))
}

#[tauri::command(async)]
pub fn sanction_remove(db: State<Db>, id: i64) -> Result<(), Error> {
    db.with(|s| fwa::sanction_remove(s, id))
}

/// A discipline-history file: what importing it would do, then all of it or nothing.
#[tauri::command(async)]
pub fn sanction_import_preview(db: State<Db>, path: PathBuf) -> Result<discipline::Preview, Error> {
    db.with(|s| discipline::preview(s, &path))
}

#[tauri::command(async)]
pub fn sanction_import(db: State<Db>, path: PathBuf) -> Result<discipline::Preview, Error> {
    db.with(|s| discipline::import(s, &path))
}
