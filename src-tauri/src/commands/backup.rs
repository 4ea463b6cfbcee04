//! Backups and the audit trail.

use crate::Db;
use giliran_core::model::backup::Checked;
use giliran_core::office::{audit, backup};
use giliran_core::Error;
use std::path::PathBuf;
use tauri::State;

#[tauri::command(async)]
pub fn backup_list(db: State<Db>) -> Result<Vec<backup::Copy>, Error> {
    db.with(|s| backup::list(s))
}

#[tauri::command(async)]
pub fn backup_now(db: State<Db>, path: PathBuf) -> Result<u64, Error> {
    db.with(|s| backup::save_copy(s, &path))
}

#[tauri::command(async)]
pub fn backup_check(path: PathBuf) -> Result<Checked, Error> {
    backup::check(&path)
}

#[tauri::command(async)]
pub fn backup_restore(db: State<Db>, path: PathBuf) -> Result<backup::Restored, Error> {
    db.with(|s| backup::restore(s, &path, db.now()))
}

#[tauri::command(async)]
pub fn audit_recent(db: State<Db>, table: Option<String>, before_id: Option<i64>) -> Result<Vec<audit::Entry>, Error> {
    db.with(|s| audit::recent(s, table.as_deref(), before_id, 200))
}

#[tauri::command(async)]
pub fn audit_verify(db: State<Db>) -> Result<audit::Verdict, Error> {
    db.with(audit::verify)
}
