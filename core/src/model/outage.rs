//! A system outage ("gangguan sistem"): a day, or some hours of it, when the e-presensi app or
//! the attendance machine failed for the office or one unit. Presence of those days comes from
//! the paper register; plan against actual does not count them against anyone, and the report
//! lists them so that nobody's allowance is cut by the outage.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outage {
    pub id: i64,
    pub day: NaiveDate,
    /// The unit whose system failed; `None`: the whole office.
    pub unit_id: Option<i64>,
    pub unit_name: Option<String>,
    /// The hours it lasted; both `None`: the whole day.
    pub from_time: Option<NaiveTime>,
    pub to_time: Option<NaiveTime>,
    /// Which system: `e-presensi`, `mesin presensi`, `jaringan`.
    pub system: String,
    pub note: String,
    /// Where the evidence is kept (the register's photo, the provider's notice).
    pub evidence: String,
}

impl Outage {
    /// Whether the outage covers `unit`'s whole day or some hours of it.
    pub fn covers(&self, day: NaiveDate, unit: i64) -> bool {
        self.day == day && self.unit_id.is_none_or(|u| u == unit)
    }

    /// In words: `Senin 07-12-2026, 07:00–10:00, e-presensi (seluruh kantor): server mati`.
    pub fn describe(&self) -> String {
        let hours = match (self.from_time, self.to_time) {
            (Some(a), Some(b)) => format!(", {}–{}", a.format("%H:%M"), b.format("%H:%M")),
            _ => String::new(),
        };
        let system = if self.system.is_empty() { "sistem presensi" } else { &self.system };
        let whom = self.unit_name.clone().unwrap_or_else(|| "seluruh kantor".into());
        format!("{} {}{hours}, {system} ({whom}): {}", super::dates::day_name(self.day), super::dates::short(self.day), self.note)
    }
}
