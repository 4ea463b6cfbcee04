//! The audit trail's SQL. Triggers on every table copy each change into `audit` (before and
//! after as JSON), inside the same transaction as the change; when the action commits, one
//! `audit_action` row seals its rows: who, which action, and a SHA-256 chained from the previous
//! action over every row of this one.

use super::Tx;
use crate::model::audit::{AuditAction, AuditRow};
use crate::model::error::{DbContext, Result};
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

/// Tables that are not audited: the trail itself, the circulars' own version history, and the
/// attendance machine's raw punches (an append-only log nobody edits, a million rows a month
/// in a big office; what they change, each person-day's check-in and check-out, is audited).
const SKIP: [&str; 4] = ["audit", "audit_action", "circular_history", "punch"];

/// Makes (again) one insert, update and delete trigger per table from its current columns.
pub(super) fn install_triggers(tx: &Transaction) -> Result<()> {
    const CTX: &str = "menyiapkan riwayat perubahan";
    let old: Vec<String> = {
        let mut st =
            tx.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%\\_%' ESCAPE '\\'").ctx(CTX)?;
        let rows = st.query_map([], |r| r.get(0)).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)?
    };
    let guards = ["audit_keep", "audit_fixed", "audit_action_keep", "audit_action_fixed"];
    for name in old.iter().filter(|n| !guards.contains(&n.as_str())) {
        tx.execute_batch(&format!("DROP TRIGGER \"{name}\"")).ctx(CTX)?;
    }
    let tables: Vec<String> = {
        let mut st =
            tx.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").ctx(CTX)?;
        let rows = st.query_map([], |r| r.get(0)).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)?
    };
    for table in tables.iter().filter(|t| !SKIP.contains(&t.as_str())) {
        let cols: Vec<(String, i64)> = {
            let mut st = tx.prepare(&format!("SELECT name, pk FROM pragma_table_info('{table}') ORDER BY cid")).ctx(CTX)?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).ctx(CTX)?;
            rows.collect::<rusqlite::Result<_>>().ctx(CTX)?
        };
        let json = |row: &str| {
            let pairs: Vec<String> = cols.iter().map(|(c, _)| format!("'{c}', {row}.\"{c}\"")).collect();
            format!("json_object({})", pairs.join(", "))
        };
        let mut keys: Vec<&(String, i64)> = cols.iter().filter(|(_, pk)| *pk > 0).collect();
        keys.sort_by_key(|(_, pk)| *pk);
        let key = |row: &str| {
            let parts: Vec<String> = keys.iter().map(|(c, _)| format!("{row}.\"{c}\"")).collect();
            if parts.is_empty() {
                format!("{row}.rowid")
            } else {
                parts.join(" || '/' || ")
            }
        };
        let all = |row: &str| cols.iter().map(|(c, _)| format!("{row}.\"{c}\"")).collect::<Vec<_>>().join(", ");
        tx.execute_batch(&format!(
            "CREATE TRIGGER audit_{table}_tambah AFTER INSERT ON \"{table}\" BEGIN
                INSERT INTO audit (tbl, op, row_key, after) VALUES ('{table}', 'tambah', {nk}, {nj});
             END;
             CREATE TRIGGER audit_{table}_ubah AFTER UPDATE ON \"{table}\" WHEN ({old_all}) IS NOT ({new_all}) BEGIN
                INSERT INTO audit (tbl, op, row_key, before, after) VALUES ('{table}', 'ubah', {nk}, {oj}, {nj});
             END;
             CREATE TRIGGER audit_{table}_hapus AFTER DELETE ON \"{table}\" BEGIN
                INSERT INTO audit (tbl, op, row_key, before) VALUES ('{table}', 'hapus', {ok}, {oj});
             END;",
            nk = key("NEW"),
            ok = key("OLD"),
            nj = json("NEW"),
            oj = json("OLD"),
            old_all = all("OLD"),
            new_all = all("NEW"),
        ))
        .ctx(CTX)?;
    }
    Ok(())
}

/// The chain: an action's hash covers the previous action's hash, its own fields and every
/// field of every row it sealed. Fed row by row, so that sealing or checking an action of a
/// million rows (a year of punches) never holds them all.
pub struct ChainHash(Sha256);

impl ChainHash {
    pub fn new(prev: &str, a: &AuditAction) -> ChainHash {
        let mut h = ChainHash(Sha256::new());
        for part in [prev, &a.id.to_string(), &a.at, &a.who, &a.action, &a.first_row.to_string(), &a.last_row.to_string()] {
            h.put(part);
        }
        h
    }

    fn put(&mut self, part: &str) {
        self.0.update(part.as_bytes());
        self.0.update([0x1f]);
    }

    pub fn row(&mut self, r: &AuditRow) {
        for part in [
            &r.id.to_string(),
            &r.at,
            &r.tbl,
            &r.op,
            &r.row_key,
            r.before.as_deref().unwrap_or("\u{0}"),
            r.after.as_deref().unwrap_or("\u{0}"),
        ] {
            self.put(part);
        }
    }

    pub fn finish(self) -> String {
        hex::encode(self.0.finalize())
    }
}

const COLUMNS: &str = "a.id, a.at, a.tbl, a.op, a.row_key, a.before, a.after";

