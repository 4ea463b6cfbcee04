//! Planning files for the planner's tests, written from docs/planner.md and not from the
//! planner: a generator of random instances and an independent checker of schedules. They
//! read and write plain JSON, so they share no type and no code with giliran-core.

use chrono::{Datelike, Duration, NaiveDate};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The shape of a generated instance.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub staff: usize,
    pub units: usize,
    pub days: usize,
    pub seed: u64,
    /// The share of each unit's available staff needed in the office per day.
    pub share: f64,
    /// The flexible-work shape (version 2): each unit needs at least `1 - share` of its
    /// available staff in the office (all of them on Mondays), prefers WFO, most people may be
    /// away at most 2 days a week (some 0), and about half ask for WFH days.
    pub flexible: bool,
}

impl Shape {
    pub fn new(staff: usize, units: usize, days: usize, seed: u64) -> Shape {
        Shape { staff, units, days, seed, share: 0.25, flexible: false }
    }
}

/// A fixed 64-bit LCG: the same instance for the same seed on every machine.
struct Rng(u64);

impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        ((self.unit() * n as f64) as usize).min(n - 1)
    }
}

/// `n` working days (Monday to Friday) from Monday 5 January 2026.
fn workdays(n: usize) -> Vec<NaiveDate> {
    let mut d = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date");
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        if d.weekday().num_days_from_monday() < 5 {
            out.push(d);
        }
        d += Duration::days(1);
    }
    out
}

/// A random instance: staff spread over units with three teams each, about 6% of days away,
/// 2% not in the office, 3% locked.
pub fn instance(shape: Shape) -> Value {
    let mut rng = Rng(shape.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5151);
    let days = workdays(shape.days);
    let mut staff: Vec<Map<String, Value>> = Vec::with_capacity(shape.staff);
    let mut offs: Vec<BTreeSet<usize>> = Vec::with_capacity(shape.staff);
    for i in 0..shape.staff {
        let unit = format!("unit-{:03}", i % shape.units);
        let mut s = Map::new();
        s.insert("id".into(), json!(format!("P{i:06}")));
        s.insert("team".into(), json!(format!("{unit}-t{}", rng.below(3))));
        s.insert("unit".into(), json!(unit));
        let off: BTreeSet<usize> = (0..shape.days).filter(|_| rng.unit() < 0.06).collect();
        let no_wfo: Vec<usize> = (0..shape.days).filter(|d| !off.contains(d) && rng.unit() < 0.02).collect();
        let mut lock = Map::new();
        for d in 0..shape.days {
            if !off.contains(&d) && !no_wfo.contains(&d) && rng.unit() < 0.03 {
                lock.insert(d.to_string(), json!(if rng.unit() < 0.5 { "O" } else { "H" }));
            }
        }
        if !off.is_empty() {
            s.insert("off".into(), json!(off));
        }
        if !no_wfo.is_empty() {
            s.insert("no_wfo".into(), json!(no_wfo));
        }
        if !lock.is_empty() {
            s.insert("lock".into(), Value::Object(lock));
        }
        if shape.flexible {
            let cap = if rng.unit() < 0.2 { 0 } else { 2 };
            s.insert("wfh_max_week".into(), json!(cap));
            if cap > 0 && rng.unit() < 0.5 {
                let first = rng.below(5);
                let second = if rng.unit() < 0.5 { Some(rng.below(5)) } else { None };
                let want: Map<String, Value> = (0..shape.days)
                    .filter(|&d| {
                        let wd = days[d].weekday().num_days_from_monday() as usize;
                        wd == first || Some(wd) == second
                    })
                    .map(|d| (d.to_string(), json!("H")))
                    .collect();
                if !want.is_empty() {
                    s.insert("want".into(), Value::Object(want));
                }
            }
        }
        staff.push(s);
        offs.push(off);
    }
    let units: Vec<Value> = (0..shape.units)
        .map(|u| {
            let id = format!("unit-{u:03}");
            let members: Vec<usize> = (0..shape.staff).filter(|i| i % shape.units == u).collect();
            let avail: Vec<usize> = (0..shape.days).map(|d| members.iter().filter(|&&i| !offs[i].contains(&d)).count()).collect();
            if shape.flexible {
                let min: Vec<usize> = (0..shape.days)
                    .map(|d| {
                        if days[d].weekday().num_days_from_monday() == 0 {
                            avail[d]
                        } else {
                            avail[d] - (avail[d] as f64 * shape.share) as usize
                        }
                    })
                    .collect();
                json!({"id": id, "min": min, "max": vec![members.len(); shape.days], "default_want": "O"})
            } else {
                let need: Vec<usize> = avail.iter().map(|&a| if a == 0 { 0 } else { ((a as f64 * shape.share) as usize).max(1) }).collect();
                json!({"id": id, "need": need})
            }
        })
        .collect();
    let days: Vec<String> = days.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect();
    json!({"days": days, "units": units, "staff": staff})
}

