//! Attendance-machine exports (CSV / XLSX / ODS: one row per punch, an ID or NIP and a
//! timestamp) merged into check-in and check-out. The clerk maps the columns once; the mapping is
//! remembered. A punch seen before is ignored, so importing the same file twice changes nothing.
//! Any bad row or unknown ID refuses the whole file, naming each row: nothing is half-imported.

use crate::dates;
use crate::error::{Error, FieldError, Result};
use crate::presence::{parse_time, Mark, Record};
use crate::store::Store;
use crate::sheet::{read_first as read_table, Cell, Table};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Which columns (by header text) hold the person and the time. `date_column` is for exports
/// that keep the date and the time in two columns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mapping {
    pub id_column: String,
    pub time_column: String,
    pub date_column: String,
}

const MAPPING_KEY: &str = "attendance.mapping";
const ID_NAMES: [&str; 9] = ["nip", "id", "no. id", "no id", "pin", "nik", "ac-no.", "user id", "id pegawai"];
const TIME_NAMES: [&str; 8] = ["waktu", "tanggal/jam", "tanggal jam", "timestamp", "date/time", "datetime", "waktu scan", "jam"];
const DATE_NAMES: [&str; 2] = ["tanggal", "date"];

/// What the file holds and what importing it would do; shown before anything is written.
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub headers: Vec<String>,
    /// `None` until the columns are known: the clerk picks them from `headers`.
    pub mapping: Option<Mapping>,
    pub rows: usize,
    pub punches: usize,
    /// Punches already in the database (a file imported again, or overlapping exports).
    pub repeats: usize,
    /// Person-days whose check-in or check-out would be set.
    pub days: usize,
    /// `Baris 7: ...` for each row that cannot be imported.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    pub rows: usize,
    pub new_punches: usize,
    pub repeats: usize,
    pub days: usize,
    /// Days recorded as away (S, C, DL...) that have punches: kept as recorded, listed.
    pub conflicts: Vec<String>,
    pub message: String,
}

pub fn mapping(store: &mut Store) -> Result<Option<Mapping>> {
    Ok(store.read(|tx| tx.setting(MAPPING_KEY))?.and_then(|v| serde_json::from_str(&v).ok()))
}

fn find_column(table: &Table, wanted: &str, field: &'static str, what: &str) -> Result<usize> {
    table.column(wanted).ok_or_else(|| {
        let known = table.headers.join(", ");
        Error::invalid(field, format!("Kolom {what} \"{}\" tidak ada di berkas. Kolom yang ada: {known}.", wanted.trim()))
    })
}

/// The mapping to use: the one given, else the remembered one if its columns exist, else a
/// guess from common header names.
fn resolve(headers: &[String], given: Option<&Mapping>, remembered: Option<Mapping>) -> Result<Mapping> {
    if let Some(m) = given.filter(|m| !m.id_column.trim().is_empty()) {
        return Ok(m.clone());
    }
    let has = |c: &str| c.is_empty() || headers.iter().any(|h| h.eq_ignore_ascii_case(c));
    if let Some(m) = remembered.filter(|m| has(&m.id_column) && has(&m.time_column) && has(&m.date_column)) {
        return Ok(m);
    }
    let pick = |names: &[&str]| headers.iter().find(|h| names.contains(&h.to_ascii_lowercase().as_str())).cloned();
    let id = pick(&ID_NAMES);
    let time = pick(&TIME_NAMES);
    let date = if time.as_deref().is_some_and(|t| t.eq_ignore_ascii_case("jam")) { pick(&DATE_NAMES) } else { None };
    let time = time.or_else(|| pick(&DATE_NAMES));
    match (id, time) {
        (Some(id_column), Some(time_column)) => Ok(Mapping { id_column, time_column, date_column: date.unwrap_or_default() }),
        _ => Err(Error::invalid(
            "mapping",
            format!("Kolom ID/NIP dan kolom waktu belum dipetakan. Pilih kolomnya; kolom yang ada: {}.", headers.join(", ")),
        )),
    }
}

