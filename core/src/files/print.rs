//! Printed forms as PDF: the weekly schedule, one or more A4 landscape pages per unit with
//! the kop surat, the title, the circular it follows, the grid (headers repeated on every
//! page), the legend, daily counts and the Kepala OPD's signature block (docs/ui.md).

use crate::files::pdf::{self, Font, Page, HEIGHT, WIDTH};
use crate::model::error::{Error, Result};
use crate::model::Letterhead;
use crate::office::roster::{self, Week};
use crate::store::Store;
use chrono::NaiveDate;
use serde::Serialize;

pub(crate) const MARGIN: f32 = 36.0;
const ROW: f32 = 18.0;

/// `s` centred across the page between the margins, on as many lines as it needs, the first
/// baseline at `y`; returns the baseline after the last line.
pub(crate) fn centered_lines(p: &mut Page, y: f32, size: f32, font: Font, s: &str) -> f32 {
    let leading = size * 1.25;
    let mut y = y;
    for line in pdf::wrap(s, WIDTH - 2.0 * MARGIN, size, font) {
        p.centered(WIDTH / 2.0, y, size, font, &line);
        y += leading;
    }
    y
}

/// The kop surat across the top of a page; returns where the double rule ends.
pub(crate) fn kop(p: &mut Page, k: &Letterhead) -> f32 {
    let y = centered_lines(p, 44.0, 13.0, Font::Bold, &k.government) + 1.75;
    let y = centered_lines(p, y, 16.0, Font::Bold, &k.opd) - 6.0;
    let y = centered_lines(p, y, 9.0, Font::Regular, &k.contact) - 3.25;
    p.line(MARGIN, y, WIDTH - MARGIN, y, 2.0);
    p.line(MARGIN, y + 3.0, WIDTH - MARGIN, y + 3.0, 0.6);
    y + 3.0
}

/// Width of the signature block.
const SIGNATURE_W: f32 = 300.0;

/// The Kepala OPD's signature block at the bottom right, its first line at `y` (about 90
/// points tall, more when a line wraps): place and date, jabatan, room for signature and
/// stamp, name underlined, pangkat, NIP.
pub(crate) fn signature(p: &mut Page, k: &Letterhead, signed_at: &str, y: f32) {
    let sx = WIDTH - MARGIN - SIGNATURE_W;
    let mut sy = y;
    let jabatan = format!("{},", k.signer_jabatan);
    for text in [signed_at, jabatan.as_str()] {
        for line in pdf::wrap(text, SIGNATURE_W, 10.0, Font::Regular) {
            p.text(sx, sy, 10.0, Font::Regular, &line);
            sy += 13.0;
        }
    }
    sy += 34.0;
    for line in pdf::wrap(&k.signer_name, SIGNATURE_W, 10.0, Font::Bold) {
        p.text(sx, sy, 10.0, Font::Bold, &line);
        p.line(sx, sy + 2.0, sx + pdf::width(&line, 10.0, Font::Bold), sy + 2.0, 0.6);
        sy += 12.0;
    }
    for text in [&k.signer_pangkat, &k.signer_nip] {
        for line in pdf::wrap(text, SIGNATURE_W, 10.0, Font::Regular) {
            p.text(sx, sy, 10.0, Font::Regular, &line);
            sy += 12.0;
        }
    }
}

/// "Halaman 1 dari 3" at the foot of every page.
pub(crate) fn number_pages(pages: &mut [Page]) {
    let total = pages.len();
    for (i, p) in pages.iter_mut().enumerate() {
        p.right(WIDTH - MARGIN, HEIGHT - 16.0, 8.5, Font::Regular, &format!("Halaman {} dari {total}", i + 1));
    }
}

