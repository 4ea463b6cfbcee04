//! The window's commands through IPC on tauri's mock runtime, with the app's own capabilities
//! and no window: what the UI sends, the core's answer or its `{code, message, fields}` error.

use giliran_app::{run_app, Db};
use serde_json::{json, Value};
use std::path::Path;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

/// The app on `db`, with a webview labelled as the main window (its capability applies).
fn open(db: &Path) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = run_app(mock_builder(), Db::open(db.to_path_buf())).build(tauri::generate_context!(test = true)).unwrap();
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    (app, window)
}

fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|b| b.deserialize::<Value>().unwrap())
}

#[test]
fn a_clerk_adds_a_person_sees_a_bad_nip_refused_and_plans_a_week() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = open(&dir.path().join("kantor.db"));
    let unit = invoke(&w, "unit_add", json!({"input": {"name": "Bidang Pelayanan", "service_class": "layanan_publik"}})).unwrap();
    let person = json!({"input": {
        "kind": "pns", "id_number": "19850312 201001 2 003", "name": "Dr. Siti Aminah, S.E., M.Si.",
        "jabatan_class": "pelaksana", "jabatan": "Analis", "golongan": "III/a", "unit_id": unit["id"]
    }});
    let added = invoke(&w, "staff_add", person.clone()).unwrap();
    assert_eq!(added["id_display"], "19850312 201001 2 003");
    assert_eq!(added["pangkat_display"], "Penata Muda (III/a)");

    let mut bad = person;
    bad["input"]["id_number"] = json!("19851332 201001 1 003");
    let err = invoke(&w, "staff_add", bad).unwrap_err();
    assert_eq!(err["code"], "invalid");
    assert_eq!(err["fields"][0]["field"], "id_number");
    assert_eq!(err["message"], "Tanggal lahir pada NIP tidak valid: 19851332.");
    assert_eq!(invoke(&w, "staff_list", json!({"filter": {}})).unwrap().as_array().unwrap().len(), 1, "nothing added");

    invoke(&w, "circular_add_template", json!({"template": "kaltim-2020", "key": "k26", "from": "01-01-2026"})).unwrap();
    let plan = invoke(&w, "plan_period", json!({"from": "05-01-2026", "to": "09-01-2026", "onProgress": "__CHANNEL__:7"})).unwrap();
    assert_eq!(plan["days"], 5, "{plan}");
    let week = invoke(&w, "week", json!({"week": "2026-W02"})).unwrap();
    assert_eq!(week["units"][0]["rows"][0]["cells"].as_array().unwrap().len(), 5, "{week}");
}

#[test]
fn a_file_that_is_not_giliran_s_is_named_by_its_code_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("catatan.db");
    std::fs::write(&file, "Catatan rapat, bukan basis data.\n".repeat(200)).unwrap();
    let before = std::fs::read(&file).unwrap();
    let (_app, w) = open(&file);
    let err = invoke(&w, "overview", json!({})).unwrap_err();
    assert_eq!(err["code"], "db_foreign", "{err}");
    assert!(err["message"].as_str().unwrap().contains("bukan basis data Giliran"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn the_dialog_stand_ins_of_the_webdriver_stories_exist_in_debug_builds_only() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = open(&dir.path().join("kantor.db"));
    let answer = invoke(&w, "test_save_path", json!({"name": "laporan.xlsx"}));
    if cfg!(debug_assertions) {
        assert_eq!(answer, Ok(Value::Null), "no GILIRAN_TEST_SAVE_DIR here");
    } else {
        assert!(answer.is_err(), "{answer:?}");
    }
}