/// What the checker found: the never-broken rules broken, and the figures in the order the
/// planner makes them small (docs/planner.md, "The rules, in order").
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Verdict {
    pub hard_errors: Vec<String>,
    pub breach: usize,
    pub unmet_unit_days: usize,
    pub team_cover_misses: usize,
    pub unmet_wants: usize,
    pub fairness_max_dev: f64,
}

/// A person's day before planning: away, forced home, forced office, or free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Forced {
    Away,
    Home,
    Office,
    Free,
}

fn indices(v: Option<&Value>) -> BTreeSet<usize> {
    v.and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_u64).map(|d| d as usize).collect()).unwrap_or_default()
}

fn day_map(v: Option<&Value>) -> BTreeMap<usize, char> {
    v.and_then(Value::as_object)
        .map(|m| m.iter().filter_map(|(k, c)| Some((k.parse().ok()?, c.as_str()?.chars().next()?))).collect())
        .unwrap_or_default()
}

fn forced_days(person: &Value, nd: usize) -> Vec<Forced> {
    let (off, no_wfo, lock) = (indices(person.get("off")), indices(person.get("no_wfo")), day_map(person.get("lock")));
    (0..nd)
        .map(|d| match (off.contains(&d), no_wfo.contains(&d), lock.get(&d)) {
            (true, _, _) => Forced::Away,
            (_, true, _) | (_, _, Some('H')) => Forced::Home,
            (_, _, Some('O')) => Forced::Office,
            _ => Forced::Free,
        })
        .collect()
}

/// Each day's bounds of a unit: `need` is both; a missing bound is none.
fn unit_range(unit: &Value, nd: usize) -> (Vec<i64>, Vec<i64>) {
    let list = |key: &str, none: i64| -> Vec<i64> {
        unit.get(key)
            .and_then(Value::as_array)
            .map(|a| a.iter().map(|v| v.as_i64().unwrap_or(none)).collect())
            .unwrap_or_else(|| vec![none; nd])
    };
    if unit.get("need").is_some() {
        (list("need", 0), list("need", i64::MAX))
    } else {
        (list("min", 0), list("max", i64::MAX))
    }
}

