//! A person's planned day: WFO, WFH or away, maybe locked by the clerk; and what limits a
//! person on a day (away, or not in the office).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// One day of one person, as docs/planner.md writes it: `O`, `H` or `-`; the grid and the
    /// sheets show `WFO`, `WFH`, `-`.
    Code {
        Office => "O", "WFO";
        Home => "H", "WFH";
        Away => "-", "-";
    }
}

impl Code {
    /// The key that writes this code in the week grid: O (kantor), W (WFH), - (tidak masuk).
    /// Not the stored key: `H` is "Hadir" on the Presensi screen, so it never means WFH here.
    pub fn shortcut(self) -> char {
        match self {
            Code::Office => 'o',
            Code::Home => 'w',
            Code::Away => '-',
        }
    }

    /// `(key typed, code)` for the window's grid.
    pub fn shortcuts() -> Vec<(char, &'static str)> {
        Self::ALL.iter().map(|c| (c.shortcut(), c.as_str())).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub staff_id: i64,
    pub day: NaiveDate,
    pub code: Code,
    pub locked: bool,
}

/// What a person asked for on a day (an approved request, a meeting): not a rule but a wish
/// the planner grants as far as the circular's range allows (docs/planner.md `want`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wish {
    pub staff_id: i64,
    pub day: NaiveDate,
    /// `Office` or `Home`.
    pub code: Code,
}

/// What limits a person on a day (docs/planner.md `off` / `no_wfo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    /// Away: leave, sick, official travel. Neither WFO nor WFH.
    Off,
    /// Works, but not in the office: symptomatic, or WFH by decision.
    NoWfo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    pub staff_id: i64,
    pub day: NaiveDate,
    pub limit: Limit,
    /// `Cuti tahunan`, `Sakit`, `Bergejala`...
    pub reason: String,
}
