//! The week grid: the week, planning a period (with progress), a day set by hand, copying a
//! week, the printed PDF.

use crate::Db;
use giliran_core::files::print;
use giliran_core::office::roster::{self, Outcome, Progress, Week};
use giliran_core::office::schedule::{self, Assignment, Wish};
use giliran_core::Error;
use tauri::ipc::Channel;
use tauri::State;

#[tauri::command(async)]
pub fn week(db: State<Db>, week: String, unit_id: Option<i64>) -> Result<Week, Error> {
    db.with(|s| roster::week_of(s, &week, unit_id, db.today()))
}

/// Plans on a worker thread; each stage and unit goes to the window's progress bar.
#[tauri::command(async)]
pub fn plan_period(db: State<Db>, from: String, to: String, on_progress: Channel<Progress>) -> Result<Outcome, Error> {
    db.with(|s| roster::plan_period_with(s, &from, &to, &|p| drop(on_progress.send(p))))
}

#[tauri::command(async)]
pub fn schedule_set(db: State<Db>, staff: String, date: String, code: String, lock: bool) -> Result<Assignment, Error> {
    db.with(|s| schedule::set(s, &staff, &date, &code, lock))
}

/// A wish (WFO/WFH) for a day, or `-` to remove it; planned as far as the range allows.
#[tauri::command(async)]
pub fn schedule_wish(db: State<Db>, staff: String, date: String, code: String) -> Result<Option<Wish>, Error> {
    db.with(|s| schedule::wish(s, &staff, &date, &code))
}

#[tauri::command(async)]
pub fn copy_week(db: State<Db>, week: String) -> Result<usize, Error> {
    db.with(|s| roster::copy_week_forward(s, &week))
}

/// The printed week as laid out for the PDF, for the window's print preview.
#[tauri::command(async)]
pub fn week_print(db: State<Db>, week: String) -> Result<print::WeekPrint, Error> {
    db.with(|s| print::week_layout(s, &week, db.today()))
}

#[tauri::command(async)]
pub fn save_week_pdf(db: State<Db>, week: String, path: String) -> Result<usize, Error> {
    db.with(|s| print::save_week_pdf(s, &week, std::path::Path::new(&path), db.today()))
}
