//! Attendance-machine exports merged into check-in and check-out. Two layouts are common: one
//! row per punch (an ID or NIP and a timestamp, or a date and a time), and one row per person
//! and day with the first and last punch in two columns (`Jam Masuk` / `Jam Pulang`, as the
//! Solution and ZKTeco attendance reports print them). Title lines above the header row are
//! skipped; the clerk maps the columns once and the mapping is remembered.
//!
//! People are matched only by what identifies them: the NIP/NIK, or the person's ID on the
//! machine (a staff field). A name column, when the file has one, is checked against the
//! person found. A date without a time is never a punch. A punch seen before is ignored, so
//! importing the same file twice changes nothing. Any bad row or unknown ID refuses the whole
//! file, naming each row: nothing is half-imported.

use crate::files::sheet::{read_first, Cell, HeaderRow, Table};
use crate::model::dates;
use crate::model::error::{Error, FieldError, Result};
use crate::model::Staff;
use crate::office::presence::{parse_time, Mark, Record};
use crate::store::Store;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Which columns (by header text) hold the person and the times.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mapping {
    pub id_column: String,
    /// Date and time of each punch; or only the time, when `date_column` holds the date.
    pub time_column: String,
    pub date_column: String,
    /// With `date_column`: the day's first punch (`Jam Masuk`) and last punch (`Jam Pulang`).
    pub in_column: String,
    pub out_column: String,
    /// The person's name as the machine prints it; checked against the person found.
    pub name_column: String,
    /// The header row the clerk chose (counting from 1); 0: found from the column names.
    pub header_row: usize,
}

const MAPPING_KEY: &str = "attendance.mapping";
const ID_NAMES: &[&str] = &[
    "nip",
    "id",
    "no. id",
    "no id",
    "pin",
    "nik",
    "ac-no.",
    "ac-no",
    "ac no",
    "user id",
    "userid",
    "id pegawai",
    "id mesin",
    "enroll id",
    "badgenumber",
];
const NAME_NAMES: &[&str] = &["nama", "name", "nama pegawai", "nama karyawan"];
/// Columns that hold a whole timestamp.
const STAMP_NAMES: &[&str] = &[
    "waktu",
    "tanggal/jam",
    "tanggal jam",
    "tanggal & jam",
    "timestamp",
    "date/time",
    "datetime",
    "waktu scan",
    "checktime",
    "check time",
];
const DATE_NAMES: &[&str] = &["tanggal", "date", "tgl", "tgl."];
/// Columns that hold a time of day only.
const CLOCK_NAMES: &[&str] = &["jam", "time", "pukul"];
const IN_NAMES: &[&str] = &["jam masuk", "masuk", "scan masuk", "check in", "clock in", "datang", "jam datang"];
const OUT_NAMES: &[&str] = &["jam pulang", "pulang", "keluar", "scan pulang", "scan keluar", "check out", "clock out", "jam keluar"];

fn known_name(h: &str, names: &[&str]) -> bool {
    names.contains(&h.trim().to_lowercase().as_str())
}

/// A column name this importer knows (the header row is where two of them stand).
fn is_known(cell: &str) -> bool {
    [ID_NAMES, NAME_NAMES, STAMP_NAMES, DATE_NAMES, CLOCK_NAMES, IN_NAMES, OUT_NAMES].iter().any(|names| known_name(cell, names))
}

/// What the file holds and what importing it would do; shown before anything is written.
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub headers: Vec<String>,
    /// The row the headers were read from, and the file's first rows to choose another.
    pub header_row: usize,
    pub top: Vec<(usize, String)>,
    /// `None` until the columns are known: the clerk picks them from `headers`.
    pub mapping: Option<Mapping>,
    pub rows: usize,
    pub punches: usize,
    /// Punches already in the database (a file imported again, or overlapping exports).
    pub repeats: usize,
    /// Person-days whose check-in or check-out would be set.
    pub days: usize,
    /// Rows of a person-day layout with neither time (no punch that day): nothing to import.
    pub without_times: usize,
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

