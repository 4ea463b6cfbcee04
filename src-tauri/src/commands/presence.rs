//! The day's presence: the sheet, the attendance machine's file, reachability calls and the
//! WFH activity notes.

use crate::Db;
use giliran_core::files::attendance::{self, Mapping};
use giliran_core::model::progress::Progress;
use giliran_core::office::{activity, presence, reach};
use giliran_core::Error;
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::State;

#[tauri::command(async)]
pub fn presence_sheet(db: State<Db>, date: String, unit_id: Option<i64>, offset: Option<usize>) -> Result<presence::Sheet, Error> {
    db.with(|s| presence::sheet_page(s, &date, unit_id, offset.unwrap_or(0), presence::SHEET_PAGE, db.today()))
}

#[tauri::command(async)]
pub fn presence_set(db: State<Db>, entry: presence::Entry) -> Result<presence::Saved, Error> {
    db.with(|s| presence::set(s, &entry))
}

#[tauri::command(async)]
pub fn presence_mark(db: State<Db>, date: String, staff_ids: Vec<i64>, code: String) -> Result<usize, Error> {
    db.with(|s| presence::mark_many(s, &date, &staff_ids, &code))
}

#[tauri::command(async)]
pub fn presence_fill(db: State<Db>, date: String, unit_id: Option<i64>) -> Result<usize, Error> {
    db.with(|s| presence::fill_from_plan(s, &date, unit_id))
}

#[tauri::command(async)]
pub fn presence_hours(db: State<Db>) -> Result<presence::HoursView, Error> {
    db.with(presence::hours_view)
}

#[tauri::command(async)]
pub fn presence_hours_save(db: State<Db>, hours: presence::Hours) -> Result<presence::HoursView, Error> {
    db.with(|s| presence::set_hours_view(s, &hours))
}

#[tauri::command(async)]
pub fn attendance_preview(
    db: State<Db>,
    path: PathBuf,
    mapping: Option<Mapping>,
    on_progress: Channel<Progress>,
) -> Result<attendance::Preview, Error> {
    db.with(|s| attendance::preview(s, &path, mapping.as_ref(), db.today(), &|p| drop(on_progress.send(p))))
}

#[tauri::command(async)]
pub fn attendance_import(
    db: State<Db>,
    path: PathBuf,
    mapping: Option<Mapping>,
    on_progress: Channel<Progress>,
) -> Result<attendance::Imported, Error> {
    db.with(|s| attendance::import(s, &path, mapping.as_ref(), db.today(), &|p| drop(on_progress.send(p))))
}

#[tauri::command(async)]
pub fn reach_sample(db: State<Db>, date: String, size: Option<usize>) -> Result<reach::Sample, Error> {
    db.with(|s| reach::sample(s, &date, size))
}

#[tauri::command(async)]
pub fn reach_record(db: State<Db>, staff: String, date: String, at: String, reached: bool, note: String) -> Result<reach::Call, Error> {
    db.with(|s| reach::record(s, &staff, &date, &at, reached, &note, db.now().time()))
}

#[tauri::command(async)]
pub fn reach_list(db: State<Db>, from: String, to: String) -> Result<reach::Log, Error> {
    db.with(|s| reach::list(s, &from, &to))
}

#[tauri::command(async)]
pub fn reach_month(db: State<Db>, date: String) -> Result<reach::Log, Error> {
    db.with(|s| reach::month(s, &date))
}

#[tauri::command(async)]
pub fn activity_month(db: State<Db>, date: String, offset: Option<usize>) -> Result<activity::MissingPage, Error> {
    db.with(|s| activity::month_missing(s, &date, offset.unwrap_or(0), activity::MISSING_PAGE, db.today()))
}

#[tauri::command(async)]
pub fn reach_history(db: State<Db>, staff: String) -> Result<reach::Log, Error> {
    db.with(|s| reach::history(s, &staff))
}

#[tauri::command(async)]
pub fn reach_size(db: State<Db>) -> Result<usize, Error> {
    db.with(reach::sample_size)
}

#[tauri::command(async)]
pub fn reach_size_save(db: State<Db>, size: usize) -> Result<usize, Error> {
    db.with(|s| reach::set_sample_size(s, size))
}

#[tauri::command(async)]
pub fn activity_add(db: State<Db>, staff: String, date: String, note: String) -> Result<activity::Note, Error> {
    db.with(|s| activity::add(s, &staff, &date, &note))
}

#[tauri::command(async)]
pub fn activity_day(db: State<Db>, date: String, offset: Option<usize>) -> Result<activity::DayPage, Error> {
    db.with(|s| activity::day_page(s, &date, offset.unwrap_or(0), activity::MISSING_PAGE, db.today()))
}

#[tauri::command(async)]
pub fn ekinerja_person(db: State<Db>, who: String, month: String) -> Result<giliran_core::office::ekinerja::Month, Error> {
    db.with(|s| giliran_core::office::ekinerja::of_person(s, &who, &month, db.today()))
}

#[tauri::command(async)]
pub fn ekinerja_save(db: State<Db>, month: String, path: PathBuf) -> Result<giliran_core::files::ekinerja::Saved, Error> {
    db.with(|s| giliran_core::files::ekinerja::save(s, &month, &path, db.today()))
}
