//! The office profile: the kop surat and the Kepala OPD's signature block.

use super::StaffKind;
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// Level of the regional government the OPD belongs to; it opens the kop surat.
    GovLevel {
        Provinsi => "provinsi", "Provinsi";
        Kabupaten => "kabupaten", "Kabupaten";
        Kota => "kota", "Kota";
    }
}

/// The office profile: what the kop surat and the signature block print.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Office {
    pub gov_level: Option<GovLevel>,
    /// Name of the province/regency/city, e.g. `Kalimantan Timur`.
    pub region: String,
    pub opd_name: String,
    pub address: String,
    /// Place written before the date in the signature block, e.g. `Samarinda`.
    pub city: String,
    pub phone: String,
    pub email: String,
    pub head_name: String,
    /// Digits only; shown grouped.
    pub head_nip: String,
    pub head_golongan: String,
    pub head_jabatan: String,
}

impl Office {
    /// First line of the kop surat: `PEMERINTAH PROVINSI KALIMANTAN TIMUR`.
    pub fn government_line(&self) -> String {
        let level = self.gov_level.map(|l| l.label()).unwrap_or("Daerah");
        format!("PEMERINTAH {} {}", level, self.region).trim().to_uppercase()
    }

    /// The kop surat and the signature block as every printed page shows them (docs/ui.md).
    pub fn letterhead(&self) -> Letterhead {
        let mut contact = vec![self.address.clone()];
        if !self.phone.is_empty() {
            contact.push(format!("Telepon {}", crate::phone_display(&self.phone)));
        }
        if !self.email.is_empty() {
            contact.push(format!("Surel {}", self.email));
        }
        Letterhead {
            government: self.government_line(),
            opd: self.opd_name.to_uppercase(),
            contact: contact.into_iter().filter(|c| !c.is_empty()).collect::<Vec<_>>().join(", "),
            city: self.city.clone(),
            // Until the profile names them, the block still prints where they go.
            signer_jabatan: if self.head_jabatan.is_empty() { "Kepala OPD".into() } else { self.head_jabatan.clone() },
            signer_name: if self.head_name.is_empty() { "(nama Kepala OPD)".into() } else { self.head_name.clone() },
            signer_pangkat: crate::model::golongan::pangkat_display(StaffKind::Pns, &self.head_golongan),
            signer_nip: if self.head_nip.is_empty() { String::new() } else { format!("NIP. {}", crate::model::nip::group(&self.head_nip)) },
        }
    }
}

/// Lines of the kop surat and of the Kepala OPD's signature block, ready to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letterhead {
    pub government: String,
    pub opd: String,
    pub contact: String,
    pub city: String,
    pub signer_jabatan: String,
    pub signer_name: String,
    pub signer_pangkat: String,
    pub signer_nip: String,
}
