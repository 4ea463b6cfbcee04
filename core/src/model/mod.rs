//! The records an office keeps: its profile, its units and teams, its staff.
//!
//! Enums carry their stored key (`as_str`/`parse`) and their Indonesian label in one place so
//! the store, the CLI and the UI never spell them differently.

use serde::{Deserialize, Serialize};

/// Declares a closed list of values with a stable key and an Indonesian label: the one place
/// each key is spelled. The store, the CLI and the files use the key; the window gets key and
/// label from [`choices`]. A value may accept other spellings on input (`alias "WFO"`).
macro_rules! keyed_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident => $key:literal, $label:literal $(, alias $alias:literal)*;)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $key)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The key stored in the database and used on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $key,)+ }
            }

            /// The Indonesian name shown to the clerk.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// Accepts the key, the label or an alias, in any case.
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| {
                    let aliases: &[&str] = match v { $($name::$variant => &[$($alias),*],)+ };
                    v.as_str().eq_ignore_ascii_case(s) || v.label().eq_ignore_ascii_case(s) || aliases.iter().any(|a| a.eq_ignore_ascii_case(s))
                })
            }

            /// The keys, for messages that list the allowed values.
            pub fn choices() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }

            /// Key and label of every value, for the window's pick lists and legends.
            pub fn pick_list() -> Vec<$crate::model::Choice> {
                Self::ALL.iter().map(|v| $crate::model::Choice { key: v.as_str(), label: v.label().to_string() }).collect()
            }
        }
    };
}

pub mod calendar;
pub mod circular;
pub mod class;
pub mod clock;
pub mod dates;
pub mod error;
pub(crate) mod fields;
pub mod fwa;
pub mod golongan;
mod kind;
pub mod nip;
pub mod presence;
pub mod schedule;
pub mod shift;

pub use kind::StaffKind;

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

keyed_enum! {
    /// Service class of a unit: circulars set their quota per class.
    ServiceClass {
        Esensial => "esensial", "Esensial";
        LayananPublik => "layanan_publik", "Layanan publik";
        Administrasi => "administrasi", "Administrasi pemerintahan";
    }
}

keyed_enum! {
    /// A detail of a circular's letter that a template may have inferred rather than read
    /// (docs/domain.md: what the sources say, and no more).
    CircularDetail {
        Number => "number", "Nomor";
        Title => "title", "Perihal";
        Issuer => "issuer", "Penerbit";
        SignedOn => "signed_on", "Tanggal ditandatangani";
        ValidFrom => "valid_from", "Tanggal mulai berlaku";
        LegalBasis => "legal_basis", "Dasar hukum";
    }
}

keyed_enum! {
    /// A region's Covid-19 risk zone (SE MenPAN-RB 67/2020 caps WFO by it), as the task force
    /// set it for a period.
    Zone {
        None => "hijau", "Tidak terdampak (hijau)", alias "tidak_terdampak";
        Low => "kuning", "Risiko rendah (kuning)", alias "rendah";
        Medium => "oranye", "Risiko sedang (oranye)", alias "sedang";
        High => "merah", "Risiko tinggi (merah)", alias "tinggi";
    }
}

/// From `from` on (until the next), the region's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZoneFrom {
    pub from: chrono::NaiveDate,
    pub zone: Zone,
}

keyed_enum! {
    /// A day of the week, as a circular names it ("hari Senin wajib WFO semua").
    Hari {
        Senin => "senin", "Senin";
        Selasa => "selasa", "Selasa";
        Rabu => "rabu", "Rabu";
        Kamis => "kamis", "Kamis";
        Jumat => "jumat", "Jumat", alias "jum'at";
        Sabtu => "sabtu", "Sabtu";
        Minggu => "minggu", "Minggu";
    }
}

impl Hari {
    pub fn of(d: chrono::NaiveDate) -> Hari {
        use chrono::Datelike;
        Hari::ALL[d.weekday().num_days_from_monday() as usize]
    }
}

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

/// A unit kerja; with a parent it is a team (Seksi/Subbagian) of that unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub id: i64,
    pub name: String,
    /// The standard class; for a unit of one of the office's own classes, the one that
    /// class counts as.
    pub service_class: ServiceClass,
    /// One of the office's own classes (`Layanan kesehatan`), if the unit is of one.
    #[serde(default)]
    pub office_class: Option<class::ClassKey>,
    pub parent_id: Option<i64>,
    /// Working days a week: 5 (Monday–Friday), 6 (to Saturday) or 7 (every day, e.g. a
    /// hospital ward, which also works on holidays).
    pub workdays: u8,
}

impl Unit {
    /// The class a circular's rule is looked up by.
    pub fn class_key(&self) -> class::ClassKey {
        self.office_class.clone().unwrap_or_else(|| self.service_class.into())
    }
}

/// What a clerk types to create or change a unit.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UnitInput {
    pub name: String,
    /// A standard class or one of the office's own, by key or name.
    pub service_class: String,
    pub parent_id: Option<i64>,
    /// 5, 6 or 7; absent keeps the unit's (5 for a new unit, its unit's for a new team).
    pub workdays: Option<u8>,
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
}