fn find_column(table: &Table, wanted: &str, field: &'static str, what: &str) -> Result<Option<usize>> {
    if wanted.trim().is_empty() {
        return Ok(None);
    }
    table.column(wanted).map(Some).ok_or_else(|| {
        let known = table.headers.iter().filter(|h| !h.is_empty()).cloned().collect::<Vec<_>>().join(", ");
        Error::invalid(field, format!("Kolom {what} \"{}\" tidak ada di berkas. Kolom yang ada: {known}.", wanted.trim()))
    })
}

impl Mapping {
    /// Whether the columns say where each punch is: an ID, and a timestamp, or a date with a
    /// time or with in/out columns.
    fn is_complete(&self) -> bool {
        let has = |c: &str| !c.trim().is_empty();
        has(&self.id_column) && (has(&self.time_column) || (has(&self.date_column) && (has(&self.in_column) || has(&self.out_column))))
    }

    fn columns(&self) -> [&str; 6] {
        [&self.id_column, &self.time_column, &self.date_column, &self.in_column, &self.out_column, &self.name_column]
    }
}

/// The mapping to use: the one given, else the remembered one if its columns exist, else one
/// from common header names. A date column is never taken for the time.
fn resolve(headers: &[String], given: Option<&Mapping>, remembered: Option<Mapping>) -> Result<Mapping> {
    if let Some(m) = given.filter(|m| !m.id_column.trim().is_empty()) {
        if !m.is_complete() {
            return Err(Error::invalid(
                "mapping",
                "Pilih kolom waktu (tanggal dan jam), atau kolom tanggal bersama kolom jam atau kolom jam masuk/pulang.",
            ));
        }
        return Ok(m.clone());
    }
    let has = |c: &str| c.is_empty() || headers.iter().any(|h| h.trim().eq_ignore_ascii_case(c));
    if let Some(m) = remembered.filter(|m| m.is_complete() && m.columns().iter().all(|c| has(c))) {
        return Ok(Mapping { header_row: 0, ..m });
    }
    let pick = |names: &[&str]| headers.iter().find(|h| known_name(h, names)).cloned().unwrap_or_default();
    let mut m = Mapping {
        id_column: pick(ID_NAMES),
        name_column: pick(NAME_NAMES),
        date_column: pick(DATE_NAMES),
        in_column: pick(IN_NAMES),
        out_column: pick(OUT_NAMES),
        ..Default::default()
    };
    if m.in_column.is_empty() && m.out_column.is_empty() {
        m.time_column = if m.date_column.is_empty() {
            pick(STAMP_NAMES)
        } else {
            Some(pick(CLOCK_NAMES)).filter(|c| !c.is_empty()).unwrap_or_else(|| pick(STAMP_NAMES))
        };
        if m.time_column.is_empty() {
            m.date_column.clear();
        }
    }
    if m.is_complete() {
        return Ok(m);
    }
    Err(Error::invalid(
        "mapping",
        format!(
            "Kolom ID/NIP dan kolom waktu belum dipetakan. Pilih kolomnya; kolom yang ada: {}.",
            headers.iter().filter(|h| !h.is_empty()).cloned().collect::<Vec<_>>().join(", ")
        ),
    ))
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
        Some(parse_date_text(d)?.and_time(parse_time(time)?))
    })
}

fn parse_date_text(t: &str) -> Option<NaiveDate> {
    let t = t.trim();
    dates::parse(t).ok().or_else(|| NaiveDate::parse_from_str(t, "%d/%m/%Y").ok()).or_else(|| NaiveDate::parse_from_str(t, "%Y/%m/%d").ok())
}

/// Why a cell is not the punch it should be, in the clerk's words.
enum Bad {
    Empty,
    DateOnly,
    TimeOnly,
    Unreadable,
}

/// A cell that must hold a whole timestamp.
fn stamp_cell(c: &Cell) -> std::result::Result<NaiveDateTime, Bad> {
    match c {
        Cell::DateTime(d) => Ok(*d),
        Cell::Date(_) => Err(Bad::DateOnly),
        Cell::Time(_) => Err(Bad::TimeOnly),
        Cell::Number(_) => Err(Bad::Unreadable),
        Cell::Text(t) if t.trim().is_empty() => Err(Bad::Empty),
        Cell::Text(t) => parse_stamp(t).ok_or_else(|| if parse_date_text(t).is_some() { Bad::DateOnly } else { Bad::Unreadable }),
    }
}

