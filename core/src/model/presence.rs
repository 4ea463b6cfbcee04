//! What really happened each day: the e-presensi code of a person, the leave kind, the clock
//! times (docs/domain.md, "Presence"), and the calls that check WFH staff can be reached.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// The e-presensi codes of regional offices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mark {
    /// Hadir (WFO).
    H,
    /// Hadir dari rumah.
    #[serde(rename = "WFH")]
    Wfh,
    /// Dinas luar.
    #[serde(rename = "DL")]
    Dl,
    /// Tugas belajar.
    #[serde(rename = "TB")]
    Tb,
    /// Sakit.
    S,
    /// Izin.
    I,
    /// Cuti (with its kind).
    C,
    /// Tanpa keterangan.
    #[serde(rename = "TK")]
    Tk,
}

impl Mark {
    pub const ALL: [Mark; 8] = [Mark::H, Mark::Wfh, Mark::Dl, Mark::Tb, Mark::S, Mark::I, Mark::C, Mark::Tk];

    pub fn as_str(self) -> &'static str {
        match self {
            Mark::H => "H",
            Mark::Wfh => "WFH",
            Mark::Dl => "DL",
            Mark::Tb => "TB",
            Mark::S => "S",
            Mark::I => "I",
            Mark::C => "C",
            Mark::Tk => "TK",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Mark::H => "Hadir (WFO)",
            Mark::Wfh => "Hadir dari rumah (WFH)",
            Mark::Dl => "Dinas luar",
            Mark::Tb => "Tugas belajar",
            Mark::S => "Sakit",
            Mark::I => "Izin",
            Mark::C => "Cuti",
            Mark::Tk => "Tanpa keterangan",
        }
    }

    /// `H`, `WFH` (also `WFO` for H), `DL`...; any case.
    pub fn parse(s: &str) -> Option<Mark> {
        let t = s.trim().to_ascii_uppercase();
        if t == "WFO" {
            return Some(Mark::H);
        }
        Mark::ALL.into_iter().find(|m| m.as_str() == t)
    }

    /// Away with a reason known ahead: the planner must not count on the person that day.
    pub fn is_away(self) -> bool {
        matches!(self, Mark::Dl | Mark::Tb | Mark::S | Mark::I | Mark::C)
    }

    /// Worked that day (in the office or from home).
    pub fn is_working(self) -> bool {
        matches!(self, Mark::H | Mark::Wfh)
    }
}

/// Kinds of cuti (leave).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeaveKind {
    CT,
    CB,
    CS,
    CM,
    CAP,
}

impl LeaveKind {
    pub const ALL: [LeaveKind; 5] = [LeaveKind::CT, LeaveKind::CB, LeaveKind::CS, LeaveKind::CM, LeaveKind::CAP];

    pub fn as_str(self) -> &'static str {
        match self {
            LeaveKind::CT => "CT",
            LeaveKind::CB => "CB",
            LeaveKind::CS => "CS",
            LeaveKind::CM => "CM",
            LeaveKind::CAP => "CAP",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            LeaveKind::CT => "Cuti tahunan",
            LeaveKind::CB => "Cuti besar",
            LeaveKind::CS => "Cuti sakit",
            LeaveKind::CM => "Cuti melahirkan",
            LeaveKind::CAP => "Cuti karena alasan penting",
        }
    }

    pub fn parse(s: &str) -> Option<LeaveKind> {
        let t = s.trim().to_ascii_uppercase();
        LeaveKind::ALL.into_iter().find(|k| k.as_str() == t)
    }
}

/// One person's recorded day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub staff_id: i64,
    pub day: NaiveDate,
    pub code: Mark,
    pub leave_kind: Option<LeaveKind>,
    pub check_in: Option<NaiveTime>,
    pub check_out: Option<NaiveTime>,
    pub note: String,
}

/// One call to a WFH person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    pub id: i64,
    pub staff_id: i64,
    pub day: NaiveDate,
    /// `HH:MM`.
    pub at: String,
    pub reached: bool,
    pub note: String,
}
