//! The report as an Excel workbook: a sheet per section with frozen header rows, set widths and
//! an A4 landscape print set-up; numbers as numbers, dates as dates. A hidden sheet `_giliran`
//! carries the report's data as JSON with its seal.

use super::seal::OfficeKey;
use super::tables::{tables, Table, Value};
use super::{Report, FORMAT};
use crate::model::error::{Error, Result};
use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

/// The hidden sheet with the data; its first row is `[format, sha256, signature, key, chunks]`.
pub const DATA_SHEET: &str = "_giliran";
/// Excel keeps at most 32,767 characters in a cell.
pub const CHUNK: usize = 30_000;

fn xerr(e: XlsxError) -> Error {
    Error::Conflict(format!("Berkas Excel tidak dapat dibuat: {e}"))
}

/// Row of the header in a table's sheet (after the preamble and one empty row).
pub fn header_row(t: &Table) -> u32 {
    t.preamble.len() as u32 + 1
}

pub fn write(report: &Report, key: &OfficeKey) -> Result<Vec<u8>> {
    let json = serde_json::to_string(report).map_err(|e| Error::Conflict(format!("Data laporan tidak dapat disusun: {e}")))?;
    let seal = key.seal(json.as_bytes());
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(format!("Laporan WFO/WFH {} {} s.d. {}", report.opd, report.from, report.to))
            .set_company(report.opd.as_str())
            .set_author("Giliran"),
    );
    let styles = Styles::new();
    for t in tables(report) {
        let ws = wb.add_worksheet();
        sheet(ws, &t, &styles).map_err(xerr)?;
    }
    let data = wb.add_worksheet();
    data.set_name(DATA_SHEET).map_err(xerr)?;
    let chunks: Vec<&str> = chunks(&json);
    for (c, v) in [FORMAT, &seal.sha256, &seal.signature, &seal.public_key].iter().enumerate() {
        data.write_string(0, c as u16, *v).map_err(xerr)?;
    }
    data.write_number(0, 4, chunks.len() as f64).map_err(xerr)?;
    for (i, c) in chunks.iter().enumerate() {
        data.write_string(i as u32 + 1, 0, *c).map_err(xerr)?;
    }
    data.set_hidden(true);
    wb.save_to_buffer().map_err(xerr)
}

/// Lines a header takes in a column `width` characters wide, wrapped at spaces.
fn header_lines(header: &str, width: f64) -> usize {
    let room = (width - 1.0).max(1.0) as usize;
    let mut lines = 1;
    let mut used = 0;
    for word in header.split_whitespace() {
        let n = word.chars().count();
        if used > 0 && used + 1 + n > room {
            lines += 1;
            used = n;
        } else {
            used += if used > 0 { 1 + n } else { n };
        }
    }
    lines
}

/// `json` cut into cell-sized pieces at character boundaries.
fn chunks(json: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = json;
    while !rest.is_empty() {
        let mut end = rest.len().min(CHUNK);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

struct Styles {
    title: Format,
    bold: Format,
    header: Format,
    text: Format,
    date: Format,
    pct: Format,
    int: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            title: Format::new().set_bold().set_font_size(13),
            bold: Format::new().set_bold(),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color("DCE6F2")
                .set_border(FormatBorder::Thin),
            // Body cells are boxed, so that a count and the next column's text never run
            // together on paper ("0 Ya"); text wraps and its row grows instead of being cut.
            text: Format::new().set_text_wrap().set_align(FormatAlign::Top).set_border(FormatBorder::Thin),
            date: Format::new()
                .set_num_format("dd-mm-yyyy")
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::Top)
                .set_border(FormatBorder::Thin),
            pct: Format::new().set_num_format("0.0%").set_align(FormatAlign::Top).set_border(FormatBorder::Thin),
            int: Format::new()
                .set_num_format("#,##0")
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::Top)
                .set_border(FormatBorder::Thin),
        }
    }
}

fn sheet(ws: &mut Worksheet, t: &Table, st: &Styles) -> std::result::Result<(), XlsxError> {
    ws.set_name(t.sheet)?;
    ws.set_landscape();
    ws.set_paper_size(9); // A4
                          // Every sheet fits the page's width; the summary (with the signature block) is one page, so
                          // the name and NIP under the signature never land on a page of their own.
    ws.set_print_fit_to_pages(1, if t.footer.is_empty() { 0 } else { 1 });
    ws.set_margins(0.5, 0.5, 0.6, 0.6, 0.3, 0.3);
    ws.set_footer(format!("&L{}&RHalaman &P dari &N", t.sheet));
    for (r, line) in t.preamble.iter().enumerate() {
        let fmt = if r < 2 { &st.title } else { &st.bold };
        if !line.is_empty() {
            ws.write_string_with_format(r as u32, 0, line, fmt)?;
        }
    }
    let hr = header_row(t);
    for (c, h) in t.headers.iter().enumerate() {
        ws.write_string_with_format(hr, c as u16, *h, &st.header)?;
    }
    // Wrapped headers need a row tall enough for their lines (a row is one line high unless
    // told otherwise, and the printed header is clipped).
    let lines = t.headers.iter().zip(&t.widths).map(|(h, w)| header_lines(h, *w)).max().unwrap_or(1);
    ws.set_row_height(hr, 15.0 * lines as f64)?;
    for (c, w) in t.widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    for (i, row) in t.rows.iter().enumerate() {
        let r = hr + 1 + i as u32;
        for (c, v) in row.iter().enumerate() {
            let c = c as u16;
            match v {
                Value::Text(s) => {
                    ws.write_string_with_format(r, c, s, &st.text)?;
                }
                Value::Int(n) => {
                    ws.write_number_with_format(r, c, *n as f64, &st.int)?;
                }
                Value::Date(d) => {
                    let x = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    ws.write_datetime_with_format(r, c, &x, &st.date)?;
                }
                Value::Pct(p) => {
                    ws.write_number_with_format(r, c, *p, &st.pct)?;
                }
            }
        }
    }
    let first_footer = hr + 2 + t.rows.len() as u32;
    for (i, line) in t.footer.iter().enumerate() {
        if !line.is_empty() {
            let fmt = if i == 5 { &st.bold } else { &Format::new() };
            ws.write_string_with_format(first_footer + i as u32, 0, line, fmt)?;
        }
    }
    ws.set_freeze_panes(hr + 1, 0)?;
    ws.set_repeat_rows(hr, hr)?;
    Ok(())
}
