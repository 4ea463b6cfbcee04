//! The service classes the office named for itself.

use super::Tx;
use crate::model::class::{ClassBook, ClassKey, OfficeClass};
use crate::model::error::{DbContext, Result};
use crate::model::ServiceClass;
use rusqlite::params;

impl Tx<'_> {
    pub fn office_classes(&self) -> Result<Vec<OfficeClass>> {
        let mut st = self.tx.prepare("SELECT key, label, counts_as FROM office_class ORDER BY label").ctx("membaca kelas layanan")?;
        let rows = st
            .query_map([], |r| {
                let (key, label, counts_as): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
                Ok(OfficeClass {
                    key: ClassKey::from(key.as_str()),
                    label,
                    counts_as: ServiceClass::parse(&counts_as).unwrap_or(ServiceClass::Administrasi),
                })
            })
            .ctx("membaca kelas layanan")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca kelas layanan")
    }

    /// The standard classes and the office's own.
    pub fn class_book(&self) -> Result<ClassBook> {
        Ok(ClassBook::new(self.office_classes()?))
    }

    /// Adds or changes a class; the units of the class follow what it counts as.
    pub fn save_office_class(&self, c: &OfficeClass) -> Result<()> {
        self.run(
            "INSERT INTO office_class (key, label, counts_as) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET label = excluded.label, counts_as = excluded.counts_as",
            params![c.key.as_str(), c.label, c.counts_as.as_str()],
        )
        .ctx("menyimpan kelas layanan")?;
        self.run("UPDATE unit SET service_class = ?2 WHERE office_class = ?1", params![c.key.as_str(), c.counts_as.as_str()])
            .ctx("menyimpan kelas layanan")?;
        Ok(())
    }

    /// Names of the units of a class.
    pub fn units_of_class(&self, key: &ClassKey) -> Result<Vec<String>> {
        let mut st = self.tx.prepare("SELECT name FROM unit WHERE office_class = ?1 ORDER BY position, id").ctx("membaca unit kerja")?;
        let rows = st.query_map([key.as_str()], |r| r.get(0)).ctx("membaca unit kerja")?;
        rows.collect::<rusqlite::Result<_>>().ctx("membaca unit kerja")
    }

    pub fn delete_office_class(&self, key: &ClassKey) -> Result<()> {
        self.run("DELETE FROM office_class WHERE key = ?1", [key.as_str()]).ctx("menghapus kelas layanan")?;
        Ok(())
    }
}