/// The printed week as text, laid out once for every printer: the PDF below and the window's
/// print preview (command `week_print`) both draw this, so they say the same.
#[derive(Debug, Clone, Serialize)]
pub struct WeekPrint {
    pub letterhead: Letterhead,
    pub title: &'static str,
    /// `No`, `Nama / NIP`, `Tim/Seksi`, then a label per day.
    pub headers: Vec<String>,
    /// One page (or run of pages) per unit.
    pub units: Vec<UnitPrint>,
    pub legend: Vec<String>,
    /// `Samarinda, 23 November 2026`.
    pub signed_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnitPrint {
    /// `Sekretariat — Minggu ke-2 (5–11 Januari 2026)`
    pub subtitle: String,
    /// `Berdasarkan SE …`, or the normal system of work.
    pub basis: String,
    pub rows: Vec<PrintRow>,
    /// The unit's shift setting in words (`Shift, bergantian tiap hari kerja …`), or empty.
    pub shift: String,
    /// With shifts: the groups in the office each day, above the counts.
    pub on_duty: Option<PrintRow>,
    /// The daily counts under the grid, its name in `name`.
    pub counts: PrintRow,
}

#[derive(Debug, Clone, Serialize)]
pub struct PrintRow {
    pub no: String,
    pub name: String,
    pub nip: String,
    pub team: String,
    /// Per day: the code, `·` when not planned, `*` after a locked day.
    pub cells: Vec<String>,
}

/// The printed layout of `w`.
pub fn week_print(w: &Week) -> WeekPrint {
    let basis = if w.basis.is_empty() {
        "Sistem kerja normal: semua pegawai WFO".to_string()
    } else {
        format!("Berdasarkan {}", w.basis.join(" dan "))
    };
    let units = w
        .units
        .iter()
        .map(|u| UnitPrint {
            subtitle: format!("{} — {}", u.unit_name, w.title),
            basis: basis.clone(),
            rows: u
                .rows
                .iter()
                .enumerate()
                .map(|(n, r)| PrintRow {
                    no: (n + 1).to_string(),
                    name: r.name.clone(),
                    nip: r.id_display.clone(),
                    team: match (r.team.is_empty(), r.shift_group.is_empty()) {
                        (_, true) => r.team.clone(),
                        (true, false) => r.shift_group.clone(),
                        (false, false) => format!("{} ({})", r.team, r.shift_group),
                    },
                    cells: r
                        .cells
                        .iter()
                        .zip(&r.locked)
                        .map(|(c, l)| format!("{}{}", if c.is_empty() { "·" } else { c }, if *l { "*" } else { "" }))
                        .collect(),
                })
                .collect(),
            shift: u.shift.clone().unwrap_or_default(),
            on_duty: u.shift.as_ref().map(|_| PrintRow {
                no: String::new(),
                name: roster::ON_DUTY_LABEL.to_string(),
                nip: String::new(),
                team: String::new(),
                cells: u.on_duty.clone(),
            }),
            counts: PrintRow {
                no: String::new(),
                name: roster::COUNTS_LABEL.to_string(),
                nip: String::new(),
                team: String::new(),
                cells: u.counts.clone(),
            },
        })
        .collect();
    WeekPrint {
        letterhead: w.letterhead.clone(),
        title: "JADWAL PELAKSANAAN TUGAS KEDINASAN WFO/WFH",
        headers: ["No", "Nama / NIP", "Tim/Seksi"].iter().map(|h| h.to_string()).chain(w.day_labels.iter().cloned()).collect(),
        units,
        legend: w.legend.iter().map(|l| l.to_string()).collect(),
        signed_at: w.signed_at.clone(),
    }
}

/// The printed layout of the week `week_key` (`2026-W02`), signed `today`, for the window's
/// preview.
pub fn week_layout(store: &mut Store, week_key: &str, today: NaiveDate) -> Result<WeekPrint> {
    Ok(week_print(&roster::week(store, week_key, today)?))
}

/// One row of the weekly grid, its text already broken into lines.
struct GridRow {
    no: String,
    name: Vec<String>,
    nip: String,
    team: Vec<String>,
    cells: Vec<String>,
    bold: bool,
}

impl GridRow {
    const NAME_LEADING: f32 = 10.0;
    const TEAM_LEADING: f32 = 9.5;

