//! A year's holidays as the clerk pastes them: the SKB 3 Menteri's table copied from its PDF,
//! or a small file with one date and name per line (docs/domain.md, "Holidays").
//!
//! Each line holds a date (`1 Januari 2028`, `1 Jan`, `01-01-2028`, `2028-01-01`) or several
//! (`4–6 Mei 2028`, `4, 5 dan 6 Mei`) and a name; a row number and a day name may come first,
//! as in the SKB's table, and the day name, when given, must be the date's. A line without a
//! digit is a heading: `Cuti Bersama` makes the lines after it cuti bersama, `Hari Libur
//! Nasional` national holidays; any other is shown as skipped. A name with "cuti bersama" in it
//! is one whatever the heading. Nothing is guessed: a line with digits but no date, a date
//! outside the year, or a day named wrongly is refused with its line number.

use crate::model::calendar::Holiday;
use crate::model::dates;
use crate::model::error::{Error, FieldError, Result};
use crate::model::Hari;
use crate::office::calendar;
use crate::store::Store;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// What an import would do, for the clerk to see before saving.
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub year: i32,
    pub entries: Vec<Holiday>,
    /// Each entry's day of the week, for the preview.
    pub day_names: Vec<&'static str>,
    /// Headings and other lines without a date, as written.
    pub skipped: Vec<String>,
    /// Days already in the calendar for that year that the list names differently.
    pub renamed: Vec<String>,
    /// Days already in the calendar for that year that the list does not name: they stay.
    pub kept: Vec<String>,
}

/// What was saved.
#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    pub year: i32,
    pub saved: usize,
    pub kept: usize,
}

/// A pasted list or a file's bytes as text: UTF-8 (with or without BOM), UTF-16, or the
/// Windows-1252 of an older Notepad or Excel.
pub fn text_of(bytes: &[u8]) -> String {
    super::sheet::decode_text(bytes)
}

/// Reads `text` as the list of `year` and compares it with the calendar.
pub fn preview(store: &mut Store, year: i32, text: &str) -> Result<Preview> {
    let (entries, skipped) = parse(year, text)?;
    let have = calendar::list(store, Some(year))?;
    let named: BTreeMap<NaiveDate, &Holiday> = entries.iter().map(|h| (h.day, h)).collect();
    let renamed = have
        .iter()
        .filter_map(|h| named.get(&h.day).filter(|n| n.name != h.name || n.kind != h.kind).map(|n| (h, n)))
        .map(|(old, new)| format!("{}: \"{}\" menjadi \"{}\"", dates::short(old.day), old.name, new.name))
        .collect();
    let kept = have.iter().filter(|h| !named.contains_key(&h.day)).map(|h| format!("{}: {}", dates::short(h.day), h.name)).collect();
    let day_names = entries.iter().map(|h| dates::day_name(h.day)).collect();
    Ok(Preview { year, entries, day_names, skipped, renamed, kept })
}

/// Saves the list of `year` in one step and records the year as known, from `source`.
pub fn import(store: &mut Store, year: i32, text: &str, source: &str) -> Result<Imported> {
    let p = preview(store, year, text)?;
    let source = source.trim();
    let source = if source.is_empty() { format!("Daftar yang dimasukkan petugas untuk tahun {year}") } else { source.to_string() };
    calendar::save_year(store, year, &p.entries, &source)?;
    Ok(Imported { year, saved: p.entries.len(), kept: p.kept.len() })
}

fn parse(year: i32, text: &str) -> Result<(Vec<Holiday>, Vec<String>)> {
    if !(1900..=2200).contains(&year) {
        return Err(Error::invalid("year", format!("Tahun {year} tidak valid.")));
    }
    let mut entries: Vec<Holiday> = Vec::new();
    let mut skipped = Vec::new();
    let mut errors = Vec::new();
    let mut cuti_section = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim().trim_start_matches('\u{feff}');
        if line.is_empty() {
            continue;
        }
        let lower = line.to_lowercase();
        if !line.chars().any(|c| c.is_ascii_digit()) || is_heading(line) {
            if lower.contains("cuti bersama") {
                cuti_section = true;
            } else if lower.contains("libur nasional") {
                cuti_section = false;
            }
            skipped.push(line.to_string());
            continue;
        }
        match parse_line(year, line) {
            Ok((days, name)) => {
                let kind = if cuti_section || name.to_lowercase().contains("cuti bersama") { "cuti_bersama" } else { "libur" };
                for day in days {
                    if let Some(dup) = entries.iter().find(|h| h.day == day) {
                        errors.push(format!("Baris {}: {} sudah ada ({}).", i + 1, dates::short(day), dup.name));
                        continue;
                    }
                    entries.push(Holiday { day, name: name.clone(), kind: kind.into() });
                }
            }
            Err(m) => errors.push(format!("Baris {}: {m}", i + 1)),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors.into_iter().map(|m| FieldError::new("list", m)).collect()));
    }
    if entries.is_empty() {
        return Err(Error::invalid("list", format!("Tidak ada tanggal yang terbaca untuk tahun {year}.")));
    }
    entries.sort_by_key(|h| h.day);
    Ok((entries, skipped))
}

