//! The schedule: one code per person and day.

use super::Tx;
use crate::model::error::{DbContext, Result};
use crate::model::schedule::{Assignment, Availability, Code, Limit, Wish};
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
                // A month of a big office is 100,000 rows: the code is read in place.
                let code = r.get_ref(2)?.as_str().ok().and_then(Code::parse).unwrap_or(Code::Office);
                Ok(Assignment { staff_id: r.get(0)?, day: r.get(1)?, code, locked: r.get(3)? })
            })
            .ctx("membaca jadwal")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca jadwal")
    }

    pub fn set_assignment(&self, a: &Assignment) -> Result<()> {
        self.run(
            "INSERT INTO assignment (staff_id, day, code, locked) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (staff_id, day) DO UPDATE SET code = excluded.code, locked = excluded.locked",
            params![a.staff_id, a.day, a.code.as_str(), a.locked],
        )
        .ctx("menyimpan jadwal")?;
        Ok(())
    }

    pub fn wishes_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Wish>> {
        let mut st = self
            .tx
            .prepare("SELECT staff_id, day, code FROM schedule_wish WHERE day BETWEEN ?1 AND ?2 ORDER BY day, staff_id")
            .ctx("membaca keinginan pegawai")?;
        let rows = st
            .query_map(params![from, to], |r| {
                let code: String = r.get(2)?;
                Ok(Wish { staff_id: r.get(0)?, day: r.get(1)?, code: Code::parse(&code).unwrap_or(Code::Office) })
            })
            .ctx("membaca keinginan pegawai")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca keinginan pegawai")
    }

    pub fn set_wish(&self, w: &Wish) -> Result<()> {
        self.run(
            "INSERT INTO schedule_wish (staff_id, day, code) VALUES (?1, ?2, ?3)
                 ON CONFLICT (staff_id, day) DO UPDATE SET code = excluded.code",
            params![w.staff_id, w.day, w.code.as_str()],
        )
        .ctx("menyimpan keinginan pegawai")?;
        Ok(())
    }

    /// Returns whether there was a wish.
    pub fn clear_wish(&self, staff_id: i64, day: NaiveDate) -> Result<bool> {
        let n = self
            .run("DELETE FROM schedule_wish WHERE staff_id = ?1 AND day = ?2", params![staff_id, day])
            .ctx("menghapus keinginan pegawai")?;
        Ok(n > 0)
    }

    pub fn availability_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Availability>> {
        let mut st = self
            .tx
            .prepare("SELECT staff_id, day, kind, reason FROM availability WHERE day BETWEEN ?1 AND ?2 ORDER BY day, staff_id")
            .ctx("membaca ketersediaan pegawai")?;
        let rows = st
            .query_map(params![from, to], |r| {
                let kind: String = r.get(2)?;
                Ok(Availability {
                    staff_id: r.get(0)?,
                    day: r.get(1)?,
                    limit: if kind == "off" { Limit::Off } else { Limit::NoWfo },
                    reason: r.get(3)?,
                })
            })
            .ctx("membaca ketersediaan pegawai")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca ketersediaan pegawai")
    }

    pub fn set_availability(&self, a: &Availability) -> Result<()> {
        let kind = match a.limit {
            Limit::Off => "off",
            Limit::NoWfo => "no_wfo",
        };
        self.run(
            "INSERT INTO availability (staff_id, day, kind, reason) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (staff_id, day) DO UPDATE SET kind = excluded.kind, reason = excluded.reason",
            params![a.staff_id, a.day, kind, a.reason],
        )
        .ctx("menyimpan ketersediaan pegawai")?;
        Ok(())
    }

    /// Returns how many days were cleared.
    pub fn clear_availability(&self, staff_id: i64, from: NaiveDate, to: NaiveDate) -> Result<usize> {
        self.run("DELETE FROM availability WHERE staff_id = ?1 AND day BETWEEN ?2 AND ?3", params![staff_id, from, to])
            .ctx("menghapus ketersediaan pegawai")
    }

    /// Forgets that a person is away on `day` (they turned up after all); `no_wfo` stays.
    pub fn clear_availability_off(&self, staff_id: i64, day: NaiveDate) -> Result<()> {
        self.run("DELETE FROM availability WHERE staff_id = ?1 AND day = ?2 AND kind = 'off'", params![staff_id, day])
            .ctx("menghapus ketersediaan pegawai")?;
        Ok(())
    }
}
