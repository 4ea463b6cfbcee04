//! The month's days worked away of everyone, as a workbook for e-Kinerja: one row per person
//! and day (NIP, name, unit, date, where, activity, targets), dates as dates, ready to filter.

use crate::model::error::{Error, Result};
use crate::office::ekinerja::{self, Month};
use crate::store::Store;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, XlsxError};
use std::path::Path;

const HEADERS: [(&str, f64); 7] = [
    ("NIP/NIK", 22.0),
    ("Nama", 32.0),
    ("Unit kerja", 30.0),
    ("Tanggal", 12.0),
    ("Tempat", 28.0),
    ("Kegiatan", 60.0),
    ("Rencana kerja dan target", 50.0),
];

/// What saving wrote.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Saved {
    pub path: String,
    pub people: usize,
    pub days: usize,
    pub message: String,
}

/// Writes the month of `day` (as typed) to `path` (.xlsx).
pub fn save(store: &mut Store, day: &str, path: &Path, today: NaiveDate) -> Result<Saved> {
    if !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx")) {
        return Err(Error::invalid("out", format!("Simpan lembar e-Kinerja sebagai .xlsx (tertulis {}).", path.display())));
    }
    let months = ekinerja::of_office(store, day, today)?;
    let opd = crate::office::profile::get(store)?.opd_name;
    let period = months.first().map(|m| m.period.clone()).unwrap_or_default();
    let bytes = workbook(&opd, &period, &months).map_err(|e| Error::Conflict(format!("Berkas Excel tidak dapat dibuat: {e}")))?;
    crate::files::file::write_whole(path, &bytes)?;
    let days = months.iter().map(|m| m.days.len()).sum();
    Ok(Saved {
        path: path.display().to_string(),
        people: months.len(),
        days,
        message: format!("Lembar e-Kinerja disimpan: {} ({} pegawai, {days} hari di luar kantor).", path.display(), months.len()),
    })
}

fn workbook(opd: &str, period: &str, months: &[Month]) -> std::result::Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("e-Kinerja")?;
    ws.set_landscape();
    ws.set_paper_size(9);
    let bold = Format::new().set_bold();
    let head = Format::new().set_bold().set_text_wrap().set_border(FormatBorder::Thin).set_background_color("E7EEF8");
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top).set_border(FormatBorder::Thin);
    let date = cell.clone().set_num_format("dd-mm-yyyy");
    ws.write_string_with_format(0, 0, opd, &bold)?;
    ws.write_string_with_format(1, 0, "Laporan kegiatan kerja di luar kantor untuk e-Kinerja", &bold)?;
    ws.write_string(2, 0, period)?;
    let top = 4;
    for (c, (h, w)) in HEADERS.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
        ws.write_string_with_format(top, c as u16, *h, &head)?;
    }
    ws.set_freeze_panes(top + 1, 0)?;
    let mut r = top + 1;
    for m in months {
        for d in &m.days {
            ws.write_string_with_format(r, 0, &m.id_display, &cell)?;
            ws.write_string_with_format(r, 1, &m.name, &cell)?;
            ws.write_string_with_format(r, 2, &m.unit_name, &cell)?;
            let when = ExcelDateTime::from_ymd(d.date.year() as u16, d.date.month() as u8, d.date.day() as u8)?;
            ws.write_datetime_with_format(r, 3, &when, &date)?;
            ws.write_string_with_format(r, 4, &d.place, &cell)?;
            ws.write_string_with_format(r, 5, if d.note.is_empty() { "(belum dicatat)" } else { &d.note }, &cell)?;
            ws.write_string_with_format(r, 6, &d.target, &cell)?;
            r += 1;
        }
    }
    if r > top + 1 {
        ws.autofilter(top, 0, r - 1, HEADERS.len() as u16 - 1)?;
    }
    wb.save_to_buffer()
}
