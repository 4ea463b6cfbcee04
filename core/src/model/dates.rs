//! Dates as Indonesian offices write them: `16-04-2024` in tables, `Selasa, 16 April 2024` in
//! headings. Input is accepted as `2024-04-16` or `16-04-2024`.

use chrono::{Datelike, NaiveDate, Weekday};

pub(crate) const MONTHS: [&str; 12] =
    ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

pub fn day_name(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "Senin",
        Weekday::Tue => "Selasa",
        Weekday::Wed => "Rabu",
        Weekday::Thu => "Kamis",
        Weekday::Fri => "Jumat",
        Weekday::Sat => "Sabtu",
        Weekday::Sun => "Minggu",
    }
}

/// `16-04-2024`
pub fn short(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// `16 April 2024`
pub fn long(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// `Selasa, 16 April 2024`
pub fn with_day(d: NaiveDate) -> String {
    format!("{}, {}", day_name(d), long(d))
}

/// The first and last day of `d`'s month: the period of the monthly counts (flags, notes).
pub fn month_of(d: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = d.with_day(1).unwrap_or(d);
    let last = (first + chrono::Months::new(1)).pred_opt().unwrap_or(d);
    (first, last)
}

/// Reads `2024-04-16` or `16-04-2024`; the error names the text and the expected forms.
pub fn parse(s: &str) -> Result<NaiveDate, String> {
    let t = s.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d-%m-%Y"))
        .map_err(|_| format!("Tanggal \"{t}\" tidak valid: tulis seperti 16-04-2024 atau 2024-04-16."))
}

/// The longest period handled at once: a year, so a typo in a year cannot hang the window.
const MAX_DAYS: i64 = 366;

/// Every date of `from..=to`, refusing a reversed or over-long period with a message.
pub fn days(from: NaiveDate, to: NaiveDate) -> crate::Result<Vec<NaiveDate>> {
    if to < from {
        return Err(crate::Error::invalid("to", format!("Tanggal akhir ({}) sebelum tanggal awal ({}).", short(to), short(from))));
    }
    if (to - from).num_days() >= MAX_DAYS {
        return Err(crate::Error::invalid("to", format!("Periode paling panjang {MAX_DAYS} hari; bagi menjadi beberapa periode.")));
    }
    Ok(from.iter_days().take_while(|d| *d <= to).collect())
}

/// `parse` for a named field of a form or a command, as the domain's error.
pub fn parse_field(field: &'static str, s: &str) -> crate::Result<NaiveDate> {
    parse(s).map_err(|m| crate::Error::invalid(field, m))
}

/// serde: a date written either way (files are shared by people, not only by programs).
pub(crate) fn de<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s = <String as serde::Deserialize>::deserialize(d)?;
    parse(&s).map_err(serde::de::Error::custom)
}

/// serde: an optional date written either way; null or "" is none.
pub(crate) fn de_opt<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match <Option<String> as serde::Deserialize>::deserialize(d)? {
        Some(s) if !s.trim().is_empty() => parse(&s).map(Some).map_err(serde::de::Error::custom),
        _ => Ok(None),
    }
}

keyed_enum! {
    /// A day of the week, as a circular names it ("hari Senin wajib WFO semua").
    Hari {
        Senin => "senin", "Senin";
        Selasa => "selasa", "Selasa";
        Rabu => "rabu", "Rabu";
        Kamis => "kamis", "Kamis";
        Jumat => "jumat", "Jumat", alias "jum'at";
        Sabtu => "sabtu", "Sabtu";
        Minggu => "minggu", "Minggu";
    }
}

impl Hari {
    pub fn of(d: chrono::NaiveDate) -> Hari {
        use chrono::Datelike;
        Hari::ALL[d.weekday().num_days_from_monday() as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_and_print_the_indonesian_way() {
        let d = parse("16-04-2024").unwrap();
        assert_eq!(d, parse("2024-04-16").unwrap());
        assert_eq!(short(d), "16-04-2024");
        assert_eq!(with_day(d), "Selasa, 16 April 2024");
        assert_eq!(parse("31-02-2024").unwrap_err(), "Tanggal \"31-02-2024\" tidak valid: tulis seperti 16-04-2024 atau 2024-04-16.");
    }
}
