//! Plan against actual: per working day, unit and person, what was planned (WFO, WFH, an
//! approved request to work away, dynamic hours) against what was recorded (the machine,
//! e-presensi, or by hand). The allowance (TPP) follows attendance, so the office sees where
//! the two part: planned in the office but absent or working away; planned away but never
//! checked in; dynamic hours started after their window. Days of a system outage
//! ("gangguan sistem") are never counted against anyone, and are listed.

use crate::model::dates;
use crate::model::error::Result;
use crate::model::outage::Outage;
use crate::model::presence::{Mark, Record};
use crate::office::period::Period;
use crate::office::schedule::{Code, Limit};
use crate::store::Store;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

pub use crate::model::presence::Gap;

/// One person-day where plan and record part.
#[derive(Debug, Clone, Serialize)]
pub struct Mismatch {
    pub date: NaiveDate,
    pub date_label: String,
    pub unit_name: String,
    pub id_display: String,
    pub name: String,
    pub planned: String,
    pub recorded: String,
    pub gap: Gap,
    pub gap_label: &'static str,
}

/// A unit's days: planned person-days, those that held, those that parted.
#[derive(Debug, Clone, Serialize)]
pub struct UnitLine {
    pub unit_name: String,
    pub planned: u32,
    pub held: u32,
    pub parted: u32,
    /// Away for a known reason (sick, leave, official travel): neither held nor parted.
    pub excused: u32,
    /// On unit-days with nothing recorded for anyone: presence not entered yet, so nothing to
    /// compare (a whole unit absent is far likelier a register not yet typed in).
    pub unrecorded: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub period: String,
    /// The last day compared (no later than today: later days have no record yet).
    pub through: NaiveDate,
    pub units: Vec<UnitLine>,
    /// How many of each gap among the unit and person chosen, in [`Gap::ALL`] order with its
    /// label.
    pub counts: Vec<(Gap, &'static str, u32)>,
    /// The mismatches matching the filter, in date, unit and name order (the first
    /// [`Filter::limit`] of them).
    pub rows: Vec<Mismatch>,
    /// How many mismatches match the filter, listed or not.
    pub rows_total: usize,
    /// The outages of the period, in words: their person-days were not compared.
    pub outages: Vec<String>,
}

/// Which mismatches to list.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct Filter {
    pub unit_id: Option<i64>,
    /// Words of the name or the NIP.
    pub person: String,
    pub gap: Option<Gap>,
    /// At most this many mismatches listed (the window draws 500); all when unset.
    pub limit: Option<usize>,
}

/// Compares plan and record over `from..=to` (already checked dates), up to `today`.
pub fn compare(store: &mut Store, from: NaiveDate, to: NaiveDate, filter: &Filter, today: NaiveDate) -> Result<Comparison> {
    let period = Period::read(store, from, to.min(today).max(from))?;
    compare_in(store, &period, filter, today)
}