/// Words of the SKB's own headings and title ("KEPUTUSAN BERSAMA …", "NOMOR 1016 TAHUN 2027",
/// "LAMPIRAN I", "I. HARI LIBUR NASIONAL TAHUN 2028"): a line holding one of them and no date
/// is a heading, not a holiday written wrongly.
const HEADING_WORDS: [&str; 10] =
    ["keputusan", "nomor", "lampiran", "tentang", "menteri", "libur nasional", "cuti bersama tahun", "salinan", "tahun 20", "tanggal hari"];

fn is_heading(line: &str) -> bool {
    let lower = line.to_lowercase();
    let has_date = line.split_whitespace().any(|w| month(w).is_some() || dates::parse(w.trim_matches(',')).is_ok());
    !has_date && HEADING_WORDS.iter().any(|h| lower.contains(h))
}

/// Holiday names that begin with a day's name: "Jumat Agung" is Good Friday, not "Agung" on a
/// Friday.
const NAMES_WITH_A_DAY: [&str; 4] = ["jumat agung", "kamis putih", "sabtu suci", "minggu paskah"];

/// One line: its dates and the name left once the dates, row number and day name are taken.
fn parse_line(year: i32, line: &str) -> std::result::Result<(Vec<NaiveDate>, String), String> {
    let cleaned: String = line.chars().map(|c| if matches!(c, '\t' | ';' | '|') { ' ' } else { c }).collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    // A numeric date as one word: 01-01-2028 or 2028-01-01.
    if let Some((k, d)) = words.iter().enumerate().find_map(|(k, w)| dates::parse(w.trim_matches(',')).ok().map(|d| (k, d))) {
        let rest = rest_of(&words, &[k]);
        return check(year, vec![d], rest, line);
    }
    // Day numbers followed by a month name, and perhaps a year.
    let month_at = words.iter().position(|w| month(w).is_some()).ok_or("tanggal tidak ditemukan (tulis seperti 1 Januari 2028).")?;
    let m = month(words[month_at]).unwrap_or(1);
    let mut days: Vec<u32> = Vec::new();
    let mut used = vec![month_at];
    // Leftwards from the month: a number (or `4-6`), and more while a comma, `dan` or a dash
    // joins them; `4 – 6` is a range. The row number before them is not joined.
    let mut k = month_at;
    let mut range_to: Option<u32> = None;
    while k > 0 {
        let w = words[k - 1].trim_end_matches(',');
        let nums: Option<Vec<u32>> = w.split(['-', '–']).map(|p| p.parse().ok()).collect();
        let Some(nums) = nums.filter(|n| n.iter().all(|x| (1..=31).contains(x))) else { break };
        match (nums.as_slice(), range_to.take()) {
            ([a], Some(b)) if *a < b => {
                days.pop();
                days.extend(*a..=b);
            }
            ([a, b], None) if a < b => days.extend(*a..=*b),
            ([a], None) => days.push(*a),
            _ => return Err(format!("rentang tanggal \"{w}\" tidak terbaca.")),
        }
        used.push(k - 1);
        k -= 1;
        if k == 0 {
            break;
        }
        let left = words[k - 1];
        if left.ends_with(',') {
            continue;
        }
        if left == "-" || left == "–" || left.eq_ignore_ascii_case("s.d.") || left.eq_ignore_ascii_case("s/d") {
            range_to = days.last().copied();
        } else if !left.eq_ignore_ascii_case("dan") {
            break;
        }
        used.push(k - 1);
        k -= 1;
    }
    if days.is_empty() {
        return Err(format!("tanggal sebelum \"{}\" tidak ditemukan.", words[month_at]));
    }
    let y = match words.get(month_at + 1).map(|w| w.trim_end_matches(',')).and_then(|w| w.parse::<i32>().ok()) {
        Some(y) if y >= 1900 => {
            used.push(month_at + 1);
            y
        }
        _ => year,
    };
    let mut out = Vec::new();
    for d in days {
        out.push(NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("{d} {} {y} tidak ada.", dates::MONTHS[m as usize - 1]))?);
    }
    out.sort();
    out.dedup();
    let rest = rest_of(&words, &used);
    check(year, out, rest, line)
}

