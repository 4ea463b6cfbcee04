//! One unit, planned exactly (docs/planner.md, "The rules, in order").
//!
//! The network, for the unit's free person-days (`x = 1` is `O`):
//! `s → day → team-day → person-week → person → t`, one arc of room 1 per free person-day
//! (from its team's day to its person's week). Costs, weighted so that each figure outranks
//! all those after it:
//! - `s → day`: the day's range as three arcs: below the clamped minimum each person costs
//!   −W0 (a breach avoided), within the range 0, above the maximum +W0;
//! - `day → team-day`: the first person of a team that the day needs covered earns −W1;
//! - a person-day: −1 when the person wants `O`, +1 when they want `H`;
//! - `person-week → person`: while the week would pass its WFH limit, each `O` earns −W0.
//!
//! The least-cost flow is the best schedule on breach, cover and wishes; fairness is then
//! searched among the schedules the flow's potentials allow (their face).

use super::flow::Network;
use super::mcf::Mcf;
use super::{fixed_days, wants, DayCounts, Fixed, Instance, UnitNeed, Violation};

/// An arc of the network: endpoints and the bounds every optimal schedule keeps on it.
#[derive(Debug, Clone, Copy)]
struct Arc {
    from: usize,
    to: usize,
    lo: i64,
    hi: i64,
}

/// The schedules as good as the best on the first three figures.
struct Face {
    nodes: usize,
    arcs: Vec<Arc>,
    /// Per free person-day: (member, day, arc).
    cells: Vec<(usize, usize, usize)>,
    /// Per member: the arc `person → t`.
    person: Vec<usize>,
    /// The return `t → s`: the number of free person-days on `O`, and whether it may change.
    amount: i64,
    free_amount: bool,
}

const S: usize = 0;
const T: usize = 1;
const BIG: i64 = i64::MAX / 8;
/// How many people the balancing after fairness may test one by one (each test is a flow);
/// the rest at the largest deviation are kept there. The figure itself is already exact.
const TRIALS: usize = 6;
/// How many times the balancing looks for a smaller level for those not yet kept.
const ROUNDS: usize = 1;

