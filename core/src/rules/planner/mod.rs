//! The planner: a planning instance in, a schedule out (docs/planner.md).
//!
//! Units are independent, so each is solved on its own, and exactly:
//! 1. Hard rules: `off` days are `-`, `no_wfo` days `H`, locks kept, and each day exactly the
//!    need on `O` (clamped to what the forced days allow; the gap is reported in Indonesian).
//! 2. Team cover: per day, the free picks cover as many uncovered teams as there are picks,
//!    which is the least number of misses possible that day.
//! 3. Fairness: the smallest largest deviation `|wfo − τ|` over the unit's staff, found by
//!    searching the candidate deviations with a max-flow feasibility test (days → day-teams →
//!    people, with the team-cover and per-person bounds as lower/upper capacities).
//!
//! Deterministic: the same instance gives the same schedule. The whole period is one problem,
//! so fairness holds across weeks.

mod flow;

use crate::model::error::{Error, FieldError, Result};
use flow::Network;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Instance {
    pub days: Vec<String>,
    pub units: Vec<UnitNeed>,
    pub staff: Vec<Person>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct UnitNeed {
    pub id: String,
    pub need: Vec<u32>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
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
    /// The person's row in the schedule being re-planned, `?` for a day with none (Giliran's
    /// own key, docs/planner.md). Among equally good schedules the planner keeps these days
    /// where it can, so one change does not reshuffle everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
}

/// A unit-day whose need could not be met exactly, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub unit: String,
    pub day: usize,
    pub need: u32,
    pub planned: u32,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Metrics {
    pub unmet_unit_days: usize,
    pub team_cover_misses: usize,
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

fn validate(inst: &Instance) -> Result<()> {
    let nd = inst.days.len();
    let mut e = Vec::new();
    let mut units = HashMap::new();
    for u in &inst.units {
        if u.need.len() != nd {
            e.push(FieldError::new("units", format!("Unit {}: kebutuhan berisi {} hari, seharusnya {nd}.", u.id, u.need.len())));
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
        for (k, v) in &p.lock {
            match k.parse::<usize>() {
                Ok(d) if d < nd && (v == "O" || v == "H") => {}
                Ok(d) if d < nd => e.push(FieldError::new(
                    "staff",
                    format!("Pegawai {}: kunci hari ke-{d} harus \"O\" atau \"H\", tertulis \"{v}\".", p.id),
                )),
                _ => e.push(FieldError::new("staff", format!("Pegawai {}: kunci \"{k}\" bukan hari dalam periode.", p.id))),
            }
        }
    }
    if e.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(e))
    }
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
    let nd = inst.days.len();
    let mut by_unit: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in inst.staff.iter().enumerate() {
        by_unit.entry(p.unit.as_str()).or_default().push(i);
    }
    let jobs: Vec<(&UnitNeed, Vec<usize>)> = inst.units.iter().map(|u| (u, by_unit.remove(u.id.as_str()).unwrap_or_default())).collect();
    // Two halves on two threads: units do not interact.
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4);
    let chunk = jobs.len().div_ceil(threads).max(1);
    let total = jobs.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let done = &done;
    let results: Vec<UnitPlan> = std::thread::scope(|s| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    let mut rows = Vec::new();
                    let mut viol = Vec::new();
                    for (u, members) in part {
                        let (r, v) = plan_unit(inst, u, members, nd);
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

/// Plans one unit; returns `(staff index, row)` and the unmet days.
fn plan_unit(inst: &Instance, unit: &UnitNeed, members: &[usize], nd: usize) -> (Vec<(usize, String)>, Vec<Violation>) {
    let fixed: Vec<Vec<Fixed>> = members.iter().map(|&i| fixed_days(&inst.staff[i], nd)).collect();
    let mut team_ids: Vec<&str> = Vec::new();
    let team_of: Vec<usize> = members
        .iter()
        .map(|&i| {
            let t = inst.staff[i].team.as_deref().unwrap_or("");
            match team_ids.iter().position(|x| *x == t) {
                Some(p) => p,
                None => {
                    team_ids.push(t);
                    team_ids.len() - 1
                }
            }
        })
        .collect();
    let nt = team_ids.len();

    // Per day: how many picks among the free, and the team-cover bounds.
    let mut violations = Vec::new();
    let mut picks = vec![0i64; nd];
    let mut team_bounds = vec![vec![(0i64, 0i64); nt]; nd];
    for d in 0..nd {
        let count = |k: Fixed| fixed.iter().filter(|f| f[d] == k).count() as u32;
        let (off, home, office) = (count(Fixed::Off), count(Fixed::Home), count(Fixed::Office));
        let avail = members.len() as u32 - off;
        let need = unit.need[d];
        let want = need.clamp(office, avail - home);
        if want != need {
            let reason = if want < need {
                format!(
                    "Kebutuhan {need} orang WFO, tetapi hanya {want} pegawai yang dapat ke kantor ({off} tidak masuk, {home} tidak boleh ke kantor atau dikunci WFH)."
                )
            } else {
                format!("Kebutuhan {need} orang WFO, tetapi {office} pegawai dikunci WFO.")
            };
            violations.push(Violation { unit: unit.id.clone(), day: d, need, planned: want, reason });
        }
        picks[d] = i64::from(want - office);
        let mut free_in = vec![0i64; nt];
        let mut covered = vec![false; nt];
        for (m, f) in fixed.iter().enumerate() {
            match f[d] {
                Fixed::Free => free_in[team_of[m]] += 1,
                Fixed::Office => covered[team_of[m]] = true,
                _ => {}
            }
        }
        let uncovered = (0..nt).filter(|&t| !covered[t] && free_in[t] > 0).count() as i64;
        for t in 0..nt {
            team_bounds[d][t] = if picks[d] >= uncovered {
                (i64::from(!covered[t] && free_in[t] > 0), free_in[t])
            } else if !covered[t] && free_in[t] > 0 {
                (0, 1)
            } else {
                (0, 0)
            };
        }
    }

    let previous: Vec<Vec<bool>> = members
        .iter()
        .map(|&i| {
            let row = inst.staff[i].previous.as_deref().unwrap_or("").as_bytes();
            (0..nd).map(|d| row.get(d) == Some(&b'O')).collect()
        })
        .collect();

    // Fair shares.
    let total: i64 = (0..nd).map(|d| picks[d]).sum::<i64>()
        + fixed.iter().map(|f| f.iter().filter(|x| **x == Fixed::Office).count() as i64).sum::<i64>();
    let avail: Vec<i64> = fixed.iter().map(|f| f.iter().filter(|x| **x != Fixed::Off).count() as i64).collect();
    let e: i64 = avail.iter().sum();
    let tau: Vec<f64> = avail.iter().map(|&a| if e == 0 { 0.0 } else { total as f64 * a as f64 / e as f64 }).collect();
    let forced_o: Vec<i64> = fixed.iter().map(|f| f.iter().filter(|x| **x == Fixed::Office).count() as i64).collect();
    let free: Vec<i64> = fixed.iter().map(|f| f.iter().filter(|x| **x == Fixed::Free).count() as i64).collect();

    // Candidate deviations, from the least any person can have upwards.
    let floor_dev = (0..members.len())
        .map(|m| (forced_o[m]..=forced_o[m] + free[m]).map(|c| (c as f64 - tau[m]).abs()).fold(f64::INFINITY, f64::min))
        .fold(0.0, f64::max);
    let (tau_ref, forced_ref, free_ref) = (&tau, &forced_o, &free);
    let mut cands: Vec<f64> = (0..members.len())
        .flat_map(|m| (forced_ref[m]..=forced_ref[m] + free_ref[m]).map(move |c| (c as f64 - tau_ref[m]).abs()))
        .filter(|dv| *dv >= floor_dev - 1e-9)
        .collect();
    cands.push(f64::INFINITY);
    cands.sort_by(f64::total_cmp);
    cands.dedup_by(|a, b| (*a - *b).abs() < 1e-9);

    // `solve(limits)`: a schedule where each person's WFO days stay within their own allowed
    // deviation from τ, if one exists.
    let solve = |limits: &[f64]| -> Option<Vec<Vec<bool>>> {
        let bounds: Vec<(i64, i64)> = (0..members.len())
            .map(|m| {
                let dev = limits[m];
                if dev.is_infinite() {
                    return (0, free[m]);
                }
                let lo = ((tau[m] - dev - 1e-9).ceil() as i64 - forced_o[m]).max(0);
                let hi = ((tau[m] + dev + 1e-9).floor() as i64 - forced_o[m]).min(free[m]);
                (lo, hi)
            })
            .collect();
        if bounds.iter().any(|(lo, hi)| lo > hi) {
            return None;
        }
        flow_assign(&fixed, &team_of, nt, &picks, &team_bounds, &bounds, &previous)
    };
    // The smallest candidate (below `below`) that is feasible for the people not yet fixed,
    // the fixed keeping their limits: gallop up the candidates, then bisect.
    let search = |limits: &[f64], open: &[bool], below: f64| -> Option<(f64, Vec<Vec<bool>>)> {
        let usable: Vec<f64> = cands.iter().copied().filter(|c| *c < below).collect();
        let with = |c: f64| -> Vec<f64> { (0..members.len()).map(|m| if open[m] { c } else { limits[m] }).collect() };
        let try_at = |i: usize| solve(&with(usable[i]));
        if usable.is_empty() {
            return None;
        }
        let (mut lo, mut step) = (0usize, 1usize);
        let mut hi = loop {
            let i = (lo + step - 1).min(usable.len() - 1);
            if try_at(i).is_some() {
                break i;
            }
            if i == usable.len() - 1 {
                return None;
            }
            lo = i + 1;
            step *= 2;
        };
        while lo < hi {
            let mid = (lo + hi) / 2;
            if try_at(mid).is_some() {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        try_at(hi).map(|s| (usable[hi], s))
    };
    let n = members.len();
    let mut limits = vec![f64::INFINITY; n];
    let mut open = vec![true; n];
    let (mut level, mut chosen) = search(&limits, &open, f64::INFINITY)
        .or_else(|| solve(&limits).map(|s| (f64::INFINITY, s)))
        .unwrap_or_else(|| (f64::INFINITY, vec![vec![false; nd]; n]));
    // The largest deviation is now as small as it can be. When someone is forced far from
    // their share (a one-person team covering every day), balance the others below it:
    // fix those at the level, and look for a smaller level for the rest, a few times.
    let dev = |sol: &[Vec<bool>], m: usize| ((forced_o[m] + sol[m].iter().filter(|x| **x).count() as i64) as f64 - tau[m]).abs();
    for _ in 0..4 {
        if level < 1.0 || level.is_infinite() {
            break;
        }
        // Fix only those who cannot go below the level while everyone else stays within it.
        let at_level: Vec<f64> = (0..n).map(|m| if open[m] { level } else { limits[m] }).collect();
        for m in 0..n {
            if !open[m] || dev(&chosen, m) < level - 1e-9 {
                continue;
            }
            let lower = (forced_o[m]..=forced_o[m] + free[m])
                .map(|c| (c as f64 - tau[m]).abs())
                .filter(|d| *d < level - 1e-9)
                .fold(f64::NEG_INFINITY, f64::max);
            let mut trial = at_level.clone();
            trial[m] = lower;
            if lower.is_finite() && solve(&trial).is_some() {
                continue;
            }
            open[m] = false;
            limits[m] = level;
        }
        if !open.iter().any(|o| *o) {
            break;
        }
        match search(&limits, &open, level - 1e-9) {
            Some((next, sol)) => {
                level = next;
                chosen = sol;
            }
            None => break,
        }
    }

    let rows = members
        .iter()
        .enumerate()
        .map(|(m, &i)| {
            let row: String = (0..nd)
                .map(|d| match fixed[m][d] {
                    Fixed::Off => '-',
                    Fixed::Home => 'H',
                    Fixed::Office => 'O',
                    Fixed::Free if chosen[m][d] => 'O',
                    Fixed::Free => 'H',
                })
                .collect();
            (i, row)
        })
        .collect();
    (rows, violations)
}

/// Builds days → day-teams → people with the bounds and returns who is picked when feasible.
fn flow_assign(
    fixed: &[Vec<Fixed>],
    team_of: &[usize],
    nt: usize,
    picks: &[i64],
    team_bounds: &[Vec<(i64, i64)>],
    person_bounds: &[(i64, i64)],
    previous: &[Vec<bool>],
) -> Option<Vec<Vec<bool>>> {
    let nd = picks.len();
    let np = fixed.len();
    let (s, t) = (0, 1);
    let day = |d: usize| 2 + d;
    let dt = |d: usize, k: usize| 2 + nd + d * nt + k;
    let person = |m: usize| 2 + nd + nd * nt + m;
    let mut net = Network::new(2 + nd + nd * nt + np);
    let mut pick_edges = Vec::new();
    for d in 0..nd {
        net.add(s, day(d), picks[d], picks[d]);
        for (k, &(lo, hi)) in team_bounds[d].iter().enumerate() {
            if hi > 0 {
                net.add(day(d), dt(d, k), lo, hi);
            }
        }
        // Those who had this day in the office before are offered first (stability).
        let order = (0..np).filter(|&m| previous[m][d]).chain((0..np).filter(|&m| !previous[m][d]));
        for m in order {
            if fixed[m][d] == Fixed::Free && team_bounds[d][team_of[m]].1 > 0 {
                pick_edges.push((m, d, net.add(dt(d, team_of[m]), person(m), 0, 1)));
            }
        }
    }
    for (m, &(lo, hi)) in person_bounds.iter().enumerate() {
        net.add(person(m), t, lo, hi);
    }
    net.add(t, s, 0, i64::MAX / 4);
    if !net.feasible() {
        return None;
    }
    let mut chosen = vec![vec![false; nd]; np];
    for (m, d, id) in pick_edges {
        chosen[m][d] = net.flow(id) > 0;
    }
    Some(chosen)
}

/// The figures of docs/planner.md ("The rules, in order") for a schedule of this instance.
pub fn metrics(inst: &Instance, schedule: &BTreeMap<String, String>) -> Metrics {
    let nd = inst.days.len();
    let mut unmet = 0;
    let mut uncovered = 0;
    let mut worst: f64 = 0.0;
    for u in &inst.units {
        let members: Vec<&Person> = inst.staff.iter().filter(|p| p.unit == u.id).collect();
        let rows: Vec<Vec<u8>> = members.iter().map(|p| schedule.get(&p.id).map(|r| r.as_bytes().to_vec()).unwrap_or_default()).collect();
        let fixed: Vec<Vec<Fixed>> = members.iter().map(|p| fixed_days(p, nd)).collect();
        for (d, &need) in u.need.iter().enumerate().take(nd) {
            let planned = rows.iter().filter(|r| r.get(d) == Some(&b'O')).count() as u32;
            if planned != need {
                unmet += 1;
            }
            if need > 0 {
                let mut teams: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
                for (m, p) in members.iter().enumerate() {
                    let entry = teams.entry(p.team.as_deref().unwrap_or("")).or_default();
                    let c = rows[m].get(d).copied().unwrap_or(b'-');
                    entry.0 |= c != b'-' && fixed[m][d] != Fixed::Home;
                    entry.1 |= c == b'O';
                }
                uncovered += teams.values().filter(|(could, cov)| *could && !*cov).count();
            }
        }
        let total: usize = rows.iter().map(|r| r.iter().filter(|c| **c == b'O').count()).sum();
        let avail: Vec<usize> = members.iter().map(|p| nd - p.off.iter().collect::<std::collections::HashSet<_>>().len()).collect();
        let e: usize = avail.iter().sum();
        for (m, r) in rows.iter().enumerate() {
            let tau = if e == 0 { 0.0 } else { total as f64 * avail[m] as f64 / e as f64 };
            worst = worst.max((r.iter().filter(|c| **c == b'O').count() as f64 - tau).abs());
        }
    }
    Metrics { unmet_unit_days: unmet, team_cover_misses: uncovered, fairness_max_dev: (worst * 1e6).round() / 1e6 }
}

#[cfg(test)]
mod tests;