/// Checks `schedule` (the planner's output file) against `instance`.
pub fn check(instance: &Value, schedule: &Value) -> Verdict {
    let mut v = Verdict::default();
    let days: Vec<NaiveDate> = instance["days"]
        .as_array()
        .map(|a| a.iter().filter_map(|d| NaiveDate::parse_from_str(d.as_str()?, "%Y-%m-%d").ok()).collect())
        .unwrap_or_default();
    let nd = days.len();
    let weeks: Vec<(i32, u32)> = days.iter().map(|d| (d.iso_week().year(), d.iso_week().week())).collect();
    let staff = instance["staff"].as_array().cloned().unwrap_or_default();
    let Some(rows) = schedule.get("schedule").and_then(Value::as_object) else {
        v.hard_errors.push("schedule missing or not an object".into());
        return v;
    };
    let mut forced: BTreeMap<String, Vec<Forced>> = BTreeMap::new();
    for s in &staff {
        let id = s["id"].as_str().unwrap_or_default().to_string();
        let f = forced_days(s, nd);
        match rows.get(&id).and_then(Value::as_str) {
            Some(row) if row.chars().count() == nd && row.chars().all(|c| "OH-".contains(c)) => {
                for (d, c) in row.chars().enumerate() {
                    let wrong = match f[d] {
                        Forced::Away => c != '-',
                        Forced::Home => c != 'H',
                        Forced::Office => c != 'O',
                        Forced::Free => c == '-',
                    };
                    if wrong {
                        v.hard_errors.push(format!("{id} day {d}: {:?} but planned {c}", f[d]));
                    }
                }
            }
            other => v.hard_errors.push(format!("{id}: row missing or malformed: {other:?}")),
        }
        forced.insert(id, f);
    }
    if let Some(extra) = rows.keys().find(|k| !forced.contains_key(*k)) {
        v.hard_errors.push(format!("schedule has an unknown person: {extra}"));
    }
    if !v.hard_errors.is_empty() {
        return v;
    }
    let row = |id: &str| -> Vec<char> { rows[id].as_str().unwrap_or_default().chars().collect() };
    for unit in instance["units"].as_array().cloned().unwrap_or_default() {
        let uid = unit["id"].as_str().unwrap_or_default();
        let members: Vec<&Value> = staff.iter().filter(|s| s["unit"] == uid).collect();
        let (lo_need, hi_need) = unit_range(&unit, nd);
        let default_want = unit.get("default_want").and_then(Value::as_str).and_then(|w| w.chars().next());
        for d in 0..nd {
            let (mut avail, mut forced_o, mut forced_h, mut planned) = (0i64, 0i64, 0i64, 0i64);
            let mut teams: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
            for s in &members {
                let id = s["id"].as_str().unwrap_or_default();
                let f = forced[id][d];
                let on = row(id)[d] == 'O';
                if f != Forced::Away {
                    avail += 1;
                }
                forced_o += i64::from(f == Forced::Office);
                forced_h += i64::from(f == Forced::Home);
                planned += i64::from(on);
                let t = teams.entry(s.get("team").and_then(Value::as_str).unwrap_or("")).or_default();
                t.0 |= matches!(f, Forced::Free | Forced::Office);
                t.1 |= on;
            }
            let lo = lo_need[d].max(forced_o).min(avail - forced_h);
            let hi = hi_need[d].min(avail - forced_h).max(forced_o);
            v.breach += ((lo - planned).max(0) + (planned - hi).max(0)) as usize;
            v.unmet_unit_days += usize::from(planned < lo_need[d] || planned > hi_need[d]);
            if lo_need[d] > 0 {
                v.team_cover_misses += teams.values().filter(|(could, covered)| *could && !covered).count();
            }
        }
        let (mut total_o, mut total_avail) = (0usize, 0usize);
        for s in &members {
            let id = s["id"].as_str().unwrap_or_default();
            let (r, f) = (row(id), &forced[id]);
            if let Some(cap) = s.get("wfh_max_week").and_then(Value::as_u64) {
                for w in weeks.iter().collect::<BTreeSet<_>>() {
                    let in_week: Vec<usize> = (0..nd).filter(|&d| &weeks[d] == w).collect();
                    let allowed = (cap as usize).max(in_week.iter().filter(|&&d| f[d] == Forced::Home).count());
                    let home = in_week.iter().filter(|&&d| r[d] == 'H').count();
                    v.breach += home.saturating_sub(allowed);
                }
            }
            let want = day_map(s.get("want"));
            v.unmet_wants +=
                (0..nd).filter(|&d| f[d] == Forced::Free && want.get(&d).copied().or(default_want).is_some_and(|w| r[d] != w)).count();
            total_o += r.iter().filter(|&&c| c == 'O').count();
            total_avail += f.iter().filter(|&&x| x != Forced::Away).count();
        }
        for s in &members {
            let id = s["id"].as_str().unwrap_or_default();
            let a = forced[id].iter().filter(|&&x| x != Forced::Away).count();
            let tau = if total_avail == 0 { 0.0 } else { total_o as f64 * a as f64 / total_avail as f64 };
            let wfo = row(id).iter().filter(|&&c| c == 'O').count() as f64;
            v.fairness_max_dev = v.fairness_max_dev.max((wfo - tau).abs());
        }
    }
    v
}

