//! The layers of core import only downwards (docs/architecture.md): files → office → rules and
//! store → model. rules and store do not know each other. Every `use` declaration (grouped ones
//! expanded, `super::` resolved) and every `crate::…` path in code is read with comments and
//! string literals left out; one that points up or sideways fails here, naming the file and path.

use std::path::{Path, PathBuf};

const LAYERS: [&str; 5] = ["model", "rules", "store", "office", "files"];

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

/// The source with comments and the insides of string and char literals blanked (newlines
/// kept, so line numbers stay true).
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |ch: char| if ch == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '/' if c.get(i + 1) == Some(&'/') => {
                while i < c.len() && c[i] != '\n' {
                    out.push(' ');
                    i += 1;
                }
            }
            '/' if c.get(i + 1) == Some(&'*') => {
                let mut depth = 0;
                while i < c.len() {
                    if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                        depth += 1;
                        out.push_str("  ");
                        i += 2;
                    } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        out.push_str("  ");
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        out.push(blank(c[i]));
                        i += 1;
                    }
                }
            }
            'r' if (c.get(i + 1) == Some(&'#') || c.get(i + 1) == Some(&'"'))
                && (i == 0 || !(c[i - 1].is_alphanumeric() || c[i - 1] == '_')) =>
            {
                let hashes = c[i + 1..].iter().take_while(|&&h| h == '#').count();
                if c.get(i + 1 + hashes) != Some(&'"') {
                    out.push(c[i]);
                    i += 1;
                    continue;
                }
                let close: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
                out.push('"');
                i += 2 + hashes;
                while i < c.len() && !c[i..].iter().take(close.len()).copied().eq(close.chars()) {
                    out.push(blank(c[i]));
                    i += 1;
                }
                out.push('"');
                i += close.len();
            }
            '"' => {
                out.push('"');
                i += 1;
                while i < c.len() && c[i] != '"' {
                    let skip = if c[i] == '\\' { 2 } else { 1 };
                    for k in 0..skip {
                        if let Some(ch) = c.get(i + k) {
                            out.push(blank(*ch));
                        }
                    }
                    i += skip;
                }
                out.push('"');
                i += 1;
            }
            '\'' if c.get(i + 1) == Some(&'\\') => {
                out.push_str("' ");
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    out.push(' ');
                    i += 1;
                }
                out.push('\'');
                i += 1;
            }
            '\'' if c.get(i + 2) == Some(&'\'') => {
                out.push_str("' '");
                i += 3;
            }
            ch => {
                out.push(ch);
                i += 1;
            }
        }
    }
    out
}

/// Every path a `use` tree names, grouped ones expanded: `crate::{a::b, c::{d, e}}` gives
/// `crate::a::b`, `crate::c::d`, `crate::c::e`.
fn expand(tree: &str) -> Vec<String> {
    // `a as b` names `a`: the alias is dropped, the punctuation after it kept.
    let mut words = tree.split_whitespace();
    let mut tree = String::new();
    while let Some(w) = words.next() {
        if w == "as" {
            let alias = words.next().unwrap_or_default();
            tree.extend(alias.chars().filter(|c| !(c.is_alphanumeric() || *c == '_')));
        } else {
            tree.push_str(w);
        }
    }
    let Some(open) = tree.find('{') else { return vec![tree] };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, ch) in inner.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts.into_iter().filter(|p| !p.is_empty()).flat_map(|p| expand(p).into_iter().map(|e| format!("{prefix}{e}"))).collect()
}

/// The module path of a source file under core/src: `office/report/mod.rs` → office, report.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The top-level module a path reaches, `super::` and `self::` resolved from `module`; `None`
/// for paths outside the crate (std, chrono, …).
fn layer_of(path: &str, module: &[String]) -> Option<String> {
    let mut segs = path.split("::").filter(|s| !s.is_empty());
    let mut here: Vec<String> = module.to_vec();
    let first = segs.next()?;
    let mut next = match first {
        "crate" => {
            here.clear();
            segs.next()
        }
        "super" => {
            here.pop();
            let mut n = segs.next();
            while n == Some("super") {
                here.pop();
                n = segs.next();
            }
            n
        }
        "self" => segs.next(),
        _ => return None,
    };
    if here.is_empty() {
        next.take().map(str::to_string)
    } else {
        here.first().cloned()
    }
}

/// Each `(line, path)` a file imports or names with `crate::`/`super::`.
fn paths(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let line_at = |at: usize| code[..at].matches('\n').count() + 1;
    let mut rest = 0;
    while let Some(at) = code[rest..].find("use ").map(|a| a + rest) {
        let before = code[..at].chars().next_back();
        rest = at + 4;
        if before.is_some_and(|b| b.is_alphanumeric() || b == '_') {
            continue;
        }
        let Some(end) = code[rest..].find(';').map(|e| e + rest) else { break };
        for p in expand(&code[rest..end]) {
            found.push((line_at(at), p));
        }
        rest = end;
    }
    for key in ["crate::", "super::"] {
        for (at, _) in code.match_indices(key) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|b| b.is_alphanumeric() || b == '_' || b == ':') {
                continue;
            }
            let end = code[at..].find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).map_or(code.len(), |e| e + at);
            found.push((line_at(at), code[at..end].to_string()));
        }
    }
    found
}

#[test]
fn every_layer_imports_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut seen = 0;
    for layer in LAYERS {
        let mut files = Vec::new();
        sources(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "core/src/{layer} kosong");
        for file in files {
            let rel = file.strip_prefix(&src).unwrap();
            let module = module_of(rel);
            let code = code_only(&std::fs::read_to_string(&file).unwrap());
            for (line, path) in paths(&code) {
                let Some(target) = layer_of(&path, &module) else { continue };
                seen += 1;
                if target != layer && LAYERS.contains(&target.as_str()) && !allowed(layer).contains(&target.as_str()) {
                    wrong.push(format!("{}:{line}: {path}", rel.display()));
                }
            }
        }
    }
    assert!(seen > 500, "the reader found only {seen} paths: it is broken, not the code");
    assert!(wrong.is_empty(), "impor yang menunjuk ke atas atau ke samping:\n{}", wrong.join("\n"));
}

/// The reader itself: grouped imports, `super::` out of a layer, and paths in comments and
/// strings (which are not imports).
#[test]
fn the_layer_reader_sees_grouped_and_relative_imports_but_not_comments_or_strings() {
    let code = code_only(
        "use crate::{model::Staff, office::{staff, units}};\n\
         // use crate::files::x;\n\
         let s = \"crate::files::y\"; let r = r#\"crate::files::z\"#; let c = '\"';\n\
         fn f<'a>(x: &'a str) { super::super::files::report::save(); }\n",
    );
    let module = module_of(Path::new("rules/policy/mod.rs"));
    let found: Vec<(usize, Option<String>)> = paths(&code).into_iter().map(|(l, p)| (l, layer_of(&p, &module))).collect();
    let layers: Vec<&str> = found.iter().filter_map(|(_, l)| l.as_deref()).collect();
    assert_eq!(layers.iter().filter(|l| **l == "office").count(), 2, "{found:?}");
    assert!(layers.contains(&"model"));
    assert!(found.contains(&(4, Some("files".into()))), "super::super:: out of rules/policy reaches files: {found:?}");
    assert!(!found.iter().any(|(l, _)| *l == 2 || *l == 3), "comments and strings are not imports: {found:?}");
}
