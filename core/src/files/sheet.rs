//! Tables read from the files offices exchange: CSV (comma, semicolon or tab, as Excel in an
//! Indonesian locale writes it; UTF-8, UTF-16 or the Windows-1252 of older Excel), .xlsx, .xls
//! and .ods. Every importer reads through here, so a broken file gets the same clear message
//! whichever screen it was chosen from.
//!
//! Cells keep what the spreadsheet stored: a number stays a number, so that an importer can
//! refuse an ID the spreadsheet turned into a number (and rounded) instead of taking the
//! rounded digits as an ID; a date without a time stays a date, so that it is never taken for
//! a punch at midnight.

use crate::model::error::{Error, Result};
use calamine::{open_workbook_auto, Data, DataType, Reader};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use std::path::Path;

/// A table read from a file: header texts and rows of cells (with the file's row numbers).
pub(crate) struct Table {
    pub headers: Vec<String>,
    /// The header's row number in the file (counting from 1).
    pub header_row: usize,
    /// The first non-empty rows of the file as text (`row number`, cells joined), so that the
    /// clerk can point at the header row when it was not found.
    pub top: Vec<(usize, String)>,
    /// Rows below the header with the file's row numbers (counting from 1, as the clerk sees
    /// them). Hidden rows and a column-numbering row are not among them.
    pub rows: Vec<(usize, Vec<Cell>)>,
    /// The sheet read (none for CSV), and the hidden sheets passed over to reach it.
    pub sheet: Option<String>,
    pub hidden_sheets: Vec<String>,
    /// The other visible sheets of the workbook, for the clerk to choose another.
    pub other_sheets: Vec<String>,
    /// Rows below the header that the workbook hides (an AutoFilter, or hidden by hand):
    /// left out, and said so.
    pub hidden_rows: Vec<usize>,
    /// A row under the header numbering the columns (`1 2 3 4 …`), left out.
    pub numbering_row: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Text(String),
    /// A number as the spreadsheet stored it (only 15 significant digits survive).
    Number(f64),
    Date(NaiveDate),
    Time(NaiveTime),
    DateTime(NaiveDateTime),
}

/// Above this a number cell has lost digits: spreadsheets keep 15 significant digits.
const EXACT_DIGITS: f64 = 1e15;

/// `t` as the clerk reads it: no-break spaces as spaces, invisible characters (zero-width
/// spaces and joiners, a stray byte-order mark, soft hyphens) removed, trimmed; and the
/// apostrophe that old SIMPEG exports put before a number to keep it text dropped.
pub(crate) fn clean(t: &str) -> String {
    let t: String = t
        .chars()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'))
        .map(|c| if matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}') { ' ' } else { c })
        .collect();
    let t = t.trim();
    match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit() || c == '+') => rest.trim().to_string(),
        _ => t.to_string(),
    }
}

impl Cell {
    /// The cell as text, as the clerk sees it in the sheet.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => clean(t),
            Cell::Number(f) if f.fract() == 0.0 && f.abs() < EXACT_DIGITS => format!("{}", *f as i64),
            Cell::Number(f) => format!("{f}"),
            Cell::Date(d) => d.format("%d-%m-%Y").to_string(),
            Cell::Time(t) => t.format("%H:%M:%S").to_string(),
            Cell::DateTime(d) => d.format("%d-%m-%Y %H:%M:%S").to_string(),
        }
    }

    /// The cell as an identifying number (NIP, NIK, machine ID): its text, or why it cannot
    /// be trusted. A long number stored as a number, or written in scientific notation, has
    /// been rounded by the spreadsheet: the real digits are gone and must be typed again.
    pub fn id_text(&self) -> std::result::Result<String, String> {
        let shown = self.text();
        let rounded = match self {
            Cell::Number(f) => f.fract() != 0.0 || f.abs() >= EXACT_DIGITS,
            Cell::Text(t) => is_scientific(t),
            _ => true,
        };
        if rounded {
            return Err(format!(
                "nomor \"{shown}\" tersimpan sebagai angka oleh aplikasi lembar kerja, sehingga digit terakhirnya \
                 hilang. Format kolom itu sebagai Teks, lalu ketik ulang nomornya."
            ));
        }
        Ok(shown.chars().filter(|c| !c.is_whitespace()).collect())
    }
}

