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

use crate::files::sheet::{self, Cell, Head, HeaderRow};
use crate::model::dates;
use crate::model::error::{Error, FieldError, Result};
use crate::model::presence::{LeaveKind, Mark, APEL_AFTERNOON, APEL_MORNING};
use crate::model::progress::{Progress, Report};
use crate::model::Staff;
use crate::office::presence::{self, parse_time, DaySaid, FileDays, Merged};
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
    /// An e-presensi export's category of the day (`Hadir`, `WFH`, `DL`, `Sakit`, …), the
    /// place and the coordinates of the check-in.
    pub category_column: String,
    pub place_column: String,
    pub coordinate_column: String,
    /// The apel codes of an e-presensi export: morning (HAP/TAP), afternoon (HAS/CP).
    pub apel_am_column: String,
    pub apel_pm_column: String,
    /// The header row the clerk chose (counting from 1); 0: found from the column names.
    pub header_row: usize,
    /// How `11/02/2026` is read when the file does not tell: `dmy` (11 Februari, as Indonesia
    /// writes) or `mdy` (2 November, as a machine set to US English writes). Empty: the file
    /// must tell, or the preview asks.
    pub date_order: String,
    /// The clerk saw the doubtful punches in the preview (after today, far outside the file's
    /// period, in the small hours, of a person no longer here) and chose to leave them out.
    pub skip_doubtful: bool,
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
/// An e-presensi app's columns beside the times (docs/domain.md, "The systems offices use").
const CATEGORY_NAMES: &[&str] = &["kategori", "kategori absen", "kategori presensi", "status kehadiran", "jenis kehadiran"];
const PLACE_NAMES: &[&str] = &["lokasi", "lokasi absen", "lokasi presensi", "lokasi check in", "tempat absen"];
const COORDINATE_NAMES: &[&str] = &["koordinat", "titik koordinat", "lat, long", "latitude, longitude", "gps"];
const APEL_MORNING_NAMES: &[&str] = &["apel pagi", "apel pagi (hap/tap)", "kehadiran apel pagi"];
const APEL_AFTERNOON_NAMES: &[&str] = &["apel sore", "apel sore (has/cp)", "kehadiran apel sore"];
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
    [
        ID_NAMES,
        NAME_NAMES,
        STAMP_NAMES,
        DATE_NAMES,
        CLOCK_NAMES,
        IN_NAMES,
        OUT_NAMES,
        CATEGORY_NAMES,
        PLACE_NAMES,
        COORDINATE_NAMES,
        APEL_MORNING_NAMES,
        APEL_AFTERNOON_NAMES,
    ]
    .iter()
    .any(|names| known_name(cell, names))
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
    /// Punches that look wrong and need the clerk's decision before anything is imported: the
    /// import leaves them out when `skip_doubtful` is chosen, else refuses the file. The first
    /// ones are listed; `doubtful_count` counts them all (`problem_count` the problems).
    pub doubtful: Vec<String>,
    pub doubtful_count: usize,
    pub problem_count: usize,
    /// The file's evident period (`01-11-2026 s.d. 30-11-2026`), from its punches.
    pub period: String,
    /// The other rows of a file with no header row: all of them are punches.
    pub headerless: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    pub rows: usize,
    pub new_punches: usize,
    pub repeats: usize,
    pub days: usize,
    /// Doubtful punches left out at the clerk's choice.
    pub skipped: usize,
    /// Days recorded as away (S, C, DL...) that have punches: kept as recorded, listed.
    pub conflicts: Vec<String>,
    pub message: String,
}

pub fn mapping(store: &mut Store) -> Result<Option<Mapping>> {
    Ok(store.read(|tx| tx.setting(MAPPING_KEY))?.and_then(|v| serde_json::from_str(&v).ok()))
}

