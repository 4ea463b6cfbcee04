//! The report as a print-ready PDF (A4 landscape): the kop surat, the title, the period and the
//! basis, the summary, then each table with its header repeated on every page, and the Kepala
//! OPD's signature block. After `%%EOF` the file carries the report's data as JSON and, last,
//! the seal over every byte before it.

use super::seal::OfficeKey;
use super::tables::{tables, Table};
use super::Report;
use crate::error::{Error, Result};
use crate::pdf::{self, Font, Page, HEIGHT, WIDTH};
use crate::print::{kop, number_pages, signature, MARGIN};

pub const DATA_PREFIX: &str = "%GILIRAN-DATA ";
pub const SEAL_PREFIX: &str = "%GILIRAN-SEAL ";
const ROW: f32 = 15.0;
const BOTTOM: f32 = HEIGHT - 40.0;

pub fn write(report: &Report, key: &OfficeKey) -> Result<Vec<u8>> {
    let json = serde_json::to_string(report).map_err(|e| Error::Conflict(format!("Data laporan tidak dapat disusun: {e}")))?;
    let mut body = pages(report);
    body.extend_from_slice(format!("{DATA_PREFIX}{json}\n").as_bytes());
    let seal = serde_json::to_string(&key.seal(&body)).map_err(|e| Error::Conflict(e.to_string()))?;
    body.extend_from_slice(format!("{SEAL_PREFIX}{seal}\n").as_bytes());
    Ok(body)
}

fn pages(report: &Report) -> Vec<u8> {
    let all = tables(report);
    let mut pages: Vec<Page> = Vec::new();
    let mut p = Page::default();
    let summary = &all[0];
    // The first page: kop surat, title, period, basis, the summary and the signature.
    let mut y = kop(&mut p, &report.letterhead) + 22.0;
    for (i, line) in summary.preamble.iter().skip(4).enumerate() {
        let (size, font) = if i == 0 { (12.0, Font::Bold) } else { (10.0, Font::Regular) };
        p.centered(WIDTH / 2.0, y, size, font, &pdf::fit(line, WIDTH - 2.0 * MARGIN, size, font));
        y += 14.0;
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
        p.text(MARGIN, y, 11.0, Font::Bold, &t.preamble[1]);
        p.right(WIDTH - MARGIN, y, 9.5, Font::Regular, &t.preamble[2]);
        y += 8.0;
        if t.rows.is_empty() {
            p.text(MARGIN, y + 16.0, 9.5, Font::Regular, "Tidak ada.");
            pages.push(p);
            continue;
        }
        table(&mut pages, &mut p, t, y, 1.0);
        pages.push(p);
    }
    number_pages(&mut pages);
    pdf::document(&pages, &format!("Laporan WFO/WFH {} {} s.d. {}", report.opd, report.from, report.to))
}

/// Draws `t` from `y` across `share` of the page width, starting new pages (header repeated)
/// as needed; returns where it ended on the current page.
fn table(pages: &mut Vec<Page>, p: &mut Page, t: &Table, y: f32, share: f32) -> f32 {
    let usable = (WIDTH - 2.0 * MARGIN) * share;
    let total: f64 = t.widths.iter().sum();
    let widths: Vec<f32> = t.widths.iter().map(|w| (*w / total) as f32 * usable).collect();
    let size = if t.headers.len() > 12 { 7.0 } else { 8.5 };
    let header = |p: &mut Page, y: f32| {
        p.rect_fill_gray(MARGIN, y, usable, ROW + 4.0, 0.9);
        let mut x = MARGIN;
        for (h, w) in t.headers.iter().zip(&widths) {
            p.text(x + 2.0, y + 12.0, size, Font::Bold, &pdf::fit(h, w - 3.0, size, Font::Bold));
            x += w;
        }
        p.line(MARGIN, y + ROW + 4.0, MARGIN + usable, y + ROW + 4.0, 0.6);
        y + ROW + 4.0
    };
    let mut y = header(p, y);
    for row in &t.rows {
        if y + ROW > BOTTOM {
            pages.push(std::mem::take(p));
            y = header(p, MARGIN);
        }
        let mut x = MARGIN;
        for (v, w) in row.iter().zip(&widths) {
            p.text(x + 2.0, y + 10.5, size, Font::Regular, &pdf::fit(&v.display(), w - 3.0, size, Font::Regular));
            x += w;
        }
        y += ROW;
        p.line(MARGIN, y, MARGIN + usable, y, 0.3);
    }
    y
}
