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
    /// Away with a reason known ahead: the planner must not count on the person that day.
    pub fn is_away(self) -> bool {
        matches!(self, Mark::Dl | Mark::Tb | Mark::S | Mark::I | Mark::C)
    }

    /// Worked that day (in the office or from home).
    pub fn is_working(self) -> bool {
        matches!(self, Mark::H | Mark::Wfh)
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
    }
}
