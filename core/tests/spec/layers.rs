//! The layers of core import only downwards (docs/architecture.md): files → office → rules and
//! store → model. rules and store do not know each other. A `use` that points up or sideways
//! fails here, naming the file and the path.

use std::path::{Path, PathBuf};

/// What each layer may import, besides itself.
fn allowed(layer: &str) -> &'static [&'static str] {
    match layer {
        "model" => &[],
        "rules" | "store" => &["model"],
        "office" => &["model", "rules", "store"],
        "files" => &["model", "rules", "store", "office"],
        other => panic!("lapisan tidak dikenal: {other}"),
    }
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_layer_imports_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layers = ["model", "rules", "store", "office", "files"];
    let mut wrong = Vec::new();
    for layer in layers {
        let mut files = Vec::new();
        sources(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "core/src/{layer} kosong");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                for other in layers {
                    let path = format!("crate::{other}::");
                    if other != layer && line.contains(&path) && !allowed(layer).contains(&other) {
                        wrong.push(format!("{}:{}: {}", file.strip_prefix(&src).unwrap().display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "impor yang menunjuk ke atas atau ke samping:\n{}", wrong.join("\n"));
}
