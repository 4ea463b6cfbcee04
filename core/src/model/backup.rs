//! What a backup file holds, as checked before an office is restored from it.

use serde::Serialize;

/// What a backup file holds, as checked before anything is replaced with it.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    pub schema_version: i64,
    pub staff: i64,
    pub units: i64,
    pub opd_name: String,
    pub bytes: u64,
}
