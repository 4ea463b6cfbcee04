//! Giliran's printed forms as PDF: A4 landscape pages of text and rules.
//!
//! Text is set in Liberation Serif (SIL Open Font License, shipped in `core/fonts` with its
//! licence) and embedded as a subset by [krilla], so a name prints with its own letters (é, ’,
//! the en dash of "9–15 Februari") on any PC and a PDF reader extracts it as Unicode. A name
//! on an official document is never cut: [`wrap`] breaks text into lines that fit a column and
//! the forms let rows grow to hold them.

use std::sync::OnceLock;

use krilla::color::luma;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size};
use skrifa::MetadataProvider;

use crate::model::error::{Error, Result};

/// A4 landscape, in points.
pub const WIDTH: f32 = 841.89;
pub const HEIGHT: f32 = 595.28;

const REGULAR: &[u8] = include_bytes!("../../fonts/LiberationSerif-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../fonts/LiberationSerif-Bold.ttf");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
}

impl Font {
    fn bytes(self) -> &'static [u8] {
        match self {
            Font::Regular => REGULAR,
            Font::Bold => BOLD,
        }
    }

    /// Advance widths per character in em, read once from the font's own tables.
    fn metrics(self) -> &'static Metrics {
        static REGULAR_METRICS: OnceLock<Metrics> = OnceLock::new();
        static BOLD_METRICS: OnceLock<Metrics> = OnceLock::new();
        let cell = if self == Font::Bold { &BOLD_METRICS } else { &REGULAR_METRICS };
        cell.get_or_init(|| Metrics::read(self.bytes()))
    }
}

/// Each character's glyph and advance (in em), read from the font's own tables. The same
/// numbers place the glyphs on the page and measure text for wrapping, so a line is exactly
/// as wide as [`width`] says. Forms need no shaping: Latin text, one glyph per character.
struct Metrics {
    glyphs: std::collections::HashMap<char, (u32, f32)>,
    missing: f32,
}

impl Metrics {
    fn read(bytes: &'static [u8]) -> Metrics {
        let Ok(font) = skrifa::FontRef::new(bytes) else {
            return Metrics { glyphs: Default::default(), missing: 0.5 };
        };
        let upem = f32::from(font.metrics(Size::unscaled(), LocationRef::default()).units_per_em);
        let advances = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let glyphs = font
            .charmap()
            .mappings()
            .filter_map(|(c, g)| Some((char::from_u32(c)?, (g.to_u32(), advances.advance_width(g)? / upem))))
            .collect();
        let missing = advances.advance_width(skrifa::GlyphId::NOTDEF).map_or(0.5, |a| a / upem);
        Metrics { glyphs, missing }
    }

    /// The glyph and advance of `c`; a character the font lacks is its missing-glyph box.
    fn glyph(&self, c: char) -> (u32, f32) {
        self.glyphs.get(&c).copied().unwrap_or((0, self.missing))
    }

    /// `s` as glyphs placed one after another, each pointing back at its character.
    fn layout(&self, s: &str) -> Vec<KrillaGlyph> {
        s.char_indices()
            .map(|(i, c)| {
                let (id, advance) = self.glyph(c);
                KrillaGlyph::new(GlyphId::new(id), advance, 0.0, 0.0, 0.0, i..i + c.len_utf8(), None)
            })
            .collect()
    }
}

/// Width of `s` in points at `size`.
pub fn width(s: &str, size: f32, font: Font) -> f32 {
    let m = font.metrics();
    s.chars().map(|c| m.glyph(c).1).sum::<f32>() * size
}

/// The pieces a line may break between: words, and inside a word after a hyphen or a slash
/// ("Non-" "ASN", "065/" "3674/"), each with whether a space comes before it.
fn pieces(s: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    for word in s.split_whitespace() {
        let mut start = 0;
        for (i, c) in word.char_indices() {
            let end = i + c.len_utf8();
            if matches!(c, '-' | '/') && end < word.len() {
                out.push((start == 0, &word[start..end]));
                start = end;
            }
        }
        out.push((start == 0, &word[start..]));
    }
    out
}

