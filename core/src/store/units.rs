//! Units kerja and their teams.

use super::Tx;
use crate::model::class::ClassKey;
use crate::model::error::{DbContext, Result};
use crate::model::{ServiceClass, Unit, UnitUsage};
use rusqlite::{params, OptionalExtension, Row};

const COLUMNS: &str = "id, name, service_class, parent_id, workdays, office_class";

fn unit_from_row(r: &Row) -> rusqlite::Result<Unit> {
    let class: String = r.get(2)?;
    Ok(Unit {
        id: r.get(0)?,
        name: r.get(1)?,
        service_class: ServiceClass::parse(&class).unwrap_or(ServiceClass::Administrasi),
        parent_id: r.get(3)?,
        workdays: r.get(4)?,
        office_class: r.get::<_, Option<String>>(5)?.map(|k| ClassKey::from(k.as_str())),
    })
}

impl Tx<'_> {
    /// All units, each top-level unit followed by its teams, in the order the clerk made them.
    pub fn units(&self) -> Result<Vec<Unit>> {
        let mut st = self
            .tx
            .prepare(&format!(
                "SELECT {COLUMNS} FROM unit u
                 ORDER BY (SELECT position FROM unit p WHERE p.id = coalesce(u.parent_id, u.id)),
                          coalesce(u.parent_id, u.id), u.parent_id IS NOT NULL, u.position, u.id"
            ))
            .ctx("membaca unit kerja")?;
        let rows = st.query_map([], unit_from_row).ctx("membaca unit kerja")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca unit kerja")
    }

    pub fn unit(&self, id: i64) -> Result<Option<Unit>> {
        self.tx.query_row(&format!("SELECT {COLUMNS} FROM unit WHERE id = ?1"), [id], unit_from_row).optional().ctx("membaca unit kerja")
    }

    /// The unit of that name under `parent` (top level when `None`), ignoring case.
    pub fn unit_by_name(&self, name: &str, parent: Option<i64>) -> Result<Option<Unit>> {
        self.tx
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM unit
                     WHERE coalesce(parent_id, 0) = coalesce(?2, 0) AND name = ?1 COLLATE NOCASE"
                ),
                params![name, parent],
                unit_from_row,
            )
            .optional()
            .ctx("membaca unit kerja")
    }

    pub fn insert_unit(&self, name: &str, class: ServiceClass, own: Option<&ClassKey>, parent: Option<i64>, workdays: u8) -> Result<i64> {
        self.run(
            "INSERT INTO unit (name, service_class, office_class, parent_id, workdays, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, (SELECT coalesce(max(position), 0) + 1 FROM unit))",
            params![name, class.as_str(), own.map(ClassKey::as_str), parent, workdays],
        )
        .ctx("menambah unit kerja")?;
        Ok(self.tx.last_insert_rowid())
    }

    pub fn update_unit(&self, u: &Unit) -> Result<()> {
        self.run(
            "UPDATE unit SET name = ?2, service_class = ?3, parent_id = ?4, workdays = ?5, office_class = ?6 WHERE id = ?1",
            params![u.id, u.name, u.service_class.as_str(), u.parent_id, u.workdays, u.office_class.as_ref().map(ClassKey::as_str)],
        )
        .ctx("mengubah unit kerja")?;
        Ok(())
    }

    /// Teams follow their unit's service class: a Seksi serves as its Bidang does.
    pub fn set_team_classes(&self, parent: i64, class: ServiceClass, own: Option<&ClassKey>) -> Result<()> {
        self.run(
            "UPDATE unit SET service_class = ?2, office_class = ?3 WHERE parent_id = ?1",
            params![parent, class.as_str(), own.map(ClassKey::as_str)],
        )
        .ctx("mengubah unit kerja")?;
        Ok(())
    }

    pub fn unit_usage(&self, id: i64) -> Result<UnitUsage> {
        self.tx
            .query_row(
                "SELECT (SELECT count(*) FROM staff WHERE unit_id = ?1 OR team_id = ?1),
                        (SELECT count(*) FROM unit WHERE parent_id = ?1)",
                [id],
                |r| Ok(UnitUsage { staff: r.get(0)?, teams: r.get(1)? }),
            )
            .ctx("membaca unit kerja")
    }

    pub fn delete_unit(&self, id: i64) -> Result<()> {
        self.run("DELETE FROM unit WHERE id = ?1", [id]).ctx("menghapus unit kerja")?;
        Ok(())
    }

    /// A team moved under another unit takes its staff along.
    pub fn move_team_staff(&self, team: i64, unit: i64) -> Result<()> {
        self.run("UPDATE staff SET unit_id = ?2 WHERE team_id = ?1", params![team, unit]).ctx("memindahkan unit kerja")?;
        Ok(())
    }

    /// A unit that becomes a team of `parent`: its staff now belong to `parent`, in this team.
    pub fn demote_unit_staff(&self, unit: i64, parent: i64) -> Result<()> {
        self.run("UPDATE staff SET unit_id = ?2, team_id = ?1 WHERE unit_id = ?1 AND team_id IS NULL", params![unit, parent])
            .ctx("memindahkan unit kerja")?;
        Ok(())
    }

    /// A team that becomes a unit of its own: its staff now belong to it directly.
    pub fn promote_team_staff(&self, team: i64) -> Result<()> {
        self.run("UPDATE staff SET unit_id = ?1, team_id = NULL WHERE team_id = ?1", [team]).ctx("memindahkan unit kerja")?;
        Ok(())
    }

    /// The units and teams the clerk mapped SIASN's UNORs to: `unor_id → unit_id`.
    pub fn unor_units(&self) -> Result<std::collections::HashMap<String, i64>> {
        let mut st = self.tx.prepare_cached("SELECT unor_id, unit_id FROM unor_unit").ctx("membaca pemetaan UNOR")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).ctx("membaca pemetaan UNOR")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca pemetaan UNOR")
    }

    pub fn set_unor_unit(&self, unor_id: &str, unor_name: &str, unit_id: i64) -> Result<()> {
        self.run(
            "INSERT INTO unor_unit (unor_id, unor_name, unit_id) VALUES (?1, ?2, ?3)
             ON CONFLICT (unor_id) DO UPDATE SET unor_name = excluded.unor_name, unit_id = excluded.unit_id",
            params![unor_id, unor_name, unit_id],
        )
        .ctx("menyimpan pemetaan UNOR")?;
        Ok(())
    }
}
