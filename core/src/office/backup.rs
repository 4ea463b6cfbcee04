//! Backups, so that nothing is ever lost to a broken disk, a wrong click or a replaced PC. Every
//! day the app starts, a copy goes to `cadangan/` beside the database (`giliran-2026-11-23.db`);
//! the 14 newest days and the newest copy of each of the last 8 weeks are kept. "Cadangkan
//! sekarang" writes a copy where the clerk chooses. Restoring checks the copy first and keeps
//! the database it replaces (`sebelum-pulih-…db`), so a restore can itself be undone.

use crate::model::backup::Checked;
use crate::model::dates;
use crate::model::error::{Error, Result};
use crate::store::{self, Store};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const DIR: &str = "cadangan";
const KEEP_DAYS: usize = 14;
const KEEP_WEEKS: usize = 8;

#[derive(Debug, Clone, Serialize)]
pub struct Copy {
    pub path: String,
    pub file: String,
    /// The day of an automatic copy.
    pub day: Option<NaiveDate>,
    pub label: String,
    pub bytes: u64,
}

fn io<'a>(context: &'static str, path: &'a Path) -> impl Fn(std::io::Error) -> Error + 'a {
    move |source| Error::Io { context, path: path.to_path_buf(), source }
}

/// `cadangan/` beside the database file.
pub fn dir(store: &Store) -> Result<PathBuf> {
    let db = store.path().ok_or_else(|| Error::unavailable("Basis data sementara tidak dicadangkan."))?;
    Ok(db.parent().unwrap_or(Path::new(".")).join(DIR))
}

/// Writes a consistent copy to `to` (replacing a file there), through a temporary file so that
/// `to` is never half written.
pub fn save_copy(store: &Store, to: &Path) -> Result<u64> {
    if let Some(folder) = to.parent().filter(|p| !p.as_os_str().is_empty() && !p.is_dir()) {
        return Err(Error::invalid("path", format!("Folder {} tidak ada; pilih folder yang ada untuk cadangannya.", folder.display())));
    }
    let tmp = to.with_extension("sementara");
    let _ = std::fs::remove_file(&tmp);
    store.snapshot_to(&tmp)?;
    // On Windows the rename fails while another program holds `to` open: nothing half done.
    std::fs::rename(&tmp, to).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io("menyimpan cadangan", to)(e)
    })?;
    Ok(to.metadata().map(|m| m.len()).unwrap_or(0))
}

fn day_of(file: &str) -> Option<NaiveDate> {
    let d = file.strip_prefix("giliran-")?.strip_suffix(".db")?;
    NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
}

/// Today's automatic copy, if there is none yet, then the rotation. Returns the new copy.
pub fn daily(store: &Store, today: NaiveDate) -> Result<Option<Copy>> {
    let dir = dir(store)?;
    std::fs::create_dir_all(&dir).map_err(io("membuat folder cadangan", &dir))?;
    let path = dir.join(format!("giliran-{today}.db"));
    let made = if path.exists() {
        None
    } else {
        let bytes = save_copy(store, &path)?;
        Some(copy_of(&path, bytes))
    };
    rotate(&dir)?;
    Ok(made)
}

/// Keeps the 14 newest daily copies and the newest of each of the 8 newest weeks.
fn rotate(dir: &Path) -> Result<()> {
    let mut days: Vec<NaiveDate> = list_dir(dir)?.iter().filter_map(|c| c.day).collect();
    days.sort_unstable_by(|a, b| b.cmp(a));
    let mut keep: BTreeSet<NaiveDate> = days.iter().take(KEEP_DAYS).copied().collect();
    let mut weeks = BTreeSet::new();
    for d in &days {
        let w = d.iso_week();
        if weeks.len() < KEEP_WEEKS && weeks.insert((w.year(), w.week())) {
            keep.insert(*d);
        }
    }
    for d in days.iter().filter(|d| !keep.contains(d)) {
        let p = dir.join(format!("giliran-{d}.db"));
        std::fs::remove_file(&p).map_err(io("menghapus cadangan lama", &p))?;
    }
    Ok(())
}

