//! Debug builds only (the module is not compiled in release): the paths the WebDriver stories
//! give instead of the open and save dialogs.

/// The files WebDriver tests give instead of the open dialog
/// (`GILIRAN_TEST_OPEN_FILE`, several joined as in PATH).
#[tauri::command]
pub fn test_open_path() -> Option<Vec<String>> {
    let v = std::env::var_os("GILIRAN_TEST_OPEN_FILE")?;
    Some(std::env::split_paths(&v).map(|p| p.to_string_lossy().into_owned()).collect())
}

/// The path WebDriver tests give instead of the save dialog.
#[tauri::command]
pub fn test_save_path(name: String) -> Option<String> {
    let dir = std::env::var_os("GILIRAN_TEST_SAVE_DIR")?;
    Some(std::path::Path::new(&dir).join(name).to_string_lossy().into_owned())
}
