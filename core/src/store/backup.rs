//! Copies of the database: a consistent snapshot of the live file (VACUUM INTO, safe while the
//! app runs), a read-only check of a copy before it is trusted, and restoring a copy into the
//! open database in one step (SQLite's online backup), then bringing its schema up to date.

use super::{migrations, probe, Store, APPLICATION_ID, LATEST_VERSION};
use crate::model::backup::Checked;
use crate::model::error::{DbContext, Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

impl Store {
    /// Writes a consistent copy of the database to `to` (which must not exist yet).
    pub fn snapshot_to(&self, to: &Path) -> Result<()> {
        let target = to.to_string_lossy().into_owned();
        self.conn.execute("VACUUM INTO ?1", [target]).ctx("mencadangkan basis data")?;
        Ok(())
    }

    /// Like [`Store::snapshot_to`], after every other writer has finished: the write lock is
    /// taken first (waiting for a change another program is committing), and the copy is read
    /// while it is held, so the copy is exactly the data a restore is about to replace.
    pub fn snapshot_after_writers(&mut self, to: &Path) -> Result<()> {
        let path = self.path.clone().ok_or_else(|| Error::unavailable("Basis data sementara tidak dicadangkan."))?;
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).ctx("mencadangkan basis data")?;
        // A second reader sees the last commit; nobody can commit after it while `tx` holds the lock.
        let reader = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .ctx("mencadangkan basis data")?;
        reader.execute("VACUUM INTO ?1", [to.to_string_lossy().into_owned()]).ctx("mencadangkan basis data")?;
        tx.rollback().ctx("mencadangkan basis data")
    }

    /// Replaces the whole database with the (already checked) copy at `from`, as one step.
    pub fn restore_from(&mut self, from: &Path) -> Result<()> {
        let src = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .ctx("membuka berkas cadangan")?;
        {
            let backup = rusqlite::backup::Backup::new(&src, &mut self.conn).ctx("memulihkan basis data")?;
            backup.run_to_completion(1024, std::time::Duration::from_millis(0), None).ctx("memulihkan basis data")?;
        }
        let version: i64 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).ctx("memulihkan basis data")?;
        self.conn.execute_batch("PRAGMA foreign_keys = ON;").ctx("memulihkan basis data")?;
        migrations::migrate(&mut self.conn, version, LATEST_VERSION, APPLICATION_ID)
    }
}

/// Opens `path` read-only and checks that it is a whole Giliran database this version can use.
pub fn check(path: &Path) -> Result<Checked> {
    let bad = |reason: String| Error::NotGiliranDatabase { path: path.to_path_buf(), reason };
    let bytes = path.metadata().map_err(|source| Error::Io { context: "membaca berkas cadangan", path: path.to_path_buf(), source })?.len();
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| bad(super::sqlite_reason(&e)))?;
    let (app_id, version, _) = probe(&conn).map_err(|e| bad(super::sqlite_reason(&e)))?;
    if app_id != APPLICATION_ID {
        return Err(bad("bukan basis data Giliran".into()));
    }
    if version > LATEST_VERSION {
        return Err(Error::NewerDatabase { path: path.to_path_buf(), found: version, supported: LATEST_VERSION });
    }
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| bad(super::sqlite_reason(&e)))?;
    if integrity != "ok" {
        return Err(bad(format!("berkas rusak ({integrity})")));
    }
    let count = |table: &str| -> Result<i64> {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).map_err(|e| bad(super::sqlite_reason(&e)))
    };
    let opd_name = conn.query_row("SELECT opd_name FROM office LIMIT 1", [], |r| r.get(0)).unwrap_or_default();
    Ok(Checked { schema_version: version, staff: count("staff")?, units: count("unit")?, opd_name, bytes })
}