fn copy_of(path: &Path, bytes: u64) -> Copy {
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let day = day_of(&file);
    let label = match day {
        Some(d) => format!("Cadangan harian {}", dates::with_day(d)),
        None if file.starts_with("sebelum-pulih-") => "Basis data sebelum pemulihan".into(),
        None => file.clone(),
    };
    Copy { path: path.display().to_string(), file, day, label, bytes }
}

fn list_dir(dir: &Path) -> Result<Vec<Copy>> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "db") {
            out.push(copy_of(&p, e.metadata().map(|m| m.len()).unwrap_or(0)));
        }
    }
    out.sort_by(|a, b| b.file.cmp(&a.file));
    Ok(out)
}

/// The copies in `cadangan/`, newest first.
pub fn list(store: &Store) -> Result<Vec<Copy>> {
    list_dir(&dir(store)?)
}

/// Checks a copy without touching the database.
pub fn check(path: &Path) -> Result<Checked> {
    store::check_backup(path)
}

#[derive(Debug, Clone, Serialize)]
pub struct Restored {
    pub checked: Checked,
    /// Where the replaced database was kept.
    pub previous: String,
    pub message: String,
}

/// Restores `from` after checking it; the database it replaces is kept in `cadangan/`, named
/// by `now`.
pub fn restore(store: &mut Store, from: &Path, now: chrono::NaiveDateTime) -> Result<Restored> {
    let checked = check(from)?;
    let dir = dir(store)?;
    std::fs::create_dir_all(&dir).map_err(io("membuat folder cadangan", &dir))?;
    let stamp = now.format("%Y%m%d-%H%M%S");
    let previous = dir.join(format!("sebelum-pulih-{stamp}.db"));
    let tmp = previous.with_extension("sementara");
    let _ = std::fs::remove_file(&tmp);
    store.snapshot_after_writers(&tmp)?;
    std::fs::rename(&tmp, &previous).map_err(io("menyimpan cadangan", &previous))?;
    store.restore_from(from)?;
    let what = format!("dari {}; data sebelumnya di {}", from.display(), previous.display());
    store.write("memulihkan basis data", |tx| tx.note_audit("pulih", &what))?;
    let message = format!(
        "Data dipulihkan dari {}: {}, {} pegawai, {} unit kerja. Data sebelumnya disimpan di {}.",
        from.display(),
        if checked.opd_name.is_empty() { "OPD tanpa nama" } else { &checked.opd_name },
        checked.staff,
        checked.units,
        previous.display()
    );
    Ok(Restored { checked, previous: previous.display().to_string(), message })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fourteen_days_and_eight_weeks_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("giliran.db")).unwrap();
        let start = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        for i in 0..120 {
            daily(&store, start + chrono::Days::new(i)).unwrap();
        }
        let kept = list(&store).unwrap();
        let days: Vec<NaiveDate> = kept.iter().filter_map(|c| c.day).collect();
        // The 14 newest days (they span three ISO weeks), plus the newest copy (a Sunday) of each
        // older week until 8 weeks are covered.
        let newest = start + chrono::Days::new(119);
        assert_eq!(days[..14], (0..14).map(|i| newest - chrono::Days::new(i)).collect::<Vec<_>>()[..]);
        assert!(days[14..].iter().all(|d| d.weekday() == chrono::Weekday::Sun), "{days:?}");
        let weeks: BTreeSet<_> = days.iter().map(|d| (d.iso_week().year(), d.iso_week().week())).collect();
        assert_eq!(weeks.len(), 8, "{days:?}");
        assert_eq!(days.len(), 14 + 5);
        // A second start on the same day makes no second copy.
        assert!(daily(&store, start + chrono::Days::new(119)).unwrap().is_none());
    }
}
