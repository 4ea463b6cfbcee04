//! A person's planned day: WFO, WFH or away, maybe locked by the clerk; and what limits a
//! person on a day (away, or not in the office).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One day of one person, as docs/planner.md writes it: `O`, `H` or `-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Code {
    #[serde(rename = "O")]
    Office,
    #[serde(rename = "H")]
    Home,
    #[serde(rename = "-")]
    Away,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Office => "O",
            Code::Home => "H",
            Code::Away => "-",
        }
    }

    /// `WFO`, `WFH`, `-` as the grid and the sheets show it.
    pub fn label(self) -> &'static str {
        match self {
            Code::Office => "WFO",
            Code::Home => "WFH",
            Code::Away => "-",
        }
    }

    /// `O`/`WFO`, `H`/`WFH`, `-`; any case.
    pub fn parse(s: &str) -> Option<Code> {
        match s.trim().to_ascii_uppercase().as_str() {
            "O" | "WFO" => Some(Code::Office),
            "H" | "WFH" => Some(Code::Home),
            "-" => Some(Code::Away),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub staff_id: i64,
    pub day: NaiveDate,
    pub code: Code,
    pub locked: bool,
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