/// [`compare`] over a period already read (the report has it), up to `today`.
pub fn compare_in(store: &mut Store, period: &Period, filter: &Filter, today: NaiveDate) -> Result<Comparison> {
    let (from, through) = (period.from, period.to.min(today));
    let (records, outages) = store.read(|tx| Ok((tx.presence_between(from, through)?, tx.outages_between(from, through)?)))?;
    let records: HashMap<(i64, NaiveDate), Record> = records.into_iter().map(|r| ((r.staff_id, r.day), r)).collect();
    let dynamic = crate::office::fwa::dynamic_days(store, from, through)?;
    let limits = period.limit_map();
    // Online presence windows of the circular governing the day (Kaltim 2026), and the punches
    // to check them against: read only when some circular sets them.
    // A window may hold only in Ramadan or outside it: Ramadan is the office's dated hours.
    let governors = crate::office::circulars::Governors::read(store)?;
    let hours = crate::office::presence::hours(store)?;
    let windows: HashMap<NaiveDate, Vec<crate::model::circular::PresenceWindow>> = period
        .needs
        .iter()
        .map(|n| n.date)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|d| {
            let all = governors.circular_on(d).map_or(&[][..], |c| c.obligations.presence_windows.as_slice());
            (d, all.iter().filter(|w| w.holds(hours.season_on(d).is_some())).copied().collect())
        })
        .collect();
    let windows_on = |d: NaiveDate| windows.get(&d).map_or(&[][..], Vec::as_slice);
    let mut punched: HashMap<(i64, NaiveDate), Vec<chrono::NaiveTime>> = HashMap::new();
    if governors.any(|c| !c.obligations.presence_windows.is_empty()) {
        for (id, at) in store.read(|tx| tx.punches_between(from, through))? {
            punched.entry((id, at.date())).or_default().push(at.time());
        }
    }
    let missed_window = |key: &(i64, NaiveDate)| {
        windows_on(key.1).iter().find(|w| !punched.get(key).is_some_and(|ts| ts.iter().any(|t| *t >= w.from && *t <= w.to))).copied()
    };
    let mut by_unit: HashMap<i64, Vec<&crate::model::Staff>> = HashMap::new();
    for s in &period.staff {
        by_unit.entry(s.unit_id).or_default().push(s);
    }
    let words = filter.person.trim().to_lowercase();
    let mut units: Vec<UnitLine> = Vec::new();
    let mut unit_at: HashMap<i64, usize> = HashMap::new();
    let mut counts: HashMap<Gap, u32> = HashMap::new();
    let mut rows = Vec::new();
    let mut rows_total = 0;
    let limit = filter.limit.unwrap_or(usize::MAX);
    let in_unit = |id: i64| filter.unit_id.is_none_or(|chosen| chosen == id);
    for n in period.needs.iter().filter(|n| n.date <= through && in_unit(n.unit_id)) {
        let line = *unit_at.entry(n.unit_id).or_insert_with(|| {
            units.push(UnitLine { unit_name: n.unit_name.clone(), planned: 0, held: 0, parted: 0, excused: 0, unrecorded: 0 });
            units.len() - 1
        });
        if outages.iter().any(|o: &Outage| o.covers(n.date, n.unit_id)) {
            continue;
        }
        let members = by_unit.get(&n.unit_id).map_or(&[][..], Vec::as_slice);
        let entered = members.iter().any(|s| records.contains_key(&(s.id, n.date)));
        for s in members.iter().copied() {
            let key = (s.id, n.date);
            let Some(plan) = period.plan.get(&key).map(|a| a.code) else { continue };
            let record = records.get(&key);
            // Away for a reason known (sick, leave, travel): recorded so (recording it takes
            // the day out of the plan), or entered ahead.
            let excused = record.map_or(limits.get(&key) == Some(&Limit::Off), |r| r.code.is_away());
            if plan == Code::Away && !excused {
                continue;
            }
            let u = &mut units[line];
            u.planned += 1;
            if excused {
                u.excused += 1;
                continue;
            }
            if !entered {
                u.unrecorded += 1;
                continue;
            }
            let missed = if plan == Code::Home { missed_window(&key) } else { None };
            let gap = match (plan, record) {
                (Code::Office, None) => Some(Gap::Absent),
                (Code::Office, Some(r)) if r.code == Mark::Tk => Some(Gap::Absent),
                (Code::Office, Some(r)) if r.code == Mark::Wfh => Some(Gap::WorkedAway),
                (Code::Home, None) => Some(Gap::NoCheckIn),
                (Code::Home, Some(r)) if r.code == Mark::Tk || (r.code == Mark::Wfh && r.check_in.is_none()) => Some(Gap::NoCheckIn),
                (Code::Home, Some(r)) if r.code == Mark::Wfh && missed.is_some() => Some(Gap::MissedWindow),
                (_, Some(r)) => dynamic.get(&key).filter(|latest| r.check_in.is_some_and(|t| t > **latest)).map(|_| Gap::LateStart),
                _ => None,
            };
            let Some(gap) = gap else {
                u.held += 1;
                continue;
            };
            u.parted += 1;
            let person = s;
            // The counts follow the person chosen; the list, the kind too.
            let in_scope =
                words.is_empty() || person.name.to_lowercase().contains(&words) || person.id_number.contains(&words.replace(' ', ""));
            if in_scope {
                *counts.entry(gap).or_default() += 1;
            }
            if in_scope && filter.gap.is_none_or(|g| g == gap) {
                rows_total += 1;
                if rows.len() >= limit {
                    continue;
                }
                rows.push(Mismatch {
                    date: n.date,
                    date_label: n.date_label.clone(),
                    unit_name: n.unit_name.clone(),
                    id_display: person.id_display.clone(),
                    name: person.name.clone(),
                    planned: match (plan, dynamic.get(&key)) {
                        (Code::Office, Some(t)) => format!("WFO, jam dinamis s.d. {}", t.format("%H:%M")),
                        (c, _) => c.label().to_string(),
                    },
                    recorded: match record {
                        None => "belum tercatat".into(),
                        Some(_) if gap == Gap::MissedWindow => {
                            format!("tidak ada presensi pukul {}", missed.map(|w| w.text()).unwrap_or_default())
                        }
                        Some(r) => match (r.check_in, r.check_out) {
                            (Some(a), Some(b)) => format!("{} {}–{}", r.code.as_str(), a.format("%H:%M"), b.format("%H:%M")),
                            (Some(a), None) => format!("{} masuk {}", r.code.as_str(), a.format("%H:%M")),
                            _ => r.code.as_str().to_string(),
                        },
                    },
                    gap,
                    gap_label: gap.label(),
                });
            }
        }
    }
    Ok(Comparison {
        period: format!("{} s.d. {}", dates::short(from), dates::short(through)),
        through,
        units,
        counts: Gap::ALL.iter().copied().map(|g| (g, g.label(), counts.get(&g).copied().unwrap_or(0))).collect(),
        rows,
        rows_total,
        outages: outages.iter().map(Outage::describe).collect(),
    })
}

/// [`compare`] with the dates as typed.
pub fn compare_typed(store: &mut Store, from: &str, to: &str, filter: &Filter, today: NaiveDate) -> Result<Comparison> {
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    dates::days(from, to)?;
    compare(store, from, to, filter, today)
}