/// A small random instance of one unit, in every shape version 2 allows: a `need` or a range
/// (either bound may be missing, the minimum may pass the maximum), teams, days away, days not
/// in the office, locks, weekly limits over two ISO weeks, wishes and a unit default. Small
/// enough (at most `max_free` free person-days) for [`best_by_brute_force`].
pub fn small(seed: u64, max_free: usize) -> Value {
    let mut rng = Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0xB0B);
    loop {
        // Thursday 8 January 2026 onwards: a period of 2 to 5 working days crosses a week.
        let nd = 2 + rng.below(4);
        let days: Vec<String> = workdays(9).into_iter().skip(3).take(nd).map(|d| d.format("%Y-%m-%d").to_string()).collect();
        let people = 1 + rng.below(4);
        let mut free = 0;
        let staff: Vec<Value> = (0..people)
            .map(|i| {
                let mut s = Map::new();
                s.insert("id".into(), json!(format!("p{i}")));
                s.insert("unit".into(), json!("u"));
                if rng.unit() < 0.7 {
                    s.insert("team".into(), json!(format!("t{}", rng.below(2))));
                }
                let (mut off, mut no_wfo, mut lock, mut want) = (vec![], vec![], Map::new(), Map::new());
                for d in 0..nd {
                    match rng.below(12) {
                        0 => off.push(d),
                        1 => no_wfo.push(d),
                        2 => {
                            lock.insert(d.to_string(), json!(if rng.unit() < 0.5 { "O" } else { "H" }));
                        }
                        _ => {
                            free += 1;
                            if rng.unit() < 0.3 {
                                want.insert(d.to_string(), json!(if rng.unit() < 0.5 { "O" } else { "H" }));
                            }
                        }
                    }
                }
                for (key, list) in [("off", off), ("no_wfo", no_wfo)] {
                    if !list.is_empty() {
                        s.insert(key.into(), json!(list));
                    }
                }
                if !lock.is_empty() {
                    s.insert("lock".into(), Value::Object(lock));
                }
                if !want.is_empty() {
                    s.insert("want".into(), Value::Object(want));
                }
                if rng.unit() < 0.4 {
                    s.insert("wfh_max_week".into(), json!(rng.below(3)));
                }
                Value::Object(s)
            })
            .collect();
        if free > max_free {
            continue;
        }
        let count = |rng: &mut Rng| (0..nd).map(|_| rng.below(people + 1)).collect::<Vec<_>>();
        let mut unit = Map::new();
        unit.insert("id".into(), json!("u"));
        match rng.below(4) {
            0 => {
                unit.insert("need".into(), json!(count(&mut rng)));
            }
            1 => {
                unit.insert("min".into(), json!(count(&mut rng)));
            }
            2 => {
                unit.insert("max".into(), json!(count(&mut rng)));
            }
            _ => {
                unit.insert("min".into(), json!(count(&mut rng)));
                unit.insert("max".into(), json!(count(&mut rng)));
            }
        }
        match rng.below(3) {
            0 => unit.insert("default_want".into(), json!("O")),
            1 => unit.insert("default_want".into(), json!("H")),
            _ => None,
        };
        return json!({"days": days, "units": [Value::Object(unit)], "staff": staff});
    }
}

