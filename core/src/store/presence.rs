//! Presence, the attendance machine's punches, reachability calls, activity notes, settings.

use super::Tx;
use crate::model::error::{DbContext, Result};
use crate::model::presence::{Call, LeaveKind, Mark, Record};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{params, OptionalExtension};

fn time_text(t: Option<NaiveTime>) -> Option<String> {
    t.map(|t| t.format("%H:%M").to_string())
}

fn time_of(s: Option<String>) -> Option<NaiveTime> {
    s.and_then(|s| NaiveTime::parse_from_str(&s, "%H:%M").ok())
}

const RECORD_COLUMNS: &str = "staff_id, day, code, leave_kind, check_in, check_out, note, location, place, apel";

fn record_of(r: &rusqlite::Row) -> rusqlite::Result<Record> {
    let code: String = r.get(2)?;
    let kind: Option<String> = r.get(3)?;
    Ok(Record {
        staff_id: r.get(0)?,
        day: r.get(1)?,
        code: Mark::parse(&code).unwrap_or(Mark::Tk),
        leave_kind: kind.as_deref().and_then(LeaveKind::parse),
        check_in: time_of(r.get(4)?),
        check_out: time_of(r.get(5)?),
        note: r.get(6)?,
        location: r.get::<_, Option<String>>(7)?.as_deref().and_then(crate::model::fwa::Location::parse),
        place: r.get(8)?,
        apel: r.get(9)?,
    })
}

impl Tx<'_> {
    pub fn presence_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Record>> {
        const CTX: &str = "membaca presensi";
        let mut st = self
            .tx
            .prepare(&format!("SELECT {RECORD_COLUMNS} FROM presence WHERE day BETWEEN ?1 AND ?2 ORDER BY day, staff_id"))
            .ctx(CTX)?;
        let rows = st.query_map(params![from, to], record_of).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }

    /// One person's record of one day (by the table's key, not the whole day's sheet).
    pub fn presence(&self, staff_id: i64, day: NaiveDate) -> Result<Option<Record>> {
        self.tx
            .prepare_cached(&format!("SELECT {RECORD_COLUMNS} FROM presence WHERE staff_id = ?1 AND day = ?2"))
            .and_then(|mut st| st.query_row(params![staff_id, day], record_of).optional())
            .ctx("membaca presensi")
    }

    pub fn set_presence(&self, r: &Record) -> Result<()> {
        // Cached: an attendance import sets hundreds of thousands of person-days.
        self.tx
            .prepare_cached(
                "INSERT INTO presence (staff_id, day, code, leave_kind, check_in, check_out, note, location, place, apel)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (staff_id, day) DO UPDATE SET code = excluded.code, leave_kind = excluded.leave_kind,
                     check_in = excluded.check_in, check_out = excluded.check_out, note = excluded.note,
                     location = excluded.location, place = excluded.place, apel = excluded.apel",
            )
            .and_then(|mut st| {
                st.execute(params![
                    r.staff_id,
                    r.day,
                    r.code.as_str(),
                    r.leave_kind.map(|k| k.as_str()),
                    time_text(r.check_in),
                    time_text(r.check_out),
                    r.note,
                    r.location.map(|l| l.as_str()),
                    r.place,
                    r.apel
                ])
            })
            .ctx("menyimpan presensi")?;
        Ok(())
    }

    /// Adds a machine punch; false when the same person and instant were imported before.
    pub fn add_punch(&self, staff_id: i64, at: NaiveDateTime) -> Result<bool> {
        let n = self
            .tx
            .prepare_cached("INSERT INTO punch (staff_id, at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
            .and_then(|mut st| st.execute(params![staff_id, at.format("%Y-%m-%d %H:%M:%S").to_string()]))
            .ctx("menyimpan data mesin presensi")?;
        Ok(n == 1)
    }

    /// Every punch of a person (a few a day; the import merges per day).
    pub fn punches(&self, staff_id: i64) -> Result<Vec<NaiveDateTime>> {
        const CTX: &str = "membaca data mesin presensi";
        let mut st = self.tx.prepare_cached("SELECT at FROM punch WHERE staff_id = ?1 ORDER BY at").ctx(CTX)?;
        let rows = st.query_map(params![staff_id], |r| r.get::<_, String>(0)).ctx(CTX)?;
        let texts: Vec<String> = rows.collect::<rusqlite::Result<_>>().ctx(CTX)?;
        Ok(texts.iter().filter_map(|t| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S").ok()).collect())
    }

    /// Every punch of every person on the days `from..=to` (a scan of the table: read only
    /// when a circular in force sets presence windows).
    pub fn punches_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<(i64, NaiveDateTime)>> {
        const CTX: &str = "membaca data mesin presensi";
        let (lo, hi) = (format!("{from} 00:00:00"), format!("{to} 23:59:59"));
        let mut st = self.tx.prepare_cached("SELECT staff_id, at FROM punch WHERE at BETWEEN ?1 AND ?2").ctx(CTX)?;
        let rows = st.query_map(params![lo, hi], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))).ctx(CTX)?;
        let texts: Vec<(i64, String)> = rows.collect::<rusqlite::Result<_>>().ctx(CTX)?;
        Ok(texts.into_iter().filter_map(|(id, t)| Some((id, NaiveDateTime::parse_from_str(&t, "%Y-%m-%d %H:%M:%S").ok()?))).collect())
    }

    pub fn add_call(&self, c: &Call) -> Result<i64> {
        self.run(
            "INSERT INTO reach_check (staff_id, day, at, reached, note) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![c.staff_id, c.day, c.at, c.reached, c.note],
        )
        .ctx("menyimpan cek keberadaan")?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Calls of `from..=to`, or of one person (any day) when `staff_id` is given.
    pub fn calls(&self, from: NaiveDate, to: NaiveDate, staff_id: Option<i64>) -> Result<Vec<Call>> {
        const CTX: &str = "membaca cek keberadaan";
        let mut st = self
            .tx
            .prepare(
                "SELECT id, staff_id, day, at, reached, note FROM reach_check
                 WHERE (?3 IS NULL AND day BETWEEN ?1 AND ?2) OR staff_id = ?3 ORDER BY day, at, id",
            )
            .ctx(CTX)?;
        let rows = st
            .query_map(params![from, to, staff_id], |r| {
                Ok(Call { id: r.get(0)?, staff_id: r.get(1)?, day: r.get(2)?, at: r.get(3)?, reached: r.get(4)?, note: r.get(5)? })
            })
            .ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }

    pub fn set_activity(&self, staff_id: i64, day: NaiveDate, note: &str) -> Result<()> {
        self.run(
            "INSERT INTO activity (staff_id, day, note) VALUES (?1, ?2, ?3)
                 ON CONFLICT (staff_id, day) DO UPDATE SET note = excluded.note",
            params![staff_id, day, note],
        )
        .ctx("menyimpan laporan kegiatan")?;
        Ok(())
    }

    /// `(staff_id, day, note)` of `from..=to`.
    pub fn activities(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<(i64, NaiveDate, String)>> {
        const CTX: &str = "membaca laporan kegiatan";
        let mut st =
            self.tx.prepare("SELECT staff_id, day, note FROM activity WHERE day BETWEEN ?1 AND ?2 ORDER BY day, staff_id").ctx(CTX)?;
        let rows = st.query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.tx.query_row("SELECT value FROM setting WHERE key = ?1", params![key], |r| r.get(0)).optional().ctx("membaca pengaturan")
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.run(
            "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )
        .ctx("menyimpan pengaturan")?;
        Ok(())
    }
}
