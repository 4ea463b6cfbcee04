//! A small PDF writer for Giliran's printed forms: A4 pages of text and rules in the PDF base
//! fonts (Times), so a file prints the same on any office PC without embedding fonts.
//!
//! Text is written in WinAnsiEncoding, which covers Indonesian (Latin letters, en/em dash,
//! curly quotes); anything else becomes `?`. Widths use the Times metrics' average, close
//! enough for centring and for cutting text to a column.

use std::fmt::Write;

/// A4 landscape, in points.
pub const WIDTH: f32 = 841.89;
pub const HEIGHT: f32 = 595.28;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
}

/// One page being drawn; y grows downwards from the top edge, as on paper.
#[derive(Debug, Default, Clone)]
pub struct Page {
    ops: String,
}

impl Page {
    pub fn text(&mut self, x: f32, y: f32, size: f32, font: Font, s: &str) {
        let f = if font == Font::Bold { "F2" } else { "F1" };
        let _ = writeln!(self.ops, "BT /{f} {size:.1} Tf {x:.2} {:.2} Td ({}) Tj ET", HEIGHT - y, escape(s));
    }

    /// Text centred on `cx`.
    pub fn centered(&mut self, cx: f32, y: f32, size: f32, font: Font, s: &str) {
        self.text(cx - width(s, size, font) / 2.0, y, size, font, s);
    }

    /// Text ending at `right`.
    pub fn right(&mut self, right: f32, y: f32, size: f32, font: Font, s: &str) {
        self.text(right - width(s, size, font), y, size, font, s);
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, w: f32) {
        let _ = writeln!(self.ops, "{w:.2} w {x1:.2} {:.2} m {x2:.2} {:.2} l S", HEIGHT - y1, HEIGHT - y2);
    }

    pub fn rect_fill_gray(&mut self, x: f32, y: f32, w: f32, h: f32, gray: f32) {
        let _ = writeln!(self.ops, "q {gray:.2} g {x:.2} {:.2} {w:.2} {h:.2} re f Q", HEIGHT - y - h);
    }
}

/// Approximate width of `s` in points (Times: about 0.45 em a character, bold a bit wider).
pub fn width(s: &str, size: f32, font: Font) -> f32 {
    let per = if font == Font::Bold { 0.49 } else { 0.45 };
    s.chars().count() as f32 * size * per
}

/// `s` cut (with "…") to fit `max` points.
pub fn fit(s: &str, max: f32, size: f32, font: Font) -> String {
    if width(s, size, font) <= max {
        return s.to_string();
    }
    let mut out: String = String::new();
    for c in s.chars() {
        if width(&format!("{out}{c}…"), size, font) > max {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let b: u8 = match c {
            '(' | ')' | '\\' => {
                out.push('\\');
                c as u8
            }
            ' '..='~' => c as u8,
            '–' => 0x96,
            '—' => 0x97,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '…' => 0x85,
            '•' => 0x95,
            c if (0xA0..=0xFF).contains(&(c as u32)) => c as u8,
            _ => b'?',
        };
        if b < 0x80 {
            out.push(b as char);
        } else {
            let _ = write!(out, "\\{b:03o}");
        }
    }
    out
}

/// Serialises pages into a PDF file (uncompressed: small forms, and readable by any tool).
pub fn document(pages: &[Page], title: &str) -> Vec<u8> {
    let mut objects: Vec<String> = Vec::new();
    // 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then page/content pairs.
    let kids: Vec<String> = (0..pages.len()).map(|i| format!("{} 0 R", 6 + i * 2)).collect();
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), pages.len()));
    objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>".into());
    objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>".into());
    objects.push(format!("<< /Title ({}) /Producer (Giliran) >>", escape(title)));
    for (i, p) in pages.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
            7 + i * 2
        ));
        objects.push(format!("<< /Length {} >>\nstream\n{}endstream", p.ops.len(), p.ops));
    }
    let mut out: Vec<u8> = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    let mut tail = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for off in offsets {
        let _ = writeln!(tail, "{off:010} 00000 n ");
    }
    let _ = write!(tail, "trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1);
    out.extend_from_slice(tail.as_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_in_win_ansi() {
        assert_eq!(escape("a (b) \\ c"), "a \\(b\\) \\\\ c");
        assert_eq!(escape("5–9 Januari"), "5\\2269 Januari");
        assert_eq!(escape("日"), "?");
    }

    #[test]
    fn a_document_has_a_valid_cross_reference() {
        let mut p = Page::default();
        p.text(10.0, 20.0, 12.0, Font::Bold, "Halaman 1 dari 1");
        let pdf = document(&[p], "Uji");
        assert!(pdf.starts_with(b"%PDF-1.4"));
        let text = String::from_utf8_lossy(&pdf);
        let start: usize = text.rsplit("startxref\n").next().unwrap().lines().next().unwrap().parse().unwrap();
        assert_eq!(&pdf[start..start + 4], b"xref");
        assert!(fit("Dr. H. Ahmad Rizali Fahmi, S.Sos., M.Si.", 60.0, 10.0, Font::Regular).ends_with('…'));
    }
}
