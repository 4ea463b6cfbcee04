//! Circulars (as their JSON), their history, the clerk's choices, and the holiday calendar.

use super::Tx;
use crate::model::calendar::{Holiday, HolidayYear};
use crate::model::circular::{Circular, StoredCircular};
use crate::model::error::{DbContext, Error, Result};
use crate::model::{PsbbPeriod, Zone, ZoneFrom};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

fn parse_body(id: i64, body: &str) -> Result<Circular> {
    serde_json::from_str(body).map_err(|e| Error::Conflict(format!("Isi SE nomor {id} di basis data rusak: {e}")))
}

impl Tx<'_> {
    pub fn circulars(&self) -> Result<Vec<StoredCircular>> {
        let mut st = self.tx.prepare("SELECT id, body, updated_at FROM circular ORDER BY id").ctx("membaca Surat Edaran")?;
        let rows = st
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
            .ctx("membaca Surat Edaran")?
            .collect::<rusqlite::Result<Vec<_>>>()
            .ctx("membaca Surat Edaran")?;
        let classes = self.class_book()?;
        rows.into_iter()
            .map(|(id, body, updated_at)| {
                let circular = parse_body(id, &body)?;
                let rules_text = circular.rules_text(&classes);
                let inferred_note = circular.inferred_note();
                Ok(StoredCircular { id, updated_at, rules_text, inferred_note, circular })
            })
            .collect()
    }

    pub fn circular(&self, key: &str) -> Result<Option<StoredCircular>> {
        Ok(self.circulars()?.into_iter().find(|c| c.circular.key == key))
    }

    /// Inserts or replaces by key, and writes the version to the history.
    pub fn save_circular(&self, c: &Circular) -> Result<i64> {
        let body = serde_json::to_string(c).unwrap_or_default();
        let existing: Option<i64> =
            self.tx.query_row("SELECT id FROM circular WHERE key = ?1", [&c.key], |r| r.get(0)).optional().ctx("menyimpan Surat Edaran")?;
        let (id, action) = match existing {
            Some(id) => {
                self.run(
                    "UPDATE circular SET body = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?1",
                    params![id, body],
                )
                .ctx("menyimpan Surat Edaran")?;
                (id, "ubah")
            }
            None => {
                self.run("INSERT INTO circular (key, body) VALUES (?1, ?2)", params![c.key, body]).ctx("menyimpan Surat Edaran")?;
                (self.tx.last_insert_rowid(), "tambah")
            }
        };
        self.run("INSERT INTO circular_history (circular_id, action, body) VALUES (?1, ?2, ?3)", params![id, action, body])
            .ctx("menyimpan Surat Edaran")?;
        Ok(id)
    }

    /// `(when in local time, action, version)` of a circular, oldest first.
    pub fn circular_history(&self, id: i64) -> Result<Vec<(String, String, Circular)>> {
        let mut st = self
            .tx
            .prepare(
                "SELECT strftime('%d-%m-%Y %H:%M:%S', at, 'localtime'), action, body
                 FROM circular_history WHERE circular_id = ?1 ORDER BY id",
            )
            .ctx("membaca riwayat Surat Edaran")?;
        let rows = st
            .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
            .ctx("membaca riwayat Surat Edaran")?
            .collect::<rusqlite::Result<Vec<_>>>()
            .ctx("membaca riwayat Surat Edaran")?;
        rows.into_iter().map(|(at, action, body)| Ok((at, action, parse_body(id, &body)?))).collect()
    }

    /// The clerk's choice of circular for days where several are in force.
    pub fn circular_choices(&self) -> Result<Vec<(NaiveDate, String)>> {
        let mut st = self.tx.prepare("SELECT day, circular_key FROM circular_choice ORDER BY day").ctx("membaca pilihan SE")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, NaiveDate>(0)?, r.get::<_, String>(1)?))).ctx("membaca pilihan SE")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca pilihan SE")
    }

    pub fn choose_circular(&self, day: NaiveDate, key: Option<&str>) -> Result<()> {
        match key {
            Some(k) => self.run(
                "INSERT INTO circular_choice (day, circular_key) VALUES (?1, ?2)
                 ON CONFLICT (day) DO UPDATE SET circular_key = excluded.circular_key",
                params![day, k],
            ),
            None => self.run("DELETE FROM circular_choice WHERE day = ?1", [day]),
        }
        .ctx("menyimpan pilihan SE")?;
        Ok(())
    }

    pub fn holidays(&self) -> Result<Vec<Holiday>> {
        let mut st = self.tx.prepare("SELECT day, name, kind FROM holiday ORDER BY day").ctx("membaca hari libur")?;
        let rows = st.query_map([], |r| Ok(Holiday { day: r.get(0)?, name: r.get(1)?, kind: r.get(2)? })).ctx("membaca hari libur")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca hari libur")
    }

    pub fn save_holiday(&self, h: &Holiday) -> Result<()> {
        self.run(
            "INSERT INTO holiday (day, name, kind) VALUES (?1, ?2, ?3)
                 ON CONFLICT (day) DO UPDATE SET name = excluded.name, kind = excluded.kind",
            params![h.day, h.name, h.kind],
        )
        .ctx("menyimpan hari libur")?;
        Ok(())
    }

    /// Whether a row was deleted.
    pub fn delete_holiday(&self, day: NaiveDate) -> Result<bool> {
        Ok(self.run("DELETE FROM holiday WHERE day = ?1", [day]).ctx("menghapus hari libur")? > 0)
    }

    /// The years whose national list is in the calendar, with where each came from.
    pub fn holiday_years(&self) -> Result<Vec<HolidayYear>> {
        let mut st = self.tx.prepare("SELECT year, source FROM holiday_year ORDER BY year").ctx("membaca tahun hari libur")?;
        let rows = st.query_map([], |r| Ok(HolidayYear { year: r.get(0)?, source: r.get(1)? })).ctx("membaca tahun hari libur")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca tahun hari libur")
    }

    pub fn save_holiday_year(&self, y: &HolidayYear) -> Result<()> {
        self.run(
            "INSERT INTO holiday_year (year, source) VALUES (?1, ?2)
                 ON CONFLICT (year) DO UPDATE SET source = excluded.source",
            params![y.year, y.source],
        )
        .ctx("menyimpan tahun hari libur")?;
        Ok(())
    }

    /// The region's zones, each from its day on, earliest first.
    pub fn zones(&self) -> Result<Vec<ZoneFrom>> {
        let mut st = self.tx.prepare("SELECT from_day, zone FROM risk_zone ORDER BY from_day").ctx("membaca zona risiko")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, NaiveDate>(0)?, r.get::<_, String>(1)?))).ctx("membaca zona risiko")?;
        let rows: Vec<(NaiveDate, String)> = rows.collect::<rusqlite::Result<_>>().ctx("membaca zona risiko")?;
        rows.into_iter()
            .map(|(from, z)| {
                let zone = Zone::parse(&z).ok_or_else(|| Error::Conflict(format!("Zona risiko \"{z}\" di basis data tidak dikenal")))?;
                Ok(ZoneFrom { from, zone })
            })
            .collect()
    }

    pub fn save_zone(&self, z: &ZoneFrom) -> Result<()> {
        self.run(
            "INSERT INTO risk_zone (from_day, zone) VALUES (?1, ?2) ON CONFLICT (from_day) DO UPDATE SET zone = excluded.zone",
            params![z.from, z.zone.as_str()],
        )
        .ctx("menyimpan zona risiko")?;
        Ok(())
    }

    /// Whether a row was deleted.
    pub fn delete_zone(&self, from: NaiveDate) -> Result<bool> {
        Ok(self.run("DELETE FROM risk_zone WHERE from_day = ?1", [from]).ctx("menghapus zona risiko")? > 0)
    }

    /// The region's PSBB periods, earliest first.
    pub fn psbb_periods(&self) -> Result<Vec<PsbbPeriod>> {
        let mut st = self.tx.prepare("SELECT from_day, to_day FROM psbb_period ORDER BY from_day").ctx("membaca masa PSBB")?;
        let rows = st.query_map([], |r| Ok(PsbbPeriod { from: r.get(0)?, to: r.get(1)? })).ctx("membaca masa PSBB")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca masa PSBB")
    }

    pub fn save_psbb(&self, p: &PsbbPeriod) -> Result<()> {
        self.run(
            "INSERT INTO psbb_period (from_day, to_day) VALUES (?1, ?2) ON CONFLICT (from_day) DO UPDATE SET to_day = excluded.to_day",
            params![p.from, p.to],
        )
        .ctx("menyimpan masa PSBB")?;
        Ok(())
    }

    /// Whether a row was deleted.
    pub fn delete_psbb(&self, from: NaiveDate) -> Result<bool> {
        Ok(self.run("DELETE FROM psbb_period WHERE from_day = ?1", [from]).ctx("menghapus masa PSBB")? > 0)
    }
}