/// The best figures any schedule of `instance` can have, in the order of docs/planner.md,
/// found by trying every schedule and asking [`check`]: the yardstick of exactness.
pub fn best_by_brute_force(instance: &Value) -> Verdict {
    let nd = instance["days"].as_array().map_or(0, Vec::len);
    let staff = instance["staff"].as_array().cloned().unwrap_or_default();
    let base: Vec<(String, Vec<Forced>)> =
        staff.iter().map(|s| (s["id"].as_str().unwrap_or_default().to_string(), forced_days(s, nd))).collect();
    let free: Vec<(usize, usize)> =
        base.iter().enumerate().flat_map(|(i, (_, f))| (0..nd).filter(move |&d| f[d] == Forced::Free).map(move |d| (i, d))).collect();
    let mut best: Option<Verdict> = None;
    for bits in 0u64..(1 << free.len()) {
        let mut rows: Vec<Vec<char>> = base
            .iter()
            .map(|(_, f)| {
                f.iter()
                    .map(|x| match x {
                        Forced::Away => '-',
                        Forced::Home => 'H',
                        Forced::Office | Forced::Free => 'O',
                    })
                    .collect()
            })
            .collect();
        for (k, &(i, d)) in free.iter().enumerate() {
            if bits >> k & 1 == 1 {
                rows[i][d] = 'H';
            }
        }
        let schedule: Map<String, Value> =
            base.iter().zip(rows).map(|((id, _), r)| (id.clone(), Value::String(r.into_iter().collect()))).collect();
        let v = check(instance, &json!({ "schedule": schedule }));
        let better = match &best {
            None => true,
            Some(b) => figures(&v) < figures(b),
        };
        if better {
            best = Some(v);
        }
    }
    best.unwrap_or_default()
}

/// The four figures as one value ordered lexicographically (fairness in millionths).
pub fn figures(v: &Verdict) -> (usize, usize, usize, i64) {
    (v.breach, v.team_cover_misses, v.unmet_wants, (v.fairness_max_dev * 1e6).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Value {
        json!({
            "days": ["2026-01-05", "2026-01-06"],
            "units": [{"id": "u", "need": [1, 1]}],
            "staff": [{"id": "a", "unit": "u", "off": [1]}, {"id": "b", "unit": "u", "lock": {"0": "H"}}]
        })
    }

    #[test]
    fn a_schedule_that_keeps_every_rule_has_no_figure_above_zero_but_fairness() {
        let v = check(&tiny(), &json!({"schedule": {"a": "O-", "b": "HO"}}));
        assert_eq!(v.hard_errors, Vec::<String>::new());
        assert_eq!((v.breach, v.unmet_unit_days, v.team_cover_misses), (0, 0, 0));
    }

    #[test]
    fn a_lock_broken_and_a_day_off_worked_are_hard_errors() {
        let v = check(&tiny(), &json!({"schedule": {"a": "OO", "b": "OH"}}));
        assert_eq!(v.hard_errors.len(), 2, "{:?}", v.hard_errors);
    }

    #[test]
    fn a_unit_day_short_of_its_need_is_a_breach() {
        let v = check(&tiny(), &json!({"schedule": {"a": "H-", "b": "HH"}}));
        assert_eq!((v.breach, v.unmet_unit_days), (2, 2));
    }

    #[test]
    fn home_days_past_the_weekly_limit_are_a_breach_and_wishes_count() {
        let inst = json!({
            "days": ["2026-01-05", "2026-01-06", "2026-01-07"],
            "units": [{"id": "u", "min": [0, 0, 0], "default_want": "O"}],
            "staff": [{"id": "a", "unit": "u", "wfh_max_week": 1, "want": {"2": "H"}}]
        });
        let v = check(&inst, &json!({"schedule": {"a": "HHO"}}));
        assert_eq!((v.breach, v.unmet_wants), (1, 3));
    }

    #[test]
    fn the_generator_is_the_same_for_the_same_seed_and_keeps_its_shape() {
        let a = instance(Shape::new(40, 4, 10, 7));
        assert_eq!(a, instance(Shape::new(40, 4, 10, 7)));
        assert_ne!(a, instance(Shape::new(40, 4, 10, 8)));
        assert_eq!(a["staff"].as_array().unwrap().len(), 40);
        assert_eq!(a["units"][3]["need"].as_array().unwrap().len(), 10);
        assert_eq!(a["days"][5], "2026-01-12", "working days skip the weekend");
        let f = instance(Shape { flexible: true, ..Shape::new(40, 4, 10, 7) });
        assert!(f["units"][0]["min"].is_array() && f["staff"][0]["wfh_max_week"].is_u64());
    }
}
