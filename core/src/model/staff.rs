//! A member of staff: as the lists show them, as a clerk types them, as the store writes them.

use super::{golongan, nip, StaffKind};
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// Class of position; circulars count or exempt staff by it (Kaltim 2020).
    JabatanClass {
        JptPratama => "jpt_pratama", "JPT Pratama";
        Administrator => "administrator", "Administrator";
        Pengawas => "pengawas", "Pengawas";
        Fungsional => "fungsional", "Fungsional";
        /// "Fungsional Umum" (JFU) is the old name of pelaksana posts.
        Pelaksana => "pelaksana", "Pelaksana", alias "Fungsional Umum", alias "JFU";
    }
}

/// A member of staff as the lists show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    pub id: i64,
    pub kind: StaffKind,
    /// NIP / NI PPPK digits for ASN, NIK or internal number for Non-ASN.
    pub id_number: String,
    /// `id_number` as printed: NIP grouped.
    pub id_display: String,
    pub name: String,
    pub jabatan_class: JabatanClass,
    pub jabatan: String,
    /// `III/a` for PNS, `IX` for PPPK, empty for Non-ASN.
    pub golongan: String,
    /// `Penata Muda (III/a)` for PNS, `Golongan IX` for PPPK.
    pub pangkat_display: String,
    pub unit_id: i64,
    pub unit_name: String,
    pub team_id: Option<i64>,
    pub team_name: Option<String>,
    /// Digits as entered, normalised.
    pub phone: String,
    /// `0812-3456-7890`.
    pub phone_display: String,
    /// The person's ID on the attendance machine (digits without leading zeros, or letters);
    /// empty when the machine knows the NIP/NIK.
    pub machine_id: String,
    pub active: bool,
    /// For an inactive person, the first day they no longer worked here.
    pub inactive_from: Option<chrono::NaiveDate>,
    /// The home "recorded in the staff data" (PermenPANRB 4/2025 art. 11): where a request to
    /// work from home ("rumah") is worked. SIASN's ALAMAT.
    pub address: String,
    /// TMT CPNS from SIASN or the SK, when known: "new staff" counts from it (art. 25); else
    /// from the NIP's digits.
    pub tmt_cpns: Option<chrono::NaiveDate>,
}

impl Staff {
    /// Fills the fields the lists and forms show: the NIP grouped, the pangkat with its
    /// golongan, the phone grouped. The store reads only what is stored.
    pub(crate) fn with_display(self) -> Staff {
        Staff {
            id_display: match self.kind {
                StaffKind::NonAsn => self.id_number.clone(),
                _ => nip::group(&self.id_number),
            },
            pangkat_display: golongan::pangkat_display(self.kind, &self.golongan),
            phone_display: crate::phone_display(&self.phone),
            ..self
        }
    }
}

/// What a clerk types to add or change a person; checked by `staff::validate`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct StaffInput {
    pub kind: String,
    pub id_number: String,
    pub name: String,
    pub jabatan_class: String,
    pub jabatan: String,
    pub golongan: String,
    pub unit_id: Option<i64>,
    pub team_id: Option<i64>,
    pub phone: String,
    pub machine_id: String,
    pub address: String,
    /// `dd-mm-yyyy`, or empty.
    pub tmt_cpns: String,
}

/// Filter of the staff list.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StaffFilter {
    /// Matched against name, number and jabatan, case-insensitively.
    pub search: String,
    /// Only this unit (and its teams).
    pub unit_id: Option<i64>,
    pub include_inactive: bool,
    /// Only PNS and PPPK: the people flexible work and discipline concern.
    pub asn_only: bool,
    /// One page of the list: at most `limit` rows from row `offset` (all when `None`).
    pub limit: Option<u32>,
    pub offset: u32,
}

/// A checked record ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRecord {
    pub kind: StaffKind,
    pub id_number: String,
    pub name: String,
    pub jabatan_class: JabatanClass,
    pub jabatan: String,
    pub golongan: String,
    pub unit_id: i64,
    pub team_id: Option<i64>,
    pub phone: String,
    pub machine_id: String,
    pub address: String,
    pub tmt_cpns: Option<chrono::NaiveDate>,
}
