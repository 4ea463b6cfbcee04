//! The Tauri shell: each command hands its arguments to one giliran-core function and
//! returns the result or the core's `{code, message, fields}` error. No SQL, no rules here.

use giliran_core::files::attendance::{self, Mapping};
use giliran_core::files::report::{self, consolidate};
use giliran_core::files::{print, staff_io};
use giliran_core::model::{self, Choices, Office, Staff, StaffFilter, StaffInput, Unit, UnitInput};
use giliran_core::office::calendar::{self, Holiday};
use giliran_core::office::circulars::{self, HistoryEntry, UnitDayNeed};
use giliran_core::office::overview::{self, Overview};
use giliran_core::office::roster::{self, Outcome, Progress, Week};
use giliran_core::office::schedule::{self, Assignment};
use giliran_core::office::{activity, audit, backup, demo, presence, profile, reach, staff, units};
use giliran_core::rules::policy::Circular;
use giliran_core::store::StoredCircular;
use giliran_core::{store, Error, Store};
use std::path::PathBuf;
use std::sync::Mutex;
mod single;

use tauri::ipc::Channel;
use tauri::{Manager, State};

/// The office's database, or why it could not be opened (shown in the window).
struct Db(Mutex<Result<Store, String>>);

impl Db {
    /// Opens the database and makes the day's automatic backup (a failed backup is reported,
    /// not fatal: the clerk can still work and back up by hand).
    fn open(path: PathBuf) -> Db {
        let store = Store::open(&path).map_err(|e| e.to_string());
        if let Err(e) = store.as_ref().map(|s| backup::daily(s, giliran_core::today())) {
            eprintln!("Cadangan harian gagal: {e}");
        }
        Db(Mutex::new(store))
    }

    /// Runs one core call on the store; calls are serialised, each is its own transaction.
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, Error>) -> Result<T, Error> {
        let mut guard = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match guard.as_mut() {
            Ok(store) => f(store),
            Err(why) => Err(Error::Unavailable(why.clone())),
        }
    }
}

/// `--db PATH` on the command line, else `GILIRAN_DB`, else the user's data folder.
fn db_path() -> PathBuf {
    let mut args = std::env::args_os().skip(1);
    let mut explicit = None;
    while let Some(a) = args.next() {
        if a == "--db" {
            explicit = args.next().map(PathBuf::from);
        }
    }
    store::resolve_path(explicit)
}

#[tauri::command(async)]
fn overview(db: State<Db>) -> Result<Overview, Error> {
    db.with(overview::get)
}

#[tauri::command]
fn choices() -> Choices {
    model::choices()
}

#[tauri::command(async)]
fn office_get(db: State<Db>) -> Result<Office, Error> {
    db.with(profile::get)
}

#[tauri::command(async)]
fn office_save(db: State<Db>, office: Office) -> Result<Office, Error> {
    db.with(|s| profile::save(s, &office))
}

#[tauri::command(async)]
fn units_list(db: State<Db>) -> Result<Vec<Unit>, Error> {
    db.with(units::list)
}

#[tauri::command(async)]
fn unit_add(db: State<Db>, input: UnitInput) -> Result<Unit, Error> {
    db.with(|s| units::add(s, &input))
}

#[tauri::command(async)]
fn unit_update(db: State<Db>, id: i64, input: UnitInput) -> Result<Unit, Error> {
    db.with(|s| units::update(s, id, &input))
}

#[tauri::command(async)]
fn unit_delete(db: State<Db>, id: i64) -> Result<(), Error> {
    db.with(|s| units::delete(s, id))
}

#[tauri::command(async)]
fn staff_list(db: State<Db>, filter: StaffFilter) -> Result<Vec<Staff>, Error> {
    db.with(|s| staff::list(s, &filter))
}

#[tauri::command(async)]
fn staff_add(db: State<Db>, input: StaffInput) -> Result<Staff, Error> {
    db.with(|s| staff::add(s, &input))
}

#[tauri::command(async)]
fn staff_edit(db: State<Db>, id: i64, input: StaffInput) -> Result<Staff, Error> {
    db.with(|s| staff::edit(s, id, &input))
}

#[tauri::command(async)]
fn staff_set_active(db: State<Db>, id: i64, active: bool) -> Result<Staff, Error> {
    db.with(|s| staff::set_active(s, id, active))
}

#[tauri::command(async)]
fn demo_load(db: State<Db>) -> Result<demo::Loaded, Error> {
    db.with(demo::load)
}