/// One value of a pick list.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub key: &'static str,
    pub label: String,
}

/// Every pick list the forms offer, from the one definition of each list.
#[derive(Debug, Clone, Serialize)]
pub struct Choices {
    pub staff_kinds: Vec<Choice>,
    pub jabatan_classes: Vec<Choice>,
    pub service_classes: Vec<Choice>,
    pub gov_levels: Vec<Choice>,
    pub golongan_pns: Vec<Choice>,
    pub golongan_pppk: Vec<Choice>,
    /// A unit's working week.
    pub workdays: Vec<Choice>,
    /// The presence codes (`H`, `WFH`, `DL` …), their names and keys on the Presensi screen.
    pub presence_codes: Vec<presence::PresenceCode>,
    /// The kinds of cuti (`CT` …) and their names.
    pub leave_kinds: Vec<Choice>,
    /// A planned day: key `O`, `H`, `-`; label as the grid shows it (`WFO`, `WFH`, `-`).
    pub schedule_codes: Vec<Choice>,
    /// The keys that write them in the week grid: `[["o", "O"], ["w", "H"], ["-", "-"]]`.
    pub schedule_keys: Vec<(char, &'static str)>,
    /// The kinds of data the audit trail records, as the clerk reads them.
    pub data_kinds: Vec<Choice>,
    /// The days of the week a circular's day rule may name.
    pub days: Vec<Choice>,
    /// The details of a circular a template may have inferred.
    pub circular_details: Vec<Choice>,
    /// The risk zones a region may be in.
    pub zones: Vec<Choice>,
    /// How a unit's shift groups take turns.
    pub shift_patterns: Vec<Choice>,
    /// Flexible work: where a person works away, why they ask, where a request stands.
    pub fwa_locations: Vec<Choice>,
    pub fwa_kinds: Vec<Choice>,
    pub fwa_reasons: Vec<Choice>,
    pub fwa_statuses: Vec<Choice>,
    /// The jabatan classes a piket is drawn from unless a circular names others.
    pub piket_from_default: Vec<&'static str>,
}

/// The tables the audit trail records, by the name the clerk reads ("Riwayat perubahan").
pub const DATA_KINDS: &[(&str, &str)] = &[
    ("staff", "Pegawai"),
    ("unit", "Unit kerja"),
    ("office", "Profil kantor"),
    ("assignment", "Jadwal"),
    ("availability", "Ketersediaan"),
    ("presence", "Presensi"),
    ("punch", "Data mesin presensi"),
    ("reach_check", "Cek keberadaan"),
    ("activity", "Laporan kegiatan"),
    ("circular", "Surat Edaran"),
    ("circular_choice", "Pilihan SE"),
    ("holiday", "Hari libur"),
    ("setting", "Pengaturan"),
    ("basis_data", "Basis data"),
];

pub fn choices() -> Choices {
    fn of<T: Copy>(all: &[T], key: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<Choice> {
        all.iter().map(|v| Choice { key: key(*v), label: label(*v).to_string() }).collect()
    }
    Choices {
        staff_kinds: of(StaffKind::ALL, StaffKind::as_str, StaffKind::label),
        jabatan_classes: of(JabatanClass::ALL, JabatanClass::as_str, JabatanClass::label),
        service_classes: of(ServiceClass::ALL, ServiceClass::as_str, ServiceClass::label),
        gov_levels: of(GovLevel::ALL, GovLevel::as_str, GovLevel::label),
        golongan_pns: crate::model::golongan::pns_choices().map(|(g, p)| Choice { key: g, label: format!("{p} ({g})") }).collect(),
        days: Hari::pick_list(),
        zones: Zone::pick_list(),
        shift_patterns: shift::ShiftPattern::pick_list(),
        fwa_locations: fwa::Location::pick_list(),
        fwa_kinds: fwa::Kind::pick_list(),
        fwa_reasons: fwa::Reason::pick_list(),
        fwa_statuses: fwa::Status::pick_list(),
        piket_from_default: crate::model::circular::Classes::OFFICIALS.list().iter().map(|c| c.as_str()).collect(),
        circular_details: CircularDetail::pick_list(),
        golongan_pppk: crate::model::golongan::pppk_choices().map(|g| Choice { key: g, label: format!("Golongan {g}") }).collect(),
        workdays: [("5", "Senin–Jumat"), ("6", "Senin–Sabtu"), ("7", "Setiap hari, termasuk hari libur")]
            .into_iter()
            .map(|(key, label)| Choice { key, label: label.into() })
            .collect(),
        presence_codes: presence::Mark::codes(),
        leave_kinds: presence::LeaveKind::pick_list(),
        schedule_codes: schedule::Code::pick_list(),
        schedule_keys: schedule::Code::shortcuts(),
        data_kinds: DATA_KINDS.iter().map(|(key, label)| Choice { key, label: (*label).into() }).collect(),
    }
}
