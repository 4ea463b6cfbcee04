//! Circulars (Surat Edaran), what they require per unit and day, and the holiday list.

use crate::Db;
use giliran_core::files::holiday_list::{self, Imported, Preview};
use giliran_core::model::StoredCircular;
use giliran_core::office::calendar::{self, Holiday, HolidayYear};
use giliran_core::office::circulars::{self, HistoryEntry, UnitDayNeed};
use giliran_core::office::zones::{self, ZoneFrom};
use giliran_core::rules::policy::Circular;
use giliran_core::Error;
use tauri::State;

#[tauri::command]
pub fn circular_templates() -> Vec<Circular> {
    circulars::templates()
}

#[tauri::command]
pub fn circular_blank(db: State<Db>) -> Circular {
    circulars::blank(db.today())
}

#[tauri::command(async)]
pub fn circulars_list(db: State<Db>) -> Result<Vec<StoredCircular>, Error> {
    db.with(circulars::list)
}

#[tauri::command(async)]
pub fn circular_add_template(
    db: State<Db>,
    template: String,
    key: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<Circular, Error> {
    db.with(|s| circulars::add_from_template(s, &template, key.as_deref(), from.as_deref(), to.as_deref()))
}

#[tauri::command(async)]
pub fn circular_import(db: State<Db>, json: String, replace: bool) -> Result<Circular, Error> {
    db.with(|s| circulars::import(s, &json, replace))
}

#[tauri::command(async)]
pub fn circular_export(db: State<Db>, key: String) -> Result<String, Error> {
    db.with(|s| circulars::export(s, &key))
}

#[tauri::command(async)]
pub fn needs(db: State<Db>, from: String, to: String) -> Result<Vec<UnitDayNeed>, Error> {
    db.with(|s| circulars::needs(s, &from, &to))
}

#[tauri::command(async)]
pub fn circular_history(db: State<Db>, key: String) -> Result<Vec<HistoryEntry>, Error> {
    db.with(|s| circulars::history(s, &key))
}

#[tauri::command(async)]
pub fn circular_choose(db: State<Db>, key: Option<String>, from: String, to: String) -> Result<usize, Error> {
    db.with(|s| circulars::choose(s, key.as_deref(), &from, &to))
}

#[tauri::command(async)]
pub fn holidays_list(db: State<Db>, year: Option<i32>) -> Result<Vec<Holiday>, Error> {
    db.with(|s| calendar::list(s, year))
}

#[tauri::command(async)]
pub fn holiday_set(db: State<Db>, day: String, name: String, cuti_bersama: bool) -> Result<Holiday, Error> {
    db.with(|s| calendar::set(s, &day, &name, cuti_bersama))
}

#[tauri::command(async)]
pub fn holiday_remove(db: State<Db>, day: String) -> Result<(), Error> {
    db.with(|s| calendar::remove(s, &day))
}

#[tauri::command(async)]
pub fn holiday_years(db: State<Db>) -> Result<Vec<HolidayYear>, Error> {
    db.with(calendar::years)
}

#[tauri::command(async)]
pub fn holiday_list_preview(db: State<Db>, year: i32, text: String) -> Result<Preview, Error> {
    db.with(|s| holiday_list::preview(s, year, &text))
}

#[tauri::command(async)]
pub fn holiday_list_import(db: State<Db>, year: i32, text: String, source: String) -> Result<Imported, Error> {
    db.with(|s| holiday_list::import(s, year, &text, &source))
}

#[tauri::command(async)]
pub fn zones_list(db: State<Db>) -> Result<Vec<ZoneFrom>, Error> {
    db.with(zones::list)
}

#[tauri::command(async)]
pub fn zone_set(db: State<Db>, from: String, zone: String) -> Result<ZoneFrom, Error> {
    db.with(|s| zones::set(s, &from, &zone))
}

#[tauri::command(async)]
pub fn zone_remove(db: State<Db>, from: String) -> Result<(), Error> {
    db.with(|s| zones::remove(s, &from))
}

#[tauri::command(async)]
pub fn psbb_list(db: State<Db>) -> Result<Vec<zones::PsbbPeriod>, Error> {
    db.with(zones::psbb_list)
}

#[tauri::command(async)]
pub fn psbb_add(db: State<Db>, from: String, to: String) -> Result<zones::PsbbPeriod, Error> {
    db.with(|s| zones::psbb_add(s, &from, &to))
}

#[tauri::command(async)]
pub fn psbb_remove(db: State<Db>, from: String) -> Result<(), Error> {
    db.with(|s| zones::psbb_remove(s, &from))
}