/// `1.98503E+17`, `1,98503122010012E+17`: how a spreadsheet shows a long number.
fn is_scientific(t: &str) -> bool {
    let t = t.trim().to_ascii_uppercase();
    let Some((mantissa, exp)) = t.split_once('E') else { return false };
    let exp = exp.strip_prefix('+').unwrap_or(exp);
    !mantissa.is_empty()
        && mantissa.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && mantissa.chars().any(|c| c.is_ascii_digit())
        && !exp.is_empty()
        && exp.chars().all(|c| c.is_ascii_digit())
}

impl Table {
    /// The cell under `column` (a header index) of a row as text; empty when the row is short.
    pub fn cell(row: &[Cell], column: Option<usize>) -> String {
        column.and_then(|c| row.get(c)).map(Cell::text).unwrap_or_default()
    }

    /// The index of the column whose header is `name` (any case).
    pub fn column(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        (!name.is_empty()).then(|| self.headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name))).flatten()
    }
}

/// Which row holds the headers.
#[derive(Clone, Copy)]
pub(crate) enum HeaderRow<'a> {
    /// The first row (of the first 30) in which at least two cells are column names the
    /// importer knows; the first non-empty row when none is.
    Find(&'a dyn Fn(&str) -> bool),
    /// The row the clerk chose (counting from 1).
    At(usize),
    /// No header at all (a machine's raw log, e.g. ZKTeco's `attlog.dat`): every row is data,
    /// the columns are named "Kolom 1", "Kolom 2", ….
    None,
}

fn broken(path: &Path, why: impl std::fmt::Display) -> Error {
    Error::invalid("file", format!("Berkas {} tidak dapat dibaca: {why}", path.display()))
}

/// Why a workbook could not be opened, in the clerk's words (calamine's own text, "Zip error:
/// invalid Zip archive", is not theirs).
fn workbook_reason(e: &calamine::Error) -> String {
    use calamine::Error as E;
    match e {
        E::Io(io) => crate::model::error::io_reason(io),
        E::Xlsx(calamine::XlsxError::Zip(_)) | E::Ods(calamine::OdsError::Zip(_)) => {
            "isinya bukan lembar kerja yang utuh (rusak, terpotong, atau berkas lain yang diberi akhiran ini)".into()
        }
        E::Xlsx(calamine::XlsxError::Password) | E::Xls(calamine::XlsError::Password) => {
            "berkas ini dilindungi kata sandi; buka dan simpan tanpa kata sandi dulu".into()
        }
        E::Xls(_) => "berkas .xls ini tidak terbaca; buka di Excel atau LibreOffice lalu simpan sebagai .xlsx".into(),
        _ => "isinya tidak dapat dibaca sebagai lembar kerja; buka di Excel atau LibreOffice lalu simpan lagi sebagai .xlsx".into(),
    }
}

fn is_sheet_file(path: &Path) -> Option<bool> {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase().as_str() {
        "csv" | "txt" | "dat" => Some(false),
        "xlsx" | "xlsm" | "xls" | "ods" => Some(true),
        _ => None,
    }
}

/// The first sheet of a workbook, or the CSV file.
pub(crate) fn read_first(path: &Path, header: HeaderRow) -> Result<Table> {
    read(path, None, header)?.ok_or_else(|| broken(path, "tidak ada lembar kerja"))
}

/// The sheet named `sheet` (any case) of a workbook; `None` when there is no such sheet. A CSV
/// file is its own single sheet.
pub(crate) fn read_sheet(path: &Path, sheet: &str, header: HeaderRow) -> Result<Option<Table>> {
    read(path, Some(sheet), header)
}