/// The words not taken by the dates, without a leading row number and day names.
fn rest_of<'a>(words: &[&'a str], used: &[usize]) -> Vec<&'a str> {
    let mut rest: Vec<&str> = words.iter().enumerate().filter(|(k, _)| !used.contains(k)).map(|(_, w)| *w).collect();
    if rest.first().is_some_and(|w| w.trim_end_matches(['.', ')']).parse::<u32>().is_ok()) {
        rest.remove(0);
    }
    rest
}

/// The day names of the line must be the dates' own; the name must not be empty.
fn check(year: i32, days: Vec<NaiveDate>, rest: Vec<&str>, line: &str) -> std::result::Result<(Vec<NaiveDate>, String), String> {
    let mut named: Vec<Hari> = Vec::new();
    let mut name = Vec::new();
    let mut in_name = false;
    for (i, w) in rest.iter().copied().enumerate() {
        let bare = w.trim_matches(|c: char| c == ',' || c == '.' || c == '-' || c == '–' || c == '/');
        let phrase = rest.get(i + 1).map(|next| format!("{} {}", bare.to_lowercase(), next.to_lowercase()));
        if phrase.is_some_and(|p| NAMES_WITH_A_DAY.iter().any(|n| p.starts_with(n))) {
            in_name = true;
        }
        if let (Some(h), false) = (Hari::parse(bare), in_name) {
            named.push(h);
        } else if !(w == "-" || w == "–" || w.eq_ignore_ascii_case("s.d.") || w.eq_ignore_ascii_case("dan") && name.is_empty()) {
            name.push(w);
        }
    }
    if let Some(d) = days.iter().find(|d| d.year() != year) {
        return Err(format!("{} bukan tahun {year}.", dates::short(*d)));
    }
    // A day name per date, one for a single date, or the first and last of a range
    // ("4 – 6 Mei Kamis - Sabtu"): each must be its date's.
    let pairs: Vec<(NaiveDate, Hari)> = match (days.as_slice(), named.as_slice()) {
        (_, []) => Vec::new(),
        ([d], [h]) => vec![(*d, *h)],
        _ if named.len() == days.len() => days.iter().copied().zip(named.iter().copied()).collect(),
        ([first, .., last], [a, b]) => vec![(*first, *a), (*last, *b)],
        _ => {
            return Err(format!(
                "{} tanggal tetapi {} nama hari; tulis nama hari setiap tanggal, atau hari pertama dan terakhir rentangnya.",
                days.len(),
                named.len()
            ))
        }
    };
    if let Some((d, h)) = pairs.into_iter().find(|(d, h)| Hari::of(*d) != *h) {
        return Err(format!("{} jatuh pada hari {}, bukan {}.", dates::long(d), Hari::of(d).label(), h.label()));
    }
    let name = name.join(" ").trim_matches(|c: char| c == ',' || c == '-' || c == ':' || c.is_whitespace()).to_string();
    if name.is_empty() {
        return Err(format!("nama hari libur tidak ada pada \"{line}\"."));
    }
    Ok((days, name))
}

