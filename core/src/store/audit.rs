//! The audit trail's SQL. Triggers on every table copy each change into `audit` (before and
//! after as JSON), inside the same transaction as the change; when the action commits, its rows
//! are sealed with who did it, which action it was, and a SHA-256 chain over every row.

use super::Tx;
use crate::error::{DbContext, Result};
use rusqlite::{params, Transaction};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Tables that are not audited: the trail itself, and the circulars' own version history.
const SKIP: [&str; 2] = ["audit", "circular_history"];

/// Makes (again) one insert, update and delete trigger per table from its current columns.
pub(super) fn install_triggers(tx: &Transaction) -> Result<()> {
    const CTX: &str = "menyiapkan riwayat perubahan";
    let old: Vec<String> = {
        let mut st = tx.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%\\_%' ESCAPE '\\'").ctx(CTX)?;
        let rows = st.query_map([], |r| r.get(0)).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)?
    };
    for name in old.iter().filter(|n| n.as_str() != "audit_keep" && n.as_str() != "audit_sealed") {
        tx.execute_batch(&format!("DROP TRIGGER \"{name}\"")).ctx(CTX)?;
    }
    let tables: Vec<String> = {
        let mut st = tx.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").ctx(CTX)?;
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
            if parts.is_empty() { format!("{row}.rowid") } else { parts.join(" || '/' || ") }
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

/// One row of the trail as stored.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub who: Option<String>,
    pub action: Option<String>,
    pub tbl: String,
    pub op: String,
    pub row_key: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub hash: Option<String>,
}

/// The chain: each row's hash covers the previous hash and every field of the row.
pub fn chain_hash(prev: &str, r: &AuditRow) -> String {
    let mut h = Sha256::new();
    for part in [
        prev,
        &r.id.to_string(),
        &r.at,
        r.who.as_deref().unwrap_or(""),
        r.action.as_deref().unwrap_or(""),
        &r.tbl,
        &r.op,
        &r.row_key,
        r.before.as_deref().unwrap_or("\u{0}"),
        r.after.as_deref().unwrap_or("\u{0}"),
    ] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    hex::encode(h.finalize())
}

const COLUMNS: &str = "id, at, who, action, tbl, op, row_key, before, after, hash";

fn audit_row(r: &rusqlite::Row) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        id: r.get(0)?,
        at: r.get(1)?,
        who: r.get(2)?,
        action: r.get(3)?,
        tbl: r.get(4)?,
        op: r.get(5)?,
        row_key: r.get(6)?,
        before: r.get(7)?,
        after: r.get(8)?,
        hash: r.get(9)?,
    })
}

impl Tx<'_> {
    /// Seals the action's new rows: who, which action, and the chain hash.
    pub(super) fn seal_audit(&self, who: &str, action: &str) -> Result<()> {
        const CTX: &str = "menyegel riwayat perubahan";
        let fresh: Vec<AuditRow> = {
            let mut st = self.tx.prepare(&format!("SELECT {COLUMNS} FROM audit WHERE hash IS NULL ORDER BY id")).ctx(CTX)?;
            let rows = st.query_map([], audit_row).ctx(CTX)?;
            rows.collect::<rusqlite::Result<_>>().ctx(CTX)?
        };
        if fresh.is_empty() {
            return Ok(());
        }
        let mut prev: String = self
            .tx
            .query_row("SELECT hash FROM audit WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1", [], |r| r.get(0))
            .unwrap_or_default();
        let mut st = self.tx.prepare("UPDATE audit SET who = ?1, action = ?2, hash = ?3 WHERE id = ?4").ctx(CTX)?;
        for mut r in fresh {
            r.who = Some(who.to_string());
            r.action = Some(action.to_string());
            prev = chain_hash(&prev, &r);
            st.execute(params![who, action, prev, r.id]).ctx(CTX)?;
        }
        Ok(())
    }

    /// A line in the trail for an action that is not a row change (a restore).
    pub fn note_audit(&self, op: &str, what: &str) -> Result<()> {
        self.tx
            .execute("INSERT INTO audit (tbl, op, row_key, after) VALUES ('basis_data', ?1, '', ?2)", params![op, what])
            .ctx("mencatat riwayat perubahan")?;
        Ok(())
    }

    /// Rows `after_id+1..` in order, at most `limit` (for the chain check, page by page).
    pub fn audit_rows(&self, after_id: i64, limit: i64) -> Result<Vec<AuditRow>> {
        const CTX: &str = "membaca riwayat perubahan";
        let mut st = self.tx.prepare(&format!("SELECT {COLUMNS} FROM audit WHERE id > ?1 ORDER BY id LIMIT ?2")).ctx(CTX)?;
        let rows = st.query_map(params![after_id, limit], audit_row).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }

    /// The newest rows first, optionally of one table, for the "Riwayat perubahan" screen.
    pub fn audit_recent(&self, table: Option<&str>, before_id: Option<i64>, limit: i64) -> Result<Vec<AuditRow>> {
        const CTX: &str = "membaca riwayat perubahan";
        let mut st = self
            .tx
            .prepare(&format!(
                "SELECT {COLUMNS} FROM audit WHERE (?1 IS NULL OR tbl = ?1) AND (?2 IS NULL OR id < ?2) ORDER BY id DESC LIMIT ?3"
            ))
            .ctx(CTX)?;
        let rows = st.query_map(params![table, before_id, limit], audit_row).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }
}
