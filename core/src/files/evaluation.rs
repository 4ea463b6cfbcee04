//! The printed evaluation of flexible work (A4 landscape PDF): the kop surat, the title and the
//! periods compared, the office's figures before and after, the three trend charts drawn as
//! vectors (the same series the Evaluasi screen draws), each unit's figures and the Kepala
//! OPD's recommendation, and the signature block (docs/domain.md, "Monitoring and evaluation").

use crate::files::pdf::{self, Font, Page, HEIGHT, WIDTH};
use crate::files::print::{centered_lines, kop, number_pages, signature, MARGIN};
use crate::files::report::{table_pdf, Table, Value};
use crate::model::dates;
use crate::model::error::{Error, Result};
use crate::model::Letterhead;
use crate::office::evaluation::{self, Evaluation, Line, Series};
use crate::store::Store;
use chrono::NaiveDate;

const ACCENT: (u8, u8, u8) = (31, 78, 140);
const RANGE: (u8, u8, u8) = (138, 109, 0);
const LATE: (u8, u8, u8) = (179, 38, 30);
const EARLY: (u8, u8, u8) = (106, 63, 160);
const OK: (u8, u8, u8) = (27, 110, 58);

/// One line of a chart: its name in the legend, colour, dashed or not, and its points.
struct Curve<'a> {
    name: &'a str,
    rgb: (u8, u8, u8),
    dash: Option<f32>,
    values: Vec<Option<f64>>,
}

/// A line chart in the box `x, y, w, h` (y downwards): a frame, three value marks on the
/// left, the first, middle and last label under it, each curve broken where it has no value,
/// and the legend under the labels.
fn chart(p: &mut Page, (x, y, w, h): (f32, f32, f32, f32), title: &str, labels: &[String], curves: &[Curve]) {
    p.text(x, y, 9.5, Font::Bold, title);
    let (left, top) = (x + 26.0, y + 10.0);
    let (pw, ph) = (w - 30.0, h - 46.0);
    let top_value = curves.iter().flat_map(|c| c.values.iter().flatten()).fold(0.0f64, |a, b| a.max(*b));
    let scale = if top_value <= 0.0 { 1.0 } else { (top_value * 1.1).ceil() };
    for i in 0..=2 {
        let v = scale * f64::from(i) / 2.0;
        let yy = top + ph - ph * i as f32 / 2.0;
        p.line(left, yy, left + pw, yy, if i == 0 { 0.6 } else { 0.2 });
        p.right(left - 3.0, yy + 3.0, 7.0, Font::Regular, &format!("{v:.0}"));
    }
    let n = labels.len().max(1);
    let at = |i: usize| left + if n == 1 { pw / 2.0 } else { pw * i as f32 / (n - 1) as f32 };
    for i in [0, n / 2, n - 1].into_iter().collect::<std::collections::BTreeSet<_>>() {
        if let Some(l) = labels.get(i) {
            p.centered(at(i), top + ph + 10.0, 7.0, Font::Regular, l);
        }
    }
    let mut lx = x;
    for c in curves {
        let mut run: Vec<(f32, f32)> = Vec::new();
        for (i, v) in c.values.iter().enumerate() {
            match v {
                Some(v) => run.push((at(i), top + ph - ph * (*v / scale) as f32)),
                None => p.polyline(std::mem::take(&mut run), 1.4, c.rgb, c.dash),
            }
        }
        if run.len() == 1 {
            let (px, py) = run[0];
            p.polyline(vec![(px - 2.0, py), (px + 2.0, py)], 2.0, c.rgb, None);
        }
        p.polyline(run, 1.4, c.rgb, c.dash);
        let ly = top + ph + 24.0;
        p.polyline(vec![(lx, ly - 3.0), (lx + 14.0, ly - 3.0)], 1.4, c.rgb, c.dash);
        p.text(lx + 17.0, ly, 7.5, Font::Regular, c.name);
        lx += 24.0 + pdf::width(c.name, 7.5, Font::Regular);
    }
}

