//! Office hours as the office sets them under Perpres 21/2023 (docs/domain.md, "Working
//! hours"): a start, an end (Friday later, for Friday prayers), the rest taken off each day,
//! the net hours a week the regulation asks (37.5), and dated seasons that replace them on
//! their days (Ramadan: 32.5 hours, start 08:00). Every figure is a setting: the regulation's
//! numbers are the defaults, the office's own decision may differ.

use crate::model::error::{Error, FieldError, Result};
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// Office hours and the late (TL) / early-leave (PSW) bands: band 1 is 1..=edges[0] minutes,
/// band 2 up to edges[1], band 3 up to edges[2], band 4 beyond or with no record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Hours {
    pub start: String,
    pub end: String,
    /// Friday often ends later (a longer midday break for Friday prayers).
    pub friday_end: String,
    pub bands: [u32; 3],
    /// Minutes of rest Monday–Thursday, not counted as work.
    pub rest: u32,
    /// Minutes of rest on Friday.
    pub friday_rest: u32,
    /// Net minutes of work a week the regulation asks (2250 = 37.5 hours).
    pub week_minutes: u32,
    /// Dated hours that replace the ones above on their days.
    pub seasons: Vec<Season>,
}

/// Hours for a dated span (Ramadan), set like the office's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Season {
    pub name: String,
    #[serde(deserialize_with = "typed_date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "typed_date")]
    pub to: NaiveDate,
    pub start: String,
    pub end: String,
    pub friday_end: String,
    pub rest: u32,
    pub friday_rest: u32,
    pub week_minutes: u32,
    /// The dates are the app's estimate, not yet from the government's decision.
    pub estimate: bool,
}

/// A date as the window sends what the clerk typed (`19-02-2026` or `2026-02-19`): one that
/// does not parse becomes [`NaiveDate::MIN`], which [`Hours::check`] refuses by name, so the
/// clerk reads which season's date is wrong instead of a decoding error.
fn typed_date<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<NaiveDate, D::Error> {
    let text = String::deserialize(d)?;
    Ok(crate::model::dates::parse(&text).unwrap_or(NaiveDate::MIN))
}

impl Default for Season {
    fn default() -> Self {
        ramadan("Ramadan", (2026, 2, 19), (2026, 3, 20))
    }
}

/// Perpres 21/2023's Ramadan hours as offices apply them: Monday–Thursday 08:00–15:00 with
/// half an hour's rest, Friday 08:00–15:30 with an hour: 32.5 hours a week.
fn ramadan(name: &str, from: (i32, u32, u32), to: (i32, u32, u32)) -> Season {
    let day = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    Season {
        name: name.into(),
        from: day(from),
        to: day(to),
        start: "08:00".into(),
        end: "15:00".into(),
        friday_end: "15:30".into(),
        rest: 30,
        friday_rest: 60,
        week_minutes: 1950,
        estimate: true,
    }
}

impl Default for Hours {
    fn default() -> Self {
        Hours {
            start: "07:30".into(),
            end: "16:00".into(),
            friday_end: "16:30".into(),
            bands: [30, 60, 90],
            rest: 60,
            friday_rest: 90,
            week_minutes: 2250,
            // The months of Ramadan around today, by the expected calendar: the clerk confirms
            // each against the government's decision (the mark goes when a date is edited).
            seasons: vec![
                ramadan("Ramadan 1446 H", (2025, 3, 1), (2025, 3, 30)),
                ramadan("Ramadan 1447 H", (2026, 2, 19), (2026, 3, 20)),
                ramadan("Ramadan 1448 H", (2027, 2, 8), (2027, 3, 9)),
            ],
        }
    }
}

/// The hours of one day, parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub rest: u32,
}

impl DayHours {
    /// Minutes of work the day asks, net of rest.
    pub fn net(&self) -> u32 {
        ((self.end - self.start).num_minutes().max(0) as u32).saturating_sub(self.rest)
    }
}

/// `07:30` or `07.30` (as Indonesian offices write it) or `7:30`.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let t = s.trim().replace('.', ":");
    NaiveTime::parse_from_str(&t, "%H:%M").or_else(|_| NaiveTime::parse_from_str(&t, "%H:%M:%S")).ok()
}

/// `37 jam 30 menit`, `32 jam 30 menit`, `45 menit`.
pub fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} menit"),
        (h, 0) => format!("{h} jam"),
        (h, m) => format!("{h} jam {m} menit"),
    }
}

/// The times of a week (ordinary or a season), as typed.
struct Times<'a> {
    what: String,
    field: &'static str,
    start: &'a str,
    end: &'a str,
    friday_end: &'a str,
    rest: u32,
    friday_rest: u32,
}