fn find_column(headers: &[String], wanted: &str, field: &'static str, what: &str) -> Result<Option<usize>> {
    if wanted.trim().is_empty() {
        return Ok(None);
    }
    let wanted_name = wanted.trim();
    headers.iter().position(|h| h.trim().eq_ignore_ascii_case(wanted_name)).map(Some).ok_or_else(|| {
        let known = headers.iter().filter(|h| !h.is_empty()).cloned().collect::<Vec<_>>().join(", ");
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

    fn columns(&self) -> [&str; 11] {
        [
            &self.id_column,
            &self.time_column,
            &self.date_column,
            &self.in_column,
            &self.out_column,
            &self.name_column,
            &self.category_column,
            &self.place_column,
            &self.coordinate_column,
            &self.apel_am_column,
            &self.apel_pm_column,
        ]
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
        category_column: pick(CATEGORY_NAMES),
        place_column: pick(PLACE_NAMES),
        coordinate_column: pick(COORDINATE_NAMES),
        apel_am_column: pick(APEL_MORNING_NAMES),
        apel_pm_column: pick(APEL_AFTERNOON_NAMES),
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

/// How a date written `11/02/2026` is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    DayMonth,
    MonthDay,
}

/// The first two numbers of `11/02/2026 …` (or with `-` or `.`), when the year follows them.
fn leading_pair(t: &str) -> Option<(u32, u32, usize)> {
    let t = t.trim();
    let mut parts = t.splitn(3, ['/', '-', '.']);
    let (a, b, rest) = (parts.next()?, parts.next()?, parts.next()?);
    let ok = |x: &str| (1..=2).contains(&x.len()) && x.chars().all(|c| c.is_ascii_digit());
    if !ok(a) || !ok(b) || !rest.get(..4).is_some_and(|y| y.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, a.len() + 1 + b.len()))
}

/// `t` with its day and month in the order the parsers expect (day first).
fn day_first(t: &str, order: Order) -> std::borrow::Cow<'_, str> {
    match (order, leading_pair(t)) {
        (Order::MonthDay, Some((m, d, end))) => {
            let t = t.trim();
            let sep = &t[t.find(['/', '-', '.']).unwrap_or(0)..][..1];
            std::borrow::Cow::Owned(format!("{d:02}{sep}{m:02}{}", &t[end..]))
        }
        _ => std::borrow::Cow::Borrowed(t),
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
        Some(parse_date_text(d)?.and_time(parse_time(time)?))
    })
}

fn parse_date_text(t: &str) -> Option<NaiveDate> {
    let t = t.trim();
    dates::parse(t).ok().or_else(|| NaiveDate::parse_from_str(t, "%d/%m/%Y").ok()).or_else(|| NaiveDate::parse_from_str(t, "%Y/%m/%d").ok())
}

/// The presence code of an e-presensi category, and the kind of leave it names; `None` for an
/// empty cell. A category the importer does not know is refused by name, never guessed.
fn category_of(text: &str) -> std::result::Result<Option<(Mark, Option<LeaveKind>)>, String> {
    let t = text.trim().to_uppercase();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let found = match t.as_str() {
        "" => return Ok(None),
        "HADIR" | "HADIR DI KANTOR" | "WFO" | "MASUK" => (Mark::H, None),
        "WFA" | "HADIR DARI RUMAH" | "KERJA DARI RUMAH" | "DARING" => (Mark::Wfh, None),
        "DINAS LUAR" | "PERJALANAN DINAS" => (Mark::Dl, None),
        "TUGAS BELAJAR" => (Mark::Tb, None),
        "SAKIT" => (Mark::S, None),
        "IZIN" | "IJIN" => (Mark::I, None),
        "CUTI" => (Mark::C, None),
        "TANPA KETERANGAN" | "ALPA" | "ALPHA" | "MANGKIR" => (Mark::Tk, None),
        other => {
            // A code or a kind of leave by its key (`WFH`, `CT`) or its name ("Cuti Tahunan").
            let kind = LeaveKind::parse(other).or(LeaveKind::ALL.iter().copied().find(|k| k.label().to_uppercase() == other));
            let named = Mark::ALL.iter().copied().find(|m| m.label().to_uppercase() == other);
            match (Mark::parse(other).or(named), kind) {
                (Some(m), _) => (m, None),
                (None, Some(k)) => (Mark::C, Some(k)),
                (None, None) => {
                    let known = Mark::ALL.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ");
                    return Err(format!(
                        "kategori \"{}\" tidak dikenal; yang dikenal: {known}, Hadir, Sakit, Izin, Cuti (atau CT, CB, CS, CM, CAP), \
                     Dinas Luar, Tugas Belajar, Tanpa Keterangan.",
                        text.trim()
                    ));
                }
            }
        }
    };
    Ok(Some(found))
}

/// Why a cell is not the punch it should be, in the clerk's words.
enum Bad {
    Empty,
    DateOnly,
    TimeOnly,
    Unreadable,
}

/// A cell that must hold a whole timestamp.
fn stamp_cell(c: &Cell, order: Order) -> std::result::Result<NaiveDateTime, Bad> {
    let c = &text_in_order(c, order);
    match c {
        Cell::DateTime(d) => Ok(*d),
        Cell::Date(_) => Err(Bad::DateOnly),
        Cell::Time(_) => Err(Bad::TimeOnly),
        Cell::Number(_) => Err(Bad::Unreadable),
        Cell::Text(t) if t.trim().is_empty() => Err(Bad::Empty),
        Cell::Text(t) => parse_stamp(t).ok_or_else(|| if parse_date_text(t).is_some() { Bad::DateOnly } else { Bad::Unreadable }),
    }
}

