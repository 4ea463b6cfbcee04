//! Monitoring and evaluation (the Evaluasi screen): a period against a baseline, and the
//! Kepala OPD's recommendation per unit.

use crate::Db;
use giliran_core::files::evaluation as printed;
use giliran_core::office::evaluation::{self, Evaluation, Recommendation, Suggested};
use giliran_core::Error;
use std::path::PathBuf;
use tauri::State;

#[tauri::command]
pub fn evaluation_suggest(db: State<Db>) -> Suggested {
    evaluation::suggested(db.today())
}

#[tauri::command(async)]
pub fn evaluation_recent(db: State<Db>) -> Result<evaluation::Series, Error> {
    db.with(|s| evaluation::recent(s, db.today()))
}

#[tauri::command(async)]
pub fn evaluation_get(db: State<Db>, from: String, to: String, baseline_from: String, baseline_to: String) -> Result<Evaluation, Error> {
    db.with(|s| evaluation::evaluate(s, &from, &to, &baseline_from, &baseline_to, db.today()))
}

#[tauri::command(async)]
pub fn evaluation_save(
    db: State<Db>,
    from: String,
    to: String,
    baseline_from: String,
    baseline_to: String,
    path: PathBuf,
) -> Result<printed::Saved, Error> {
    db.with(|s| printed::save(s, [&from, &to, &baseline_from, &baseline_to], &path, db.today()))
}

#[tauri::command(async)]
pub fn evaluation_recommend(
    db: State<Db>,
    from: String,
    to: String,
    unit: String,
    choice: String,
    note: String,
    by: String,
) -> Result<Recommendation, Error> {
    db.with(|s| evaluation::recommend(s, &from, &to, &unit, &choice, &note, &by))
}
