//! The planner: a planning instance in, a schedule out (docs/planner.md, version 2).
//!
//! Units are independent, so each is solved on its own, and exactly (unit.rs):
//! 1. Breach, team cover and unmet wishes are counts over disjoint groups (a unit's day, a
//!    person's week, a team's day, a person's day), so one minimum-cost flow with the three
//!    weighted one above the other finds their lexicographic optimum (mcf.rs).
//! 2. The flow's potentials give the bounds every schedule as good keeps on each arc; within
//!    them fairness is searched: over the unit's WFO total `T` (ordered by a lower bound, so
//!    few are tried) and, for each, the candidate deviations with a max-flow feasibility test
//!    (flow.rs), as in version 1.
//!
//! Deterministic: the same instance gives the same schedule. The whole period is one problem,
//! so fairness holds across weeks.

mod flow;
mod mcf;
mod unit;

use crate::model::error::{Error, FieldError, Result};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Instance {
    pub days: Vec<String>,
    pub units: Vec<UnitNeed>,
    pub staff: Vec<Person>,
}

/// A unit's days: `need` (exactly, version 1) or a range `min` / `max` (either may be absent).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct UnitNeed {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<Vec<u32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Vec<u32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Vec<u32>>,
    /// What each person wants on a day with no `want` of their own: `"O"` or `"H"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_want: Option<String>,
}

impl UnitNeed {
    /// Exactly `need[d]` on WFO each day.
    pub fn exact(id: impl Into<String>, need: Vec<u32>) -> UnitNeed {
        UnitNeed { id: id.into(), need: Some(need), ..UnitNeed::default() }
    }

    /// Between `min[d]` and `max[d]` on WFO each day.
    pub fn range(id: impl Into<String>, min: Vec<u32>, max: Vec<u32>) -> UnitNeed {
        UnitNeed { id: id.into(), min: Some(min), max: Some(max), ..UnitNeed::default() }
    }

    /// The day's bounds as written (no bound: `0` and `None`).
    pub fn bounds(&self, d: usize) -> (u32, Option<u32>) {
        match &self.need {
            Some(n) => (n[d], Some(n[d])),
            None => (self.min.as_ref().map_or(0, |m| m[d]), self.max.as_ref().map(|m| m[d])),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Person {
    pub id: String,
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub off: Vec<usize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_wfo: Vec<usize>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lock: BTreeMap<String, String>,
    /// At most this many `H` days in each ISO week (forced ones count, and are kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wfh_max_week: Option<u32>,
    /// The days the person asked for, `"O"` or `"H"`: granted as far as the rules allow.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub want: BTreeMap<String, String>,
    /// The person's row in the schedule being re-planned, `?` for a day with none (Giliran's
    /// own key, docs/planner.md). Among equally good schedules the planner keeps these days
    /// where it can, so one change does not reshuffle everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
}

/// A unit-day outside its range, or (with `staff`) a person-week over its limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub unit: String,
    /// The day; for a person-week, its first day in the period.
    pub day: usize,
    /// The bound that was missed: the minimum, the maximum, or the weekly limit.
    pub need: u32,
    /// WFO planned that day; for a person-week, the WFH days planned in it.
    pub planned: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff: Option<String>,
    /// `2026-W02`, for a person-week.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub week: Option<String>,
    pub reason: String,
}

/// The figures of docs/planner.md, in their order (plus the unit-days outside their range).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Metrics {
    pub breach: usize,
    pub unmet_unit_days: usize,
    pub team_cover_misses: usize,
    pub unmet_wants: usize,
    pub fairness_max_dev: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// One string per person: `O` WFO, `H` WFH, `-` away.
    pub schedule: BTreeMap<String, String>,
    pub violations: Vec<Violation>,
    pub metrics: Metrics,
    /// Person-days that differ from `previous` (days marked `?` there do not count).
    pub moved: usize,
}

/// What a person's day is before planning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fixed {
    Off,
    Home,
    Office,
    Free,
}

