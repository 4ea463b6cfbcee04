//! What became of each target of a day away, and the unit head's confirmation of the day.

use super::Tx;
use crate::model::error::{DbContext, Error, Result};
use crate::model::targets::Outcome;
use chrono::NaiveDate;
use rusqlite::params;

/// One assessed target: person, day, its number in the work plan, outcome and line.
pub type OutcomeRow = (i64, NaiveDate, u32, Outcome, String);

impl Tx<'_> {
    /// Every assessed target of days in `from..=to`.
    pub fn target_outcomes(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<OutcomeRow>> {
        const CTX: &str = "membaca capaian target";
        let mut st = self
            .tx
            .prepare("SELECT staff_id, day, no, outcome, note FROM target_outcome WHERE day BETWEEN ?1 AND ?2 ORDER BY day, staff_id, no")
            .ctx(CTX)?;
        let rows = st
            .query_map(params![from, to], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, NaiveDate>(1)?, r.get::<_, u32>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?))
            })
            .ctx(CTX)?;
        let rows: Vec<(i64, NaiveDate, u32, String, String)> = rows.collect::<rusqlite::Result<_>>().ctx(CTX)?;
        rows.into_iter()
            .map(|(s, d, n, o, note)| {
                let o = Outcome::parse(&o).ok_or_else(|| Error::Conflict(format!("Capaian target \"{o}\" di basis data tidak dikenal")))?;
                Ok((s, d, n, o, note))
            })
            .collect()
    }

    /// Replaces the outcomes of one person's day; the confirmation goes with them (what was
    /// confirmed is no longer what is recorded).
    pub fn set_target_outcomes(&self, staff_id: i64, day: NaiveDate, outcomes: &[(u32, Outcome, String)]) -> Result<()> {
        const CTX: &str = "menyimpan capaian target";
        self.run("DELETE FROM target_outcome WHERE staff_id = ?1 AND day = ?2", params![staff_id, day]).ctx(CTX)?;
        self.run("DELETE FROM target_check WHERE staff_id = ?1 AND day = ?2", params![staff_id, day]).ctx(CTX)?;
        for (no, outcome, note) in outcomes {
            self.run(
                "INSERT INTO target_outcome (staff_id, day, no, outcome, note) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![staff_id, day, no, outcome.as_str(), note],
            )
            .ctx(CTX)?;
        }
        Ok(())
    }

    /// Who confirmed one person's day, if anyone.
    pub fn target_check(&self, staff_id: i64, day: NaiveDate) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        self.tx
            .query_row("SELECT by_name FROM target_check WHERE staff_id = ?1 AND day = ?2", params![staff_id, day], |r| r.get(0))
            .optional()
            .ctx("membaca konfirmasi capaian target")
    }

    pub fn confirm_targets(&self, staff_id: i64, day: NaiveDate, by: &str) -> Result<()> {
        self.run(
            "INSERT INTO target_check (staff_id, day, by_name) VALUES (?1, ?2, ?3)
             ON CONFLICT (staff_id, day) DO UPDATE SET by_name = excluded.by_name",
            params![staff_id, day, by],
        )
        .ctx("menyimpan konfirmasi capaian target")?;
        Ok(())
    }
}
