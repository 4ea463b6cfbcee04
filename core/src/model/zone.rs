//! A region's Covid-19 risk zone over time (SE MenPAN-RB 67/2020 caps WFO by it).

use serde::{Deserialize, Serialize};

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

/// A period the region was under PSBB (pembatasan sosial berskala besar), both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PsbbPeriod {
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
}

/// From `from` on (until the next), the region's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZoneFrom {
    pub from: chrono::NaiveDate,
    pub zone: Zone,
}