    /// The row's height: one line of name and NIP fit the standard row; more lines grow it.
    fn height(&self) -> f32 {
        let name = 8.5 + Self::NAME_LEADING * (self.name.len() as f32 - 1.0) + if self.nip.is_empty() { 0.0 } else { 7.5 } + 2.5;
        let team = 8.5 + Self::TEAM_LEADING * (self.team.len() as f32 - 1.0) + 4.0;
        ROW.max(name).max(team)
    }
}

/// The weekly schedule of `w` as a PDF file.
pub fn week_schedule(w: &Week) -> Result<Vec<u8>> {
    let layout = week_print(w);
    let mut pages: Vec<Page> = Vec::new();
    let nd = layout.headers.len().saturating_sub(3);
    let (x_no, x_name, x_team) = (MARGIN, MARGIN + 24.0, MARGIN + 224.0);
    let x_days = MARGIN + 384.0;
    let (name_w, team_w) = (x_team - x_name - 6.0, x_days - x_team - 6.0);
    let day_w = if nd == 0 { 0.0 } else { (WIDTH - MARGIN - x_days) / nd as f32 };
    // A day's label ("Selasa 06-01-2026") takes two lines when a week of six or seven days
    // leaves its column narrow; the header grows with it.
    let labels: Vec<Vec<String>> = layout.headers.iter().skip(3).map(|l| pdf::wrap(l, day_w - 4.0, 8.5, Font::Bold)).collect();
    let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let head_h = ROW + 10.0 * (label_lines - 1.0);
    let header = |p: &mut Page, y: f32| {
        p.rect_fill_gray(MARGIN, y, WIDTH - 2.0 * MARGIN, head_h, 0.9);
        for (x, h) in [x_no, x_name, x_team].into_iter().zip(&layout.headers) {
            p.text(x + 3.0, y + 12.5, 9.0, Font::Bold, h);
        }
        for (d, label) in labels.iter().enumerate() {
            for (i, line) in label.iter().enumerate() {
                p.centered(x_days + day_w * (d as f32 + 0.5), y + 12.5 + 10.0 * i as f32, 8.5, Font::Bold, line);
            }
        }
        p.line(MARGIN, y, WIDTH - MARGIN, y, 0.8);
        p.line(MARGIN, y + head_h, WIDTH - MARGIN, y + head_h, 0.8);
        y + head_h
    };
    let grid_row = |r: &PrintRow, bold: bool| GridRow {
        no: r.no.clone(),
        name: pdf::wrap(&r.name, name_w, 8.5, if bold { Font::Bold } else { Font::Regular }),
        nip: r.nip.clone(),
        team: pdf::wrap(&r.team, team_w, 8.0, Font::Regular),
        cells: r.cells.clone(),
        bold,
    };
    for u in &layout.units {
        let mut p = Page::default();
        let y = kop(&mut p, &layout.letterhead) + 22.0;
        let y = centered_lines(&mut p, y, 12.0, Font::Bold, layout.title);
        let y = centered_lines(&mut p, y, 10.5, Font::Regular, &u.subtitle) - 0.125;
        let y = centered_lines(&mut p, y, 10.5, Font::Regular, &u.basis) - 13.125;
        let y = if u.shift.is_empty() { y } else { centered_lines(&mut p, y + 13.125, 10.0, Font::Regular, &u.shift) - 13.125 };
        let mut y = header(&mut p, y + 10.0);
        let footer = u.on_duty.iter().map(|r| grid_row(r, true)).chain(std::iter::once(grid_row(&u.counts, true)));
        let rows: Vec<GridRow> = u.rows.iter().map(|r| grid_row(r, false)).chain(footer).collect();
        // The legend and the signature block under the grid: they never stand alone on a page,
        // the last rows of the unit go with them.
        let legend: Vec<String> =
            layout.legend.iter().flat_map(|l| pdf::wrap(l, WIDTH - 2.0 * MARGIN - SIGNATURE_W - 20.0, 7.5, Font::Regular)).collect();
        let tail_h = (11.0 + 9.0 * legend.len() as f32).max(104.0);
        let keep = rows.len().min(3);
        let unit_line = u.subtitle.split(" — ").next().unwrap_or(&u.subtitle).to_string();
        let continued = |p: &mut Page| {
            p.text(MARGIN, MARGIN + 10.0, 10.0, Font::Bold, &format!("{unit_line} (lanjutan)"));
            header(p, MARGIN + 18.0)
        };
        for (i, r) in rows.iter().enumerate() {
            let h = r.height();
            let rest: f32 = rows[i..].iter().map(GridRow::height).sum();
            let with_tail = i >= rows.len() - keep && y + rest + tail_h > HEIGHT - 26.0;
            if y + h > HEIGHT - 60.0 || with_tail {
                pages.push(std::mem::take(&mut p));
                y = continued(&mut p);
            }
            let font = if r.bold { Font::Bold } else { Font::Regular };
            p.right(x_name - 4.0, y + 8.5, 8.5, Font::Regular, &r.no);
            p.lines(x_name + 3.0, y + 8.5, GridRow::NAME_LEADING, 8.5, font, &r.name);
            if !r.nip.is_empty() {
                p.text(x_name + 3.0, y + 8.5 + GridRow::NAME_LEADING * (r.name.len() as f32 - 1.0) + 7.5, 6.5, Font::Regular, &r.nip);
            }
            let team_y = if r.team.len() == 1 { y + h / 2.0 + 2.5 } else { y + 8.5 };
            p.lines(x_team + 3.0, team_y, GridRow::TEAM_LEADING, 8.0, Font::Regular, &r.team);
            for (d, c) in r.cells.iter().enumerate() {
                p.centered(x_days + day_w * (d as f32 + 0.5), y + h / 2.0 + 3.0, 9.0, Font::Bold, c);
            }
            y += h;
            p.line(MARGIN, y, WIDTH - MARGIN, y, 0.4);
        }
        // The legend at the left, then the signature block at the bottom right.
        p.lines(MARGIN, y + 11.0, 9.0, 7.5, Font::Regular, &legend);
        signature(&mut p, &layout.letterhead, &layout.signed_at, y + 31.0);
        pages.push(p);
    }
    number_pages(&mut pages);
    pdf::document(&pages, &format!("Jadwal WFO/WFH {}", w.title))
}

/// Writes the printed weekly schedule of `week` to `path` (chosen by the clerk in the save
/// dialog, or given on the command line).
pub fn save_week_pdf(store: &mut Store, week_key: &str, path: &std::path::Path, today: NaiveDate) -> Result<usize> {
    if !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
        return Err(Error::invalid("path", format!("Nama berkas harus berakhiran .pdf: {}", path.display())));
    }
    let w = roster::week(store, week_key, today)?;
    let bytes = week_schedule(&w)?;
    crate::files::file::write_whole(path, &bytes)?;
    Ok(bytes.len())
}