/// Text of a CSV file in whatever encoding Excel or LibreOffice wrote it: UTF-8 (with or
/// without its byte-order mark), UTF-16 with a byte-order mark ("Unicode text"), else
/// Windows-1252 (Excel's "CSV" on an Indonesian Windows). Never a replacement character.
pub(crate) fn decode_text(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

fn cell_of(c: &Data) -> Cell {
    match c {
        Data::DateTime(d) if d.is_duration() => c.as_time().map(Cell::Time).unwrap_or_else(|| Cell::Text(c.to_string())),
        Data::DateTime(d) => {
            let v = d.as_f64();
            match d.as_datetime() {
                // A value below one day is a time of day only; a whole number of days is a date.
                Some(dt) if v < 1.0 => Cell::Time(dt.time()),
                Some(dt) if v.fract() == 0.0 => Cell::Date(dt.date()),
                Some(dt) => Cell::DateTime(dt),
                None => Cell::Text(c.to_string()),
            }
        }
        Data::DateTimeIso(s) => match (c.as_datetime(), s.contains('T')) {
            (Some(dt), true) if dt.num_seconds_from_midnight() > 0 => Cell::DateTime(dt),
            (Some(dt), _) => Cell::Date(dt.date()),
            (None, _) => c.as_date().map(Cell::Date).or_else(|| c.as_time().map(Cell::Time)).unwrap_or_else(|| Cell::Text(s.clone())),
        },
        Data::DurationIso(s) => c.as_time().map(Cell::Time).unwrap_or_else(|| Cell::Text(s.clone())),
        Data::Float(f) => Cell::Number(*f),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Empty => Cell::Text(String::new()),
        other => Cell::Text(other.to_string()),
    }
}

fn read(path: &Path, sheet: Option<&str>, header: HeaderRow) -> Result<Option<Table>> {
    let mut all: Vec<Vec<Cell>> = Vec::new();
    let (mut sheet_name, mut hidden_sheets, mut hidden) = (None, Vec::new(), std::collections::BTreeSet::new());
    let mut other_sheets = Vec::new();
    match is_sheet_file(path) {
        Some(false) => {
            let bytes = std::fs::read(path).map_err(|e| broken(path, crate::model::error::io_reason(&e)))?;
            let text = decode_text(&bytes);
            let delimiter = delimiter_of(&text);
            let mut rd = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
            // Newlines counted so far and up to which byte: each record counts only the bytes
            // since the last one, so a million punches read in linear time.
            let (bytes, mut counted, mut lines) = (text.as_bytes(), 0usize, 0usize);
            for rec in rd.records() {
                let rec = rec.map_err(|_| broken(path, "isinya bukan teks CSV yang dapat dibaca"))?;
                // Row numbers are the file's lines: the reader skips blank lines, which a
                // spreadsheet shows as empty rows.
                // (The reader's position of a record after a blank line is that line's start.)
                let line = rec.position().map_or(all.len() + 1, |p| {
                    let start = (p.byte() as usize..bytes.len()).find(|i| !matches!(bytes[*i], b'\n' | b'\r')).unwrap_or(bytes.len());
                    if start >= counted {
                        lines += bytes[counted..start].iter().filter(|b| **b == b'\n').count();
                        counted = start;
                    }
                    1 + lines
                });
                all.extend(std::iter::repeat_with(Vec::new).take(line.saturating_sub(all.len() + 1)));
                all.push(rec.iter().map(|c| Cell::Text(c.to_string())).collect());
            }
        }
        Some(true) => {
            let mut wb = open_workbook_auto(path).map_err(|e| broken(path, workbook_reason(&e)))?;
            // The clerk means a sheet they can see: an old list or last month's punches hidden
            // in front of it is passed over, and named.
            let visible: Vec<String> =
                wb.sheets_metadata().iter().filter(|s| s.visible == calamine::SheetVisible::Visible).map(|s| s.name.clone()).collect();
            hidden_sheets =
                wb.sheets_metadata().iter().filter(|s| s.visible != calamine::SheetVisible::Visible).map(|s| s.name.clone()).collect();
            let chosen = match sheet {
                None => visible.first().cloned(),
                Some(s) => visible.iter().find(|n| n.eq_ignore_ascii_case(s)).cloned(),
            };
            let Some(chosen) = chosen else {
                if sheet.is_none() && !hidden_sheets.is_empty() {
                    return Err(broken(
                        path,
                        format!("semua lembarnya tersembunyi ({}); tampilkan lembar yang dimaksud", hidden_sheets.join(", ")),
                    ));
                }
                return Ok(None);
            };
            if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm")) {
                hidden = crate::files::xlsx_rows::hidden_rows(path, &chosen).map_err(|e| broken(path, e))?;
            }
            other_sheets = visible.iter().filter(|n| **n != chosen).cloned().collect();
            sheet_name = Some(chosen.clone());
            let range = wb.worksheet_range(&chosen).map_err(|e| broken(path, workbook_reason(&e)))?;
            // The range starts at its first used cell; row numbers stay the file's own.
            let first_row = range.start().map_or(0, |(r, _)| r as usize);
            let first_col = range.start().map_or(0, |(_, c)| c as usize);
            all.extend(std::iter::repeat_with(Vec::new).take(first_row));
            for row in range.rows() {
                let mut cells: Vec<Cell> = std::iter::repeat_with(|| Cell::Text(String::new())).take(first_col).collect();
                cells.extend(row.iter().map(cell_of));
                all.push(cells);
            }
        }
        None => {
            return Err(Error::invalid(
                "file",
                format!("Berkas {}: gunakan .csv, .xlsx, .xls, .ods (atau .dat/.txt dari mesin presensi).", path.display()),
            ));
        }
    }
    let texts = |r: &[Cell]| r.iter().map(Cell::text).collect::<Vec<_>>();
    let numbered: Vec<(usize, Vec<Cell>)> =
        all.into_iter().enumerate().map(|(i, r)| (i + 1, r)).filter(|(_, r)| r.iter().any(|c| !c.text().is_empty())).collect();
    if numbered.is_empty() {
        return Err(Error::invalid("file", format!("Berkas {} kosong.", path.display())));
    }
    let top = numbered
        .iter()
        .take(12)
        .map(|(n, r)| (*n, texts(r).into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" | ")))
        .collect();
    let at = match header {
        HeaderRow::None => None,
        HeaderRow::At(n) => Some(
            numbered
                .iter()
                .position(|(row, _)| *row == n)
                .ok_or_else(|| Error::invalid("header_row", format!("Baris judul kolom {n} kosong atau tidak ada di berkas.")))?,
        ),
        HeaderRow::Find(known) => {
            Some(numbered.iter().take(30).position(|(_, r)| texts(r).iter().filter(|c| known(c)).count() >= 2).unwrap_or(0))
        }
    };
    let mut rows = numbered;
    let (header_row, headers) = match at {
        Some(at) => {
            let (n, head) = rows.remove(at);
            rows.drain(..at);
            (n, texts(&head))
        }
        // Headerless: every row is data, the columns are numbered.
        None => (0, (1..=rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0)).map(|i| format!("Kolom {i}")).collect()),
    };
    let hidden_rows: Vec<usize> = rows.iter().map(|(n, _)| *n).filter(|n| hidden.contains(n)).collect();
    rows.retain(|(n, _)| !hidden.contains(n));
    // Government forms number their columns under the header: 1 2 3 4 … is not a person.
    let numbering_row = rows.first().filter(|(_, r)| at.is_some() && is_numbering(r)).map(|(n, _)| *n);
    if numbering_row.is_some() {
        rows.remove(0);
    }
    Ok(Some(Table { headers, header_row, top, rows, sheet: sheet_name, hidden_sheets, other_sheets, hidden_rows, numbering_row }))
}

