//! Flexible work (PermenPANRB 4/2025): the decision in force, requests and their decisions.

use crate::Db;
use giliran_core::files::fwa_form::{self, RequestForm};
use giliran_core::model::fwa::{Request, RequestInput};
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
