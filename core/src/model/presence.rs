//! What really happened each day: the e-presensi code of a person, the leave kind, the clock
//! times (docs/domain.md, "Presence"), and the calls that check WFH staff can be reached.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// The e-presensi codes of regional offices.
    Mark {
        H => "H", "Hadir (WFO)", alias "WFO";
        Wfh => "WFH", "Hadir dari rumah (WFH)";
        Dl => "DL", "Dinas luar";
        Tb => "TB", "Tugas belajar";
        S => "S", "Sakit";
        I => "I", "Izin";
        /// With its kind of leave.
        C => "C", "Cuti";
        Tk => "TK", "Tanpa keterangan";
    }
}

impl Mark {
    /// The key that records this code on the Presensi screen (H, W, D, T, S, I, C, K).
    pub fn shortcut(self) -> char {
        match self {
            Mark::Wfh => 'w',
            Mark::Tk => 'k',
            m => m.as_str().chars().next().map_or(' ', |c| c.to_ascii_lowercase()),
        }
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

/// A presence code as the Presensi screen uses it: its key and name, the key that records it,
/// whether the person worked (clock times apply) and whether it needs a kind of leave.
#[derive(Debug, Clone, Serialize)]
pub struct PresenceCode {
    pub key: &'static str,
    pub label: &'static str,
    pub shortcut: char,
    pub working: bool,
    pub needs_leave_kind: bool,
}

impl Mark {
    /// Every code with what the screen needs to know of it.
    pub fn codes() -> Vec<PresenceCode> {
        Mark::ALL
            .iter()
            .map(|m| PresenceCode {
                key: m.as_str(),
                label: m.label(),
                shortcut: m.shortcut(),
                working: m.is_working(),
                needs_leave_kind: *m == Mark::C,
            })
            .collect()
    }
}

keyed_enum! {
    /// Kinds of cuti (leave).
    LeaveKind {
        CT => "CT", "Cuti tahunan";
        CB => "CB", "Cuti besar";
        CS => "CS", "Cuti sakit";
        CM => "CM", "Cuti melahirkan";
        CAP => "CAP", "Cuti karena alasan penting";
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
    /// Where a WFH day was worked under an approved flexible-work request (kept as recorded).
    pub location: Option<crate::model::fwa::Location>,
    /// Where the person checked in, as an e-presensi app exports it: `Kantor Diskominfo
    /// (-0.4948, 117.1436)`; empty for a machine's punch or a day entered by hand.
    #[serde(default)]
    pub place: String,
    /// The apel codes an e-presensi app recorded, morning then afternoon: `HAP HAS`, `TAP`,
    /// `HAP CP`; empty when none was recorded.
    #[serde(default)]
    pub apel: String,
}

/// The apel codes of e-presensi exports: the morning's in the first column, the afternoon's in
/// the second. A missed apel is TAP (tidak apel pagi) or CP (cepat pulang: gone before the
/// afternoon apel).
pub const APEL_MORNING: [&str; 2] = ["HAP", "TAP"];
pub const APEL_AFTERNOON: [&str; 2] = ["HAS", "CP"];

/// Whether a record's apel codes include a missed apel.
pub fn apel_missed(apel: &str) -> u32 {
    apel.split_whitespace().filter(|c| *c == "TAP" || *c == "CP").count() as u32
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

keyed_enum! {
    /// How the plan and the record of a person-day part (plan against actual, `office::actual`).
    /// Keys are what scripts and the window use.
    Gap {
        /// Planned in the office; nothing recorded, or recorded TK.
        Absent => "absent", "Dijadwalkan WFO, tidak hadir";
        /// Planned in the office; recorded as working from home.
        WorkedAway => "worked_away", "Dijadwalkan WFO, tercatat WFH";
        /// Planned away (WFH, an approved request); no check-in recorded.
        NoCheckIn => "no_check_in", "Dijadwalkan WFH/WFA, tidak presensi";
        /// Approved dynamic hours; checked in after the latest start.
        LateStart => "late_start", "Jam dinamis, masuk setelah batasnya";
        /// Away under a circular with online presence windows (Kaltim 2026); no check-in
        /// recorded in one of them.
        MissedWindow => "missed_window", "Di luar kantor, presensi daring di luar jendela waktunya";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_by_its_key_its_name_or_an_alias_and_written_by_its_key() {
        assert_eq!(Mark::parse("wfo"), Some(Mark::H));
        assert_eq!(Mark::parse("Sakit"), Some(Mark::S));
        assert_eq!(Mark::parse("tk"), Some(Mark::Tk));
        assert_eq!(Mark::parse("X"), None);
        assert_eq!(serde_json::to_string(&Mark::Wfh).unwrap(), "\"WFH\"");
        assert_eq!(LeaveKind::parse("cap"), Some(LeaveKind::CAP));
        let codes: Vec<&str> = Mark::pick_list().iter().map(|c| c.key).collect();
        assert_eq!(codes, ["H", "WFH", "DL", "TB", "S", "I", "C", "TK"]);
        let keys: String = Mark::codes().iter().map(|c| c.shortcut).collect();
        assert_eq!(keys, "hwdtsick", "one key each, none twice");
    }
}