impl Times<'_> {
    fn check(&self, e: &mut Vec<FieldError>) -> Option<(NaiveTime, NaiveTime, NaiveTime)> {
        let mut time = |what: &str, text: &str| {
            let t = parse_time(text);
            if t.is_none() {
                e.push(FieldError::new(
                    self.field,
                    format!("{what}{} \"{}\" tidak valid: tulis JJ:MM, mis. 07:30.", self.what, text.trim()),
                ));
            }
            t
        };
        let (s, en, f) = (time("Jam masuk", self.start)?, time("Jam pulang", self.end)?, time("Jam pulang hari Jumat", self.friday_end)?);
        if en <= s || f <= s {
            e.push(FieldError::new(self.field, format!("Jam pulang{} harus sesudah jam masuk.", self.what)));
            return None;
        }
        let span = |to: NaiveTime| (to - s).num_minutes() as u32;
        if self.rest >= span(en) || self.friday_rest >= span(f) {
            e.push(FieldError::new(self.field, format!("Waktu istirahat{} lebih panjang dari jam kerja sehari.", self.what)));
            return None;
        }
        Some((s, en, f))
    }
}

impl Hours {
    fn times(&self) -> Times<'_> {
        Times {
            what: String::new(),
            field: "start",
            start: &self.start,
            end: &self.end,
            friday_end: &self.friday_end,
            rest: self.rest,
            friday_rest: self.friday_rest,
        }
    }

    /// Checks every field: the ordinary times, the bands, each season's dates and times, and
    /// that no two seasons share a day.
    pub fn check(&self) -> Result<()> {
        let mut e = Vec::new();
        self.times().check(&mut e);
        let [a, b, c] = self.bands;
        if !(a >= 1 && a < b && b < c) {
            e.push(FieldError::new("bands", format!("Batas pita keterlambatan harus naik, mis. 30, 60, 90 (tertulis {a}, {b}, {c}).")));
        }
        if self.week_minutes == 0 {
            e.push(FieldError::new("week_minutes", "Jam kerja seminggu wajib diisi (Perpres 21/2023: 37,5 jam)."));
        }
        for (i, s) in self.seasons.iter().enumerate() {
            let what = format!(" {}", if s.name.trim().is_empty() { format!("masa ke-{}", i + 1) } else { s.name.trim().to_string() });
            if s.name.trim().is_empty() {
                e.push(FieldError::new("seasons", format!("Nama{what} wajib diisi, mis. Ramadan 1447 H.")));
            }
            for (date, which) in [(s.from, "awal"), (s.to, "akhir")] {
                if date == NaiveDate::MIN {
                    e.push(FieldError::new("seasons", format!("Tanggal {which}{what} tidak valid: tulis seperti 19-02-2026.")));
                }
            }
            if s.to < s.from {
                e.push(FieldError::new("seasons", format!("Tanggal akhir{what} sebelum tanggal awalnya.")));
            }
            if let Some(o) = self.seasons[..i].iter().find(|o| o.from <= s.to && s.from <= o.to) {
                e.push(FieldError::new("seasons", format!("Masa{what} bertumpang tindih dengan {}.", o.name.trim())));
            }
            Times {
                what,
                field: "seasons",
                start: &s.start,
                end: &s.end,
                friday_end: &s.friday_end,
                rest: s.rest,
                friday_rest: s.friday_rest,
            }
            .check(&mut e);
        }
        if e.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(e))
        }
    }

    /// The season `d` falls in, if any.
    pub fn season_on(&self, d: NaiveDate) -> Option<&Season> {
        self.seasons.iter().find(|s| s.from <= d && d <= s.to)
    }

    /// The hours of day `d`: a season's on its days, else the ordinary ones; `None` when the
    /// setting does not parse (it is checked when saved).
    pub fn on(&self, d: NaiveDate) -> Option<DayHours> {
        let (start, end, friday_end, rest, friday_rest) = match self.season_on(d) {
            Some(s) => (&s.start, &s.end, &s.friday_end, s.rest, s.friday_rest),
            None => (&self.start, &self.end, &self.friday_end, self.rest, self.friday_rest),
        };
        let friday = d.weekday() == Weekday::Fri;
        Some(DayHours {
            start: parse_time(start)?,
            end: parse_time(if friday { friday_end } else { end })?,
            rest: if friday { friday_rest } else { rest },
        })
    }

    /// The net minutes a week `d` falls in asks: the season's or the ordinary figure.
    pub fn week_minutes_on(&self, d: NaiveDate) -> u32 {
        self.season_on(d).map_or(self.week_minutes, |s| s.week_minutes)
    }

    /// Whether the ordinary times add up to the week the regulation asks, in words: the clerk
    /// sees it when setting the hours.
    pub fn week_note(&self) -> String {
        let net = |start: &str, end: &str, friday_end: &str, rest: u32, friday_rest: u32| {
            let day = |to: &str| match (parse_time(start), parse_time(to)) {
                (Some(s), Some(t)) => (t - s).num_minutes().max(0) as u32,
                _ => 0,
            };
            4 * day(end).saturating_sub(rest) + day(friday_end).saturating_sub(friday_rest)
        };
        let line = |name: &str, got: u32, asked: u32| {
            let verdict = match got.cmp(&asked) {
                std::cmp::Ordering::Equal => "sesuai".to_string(),
                std::cmp::Ordering::Less => format!("kurang {} dari", duration(asked - got)),
                std::cmp::Ordering::Greater => format!("lebih {} dari", duration(got - asked)),
            };
            format!("{name}: Senin–Jumat {} bersih, {verdict} {} seminggu.", duration(got), duration(asked))
        };
        let mut out =
            vec![line("Jam kerja biasa", net(&self.start, &self.end, &self.friday_end, self.rest, self.friday_rest), self.week_minutes)];
        for s in &self.seasons {
            let mark = if s.estimate { " (tanggal perkiraan)" } else { "" };
            out.push(line(
                &format!("{}{mark}, {}–{}", s.name, crate::model::dates::short(s.from), crate::model::dates::short(s.to)),
                net(&s.start, &s.end, &s.friday_end, s.rest, s.friday_rest),
                s.week_minutes,
            ));
        }
        out.join("\n")
    }

    /// 1..=4 for `minutes` late or early; `None` when on time.
    pub fn band(&self, minutes: i64) -> Option<u8> {
        let [a, b, c] = self.bands.map(i64::from);
        match minutes {
            m if m <= 0 => None,
            m if m <= a => Some(1),
            m if m <= b => Some(2),
            m if m <= c => Some(3),
            _ => Some(4),
        }
    }

    /// The setting as saved: times written `HH:MM`; a season whose dates the clerk changed
    /// from the built-in estimate loses its mark.
    pub fn cleaned(&self) -> Hours {
        let mut clean = self.clone();
        let hhmm = |t: &mut String| *t = parse_time(t).map(|x| x.format("%H:%M").to_string()).unwrap_or_default();
        for t in [&mut clean.start, &mut clean.end, &mut clean.friday_end] {
            hhmm(t);
        }
        let built_in = Hours::default().seasons;
        for s in &mut clean.seasons {
            for t in [&mut s.start, &mut s.end, &mut s.friday_end] {
                hhmm(t);
            }
            s.name = s.name.trim().to_string();
            s.estimate = s.estimate && built_in.iter().any(|b| b.from == s.from && b.to == s.to);
        }
        clean.seasons.sort_by_key(|s| s.from);
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn perpres_21_2023_ordinary_week_is_thirty_seven_and_a_half_hours_net() {
        let h = Hours::default();
        assert!(
            h.week_note().starts_with("Jam kerja biasa: Senin–Jumat 37 jam 30 menit bersih, sesuai 37 jam 30 menit seminggu."),
            "{}",
            h.week_note()
        );
        assert!(h.week_note().contains(
            "Ramadan 1447 H (tanggal perkiraan), 19-02-2026–20-03-2026: Senin–Jumat 32 jam 30 menit bersih, sesuai 32 jam 30 menit"
        ));
        let monday = h.on(d("2026-12-07")).unwrap();
        assert_eq!((monday.start, monday.net()), (NaiveTime::from_hms_opt(7, 30, 0).unwrap(), 450));
        assert_eq!(h.on(d("2026-12-11")).unwrap().net(), 450, "Friday: 07:30–16:30 less 90 minutes");
    }

    #[test]
    fn in_ramadan_the_day_starts_at_eight_and_asks_six_and_a_half_hours() {
        let h = Hours::default();
        let day = h.on(d("2026-03-02")).unwrap();
        assert_eq!((day.start, day.net()), (NaiveTime::from_hms_opt(8, 0, 0).unwrap(), 390));
        assert_eq!(h.week_minutes_on(d("2026-03-02")), 1950);
        assert_eq!(h.week_minutes_on(d("2026-04-06")), 2250);
    }

    #[test]
    fn overlapping_seasons_and_a_rest_longer_than_the_day_are_refused_by_field() {
        let mut h = Hours::default();
        h.seasons.push(ramadan("Ramadan kedua", (2026, 3, 1), (2026, 3, 5)));
        h.rest = 600;
        let Err(Error::Invalid(e)) = h.check() else { panic!("diterima") };
        let said: Vec<String> = e.iter().map(|f| f.message.clone()).collect();
        assert!(said.contains(&"Waktu istirahat lebih panjang dari jam kerja sehari.".to_string()), "{said:?}");
        assert!(said.contains(&"Masa Ramadan kedua bertumpang tindih dengan Ramadan 1447 H.".to_string()), "{said:?}");
    }

    #[test]
    fn a_season_dated_by_the_clerk_is_no_longer_an_estimate() {
        let mut h = Hours::default();
        h.seasons[1].from = d("2026-02-18");
        let clean = h.cleaned();
        assert!(!clean.seasons[1].estimate);
        assert!(clean.seasons[0].estimate);
    }
}