/// A month written out or shortened (`Januari`, `Jan`, `Agt`, `Agus`), 1-based.
fn month(w: &str) -> Option<u32> {
    let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    if w.len() < 3 {
        return None;
    }
    let short = [("agt", 8), ("ags", 8), ("peb", 2), ("nop", 11), ("okt", 10), ("des", 12)];
    if let Some((_, m)) = short.iter().find(|(s, _)| *s == w) {
        return Some(*m);
    }
    dates::MONTHS.iter().position(|m| m.to_lowercase().starts_with(&w)).map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        dates::parse(s).unwrap()
    }

    #[test]
    fn the_skb_table_pasted_from_its_pdf_reads_as_the_year_list() {
        let text = "HARI LIBUR NASIONAL\nNo Tanggal Hari Keterangan\n1. 1 Januari Sabtu Tahun Baru 2028 Masehi\n\
                    2. 26 Januari 2028 Rabu Tahun Baru Imlek 2579 Kongzili\nCUTI BERSAMA\n1 4 – 6 Mei Kamis - Sabtu Idulfitri\n\
                    2\t27-12-2028\tCuti Bersama Hari Raya Natal";
        let (list, skipped) = parse(2028, text).unwrap();
        let days: Vec<_> = list.iter().map(|h| (dates::short(h.day), h.name.as_str(), h.kind.as_str())).collect();
        assert_eq!(
            days,
            [
                ("01-01-2028".to_string(), "Tahun Baru 2028 Masehi", "libur"),
                ("26-01-2028".to_string(), "Tahun Baru Imlek 2579 Kongzili", "libur"),
                ("04-05-2028".to_string(), "Idulfitri", "cuti_bersama"),
                ("05-05-2028".to_string(), "Idulfitri", "cuti_bersama"),
                ("06-05-2028".to_string(), "Idulfitri", "cuti_bersama"),
                ("27-12-2028".to_string(), "Cuti Bersama Hari Raya Natal", "cuti_bersama"),
            ]
        );
        assert_eq!(skipped, ["HARI LIBUR NASIONAL", "No Tanggal Hari Keterangan", "CUTI BERSAMA"]);
        let (list, _) = parse(2028, "2, 3 dan 5 Juni: Cuti bersama").unwrap();
        assert_eq!(list.iter().map(|h| h.day).collect::<Vec<_>>(), [d("2028-06-02"), d("2028-06-03"), d("2028-06-05")]);
    }

    #[test]
    fn a_line_that_cannot_be_read_is_refused_with_its_number() {
        let err =
            parse(2028, "1 Januari 2028 Tahun Baru\n17 Agustos 2028 Kemerdekaan\n2 Januari 2027 Salah tahun\n1 Januari 2028 Rabu Dua kali")
                .unwrap_err();
        let Error::Invalid(f) = err else { panic!() };
        let m: Vec<_> = f.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            m,
            [
                "Baris 2: tanggal tidak ditemukan (tulis seperti 1 Januari 2028).",
                "Baris 3: 02-01-2027 bukan tahun 2028.",
                "Baris 4: 1 Januari 2028 jatuh pada hari Sabtu, bukan Rabu.",
            ]
        );
        assert!(parse(2028, "Hari libur\n").is_err(), "no date at all");
        assert!(parse(2028, "30 Februari Tidak ada").is_err());
    }

    #[test]
    fn a_range_names_its_first_and_last_day_and_a_day_in_a_name_stays_in_it() {
        // 4 May 2028 is a Thursday: "Senin - Rabu" is wrong and refused.
        let Error::Invalid(f) = parse(2028, "4 – 6 Mei 2028 Senin - Rabu Cuti bersama Idulfitri").unwrap_err() else { panic!() };
        assert_eq!(f[0].message, "Baris 1: 4 Mei 2028 jatuh pada hari Kamis, bukan Senin.");
        let (list, _) = parse(2028, "4 – 6 Mei 2028 Kamis - Sabtu Cuti bersama Idulfitri").unwrap();
        assert_eq!(list.len(), 3);
        let (list, _) = parse(2028, "14 April 2028 Jumat Agung").unwrap();
        assert_eq!(list[0].name, "Jumat Agung");
        let (list, _) = parse(2028, "14 April 2028 Jumat Jumat Agung").unwrap();
        assert_eq!(list[0].name, "Jumat Agung");
    }

    #[test]
    fn the_skbs_own_title_and_headings_are_skipped_not_refused() {
        let text = "KEPUTUSAN BERSAMA MENTERI AGAMA, MENTERI KETENAGAKERJAAN, DAN MENTERI PANRB\nNOMOR 1016 TAHUN 2027\n\
                    TENTANG HARI LIBUR NASIONAL DAN CUTI BERSAMA TAHUN 2028\nLAMPIRAN I\nI. HARI LIBUR NASIONAL TAHUN 2028\n\
                    1. 1 Januari Sabtu Tahun Baru 2028 Masehi\nII. CUTI BERSAMA TAHUN 2028\n1. 27 Desember Rabu Cuti Bersama Natal";
        let (list, skipped) = parse(2028, text).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].kind, "cuti_bersama");
        assert_eq!(skipped.len(), 6, "{skipped:?}");
    }
}
