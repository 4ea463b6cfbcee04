//! The Kepala OPD's recommendations kept with an evaluated period.

use super::Tx;
use crate::model::error::{DbContext, Error, Result};
use crate::model::evaluation::{Choice, Recommendation};
use chrono::NaiveDate;
use rusqlite::params;

impl Tx<'_> {
    /// The recommendations kept for the evaluated period `from..=to`, office first.
    pub fn recommendations(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Recommendation>> {
        let mut st = self
            .tx
            .prepare("SELECT unit, choice, note, by_name FROM recommendation WHERE from_day = ?1 AND to_day = ?2 ORDER BY unit")
            .ctx("membaca rekomendasi evaluasi")?;
        let rows = st
            .query_map(params![from, to], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
            })
            .ctx("membaca rekomendasi evaluasi")?;
        let rows: Vec<(String, String, String, String)> = rows.collect::<rusqlite::Result<_>>().ctx("membaca rekomendasi evaluasi")?;
        rows.into_iter()
            .map(|(unit, choice, note, by)| {
                let choice = Choice::parse(&choice)
                    .ok_or_else(|| Error::Conflict(format!("Rekomendasi \"{choice}\" di basis data tidak dikenal")))?;
                Ok(Recommendation { from, to, unit, choice, note, by })
            })
            .collect()
    }

    pub fn save_recommendation(&self, r: &Recommendation) -> Result<()> {
        self.run(
            "INSERT INTO recommendation (from_day, to_day, unit, choice, note, by_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (from_day, to_day, unit) DO UPDATE SET choice = excluded.choice, note = excluded.note, by_name = excluded.by_name",
            params![r.from, r.to, r.unit, r.choice.as_str(), r.note, r.by],
        )
        .ctx("menyimpan rekomendasi evaluasi")?;
        Ok(())
    }
}