fn date_cell(c: &Cell, order: Order) -> std::result::Result<NaiveDate, Bad> {
    let c = &text_in_order(c, order);
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
fn time_cell(c: &Cell, order: Order) -> std::result::Result<NaiveTime, Bad> {
    let c = &text_in_order(c, order);
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

/// A text cell with its date turned day-first; other cells as they are.
fn text_in_order(c: &Cell, order: Order) -> Cell {
    match c {
        Cell::Text(t) => Cell::Text(day_first(t, order).into_owned()),
        other => other.clone(),
    }
}

/// The order of the file's dates: what the mapping says, else what the dates show (a first
/// number above 12 is a day, a second one a month), else day first when only that reading
/// keeps the file within a month. When neither the mapping nor the file tells and the two
/// readings differ, the clerk is asked (an `Err` with the question).
fn date_order(file: &Opened, columns: &[Option<usize>], m: &Mapping, progress: Report) -> Result<std::result::Result<Order, String>> {
    match m.date_order.as_str() {
        "dmy" => return Ok(Ok(Order::DayMonth)),
        "mdy" => return Ok(Ok(Order::MonthDay)),
        _ => {}
    }
    let mut seen = Dates::default();
    let mut rows = 0usize;
    file.each(&mut |_, row| {
        rows += 1;
        if rows.is_multiple_of(EVERY) {
            progress(Progress::new(ORDER, rows, 0, "baris"));
        }
        for c in columns.iter().flatten().filter_map(|c| row.get(*c)) {
            if let Cell::Text(t) = c {
                if let Some((a, b, end)) = leading_pair(t) {
                    if let Some(y) = t.trim()[end + 1..].get(..4).and_then(|y| y.parse().ok()) {
                        seen.add((a, b, y));
                    }
                }
            }
        }
        Ok(true)
    })?;
    Ok(seen.order())
}

/// What a file's `aa/bb/yyyy` dates show of their order, gathered as the rows pass.
#[derive(Default)]
struct Dates {
    first: Option<(u32, u32, i32)>,
    day_first: bool,
    month_first: bool,
    all_same: bool,
    /// The span of the dates read day first, and read month first.
    dm: Option<(NaiveDate, NaiveDate)>,
    md: Option<(NaiveDate, NaiveDate)>,
}

impl Dates {
    fn add(&mut self, p: (u32, u32, i32)) {
        if self.first.is_none() {
            self.first = Some(p);
            self.all_same = true;
        }
        self.day_first |= p.0 > 12;
        self.month_first |= p.1 > 12;
        self.all_same &= p.0 == p.1;
        let widen = |span: &mut Option<(NaiveDate, NaiveDate)>, d: Option<NaiveDate>| {
            if let Some(d) = d {
                *span = Some(span.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
            }
        };
        widen(&mut self.dm, NaiveDate::from_ymd_opt(p.2, p.1, p.0));
        widen(&mut self.md, NaiveDate::from_ymd_opt(p.2, p.0, p.1));
    }

    /// The order the dates show; day first when only that reading keeps the file within a
    /// month; else the question for the clerk.
    fn order(&self) -> std::result::Result<Order, String> {
        let Some(first) = self.first else { return Ok(Order::DayMonth) };
        if self.day_first || self.month_first || self.all_same {
            return Ok(if self.month_first && !self.day_first { Order::MonthDay } else { Order::DayMonth });
        }
        let days = |s: Option<(NaiveDate, NaiveDate)>| s.map_or(i64::MAX, |(a, b)| (b - a).num_days());
        if days(self.dm) <= 31 && days(self.md) > 31 {
            return Ok(Order::DayMonth);
        }
        let shown =
            |s: Option<(NaiveDate, NaiveDate)>| s.map_or("-".into(), |(a, b)| format!("{} s.d. {}", dates::short(a), dates::short(b)));
        Err(format!(
            "Urutan tanggal di berkas tidak jelas: \"{:02}/{:02}/{}\" dapat berarti {} atau {}. Dibaca hari/bulan, periodenya {}; \
             dibaca bulan/hari (format AS), periodenya {}. Pilih urutan tanggalnya (hari/bulan atau bulan/hari) lalu periksa ulang.",
            first.0,
            first.1,
            first.2,
            NaiveDate::from_ymd_opt(first.2, first.1, first.0).map_or("-".into(), dates::long),
            NaiveDate::from_ymd_opt(first.2, first.0, first.1).map_or("-".into(), dates::long),
            shown(self.dm),
            shown(self.md)
        ))
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
    file: FileDays,
    without_times: usize,
    problems: Vec<String>,
    /// Punches held back for the clerk's decision, each with its reason (the first ones).
    doubtful: Vec<String>,
    doubtful_count: usize,
    problem_count: usize,
    period: Option<(NaiveDate, NaiveDate)>,
}

impl Punches {
    /// A problem of a row: the first [`LISTED`] are kept to be shown, all are counted.
    fn problem(&mut self, message: String) {
        self.problem_count += 1;
        if self.problems.len() < LISTED {
            self.problems.push(message);
        }
    }
}

/// How the file's IDs are matched: NIP/NIK or machine ID, never a row number. People no longer
/// here are matched too, so that their days before leaving still come in and a later punch is
/// named instead of "tidak dikenal".
struct People {
    by_number: HashMap<String, usize>,
    by_machine: HashMap<String, usize>,
    staff: Vec<Staff>,
}

impl People {
    fn new(mut staff: Vec<Staff>) -> People {
        // A machine ID handed on to a newcomer belongs to the one here now.
        staff.sort_by_key(|s| !s.active);
        let by_number = staff.iter().enumerate().map(|(i, s)| (s.id_number.to_uppercase(), i)).collect();
        let mut by_machine = HashMap::new();
        for (i, s) in staff.iter().enumerate().filter(|(_, s)| !s.machine_id.is_empty()) {
            by_machine.entry(s.machine_id.clone()).or_insert(i);
        }
        People { by_number, by_machine, staff }
    }

    /// The person with the ID `raw`, and their index in `staff`.
    fn find(&self, raw: &str) -> std::result::Result<(usize, &Staff), String> {
        let as_machine = crate::office::staff::machine_id(raw).unwrap_or_default();
        match (self.by_number.get(&raw.to_uppercase()), self.by_machine.get(&as_machine)) {
            (Some(a), Some(b)) if a != b => Err(format!(
                "ID \"{raw}\" adalah NIP/NIK {} sekaligus ID mesin {}; perbaiki ID mesin salah satunya.",
                self.staff[*a].name, self.staff[*b].name
            )),
            (Some(i), _) | (None, Some(i)) => Ok((*i, &self.staff[*i])),
            (None, None) => Err(format!(
                "ID \"{raw}\" tidak dikenal: bukan NIP/NIK dan bukan ID mesin pegawai mana pun. Isi ID mesin pegawainya \
                 (Pegawai → Ubah → ID mesin, atau kolom ID mesin pada impor pegawai)."
            )),
        }
    }
}

/// The stages of reading a file, as the progress bar names them, and how often they report.
const ORDER: &str = "Memeriksa urutan tanggal";
const READ: &str = "Membaca berkas";
const EVERY: usize = 50_000;

/// Before this hour a punch is a night's, not the morning's arrival.
const NIGHT_ENDS: u32 = 4;
/// Dates further apart than this, with nothing between them, are two periods: the file's own
/// (the one with most punches) and a stray date outside it.
const PERIOD_GAP: i64 = 31;
/// Problems and doubtful punches listed one by one, at most; the rest are counted.
const LISTED: usize = 200;

/// The file's period: the longest run of its dates (by punches) without a gap over
/// [`PERIOD_GAP`] days. A year's export is one run; a typo's March in November's file is not.
fn period_of(days: &[NaiveDate]) -> Option<(NaiveDate, NaiveDate)> {
    let mut counts: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for d in days {
        *counts.entry(*d).or_default() += 1;
    }
    let mut best: Option<(usize, NaiveDate, NaiveDate)> = None;
    let mut run: Option<(usize, NaiveDate, NaiveDate)> = None;
    for (d, n) in counts {
        run = match run {
            Some((c, a, b)) if (d - b).num_days() <= PERIOD_GAP => Some((c + n, a, d)),
            _ => Some((n, d, d)),
        };
        if let Some(r) = run.filter(|r| best.is_none_or(|b| r.0 > b.0)) {
            best = Some(r);
        }
    }
    best.map(|(_, a, b)| (a, b))
}

fn punches(store: &mut Store, file: &Opened, m: &Mapping, today: NaiveDate, progress: Report) -> Result<Punches> {
    let headers = &file.head.headers;
    let id_col = find_column(headers, &m.id_column, "id_column", "ID/NIP")?;
    let time_col = find_column(headers, &m.time_column, "time_column", "waktu")?;
    let date_col = find_column(headers, &m.date_column, "date_column", "tanggal")?;
    let in_col = find_column(headers, &m.in_column, "in_column", "jam masuk")?;
    let out_col = find_column(headers, &m.out_column, "out_column", "jam pulang")?;
    let name_col = find_column(headers, &m.name_column, "name_column", "nama")?;
    let category_col = find_column(headers, &m.category_column, "category_column", "kategori")?;
    let place_col = find_column(headers, &m.place_column, "place_column", "lokasi")?;
    let coordinate_col = find_column(headers, &m.coordinate_column, "coordinate_column", "koordinat")?;
    let apel_cols = [
        (find_column(headers, &m.apel_am_column, "apel_am_column", "apel pagi")?, &APEL_MORNING, "Apel Pagi"),
        (find_column(headers, &m.apel_pm_column, "apel_pm_column", "apel sore")?, &APEL_AFTERNOON, "Apel Sore"),
    ];
    let all = crate::model::StaffFilter { include_inactive: true, ..Default::default() };
    let people = People::new(crate::office::staff::list(store, &all)?);
    let mut out = Punches {
        rows: 0,
        file: FileDays::default(),
        without_times: 0,
        problems: Vec::new(),
        doubtful: Vec::new(),
        doubtful_count: 0,
        problem_count: 0,
        period: None,
    };
    let order = match date_order(file, &[time_col, date_col], m, progress)? {
        Ok(o) => o,
        Err(question) => {
            out.problem(question);
            Order::DayMonth
        }
    };
    let empty = Cell::Text(String::new());
    let header = |c: Option<usize>| c.and_then(|i| headers.get(i)).cloned().unwrap_or_default();
    // Each punch with its row and person (by index), sorted out below.
    let mut found: Vec<(u32, u32, NaiveDateTime)> = Vec::new();
    // What an e-presensi file says of each day besides its times, with its row and person.
    let mut found_days: Vec<(u32, u32, NaiveDate, DaySaid)> = Vec::new();
    file.each(&mut |n, row| {
        let n = &n;
        out.rows += 1;
        if out.rows.is_multiple_of(EVERY) {
            progress(Progress::new(READ, out.rows, 0, "baris"));
        }
        let cell = |c: Option<usize>| c.and_then(|i| row.get(i)).unwrap_or(&empty);
        let problems_before = out.problem_count;
        let person = match cell(id_col).id_text() {
            Ok(raw) if raw.is_empty() => {
                out.problem(format!("Baris {n}: kolom {} kosong.", m.id_column.trim()));
                None
            }
            Ok(raw) => match people.find(&raw) {
                Ok(p) => Some(p),
                Err(why) => {
                    out.problem(format!("Baris {n}: {why}"));
                    None
                }
            },
            Err(why) => {
                out.problem(format!("Baris {n}: kolom {}: {why}", m.id_column.trim()));
                None
            }
        };
        if let (Some((_, p)), Some(nc)) = (person, name_col) {
            let written = cell(Some(nc)).text();
            if !same_person(&written, &p.name) {
                out.problem(format!(
                    "Baris {n}: ID {} milik {}, tetapi nama di berkas \"{written}\". Periksa ID mesin atau NIP pegawai itu; \
                     tidak ada yang diimpor.",
                    cell(id_col).text(),
                    p.name
                ));
            }
        }
        let mut stamps: Vec<NaiveDateTime> = Vec::new();
        // The app's category of the day and where the person checked in.
        let said = match category_col.map(|c| category_of(&cell(Some(c)).text())).transpose() {
            Ok(code) => {
                let place = [place_col, coordinate_col].iter().map(|c| cell(*c).text()).filter(|t| !t.is_empty()).collect::<Vec<_>>();
                let place = match place.as_slice() {
                    [p, c] => format!("{p} ({c})"),
                    [one] => one.clone(),
                    _ => String::new(),
                };
                let (code, kind) = code.flatten().map_or((None, None), |(c, k)| (Some(c), k));
                let mut apel = Vec::new();
                for (col, known, name) in &apel_cols {
                    let written = cell(*col).text().trim().to_uppercase();
                    match written.as_str() {
                        "" | "-" => {}
                        w if known.contains(&w) => apel.push(written.clone()),
                        w => out.problem(format!("Baris {n}: kode {name} \"{w}\" tidak dikenal; yang dikenal {}.", known.join(" dan "))),
                    }
                }
                let apel = apel.join(" ");
                (code.is_some() || !place.is_empty() || !apel.is_empty()).then_some(DaySaid { code, leave_kind: kind, place, apel })
            }
            Err(why) => {
                out.problem(format!("Baris {n}: {why}"));
                None
            }
        };
        if in_col.is_some() || out_col.is_some() {
            // One row per person and day: the date, and the first and last punch.
            let day = date_col.map(|c| date_cell(cell(Some(c)), order));
            let times: Vec<(Option<usize>, &Cell)> = [in_col, out_col].into_iter().filter(|c| c.is_some()).map(|c| (c, cell(c))).collect();
            if times.iter().all(|(_, c)| c.text().is_empty()) {
                // A day without times is still a day the app categorised (sick, on leave, …).
                match (said.filter(|s| s.code.is_some_and(|c| !c.is_working())), day, person) {
                    (Some(s), Some(Ok(d)), Some((i, _))) if out.problem_count == problems_before => {
                        found_days.push((*n as u32, i as u32, d, s))
                    }
                    (Some(_), Some(Err(why)), _) => out.problem(bad_message(*n, &header(date_col), cell(date_col), why)),
                    _ => out.without_times += 1,
                }
                return Ok(true);
            }
            match day {
                Some(Ok(d)) => {
                    for (c, v) in times.into_iter().filter(|(_, v)| !v.text().is_empty()) {
                        match time_cell(v, order) {
                            Ok(t) => stamps.push(d.and_time(t)),
                            Err(why) => out.problem(bad_message(*n, &header(c), v, why)),
                        }
                    }
                }
                Some(Err(why)) => out.problem(bad_message(*n, &header(date_col), cell(date_col), why)),
                None => out.problem(format!("Baris {n}: pilih kolom tanggal untuk jam masuk dan jam pulang.")),
            }
        } else if let Some(dc) = date_col {
            match (date_cell(cell(Some(dc)), order), time_cell(cell(time_col), order)) {
                (Ok(d), Ok(t)) => stamps.push(d.and_time(t)),
                (Err(why), _) => out.problem(bad_message(*n, &header(Some(dc)), cell(Some(dc)), why)),
                (_, Err(why)) => out.problem(bad_message(*n, &header(time_col), cell(time_col), why)),
            }
        } else {
            match stamp_cell(cell(time_col), order) {
                Ok(t) => stamps.push(t),
                Err(why) => out.problem(bad_message(*n, &header(time_col), cell(time_col), why)),
            }
        }
        if let (Some((i, _)), true) = (person, out.problem_count == problems_before) {
            if let (Some(s), Some(first)) = (said, stamps.first()) {
                found_days.push((*n as u32, i as u32, first.date(), s));
            }
            found.extend(stamps.into_iter().map(|s| (*n as u32, i as u32, s)));
        }
        Ok(true)
    })?;
    // The file's period, from its own dates up to today (a typo's year does not stretch it).
    let days: Vec<NaiveDate> =
        found.iter().map(|(_, _, s)| s.date()).chain(found_days.iter().map(|(_, _, d, _)| *d)).filter(|d| *d <= today).collect();
    out.period = period_of(&days);
    let mut doubtful = 0usize;
    // A day the app categorised without times is doubted as a punch is, but for the hour.
    let at_noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN);
    let days_said: Vec<(u32, u32, NaiveDateTime, Option<DaySaid>)> =
        found_days.into_iter().map(|(n, i, d, s)| (n, i, d.and_time(at_noon), Some(s))).collect();
    for (n, i, s, said) in found.into_iter().map(|(n, i, s)| (n, i, s, None)).chain(days_said) {
        let p = &people.staff[i as usize];
        let at = format!("{} {}", dates::short(s.date()), s.format("%H:%M"));
        let why = if s.date() > today {
            Some(format!("tanggalnya setelah hari ini ({}); periksa tahunnya", dates::short(today)))
        } else if let Some((a, b)) = out.period.filter(|(a, b)| s.date() < *a || s.date() > *b) {
            Some(format!("jauh di luar periode berkas ({} s.d. {})", dates::short(a), dates::short(b)))
        } else if p.inactive_from.is_some_and(|d| s.date() >= d) || (!p.active && p.inactive_from.is_none()) {
            Some(match p.inactive_from {
                Some(d) => format!("{} sudah nonaktif sejak {}; hari sebelum itu tetap diimpor", p.name, dates::short(d)),
                None => format!("{} sudah nonaktif", p.name),
            })
        } else if said.is_none() && chrono::Timelike::hour(&s) < NIGHT_ENDS {
            Some(format!(
                "pukul {} tengah malam bukan jam masuk hari itu; bila itu jam pulang shift malam, catat manual di Presensi",
                s.format("%H:%M")
            ))
        } else {
            None
        };
        match why {
            Some(why) => {
                doubtful += 1;
                if out.doubtful.len() < LISTED {
                    out.doubtful.push(format!("Baris {n}: {}, {at}: {why}.", p.name));
                }
            }
            None => match said {
                Some(said) => {
                    out.file.said.insert((p.id, s.date()), said);
                }
                None => out.file.stamps.entry(p.id).or_default().push(s),
            },
        }
    }
    if doubtful > LISTED {
        out.doubtful.push(format!("… dan {} catatan diragukan lainnya.", doubtful - LISTED));
    }
    if out.problem_count > LISTED {
        out.problems.push(format!("… dan {} masalah lainnya.", out.problem_count - LISTED));
    }
    out.doubtful_count = doubtful;
    for v in out.file.stamps.values_mut() {
        v.sort();
        v.dedup();
    }
    Ok(out)
}

/// A file being read: where its header is and what it says, and its first data rows. Its rows
/// are read again, one at a time, for each pass ([`Opened::each`]): a year of punches is never
/// held in memory as a table.
struct Opened<'a> {
    path: &'a Path,
    header: HeaderRow<'static>,
    head: Head,
    sample: Vec<(usize, Vec<Cell>)>,
}

/// Data rows kept from the first read, to find a headerless log's columns.
const SAMPLE: usize = 50;

impl<'a> Opened<'a> {
    /// Opens `path`: its header row found from the column names or given by the clerk; a raw
    /// machine log without any header (its first row already a punch) is read whole.
    fn new(path: &'a Path, given: Option<&Mapping>) -> Result<Opened<'a>> {
        let header = match given.map_or(0, |m| m.header_row) {
            0 => HeaderRow::Find(&is_known),
            n => HeaderRow::At(n),
        };
        let opened = Self::with(path, header)?;
        if matches!(header, HeaderRow::Find(_)) {
            let headers = &opened.head.headers;
            let found = headers.iter().filter(|h| is_known(h)).count() >= 2;
            if !found && headers.iter().any(|h| parse_stamp(h).is_some()) {
                return Self::with(path, HeaderRow::None);
            }
        }
        Ok(opened)
    }

    fn with(path: &'a Path, header: HeaderRow<'static>) -> Result<Opened<'a>> {
        let mut sample = Vec::new();
        let head = sheet::stream(path, None, header, &mut |n, row| {
            sample.push((n, row));
            Ok(sample.len() < SAMPLE)
        })?
        .ok_or_else(|| Error::invalid("file", format!("Berkas {} tidak berisi lembar kerja.", path.display())))?;
        Ok(Opened { path, header, head, sample })
    }

    /// Reads the file's data rows again, handing each to `f` (`false` stops).
    fn each(&self, f: &mut dyn FnMut(usize, Vec<Cell>) -> Result<bool>) -> Result<()> {
        sheet::stream(self.path, None, self.header, f).map(|_| ())
    }

    /// How many data rows the file has.
    fn count(&self) -> Result<usize> {
        let mut n = 0;
        self.each(&mut |_, _| {
            n += 1;
            Ok(true)
        })?;
        Ok(n)
    }
}

/// For a headerless log: the first column of timestamps, and the column before it as the ID.
fn headerless_mapping(file: &Opened) -> Option<Mapping> {
    let headers = &file.head.headers;
    let all = |c: usize, f: &dyn Fn(&Cell) -> bool| file.sample.iter().all(|(_, r)| r.get(c).is_some_and(f));
    let time = (0..headers.len()).find(|c| all(*c, &|cell| matches!(cell, Cell::DateTime(_)) || parse_stamp(&cell.text()).is_some()))?;
    let id = (0..time).rev().find(|c| all(*c, &|cell| !cell.text().is_empty()))?;
    Some(Mapping { id_column: headers[id].clone(), time_column: headers[time].clone(), ..Default::default() })
}

/// The mapping for `file`: given, remembered or found (a headerless log by its cells), with
/// the clerk's decisions (date order, doubtful punches left out) always from `given`.
fn mapping_for(store: &mut Store, file: &Opened, given: Option<&Mapping>) -> Result<Mapping> {
    let resolved = if file.head.header_row == 0 && given.is_none_or(|g| g.id_column.trim().is_empty()) {
        headerless_mapping(file)
            .ok_or_else(|| Error::invalid("mapping", "Berkas tanpa baris judul: pilih kolom ID dan kolom waktunya (Kolom 1, Kolom 2, …)."))
    } else {
        resolve(&file.head.headers, given, self::mapping(store)?)
    }?;
    Ok(match given {
        Some(g) => Mapping { date_order: g.date_order.clone(), skip_doubtful: g.skip_doubtful, ..resolved },
        None => Mapping { date_order: String::new(), skip_doubtful: false, ..resolved },
    })
}

/// Reads `path` and says what importing it would do, writing nothing. `today` marks a punch
/// after it as doubtful.
pub fn preview(store: &mut Store, path: &Path, given: Option<&Mapping>, today: NaiveDate, progress: Report) -> Result<Preview> {
    let file = Opened::new(path, given)?;
    let mapping = match mapping_for(store, &file, given) {
        Ok(m) => m,
        Err(e) => {
            let rows = file.count()?;
            return Ok(Preview {
                headers: file.head.headers,
                header_row: file.head.header_row,
                top: file.head.top,
                mapping: None,
                rows,
                punches: 0,
                repeats: 0,
                days: 0,
                without_times: 0,
                problems: vec![e.to_string()],
                doubtful: Vec::new(),
                doubtful_count: 0,
                problem_count: 1,
                period: String::new(),
                headerless: file.head.header_row == 0,
            });
        }
    };
    let p = punches(store, &file, &mapping, today, progress)?;
    let (repeats, days) = store.read(|tx| {
        let mut repeats = 0;
        let mut days = 0;
        for (id, stamps) in &p.file.stamps {
            let known = tx.punches(*id)?;
            repeats += stamps.iter().filter(|s| known.contains(s)).count();
            let mut ds: Vec<NaiveDate> = stamps.iter().map(|s| s.date()).collect();
            ds.dedup();
            days += ds.iter().filter(|d| !p.file.said.contains_key(&(*id, **d))).count();
        }
        Ok((repeats, days + p.file.said.len()))
    })?;
    let punches = p.file.stamps.values().map(Vec::len).sum();
    Ok(Preview {
        headers: file.head.headers,
        header_row: file.head.header_row,
        top: file.head.top,
        mapping: Some(Mapping { header_row: file.head.header_row, ..mapping }),
        rows: p.rows,
        punches,
        repeats,
        days,
        without_times: p.without_times,
        problems: p.problems,
        doubtful: p.doubtful,
        doubtful_count: p.doubtful_count,
        problem_count: p.problem_count,
        period: p.period.map(|(a, b)| format!("{} s.d. {}", dates::short(a), dates::short(b))).unwrap_or_default(),
        headerless: file.head.header_row == 0,
    })
}

/// Imports `path` in one transaction: punches added, each person-day's check-in (first punch)
/// and check-out (last punch) set, the mapping remembered. Refused whole if any row is bad, or
/// if a punch is doubtful and the clerk has not chosen to leave the doubtful ones out.
pub fn import(store: &mut Store, path: &Path, given: Option<&Mapping>, today: NaiveDate, progress: Report) -> Result<Imported> {
    let file = Opened::new(path, given)?;
    let mapping = mapping_for(store, &file, given)?;
    let p = punches(store, &file, &mapping, today, progress)?;
    let doubtful = if mapping.skip_doubtful { Vec::new() } else { p.doubtful.clone() };
    if !p.problems.is_empty() || !doubtful.is_empty() {
        let mut fields: Vec<FieldError> = p.problems.iter().chain(&doubtful).map(|m| FieldError::new("row", m.clone())).collect();
        let counted = if doubtful.is_empty() { 0 } else { p.doubtful_count };
        let head = match (p.problem_count, counted) {
            (0, d) => format!(
                "{d} catatan diragukan; tidak ada yang diimpor. Periksa berkasnya, atau pilih \"lewati yang diragukan\" untuk mengimpor sisanya."
            ),
            (n, _) => format!("{n} baris bermasalah; tidak ada yang diimpor. Perbaiki berkasnya lalu impor lagi."),
        };
        fields.insert(0, FieldError::new("file", head));
        return Err(Error::Invalid(fields));
    }
    let skipped = if mapping.skip_doubtful { p.doubtful_count } else { 0 };
    let json = serde_json::to_string(&mapping).map_err(|e| Error::invalid("mapping", e.to_string()))?;
    let Merged { new_punches, repeats, days, conflicts } = presence::merge_punches(store, &p.file, (MAPPING_KEY, &json), progress)?;
    let mut message = format!(
        "{} baris dibaca: {new_punches} catatan baru, {repeats} sudah pernah diimpor (diabaikan); {days} hari-pegawai diperbarui.",
        p.rows
    );
    if skipped > 0 {
        message.push_str(&format!(" {skipped} catatan diragukan dilewati."));
    }
    if !conflicts.is_empty() {
        message.push_str(&format!(" {} hari tercatat tidak hadir tetapi ada data mesin: periksa.", conflicts.len()));
    }
    Ok(Imported { rows: p.rows, new_punches, repeats, days, skipped, conflicts, message })
}

#[cfg(test)]
mod period_tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        dates::parse(s).unwrap()
    }

    #[test]
    fn a_years_export_is_one_period_and_a_stray_month_is_outside_it() {
        let year: Vec<NaiveDate> = (0..250).map(|i| d("05-01-2026") + chrono::Duration::days(i * 7 / 5)).collect();
        assert_eq!(period_of(&year), Some((year[0], *year.last().unwrap())));
        let mut november: Vec<NaiveDate> = (2..=27).map(|n| d("01-11-2026") + chrono::Duration::days(n - 1)).collect();
        november.push(d("02-03-2026"));
        assert_eq!(period_of(&november), Some((d("02-11-2026"), d("27-11-2026"))));
        assert_eq!(period_of(&[]), None);
    }
}