fn audit_row(r: &rusqlite::Row) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        id: r.get(0)?,
        at: r.get(1)?,
        tbl: r.get(2)?,
        op: r.get(3)?,
        row_key: r.get(4)?,
        before: r.get(5)?,
        after: r.get(6)?,
        who: None,
        action: None,
    })
}

impl Tx<'_> {
    /// Seals the action's new rows (if it changed anything): who, which action, the chain.
    pub(super) fn seal_audit(&self, who: &str, action: &str) -> Result<()> {
        const CTX: &str = "menyegel riwayat perubahan";
        let (prev_hash, prev_last): (String, i64) = self
            .tx
            .query_row("SELECT hash, last_row FROM audit_action ORDER BY id DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .ctx(CTX)?
            .unwrap_or_default();
        let (first, last): (Option<i64>, Option<i64>) =
            self.tx.query_row("SELECT min(id), max(id) FROM audit WHERE id > ?1", [prev_last], |r| Ok((r.get(0)?, r.get(1)?))).ctx(CTX)?;
        let (Some(first), Some(last)) = (first, last) else { return Ok(()) };
        let id: i64 = self.tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM audit_action", [], |r| r.get(0)).ctx(CTX)?;
        let at: String = self.tx.query_row("SELECT strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')", [], |r| r.get(0)).ctx(CTX)?;
        let mut seal =
            AuditAction { id, at, who: who.to_string(), action: action.to_string(), first_row: first, last_row: last, hash: String::new() };
        let mut hash = ChainHash::new(&prev_hash, &seal);
        self.each_audit_row(first, last, &mut |r| hash.row(r))?;
        seal.hash = hash.finish();
        self.run(
            "INSERT INTO audit_action (id, at, who, action, first_row, last_row, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![seal.id, seal.at, seal.who, seal.action, seal.first_row, seal.last_row, seal.hash],
        )
        .ctx(CTX)?;
        Ok(())
    }

    /// A line in the trail for an action that is not a row change (a restore).
    pub fn note_audit(&self, op: &str, what: &str) -> Result<()> {
        self.run("INSERT INTO audit (tbl, op, row_key, after) VALUES ('basis_data', ?1, '', ?2)", params![op, what])
            .ctx("mencatat riwayat perubahan")?;
        Ok(())
    }

    /// Changes `after_id+1..` in order, at most `limit`.
    pub fn audit_rows(&self, after_id: i64, limit: i64) -> Result<Vec<AuditRow>> {
        const CTX: &str = "membaca riwayat perubahan";
        let mut st = self.tx.prepare(&format!("SELECT {COLUMNS} FROM audit a WHERE a.id > ?1 ORDER BY a.id LIMIT ?2")).ctx(CTX)?;
        let rows = st.query_map(params![after_id, limit], audit_row).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }

    /// The seals in order, `after_id+1..`, at most `limit`.
    pub fn audit_actions(&self, after_id: i64, limit: i64) -> Result<Vec<AuditAction>> {
        const CTX: &str = "membaca riwayat perubahan";
        let mut st = self
            .tx
            .prepare("SELECT id, at, who, action, first_row, last_row, hash FROM audit_action WHERE id > ?1 ORDER BY id LIMIT ?2")
            .ctx(CTX)?;
        let rows = st
            .query_map(params![after_id, limit], |r| {
                Ok(AuditAction {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    who: r.get(2)?,
                    action: r.get(3)?,
                    first_row: r.get(4)?,
                    last_row: r.get(5)?,
                    hash: r.get(6)?,
                })
            })
            .ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }

    /// Changes `first..=last` (one action's), in order.
    /// Each change `first..=last` in order, handed to `f` one at a time.
    pub fn each_audit_row(&self, first: i64, last: i64, f: &mut dyn FnMut(&AuditRow)) -> Result<()> {
        const CTX: &str = "membaca riwayat perubahan";
        let mut st =
            self.tx.prepare_cached(&format!("SELECT {COLUMNS} FROM audit a WHERE a.id BETWEEN ?1 AND ?2 ORDER BY a.id")).ctx(CTX)?;
        let mut rows = st.query(params![first, last]).ctx(CTX)?;
        while let Some(r) = rows.next().ctx(CTX)? {
            f(&audit_row(r).ctx(CTX)?);
        }
        Ok(())
    }

    /// The newest changes first, optionally of one table, with who and which action.
    pub fn audit_recent(&self, table: Option<&str>, before_id: Option<i64>, limit: i64) -> Result<Vec<AuditRow>> {
        const CTX: &str = "membaca riwayat perubahan";
        let mut st = self
            .tx
            .prepare(&format!(
                "SELECT {COLUMNS}, x.who, x.action FROM audit a
                 LEFT JOIN audit_action x ON x.id = (SELECT id FROM audit_action WHERE first_row <= a.id ORDER BY first_row DESC LIMIT 1)
                     AND a.id <= x.last_row
                 WHERE (?1 IS NULL OR a.tbl = ?1) AND (?2 IS NULL OR a.id < ?2) ORDER BY a.id DESC LIMIT ?3"
            ))
            .ctx(CTX)?;
        let rows = st
            .query_map(params![table, before_id, limit], |r| {
                let mut row = audit_row(r)?;
                row.who = r.get(7)?;
                row.action = r.get(8)?;
                Ok(row)
            })
            .ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }
}
