//! A day the office does not work: a national holiday or a cuti bersama.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    pub day: NaiveDate,
    pub name: String,
    /// `libur` (national holiday) or `cuti_bersama`.
    pub kind: String,
}
