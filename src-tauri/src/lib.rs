//! The Tauri shell of Giliran: the window, its state (the office's database) and its commands
//! ([`commands`], one module per area). Every command forwards to giliran-core; no SQL and no
//! rules here. [`run_app`] builds the app on any Tauri runtime, so tests drive the commands
//! through IPC on tauri's mock runtime without a window.

pub mod commands;
mod db;
mod single;

pub use db::Db;
use tauri::ipc::Invoke;
use tauri::{Builder, Manager, Runtime};

/// Giliran on the runtime of `builder`: the database as state and every command. Test-only
/// commands (the paths WebDriver gives instead of the dialogs) exist in debug builds only.
pub fn run_app<R: Runtime>(builder: Builder<R>, db: Db) -> Builder<R> {
    let app = handler::<R>();
    #[cfg(debug_assertions)]
    let testing = testing_handler::<R>();
    builder.manage(db).invoke_handler(move |invoke: Invoke<R>| {
        #[cfg(debug_assertions)]
        if invoke.message.command().starts_with("test_") {
            return testing(invoke);
        }
        app(invoke)
    })
}

/// Every command of the window, the one list of them (build.rs and capabilities/default.json
/// must agree with it: tests/commands_listed.rs).
fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        commands::office::overview,
        commands::office::choices,
        commands::office::clock_now,
        commands::office::office_get,
        commands::office::office_save,
        commands::office::demo_load,
        commands::office::units_list,
        commands::office::unit_add,
        commands::office::unit_update,
        commands::office::unit_delete,
        commands::staff::staff_list,
        commands::staff::staff_page,
        commands::staff::staff_add,
        commands::staff::staff_edit,
        commands::staff::staff_set_active,
        commands::staff::staff_export,
        commands::staff::staff_template,
        commands::staff::staff_import_preview,
        commands::staff::staff_import,
        commands::circulars::circular_templates,
        commands::circulars::circular_blank,
        commands::circulars::circulars_list,
        commands::circulars::circular_add_template,
        commands::circulars::circular_import,
        commands::circulars::circular_export,
        commands::circulars::needs,
        commands::circulars::circular_history,
        commands::circulars::circular_choose,
        commands::circulars::holidays_list,
        commands::circulars::holiday_set,
        commands::circulars::holiday_remove,
        commands::circulars::holiday_years,
        commands::circulars::holiday_list_preview,
        commands::circulars::holiday_list_import,
        commands::circulars::zones_list,
        commands::circulars::zone_set,
        commands::circulars::zone_remove,
        commands::circulars::psbb_list,
        commands::circulars::psbb_add,
        commands::circulars::psbb_remove,
        commands::office::classes_list,
        commands::office::class_add,
        commands::office::class_update,
        commands::office::class_remove,
        commands::office::shift_get,
        commands::office::shift_set,
        commands::office::shift_clear,
        commands::fwa::fwa_policy,
        commands::fwa::fwa_requests,
        commands::fwa::fwa_request_add,
        commands::fwa::sanction_list,
        commands::fwa::sanction_add,
        commands::fwa::sanction_remove,
        commands::fwa::sanction_import_preview,
        commands::fwa::sanction_import,
        commands::fwa::fwa_request_approve,
        commands::fwa::fwa_request_reject,
        commands::fwa::fwa_request_withdraw,
        commands::fwa::fwa_request_form,
        commands::fwa::save_fwa_request_pdf,
        commands::schedule::week,
        commands::schedule::plan_period,
        commands::schedule::schedule_set,
        commands::schedule::schedule_wish,
        commands::schedule::copy_week,
        commands::schedule::week_print,
        commands::schedule::save_week_pdf,
        commands::presence::presence_sheet,
        commands::actual::actual_compare,
        commands::evaluation::evaluation_suggest,
        commands::evaluation::evaluation_get,
        commands::evaluation::evaluation_recent,
        commands::evaluation::evaluation_save,
        commands::targets::targets_day,
        commands::targets::targets_set,
        commands::targets::targets_confirm,
        commands::evaluation::evaluation_recommend,
        commands::actual::outage_add,
        commands::actual::outage_list,
        commands::actual::outage_remove,
        commands::presence::presence_set,
        commands::presence::presence_mark,
        commands::presence::presence_fill,
        commands::presence::presence_hours,
        commands::presence::presence_hours_save,
        commands::presence::attendance_preview,
        commands::presence::attendance_import,
        commands::presence::reach_sample,
        commands::presence::reach_record,
        commands::presence::reach_list,
        commands::presence::reach_month,
        commands::presence::activity_month,
        commands::presence::reach_history,
        commands::presence::reach_size,
        commands::presence::reach_size_save,
        commands::presence::activity_add,
        commands::presence::activity_day,
        commands::presence::ekinerja_person,
        commands::presence::ekinerja_save,
        commands::reports::report_summary,
        commands::reports::report_save,
        commands::reports::report_verify,
        commands::reports::office_key,
        commands::reports::consolidate_read,
        commands::reports::consolidate_save,
        commands::reports::sekda_keys,
        commands::reports::sekda_key_register,
        commands::reports::sekda_key_remove,
        commands::backup::backup_list,
        commands::backup::backup_now,
        commands::backup::backup_check,
        commands::backup::backup_restore,
        commands::backup::audit_recent,
        commands::backup::audit_verify
    ]
}

#[cfg(debug_assertions)]
fn testing_handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![commands::testing::test_open_path, commands::testing::test_save_path]
}

/// Opens the window on the database of `--db PATH`, else `GILIRAN_DB`, else the user's data
/// folder; a second launch on the same database brings the first window forward instead.
pub fn run() {
    let path = db::path_from_args();
    let primary = match single::claim(&path) {
        single::Claim::Primary(p) => p,
        single::Claim::Secondary => {
            eprintln!("Giliran sudah terbuka untuk basis data ini; jendelanya dibawa ke depan.");
            return;
        }
    };
    let builder = tauri::Builder::default().plugin(tauri_plugin_dialog::init()).setup(move |app| {
        primary.watch(app.handle().clone());
        app.manage(primary); // the lock lives as long as the app
        Ok(())
    });
    if let Err(e) = run_app(builder, Db::open(path)).run(tauri::generate_context!()) {
        eprintln!("Giliran tidak dapat dijalankan: {e}");
        std::process::exit(1);
    }
}
