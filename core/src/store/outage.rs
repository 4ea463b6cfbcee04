//! The outage table: days the attendance systems failed.

use super::Tx;
use crate::model::error::{DbContext, Result};
use crate::model::outage::Outage;
use chrono::{NaiveDate, NaiveTime};
use rusqlite::params;

fn time_of(t: Option<String>) -> Option<NaiveTime> {
    t.and_then(|t| NaiveTime::parse_from_str(&t, "%H:%M").ok())
}

impl Tx<'_> {
    pub fn add_outage(&self, o: &Outage) -> Result<i64> {
        self.run(
            "INSERT INTO outage (day, unit_id, from_time, to_time, system, note, evidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                o.day,
                o.unit_id,
                o.from_time.map(|t| t.format("%H:%M").to_string()),
                o.to_time.map(|t| t.format("%H:%M").to_string()),
                o.system,
                o.note,
                o.evidence
            ],
        )
        .ctx("menyimpan gangguan sistem")?;
        Ok(self.tx.last_insert_rowid())
    }

    pub fn remove_outage(&self, id: i64) -> Result<bool> {
        Ok(self.run("DELETE FROM outage WHERE id = ?1", [id]).ctx("menghapus gangguan sistem")? == 1)
    }

    pub fn outages_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Outage>> {
        const CTX: &str = "membaca gangguan sistem";
        let mut st = self
            .tx
            .prepare_cached(
                "SELECT o.id, o.day, o.unit_id, u.name, o.from_time, o.to_time, o.system, o.note, o.evidence
                 FROM outage o LEFT JOIN unit u ON u.id = o.unit_id
                 WHERE o.day BETWEEN ?1 AND ?2 ORDER BY o.day, o.id",
            )
            .ctx(CTX)?;
        let rows = st
            .query_map(params![from, to], |r| {
                Ok(Outage {
                    id: r.get(0)?,
                    day: r.get(1)?,
                    unit_id: r.get(2)?,
                    unit_name: r.get(3)?,
                    from_time: time_of(r.get(4)?),
                    to_time: time_of(r.get(5)?),
                    system: r.get(6)?,
                    note: r.get(7)?,
                    evidence: r.get(8)?,
                })
            })
            .ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }
}
