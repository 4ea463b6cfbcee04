//! The one SQLite file an office keeps, and the only place in Giliran that speaks SQL.
//!
//! Opening checks that the file is a Giliran database of a version this build knows before
//! anything is written, then applies the missing numbered migrations in one transaction.
//! Every user action runs in one transaction through [`Store::write`], so a power cut leaves
//! either the whole action or none of it.

mod audit;
mod backup;
mod circulars;
mod classes;
mod evaluation;
mod fwa;
mod migrations;
mod office;
mod outage;
mod presence;
mod schedule;
mod shifts;
mod staff;
mod targets;
mod units;

use crate::model::error::{DbContext, Error, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};

pub use audit::ChainHash;
pub use backup::check as check_backup;
pub use migrations::LATEST_VERSION;

/// `PRAGMA application_id` of a Giliran database ("GLRN"): tells our files from others.
const APPLICATION_ID: i64 = 0x474C_524E;

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// The operating-system user, written into the audit trail with every action.
    who: String,
}

/// A transaction on the store. Domain code reads and writes through its methods only.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
}

impl Tx<'_> {
    /// Runs one statement, prepared once per connection: an import or a plan runs the same
    /// insert a hundred thousand times, and preparing it (with its audit trigger) each time
    /// was most of the cost.
    fn run(&self, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
        self.tx.prepare_cached(sql)?.execute(params)
    }
}