/// `2026-11-23 07:31:05`, `23/11/2026 07:31`, `23-11-2026 07.31`...
fn parse_stamp(s: &str) -> Option<NaiveDateTime> {
    let t = s.trim();
    const FORMATS: [&str; 10] = [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%d/%m/%Y %H:%M:%S",
        "%d/%m/%Y %H:%M",
        "%d-%m-%Y %H:%M:%S",
        "%d-%m-%Y %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
        "%d.%m.%Y %H:%M",
    ];
    FORMATS.iter().find_map(|f| NaiveDateTime::parse_from_str(t, f).ok()).or_else(|| {
        let (d, time) = t.rsplit_once(' ')?;
        Some(dates::parse(d).ok()?.and_time(parse_time(time)?))
    })
}

fn parse_date_cell(c: &Cell) -> Option<NaiveDate> {
    match c {
        Cell::DateTime(d) => Some(d.date()),
        Cell::Text(t) => dates::parse(t).ok().or_else(|| NaiveDate::parse_from_str(t.trim(), "%d/%m/%Y").ok()),
    }
}

fn parse_time_cell(c: &Cell) -> Option<NaiveTime> {
    match c {
        Cell::DateTime(d) => Some(d.time()),
        Cell::Text(t) => parse_time(t),
    }
}

/// The punches of a file, keyed by person, with every problem named by row.
struct Punches {
    rows: usize,
    by_person: BTreeMap<i64, Vec<NaiveDateTime>>,
    problems: Vec<String>,
}

fn punches(store: &mut Store, table: &Table, m: &Mapping) -> Result<Punches> {
    let id_col = find_column(table, &m.id_column, "id_column", "ID/NIP")?;
    let time_col = find_column(table, &m.time_column, "time_column", "waktu")?;
    let date_col = match m.date_column.trim() {
        "" => None,
        d => Some(find_column(table, d, "date_column", "tanggal")?),
    };
    let staff = crate::staff::list(store, &Default::default())?;
    let mut ids: HashMap<String, i64> = staff.iter().map(|s| (s.id_number.to_ascii_uppercase(), s.id)).collect();
    for s in &staff {
        ids.entry(s.id.to_string()).or_insert(s.id);
    }
    let mut out = Punches { rows: 0, by_person: BTreeMap::new(), problems: Vec::new() };
    let empty = Cell::Text(String::new());
    for (n, row) in &table.rows {
        out.rows += 1;
        let cell = |i: usize| row.get(i).unwrap_or(&empty);
        let raw_id: String = cell(id_col).text().chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        let person = match ids.get(&raw_id) {
            Some(id) => Some(*id),
            None if raw_id.is_empty() => {
                out.problems.push(format!("Baris {n}: kolom {} kosong.", m.id_column));
                None
            }
            None => {
                out.problems.push(format!("Baris {n}: ID/NIP \"{raw_id}\" tidak dikenal di daftar pegawai."));
                None
            }
        };
        let stamp = match date_col {
            Some(dc) => parse_date_cell(cell(dc)).zip(parse_time_cell(cell(time_col))).map(|(d, t)| d.and_time(t)),
            None => match cell(time_col) {
                Cell::DateTime(d) => Some(*d),
                Cell::Text(t) => parse_stamp(t),
            },
        };
        if stamp.is_none() {
            let shown = date_col.map(|dc| format!("{} {}", cell(dc).text(), cell(time_col).text())).unwrap_or_else(|| cell(time_col).text());
            out.problems.push(format!("Baris {n}: waktu \"{}\" tidak dapat dibaca; tulis seperti 23-11-2026 07:31.", shown.trim()));
        }
        if let (Some(p), Some(t)) = (person, stamp) {
            out.by_person.entry(p).or_default().push(t);
        }
    }
    for v in out.by_person.values_mut() {
        v.sort();
    }
    Ok(out)
}