/// `s` broken into lines no wider than `max` points: at spaces where it can, after a hyphen
/// or slash next, and between letters only when one piece alone is wider than the column.
/// Nothing is left out.
pub fn wrap(s: &str, max: f32, size: f32, font: Font) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (spaced, piece) in pieces(s) {
        let joined = if line.is_empty() {
            piece.to_string()
        } else if spaced {
            format!("{line} {piece}")
        } else {
            format!("{line}{piece}")
        };
        if width(&joined, size, font) <= max {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in piece.chars() {
            if !line.is_empty() && width(&format!("{line}{c}"), size, font) > max {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The width of the widest word of `s` (hyphens kept: "Non-ASN"), so a column can be made
/// wide enough that [`wrap`] breaks it only at spaces.
pub fn widest_word(s: &str, size: f32, font: Font) -> f32 {
    s.split_whitespace().map(|w| width(w, size, font)).fold(0.0, f32::max)
}

/// Column widths filling `usable` in the proportions `share`, except that no column is
/// narrower than its `least` (its widest unbreakable piece) while the others can give room.
pub fn columns(share: &[f32], least: &[f32], usable: f32) -> Vec<f32> {
    let total: f32 = share.iter().sum();
    let mut widths: Vec<f32> = share.iter().map(|s| s / total * usable).collect();
    if least.iter().sum::<f32>() > usable {
        return widths;
    }
    let mut held = vec![false; share.len()];
    loop {
        let fixed: f32 = (0..share.len()).filter(|&i| held[i]).map(|i| least[i]).sum();
        let free: f32 = (0..share.len()).filter(|&i| !held[i]).map(|i| share[i]).sum();
        for i in 0..share.len() {
            widths[i] = if held[i] { least[i] } else { share[i] / free * (usable - fixed) };
        }
        let short: Vec<usize> = (0..share.len()).filter(|&i| !held[i] && widths[i] < least[i]).collect();
        if short.is_empty() {
            return widths;
        }
        for i in short {
            held[i] = true;
        }
    }
}

#[derive(Debug, Clone)]
enum Op {
    Text { x: f32, y: f32, size: f32, font: Font, s: String },
    Line { x1: f32, y1: f32, x2: f32, y2: f32, w: f32 },
    Fill { x: f32, y: f32, w: f32, h: f32, gray: f32 },
    Path { points: Vec<(f32, f32)>, w: f32, rgb: (u8, u8, u8), dash: Option<f32> },
}

/// One page being drawn; y grows downwards from the top edge, as on paper, and a text's y is
/// its baseline.
#[derive(Debug, Default, Clone)]
pub struct Page {
    ops: Vec<Op>,
}

impl Page {
    pub fn text(&mut self, x: f32, y: f32, size: f32, font: Font, s: &str) {
        if !s.trim().is_empty() {
            self.ops.push(Op::Text { x, y, size, font, s: s.to_string() });
        }
    }

    /// Text centred on `cx`.
    pub fn centered(&mut self, cx: f32, y: f32, size: f32, font: Font, s: &str) {
        self.text(cx - width(s, size, font) / 2.0, y, size, font, s);
    }

    /// Text ending at `right`.
    pub fn right(&mut self, right: f32, y: f32, size: f32, font: Font, s: &str) {
        self.text(right - width(s, size, font), y, size, font, s);
    }

    /// `lines` one under the other from the baseline `y`, `leading` apart.
    pub fn lines(&mut self, x: f32, y: f32, leading: f32, size: f32, font: Font, lines: &[String]) {
        for (i, l) in lines.iter().enumerate() {
            self.text(x, y + leading * i as f32, size, font, l);
        }
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, w: f32) {
        self.ops.push(Op::Line { x1, y1, x2, y2, w });
    }

    pub fn rect_fill_gray(&mut self, x: f32, y: f32, w: f32, h: f32, gray: f32) {
        self.ops.push(Op::Fill { x, y, w, h, gray });
    }

    /// A line through `points` in colour `rgb`, dashed every `dash` points when given: the
    /// charts of the printed evaluation, drawn as vectors.
    pub fn polyline(&mut self, points: Vec<(f32, f32)>, w: f32, rgb: (u8, u8, u8), dash: Option<f32>) {
        if points.len() > 1 {
            self.ops.push(Op::Path { points, w, rgb, dash });
        }
    }
}

fn gray(level: f32) -> luma::Color {
    luma::Color::new((level.clamp(0.0, 1.0) * 255.0).round() as u8)
}

/// Serialises pages into a PDF file with the two faces embedded as subsets.
pub fn document(pages: &[Page], title: &str) -> Result<Vec<u8>> {
    let failed = |what: &str| Error::Conflict(format!("PDF tidak dapat disusun: {what}"));
    let regular = krilla::text::Font::new(REGULAR.into(), 0).ok_or_else(|| failed("huruf Liberation Serif tidak terbaca"))?;
    let bold = krilla::text::Font::new(BOLD.into(), 0).ok_or_else(|| failed("huruf Liberation Serif Bold tidak terbaca"))?;
    let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| failed("ukuran halaman"))?;
    let mut doc = krilla::Document::new();
    doc.set_metadata(Metadata::new().title(title.to_string()).producer("Giliran".to_string()).language("id".to_string()));
    for p in pages {
        let mut page = doc.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in &p.ops {
            match op {
                Op::Text { x, y, size, font, s } => {
                    surface.set_stroke(None);
                    surface.set_fill(Some(Fill::default()));
                    let f = if *font == Font::Bold { bold.clone() } else { regular.clone() };
                    surface.draw_glyphs(Point::from_xy(*x, *y), &font.metrics().layout(s), f, s, *size, false);
                }
                Op::Line { x1, y1, x2, y2, w } => {
                    let mut b = PathBuilder::new();
                    b.move_to(*x1, *y1);
                    b.line_to(*x2, *y2);
                    if let Some(path) = b.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke { width: *w, ..Stroke::default() }));
                        surface.draw_path(&path);
                    }
                }
                Op::Path { points, w, rgb, dash } => {
                    let mut b = PathBuilder::new();
                    for (i, (x, y)) in points.iter().enumerate() {
                        if i == 0 {
                            b.move_to(*x, *y);
                        } else {
                            b.line_to(*x, *y);
                        }
                    }
                    if let Some(path) = b.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            width: *w,
                            paint: krilla::color::rgb::Color::new(rgb.0, rgb.1, rgb.2).into(),
                            dash: dash.map(|d| krilla::paint::StrokeDash { array: vec![d, d * 0.7], offset: 0.0 }),
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                    }
                }
                Op::Fill { x, y, w, h, gray: level } => {
                    let mut b = PathBuilder::new();
                    b.move_to(*x, *y);
                    b.line_to(x + w, *y);
                    b.line_to(x + w, y + h);
                    b.line_to(*x, y + h);
                    b.close();
                    if let Some(path) = b.finish() {
                        surface.set_stroke(None);
                        surface.set_fill(Some(Fill { paint: gray(*level).into(), ..Fill::default() }));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| failed(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: &str = "Dr. H. Ahmad Rizali Fahmi, S.Sos., M.Si.";

    #[test]
    fn a_long_name_wraps_whole_and_never_loses_a_letter() {
        let lines = wrap(LONG, 90.0, 10.0, Font::Regular);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.join(" "), LONG);
        assert!(lines.iter().all(|l| width(l, 10.0, Font::Regular) <= 90.0), "{lines:?}");
        assert_eq!(wrap(LONG, 1000.0, 10.0, Font::Regular), vec![LONG.to_string()]);
    }

    #[test]
    fn a_word_wider_than_its_column_is_split_not_cut() {
        let word = "Kependudukan-dan-Pencatatan-Sipil";
        let lines = wrap(word, 40.0, 10.0, Font::Bold);
        assert!(lines.len() > 2);
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn a_hyphenated_word_breaks_after_its_hyphen() {
        let lines = wrap("Non-ASN", width("Non-A", 7.0, Font::Regular), 7.0, Font::Regular);
        assert_eq!(lines, ["Non-", "ASN"]);
        assert_eq!(wrap("Nomor 065/3674/B.Org", 1000.0, 10.0, Font::Regular), ["Nomor 065/3674/B.Org"]);
    }

    #[test]
    fn a_column_is_never_narrower_than_its_widest_word_while_others_can_give() {
        let w = columns(&[1.0, 1.0, 2.0], &[50.0, 10.0, 10.0], 100.0);
        assert_eq!(w[0], 50.0);
        assert!((w.iter().sum::<f32>() - 100.0).abs() < 0.01);
        assert!((w[2] - 2.0 * w[1]).abs() < 0.01, "{w:?}");
        // When the words cannot all fit, the proportions stand and words break.
        assert_eq!(columns(&[1.0, 1.0], &[80.0, 80.0], 100.0), [50.0, 50.0]);
    }

    #[test]
    fn widths_come_from_the_font() {
        // Liberation Serif is metric-compatible with Times: "W" is much wider than "i".
        assert!(width("W", 10.0, Font::Regular) > 3.0 * width("i", 10.0, Font::Regular));
        assert!(width("Nama", 10.0, Font::Bold) > width("Nama", 10.0, Font::Regular));
        assert!((width("é", 10.0, Font::Regular) - width("e", 10.0, Font::Regular)).abs() < 0.01);
    }

    #[test]
    fn a_document_embeds_its_fonts() {
        let mut p = Page::default();
        p.text(10.0, 20.0, 12.0, Font::Bold, "Halaman 1 dari 1 — 9–15 Februari");
        p.line(10.0, 30.0, 100.0, 30.0, 0.5);
        p.rect_fill_gray(10.0, 40.0, 50.0, 10.0, 0.9);
        let pdf = document(&[p], "Uji").unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.windows(9).any(|w| w == b"FontFile2"), "TrueType font program embedded");
    }
}
