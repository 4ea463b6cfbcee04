//! A discipline-history file (riwayat hukuman disiplin) as SIASN or the regional BKPSDM keeps
//! it: NIP, Jenis Hukuman, TMT Hukuman, Akhir Hukuman, Nomor SK, Keterangan (under a title block
//! or not, .xlsx/.ods/.csv). Every row is checked like a sanction typed by hand; the file comes in
//! whole or not at all, and a sanction already recorded is not recorded twice.

use crate::files::sheet::{self, Cell, HeaderRow};
use crate::files::staff_io::normalize_number;
use crate::model::dates;
use crate::model::error::{Error, FieldError, Result};
use crate::office::fwa::{sanction_of, SanctionInput};
use crate::store::Store;
use serde::Serialize;
use std::path::Path;

const STAFF: &[&str] = &["nip", "nip baru", "nip/nik", "nip / nik"];
const KIND: &[&str] = &["jenis hukuman", "jenis hukuman disiplin", "hukuman disiplin", "hukuman", "tingkat hukuman"];
const FROM: &[&str] = &["tmt hukuman", "tanggal mulai", "mulai", "tanggal awal", "berlaku mulai", "tmt"];
const TO: &[&str] = &["akhir hukuman", "tanggal akhir", "tanggal selesai", "selesai", "sampai", "berlaku sampai", "masa berakhir"];
const DECREE: &[&str] = &["nomor sk", "no sk", "no. sk", "nomor keputusan", "sk"];
const NOTE: &[&str] = &["keterangan", "alasan", "pelanggaran"];

fn known(h: &str) -> bool {
    [STAFF, KIND, FROM, TO, DECREE, NOTE].iter().any(|names| names.contains(&h.trim().to_lowercase().as_str()))
}

/// What the file holds and what importing it would do.
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub rows: usize,
    /// `Baris 5: Budi Santoso (1985…), Hukuman disiplin sedang, 01-11-2026 s.d. 31-01-2027`.
    pub added: Vec<String>,
    /// Sanctions already recorded (the same person, period and decree).
    pub repeats: usize,
    pub problems: Vec<String>,
    pub message: String,
}

/// A date as such files write it: `01-11-2026`, `01/11/2026`, `2026-11-01`, or a date cell.
fn date_text(c: Option<&Cell>) -> String {
    let t = c.map(Cell::text).unwrap_or_default();
    t.split_whitespace().next().unwrap_or_default().replace(['/', '.'], "-")
}

fn read(store: &mut Store, path: &Path, write: bool) -> Result<Preview> {
    let table = sheet::read_first(path, HeaderRow::Find(&known))?;
    let col = |names: &[&str]| table.headers.iter().position(|h| names.contains(&h.trim().to_lowercase().as_str()));
    let (staff, kind, from, to, decree, note) = (col(STAFF), col(KIND), col(FROM), col(TO), col(DECREE), col(NOTE));
    let (Some(staff), Some(from), Some(to)) = (staff, from, to) else {
        return Err(Error::invalid(
            "file",
            format!(
                "Berkas riwayat hukuman disiplin memerlukan kolom NIP, TMT Hukuman (tanggal mulai) dan Akhir Hukuman (tanggal akhir); kolom yang ada: {}.",
                table.headers.iter().filter(|h| !h.is_empty()).cloned().collect::<Vec<_>>().join(", ")
            ),
        ));
    };
    let run = |tx: &crate::store::Tx| -> Result<Preview> {
        let stored = tx.sanctions()?;
        let (mut added, mut repeats, mut problems) = (Vec::new(), 0, Vec::new());
        for (n, row) in &table.rows {
            let text = |c: Option<usize>| c.and_then(|i| row.get(i)).map(Cell::text).unwrap_or_default();
            let number = match row.get(staff).map(Cell::id_text).unwrap_or(Ok(String::new())) {
                Ok(v) => normalize_number(&v),
                Err(why) => {
                    problems.push(format!("Baris {n}: NIP: {why}"));
                    continue;
                }
            };
            let input = SanctionInput {
                staff: number,
                from: date_text(row.get(from)),
                to: date_text(row.get(to)),
                kind: text(kind),
                decree: text(decree),
                note: text(note),
            };
            let x = match sanction_of(tx, &input) {
                Ok(x) => x,
                Err(Error::Invalid(fields)) => {
                    problems.extend(fields.into_iter().map(|f| format!("Baris {n}: {}", f.message)));
                    continue;
                }
                Err(e) => return Err(e),
            };
            let same =
                |s: &crate::model::fwa::Sanction| s.staff_id == x.staff_id && s.from == x.from && s.to == x.to && s.decree == x.decree;
            if stored.iter().any(same) {
                repeats += 1;
                continue;
            }
            let who = tx.staff(x.staff_id)?.map(|p| format!("{} ({})", p.name, p.id_display)).unwrap_or_default();
            added.push(format!(
                "Baris {n}: {who}, {}, {} s.d. {}{}",
                if x.kind.is_empty() { &x.note } else { &x.kind },
                dates::short(x.from),
                dates::short(x.to),
                if x.decree.is_empty() { String::new() } else { format!(", SK {}", x.decree) }
            ));
            if write {
                tx.insert_sanction(&x)?;
            }
        }
        let message = format!(
            "{} baris: {} hukuman disiplin baru, {} sudah tercatat.{}",
            table.rows.len(),
            added.len(),
            repeats,
            if problems.is_empty() { String::new() } else { format!(" {} baris bermasalah.", problems.len()) }
        );
        if write && !problems.is_empty() {
            let mut fields = vec![FieldError::new("file", format!("{} baris bermasalah; tidak ada yang diimpor.", problems.len()))];
            fields.extend(problems.iter().map(|p| FieldError::new("row", p.clone())));
            return Err(Error::Invalid(fields));
        }
        Ok(Preview { rows: table.rows.len(), added, repeats, problems, message })
    };
    if write {
        store.write("mengimpor riwayat hukuman disiplin", run)
    } else {
        store.rehearse(run)
    }
}

/// What importing `path` would do, writing nothing.
pub fn preview(store: &mut Store, path: &Path) -> Result<Preview> {
    read(store, path, false)
}

/// Imports `path`: every new sanction, or nothing when a row is wrong.
pub fn import(store: &mut Store, path: &Path) -> Result<Preview> {
    read(store, path, true)
}