/// The delimiter of a CSV text: the one that splits the most of the first lines into the same
/// number of fields (a title line above the header has none; a name with its titles,
/// "Dr. Siti Aminah, S.E., M.Si.", adds commas to some rows only). Quoted text is not counted.
pub(crate) fn delimiter_of(text: &str) -> u8 {
    let count = |line: &str, d: char| {
        let mut quoted = false;
        line.chars()
            .filter(|c| {
                if *c == '"' {
                    quoted = !quoted;
                }
                !quoted && *c == d
            })
            .count()
    };
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(30).collect();
    [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| {
            let mut counts: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
            for l in &lines {
                let n = count(l, *d as char);
                if n > 0 {
                    *counts.entry(n).or_default() += 1;
                }
            }
            // Most lines agreeing, then the most fields.
            counts.into_iter().map(|(n, lines)| (lines, n)).max().unwrap_or((0, 0))
        })
        .unwrap_or(b',')
}

/// `1 2 3 4 …` (or `(1) (2) (3)`): a row numbering the columns.
fn is_numbering(row: &[Cell]) -> bool {
    let values: Vec<String> = row.iter().map(Cell::text).filter(|t| !t.is_empty()).collect();
    values.len() >= 3
        && values.iter().enumerate().all(|(i, v)| v.trim_matches(|c| c == '(' || c == ')').parse::<usize>().ok() == Some(i + 1))
}

