//! Targets of days away (PermenPANRB 4/2025: a request carries a work plan with measurable
//! targets, and the office monitors them). Each line of an approved request's work plan is a
//! target; on each day away the clerk records what became of each (met, partly, not, with a
//! line), and the unit head confirms the day. The evaluation counts them (docs/domain.md,
//! "Monitoring and evaluation").

use crate::model::dates;
use crate::model::error::{Error, FieldError, Result};
use crate::model::fwa::Status;
pub use crate::model::targets::{targets_of, Outcome, TargetLine};
use crate::store::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One person's day away with its targets.
#[derive(Debug, Clone, Serialize)]
pub struct DayTargets {
    pub staff_id: i64,
    pub name: String,
    pub id_display: String,
    pub unit_name: String,
    pub day: NaiveDate,
    pub date_label: String,
    /// `Setiap Jumat, 04-12-2026 s.d. 25-12-2026`: the approved request the targets come from.
    pub request: String,
    pub targets: Vec<TargetLine>,
    /// The unit head who confirmed the day; empty until then.
    pub confirmed_by: String,
}

/// What the clerk records for one target.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OutcomeInput {
    pub no: u32,
    /// `tercapai`, `sebagian`, `tidak` (or their names).
    pub outcome: String,
    pub note: String,
}

/// The day's targets of `who` (NIP, NIK or row number) on `day` (as typed): from the approved
/// request to work away that covers it.
pub fn day(store: &mut Store, who: &str, day: &str) -> Result<DayTargets> {
    let person = crate::office::staff::find(store, who)?;
    let date = dates::parse_field("date", day)?;
    let request = store
        .read(|tx| tx.fwa_requests(Some((date, date))))?
        .into_iter()
        .find(|r| r.staff_id == person.id && r.status == Status::Approved && r.location.is_some() && r.covers(date))
        .ok_or_else(|| {
            Error::invalid(
                "date",
                format!(
                    "{} tidak memiliki pengajuan kerja di luar kantor yang disetujui untuk {}: target diambil dari rencana kerja pengajuannya.",
                    person.name,
                    dates::short(date)
                ),
            )
        })?;
    let (outcomes, confirmed) =
        store.read(|tx| Ok((tx.target_outcomes(date, date)?, tx.target_check(person.id, date)?.unwrap_or_default())))?;
    let targets = targets_of(&request.work_plan)
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let no = i as u32 + 1;
            let found = outcomes.iter().find(|(s, _, n, _, _)| *s == person.id && *n == no);
            TargetLine { no, text, outcome: found.map(|o| o.3), note: found.map(|o| o.4.clone()).unwrap_or_default() }
        })
        .collect();
    Ok(DayTargets {
        staff_id: person.id,
        name: person.name.clone(),
        id_display: person.id_display.clone(),
        unit_name: person.unit_name.clone(),
        day: date,
        date_label: format!("{}, {}", dates::day_name(date), dates::short(date)),
        request: request.when.clone(),
        targets,
        confirmed_by: confirmed,
    })
}

/// Records the outcomes of the day's targets (replacing earlier ones; a confirmation given
/// before is withdrawn, as it confirmed something else). A target partly met or not met
/// needs its line.
pub fn set(store: &mut Store, who: &str, date: &str, outcomes: &[OutcomeInput]) -> Result<DayTargets> {
    let d = day(store, who, date)?;
    let mut e = Vec::new();
    let mut rows = Vec::new();
    for o in outcomes {
        let Some(t) = d.targets.iter().find(|t| t.no == o.no) else {
            e.push(FieldError::new(
                "targets",
                format!("Target nomor {} tidak ada; rencana kerjanya memuat {} target.", o.no, d.targets.len()),
            ));
            continue;
        };
        let Some(outcome) = Outcome::parse(&o.outcome) else {
            e.push(FieldError::new(
                "targets",
                format!("Target {} \"{}\": capaian \"{}\" tidak dikenal; pilih {}.", t.no, t.text, o.outcome.trim(), Outcome::choices()),
            ));
            continue;
        };
        if outcome != Outcome::Met && o.note.trim().is_empty() {
            e.push(FieldError::new("targets", format!("Target {} \"{}\": tuliskan apa yang belum selesai.", t.no, t.text)));
            continue;
        }
        rows.push((o.no, outcome, o.note.trim().to_string()));
    }
    if !e.is_empty() {
        return Err(Error::Invalid(e));
    }
    store.write("menyimpan capaian target", |tx| tx.set_target_outcomes(d.staff_id, d.day, &rows))?;
    day(store, who, date)
}

/// The unit head confirms the day: every target must have its outcome.
pub fn confirm(store: &mut Store, who: &str, date: &str, by: &str) -> Result<DayTargets> {
    let d = day(store, who, date)?;
    if by.trim().is_empty() {
        return Err(Error::invalid("by", "Nama atasan yang mengonfirmasi wajib diisi."));
    }
    let open: Vec<String> = d.targets.iter().filter(|t| t.outcome.is_none()).map(|t| t.no.to_string()).collect();
    if !open.is_empty() {
        return Err(Error::invalid(
            "targets",
            format!("Capaian target nomor {} belum dicatat; konfirmasi setelah semua target dinilai.", open.join(", ")),
        ));
    }
    store.write("mengonfirmasi capaian target", |tx| tx.confirm_targets(d.staff_id, d.day, by.trim()))?;
    day(store, who, date)
}

/// Targets assessed in `from..=to` per person: (met, partly, not met).
pub fn counts_between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<std::collections::HashMap<i64, [u32; 3]>> {
    let mut out: std::collections::HashMap<i64, [u32; 3]> = std::collections::HashMap::new();
    for (staff_id, _, _, outcome, _) in store.read(|tx| tx.target_outcomes(from, to))? {
        out.entry(staff_id).or_default()[outcome.index()] += 1;
    }
    Ok(out)
}
