//! The office profile: kop surat and the Kepala OPD who signs.

use crate::model::error::{Error, Result};
use crate::model::fields;
use crate::model::golongan;
use crate::model::nip::{self, NipKind};
use crate::model::{Office, StaffKind};
use crate::store::Store;
use chrono::NaiveDate;

pub fn get(store: &mut Store) -> Result<Office> {
    store.read(|tx| tx.office())
}

/// Checks and saves the whole profile; returns it as stored (trimmed, NIP as digits).
/// The head's NIP is checked as of `today` (its TMT may not lie ahead).
pub fn save(store: &mut Store, input: &Office, today: NaiveDate) -> Result<Office> {
    store.write("menyimpan profil kantor", |tx| save_in(tx, input, today))
}

pub(crate) fn save_in(tx: &crate::store::Tx, input: &Office, today: NaiveDate) -> Result<Office> {
    let office = validate(input, today)?;
    tx.save_office(&office)?;
    Ok(office)
}

fn validate(o: &Office, today: NaiveDate) -> Result<Office> {
    let mut e = Vec::new();
    let mut out = Office {
        gov_level: o.gov_level,
        region: fields::text(&mut e, "region", "Nama daerah", &o.region, false, 100),
        opd_name: fields::text(&mut e, "opd_name", "Nama OPD", &o.opd_name, true, 200),
        address: fields::text(&mut e, "address", "Alamat", &o.address, false, 300),
        city: fields::text(&mut e, "city", "Tempat penandatanganan", &o.city, false, 100),
        phone: fields::phone(&mut e, "phone", &o.phone),
        email: fields::email(&mut e, "email", &o.email),
        head_name: fields::text(&mut e, "head_name", "Nama Kepala OPD", &o.head_name, false, 150),
        head_nip: String::new(),
        head_golongan: String::new(),
        head_jabatan: fields::text(&mut e, "head_jabatan", "Jabatan Kepala OPD", &o.head_jabatan, false, 200),
    };
    if !o.head_nip.trim().is_empty() {
        match nip::parse(&o.head_nip, NipKind::Pns, today) {
            Ok(n) => out.head_nip = n.digits().to_string(),
            Err(m) => e.push(crate::FieldError::new("head_nip", m)),
        }
    }
    match golongan::normalize(StaffKind::Pns, &o.head_golongan) {
        Ok(g) => out.head_golongan = g,
        Err(m) => e.push(crate::FieldError::new("head_golongan", m)),
    }
    if e.is_empty() {
        Ok(out)
    } else {
        Err(Error::Invalid(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::GovLevel;

    #[test]
    fn the_profile_round_trips_with_the_head_nip_as_digits() {
        let mut s = Store::open_in_memory().unwrap();
        let input = Office {
            gov_level: Some(GovLevel::Provinsi),
            region: "Kalimantan Timur".into(),
            opd_name: "Dinas Komunikasi dan Informatika".into(),
            city: "Samarinda".into(),
            email: "diskominfo@kaltimprov.go.id".into(),
            head_name: "Dr. Siti Aminah, S.E., M.Si.".into(),
            head_nip: "19700312 199503 2 003".into(),
            head_golongan: "iv/c".into(),
            ..Office::default()
        };
        save(&mut s, &input, crate::model::clock::test_day()).unwrap();
        let got = get(&mut s).unwrap();
        assert_eq!(got.head_nip, "197003121995032003");
        assert_eq!(got.head_golongan, "IV/c");
        assert_eq!(got.government_line(), "PEMERINTAH PROVINSI KALIMANTAN TIMUR");
    }

    #[test]
    fn a_bad_profile_names_every_field_and_saves_nothing() {
        let mut s = Store::open_in_memory().unwrap();
        let input = Office { head_nip: "19701332199503203".into(), email: "x@y".into(), ..Office::default() };
        let Err(Error::Invalid(fields)) = save(&mut s, &input, crate::model::clock::test_day()) else { panic!("harus ditolak") };
        let names: Vec<_> = fields.iter().map(|f| f.field).collect();
        assert_eq!(names, ["opd_name", "email", "head_nip"]);
        assert_eq!(get(&mut s).unwrap(), Office::default());
    }
}
