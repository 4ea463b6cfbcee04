//! Shift groups (Kaltim 2020: "dengan cara shift"): a unit's staff split into named groups
//! that take turns in the office, by day, by week, or on fixed weekdays.

use crate::model::Hari;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// How a unit's groups take turns.
    ShiftPattern {
        Daily => "harian", "Bergantian tiap hari kerja";
        Weekly => "mingguan", "Bergantian tiap minggu";
        Weekdays => "hari", "Hari tetap per regu";
    }
}

/// One group: its name, its weekdays (pattern `hari` only) and its members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShiftGroup {
    pub name: String,
    #[serde(default)]
    pub days: Vec<Hari>,
    #[serde(default)]
    pub members: Vec<i64>,
}

/// A unit's shift setting: from `start` on, its groups take turns by `pattern`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitShift {
    pub unit_id: i64,
    pub pattern: ShiftPattern,
    #[serde(deserialize_with = "crate::model::dates::de")]
    pub start: NaiveDate,
    pub groups: Vec<ShiftGroup>,
}

impl UnitShift {
    /// The group a person belongs to.
    pub fn group_of(&self, staff_id: i64) -> Option<&ShiftGroup> {
        self.groups.iter().find(|g| g.members.contains(&staff_id))
    }

    /// `Bergantian tiap hari kerja sejak 07-12-2026: Regu A, Regu B` or
    /// `Hari tetap per regu: Regu A Senin, Rabu, Jumat; Regu B Selasa, Kamis`.
    pub fn describe(&self) -> String {
        match self.pattern {
            ShiftPattern::Weekdays => {
                let groups: Vec<String> = self
                    .groups
                    .iter()
                    .map(|g| format!("{} {}", g.name, g.days.iter().map(|h| h.label()).collect::<Vec<_>>().join(", ")))
                    .collect();
                format!("Shift, {}: {}", self.pattern.label().to_lowercase(), groups.join("; "))
            }
            _ => format!(
                "Shift, {} sejak {}: {}",
                self.pattern.label().to_lowercase(),
                crate::model::dates::short(self.start),
                self.groups.iter().map(|g| g.name.as_str()).collect::<Vec<_>>().join(", ")
            ),
        }
    }
}