/// Reads and checks an instance; errors name the person or unit and the field.
pub fn parse(json: &str) -> Result<Instance> {
    let inst: Instance = serde_json::from_str(json).map_err(|e| {
        Error::invalid("instance", format!("Berkas instans tidak dapat dibaca (baris {}, kolom {}): {e}", e.line(), e.column()))
    })?;
    validate(&inst)?;
    Ok(inst)
}

fn is_code(v: &str) -> bool {
    v == "O" || v == "H"
}

fn validate(inst: &Instance) -> Result<()> {
    let nd = inst.days.len();
    let mut e = Vec::new();
    let mut units = HashMap::new();
    for u in &inst.units {
        if u.need.is_some() && (u.min.is_some() || u.max.is_some()) {
            e.push(FieldError::new("units", format!("Unit {}: tulis need, atau min/max, bukan keduanya.", u.id)));
        }
        for (name, list) in [("kebutuhan", &u.need), ("min", &u.min), ("max", &u.max)] {
            if let Some(list) = list.as_ref().filter(|l| l.len() != nd) {
                e.push(FieldError::new("units", format!("Unit {}: {name} berisi {} hari, seharusnya {nd}.", u.id, list.len())));
            }
        }
        if let Some(w) = u.default_want.as_deref().filter(|w| !is_code(w)) {
            e.push(FieldError::new("units", format!("Unit {}: default_want harus \"O\" atau \"H\", tertulis \"{w}\".", u.id)));
        }
        if units.insert(u.id.as_str(), ()).is_some() {
            e.push(FieldError::new("units", format!("Unit {} ditulis dua kali.", u.id)));
        }
    }
    let mut seen = HashMap::new();
    for p in &inst.staff {
        if seen.insert(p.id.as_str(), ()).is_some() {
            e.push(FieldError::new("staff", format!("Pegawai {} ditulis dua kali.", p.id)));
        }
        if !units.contains_key(p.unit.as_str()) {
            e.push(FieldError::new("staff", format!("Pegawai {}: unit {} tidak ada dalam daftar unit.", p.id, p.unit)));
        }
        if let Some(d) = p.off.iter().chain(&p.no_wfo).find(|d| **d >= nd) {
            e.push(FieldError::new("staff", format!("Pegawai {}: hari ke-{d} di luar periode ({nd} hari).", p.id)));
        }
        for (what, map) in [("kunci", &p.lock), ("keinginan", &p.want)] {
            for (k, v) in map {
                match k.parse::<usize>() {
                    Ok(d) if d < nd && is_code(v) => {}
                    Ok(d) if d < nd => e.push(FieldError::new(
                        "staff",
                        format!("Pegawai {}: {what} hari ke-{d} harus \"O\" atau \"H\", tertulis \"{v}\".", p.id),
                    )),
                    _ => e.push(FieldError::new("staff", format!("Pegawai {}: {what} \"{k}\" bukan hari dalam periode.", p.id))),
                }
            }
        }
    }
    if inst.staff.iter().any(|p| p.wfh_max_week.is_some()) {
        for (d, s) in inst.days.iter().enumerate() {
            if NaiveDate::parse_from_str(s, "%Y-%m-%d").is_err() {
                e.push(FieldError::new(
                    "days",
                    format!("Hari ke-{d} \"{s}\" bukan tanggal (YYYY-MM-DD); batas WFH mingguan memerlukan tanggal."),
                ));
                break;
            }
        }
    }
    if e.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(e))
    }
}

/// The ISO week of each day as an index (0, 1, …) and each week's name; days that are not
/// dates are each a week of their own (they carry no weekly limit: [`validate`]).
fn weeks(days: &[String]) -> (Vec<usize>, Vec<String>) {
    let mut names: Vec<String> = Vec::new();
    let index = days
        .iter()
        .enumerate()
        .map(|(d, s)| {
            let name = match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(date) => format!("{}-W{:02}", date.iso_week().year(), date.iso_week().week()),
                Err(_) => format!("hari-{d}"),
            };
            match names.iter().position(|n| *n == name) {
                Some(i) => i,
                None => {
                    names.push(name);
                    names.len() - 1
                }
            }
        })
        .collect();
    (index, names)
}

