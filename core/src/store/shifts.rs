//! Units' shift groups.

use super::Tx;
use crate::model::error::{DbContext, Result};
use crate::model::shift::{ShiftGroup, ShiftPattern, UnitShift};
use crate::model::Hari;
use rusqlite::params;

impl Tx<'_> {
    /// Every unit's shift setting, groups in order with their members.
    pub fn shifts(&self) -> Result<Vec<UnitShift>> {
        const CTX: &str = "membaca shift";
        let mut st = self.tx.prepare("SELECT unit_id, pattern, start FROM unit_shift ORDER BY unit_id").ctx(CTX)?;
        let heads: Vec<(i64, String, String)> =
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).ctx(CTX)?.collect::<rusqlite::Result<_>>().ctx(CTX)?;
        let mut st = self.tx.prepare("SELECT id, unit_id, name, days FROM shift_group ORDER BY unit_id, position").ctx(CTX)?;
        let groups: Vec<(i64, i64, String, String)> =
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).ctx(CTX)?.collect::<rusqlite::Result<_>>().ctx(CTX)?;
        let mut st = self.tx.prepare("SELECT group_id, staff_id FROM shift_member ORDER BY staff_id").ctx(CTX)?;
        let members: Vec<(i64, i64)> =
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).ctx(CTX)?.collect::<rusqlite::Result<_>>().ctx(CTX)?;
        Ok(heads
            .into_iter()
            .filter_map(|(unit_id, pattern, start)| {
                Some(UnitShift {
                    unit_id,
                    pattern: ShiftPattern::parse(&pattern)?,
                    start: start.parse().ok()?,
                    groups: groups
                        .iter()
                        .filter(|g| g.1 == unit_id)
                        .map(|(id, _, name, days)| ShiftGroup {
                            name: name.clone(),
                            days: days.split(',').filter_map(Hari::parse).collect(),
                            members: members.iter().filter(|m| m.0 == *id).map(|m| m.1).collect(),
                        })
                        .collect(),
                })
            })
            .collect())
    }

    /// Replaces a unit's setting whole: pattern, groups and members.
    pub fn save_shift(&self, s: &UnitShift) -> Result<()> {
        const CTX: &str = "menyimpan shift";
        self.delete_shift(s.unit_id)?;
        self.run(
            "INSERT INTO unit_shift (unit_id, pattern, start) VALUES (?1, ?2, ?3)",
            params![s.unit_id, s.pattern.as_str(), s.start.to_string()],
        )
        .ctx(CTX)?;
        for (position, g) in s.groups.iter().enumerate() {
            let days = g.days.iter().map(|h| h.as_str()).collect::<Vec<_>>().join(",");
            self.run(
                "INSERT INTO shift_group (unit_id, name, days, position) VALUES (?1, ?2, ?3, ?4)",
                params![s.unit_id, g.name, days, position as i64],
            )
            .ctx(CTX)?;
            let group = self.tx.last_insert_rowid();
            for m in &g.members {
                // A person is in one group at most: the unit's setting saved last.
                self.run("DELETE FROM shift_member WHERE staff_id = ?1", [m]).ctx(CTX)?;
                self.run("INSERT INTO shift_member (staff_id, group_id) VALUES (?1, ?2)", params![m, group]).ctx(CTX)?;
            }
        }
        Ok(())
    }

    /// Removes a unit's setting; returns whether there was one.
    pub fn delete_shift(&self, unit_id: i64) -> Result<bool> {
        Ok(self.run("DELETE FROM unit_shift WHERE unit_id = ?1", [unit_id]).ctx("menghapus shift")? > 0)
    }
}