/// Why SQLite could not read a file, in the clerk's words (the technical text is not theirs).
fn sqlite_reason(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode::*;
    match e.sqlite_error_code() {
        Some(NotADatabase) => "isinya bukan basis data SQLite".into(),
        Some(DatabaseCorrupt) => "berkas basis data rusak".into(),
        Some(CannotOpen) => "berkas tidak dapat dibuka".into(),
        Some(PermissionDenied) | Some(ReadOnly) => "berkas tidak boleh ditulis oleh pengguna ini".into(),
        Some(DatabaseBusy) | Some(DatabaseLocked) => "berkas sedang dipakai program lain".into(),
        _ => format!("SQLite tidak dapat membacanya: {e}"),
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`.
    ///
    /// Refuses, leaving the file as it was, a file that is not SQLite, an SQLite file of
    /// another program, and a database written by a newer Giliran.
    pub fn open(path: &Path) -> Result<Store> {
        let exists = path.metadata().map(|m| m.len() > 0).unwrap_or(false);
        if !exists {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                    context: "membuat folder data",
                    path: dir.to_path_buf(),
                    source,
                })?;
            }
        }
        let flags = if exists {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| Error::NotGiliranDatabase { path: path.to_path_buf(), reason: sqlite_reason(&e) })?;
        Self::init(conn, Some(path.to_path_buf()))
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().ctx("membuka basis data")?;
        Self::init(conn, None)
    }

    fn init(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        let foreign = |reason: String| Error::NotGiliranDatabase { path: shown.clone(), reason };
        // Read-only probes first: a foreign or newer file must not be touched.
        let (app_id, version, tables) = probe(&conn).map_err(|e| foreign(sqlite_reason(&e)))?;
        if version > LATEST_VERSION {
            return Err(Error::NewerDatabase { path: shown, found: version, supported: LATEST_VERSION });
        }
        if tables > 0 && app_id != APPLICATION_ID {
            return Err(foreign(format!("berkas SQLite milik program lain, berisi {tables} tabel")));
        }
        conn.busy_timeout(std::time::Duration::from_secs(5)).ctx("menyiapkan basis data")?;
        // Every statement the store runs stays prepared (Tx::run): there are about a hundred.
        conn.set_prepared_statement_cache_capacity(128);
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;",
        )
        .ctx("menyiapkan basis data")?;
        migrations::migrate(&mut conn, version, LATEST_VERSION, APPLICATION_ID)?;
        Ok(Store { conn, path, who: os_user() })
    }

    /// Where the file lives; `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` in a read transaction, so it sees one consistent state.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction().ctx("membaca data")?;
        let tx = Tx { tx };
        let out = f(&tx)?;
        tx.tx.finish().ctx("membaca data")?;
        Ok(out)
    }

    /// Runs one user action in one write transaction: all of it is saved, or, on any
    /// error, none of it.
    /// Runs `f` as a write and rolls everything back: a preview that is exactly what the real
    /// action would do.
    pub fn rehearse<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).ctx("memeriksa data")?;
        let tx = Tx { tx };
        let out = f(&tx);
        tx.tx.rollback().ctx("memeriksa data")?;
        out
    }

    pub fn write<T>(&mut self, context: &'static str, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).ctx(context)?;
        let tx = Tx { tx };
        let out = f(&tx)?;
        tx.seal_audit(&self.who, context)?;
        tx.tx.commit().ctx(context)?;
        Ok(out)
    }
}

/// `(application_id, user_version, number of tables)` without writing anything.
/// Who is logged in to the computer (Windows: USERNAME; elsewhere USER or LOGNAME; else the
/// home folder's name, as a launcher that clears the environment still leaves HOME).
fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .or_else(|| dirs::home_dir().and_then(|h| h.file_name().map(|n| n.to_string_lossy().into_owned())))
        .unwrap_or_else(|| "(pengguna tidak diketahui)".into())
}

fn probe(conn: &Connection) -> rusqlite::Result<(i64, i64, i64)> {
    let app_id = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let tables =
        conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", [], |r| r.get(0))?;
    Ok((app_id, version, tables))
}

/// Where the office's database lives unless `--db` or `GILIRAN_DB` says otherwise:
/// the platform's data folder (`~/.local/share/giliran/giliran.db` on Linux,
/// `%APPDATA%\giliran\giliran.db` on Windows).
pub fn default_path() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("giliran").join("giliran.db")
}

/// The database path chosen by, in order: an explicit path, `GILIRAN_DB`, the default.
pub fn resolve_path(explicit: Option<PathBuf>) -> PathBuf {
    explicit.or_else(|| std::env::var_os("GILIRAN_DB").filter(|v| !v.is_empty()).map(PathBuf::from)).unwrap_or_else(default_path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_uses_wal_and_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("giliran.db");
        let store = Store::open(&path).unwrap();
        let mode: String = store.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        let fk: i64 = store.conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(fk, 1);
        assert!(path.exists());
    }

    #[test]
    fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        drop(Store::open(&path).unwrap());
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(&format!("PRAGMA user_version = {}", LATEST_VERSION + 1)).unwrap();
            c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE").unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).err().unwrap();
        assert_eq!(err.code(), "db_newer");
        assert!(err.to_string().contains("versi Giliran yang lebih baru"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_foreign_or_broken_file_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("catatan.db");
        std::fs::write(&text, b"ini bukan basis data, hanya catatan biasa yang panjang sekali").unwrap();
        let err = Store::open(&text).err().unwrap();
        assert_eq!(err.code(), "db_foreign");
        assert_eq!(std::fs::read(&text).unwrap(), b"ini bukan basis data, hanya catatan biasa yang panjang sekali");

        let other = dir.path().join("lain.db");
        Connection::open(&other).unwrap().execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);").unwrap();
        let before = std::fs::read(&other).unwrap();
        let err = Store::open(&other).err().unwrap();
        assert_eq!(err.code(), "db_foreign");
        assert_eq!(std::fs::read(&other).unwrap(), before);
    }

    #[test]
    fn a_failed_action_writes_nothing() {
        let mut s = Store::open_in_memory().unwrap();
        let r: Result<()> = s.write("menguji", |tx| {
            tx.insert_unit("Sekretariat", crate::model::ServiceClass::Administrasi, None, None, 5)?;
            Err(Error::Conflict("batal".into()))
        });
        assert!(r.is_err());
        assert!(s.read(|tx| tx.units()).unwrap().is_empty());
    }
}