/// Plans every unit; the instance must have passed [`parse`] (or be built by the app).
pub fn plan(inst: &Instance) -> Plan {
    plan_with(inst, &|_, _| {})
}

/// One unit's rows (staff index, schedule row) and its violations.
type UnitPlan = (Vec<(usize, String)>, Vec<Violation>);

/// [`plan`], calling `progress(units_done, units_total)` as each unit is finished (from the
/// planning threads), so a window can show how far a long period has come.
pub fn plan_with(inst: &Instance, progress: &(dyn Fn(usize, usize) + Sync)) -> Plan {
    let (week_of, week_names) = weeks(&inst.days);
    let weeks = (&week_of[..], &week_names[..]);
    let mut by_unit: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in inst.staff.iter().enumerate() {
        by_unit.entry(p.unit.as_str()).or_default().push(i);
    }
    let mut jobs: Vec<(&UnitNeed, Vec<usize>)> =
        inst.units.iter().map(|u| (u, by_unit.remove(u.id.as_str()).unwrap_or_default())).collect();
    // Large units first, dealt round the threads, so that the threads finish together.
    jobs.sort_by_key(|(_, m)| std::cmp::Reverse(m.len()));
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4);
    let total = jobs.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let done = &done;
    let jobs = &jobs;
    let results: Vec<UnitPlan> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|k| {
                s.spawn(move || {
                    let mut rows = Vec::new();
                    let mut viol = Vec::new();
                    for (u, members) in jobs.iter().skip(k).step_by(threads) {
                        let (r, v) = unit::plan_unit(inst, weeks, u, members);
                        rows.extend(r);
                        viol.extend(v);
                        progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, total);
                    }
                    (rows, viol)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    let mut schedule = BTreeMap::new();
    let mut violations = Vec::new();
    for (rows, viol) in results {
        for (i, row) in rows {
            schedule.insert(inst.staff[i].id.clone(), row);
        }
        violations.extend(viol);
    }
    let order: HashMap<&str, usize> = inst.units.iter().enumerate().map(|(i, u)| (u.id.as_str(), i)).collect();
    violations.sort_by(|a, b| (order.get(a.unit.as_str()), a.day, &a.staff).cmp(&(order.get(b.unit.as_str()), b.day, &b.staff)));
    let metrics = metrics(inst, &schedule);
    let moved = inst
        .staff
        .iter()
        .filter_map(|p| Some((p.previous.as_deref()?, schedule.get(&p.id)?)))
        .map(|(a, b)| a.bytes().zip(b.bytes()).filter(|(x, y)| *x != b'?' && x != y).count())
        .sum();
    Plan { schedule, violations, metrics, moved }
}

fn fixed_days(p: &Person, nd: usize) -> Vec<Fixed> {
    let mut f = vec![Fixed::Free; nd];
    for (k, v) in &p.lock {
        if let Ok(d) = k.parse::<usize>() {
            if d < nd {
                f[d] = if v == "O" { Fixed::Office } else { Fixed::Home };
            }
        }
    }
    for &d in p.no_wfo.iter().filter(|d| **d < nd) {
        f[d] = Fixed::Home;
    }
    for &d in p.off.iter().filter(|d| **d < nd) {
        f[d] = Fixed::Off;
    }
    f
}

/// Per day of a free person-day: `Some(true)` wants `O`, `Some(false)` wants `H`.
fn wants(p: &Person, unit: &UnitNeed, nd: usize) -> Vec<Option<bool>> {
    let default = unit.default_want.as_deref().map(|w| w == "O");
    let mut w = vec![default; nd];
    for (k, v) in &p.want {
        if let Ok(d) = k.parse::<usize>() {
            if d < nd && is_code(v) {
                w[d] = Some(v == "O");
            }
        }
    }
    w
}

/// How a unit's people stand on one day before planning.
#[derive(Debug, Clone, Copy)]
struct DayCounts {
    off: u32,
    home: u32,
    office: u32,
    free: u32,
}

impl DayCounts {
    fn of(fixed: &[Vec<Fixed>], d: usize) -> DayCounts {
        let count = |k: Fixed| fixed.iter().filter(|f| f[d] == k).count() as u32;
        DayCounts { off: count(Fixed::Off), home: count(Fixed::Home), office: count(Fixed::Office), free: count(Fixed::Free) }
    }

    /// The day's bounds clamped to what its forced days allow: `(lo, hi)` (docs/planner.md,
    /// rule 0).
    fn clamped(self, min: u32, max: Option<u32>) -> (u32, u32) {
        let room = self.office + self.free;
        let lo = min.max(self.office).min(room);
        let hi = max.unwrap_or(u32::MAX).min(room).max(self.office);
        (lo, hi)
    }
}

/// The figures of docs/planner.md ("The rules, in order") for a schedule of this instance.
pub fn metrics(inst: &Instance, schedule: &BTreeMap<String, String>) -> Metrics {
    let nd = inst.days.len();
    let (week_of, week_names) = weeks(&inst.days);
    let mut m = Metrics { breach: 0, unmet_unit_days: 0, team_cover_misses: 0, unmet_wants: 0, fairness_max_dev: 0.0 };
    let mut worst: f64 = 0.0;
    let mut by_unit: HashMap<&str, Vec<&Person>> = HashMap::new();
    for p in &inst.staff {
        by_unit.entry(p.unit.as_str()).or_default().push(p);
    }
    for u in &inst.units {
        let members = by_unit.remove(u.id.as_str()).unwrap_or_default();
        let rows: Vec<Vec<u8>> = members.iter().map(|p| schedule.get(&p.id).map(|r| r.as_bytes().to_vec()).unwrap_or_default()).collect();
        let at = |m: usize, d: usize| rows[m].get(d).copied().unwrap_or(b'-');
        let fixed: Vec<Vec<Fixed>> = members.iter().map(|p| fixed_days(p, nd)).collect();
        for d in 0..nd {
            let (min, max) = u.bounds(d);
            let (lo, hi) = DayCounts::of(&fixed, d).clamped(min, max);
            let planned = (0..members.len()).filter(|&m| at(m, d) == b'O').count() as u32;
            m.breach += (lo.saturating_sub(planned) + planned.saturating_sub(hi)) as usize;
            if planned < min || max.is_some_and(|x| planned > x) {
                m.unmet_unit_days += 1;
            }
            if min > 0 {
                let mut teams: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
                for (k, p) in members.iter().enumerate() {
                    let entry = teams.entry(p.team.as_deref().unwrap_or("")).or_default();
                    entry.0 |= matches!(fixed[k][d], Fixed::Free | Fixed::Office);
                    entry.1 |= at(k, d) == b'O';
                }
                m.team_cover_misses += teams.values().filter(|(could, cov)| *could && !*cov).count();
            }
        }
        for (k, p) in members.iter().enumerate() {
            if let Some(cap) = p.wfh_max_week {
                for w in 0..week_names.len() {
                    let days = (0..nd).filter(|d| week_of[*d] == w);
                    let forced = days.clone().filter(|&d| fixed[k][d] == Fixed::Home).count() as u32;
                    let home = days.filter(|&d| at(k, d) == b'H').count() as u32;
                    m.breach += home.saturating_sub(cap.max(forced)) as usize;
                }
            }
            let want = wants(p, u, nd);
            m.unmet_wants += (0..nd).filter(|&d| fixed[k][d] == Fixed::Free && want[d].is_some_and(|o| o != (at(k, d) == b'O'))).count();
        }
        let total: usize = rows.iter().map(|r| r.iter().filter(|c| **c == b'O').count()).sum();
        let avail: Vec<usize> = fixed.iter().map(|f| f.iter().filter(|x| **x != Fixed::Off).count()).collect();
        let e: usize = avail.iter().sum();
        for (k, r) in rows.iter().enumerate() {
            let tau = if e == 0 { 0.0 } else { total as f64 * avail[k] as f64 / e as f64 };
            worst = worst.max((r.iter().filter(|c| **c == b'O').count() as f64 - tau).abs());
        }
    }
    m.fairness_max_dev = (worst * 1e6).round() / 1e6;
    m
}

#[cfg(test)]
mod tests;
