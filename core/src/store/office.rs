//! The single row of the office profile.

use super::Tx;
use crate::model::error::{DbContext, Result};
use crate::model::{GovLevel, Office};
use rusqlite::params;

impl Tx<'_> {
    pub fn office(&self) -> Result<Office> {
        self.tx
            .query_row(
                "SELECT gov_level, region, opd_name, address, city, phone, email,
                        head_name, head_nip, head_golongan, head_jabatan
                 FROM office WHERE id = 1",
                [],
                |r| {
                    let level: Option<String> = r.get(0)?;
                    Ok(Office {
                        gov_level: level.as_deref().and_then(GovLevel::parse),
                        region: r.get(1)?,
                        opd_name: r.get(2)?,
                        address: r.get(3)?,
                        city: r.get(4)?,
                        phone: r.get(5)?,
                        email: r.get(6)?,
                        head_name: r.get(7)?,
                        head_nip: r.get(8)?,
                        head_golongan: r.get(9)?,
                        head_jabatan: r.get(10)?,
                    })
                },
            )
            .ctx("membaca profil kantor")
    }

    pub fn save_office(&self, o: &Office) -> Result<()> {
        self.run(
            "UPDATE office SET gov_level = ?1, region = ?2, opd_name = ?3, address = ?4, city = ?5,
                        phone = ?6, email = ?7, head_name = ?8, head_nip = ?9, head_golongan = ?10,
                        head_jabatan = ?11
                 WHERE id = 1",
            params![
                o.gov_level.map(|l| l.as_str()),
                o.region,
                o.opd_name,
                o.address,
                o.city,
                o.phone,
                o.email,
                o.head_name,
                o.head_nip,
                o.head_golongan,
                o.head_jabatan
            ],
        )
        .ctx("menyimpan profil kantor")?;
        Ok(())
    }
}
