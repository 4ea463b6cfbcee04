//! Printed forms as PDF: the weekly schedule, one or more A4 landscape pages per unit with
//! the kop surat, the title, the circular it follows, the grid (headers repeated on every
//! page), the legend, daily counts and the Kepala OPD's signature block (UI.md).

use crate::pdf::{self, Font, Page, HEIGHT, WIDTH};
use crate::model::Letterhead;
use crate::roster::Week;

pub(crate) const MARGIN: f32 = 36.0;
const ROW: f32 = 18.0;

/// The kop surat across the top of a page; returns where the double rule ends.
pub(crate) fn kop(p: &mut Page, k: &Letterhead) -> f32 {
    let cx = WIDTH / 2.0;
    p.centered(cx, 44.0, 13.0, Font::Bold, &k.government);
    p.centered(cx, 62.0, 16.0, Font::Bold, &k.opd);
    p.centered(cx, 76.0, 9.0, Font::Regular, &k.contact);
    p.line(MARGIN, 84.0, WIDTH - MARGIN, 84.0, 2.0);
    p.line(MARGIN, 87.0, WIDTH - MARGIN, 87.0, 0.6);
    87.0
}

/// The Kepala OPD's signature block at the bottom right, its first line at `y` (about 90
/// points tall): place and date, jabatan, room for signature and stamp, name underlined,
/// pangkat, NIP.
pub(crate) fn signature(p: &mut Page, k: &Letterhead, signed_at: &str, y: f32) {
    let sx = WIDTH - MARGIN - 300.0;
    let mut sy = y;
    let jabatan = format!("{},", if k.signer_jabatan.is_empty() { "Kepala OPD" } else { &k.signer_jabatan });
    for line in [signed_at, jabatan.as_str()] {
        p.text(sx, sy, 10.0, Font::Regular, &pdf::fit(line, 300.0, 10.0, Font::Regular));
        sy += 13.0;
    }
    sy += 34.0;
    let name = if k.signer_name.is_empty() { "(nama Kepala OPD)" } else { &k.signer_name };
    p.text(sx, sy, 10.0, Font::Bold, name);
    p.line(sx, sy + 2.0, sx + pdf::width(name, 10.0, Font::Bold), sy + 2.0, 0.6);
    p.text(sx, sy + 12.0, 10.0, Font::Regular, &k.signer_pangkat);
    p.text(sx, sy + 24.0, 10.0, Font::Regular, &k.signer_nip);
}

/// "Halaman 1 dari 3" at the foot of every page.
pub(crate) fn number_pages(pages: &mut [Page]) {
    let total = pages.len();
    for (i, p) in pages.iter_mut().enumerate() {
        p.right(WIDTH - MARGIN, HEIGHT - 16.0, 8.5, Font::Regular, &format!("Halaman {} dari {total}", i + 1));
    }
}

/// The weekly schedule of `w` as a PDF file.
pub fn week_schedule(w: &Week) -> Vec<u8> {
    let mut pages: Vec<Page> = Vec::new();
    let nd = w.days.len();
    let (x_no, x_name, x_team) = (MARGIN, MARGIN + 24.0, MARGIN + 224.0);
    let x_days = MARGIN + 354.0;
    let day_w = if nd == 0 { 0.0 } else { (WIDTH - MARGIN - x_days) / nd as f32 };
    let header = |p: &mut Page, y: f32| {
        p.rect_fill_gray(MARGIN, y, WIDTH - 2.0 * MARGIN, ROW, 0.9);
        p.text(x_no + 3.0, y + 12.5, 9.0, Font::Bold, "No");
        p.text(x_name + 3.0, y + 12.5, 9.0, Font::Bold, "Nama / NIP");
        p.text(x_team + 3.0, y + 12.5, 9.0, Font::Bold, "Tim/Seksi");
        for (d, label) in w.day_labels.iter().enumerate() {
            p.centered(x_days + day_w * (d as f32 + 0.5), y + 12.5, 8.5, Font::Bold, label);
        }
        p.line(MARGIN, y, WIDTH - MARGIN, y, 0.8);
        p.line(MARGIN, y + ROW, WIDTH - MARGIN, y + ROW, 0.8);
        y + ROW
    };
    for u in &w.units {
        let mut p = Page::default();
        let mut y = kop(&mut p, &w.letterhead) + 22.0;
        p.centered(WIDTH / 2.0, y, 12.0, Font::Bold, "JADWAL PELAKSANAAN TUGAS KEDINASAN WFO/WFH");
        y += 15.0;
        p.centered(WIDTH / 2.0, y, 10.5, Font::Regular, &format!("{} — {}", u.unit_name, w.title));
        y += 13.0;
        let basis = if w.basis.is_empty() {
            "Sistem kerja normal: semua pegawai WFO".to_string()
        } else {
            format!("Berdasarkan {}", w.basis.join(" dan "))
        };
        p.centered(WIDTH / 2.0, y, 10.5, Font::Regular, &basis);
        y = header(&mut p, y + 10.0);
        let rows = u.rows.iter().enumerate().map(|(n, r)| {
            let cells: Vec<String> = r.cells.iter().zip(&r.locked).map(|(c, l)| format!("{}{}", if c.is_empty() { "·" } else { c }, if *l { "*" } else { "" })).collect();
            (format!("{}", n + 1), r.name.clone(), r.id_display.clone(), r.team.clone(), cells, false)
        });
        let counts = std::iter::once((
            String::new(),
            crate::roster::COUNTS_LABEL.to_string(),
            String::new(),
            String::new(),
            u.counts.clone(),
            true,
        ));
        for (no, name, nip, team, cells, bold) in rows.chain(counts) {
            if y + ROW > HEIGHT - 60.0 {
                pages.push(std::mem::take(&mut p));
                y = header(&mut p, MARGIN);
            }
            let font = if bold { Font::Bold } else { Font::Regular };
            p.right(x_name - 4.0, y + 8.5, 8.5, Font::Regular, &no);
            p.text(x_name + 3.0, y + 8.5, 8.5, font, &pdf::fit(&name, 196.0, 8.5, font));
            if !nip.is_empty() {
                p.text(x_name + 3.0, y + 16.0, 6.5, Font::Regular, &nip);
            }
            p.text(x_team + 3.0, y + 11.5, 8.0, Font::Regular, &pdf::fit(&team, 124.0, 8.0, Font::Regular));
            for (d, c) in cells.iter().enumerate() {
                p.centered(x_days + day_w * (d as f32 + 0.5), y + 12.0, 9.0, Font::Bold, c);
            }
            y += ROW;
            p.line(MARGIN, y, WIDTH - MARGIN, y, 0.4);
        }
        // The legend, then the signature block at the bottom right (on a new page if needed).
        if y + 104.0 > HEIGHT - 26.0 {
            pages.push(std::mem::take(&mut p));
            y = MARGIN;
        }
        for (i, line) in w.legend.iter().enumerate() {
            p.text(MARGIN, y + 11.0 + 9.0 * i as f32, 7.5, Font::Regular, line);
        }
        signature(&mut p, &w.letterhead, &w.signed_at, y + 31.0);
        pages.push(p);
    }
    number_pages(&mut pages);
    pdf::document(&pages, &format!("Jadwal WFO/WFH {}", w.title))
}
