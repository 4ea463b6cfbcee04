//! The schedule: one code per person and day.

use super::Tx;
use crate::error::{DbContext, Result};
use crate::schedule::{Assignment, Code};
use chrono::NaiveDate;
use rusqlite::params;

impl Tx<'_> {
    pub fn assignments_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Assignment>> {
        let mut st = self
            .tx
            .prepare("SELECT staff_id, day, code, locked FROM assignment WHERE day BETWEEN ?1 AND ?2 ORDER BY day, staff_id")
            .ctx("membaca jadwal")?;
        let rows = st
            .query_map(params![from, to], |r| {
                let code: String = r.get(2)?;
                Ok(Assignment {
                    staff_id: r.get(0)?,
                    day: r.get(1)?,
                    code: Code::parse(&code).unwrap_or(Code::Office),
                    locked: r.get(3)?,
                })
            })
            .ctx("membaca jadwal")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca jadwal")
    }

    pub fn set_assignment(&self, a: &Assignment) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO assignment (staff_id, day, code, locked) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (staff_id, day) DO UPDATE SET code = excluded.code, locked = excluded.locked",
                params![a.staff_id, a.day, a.code.as_str(), a.locked],
            )
            .ctx("menyimpan jadwal")?;
        Ok(())
    }
}
