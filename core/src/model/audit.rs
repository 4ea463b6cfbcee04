//! The audit trail as stored: each change of a row, and the sealed actions that chain them.

use serde::Serialize;

/// One change as stored, with the action that sealed it (if any yet).
#[derive(Debug, Clone, Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub tbl: String,
    pub op: String,
    pub row_key: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub who: Option<String>,
    pub action: Option<String>,
}

/// One action's seal.
#[derive(Debug, Clone, Serialize)]
pub struct AuditAction {
    pub id: i64,
    pub at: String,
    pub who: String,
    pub action: String,
    pub first_row: i64,
    pub last_row: i64,
    pub hash: String,
}
