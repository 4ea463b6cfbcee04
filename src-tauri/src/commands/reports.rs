//! The report to the Sekda and, on the Sekda's PC, checking and merging the offices' reports.

use crate::Db;
use giliran_core::files::report::{self, consolidate};
use giliran_core::Error;
use std::path::PathBuf;
use tauri::State;

#[tauri::command(async)]
pub fn report_summary(db: State<Db>, from: String, to: String) -> Result<report::Summary, Error> {
    db.with(|s| report::summary(s, &from, &to, db.today()))
}

#[tauri::command(async)]
pub fn report_save(
    db: State<Db>,
    from: String,
    to: String,
    baseline_from: Option<String>,
    baseline_to: Option<String>,
    path: PathBuf,
) -> Result<report::Saved, Error> {
    db.with(|s| report::save_with(s, &from, &to, baseline_from.as_deref().zip(baseline_to.as_deref()), &path, db.today()))
}

#[tauri::command(async)]
pub fn report_verify(path: PathBuf) -> Result<report::Verdict, Error> {
    report::verify(&path)
}

#[tauri::command(async)]
pub fn office_key(db: State<Db>) -> Result<String, Error> {
    db.with(|s| report::fingerprint(s))
}

#[tauri::command(async)]
pub fn consolidate_read(db: State<Db>, paths: Vec<PathBuf>) -> Result<consolidate::Consolidation, Error> {
    db.with(|s| consolidate::read(&paths, &consolidate::registered(s)?).map(|(c, _)| c))
}

#[tauri::command(async)]
pub fn consolidate_save(db: State<Db>, paths: Vec<PathBuf>, out: PathBuf) -> Result<consolidate::Consolidation, Error> {
    db.with(|s| consolidate::consolidate(&paths, &consolidate::registered(s)?, &out))
}

#[tauri::command(async)]
pub fn sekda_keys(db: State<Db>) -> Result<Vec<consolidate::Registered>, Error> {
    db.with(consolidate::registered)
}

#[tauri::command(async)]
pub fn sekda_key_register(db: State<Db>, opd: String, fingerprint: String) -> Result<Vec<consolidate::Registered>, Error> {
    db.with(|s| consolidate::register(s, &opd, &fingerprint))
}

#[tauri::command(async)]
pub fn sekda_key_remove(db: State<Db>, opd: String) -> Result<Vec<consolidate::Registered>, Error> {
    db.with(|s| consolidate::unregister(s, &opd))
}