fn date_cell(c: &Cell) -> std::result::Result<NaiveDate, Bad> {
    match c {
        Cell::DateTime(d) => Ok(d.date()),
        Cell::Date(d) => Ok(*d),
        Cell::Time(_) => Err(Bad::TimeOnly),
        Cell::Number(_) => Err(Bad::Unreadable),
        Cell::Text(t) if t.trim().is_empty() => Err(Bad::Empty),
        Cell::Text(t) => parse_date_text(t).or_else(|| parse_stamp(t).map(|d| d.date())).ok_or(Bad::Unreadable),
    }
}

/// A cell that must hold a time of day. A date (or a timestamp at midnight) is refused: a
/// date column mapped as the time would otherwise record everybody at 00:00.
fn time_cell(c: &Cell) -> std::result::Result<NaiveTime, Bad> {
    match c {
        Cell::Time(t) => Ok(*t),
        Cell::DateTime(d) => Ok(d.time()),
        Cell::Date(_) => Err(Bad::DateOnly),
        Cell::Number(_) => Err(Bad::Unreadable),
        Cell::Text(t) if t.trim().is_empty() => Err(Bad::Empty),
        Cell::Text(t) => parse_time(t).or_else(|| parse_stamp(t).map(|d| d.time())).ok_or_else(|| {
            if parse_date_text(t).is_some() {
                Bad::DateOnly
            } else {
                Bad::Unreadable
            }
        }),
    }
}

fn bad_message(n: usize, column: &str, cell: &Cell, why: Bad) -> String {
    let shown = cell.text();
    match why {
        Bad::Empty => format!("Baris {n}: kolom {column} kosong."),
        Bad::DateOnly => format!(
            "Baris {n}: kolom {column} berisi tanggal tanpa jam (\"{shown}\"); tanggal saja bukan catatan kehadiran. \
             Pilih kolom yang berisi jamnya."
        ),
        Bad::TimeOnly => format!("Baris {n}: kolom {column} berisi jam tanpa tanggal (\"{shown}\"); pilih juga kolom tanggalnya."),
        Bad::Unreadable => {
            format!("Baris {n}: kolom {column} \"{shown}\" tidak dapat dibaca sebagai waktu; tulis seperti 23-11-2026 07:31.")
        }
    }
}

