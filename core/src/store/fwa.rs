//! Flexible-work requests and disciplinary sanctions.

use super::Tx;
use crate::model::error::{DbContext, Result};
use crate::model::fwa::{Kind, Location, Reason, Request, Sanction, Status};
use crate::model::Hari;
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

const COLUMNS: &str = "r.id, r.staff_id, s.name, s.id_number, s.unit_id, u.name, r.from_day, r.to_day, r.weekdays, r.location, r.reason,
     r.evidence, r.work_plan, r.status, r.decided_by, r.decided_on, r.decision_note, s.kind, r.kind, s.address";

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap_or_default()
}

fn request_from_row(r: &Row) -> rusqlite::Result<Request> {
    let days: Vec<Hari> = r.get::<_, String>(8)?.split(',').filter_map(Hari::parse).collect();
    let (from, to) = (day(&r.get::<_, String>(6)?), day(&r.get::<_, String>(7)?));
    let id_number: String = r.get(3)?;
    let kind: String = r.get(17)?;
    let location = r.get::<_, Option<String>>(9)?.and_then(|l| Location::parse(&l));
    Ok(Request {
        id: r.get(0)?,
        staff_id: r.get(1)?,
        staff_name: r.get(2)?,
        id_display: if kind == "non_asn" { id_number } else { crate::model::nip::group(&id_number) },
        unit_id: r.get(4)?,
        unit_name: r.get(5)?,
        when: Request::when_text(from, to, &days),
        from,
        to,
        days,
        kind: Kind::parse(&r.get::<_, String>(18)?).unwrap_or(Kind::Location),
        home: if location == Some(Location::Home) { crate::model::fwa::home_of(&r.get::<_, String>(19)?) } else { String::new() },
        outcomes: [0; 3],
        location,
        reason: Reason::parse(&r.get::<_, String>(10)?).unwrap_or(Reason::Task),
        evidence: r.get(11)?,
        work_plan: r.get(12)?,
        status: Status::parse(&r.get::<_, String>(13)?).unwrap_or(Status::Submitted),
        decided_by: r.get(14)?,
        decided_on: r.get::<_, Option<String>>(15)?.map(|d| day(&d)),
        decision_note: r.get(16)?,
    })
}

impl Tx<'_> {
    /// Every request overlapping `from..=to` (all when `None`), newest first.
    pub fn fwa_requests(&self, span: Option<(NaiveDate, NaiveDate)>) -> Result<Vec<Request>> {
        const CTX: &str = "membaca pengajuan kerja fleksibel";
        let (from, to) = span.map_or((String::new(), "9999-12-31".to_string()), |(f, t)| (f.to_string(), t.to_string()));
        let mut st = self
            .tx
            .prepare(&format!(
                "SELECT {COLUMNS} FROM fwa_request r JOIN staff s ON s.id = r.staff_id JOIN unit u ON u.id = s.unit_id
                 WHERE r.to_day >= ?1 AND r.from_day <= ?2 ORDER BY r.from_day DESC, r.id DESC"
            ))
            .ctx(CTX)?;
        let rows = st.query_map(params![from, to], request_from_row).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }

    pub fn fwa_request(&self, id: i64) -> Result<Option<Request>> {
        self.tx
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM fwa_request r JOIN staff s ON s.id = r.staff_id JOIN unit u ON u.id = s.unit_id WHERE r.id = ?1"
                ),
                [id],
                request_from_row,
            )
            .optional()
            .ctx("membaca pengajuan kerja fleksibel")
    }

    #[allow(clippy::too_many_arguments)]
    pub fn insert_fwa_request(
        &self,
        staff_id: i64,
        from: NaiveDate,
        to: NaiveDate,
        days: &[Hari],
        kind: Kind,
        location: Option<Location>,
        reason: Reason,
        evidence: &str,
        work_plan: &str,
    ) -> Result<i64> {
        let days = days.iter().map(|h| h.as_str()).collect::<Vec<_>>().join(",");
        self.run(
            "INSERT INTO fwa_request (staff_id, from_day, to_day, weekdays, kind, location, reason, evidence, work_plan)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                staff_id,
                from.to_string(),
                to.to_string(),
                days,
                kind.as_str(),
                location.map(Location::as_str),
                reason.as_str(),
                evidence,
                work_plan
            ],
        )
        .ctx("menyimpan pengajuan kerja fleksibel")?;
        Ok(self.tx.last_insert_rowid())
    }

    pub fn decide_fwa_request(&self, id: i64, status: Status, by: &str, on: Option<NaiveDate>, note: &str) -> Result<()> {
        self.run(
            "UPDATE fwa_request SET status = ?2, decided_by = ?3, decided_on = ?4, decision_note = ?5 WHERE id = ?1",
            params![id, status.as_str(), by, on.map(|d| d.to_string()), note],
        )
        .ctx("menyimpan keputusan pengajuan")?;
        Ok(())
    }

    pub fn sanctions(&self) -> Result<Vec<Sanction>> {
        const CTX: &str = "membaca hukuman disiplin";
        let mut st =
            self.tx.prepare("SELECT id, staff_id, from_day, to_day, note, kind, decree FROM sanction ORDER BY from_day, id").ctx(CTX)?;
        let rows = st
            .query_map([], |r| {
                Ok(Sanction {
                    id: r.get(0)?,
                    staff_id: r.get(1)?,
                    from: day(&r.get::<_, String>(2)?),
                    to: day(&r.get::<_, String>(3)?),
                    note: r.get(4)?,
                    kind: r.get(5)?,
                    decree: r.get(6)?,
                })
            })
            .ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }

    pub fn insert_sanction(&self, x: &Sanction) -> Result<i64> {
        self.run(
            "INSERT INTO sanction (staff_id, from_day, to_day, note, kind, decree) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![x.staff_id, x.from.to_string(), x.to.to_string(), x.note, x.kind, x.decree],
        )
        .ctx("menyimpan hukuman disiplin")?;
        Ok(self.tx.last_insert_rowid())
    }

    pub fn delete_sanction(&self, id: i64) -> Result<bool> {
        Ok(self.run("DELETE FROM sanction WHERE id = ?1", [id]).ctx("menghapus hukuman disiplin")? > 0)
    }
}
