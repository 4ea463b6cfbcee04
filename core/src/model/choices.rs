//! Every pick list the window offers, each from the one definition of its values.

use super::*;
use serde::Serialize;

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
    /// How plan and record part (plan against actual).
    pub actual_gaps: Vec<Choice>,
    /// Whom a circular's quotas count.
    pub circular_covers: Vec<Choice>,
    /// The days of the week a circular's day rule may name.
    pub days: Vec<Choice>,
    /// The details of a circular a template may have inferred.
    pub circular_details: Vec<Choice>,
    /// The risk zones a region may be in.
    pub zones: Vec<Choice>,
    /// The Kepala OPD's recommendation after an evaluation.
    pub recommendations: Vec<Choice>,
    /// What became of a target of a day away.
    pub target_outcomes: Vec<Choice>,
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
    ("risk_zone", "Zona risiko"),
    ("psbb_period", "Masa PSBB"),
    ("recommendation", "Rekomendasi evaluasi"),
    ("target_outcome", "Capaian target"),
    ("target_check", "Konfirmasi capaian target"),
    ("outage", "Gangguan sistem"),
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
        recommendations: crate::model::evaluation::Choice::pick_list(),
        target_outcomes: crate::model::targets::Outcome::pick_list(),
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
        actual_gaps: presence::Gap::pick_list(),
        circular_covers: circular::Covers::pick_list(),
    }
}
