//! `giliran report verify FILE`: is the report intact, and who signed it? The seal must hold
//! over the data, and what the file shows must be what the data says (a cell changed in Excel
//! is caught even though the hidden data was left alone).

use super::seal::{self, Seal};
use super::tables::{tables, Value};
use super::{csv_file, pdf_file, xlsx, Kind, Report};
use crate::model::dates;
use crate::model::error::{Error, Result};
use calamine::{open_workbook_auto, Data, Range, Reader};
use chrono::NaiveDate;
use serde::Serialize;
use std::path::Path;

#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub path: String,
    pub intact: bool,
    pub opd: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// The signing key's fingerprint, for the Sekda to compare with the one registered.
    pub fingerprint: String,
    /// What is wrong, at most a few lines; empty when intact.
    pub problems: Vec<String>,
    pub message: String,
    /// A CSV saved again with semicolons by a spreadsheet; its values were checked one by one.
    pub resaved: bool,
    /// The report's data (absent from a CSV, which holds only the daily counts).
    #[serde(skip)]
    pub report: Option<Report>,
}

const MAX_PROBLEMS: usize = 10;

pub fn verify(path: &Path) -> Result<Verdict> {
    let mut v = match Kind::of(path)? {
        Kind::Xlsx => verify_xlsx(path)?,
        Kind::Pdf => verify_pdf(path)?,
        Kind::Csv => verify_csv(path)?,
    };
    let who = if v.opd.is_empty() { "OPD tanpa nama".to_string() } else { v.opd.clone() };
    let period = match (v.from, v.to) {
        (Some(a), Some(b)) => format!(", periode {} s.d. {}", dates::short(a), dates::short(b)),
        _ => String::new(),
    };
    v.message = if v.intact {
        let note = if v.resaved {
            " Berkas disimpan ulang dengan pemisah titik koma; setiap nilainya tetap seperti yang ditandatangani."
        } else {
            ""
        };
        format!("Berkas utuh: laporan {who}{period}, ditandatangani kunci kantor {}.{note}", v.fingerprint)
    } else {
        format!("Berkas TIDAK utuh ({who}{period}):\n{}", v.problems.iter().map(|p| format!("- {p}")).collect::<Vec<_>>().join("\n"))
    };
    Ok(v)
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| Error::Io { context: "membaca berkas laporan", path: path.to_path_buf(), source })
}

fn not_a_report(path: &Path, why: &str) -> Error {
    Error::invalid("file", format!("{} bukan laporan Giliran: {why}.", path.display()))
}

fn verdict(path: &Path, seal: Option<&Seal>, report: Option<Report>, problems: Vec<String>) -> Verdict {
    Verdict {
        path: path.display().to_string(),
        intact: problems.is_empty(),
        opd: report.as_ref().map(|r| r.opd.clone()).unwrap_or_default(),
        from: report.as_ref().map(|r| r.from),
        to: report.as_ref().map(|r| r.to),
        fingerprint: seal.map(Seal::fingerprint).unwrap_or_default(),
        problems,
        resaved: false,
        message: String::new(),
        report,
    }
}

/// Splits `bytes` at the last line starting with `prefix`: the signed part and the seal.
fn split_seal<'a>(bytes: &'a [u8], prefix: &str) -> Option<(&'a [u8], Seal)> {
    let needle = prefix.as_bytes();
    let at = bytes.windows(needle.len()).rposition(|w| w == needle)?;
    if at > 0 && bytes[at - 1] != b'\n' {
        return None;
    }
    let seal: Seal = serde_json::from_slice(bytes[at + needle.len()..].trim_ascii()).ok()?;
    Some((&bytes[..at], seal))
}

fn verify_pdf(path: &Path) -> Result<Verdict> {
    let bytes = read(path)?;
    let (body, seal) = split_seal(&bytes, pdf_file::SEAL_PREFIX).ok_or_else(|| not_a_report(path, "segel tidak ada"))?;
    let mut problems = Vec::new();
    if let Err(why) = seal::check(&seal, body) {
        problems.push(why);
    }
    let needle = pdf_file::DATA_PREFIX.as_bytes();
    let report = body.windows(needle.len()).rposition(|w| w == needle).and_then(|at| {
        let rest = &body[at + needle.len()..];
        let end = rest.iter().position(|b| *b == b'\n').unwrap_or(rest.len());
        serde_json::from_slice::<Report>(&rest[..end]).ok()
    });
    if report.is_none() {
        problems.push("data laporan di dalam PDF tidak terbaca".into());
    }
    Ok(verdict(path, Some(&seal), report, problems))
}

