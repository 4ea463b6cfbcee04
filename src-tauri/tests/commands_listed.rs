//! The window's commands are named in three places that must agree: the invoke handler
//! (src/lib.rs), the app manifest that makes a permission for each (build.rs), and the grants
//! of the main window (capabilities/default.json). And every command the UI calls exists.

use std::collections::BTreeSet;
use std::path::Path;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

/// The names in the `generate_handler![...]` lists of src/lib.rs.
fn handled() -> BTreeSet<String> {
    let lib = read("src/lib.rs");
    let mut names = BTreeSet::new();
    for list in lib.split("generate_handler![").skip(1) {
        let body = list.split(']').next().unwrap();
        names.extend(body.split(',').map(|p| p.trim()).filter(|p| !p.is_empty()).map(|p| p.rsplit("::").next().unwrap().to_string()));
    }
    names
}

/// The quoted names of build.rs's command list.
fn manifest() -> BTreeSet<String> {
    let build = read("build.rs");
    let list = build.split("&[").nth(1).unwrap().split(']').next().unwrap();
    list.split(',').map(|s| s.trim().trim_matches('"').to_string()).filter(|s| !s.is_empty()).collect()
}

/// The commands the main window is granted (`allow-office-get` → `office_get`).
fn granted() -> BTreeSet<String> {
    let caps: serde_json::Value = serde_json::from_str(&read("capabilities/default.json")).unwrap();
    caps["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter_map(|p| p.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect()
}

/// Every `call('name'` in the UI's modules.
fn called_by_the_ui() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "js") {
                let text = std::fs::read_to_string(&p).unwrap();
                for part in text.split("call('").skip(1) {
                    out.insert(part.split('\'').next().unwrap().to_string());
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/js"), &mut out);
    out
}

#[test]
fn the_handler_the_manifest_and_the_capabilities_list_the_same_commands() {
    let handled = handled();
    assert!(handled.len() > 60 && handled.contains("staff_add") && handled.contains("test_save_path"), "{handled:?}");
    assert_eq!(manifest(), handled, "build.rs and src/lib.rs");
    assert_eq!(granted(), handled, "capabilities/default.json and src/lib.rs");
}

#[test]
fn every_command_the_ui_calls_exists() {
    let handled = handled();
    let missing: Vec<String> = called_by_the_ui().into_iter().filter(|c| !handled.contains(c)).collect();
    assert!(missing.is_empty(), "the UI calls commands the shell does not have: {missing:?}");
}
