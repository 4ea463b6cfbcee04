//! Requests to work away under flexible work (PermenPANRB 4/2025: a person asks with a reason,
//! evidence and a work plan; the superior decides), and the disciplinary sanctions that make a
//! person ineligible for their period.

use crate::model::Hari;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// Where the person works when away (PermenPANRB 4/2025, art. 11).
    Location {
        Home => "rumah", "Rumah/tempat tinggal";
        OtherOffice => "kantor_lain", "Kantor lain instansi";
        OtherPlace => "lokasi_lain", "Lokasi lain sesuai kebutuhan organisasi";
    }
}

keyed_enum! {
    /// What a request asks for (PermenPANRB 4/2025: flexible by location, or by time).
    Kind {
        Location => "lokasi", "Lokasi: bekerja di luar kantor";
        Time => "waktu", "Waktu: jam kerja dinamis";
    }
}

keyed_enum! {
    /// Why the person asks (art. 8: task characteristics and special circumstances).
    Reason {
        Health => "kesehatan", "Kesehatan";
        Family => "keluarga", "Keluarga";
        Emergency => "darurat", "Keadaan darurat";
        Task => "tugas", "Karakteristik tugas";
    }
}

keyed_enum! {
    /// Where a request stands.
    Status {
        Submitted => "diajukan", "Diajukan";
        Approved => "disetujui", "Disetujui";
        Rejected => "ditolak", "Ditolak";
        Withdrawn => "ditarik", "Ditarik";
    }
}

/// A request as the lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub id: i64,
    pub staff_id: i64,
    pub staff_name: String,
    pub id_display: String,
    pub unit_id: i64,
    pub unit_name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The weekdays asked for within `from..=to`; empty: every working day.
    pub days: Vec<Hari>,
    pub kind: Kind,
    /// Where, for a request to work away; none for dynamic hours (in the office).
    pub location: Option<Location>,
    pub reason: Reason,
    pub evidence: String,
    pub work_plan: String,
    pub status: Status,
    pub decided_by: String,
    pub decided_on: Option<NaiveDate>,
    pub decision_note: String,
    /// `Setiap Jumat, 04-12-2026 s.d. 25-12-2026`
    pub when: String,
    /// For a request to work at home, the home recorded in the staff data (PermenPANRB 4/2025
    /// art. 11), or that it is not recorded; empty for other requests.
    pub home: String,
    /// Its targets assessed on days away so far: met, partly, not met (filled by the list).
    #[serde(default)]
    pub outcomes: [u32; 3],
}

/// [`Request::home`] of a request at home, from the person's recorded address.
pub fn home_of(address: &str) -> String {
    match address.trim() {
        "" => "belum tercatat di data kepegawaian".into(),
        a => a.to_string(),
    }
}

impl Request {
    /// Whether the request asks for `d` (the unit's working days are the caller's to check).
    pub fn covers(&self, d: NaiveDate) -> bool {
        d >= self.from && d <= self.to && (self.days.is_empty() || self.days.contains(&Hari::of(d)))
    }

    pub(crate) fn when_text(from: NaiveDate, to: NaiveDate, days: &[Hari]) -> String {
        let period = if from == to {
            crate::model::dates::short(from)
        } else {
            format!("{} s.d. {}", crate::model::dates::short(from), crate::model::dates::short(to))
        };
        if days.is_empty() || from == to {
            period
        } else {
            format!("Setiap {}, {period}", days.iter().map(|h| h.label()).collect::<Vec<_>>().join(", "))
        }
    }
}

/// What the clerk enters for a request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RequestInput {
    pub staff_id: Option<i64>,
    pub from: String,
    pub to: String,
    pub days: Vec<String>,
    /// `lokasi` (bawaan) or `waktu`.
    pub kind: String,
    pub location: String,
    pub reason: String,
    pub evidence: String,
    pub work_plan: String,
}

/// A disciplinary sanction for a period (riwayat hukuman disiplin): while it lasts, the person
/// may not work flexibly (PermenPANRB 4/2025 art. 25).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sanction {
    pub id: i64,
    pub staff_id: i64,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The type of sanction as the decree names it: `Hukuman disiplin sedang`, `Teguran tertulis`.
    #[serde(default)]
    pub kind: String,
    /// The decree's number (`800.1.6.4/123/BKPSDM`).
    #[serde(default)]
    pub decree: String,
    pub note: String,
}