/// A CSV report is checked as a CSV reader reads it: a spreadsheet that opened and saved it
/// may have quoted its cells differently (or the seal line, which holds commas) without
/// changing a value. The records are written again the way Giliran writes them, and the seal
/// must hold over those bytes; a changed value still breaks it.
fn verify_csv(path: &Path) -> Result<Verdict> {
    let bytes = read(path)?;
    let text = crate::files::sheet::decode_text(&bytes);
    // Excel in an Indonesian locale (and LibreOffice asked to) saves CSV with semicolons: the
    // values are read back and checked as Giliran wrote them.
    let delimiter = crate::files::sheet::delimiter_of(&text);
    let resaved = delimiter != b',';
    let mut rd = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut records: Vec<Vec<String>> = Vec::new();
    for rec in rd.records() {
        let rec = rec.map_err(|e| not_a_report(path, &format!("CSV tidak terbaca ({e})")))?;
        records.push(rec.iter().map(str::to_string).collect());
    }
    // Trailing empty columns a spreadsheet adds to short rows are not data.
    for r in &mut records {
        while r.len() > 1 && r.last().is_some_and(|c| c.is_empty()) {
            r.pop();
        }
    }
    let seal_at = records.iter().rposition(|r| r.first().is_some_and(|c| c.starts_with(csv_file::SEAL_PREFIX)));
    // Files of format 1 wrote the seal as a bare line: its bytes are what was signed.
    let (body, seal) = match (split_seal(&bytes, csv_file::SEAL_PREFIX), seal_at) {
        (Some((body, seal)), _) if seal::check(&seal, body).is_ok() => (body.to_vec(), seal),
        (_, Some(at)) => {
            let json = records[at].join(",");
            let seal: Seal =
                serde_json::from_str(json[csv_file::SEAL_PREFIX.len()..].trim()).map_err(|_| not_a_report(path, "segel tidak terbaca"))?;
            let body = csv_file::records_bytes(&records[..at]).map_err(|e| not_a_report(path, &e.to_string()))?;
            (body, seal)
        }
        (Some((body, seal)), None) => (body.to_vec(), seal),
        (None, None) => return Err(not_a_report(path, "segel tidak ada")),
    };
    let mut problems = Vec::new();
    if let Err(why) = seal::check(&seal, &body) {
        problems.push(why);
        if resaved {
            problems.push(
                "berkas ini disimpan ulang dengan pemisah titik koma (Excel berbahasa Indonesia); bila Excel mengubah tampilan \
                 nilainya (mis. tanggal menjadi 02/11/2026), isinya tidak dapat dicocokkan lagi: minta berkas .xlsx atau .pdf aslinya"
                    .into(),
            );
        }
    }
    let mut v = verdict(path, Some(&seal), None, problems);
    v.resaved = resaved;
    if let Some(first) = records.get(1) {
        v.opd = first.first().cloned().unwrap_or_default();
        v.from = first.get(1).and_then(|d| d.parse().ok());
        v.to = first.get(2).and_then(|d| d.parse().ok());
    }
    Ok(v)
}