/// Plans one unit; returns `(staff index, row)` and the breaches left.
pub(super) fn plan_unit(
    inst: &Instance,
    weeks: (&[usize], &[String]),
    unit: &UnitNeed,
    members: &[usize],
) -> (Vec<(usize, String)>, Vec<Violation>) {
    let nd = inst.days.len();
    let n = members.len();
    let (week_of, week_names) = weeks;
    let nw = week_names.len();
    let fixed: Vec<Vec<Fixed>> = members.iter().map(|&i| fixed_days(&inst.staff[i], nd)).collect();
    let want: Vec<Vec<Option<bool>>> = members.iter().map(|&i| wants(&inst.staff[i], unit, nd)).collect();
    let mut team_ids: Vec<&str> = Vec::new();
    let team_of: Vec<usize> = members
        .iter()
        .map(|&i| {
            let t = inst.staff[i].team.as_deref().unwrap_or("");
            team_ids.iter().position(|x| *x == t).unwrap_or_else(|| {
                team_ids.push(t);
                team_ids.len() - 1
            })
        })
        .collect();
    let nt = team_ids.len();
    // The schedule re-planned: `Some(true)` was on `O`, `Some(false)` on `H`, `None` unknown.
    let was: Vec<Vec<Option<bool>>> = members
        .iter()
        .map(|&i| {
            let row = inst.staff[i].previous.as_deref().unwrap_or("").as_bytes();
            (0..nd)
                .map(|d| match row.get(d) {
                    Some(b'O') => Some(true),
                    Some(b'H') => Some(false),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let previous: Vec<Vec<bool>> = was.iter().map(|r| r.iter().map(|w| *w == Some(true)).collect()).collect();
    let forced_o: Vec<i64> = fixed.iter().map(|f| f.iter().filter(|x| **x == Fixed::Office).count() as i64).collect();
    let avail: Vec<i64> = fixed.iter().map(|f| f.iter().filter(|x| **x != Fixed::Off).count() as i64).collect();

    // Weights: a breach outweighs every cover and wish, a cover every wish.
    let cells_total = fixed.iter().flatten().filter(|f| **f == Fixed::Free).count() as i64;
    let w1 = cells_total + 1;
    let w0 = w1 * (nd as i64 * nt as i64 + 1);

    // Nodes: s, t, days, team-days, person-weeks, people.
    let day_node = |d: usize| 2 + d;
    let mut nodes = 2 + nd;
    let mut arcs: Vec<(usize, usize, i64, i64)> = Vec::new(); // from, to, cap, cost
    let add = |arcs: &mut Vec<(usize, usize, i64, i64)>, from, to, cap: i64, cost| {
        if cap > 0 {
            arcs.push((from, to, cap, cost));
        }
    };
    let mut picks = vec![0i64; nd];
    for (d, pick) in picks.iter_mut().enumerate() {
        let day = DayCounts::of(&fixed, d);
        let (fo, free) = (day.office, i64::from(day.free));
        let (min, max) = unit.bounds(d);
        let (lo, hi) = day.clamped(min, max);
        let a = (i64::from(lo) - i64::from(fo)).clamp(0, free);
        let b = (i64::from(hi).min(i64::MAX / 2) - i64::from(fo)).clamp(0, free);
        *pick = a.min(b);
        add(&mut arcs, S, day_node(d), a.min(b), -w0);
        add(&mut arcs, S, day_node(d), (a - b).abs(), 0);
        add(&mut arcs, S, day_node(d), free - a.max(b), w0);
    }
    let mut team_day = vec![vec![usize::MAX; nt]; nd];
    // Per team-day: its first arc and whether the day needs the team covered.
    let mut team_arcs: Vec<(usize, usize, bool)> = Vec::new();
    let mut team_free = vec![0i64; nt];
    let mut team_covered = vec![false; nt];
    for d in 0..nd {
        let (min, _) = unit.bounds(d);
        team_free.iter_mut().for_each(|x| *x = 0);
        team_covered.iter_mut().for_each(|x| *x = false);
        for m in 0..n {
            match fixed[m][d] {
                Fixed::Free => team_free[team_of[m]] += 1,
                Fixed::Office => team_covered[team_of[m]] = true,
                _ => {}
            }
        }
        for (k, slot) in team_day[d].iter_mut().enumerate() {
            let free = team_free[k];
            if free == 0 {
                continue;
            }
            *slot = nodes;
            nodes += 1;
            let countable = min > 0 && !team_covered[k];
            team_arcs.push((arcs.len(), d, countable));
            if countable {
                add(&mut arcs, day_node(d), *slot, 1, -w1);
                add(&mut arcs, day_node(d), *slot, free - 1, 0);
            } else {
                add(&mut arcs, day_node(d), *slot, free, 0);
            }
        }
    }
    // People, then the weeks of those with a weekly limit (without one, a person's days go
    // straight to the person: a smaller network).
    let cap = |m: usize| inst.staff[members[m]].wfh_max_week;
    let person_base = nodes;
    let person_node = |m: usize| person_base + m;
    nodes += n;
    // Per member and week: the node of the person's week, if the person has a weekly limit.
    let mut pw = vec![usize::MAX; n * nw];
    let mut weeks_used = 0;
    for m in (0..n).filter(|&m| cap(m).is_some()) {
        for d in 0..nd {
            if fixed[m][d] == Fixed::Free && pw[m * nw + week_of[d]] == usize::MAX {
                pw[m * nw + week_of[d]] = nodes + weeks_used;
                weeks_used += 1;
            }
        }
    }
    let total_nodes = nodes + weeks_used;
    let into = |m: usize, d: usize| match pw[m * nw + week_of[d]] {
        usize::MAX => person_node(m),
        node => node,
    };
    // Person-days, those on `O` in the schedule re-planned first (stability among equals).
    let mut cells = Vec::new();
    for d in 0..nd {
        let order = (0..n).filter(|&m| previous[m][d]).chain((0..n).filter(|&m| !previous[m][d]));
        for m in order {
            if fixed[m][d] == Fixed::Free {
                let cost = match want[m][d] {
                    Some(true) => -1,
                    Some(false) => 1,
                    None => 0,
                };
                cells.push((m, d, arcs.len()));
                arcs.push((team_day[d][team_of[m]], into(m, d), 1, cost));
            }
        }
    }
    for (m, row) in fixed.iter().enumerate() {
        let Some(c) = cap(m) else { continue };
        for w in 0..nw {
            let node = pw[m * nw + w];
            if node == usize::MAX {
                continue;
            }
            let days = (0..nd).filter(|d| week_of[*d] == w);
            let free = days.clone().filter(|&d| row[d] == Fixed::Free).count() as i64;
            let fh = days.filter(|&d| row[d] == Fixed::Home).count() as i64;
            let must = (fh + free - i64::from(c).max(fh)).clamp(0, free);
            add(&mut arcs, node, person_node(m), must, -w0);
            add(&mut arcs, node, person_node(m), free - must, 0);
        }
    }
    let mut person = Vec::with_capacity(n);
    for m in 0..n {
        person.push(arcs.len());
        arcs.push((person_node(m), T, avail[m] - forced_o[m] - (0..nd).filter(|&d| fixed[m][d] == Fixed::Home).count() as i64, 0));
    }

    // A version-1 unit (each day exact, no wishes, no weekly limits) needs no cost flow: the
    // day's picks are fixed, and covering as many teams as there are picks is the least number
    // of misses each day can have, so the face is known outright.
    let exact = (0..nd).all(|d| {
        let (min, max) = unit.bounds(d);
        Some(min) == max
    }) && want.iter().flatten().all(Option::is_none)
        && (0..n).all(|m| cap(m).is_none());
    let (bounds, free_amount, amount) = if exact {
        exact_face(&arcs, &picks, &team_arcs, nd)
    } else {
        let mut mcf = Mcf::new(total_nodes);
        for &(from, to, cap, cost) in &arcs {
            mcf.add(from, to, cap, cost);
        }
        mcf.run(S, T);
        let (bounds, free) = mcf.face(S, T);
        (bounds, free, (0..n).map(|m| mcf.flow(2 * person[m])).sum())
    };
    let face = Face {
        nodes: total_nodes,
        arcs: arcs.iter().zip(&bounds).map(|(&(from, to, _, _), &(lo, hi))| Arc { from, to, lo, hi }).collect(),
        cells,
        person,
        amount,
        free_amount,
    };
    // The face always holds a schedule (the flow's own); the fallback only keeps every row whole.
    let chosen = fairest(&face, n, nd, &forced_o, &avail).unwrap_or_else(|| vec![vec![false; nd]; n]);
    let chosen = match was.iter().flatten().any(Option::is_some) {
        true => stable(&face, &chosen, &was).unwrap_or(chosen),
        false => chosen,
    };

    let rows: Vec<String> = (0..n)
        .map(|m| {
            (0..nd)
                .map(|d| match fixed[m][d] {
                    Fixed::Off => '-',
                    Fixed::Home => 'H',
                    Fixed::Office => 'O',
                    Fixed::Free if chosen[m][d] => 'O',
                    Fixed::Free => 'H',
                })
                .collect()
        })
        .collect();
    let violations = breaches(inst, weeks, unit, members, &fixed, &rows);
    (members.iter().copied().zip(rows).collect(), violations)
}

/// Whether the face holds a schedule with `amount` free person-days on `O` and each member's
/// free `O` days within `limits[m]`; if so, who is on `O` when.
/// Among the schedules of the face that give every member the same number of `O` days as
/// `chosen` (so every figure, fairness included, stays as it is), the one that changes the
/// fewest days of the schedule re-planned: a minimum-cost flow in which a person-day costs 0 on
/// `O` where it was `O`, 2 where it was `H` and 1 where unknown. With the total fixed this
/// counts exactly the days moved, and no cost is negative.
fn stable(face: &Face, chosen: &[Vec<bool>], was: &[Vec<Option<bool>>]) -> Option<Vec<Vec<bool>>> {
    let (ss, tt) = (face.nodes, face.nodes + 1);
    let mut net = Mcf::new(face.nodes + 2);
    let mut excess = vec![0i64; face.nodes];
    let mut totals = vec![0i64; chosen.len()];
    for &(m, d, _) in &face.cells {
        totals[m] += i64::from(chosen[m][d]);
    }
    let mut cost = vec![0i64; face.arcs.len()];
    for &(m, d, k) in &face.cells {
        cost[k] = match was[m][d] {
            Some(true) => 0,
            Some(false) => 2,
            None => 1,
        };
    }
    let mut person = vec![None; face.arcs.len()];
    for (m, &k) in face.person.iter().enumerate() {
        person[k] = Some(m);
    }
    let mut edge = vec![None; face.arcs.len()];
    for (k, a) in face.arcs.iter().enumerate() {
        let (lo, hi) = match person[k] {
            Some(m) => (totals[m], totals[m]),
            None => (a.lo, a.hi),
        };
        excess[a.to] += lo;
        excess[a.from] -= lo;
        if hi > lo {
            edge[k] = Some(net.add(a.from, a.to, hi - lo, cost[k]));
        }
    }
    let amount: i64 = totals.iter().sum();
    excess[S] += amount;
    excess[T] -= amount;
    let mut need = 0;
    for (v, &e) in excess.iter().enumerate() {
        if e > 0 {
            net.add(ss, v, e, 0);
            need += e;
        } else if e < 0 {
            net.add(v, tt, -e, 0);
        }
    }
    if net.run_all(ss, tt) != need {
        return None;
    }
    let mut out = vec![vec![false; chosen.first().map_or(0, Vec::len)]; chosen.len()];
    for &(m, d, k) in &face.cells {
        out[m][d] = face.arcs[k].lo + edge[k].map_or(0, |id| net.flow(id)) > 0;
    }
    Some(out)
}

/// The face of a version-1 unit: each day exactly its picks (the day's arcs filled in order),
/// each team the day needs covered gets its first person when the picks reach every such
/// team, else at most one, and the others none; person-days and totals are free.
fn exact_face(
    arcs: &[(usize, usize, i64, i64)],
    picks: &[i64],
    team_arcs: &[(usize, usize, bool)],
    nd: usize,
) -> (Vec<(i64, i64)>, bool, i64) {
    let mut bounds: Vec<(i64, i64)> = arcs.iter().map(|a| (0, a.2)).collect();
    let mut left = picks.to_vec();
    for (k, a) in arcs.iter().enumerate().filter(|(_, a)| a.0 == S) {
        let d = a.1 - 2;
        let take = left[d].min(a.2);
        bounds[k] = (take, take);
        left[d] -= take;
    }
    let mut uncovered = vec![0i64; nd];
    for &(_, d, countable) in team_arcs {
        uncovered[d] += i64::from(countable);
    }
    for &(k, d, countable) in team_arcs {
        let reach = picks[d] >= uncovered[d];
        let second = arcs.get(k + 1).filter(|a| countable && a.0 == arcs[k].0 && a.1 == arcs[k].1).map(|_| k + 1);
        match (countable, reach) {
            (true, true) => bounds[k] = (1, 1),
            (true, false) => {
                if let Some(j) = second {
                    bounds[j] = (0, 0);
                }
            }
            (false, true) => {}
            (false, false) => bounds[k] = (0, 0),
        }
    }
    (bounds, false, picks.iter().sum())
}

/// The face as a flow network built once: the arcs whose bounds meet are carried outside it,
/// and only each person's total and the unit's total change between solves.
struct Solver<'a> {
    face: &'a Face,
    net: std::cell::RefCell<Network>,
    /// Per face arc: its edge in the network, if it has room to vary.
    edge: Vec<Option<usize>>,
    back: usize,
}

impl<'a> Solver<'a> {
    fn new(face: &'a Face) -> Solver<'a> {
        let mut net = Network::new(face.nodes);
        let mut is_person = vec![false; face.arcs.len()];
        for &k in &face.person {
            is_person[k] = true;
        }
        let edge = face
            .arcs
            .iter()
            .zip(is_person)
            .map(|(a, person)| {
                if a.lo == a.hi && !person {
                    net.carry(a.from, a.to, a.lo);
                    None
                } else {
                    Some(net.add(a.from, a.to, a.lo, a.hi))
                }
            })
            .collect();
        let back = net.add(T, S, 0, BIG);
        Solver { face, net: std::cell::RefCell::new(net), edge, back }
    }

    /// Sets each member's free `O` days within `limits[m]` (and the face's own bounds).
    fn limit(&self, net: &mut Network, limits: &[(i64, i64)]) {
        for (m, &k) in self.face.person.iter().enumerate() {
            let a = self.face.arcs[k];
            if let Some(id) = self.edge[k] {
                net.set(id, a.lo.max(limits[m].0), a.hi.min(limits[m].1));
            }
        }
    }

    /// Whether the face holds a schedule with `amount` free person-days on `O` and each
    /// member within `limits[m]`; if so, who is on `O` when.
    fn assign(&self, n: usize, nd: usize, amount: i64, limits: &[(i64, i64)]) -> Option<Vec<Vec<bool>>> {
        let mut net = self.net.borrow_mut();
        self.limit(&mut net, limits);
        net.set(self.back, amount, amount);
        if !net.feasible() {
            return None;
        }
        let mut chosen = vec![vec![false; nd]; n];
        for &(m, d, k) in &self.face.cells {
            chosen[m][d] = match self.edge[k] {
                Some(id) => net.flow(id) > 0,
                None => self.face.arcs[k].lo > 0,
            };
        }
        Some(chosen)
    }

    /// The least and most free person-days on `O` among the face's schedules.
    fn amount_range(&self, n: usize) -> (i64, i64) {
        if !self.face.free_amount {
            return (self.face.amount, self.face.amount);
        }
        let mut net = self.net.borrow_mut();
        self.limit(&mut net, &vec![(0, BIG); n]);
        net.set(self.back, 0, BIG);
        if !net.feasible() {
            return (self.face.amount, self.face.amount);
        }
        // From one feasible flow: push as much more as fits, then take back all that can go.
        let start = net.flow(self.back);
        net.close(self.back);
        let most = start + net.max_flow(S, T);
        (most - net.max_flow(T, S), most)
    }
}

/// The fairest schedule of the face: the least largest `|wfo − T·a/E|`, searched over the
/// totals `T` the face allows (each with its lower bound, smallest first) and, for each, over
/// the candidate deviations; then the others balanced below the largest where they can be.
fn fairest(face: &Face, n: usize, nd: usize, forced_o: &[i64], avail: &[i64]) -> Option<Vec<Vec<bool>>> {
    let e: i64 = avail.iter().sum();
    let fo_total: i64 = forced_o.iter().sum();
    // Each member's own range of free O days in the face.
    let mut range: Vec<(i64, i64)> = face.person.iter().map(|&k| (face.arcs[k].lo, face.arcs[k].hi)).collect();
    let mut cell_lo = vec![0i64; n];
    let mut cell_hi = vec![0i64; n];
    for &(m, _, k) in &face.cells {
        cell_lo[m] += face.arcs[k].lo;
        cell_hi[m] += face.arcs[k].hi;
    }
    for m in 0..n {
        range[m] = (range[m].0.max(cell_lo[m]), range[m].1.min(cell_hi[m]));
    }
    let tau = |total: i64, m: usize| if e == 0 { 0.0 } else { total as f64 * avail[m] as f64 / e as f64 };
    let solver = Solver::new(face);
    let (fmin, fmax) = solver.amount_range(n);
    // Lower bound for a total: each member's distance from τ to the nearest count they can have.
    let bound = |total: i64| -> f64 {
        (0..n)
            .map(|m| {
                let t = tau(total, m);
                let (lo, hi) = ((forced_o[m] + range[m].0) as f64, (forced_o[m] + range[m].1) as f64);
                if t <= lo {
                    lo - t
                } else if t >= hi {
                    t - hi
                } else {
                    (t - t.floor()).min(t.ceil() - t)
                }
            })
            .fold(0.0, f64::max)
    };
    let mut totals: Vec<(f64, i64)> = (fmin..=fmax).map(|f| (bound(fo_total + f), f)).collect();
    // Equal bounds: more in the office first (the flow's own amount is the usual optimum).
    totals.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));

    let limits_for = |total: i64, devs: &[f64]| -> Vec<(i64, i64)> {
        (0..n)
            .map(|m| {
                if devs[m].is_infinite() {
                    return (0, BIG);
                }
                let t = tau(total, m);
                (((t - devs[m] - 1e-9).ceil() as i64 - forced_o[m]).max(0), (t + devs[m] + 1e-9).floor() as i64 - forced_o[m])
            })
            .collect()
    };
    let solve = |f: i64, devs: &[f64]| solver.assign(n, nd, f, &limits_for(fo_total + f, devs));
    let candidates = |f: i64, above: f64, below: f64| -> Vec<f64> {
        let total = fo_total + f;
        let mut c: Vec<f64> = (0..n)
            .flat_map(|m| (forced_o[m] + range[m].0..=forced_o[m] + range[m].1).map(move |k| (k as f64 - tau(total, m)).abs()))
            .filter(|d| *d >= above - 1e-9 && *d < below - 1e-9)
            .collect();
        c.sort_by(f64::total_cmp);
        c.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
        c
    };
    // The smallest candidate below `below` feasible for the open members (the others keep
    // their limits): gallop up, then bisect.
    let search = |f: i64, devs: &[f64], open: &[bool], cands: &[f64]| -> Option<(f64, Vec<Vec<bool>>)> {
        let with = |c: f64| -> Vec<f64> { (0..n).map(|m| if open[m] { c } else { devs[m] }).collect() };
        let try_at = |i: usize| solve(f, &with(cands[i]));
        if cands.is_empty() {
            return None;
        }
        let (mut lo, mut step) = (0usize, 1usize);
        let mut hi = loop {
            let i = (lo + step - 1).min(cands.len() - 1);
            if try_at(i).is_some() {
                break i;
            }
            if i == cands.len() - 1 {
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
        try_at(hi).map(|s| (cands[hi], s))
    };

    let all_open = vec![true; n];
    let no_limits = vec![f64::INFINITY; n];
    let mut best: Option<(f64, i64, Vec<Vec<bool>>)> = None;
    for &(lb, f) in &totals {
        let below = best.as_ref().map_or(f64::INFINITY, |b| b.0);
        if lb >= below - 1e-9 {
            break;
        }
        let mut cands = candidates(f, lb, below);
        if best.is_none() {
            cands.push(f64::INFINITY);
        }
        if let Some((dev, sol)) = search(f, &no_limits, &all_open, &cands) {
            best = Some((dev, f, sol));
        }
    }
    let (mut level, f, mut chosen) = best?;

    // The largest deviation is as small as it can be. When someone is forced far from their
    // share (a one-person team covering every day), balance the others below it: fix those
    // who cannot go lower, and look for a smaller level for the rest, a few times.
    let total = fo_total + f;
    let dev = |sol: &[Vec<bool>], m: usize| ((forced_o[m] + sol[m].iter().filter(|x| **x).count() as i64) as f64 - tau(total, m)).abs();
    let mut devs = vec![f64::INFINITY; n];
    let mut open = vec![true; n];
    let mut trials = 0;
    for _ in 0..ROUNDS {
        if level < 1.0 || level.is_infinite() {
            break;
        }
        let at_level: Vec<f64> = (0..n).map(|m| if open[m] { level } else { devs[m] }).collect();
        for m in 0..n {
            if !open[m] || dev(&chosen, m) < level - 1e-9 {
                continue;
            }
            let lower = (forced_o[m] + range[m].0..=forced_o[m] + range[m].1)
                .map(|c| (c as f64 - tau(total, m)).abs())
                .filter(|d| *d < level - 1e-9)
                .fold(f64::NEG_INFINITY, f64::max);
            if lower.is_finite() && trials < TRIALS {
                trials += 1;
                let mut trial = at_level.clone();
                trial[m] = lower;
                if solve(f, &trial).is_some() {
                    continue;
                }
            }
            open[m] = false;
            devs[m] = level;
        }
        if !open.iter().any(|o| *o) {
            break;
        }
        match search(f, &devs, &open, &candidates(f, 0.0, level)) {
            Some((next, sol)) => {
                level = next;
                chosen = sol;
            }
            None => break,
        }
    }
    Some(chosen)
}

/// Every unit-day outside its range and every person-week over its limit, in Indonesian.
fn breaches(
    inst: &Instance,
    (week_of, week_names): (&[usize], &[String]),
    unit: &UnitNeed,
    members: &[usize],
    fixed: &[Vec<Fixed>],
    rows: &[String],
) -> Vec<Violation> {
    let nd = inst.days.len();
    let mut out = Vec::new();
    let at = |m: usize, d: usize| rows[m].as_bytes()[d];
    for d in 0..nd {
        let (min, max) = unit.bounds(d);
        let DayCounts { off, home, office, free } = DayCounts::of(fixed, d);
        let can = office + free;
        let planned = (0..members.len()).filter(|&m| at(m, d) == b'O').count() as u32;
        let exact = unit.need.is_some();
        let (bound, reason) = if planned < min {
            let what = if exact { format!("Kebutuhan {min} orang WFO") } else { format!("Paling sedikit {min} orang WFO") };
            let why = if planned == can {
                format!("hanya {can} pegawai yang dapat ke kantor ({off} tidak masuk, {home} tidak boleh ke kantor atau dikunci WFH)")
            } else {
                format!("hanya {planned} yang dijadwalkan karena bertabrakan dengan batas lain")
            };
            (min, format!("{what}, tetapi {why}."))
        } else if let Some(max) = max.filter(|x| planned > *x) {
            let what = if exact { format!("Kebutuhan {max} orang WFO") } else { format!("Paling banyak {max} orang WFO") };
            let why = if planned == office {
                format!("{office} pegawai dikunci WFO")
            } else {
                format!("{planned} dijadwalkan karena batas WFH mingguan pegawai tidak memberi pilihan lain")
            };
            (max, format!("{what}, tetapi {why}."))
        } else {
            continue;
        };
        out.push(Violation { unit: unit.id.clone(), day: d, need: bound, planned, staff: None, week: None, reason });
    }
    for (m, &i) in members.iter().enumerate() {
        let Some(cap) = inst.staff[i].wfh_max_week else { continue };
        for (w, name) in week_names.iter().enumerate() {
            let days: Vec<usize> = (0..nd).filter(|d| week_of[*d] == w).collect();
            let forced = days.iter().filter(|&&d| fixed[m][d] == Fixed::Home).count() as u32;
            let home = days.iter().filter(|&&d| at(m, d) == b'H').count() as u32;
            let allowed = cap.max(forced);
            if home > allowed {
                out.push(Violation {
                    unit: unit.id.clone(),
                    day: days[0],
                    need: allowed,
                    planned: home,
                    staff: Some(inst.staff[i].id.clone()),
                    week: Some(name.clone()),
                    reason: format!(
                        "Pegawai {}: {home} hari WFH pada minggu {name}, melebihi batas {allowed} hari per minggu, karena batas WFO paling banyak unit pada hari-hari itu tidak memberi pilihan lain.",
                        inst.staff[i].id
                    ),
                });
            }
        }
    }
    out
}
