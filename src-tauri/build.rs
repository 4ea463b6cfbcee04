//! Declares the app's commands so Tauri generates an allow/deny permission for each;
//! capabilities/default.json then grants exactly the ones the UI uses.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(giliran_commands());
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build gagal: periksa tauri.conf.json dan capabilities/");
}

fn giliran_commands() -> &'static [&'static str] {
    &[
        "overview",
        "office_get",
        "office_save",
        "units_list",
        "unit_add",
        "unit_update",
        "unit_delete",
        "staff_list",
        "staff_add",
        "staff_edit",
        "staff_set_active",
        "demo_load",
        "choices",
        "circular_templates",
        "circulars_list",
        "circular_add_template",
        "circular_import",
        "circular_export",
        "needs",
        "circular_history",
        "circular_choose",
        "holidays_list",
        "holiday_set",
        "holiday_remove",
        "week",
        "plan_period",
        "schedule_set",
        "copy_week",
        "save_week_pdf",
        "test_save_path",
        "presence_sheet",
        "presence_set",
        "presence_mark",
        "presence_fill",
        "presence_hours",
        "presence_hours_save",
        "attendance_preview",
        "attendance_import",
        "reach_sample",
        "reach_record",
        "reach_list",
        "reach_history",
        "reach_size",
        "reach_size_save",
        "activity_add",
        "activity_list",
        "test_open_path",
        "report_summary",
        "report_save",
        "report_verify",
        "office_key",
        "consolidate_read",
        "consolidate_save",
        "sekda_keys",
        "sekda_key_register",
        "sekda_key_remove",
    ]
}