#[tauri::command]
fn circular_templates() -> Vec<Circular> {
    circulars::templates()
}

#[tauri::command(async)]
fn circulars_list(db: State<Db>) -> Result<Vec<StoredCircular>, Error> {
    db.with(circulars::list)
}

#[tauri::command(async)]
fn circular_add_template(
    db: State<Db>,
    template: String,
    key: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<Circular, Error> {
    db.with(|s| circulars::add_from_template(s, &template, key.as_deref(), from.as_deref(), to.as_deref()))
}

#[tauri::command(async)]
fn circular_import(db: State<Db>, json: String, replace: bool) -> Result<Circular, Error> {
    db.with(|s| circulars::import(s, &json, replace))
}

#[tauri::command(async)]
fn circular_export(db: State<Db>, key: String) -> Result<String, Error> {
    db.with(|s| circulars::export(s, &key))
}

#[tauri::command(async)]
fn needs(db: State<Db>, from: String, to: String) -> Result<Vec<UnitDayNeed>, Error> {
    db.with(|s| circulars::needs(s, &from, &to))
}

#[tauri::command(async)]
fn circular_history(db: State<Db>, key: String) -> Result<Vec<HistoryEntry>, Error> {
    db.with(|s| circulars::history(s, &key))
}

#[tauri::command(async)]
fn circular_choose(db: State<Db>, key: Option<String>, from: String, to: String) -> Result<usize, Error> {
    db.with(|s| circulars::choose(s, key.as_deref(), &from, &to))
}

#[tauri::command(async)]
fn holidays_list(db: State<Db>, year: Option<i32>) -> Result<Vec<Holiday>, Error> {
    db.with(|s| calendar::list(s, year))
}

#[tauri::command(async)]
fn holiday_set(db: State<Db>, day: String, name: String, cuti_bersama: bool) -> Result<Holiday, Error> {
    db.with(|s| calendar::set(s, &day, &name, cuti_bersama))
}

#[tauri::command(async)]
fn holiday_remove(db: State<Db>, day: String) -> Result<(), Error> {
    db.with(|s| calendar::remove(s, &day))
}

#[tauri::command(async)]
fn week(db: State<Db>, week: String) -> Result<Week, Error> {
    db.with(|s| roster::week(s, &week))
}

/// Plans on a worker thread; each stage and unit goes to the window's progress bar.
#[tauri::command(async)]
fn plan_period(db: State<Db>, from: String, to: String, on_progress: Channel<Progress>) -> Result<Outcome, Error> {
    db.with(|s| roster::plan_period_with(s, &from, &to, &|p| drop(on_progress.send(p))))
}

#[tauri::command(async)]
fn schedule_set(db: State<Db>, staff: String, date: String, code: String, lock: bool) -> Result<Assignment, Error> {
    db.with(|s| schedule::set(s, &staff, &date, &code, lock))
}

#[tauri::command(async)]
fn copy_week(db: State<Db>, week: String) -> Result<usize, Error> {
    db.with(|s| roster::copy_week_forward(s, &week))
}

#[tauri::command(async)]
fn save_week_pdf(db: State<Db>, week: String, path: String) -> Result<usize, Error> {
    db.with(|s| print::save_week_pdf(s, &week, std::path::Path::new(&path)))
}

#[tauri::command(async)]
fn presence_sheet(db: State<Db>, date: String, unit_id: Option<i64>) -> Result<presence::Sheet, Error> {
    db.with(|s| presence::sheet(s, &date, unit_id))
}

#[tauri::command(async)]
fn presence_set(db: State<Db>, entry: presence::Entry) -> Result<presence::Saved, Error> {
    db.with(|s| presence::set(s, &entry))
}

#[tauri::command(async)]
fn presence_mark(db: State<Db>, date: String, staff_ids: Vec<i64>, code: String) -> Result<usize, Error> {
    db.with(|s| presence::mark_many(s, &date, &staff_ids, &code))
}

#[tauri::command(async)]
fn presence_fill(db: State<Db>, date: String, unit_id: Option<i64>) -> Result<usize, Error> {
    db.with(|s| presence::fill_from_plan(s, &date, unit_id))
}

#[tauri::command(async)]
fn presence_hours(db: State<Db>) -> Result<presence::Hours, Error> {
    db.with(presence::hours)
}

#[tauri::command(async)]
fn presence_hours_save(db: State<Db>, hours: presence::Hours) -> Result<presence::Hours, Error> {
    db.with(|s| presence::set_hours(s, &hours))
}

#[tauri::command(async)]
fn attendance_preview(db: State<Db>, path: PathBuf, mapping: Option<Mapping>) -> Result<attendance::Preview, Error> {
    db.with(|s| attendance::preview(s, &path, mapping.as_ref()))
}

#[tauri::command(async)]
fn attendance_import(db: State<Db>, path: PathBuf, mapping: Option<Mapping>) -> Result<attendance::Imported, Error> {
    db.with(|s| attendance::import(s, &path, mapping.as_ref()))
}

#[tauri::command(async)]
fn reach_sample(db: State<Db>, date: String, size: Option<usize>) -> Result<reach::Sample, Error> {
    db.with(|s| reach::sample(s, &date, size))
}

#[tauri::command(async)]
fn reach_record(db: State<Db>, staff: String, date: String, at: String, reached: bool, note: String) -> Result<reach::Call, Error> {
    db.with(|s| reach::record(s, &staff, &date, &at, reached, &note))
}

#[tauri::command(async)]
fn reach_list(db: State<Db>, from: String, to: String) -> Result<reach::Log, Error> {
    db.with(|s| reach::list(s, &from, &to))
}

#[tauri::command(async)]
fn reach_month(db: State<Db>, date: String) -> Result<reach::Log, Error> {
    db.with(|s| reach::month(s, &date))
}

#[tauri::command(async)]
fn activity_month(db: State<Db>, date: String) -> Result<activity::Notes, Error> {
    db.with(|s| activity::month(s, &date))
}

#[tauri::command(async)]
fn reach_history(db: State<Db>, staff: String) -> Result<reach::Log, Error> {
    db.with(|s| reach::history(s, &staff))
}

#[tauri::command(async)]
fn reach_size(db: State<Db>) -> Result<usize, Error> {
    db.with(reach::sample_size)
}

#[tauri::command(async)]
fn reach_size_save(db: State<Db>, size: usize) -> Result<usize, Error> {
    db.with(|s| reach::set_sample_size(s, size))
}

#[tauri::command(async)]
fn activity_add(db: State<Db>, staff: String, date: String, note: String) -> Result<activity::Note, Error> {
    db.with(|s| activity::add(s, &staff, &date, &note))
}

#[tauri::command(async)]
fn activity_list(db: State<Db>, from: String, to: String) -> Result<activity::Notes, Error> {
    db.with(|s| activity::list(s, &from, &to))
}

#[tauri::command(async)]
fn report_summary(db: State<Db>, from: String, to: String) -> Result<report::Summary, Error> {
    db.with(|s| report::summary(s, &from, &to))
}

#[tauri::command(async)]
fn report_save(db: State<Db>, from: String, to: String, path: PathBuf) -> Result<report::Saved, Error> {
    db.with(|s| report::save(s, &from, &to, &path))
}

#[tauri::command(async)]
fn report_verify(path: PathBuf) -> Result<report::Verdict, Error> {
    report::verify(&path)
}

#[tauri::command(async)]
fn office_key(db: State<Db>) -> Result<String, Error> {
    db.with(|s| report::fingerprint(s))
}

#[tauri::command(async)]
fn consolidate_read(db: State<Db>, paths: Vec<PathBuf>) -> Result<consolidate::Consolidation, Error> {
    db.with(|s| consolidate::read(&paths, &consolidate::registered(s)?).map(|(c, _)| c))
}

#[tauri::command(async)]
fn consolidate_save(db: State<Db>, paths: Vec<PathBuf>, out: PathBuf) -> Result<consolidate::Consolidation, Error> {
    db.with(|s| consolidate::consolidate(&paths, &consolidate::registered(s)?, &out))
}

#[tauri::command(async)]
fn sekda_keys(db: State<Db>) -> Result<Vec<consolidate::Registered>, Error> {
    db.with(consolidate::registered)
}

#[tauri::command(async)]
fn sekda_key_register(db: State<Db>, opd: String, fingerprint: String) -> Result<Vec<consolidate::Registered>, Error> {
    db.with(|s| consolidate::register(s, &opd, &fingerprint))
}

#[tauri::command(async)]
fn sekda_key_remove(db: State<Db>, opd: String) -> Result<Vec<consolidate::Registered>, Error> {
    db.with(|s| consolidate::unregister(s, &opd))
}

#[tauri::command(async)]
fn staff_export(db: State<Db>, path: PathBuf) -> Result<usize, Error> {
    db.with(|s| staff_io::export(s, &path))
}

#[tauri::command(async)]
fn staff_template(path: PathBuf) -> Result<(), Error> {
    staff_io::template(&path)
}

#[tauri::command(async)]
fn staff_import_preview(db: State<Db>, path: PathBuf, mapping: Option<staff_io::Mapping>) -> Result<staff_io::Preview, Error> {
    db.with(|s| staff_io::preview(s, &path, mapping.as_ref()))
}

#[tauri::command(async)]
fn staff_import(db: State<Db>, path: PathBuf, mapping: Option<staff_io::Mapping>) -> Result<staff_io::Preview, Error> {
    db.with(|s| staff_io::import(s, &path, mapping.as_ref()))
}

#[tauri::command(async)]
fn backup_list(db: State<Db>) -> Result<Vec<backup::Copy>, Error> {
    db.with(|s| backup::list(s))
}

#[tauri::command(async)]
fn backup_now(db: State<Db>, path: PathBuf) -> Result<u64, Error> {
    db.with(|s| backup::save_copy(s, &path))
}

#[tauri::command(async)]
fn backup_check(path: PathBuf) -> Result<store::Checked, Error> {
    backup::check(&path)
}

#[tauri::command(async)]
fn backup_restore(db: State<Db>, path: PathBuf) -> Result<backup::Restored, Error> {
    db.with(|s| backup::restore(s, &path))
}

#[tauri::command(async)]
fn audit_recent(db: State<Db>, table: Option<String>, before_id: Option<i64>) -> Result<Vec<audit::Entry>, Error> {
    db.with(|s| audit::recent(s, table.as_deref(), before_id, 200))
}

#[tauri::command(async)]
fn audit_verify(db: State<Db>) -> Result<audit::Verdict, Error> {
    db.with(audit::verify)
}

/// Debug (test) builds only: the files WebDriver tests give instead of the open dialog
/// (`GILIRAN_TEST_OPEN_FILE`, several joined as in PATH).
#[tauri::command]
fn test_open_path() -> Option<Vec<String>> {
    let v = std::env::var_os("GILIRAN_TEST_OPEN_FILE").filter(|_| cfg!(debug_assertions))?;
    Some(std::env::split_paths(&v).map(|p| p.to_string_lossy().into_owned()).collect())
}

/// Debug (test) builds only: the path WebDriver tests give instead of the save dialog.
#[tauri::command]
fn test_save_path(name: String) -> Option<String> {
    let dir = std::env::var_os("GILIRAN_TEST_SAVE_DIR").filter(|_| cfg!(debug_assertions))?;
    Some(std::path::Path::new(&dir).join(name).to_string_lossy().into_owned())
}

pub fn run() {
    let path = db_path();
    let primary = match single::claim(&path) {
        single::Claim::Primary(p) => p,
        single::Claim::Secondary => {
            eprintln!("Giliran sudah terbuka untuk basis data ini; jendelanya dibawa ke depan.");
            return;
        }
    };
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            primary.watch(app.handle().clone());
            app.manage(primary); // the lock lives as long as the app
            Ok(())
        })
        .manage(Db::open(path))
        .invoke_handler(tauri::generate_handler![
            overview,
            choices,
            office_get,
            office_save,
            units_list,
            unit_add,
            unit_update,
            unit_delete,
            staff_list,
            staff_add,
            staff_edit,
            staff_set_active,
            demo_load,
            circular_templates,
            circulars_list,
            circular_add_template,
            circular_import,
            circular_export,
            needs,
            circular_history,
            circular_choose,
            holidays_list,
            holiday_set,
            holiday_remove,
            week,
            plan_period,
            schedule_set,
            copy_week,
            save_week_pdf,
            test_save_path,
            presence_sheet,
            presence_set,
            presence_mark,
            presence_fill,
            presence_hours,
            presence_hours_save,
            attendance_preview,
            attendance_import,
            reach_sample,
            reach_record,
            reach_list,
            reach_history,
            reach_month,
            activity_month,
            reach_size,
            reach_size_save,
            activity_add,
            activity_list,
            test_open_path,
            report_summary,
            report_save,
            report_verify,
            office_key,
            consolidate_read,
            consolidate_save,
            sekda_keys,
            sekda_key_register,
            sekda_key_remove,
            staff_export,
            staff_template,
            staff_import_preview,
            staff_import,
            backup_list,
            backup_now,
            backup_check,
            backup_restore,
            audit_recent,
            audit_verify,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Giliran tidak dapat dijalankan: {e}");
        std::process::exit(1);
    }
}
