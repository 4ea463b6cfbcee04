//! "Riwayat perubahan": who changed what, when, from what to what. Every change of every table
//! is recorded by the store in the same transaction as the change; each action's changes are
//! sealed in a SHA-256 chain; `verify` recomputes the chain and names what was edited or removed.

use crate::model::audit::AuditRow;
use crate::model::error::Result;
use crate::model::DATA_KINDS;
use crate::store::{ChainHash, Store};
use serde::Serialize;
use serde_json::{Map, Value};

/// What the clerk reads for each table.
fn table_label(t: &str) -> &str {
    DATA_KINDS.iter().find(|(key, _)| *key == t).map_or(t, |(_, label)| label)
}

/// Column names as the clerk reads them; bookkeeping columns are left out of the changes.
fn field_label(c: &str) -> Option<&str> {
    Some(match c {
        "id" | "created_at" | "updated_at" | "position" => return None,
        "name" => "Nama",
        "id_number" => "NIP/NIK",
        "kind" => "Jenis",
        "jabatan" => "Jabatan",
        "jabatan_class" => "Kelas jabatan",
        "golongan" => "Golongan",
        "unit_id" => "Unit",
        "team_id" => "Tim",
        "phone" => "Telepon",
        "active" => "Aktif",
        "staff_id" => "Pegawai",
        "day" => "Tanggal",
        "code" => "Kode",
        "locked" => "Dikunci",
        "leave_kind" => "Jenis cuti",
        "check_in" => "Masuk",
        "check_out" => "Pulang",
        "note" => "Keterangan",
        "reason" => "Alasan",
        "reached" => "Dapat dihubungi",
        "at" => "Jam",
        "service_class" => "Kelas layanan",
        "workdays" => "Hari kerja",
        "parent_id" => "Unit induk",
        "value" => "Nilai",
        other => other,
    })
}

fn op_label(op: &str) -> &str {
    match op {
        "tambah" => "ditambahkan",
        "ubah" => "diubah",
        "hapus" => "dihapus",
        "pulih" => "dipulihkan dari cadangan",
        other => other,
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: i64,
    /// `2026-11-23 09:15:02`
    pub at: String,
    pub who: String,
    pub action: String,
    /// `Pegawai 19850312201001 2003 diubah`
    pub what: String,
    /// `phone: 0812… → 0813…` per changed field.
    pub changes: Vec<String>,
}

fn object(json: Option<&str>) -> Map<String, Value> {
    json.and_then(|j| serde_json::from_str::<Value>(j).ok()).and_then(|v| v.as_object().cloned()).unwrap_or_default()
}

fn shown(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "(kosong)".into(),
        Some(Value::String(s)) if s.is_empty() => "(kosong)".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn entry(r: AuditRow) -> Entry {
    let (before, after) = (object(r.before.as_deref()), object(r.after.as_deref()));
    let mut changes = Vec::new();
    match r.op.as_str() {
        "ubah" => {
            for (k, new) in &after {
                if let (Some(label), true) = (field_label(k), before.get(k) != Some(new)) {
                    changes.push(format!("{label}: {} → {}", shown(before.get(k)), shown(Some(new))));
                }
            }
        }
        "tambah" | "hapus" => {
            let row = if r.op == "tambah" { &after } else { &before };
            changes.extend(
                row.iter().filter(|(_, v)| !v.is_null()).filter_map(|(k, v)| Some(format!("{}: {}", field_label(k)?, shown(Some(v))))),
            );
        }
        _ => changes.extend(r.after.clone()),
    }
    // A person's row is easier to find by name than by row number.
    let name = after.get("name").or(before.get("name")).and_then(Value::as_str).map(|n| format!(" ({n})")).unwrap_or_default();
    Entry {
        id: r.id,
        at: r.at.replace('T', " ").split('.').next().unwrap_or_default().to_string(),
        who: r.who.unwrap_or_default(),
        action: r.action.unwrap_or_default(),
        what: format!("{} {}{} {}", table_label(&r.tbl), r.row_key, name, op_label(&r.op)).replace("  ", " "),
        changes,
    }
}

/// The newest changes first; `before_id` pages back, `table` filters.
pub fn recent(store: &mut Store, table: Option<&str>, before_id: Option<i64>, limit: usize) -> Result<Vec<Entry>> {
    let limit = limit.clamp(1, 1000) as i64;
    Ok(store.read(|tx| tx.audit_recent(table.filter(|t| !t.is_empty()), before_id, limit))?.into_iter().map(entry).collect())
}

#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    /// Changes recorded.
    pub rows: usize,
    /// Actions sealed.
    pub actions: usize,
    pub intact: bool,
    /// The first few problems: actions edited, rows removed or unsealed.
    pub problems: Vec<String>,
    pub message: String,
}

/// `20`, or `20–21`.
fn span(a: i64, b: i64) -> String {
    if a == b {
        a.to_string()
    } else {
        format!("{a}–{b}")
    }
}

/// Recomputes the whole chain, action by action.
pub fn verify(store: &mut Store) -> Result<Verdict> {
    const PAGE: i64 = 2000;
    let mut problems: Vec<String> = Vec::new();
    let mut note = |p: String| {
        if problems.len() < 10 {
            problems.push(p);
        }
    };
    let (mut prev, mut last_action, mut covered, mut rows, mut actions) = (String::new(), 0i64, 0i64, 0usize, 0usize);
    loop {
        let page = store.read(|tx| tx.audit_actions(last_action, PAGE))?;
        if page.is_empty() {
            break;
        }
        for a in page {
            actions += 1;
            if a.id != last_action + 1 {
                note(format!("tindakan {} hilang (dihapus)", span(last_action + 1, a.id - 1)));
            }
            // The action's rows, one at a time: hashed, and the gaps between them noted.
            let mut hash = ChainHash::new(&prev, &a);
            let mut gaps: Vec<(i64, i64)> = Vec::new();
            let mut expected = a.first_row;
            store.read(|tx| {
                tx.each_audit_row(a.first_row, a.last_row, &mut |r| {
                    rows += 1;
                    if r.id > expected {
                        gaps.push((expected, r.id - 1));
                    }
                    expected = r.id + 1;
                    hash.row(r);
                })
            })?;
            if expected <= a.last_row {
                gaps.push((expected, a.last_row));
            }
            if a.first_row > covered + 1 {
                note(format!("baris riwayat {} tidak tercakup tindakan mana pun", span(covered + 1, a.first_row - 1)));
            }
            for (start, end) in gaps {
                note(format!("baris riwayat {} hilang (dihapus)", span(start, end)));
            }
            if hash.finish() != a.hash {
                let when = a.at.replace('T', " ");
                let when = when.split('.').next().unwrap_or_default();
                note(format!(
                    "tindakan {} ({}, {}, oleh {}) tidak cocok dengan segelnya: isinya telah diubah",
                    a.id, a.action, when, a.who
                ));
            }
            prev = a.hash.clone();
            last_action = a.id;
            covered = covered.max(a.last_row);
        }
    }
    let unsealed = store.read(|tx| tx.audit_rows(covered, 10))?;
    if let Some(first) = unsealed.first() {
        note(format!("baris riwayat {} dan seterusnya tidak bersegel", first.id));
    }
    let intact = problems.is_empty();
    let message = if intact {
        format!("Riwayat perubahan utuh: {rows} perubahan dalam {actions} tindakan, rantai SHA-256 cocok.")
    } else {
        format!("Riwayat perubahan TIDAK utuh: {}.", problems.join("; "))
    };
    Ok(Verdict { rows, actions, intact, problems, message })
}