fn verify_xlsx(path: &Path) -> Result<Verdict> {
    let broken = |why: String| Error::invalid("file", format!("Berkas {} tidak dapat dibaca: {why}", path.display()));
    let mut wb = open_workbook_auto(path).map_err(|e| broken(e.to_string()))?;
    if !wb.sheet_names().iter().any(|n| n == xlsx::DATA_SHEET) {
        return Err(not_a_report(path, "lembar data tersembunyi tidak ada"));
    }
    let data = wb.worksheet_range(xlsx::DATA_SHEET).map_err(|e| broken(e.to_string()))?;
    let text = |r: u32, c: u32| match data.get_value((r, c)) {
        Some(Data::String(s)) => s.clone(),
        _ => String::new(),
    };
    let seal = Seal { sha256: text(0, 1), signature: text(0, 2), public_key: text(0, 3) };
    let chunks = match data.get_value((0, 4)) {
        Some(Data::Float(f)) => *f as u32,
        Some(Data::Int(i)) => *i as u32,
        _ => 0,
    };
    let json: String = (1..=chunks).map(|r| text(r, 0)).collect();
    let mut problems = Vec::new();
    if let Err(why) = seal::check(&seal, json.as_bytes()) {
        problems.push(why);
    }
    let report: Option<Report> = serde_json::from_str(&json).ok();
    let Some(report) = report else {
        problems.push("data laporan di lembar tersembunyi tidak terbaca".into());
        return Ok(verdict(path, Some(&seal), None, problems));
    };
    let tables = tables(&report);
    // The workbook holds exactly the signed sheets, visible, and the data sheet: a sheet added
    // ("Koreksi: WFO 2 (bukan 7)") or hidden is named.
    for s in wb.sheets_metadata() {
        let signed = tables.iter().any(|t| t.sheet == s.name);
        if s.name == xlsx::DATA_SHEET {
            continue;
        }
        if !signed {
            problems.push(format!("lembar \"{}\" tidak ada pada laporan yang ditandatangani (ditambahkan setelahnya)", s.name));
        } else if s.visible != calamine::SheetVisible::Visible {
            problems.push(format!("lembar {} disembunyikan", s.name));
        }
    }
    for t in &tables {
        let Ok(range) = wb.worksheet_range(t.sheet) else {
            problems.push(format!("lembar {} hilang", t.sheet));
            continue;
        };
        let diff = |problems: &mut Vec<String>, r: u32, c: u32, want: &Value| {
            if problems.len() < MAX_PROBLEMS && !same(range.get_value((r, c)), want) {
                problems.push(format!(
                    "lembar {}, sel {}: tertulis \"{}\", seharusnya \"{}\"",
                    t.sheet,
                    address(r, c),
                    shown(range.get_value((r, c))),
                    want.display()
                ));
            }
        };
        for (r, line) in t.preamble.iter().enumerate() {
            diff(&mut problems, r as u32, 0, &Value::Text(line.clone()));
        }
        let hr = xlsx::header_row(t);
        for (c, h) in t.headers.iter().enumerate() {
            diff(&mut problems, hr, c as u32, &Value::Text((*h).to_string()));
        }
        for (i, row) in t.rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                diff(&mut problems, hr + 1 + i as u32, c as u32, v);
            }
        }
        let first_footer = hr + 2 + t.rows.len() as u32;
        for (i, line) in t.footer.iter().enumerate() {
            diff(&mut problems, first_footer + i as u32, 0, &Value::Text(line.clone()));
        }
        let last = if t.footer.is_empty() { hr + t.rows.len() as u32 } else { first_footer + t.footer.len() as u32 - 1 };
        if let Some(extra) = beyond(&range, last, t.headers.len() as u32) {
            problems.push(format!("lembar {}, sel {}: isian tambahan yang tidak ada pada data", t.sheet, extra));
        }
        // A hidden row or column inside the table takes a signed line out of sight.
        let (rows, cols) = crate::files::xlsx_rows::hidden(path, t.sheet).map_err(broken)?;
        let rows: Vec<String> = rows.into_iter().filter(|r| *r <= last as usize + 1).map(|r| r.to_string()).collect();
        if !rows.is_empty() {
            problems.push(format!("lembar {}, baris {} disembunyikan", t.sheet, rows.join(", ")));
        }
        let cols: Vec<String> = cols.into_iter().filter(|c| *c <= t.headers.len().max(1)).map(|c| column_name(c as u32 - 1)).collect();
        if !cols.is_empty() {
            problems.push(format!("lembar {}, kolom {} disembunyikan", t.sheet, cols.join(", ")));
        }
    }
    problems.truncate(MAX_PROBLEMS);
    Ok(verdict(path, Some(&seal), Some(report), problems))
}

/// The first non-empty cell below row `last` or right of the table's columns.
fn beyond(range: &Range<Data>, last: u32, cols: u32) -> Option<String> {
    let (start, end) = (range.start()?, range.end()?);
    for r in start.0..=end.0 {
        for c in start.1..=end.1 {
            let outside = r > last || c >= cols.max(1);
            if outside && !matches!(range.get_value((r, c)), None | Some(Data::Empty)) {
                return Some(address(r, c));
            }
        }
    }
    None
}

fn same(cell: Option<&Data>, want: &Value) -> bool {
    match (cell, want) {
        (None | Some(Data::Empty), Value::Text(t)) => t.is_empty(),
        (Some(Data::String(s)), Value::Text(t)) => s == t,
        (Some(Data::Float(f)), Value::Int(n)) => *f == *n as f64,
        (Some(Data::Int(i)), Value::Int(n)) => i == n,
        (Some(Data::Float(f)), Value::Pct(p)) => (f - p).abs() < 1e-9,
        (Some(Data::DateTime(d)), Value::Date(want)) => d.as_datetime().map(|t| t.date()) == Some(*want),
        _ => false,
    }
}

fn shown(cell: Option<&Data>) -> String {
    match cell {
        None | Some(Data::Empty) => String::new(),
        Some(Data::DateTime(d)) => d.as_datetime().map(|t| dates::short(t.date())).unwrap_or_default(),
        Some(Data::Float(f)) if f.fract() == 0.0 => format!("{}", *f as i64),
        Some(other) => other.to_string(),
    }
}

/// `E12` from zero-based row and column.
fn address(r: u32, c: u32) -> String {
    format!("{}{}", column_name(c), r + 1)
}

/// `E`, `AA` from a zero-based column.
fn column_name(c: u32) -> String {
    let mut col = String::new();
    let mut n = c + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        col.insert(0, (b'A' + rem as u8) as char);
        n = (n - 1) / 26;
    }
    col
}

#[cfg(test)]
mod tests {
    #[test]
    fn cells_are_named_as_excel_names_them() {
        assert_eq!(super::address(0, 0), "A1");
        assert_eq!(super::address(11, 4), "E12");
        assert_eq!(super::address(0, 26), "AA1");
    }
}