/// Lower-case words of a name without punctuation: `Dr. H. Ahmad` → `dr h ahmad`.
fn name_words(s: &str) -> Vec<String> {
    s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Whether the name a machine prints is this person's. Machines drop academic titles and
/// cut long names (`AHMAD RIZALI F`), so every word of the file's name must be a word of the
/// person's name, the last one possibly cut short.
fn same_person(file_name: &str, staff_name: &str) -> bool {
    let theirs = name_words(staff_name);
    let ours = name_words(file_name);
    let Some((last, rest)) = ours.split_last() else { return true };
    rest.iter().all(|w| theirs.contains(w)) && theirs.iter().any(|w| w.starts_with(last.as_str()))
}

/// The punches of a file, keyed by person, with every problem named by row.
struct Punches {
    rows: usize,
    by_person: BTreeMap<i64, Vec<NaiveDateTime>>,
    without_times: usize,
    problems: Vec<String>,
}

/// How the file's IDs are matched: NIP/NIK or machine ID, never a row number.
struct People {
    by_number: HashMap<String, usize>,
    by_machine: HashMap<String, usize>,
    staff: Vec<Staff>,
}

impl People {
    fn new(staff: Vec<Staff>) -> People {
        let by_number = staff.iter().enumerate().map(|(i, s)| (s.id_number.to_uppercase(), i)).collect();
        let by_machine =
            staff.iter().enumerate().filter(|(_, s)| !s.machine_id.is_empty()).map(|(i, s)| (s.machine_id.clone(), i)).collect();
        People { by_number, by_machine, staff }
    }

    fn find(&self, raw: &str) -> std::result::Result<&Staff, String> {
        let as_machine = crate::office::staff::machine_id(raw).unwrap_or_default();
        match (self.by_number.get(&raw.to_uppercase()), self.by_machine.get(&as_machine)) {
            (Some(a), Some(b)) if a != b => Err(format!(
                "ID \"{raw}\" adalah NIP/NIK {} sekaligus ID mesin {}; perbaiki ID mesin salah satunya.",
                self.staff[*a].name, self.staff[*b].name
            )),
            (Some(i), _) | (None, Some(i)) => Ok(&self.staff[*i]),
            (None, None) => Err(format!(
                "ID \"{raw}\" tidak dikenal: bukan NIP/NIK dan bukan ID mesin pegawai mana pun. Isi ID mesin pegawainya \
                 (Pegawai → Ubah → ID mesin, atau kolom ID mesin pada impor pegawai)."
            )),
        }
    }
}

fn punches(store: &mut Store, table: &Table, m: &Mapping) -> Result<Punches> {
    let id_col = find_column(table, &m.id_column, "id_column", "ID/NIP")?;
    let time_col = find_column(table, &m.time_column, "time_column", "waktu")?;
    let date_col = find_column(table, &m.date_column, "date_column", "tanggal")?;
    let in_col = find_column(table, &m.in_column, "in_column", "jam masuk")?;
    let out_col = find_column(table, &m.out_column, "out_column", "jam pulang")?;
    let name_col = find_column(table, &m.name_column, "name_column", "nama")?;
    let people = People::new(crate::office::staff::list(store, &Default::default())?);
    let mut out = Punches { rows: 0, by_person: BTreeMap::new(), without_times: 0, problems: Vec::new() };
    let empty = Cell::Text(String::new());
    let header = |c: Option<usize>| c.and_then(|i| table.headers.get(i)).cloned().unwrap_or_default();
    for (n, row) in &table.rows {
        out.rows += 1;
        let cell = |c: Option<usize>| c.and_then(|i| row.get(i)).unwrap_or(&empty);
        let problems_before = out.problems.len();
        let person = match cell(id_col).id_text() {
            Ok(raw) if raw.is_empty() => {
                out.problems.push(format!("Baris {n}: kolom {} kosong.", m.id_column.trim()));
                None
            }
            Ok(raw) => match people.find(&raw) {
                Ok(p) => Some(p),
                Err(why) => {
                    out.problems.push(format!("Baris {n}: {why}"));
                    None
                }
            },
            Err(why) => {
                out.problems.push(format!("Baris {n}: kolom {}: {why}", m.id_column.trim()));
                None
            }
        };
        if let (Some(p), Some(nc)) = (person, name_col) {
            let written = cell(Some(nc)).text();
            if !same_person(&written, &p.name) {
                out.problems.push(format!(
                    "Baris {n}: ID {} milik {}, tetapi nama di berkas \"{written}\". Periksa ID mesin atau NIP pegawai itu; \
                     tidak ada yang diimpor.",
                    cell(id_col).text(),
                    p.name
                ));
            }
        }
        let mut stamps: Vec<NaiveDateTime> = Vec::new();
        if in_col.is_some() || out_col.is_some() {
            // One row per person and day: the date, and the first and last punch.
            let day = date_col.map(|c| date_cell(cell(Some(c))));
            let times: Vec<(Option<usize>, &Cell)> = [in_col, out_col].into_iter().filter(|c| c.is_some()).map(|c| (c, cell(c))).collect();
            if times.iter().all(|(_, c)| c.text().is_empty()) {
                out.without_times += 1;
                continue;
            }
            match day {
                Some(Ok(d)) => {
                    for (c, v) in times.into_iter().filter(|(_, v)| !v.text().is_empty()) {
                        match time_cell(v) {
                            Ok(t) => stamps.push(d.and_time(t)),
                            Err(why) => out.problems.push(bad_message(*n, &header(c), v, why)),
                        }
                    }
                }
                Some(Err(why)) => out.problems.push(bad_message(*n, &header(date_col), cell(date_col), why)),
                None => out.problems.push(format!("Baris {n}: pilih kolom tanggal untuk jam masuk dan jam pulang.")),
            }
        } else if let Some(dc) = date_col {
            match (date_cell(cell(Some(dc))), time_cell(cell(time_col))) {
                (Ok(d), Ok(t)) => stamps.push(d.and_time(t)),
                (Err(why), _) => out.problems.push(bad_message(*n, &header(Some(dc)), cell(Some(dc)), why)),
                (_, Err(why)) => out.problems.push(bad_message(*n, &header(time_col), cell(time_col), why)),
            }
        } else {
            match stamp_cell(cell(time_col)) {
                Ok(t) => stamps.push(t),
                Err(why) => out.problems.push(bad_message(*n, &header(time_col), cell(time_col), why)),
            }
        }
        if let (Some(p), true) = (person, out.problems.len() == problems_before) {
            out.by_person.entry(p.id).or_default().extend(stamps);
        }
    }
    for v in out.by_person.values_mut() {
        v.sort();
        v.dedup();
    }
    Ok(out)
}

/// The table of `path`, its header row found from the column names or given by the clerk.
fn table_of(path: &Path, given: Option<&Mapping>) -> Result<Table> {
    match given.map_or(0, |m| m.header_row) {
        0 => read_first(path, HeaderRow::Find(&is_known)),
        n => read_first(path, HeaderRow::At(n)),
    }
}

/// Reads `path` and says what importing it would do, writing nothing.
pub fn preview(store: &mut Store, path: &Path, given: Option<&Mapping>) -> Result<Preview> {
    let table = table_of(path, given)?;
    let mapping = match resolve(&table.headers, given, self::mapping(store)?) {
        Ok(m) => m,
        Err(e) => {
            return Ok(Preview {
                headers: table.headers,
                header_row: table.header_row,
                top: table.top,
                mapping: None,
                rows: table.rows.len(),
                punches: 0,
                repeats: 0,
                days: 0,
                without_times: 0,
                problems: vec![e.to_string()],
            });
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
    Ok(Preview {
        headers: table.headers,
        header_row: table.header_row,
        top: table.top,
        mapping: Some(Mapping { header_row: table.header_row, ..mapping }),
        rows: p.rows,
        punches,
        repeats,
        days,
        without_times: p.without_times,
        problems: p.problems,
    })
}

/// Imports `path` in one transaction: punches added, each person-day's check-in (first punch)
/// and check-out (last punch) set, the mapping remembered. Refused whole if any row is bad.
pub fn import(store: &mut Store, path: &Path, given: Option<&Mapping>) -> Result<Imported> {
    let table = table_of(path, given)?;
    let mapping = resolve(&table.headers, given, self::mapping(store)?)?;
    let p = punches(store, &table, &mapping)?;
    if !p.problems.is_empty() {
        let mut fields: Vec<FieldError> = p.problems.iter().map(|m| FieldError::new("row", m.clone())).collect();
        fields.insert(
            0,
            FieldError::new(
                "file",
                format!("{} baris bermasalah; tidak ada yang diimpor. Perbaiki berkasnya lalu impor lagi.", p.problems.len()),
            ),
        );
        return Err(Error::Invalid(fields));
    }
    let names: HashMap<i64, String> = crate::office::staff::list(store, &Default::default())?.into_iter().map(|s| (s.id, s.name)).collect();
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
                    location: before.as_ref().and_then(|b| b.location),
                    note: before.map(|b| b.note).unwrap_or_default(),
                })?;
                days += 1;
            }
        }
        tx.set_setting(MAPPING_KEY, &json)?;
        Ok((new_punches, repeats, days, conflicts))
    })?;
    let mut message = format!(
        "{} baris dibaca: {new_punches} catatan baru, {repeats} sudah pernah diimpor (diabaikan); {days} hari-pegawai diperbarui.",
        p.rows
    );
    if !conflicts.is_empty() {
        message.push_str(&format!(" {} hari tercatat tidak hadir tetapi ada data mesin: periksa.", conflicts.len()));
    }
    Ok(Imported { rows: p.rows, new_punches, repeats, days, conflicts, message })
}
