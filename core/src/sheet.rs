//! Tables read from the files offices exchange: CSV (comma, semicolon or tab, as Excel in an
//! Indonesian locale writes it), .xlsx, .xls and .ods. Every importer reads through here, so a
//! broken file gets the same clear message whichever screen it was chosen from.

use crate::error::{Error, Result};
use calamine::{open_workbook_auto, Data, Reader};
use chrono::NaiveDateTime;
use std::path::Path;

/// A table read from a file: header texts and rows of cells (with the file's row numbers).
pub(crate) struct Table {
    pub headers: Vec<String>,
    /// Rows with the file's row numbers (counting from 1, as the clerk sees them).
    pub rows: Vec<(usize, Vec<Cell>)>,
}

pub(crate) enum Cell {
    Text(String),
    DateTime(NaiveDateTime),
}

impl Cell {
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.trim().to_string(),
            Cell::DateTime(d) => d.format("%Y-%m-%d %H:%M:%S").to_string(),
        }
    }
}

impl Table {
    /// The cell under `column` (a header index) of a row; empty when the row is short.
    pub fn cell(row: &[Cell], column: Option<usize>) -> &str {
        match column.and_then(|c| row.get(c)) {
            Some(Cell::Text(t)) => t.trim(),
            _ => "",
        }
    }

    /// The index of the column whose header is `name` (any case).
    pub fn column(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        (!name.is_empty()).then(|| self.headers.iter().position(|h| h.eq_ignore_ascii_case(name))).flatten()
    }
}

fn broken(path: &Path, why: impl std::fmt::Display) -> Error {
    Error::invalid("file", format!("Berkas {} tidak dapat dibaca: {why}", path.display()))
}

fn is_sheet_file(path: &Path) -> Option<bool> {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase().as_str() {
        "csv" | "txt" => Some(false),
        "xlsx" | "xlsm" | "xls" | "ods" => Some(true),
        _ => None,
    }
}

/// The first sheet of a workbook, or the CSV file.
pub(crate) fn read_first(path: &Path) -> Result<Table> {
    read(path, None)?.ok_or_else(|| broken(path, "tidak ada lembar kerja"))
}

/// The sheet named `sheet` (any case) of a workbook; `None` when there is no such sheet. A CSV
/// file is its own single sheet.
pub(crate) fn read_sheet(path: &Path, sheet: &str) -> Result<Option<Table>> {
    read(path, Some(sheet))
}

fn read(path: &Path, sheet: Option<&str>) -> Result<Option<Table>> {
    let mut all: Vec<Vec<Cell>> = Vec::new();
    match is_sheet_file(path) {
        Some(false) => {
            let bytes = std::fs::read(path).map_err(|e| broken(path, e))?;
            let text = String::from_utf8_lossy(&bytes);
            let first = text.lines().next().unwrap_or("");
            let delimiter = [b';', b'\t', b','].into_iter().max_by_key(|d| first.matches(*d as char).count()).unwrap_or(b',');
            let mut rd = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
            for rec in rd.records() {
                let rec = rec.map_err(|e| broken(path, e))?;
                all.push(rec.iter().map(|c| Cell::Text(c.trim_start_matches('\u{feff}').to_string())).collect());
            }
        }
        Some(true) => {
            let mut wb = open_workbook_auto(path).map_err(|e| broken(path, e))?;
            let names = wb.sheet_names();
            let chosen = match sheet {
                None => names.first().cloned(),
                Some(s) => names.iter().find(|n| n.eq_ignore_ascii_case(s)).cloned(),
            };
            let Some(chosen) = chosen else { return Ok(None) };
            let range = wb.worksheet_range(&chosen).map_err(|e| broken(path, e))?;
            for row in range.rows() {
                all.push(
                    row.iter()
                        .map(|c| match c {
                            Data::DateTime(d) => d.as_datetime().map(Cell::DateTime).unwrap_or(Cell::Text(c.to_string())),
                            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => Cell::Text(format!("{}", *f as i64)),
                            other => Cell::Text(other.to_string()),
                        })
                        .collect(),
                );
            }
        }
        None => {
            return Err(Error::invalid("file", format!("Berkas {}: gunakan .csv, .xlsx, .xls, atau .ods.", path.display())));
        }
    }
    // The header is the first non-empty row.
    let mut numbered = all.into_iter().enumerate().map(|(i, r)| (i + 1, r)).filter(|(_, r)| r.iter().any(|c| !c.text().is_empty()));
    let Some((_, header)) = numbered.next() else {
        return Err(Error::invalid("file", format!("Berkas {} kosong.", path.display())));
    };
    Ok(Some(Table { headers: header.iter().map(Cell::text).collect(), rows: numbered.collect() }))
}
