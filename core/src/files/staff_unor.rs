//! Where SIASN's UNOR (unit organisasi) lands among the office's units. BKN's tree is its own:
//! often a level deeper than the office's units, or named otherwise ("Sub Bagian Umum dan
//! Kepegawaian" for the office's "Sekretariat / Umum"). A UNOR goes to the unit or team the
//! clerk chose in the preview, else where the last import put it, else to the unit of its own
//! name (made when missing); the choice is kept for the next export.

use super::staff_io::Mapping;
use crate::model::error::{Error, Result};
use crate::model::Unit;
use crate::store::Tx;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The import mapping's key by which the clerk places a UNOR: `unor:<UNOR ID>` → the number of
/// a unit or team, or empty for a unit of the UNOR's own name.
pub const UNOR_PREFIX: &str = "unor:";

/// One UNOR of the file, and where its people go.
#[derive(Debug, Clone, Serialize)]
pub struct UnorLine {
    pub id: String,
    pub name: String,
    pub people: usize,
    /// The unit or team; none while it is a unit this import makes.
    pub unit_id: Option<i64>,
    /// `Bidang Persandian dan Statistik / Seksi Statistik`
    pub unit: String,
    /// Why there, in words.
    pub how: &'static str,
}

pub(super) struct Unors {
    chosen: HashMap<String, Option<i64>>,
    stored: HashMap<String, i64>,
    lines: BTreeMap<String, UnorLine>,
}

impl Unors {
    pub(super) fn read(tx: &Tx, given: Option<&Mapping>) -> Result<Unors> {
        let chosen = given
            .into_iter()
            .flat_map(|m| m.0.iter())
            .filter_map(|(k, v)| Some((k.strip_prefix(UNOR_PREFIX)?.to_string(), v.trim().parse::<i64>().ok())))
            .collect();
        Ok(Unors { chosen, stored: tx.unor_units()?, lines: BTreeMap::new() })
    }

    /// The unit and team of a person in UNOR `id` named `name`; `by_name` finds or makes the
    /// unit of that name when the UNOR is not placed.
    pub(super) fn place(&mut self, tx: &Tx, id: &str, name: &str, by_name: impl FnOnce() -> Result<Unit>) -> Result<(Unit, Option<Unit>)> {
        let (target, how) = match self.chosen.get(id) {
            Some(Some(u)) => (Some(*u), "dipilih"),
            Some(None) => (None, ""),
            None => (self.stored.get(id).copied(), "diingat dari impor sebelumnya"),
        };
        let placed = match target {
            Some(t) => Some(tx.unit(t)?.ok_or_else(|| Error::invalid("mapping", format!("Unit nomor {t} untuk UNOR {name} tidak ada.")))?),
            None => None,
        };
        let (unit, team, how) = match placed {
            Some(u) => match u.parent_id {
                Some(p) => (tx.unit(p)?.ok_or_else(|| Error::NotFound("Unit kerja".into()))?, Some(u), how),
                None => (u, None, how),
            },
            None => {
                let known = tx.unit_by_name(name, None)?.is_some();
                (by_name()?, None, if known { "unit bernama sama" } else { "unit baru" })
            }
        };
        let at = team.as_ref().unwrap_or(&unit);
        tx.set_unor_unit(id, name, at.id)?;
        let line = self.lines.entry(id.to_string()).or_insert_with(|| UnorLine {
            id: id.to_string(),
            name: name.to_string(),
            people: 0,
            unit_id: (how != "unit baru").then_some(at.id),
            unit: match &team {
                Some(t) => format!("{} / {}", unit.name, t.name),
                None => unit.name.clone(),
            },
            how,
        });
        line.people += 1;
        Ok((unit, team))
    }

    pub(super) fn lines(self) -> Vec<UnorLine> {
        self.lines.into_values().collect()
    }
}
