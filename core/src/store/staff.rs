//! Staff records.

use super::Tx;
use crate::model::error::{DbContext, Result};
use crate::model::{JabatanClass, Staff, StaffFilter, StaffKind, StaffRecord};
use rusqlite::{params, OptionalExtension, Row};

/// The staff a [`StaffFilter`] matches: words in the name or jabatan (?2), digits of the number
/// (?3), the unit or team (?4), the inactive too (?5), only ASN (?6).
const FILTER: &str = "(?1 = '' OR lower(s.name) LIKE ?2 ESCAPE '\\' OR lower(s.jabatan) LIKE ?2 ESCAPE '\\'
                    OR s.id_number LIKE ?3 ESCAPE '\\')
               AND (?4 IS NULL OR s.unit_id = ?4 OR s.team_id = ?4)
               AND (?5 OR s.active)
               AND (NOT ?6 OR s.kind <> 'non_asn')";

/// The search words, and the LIKE patterns for names and for numbers.
fn search_terms(f: &StaffFilter) -> (String, String, String) {
    let words = f.search.trim().to_lowercase();
    let escape = |s: &str| s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    let like = format!("%{}%", escape(&words));
    let like_digits = format!("%{}%", escape(&words.replace(' ', "")));
    (words, like, like_digits)
}

const SELECT: &str = "SELECT s.id, s.kind, s.id_number, s.name, s.jabatan_class, s.jabatan, s.golongan,
            s.unit_id, u.name, s.team_id, t.name, s.phone, s.active, s.machine_id, s.inactive_from,
            s.address, s.tmt_cpns
     FROM staff s JOIN unit u ON u.id = s.unit_id LEFT JOIN unit t ON t.id = s.team_id";

fn staff_from_row(r: &Row) -> rusqlite::Result<Staff> {
    let kind = StaffKind::parse(&r.get::<_, String>(1)?).unwrap_or(StaffKind::NonAsn);
    let staff = Staff {
        id: r.get(0)?,
        kind,
        id_number: r.get(2)?,
        id_display: String::new(),
        name: r.get(3)?,
        jabatan_class: JabatanClass::parse(&r.get::<_, String>(4)?).unwrap_or(JabatanClass::Pelaksana),
        jabatan: r.get(5)?,
        golongan: r.get(6)?,
        pangkat_display: String::new(),
        unit_id: r.get(7)?,
        unit_name: r.get(8)?,
        team_id: r.get(9)?,
        team_name: r.get(10)?,
        phone: r.get(11)?,
        phone_display: String::new(),
        active: r.get(12)?,
        machine_id: r.get(13)?,
        inactive_from: r.get(14)?,
        address: r.get(15)?,
        tmt_cpns: r.get(16)?,
    };
    Ok(staff.with_display())
}

impl Tx<'_> {
    /// The staff list, ordered by unit, team, then name.
    pub fn staff_list(&self, f: &StaffFilter) -> Result<Vec<Staff>> {
        let (words, like, like_digits) = search_terms(f);
        let sql = format!(
            "{SELECT}
             WHERE {FILTER}
             ORDER BY u.position, s.unit_id,
                      s.team_id IS NOT NULL, t.position, s.team_id,
                      CASE s.jabatan_class WHEN 'jpt_pratama' THEN 0 WHEN 'administrator' THEN 1
                           WHEN 'pengawas' THEN 2 ELSE 3 END,
                      s.name COLLATE NOCASE
             LIMIT ?7 OFFSET ?8"
        );
        let mut st = self.tx.prepare_cached(&sql).ctx("membaca daftar pegawai")?;
        let limit = f.limit.map_or(-1, i64::from);
        let rows = st
            .query_map(params![words, like, like_digits, f.unit_id, f.include_inactive, f.asn_only, limit, f.offset], staff_from_row)
            .ctx("membaca daftar pegawai")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca daftar pegawai")
    }

    /// How many staff the filter matches, whatever its page.
    pub fn staff_matching(&self, f: &StaffFilter) -> Result<u32> {
        let (words, like, like_digits) = search_terms(f);
        self.tx
            .prepare_cached(&format!("SELECT count(*) FROM staff s WHERE {FILTER}"))
            .and_then(|mut st| st.query_row(params![words, like, like_digits, f.unit_id, f.include_inactive, f.asn_only], |r| r.get(0)))
            .ctx("membaca daftar pegawai")
    }

    pub fn staff(&self, id: i64) -> Result<Option<Staff>> {
        self.tx.query_row(&format!("{SELECT} WHERE s.id = ?1"), [id], staff_from_row).optional().ctx("membaca data pegawai")
    }

    pub fn staff_by_number(&self, id_number: &str) -> Result<Option<Staff>> {
        self.tx.query_row(&format!("{SELECT} WHERE s.id_number = ?1"), [id_number], staff_from_row).optional().ctx("membaca data pegawai")
    }

    /// The person with this attendance-machine ID (as stored: see `staff::machine_id`).
    pub fn staff_by_machine_id(&self, machine_id: &str) -> Result<Option<Staff>> {
        self.tx
            .query_row(&format!("{SELECT} WHERE s.machine_id = ?1 AND s.machine_id <> ''"), [machine_id], staff_from_row)
            .optional()
            .ctx("membaca data pegawai")
    }

    pub fn staff_count(&self) -> Result<i64> {
        self.tx.query_row("SELECT count(*) FROM staff", [], |r| r.get(0)).ctx("membaca daftar pegawai")
    }

    pub fn insert_staff(&self, s: &StaffRecord) -> Result<i64> {
        self.write_staff(None, s, "menambah pegawai")
    }

    pub fn update_staff(&self, id: i64, s: &StaffRecord) -> Result<()> {
        self.write_staff(Some(id), s, "mengubah data pegawai").map(|_| ())
    }

    /// Inserts (`id` None) or overwrites a record: one statement for both keeps the column
    /// list in one place.
    fn write_staff(&self, id: Option<i64>, s: &StaffRecord, context: &'static str) -> Result<i64> {
        self.run(
            "INSERT INTO staff (id, kind, id_number, name, jabatan_class, jabatan, golongan,
                                    unit_id, team_id, phone, machine_id, address, tmt_cpns)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                 ON CONFLICT (id) DO UPDATE SET
                    kind = excluded.kind, id_number = excluded.id_number, name = excluded.name,
                    jabatan_class = excluded.jabatan_class, jabatan = excluded.jabatan,
                    golongan = excluded.golongan, unit_id = excluded.unit_id, team_id = excluded.team_id,
                    phone = excluded.phone, machine_id = excluded.machine_id, address = excluded.address,
                    tmt_cpns = excluded.tmt_cpns, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')",
            params![
                id,
                s.kind.as_str(),
                s.id_number,
                s.name,
                s.jabatan_class.as_str(),
                s.jabatan,
                s.golongan,
                s.unit_id,
                s.team_id,
                s.phone,
                s.machine_id,
                s.address,
                s.tmt_cpns
            ],
        )
        .ctx(context)?;
        Ok(id.unwrap_or_else(|| self.tx.last_insert_rowid()))
    }

    /// `from`: the first day the person no longer works here (none when reactivating).
    pub fn set_staff_active(&self, id: i64, active: bool, from: Option<chrono::NaiveDate>) -> Result<()> {
        self.run(
            "UPDATE staff SET active = ?2, inactive_from = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?1",
            params![id, active, if active { None } else { from }],
        )
        .ctx("mengubah status pegawai")?;
        Ok(())
    }
}
