//! Instances for the benchmarks, generated like the tests' instances (tests/src/planfile.rs): staff spread
//! over units with three teams each, about 6% of days off, 2% not in the office, 3% locked,
//! and a need of a quarter of each unit's available staff; and their flexible-work shape
//! (docs/planner.md, version 2), see [`flexible`].

use giliran_core::rules::planner::{Instance, Person, UnitNeed};
use std::collections::BTreeMap;

/// A fixed 64-bit LCG: the same instance on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

pub fn instance(staff: usize, units: usize, days: usize, seed: u64) -> Instance {
    let mut rng = Rng(seed);
    let mut people = Vec::with_capacity(staff);
    for i in 0..staff {
        let unit = format!("unit-{:03}", i % units);
        let team = format!("{unit}-t{}", (rng.next() * 3.0) as usize);
        let off: Vec<usize> = (0..days).filter(|_| rng.next() < 0.06).collect();
        let no_wfo: Vec<usize> = (0..days).filter(|d| !off.contains(d) && rng.next() < 0.02).collect();
        let mut lock = BTreeMap::new();
        for d in 0..days {
            if !off.contains(&d) && !no_wfo.contains(&d) && rng.next() < 0.03 {
                lock.insert(d.to_string(), if rng.next() < 0.5 { "O" } else { "H" }.to_string());
            }
        }
        people.push(Person { id: format!("P{i:06}"), unit, team: Some(team), off, no_wfo, lock, ..Person::default() });
    }
    let units = (0..units)
        .map(|u| {
            let id = format!("unit-{u:03}");
            let need = (0..days)
                .map(|d| {
                    let avail = people.iter().filter(|p| p.unit == id && !p.off.contains(&d)).count();
                    if avail == 0 {
                        0
                    } else {
                        ((avail as f64 * 0.25) as u32).max(1)
                    }
                })
                .collect();
            UnitNeed::exact(id, need)
        })
        .collect();
    Instance { days: (0..days).map(|d| format!("d{d}")).collect(), units, staff: people }
}

/// A flexible-work month: working days from Monday 5 January 2026; each unit needs at least
/// three quarters of its available staff in the office (all of them on Mondays) and prefers
/// WFO; a fifth of the staff may not work away at all, the rest at most 2 days a week, and
/// half of those ask for WFH on one or two weekdays.
pub fn flexible(staff: usize, units: usize, days: usize, seed: u64) -> Instance {
    let mut inst = instance(staff, units, days, seed);
    let mut rng = Rng(seed ^ 0x5eed);
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    inst.days = (0..days).map(|d| (start + chrono::Days::new((7 * (d / 5) + d % 5) as u64)).to_string()).collect();
    for p in &mut inst.staff {
        p.wfh_max_week = Some(if rng.next() < 0.2 { 0 } else { 2 });
        if p.wfh_max_week == Some(2) && rng.next() < 0.5 {
            let first = (rng.next() * 5.0) as usize;
            let second = if rng.next() < 0.5 { Some((first + 1 + (rng.next() * 4.0) as usize) % 5) } else { None };
            p.want = (0..days).filter(|d| d % 5 == first || Some(d % 5) == second).map(|d| (d.to_string(), "H".to_string())).collect();
        }
    }
    for u in &mut inst.units {
        let members: Vec<&Person> = inst.staff.iter().filter(|p| p.unit == u.id).collect();
        let min = (0..days)
            .map(|d| {
                let avail = members.iter().filter(|p| !p.off.contains(&d)).count() as u32;
                if d % 5 == 0 {
                    avail
                } else {
                    avail - avail / 4
                }
            })
            .collect();
        *u = UnitNeed::range(u.id.clone(), min, vec![members.len() as u32; days]);
        u.default_want = Some("O".to_string());
    }
    inst
}