/// The three charts of the series, side by side from `y`; returns where they end.
pub(crate) fn charts(p: &mut Page, s: &Series, y: f32) -> f32 {
    let w = (WIDTH - 2.0 * MARGIN - 40.0) / 3.0;
    let h = 150.0;
    let days: Vec<String> = s.days.iter().map(|d| d.date.format("%d-%m").to_string()).collect();
    let weeks: Vec<String> = s.weeks.iter().map(|w| w.label.clone()).collect();
    let value = |v: u32| Some(f64::from(v));
    chart(
        p,
        (MARGIN, y, w, h),
        "Pegawai di kantor per hari dan rentang SE",
        &days,
        &[
            Curve { name: "Di kantor", rgb: ACCENT, dash: None, values: s.days.iter().map(|d| value(d.in_office)).collect() },
            Curve { name: "Paling sedikit", rgb: RANGE, dash: Some(4.0), values: s.days.iter().map(|d| value(d.min)).collect() },
            Curve { name: "Paling banyak", rgb: RANGE, dash: Some(1.5), values: s.days.iter().map(|d| value(d.max)).collect() },
        ],
    );
    chart(
        p,
        (MARGIN + w + 20.0, y, w, h),
        "TL dan PSW per 100 hari hadir, per minggu",
        &weeks,
        &[
            Curve { name: "TL", rgb: LATE, dash: None, values: s.weeks.iter().map(|w| w.tl).collect() },
            Curve { name: "PSW", rgb: EARLY, dash: None, values: s.weeks.iter().map(|w| w.psw).collect() },
        ],
    );
    chart(
        p,
        (MARGIN + 2.0 * (w + 20.0), y, w, h),
        "Target tercapai (%), per minggu",
        &weeks,
        &[Curve { name: "Tercapai", rgb: OK, dash: None, values: s.weeks.iter().map(|w| w.targets).collect() }],
    );
    y + h
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

/// The figures of one line as table rows.
fn figure_rows(line: &Line) -> Vec<Vec<Value>> {
    line.figures
        .iter()
        .map(|f| {
            let bands = if f.bands_before.is_empty() { String::new() } else { format!("{} → {}", f.bands_before, f.bands_after) };
            vec![
                text(&format!("{} ({})", f.label, f.per)),
                text(&f.before_text),
                text(&f.after_text),
                text(&f.change_text),
                text(f.verdict),
                text(&bands),
            ]
        })
        .collect()
}

fn recommendation(line: &Line) -> String {
    line.recommendation.as_ref().map_or_else(
        || "belum ada".to_string(),
        |r| if r.note.is_empty() { r.choice.label().to_string() } else { format!("{}: {}", r.choice.label(), r.note) },
    )
}

/// The printed evaluation, pages and all.
pub fn pdf(e: &Evaluation, letterhead: &Letterhead, signed_at: &str) -> Result<Vec<u8>> {
    let mut pages: Vec<Page> = Vec::new();
    let mut p = Page::default();
    let y = kop(&mut p, letterhead) + 22.0;
    let y = centered_lines(&mut p, y, 12.0, Font::Bold, "EVALUASI PELAKSANAAN TUGAS KEDINASAN SECARA FLEKSIBEL");
    let y = centered_lines(&mut p, y, 10.0, Font::Regular, &e.title);
    let y =
        centered_lines(&mut p, y, 9.0, Font::Regular, "Pemantauan dan evaluasi menurut Peraturan Menteri PANRB Nomor 4 Tahun 2025") + 4.0;
    let y = charts(&mut p, &e.series, y) + 10.0;
    let office = Table {
        sheet: "Evaluasi",
        preamble: Vec::new(),
        headers: vec!["Seluruh kantor", "Sebelum", "Sesudah", "Perubahan", "Penilaian", "Pita 1/2/3/4"],
        widths: vec![40.0, 9.0, 9.0, 10.0, 10.0, 26.0],
        rows: figure_rows(&e.office),
        footer: Vec::new(),
    };
    let y = table_pdf(&mut pages, &mut p, &office, y, 1.0);
    p.text(MARGIN, y + 14.0, 9.0, Font::Regular, &format!("Rekomendasi Kepala OPD untuk seluruh kantor: {}", recommendation(&e.office)));
    pages.push(std::mem::take(&mut p));

    let mut y = MARGIN + 10.0;
    p.text(MARGIN, y, 8.5, Font::Regular, &letterhead.opd);
    y += 16.0;
    p.text(MARGIN, y, 11.0, Font::Bold, "Evaluasi per unit kerja");
    let pick = |l: &Line, key: &str| {
        l.figures.iter().find(|f| f.key == key).map(|f| format!("{} → {}", f.before_text, f.after_text)).unwrap_or_default()
    };
    let units = Table {
        sheet: "Evaluasi per unit",
        preamble: Vec::new(),
        headers: vec![
            "Unit kerja",
            "Di luar kantor (%)",
            "TL",
            "PSW",
            "TK",
            "Tidak dihubungi",
            "Target tercapai (%)",
            "Rekomendasi Kepala OPD",
        ],
        widths: vec![24.0, 9.0, 10.0, 10.0, 10.0, 10.0, 10.0, 30.0],
        rows: e
            .units
            .iter()
            .map(|l| {
                vec![
                    text(&l.unit),
                    text(&pick(l, "away")),
                    text(&pick(l, "tl")),
                    text(&pick(l, "psw")),
                    text(&pick(l, "tk")),
                    text(&pick(l, "unreached")),
                    text(&pick(l, "targets")),
                    text(&recommendation(l)),
                ]
            })
            .collect(),
        footer: Vec::new(),
    };
    let mut y = table_pdf(&mut pages, &mut p, &units, y + 8.0, 1.0);
    p.text(
        MARGIN,
        y + 14.0,
        8.0,
        Font::Regular,
        "TL dan PSW per 100 hari hadir, TK per 100 hari-orang, tidak dihubungi per 100 hari WFH; sebelum → sesudah.",
    );
    y += 30.0;
    if y + 110.0 > HEIGHT - 30.0 {
        pages.push(std::mem::take(&mut p));
        y = MARGIN + 20.0;
    }
    signature(&mut p, letterhead, signed_at, y);
    pages.push(p);
    number_pages(&mut pages);
    pdf::document(&pages, &format!("Evaluasi kerja fleksibel {}", e.title))
}

/// What was written.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Saved {
    pub bytes: usize,
    pub message: String,
}

/// Evaluates (periods as typed) and writes the printed evaluation to `path` (a `.pdf` the
/// clerk chose in the save dialog or named on the command line), signed as of `today`.
pub fn save(store: &mut Store, periods: [&str; 4], path: &std::path::Path, today: NaiveDate) -> Result<Saved> {
    if !path.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")) {
        return Err(Error::invalid("out", format!("Simpan evaluasi sebagai berkas .pdf (tertulis {}).", path.display())));
    }
    let e = evaluation::evaluate(store, periods[0], periods[1], periods[2], periods[3], today)?;
    let office = crate::office::profile::get(store)?;
    let city = if office.city.is_empty() { "…".to_string() } else { office.city.clone() };
    let bytes = pdf(&e, &office.letterhead(), &format!("{city}, {}", dates::long(today)))?;
    crate::files::file::write_whole(path, &bytes)?;
    Ok(Saved { bytes: bytes.len(), message: format!("Evaluasi disimpan ke {} ({} KB).", path.display(), bytes.len().div_ceil(1024)) })
}