/// Reads `path` and says what importing it would do, writing nothing.
pub fn preview(store: &mut Store, path: &Path, given: Option<&Mapping>) -> Result<Preview> {
    let table = read_table(path)?;
    let mapping = match resolve(&table.headers, given, self::mapping(store)?) {
        Ok(m) => m,
        Err(e) => {
            let problems = vec![e.to_string()];
            return Ok(Preview { headers: table.headers, mapping: None, rows: table.rows.len(), punches: 0, repeats: 0, days: 0, problems });
        }
    };
    let p = punches(store, &table, &mapping)?;
    let (repeats, days) = store.read(|tx| {
        let mut repeats = 0;
        let mut days = 0;
        for (id, stamps) in &p.by_person {
            let known = tx.punches(*id)?;
            repeats += stamps.iter().filter(|s| known.contains(s)).count();
            let mut ds: Vec<NaiveDate> = stamps.iter().map(|s| s.date()).collect();
            ds.dedup();
            days += ds.len();
        }
        Ok((repeats, days))
    })?;
    let punches = p.by_person.values().map(Vec::len).sum();
    Ok(Preview { headers: table.headers, mapping: Some(mapping), rows: p.rows, punches, repeats, days, problems: p.problems })
}

/// Imports `path` in one transaction: punches added, each person-day's check-in (first punch)
/// and check-out (last punch) set, the mapping remembered. Refused whole if any row is bad.
pub fn import(store: &mut Store, path: &Path, given: Option<&Mapping>) -> Result<Imported> {
    let table = read_table(path)?;
    let mapping = resolve(&table.headers, given, self::mapping(store)?)?;
    let p = punches(store, &table, &mapping)?;
    if !p.problems.is_empty() {
        let mut fields: Vec<FieldError> = p.problems.iter().map(|m| FieldError::new("row", m.clone())).collect();
        fields.insert(0, FieldError::new("file", format!("{} baris bermasalah; tidak ada yang diimpor. Perbaiki berkasnya lalu impor lagi.", p.problems.len())));
        return Err(Error::Invalid(fields));
    }
    let names: HashMap<i64, String> = crate::staff::list(store, &Default::default())?.into_iter().map(|s| (s.id, s.name)).collect();
    let json = serde_json::to_string(&mapping).map_err(|e| Error::invalid("mapping", e.to_string()))?;
    let (new_punches, repeats, days, conflicts) = store.write("mengimpor data mesin presensi", |tx| {
        let (mut new_punches, mut repeats, mut days, mut conflicts) = (0, 0, 0, Vec::new());
        for (id, stamps) in &p.by_person {
            let mut touched: Vec<NaiveDate> = Vec::new();
            for s in stamps {
                if tx.add_punch(*id, *s)? {
                    new_punches += 1;
                    touched.push(s.date());
                } else {
                    repeats += 1;
                }
            }
            touched.dedup();
            for day in touched {
                let all: Vec<NaiveTime> = tx.punches(*id)?.into_iter().filter(|s| s.date() == day).map(|s| s.time()).collect();
                let (Some(first), Some(last)) = (all.iter().min().copied(), all.iter().max().copied()) else { continue };
                let before = tx.presence(*id, day)?;
                if let Some(b) = before.as_ref().filter(|b| !b.code.is_working()) {
                    let who = names.get(id).cloned().unwrap_or_default();
                    conflicts.push(format!("{who}, {}: tercatat {} tetapi ada data mesin presensi.", dates::short(day), b.code.label()));
                    continue;
                }
                let check_in = before.as_ref().and_then(|b| b.check_in).map_or(first, |t| t.min(first));
                let check_out = before.as_ref().and_then(|b| b.check_out).map_or(last, |t| t.max(last));
                tx.set_presence(&Record {
                    staff_id: *id,
                    day,
                    code: before.as_ref().map_or(Mark::H, |b| b.code),
                    leave_kind: None,
                    check_in: Some(check_in),
                    check_out: (check_out > check_in).then_some(check_out),
                    note: before.map(|b| b.note).unwrap_or_default(),
                })?;
                days += 1;
            }
        }
        tx.set_setting(MAPPING_KEY, &json)?;
        Ok((new_punches, repeats, days, conflicts))
    })?;
    let mut message = format!("{} baris dibaca: {new_punches} catatan baru, {repeats} sudah pernah diimpor (diabaikan); {days} hari-pegawai diperbarui.", p.rows);
    if !conflicts.is_empty() {
        message.push_str(&format!(" {} hari tercatat tidak hadir tetapi ada data mesin: periksa.", conflicts.len()));
    }
    Ok(Imported { rows: p.rows, new_punches, repeats, days, conflicts, message })
}
