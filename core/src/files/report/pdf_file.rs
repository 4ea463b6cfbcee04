//! The report as a print-ready PDF (A4 landscape): the kop surat, the title, the period and the
//! basis, the summary, then each table with its header repeated on every page, and the Kepala
//! OPD's signature block. After `%%EOF` the file carries the report's data as JSON and, last,
//! the seal over every byte before it.

use super::seal::OfficeKey;
use super::tables::{tables, Table};
use super::Report;
use crate::files::pdf::{self, Font, Page, HEIGHT, WIDTH};
use crate::files::print::{centered_lines, kop, number_pages, signature, MARGIN};
use crate::model::error::{Error, Result};

pub const DATA_PREFIX: &str = "%GILIRAN-DATA ";
pub const SEAL_PREFIX: &str = "%GILIRAN-SEAL ";
const ROW: f32 = 15.0;
const BOTTOM: f32 = HEIGHT - 40.0;

pub fn write(report: &Report, key: &OfficeKey) -> Result<Vec<u8>> {
    let json = serde_json::to_string(report).map_err(|e| Error::Conflict(format!("Data laporan tidak dapat disusun: {e}")))?;
    let mut body = pages(report)?;
    body.extend_from_slice(format!("{DATA_PREFIX}{json}\n").as_bytes());
    let seal = serde_json::to_string(&key.seal(&body)).map_err(|e| Error::Conflict(e.to_string()))?;
    body.extend_from_slice(format!("{SEAL_PREFIX}{seal}\n").as_bytes());
    Ok(body)
}

fn pages(report: &Report) -> Result<Vec<u8>> {
    let all = tables(report);
    let mut pages: Vec<Page> = Vec::new();
    let mut p = Page::default();
    let summary = &all[0];
    // The first page: kop surat, title, period, basis, the summary and the signature.
    let mut y = kop(&mut p, &report.letterhead) + 22.0;
    for (i, line) in summary.preamble.iter().skip(4).enumerate() {
        let (size, font) = if i == 0 { (12.0, Font::Bold) } else { (10.0, Font::Regular) };
        y = centered_lines(&mut p, y, size, font, line) + 14.0 - size * 1.25;
    }
    let top = y + 6.0;
    let end = table(&mut pages, &mut p, summary, top, 0.55);
    // The table takes the left 55% of the page: the signature block sits at its right, level
    // with the table's last rows.
    signature(&mut p, &report.letterhead, &report.signed_at, (end - 92.0).max(top));
    pages.push(std::mem::take(&mut p));
    for t in &all[1..] {
        let mut p = Page::default();
        let mut y = MARGIN + 10.0;
        p.text(MARGIN, y, 8.5, Font::Regular, &report.letterhead.opd);
        y += 16.0;
        // The table's name at the left, its period at the right, the name wrapping before it.
        let period_w = pdf::width(&t.preamble[2], 9.5, Font::Regular);
        let title = pdf::wrap(&t.preamble[1], WIDTH - 2.0 * MARGIN - period_w - 12.0, 11.0, Font::Bold);
        p.right(WIDTH - MARGIN, y, 9.5, Font::Regular, &t.preamble[2]);
        p.lines(MARGIN, y, 13.5, 11.0, Font::Bold, &title);
        y += 8.0 + 13.5 * (title.len() as f32 - 1.0);
        if t.rows.is_empty() {
            p.text(MARGIN, y + 16.0, 9.5, Font::Regular, "Tidak ada.");
            pages.push(p);
            continue;
        }
        // The evaluation's page begins with the trend charts, drawn as vectors.
        if t.sheet == super::tables::EVALUATION {
            if let Some(e) = &report.evaluation {
                y = crate::files::evaluation::charts(&mut p, &e.series, y + 14.0) + 6.0;
            }
        }
        table(&mut pages, &mut p, t, y, 1.0);
        pages.push(p);
    }
    number_pages(&mut pages);
    pdf::document(&pages, &format!("Laporan WFO/WFH {} {} s.d. {}", report.opd, report.from, report.to))
}

/// Draws `t` from `y` across `share` of the page width, starting new pages (header repeated)
/// as needed; returns where it ended on the current page. Every cell wraps in its column and
/// a row grows to its tallest cell: nothing is cut.
pub fn table(pages: &mut Vec<Page>, p: &mut Page, t: &Table, y: f32, share: f32) -> f32 {
    let usable = (WIDTH - 2.0 * MARGIN) * share;
    let size = if t.headers.len() > 12 { 7.0 } else { 8.5 };
    // Each column at least as wide as its widest word (a header's in bold), so "Non-ASN" or
    // "dihubungi" stay whole; the rest of the width in the table's proportions.
    let least: Vec<f32> = (0..t.headers.len())
        .map(|c| {
            let head = pdf::widest_word(t.headers[c], size, Font::Bold);
            let body = t.rows.iter().filter_map(|r| r.get(c)).map(|v| pdf::widest_word(&v.display(), size, Font::Regular));
            body.fold(head, f32::max) + 5.0
        })
        .collect();
    let share: Vec<f32> = t.widths.iter().map(|w| *w as f32).collect();
    let widths = pdf::columns(&share, &least, usable);
    let leading = size * 1.2;
    let wrap_row = |cells: &mut dyn Iterator<Item = String>, font: Font| -> Vec<Vec<String>> {
        cells.zip(&widths).map(|(v, w)| pdf::wrap(&v, w - 4.0, size, font)).collect()
    };
    let height = |cells: &[Vec<String>], least: f32| {
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1) as f32;
        least.max(leading * (lines - 1.0) + ROW)
    };
    let draw = |p: &mut Page, y: f32, cells: &[Vec<String>], font: Font, first: f32| {
        let mut x = MARGIN;
        for (lines, w) in cells.iter().zip(&widths) {
            p.lines(x + 2.0, y + first, leading, size, font, lines);
            x += w;
        }
    };
    let head = wrap_row(&mut t.headers.iter().map(|h| h.to_string()), Font::Bold);
    let head_h = height(&head, ROW + 4.0);
    let header = |p: &mut Page, y: f32| {
        p.rect_fill_gray(MARGIN, y, usable, head_h, 0.9);
        draw(p, y, &head, Font::Bold, 12.0);
        p.line(MARGIN, y + head_h, MARGIN + usable, y + head_h, 0.6);
        y + head_h
    };
    let mut y = header(p, y);
    for row in &t.rows {
        let cells = wrap_row(&mut row.iter().map(|v| v.display()), Font::Regular);
        let h = height(&cells, ROW);
        if y + h > BOTTOM {
            pages.push(std::mem::take(p));
            y = header(p, MARGIN);
        }
        draw(p, y, &cells, Font::Regular, 10.5);
        y += h;
        p.line(MARGIN, y, MARGIN + usable, y, 0.3);
    }
    y
}
