//! The Kepala OPD's recommendation per unit after an evaluation of flexible work (PermenPANRB
//! 4/2025 art. 35), kept with the evaluated period.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// The Kepala OPD's recommendation for a unit after the evaluation.
    Choice {
        Continue => "lanjutkan", "Lanjutkan";
        Adjust => "sesuaikan", "Lanjutkan dengan penyesuaian";
        Stop => "hentikan", "Hentikan";
    }
}

/// What the Kepala OPD wrote for a unit (or the office, `unit` empty) for an evaluated period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommendation {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The unit's name; empty for the whole office.
    pub unit: String,
    pub choice: Choice,
    pub note: String,
    pub by: String,
}