impl Table {
    /// What was left out of the file, in the clerk's words, for the preview.
    pub fn notes(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let (Some(s), false) = (&self.sheet, self.hidden_sheets.is_empty()) {
            out.push(format!("Dibaca lembar \"{s}\"; lembar tersembunyi dilewati: {}.", self.hidden_sheets.join(", ")));
        }
        if !self.hidden_rows.is_empty() {
            out.push(format!(
                "{} baris tersembunyi (disaring atau disembunyikan) tidak diimpor: baris {}.",
                self.hidden_rows.len(),
                spans(&self.hidden_rows)
            ));
        }
        if let Some(n) = self.numbering_row {
            out.push(format!("Baris {n} berisi nomor kolom (1, 2, 3, …), bukan data; dilewati."));
        }
        out
    }
}

/// `3, 5–9, 12`
fn spans(rows: &[usize]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let mut j = i;
        while j + 1 < rows.len() && rows[j + 1] == rows[j] + 1 {
            j += 1;
        }
        out.push(if i == j { rows[i].to_string() } else { format!("{}–{}", rows[i], rows[j]) });
        i = j + 1;
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_is_not_utf8_is_read_as_windows_1252() {
        // "Sékar ’Ani" as Excel on Windows writes it.
        assert_eq!(decode_text(b"S\xe9kar \x92Ani"), "Sékar ’Ani");
        assert_eq!(decode_text("Sékar".as_bytes()), "Sékar");
        assert_eq!(decode_text(b"\xef\xbb\xbfNIP"), "NIP");
        assert_eq!(decode_text(b"\xff\xfeN\x00I\x00P\x00"), "NIP");
    }

    #[test]
    fn the_delimiter_is_the_one_most_lines_agree_on() {
        assert_eq!(delimiter_of("NIP;Nama;Telepon\n1;Dr. Siti Aminah, S.E., M.Si.;0812\n2;Budi, S.H.;0813\n"), b';');
        assert_eq!(delimiter_of("LAPORAN\nNIP,Nama,Telepon\n1,\"Siti, S.E.; M.Si.\",0812\n2,Budi,0813\n"), b',');
        assert_eq!(delimiter_of("a\tb\tc\n1\t2\t3\n"), b'\t');
    }

    #[test]
    fn invisible_characters_and_a_leading_apostrophe_are_not_part_of_a_value() {
        assert_eq!(clean("Sri\u{00a0}Wahyuni\u{200b} "), "Sri Wahyuni");
        assert_eq!(clean("'198503122010011003"), "198503122010011003");
        assert_eq!(clean("'s Gravenhage"), "'s Gravenhage");
    }

    #[test]
    fn long_numbers_and_scientific_notation_are_not_ids() {
        assert!(Cell::Number(198503122010012000.0).id_text().is_err());
        assert!(Cell::Number(6472012345678900.0).id_text().is_err());
        assert!(Cell::Text("1,98503E+17".into()).id_text().is_err());
        assert!(Cell::Text("6.4720123456789E+15".into()).id_text().is_err());
        assert_eq!(Cell::Number(57.0).id_text().unwrap(), "57");
        assert_eq!(Cell::Text("19850312 201001 2 003".into()).id_text().unwrap(), "198503122010012003");
        assert_eq!(Cell::Text("E12".into()).id_text().unwrap(), "E12");
    }
}
