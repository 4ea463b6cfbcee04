//! The targets of an approved request's work plan (PermenPANRB 4/2025: a work plan with
//! measurable targets) and what became of each on a day away.

use serde::{Deserialize, Serialize};

keyed_enum! {
    /// What became of one target on a day away.
    Outcome {
        Met => "tercapai", "Tercapai";
        Partly => "sebagian", "Tercapai sebagian";
        NotMet => "tidak", "Tidak tercapai";
    }
}

impl Outcome {
    /// Its place in a count of (met, partly, not met).
    pub fn index(self) -> usize {
        match self {
            Outcome::Met => 0,
            Outcome::Partly => 1,
            Outcome::NotMet => 2,
        }
    }
}

/// The targets of a work plan: one per non-empty line, a leading `1.`, `1)`, `-` or `•`
/// left out ("1. Draf laporan triwulan selesai" is "Draf laporan triwulan selesai").
pub fn targets_of(work_plan: &str) -> Vec<String> {
    work_plan
        .lines()
        .map(|l| {
            let l = l.trim();
            let digits = l.chars().take_while(char::is_ascii_digit).count();
            let rest = &l[digits..];
            let l = if digits > 0 && rest.starts_with(['.', ')']) { &rest[1..] } else { l };
            l.trim_start_matches(['-', '•', '*']).trim().to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// One target of a day away and its outcome, if assessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetLine {
    pub no: u32,
    pub text: String,
    pub outcome: Option<Outcome>,
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_of_the_work_plan_is_a_target_its_number_left_out() {
        let plan = "1. Draf laporan triwulan selesai\n2) Rekap data SIASN\n\n- Rapat daring tim\n• Unggah dokumen";
        assert_eq!(targets_of(plan), ["Draf laporan triwulan selesai", "Rekap data SIASN", "Rapat daring tim", "Unggah dokumen"]);
        assert_eq!(targets_of("2026 rencana kerja"), ["2026 rencana kerja"], "a year is not a number to strip");
    }
}
