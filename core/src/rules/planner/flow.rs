//! Maximum flow (Dinic) with lower bounds on edges: the planner's feasibility test.
//!
//! The fairness search asks the same network hundreds of times with other bounds on a few
//! edges (each person's total, the unit's total), so the network is built once and only its
//! bounds change between solves: no allocation per solve. Adjacency in insertion order keeps
//! results deterministic.

use std::collections::VecDeque;

/// A flow network whose edges carry lower and upper bounds that may change between solves.
pub(crate) struct Network {
    /// Per half-edge (edge `e` is `2e` forward, `2e + 1` back): its head and room left.
    to: Vec<usize>,
    cap: Vec<i64>,
    adj: Vec<Vec<usize>>,
    /// Per edge: its tail and bounds.
    from: Vec<usize>,
    lo: Vec<i64>,
    hi: Vec<i64>,
    /// Per node: what edges outside the network bring in (positive) or take out.
    base: Vec<i64>,
    /// The super source and sink of the lower-bound reduction, and each node's edges to them.
    ends: Option<(usize, usize)>,
    supply: Vec<(usize, usize)>,
    level: Vec<i32>,
    it: Vec<usize>,
}

impl Network {
    pub(crate) fn new(nodes: usize) -> Network {
        Network {
            to: Vec::new(),
            cap: Vec::new(),
            adj: vec![Vec::new(); nodes],
            from: Vec::new(),
            lo: Vec::new(),
            hi: Vec::new(),
            base: vec![0; nodes],
            ends: None,
            supply: Vec::new(),
            level: Vec::new(),
            it: Vec::new(),
        }
    }

    /// Adds `from → to` carrying between `lo` and `hi`; returns the edge's id.
    pub(crate) fn add(&mut self, from: usize, to: usize, lo: i64, hi: i64) -> usize {
        let id = self.from.len();
        self.from.push(from);
        self.lo.push(lo);
        self.hi.push(hi);
        self.to.extend([to, from]);
        self.cap.extend([0, 0]);
        self.adj[from].push(2 * id);
        self.adj[to].push(2 * id + 1);
        id
    }

    /// Flow that must go from `from` to `to` through edges left out of the network (edges
    /// whose bounds meet, most of a planner's face): it only moves that much between the two.
    pub(crate) fn carry(&mut self, from: usize, to: usize, amount: i64) {
        self.base[to] += amount;
        self.base[from] -= amount;
    }

    pub(crate) fn set(&mut self, id: usize, lo: i64, hi: i64) {
        self.lo[id] = lo;
        self.hi[id] = hi;
    }

    /// Flow on edge `id` after [`feasible`].
    pub(crate) fn flow(&self, id: usize) -> i64 {
        self.lo[id] + self.cap[2 * id + 1]
    }

    /// Whether a circulation meeting every bound exists (an edge `sink → source` makes an s-t
    /// flow one). Leaves the flow in place for [`flow`], [`close`] and [`max_flow`].
    pub(crate) fn feasible(&mut self) -> bool {
        let nodes = self.base.len();
        let (ss, tt) = match self.ends {
            Some(e) => e,
            None => {
                let ss = nodes;
                let tt = nodes + 1;
                self.adj.extend([Vec::new(), Vec::new()]);
                let mut supply = Vec::with_capacity(nodes);
                for v in 0..nodes {
                    supply.push((self.add(ss, v, 0, 0), self.add(v, tt, 0, 0)));
                }
                self.supply = supply;
                self.ends = Some((ss, tt));
                self.level = vec![-1; nodes + 2];
                self.it = vec![0; nodes + 2];
                (ss, tt)
            }
        };
        let mut excess = self.base.clone();
        for e in 0..self.from.len() {
            if self.lo[e] > self.hi[e] {
                return false;
            }
            self.cap[2 * e] = self.hi[e] - self.lo[e];
            self.cap[2 * e + 1] = 0;
            let to = self.to[2 * e];
            if to < nodes && self.from[e] < nodes {
                excess[to] += self.lo[e];
                excess[self.from[e]] -= self.lo[e];
            }
        }
        let mut need = 0;
        for (v, &(inn, out)) in self.supply.iter().enumerate() {
            let e = excess[v];
            self.cap[2 * inn] = e.max(0);
            self.cap[2 * out] = (-e).max(0);
            need += e.max(0);
        }
        self.max_flow(ss, tt) == need
    }

    /// Takes edge `id` out of the network, leaving what it carried where it went: after
    /// [`feasible`], closing the `sink → source` edge turns the circulation into an s-t flow
    /// that [`max_flow`] can enlarge (or, from sink to source, shrink).
    pub(crate) fn close(&mut self, id: usize) {
        self.cap[2 * id] = 0;
        self.cap[2 * id + 1] = 0;
    }

    /// More flow from `s` to `t` over the room left; returns how much.
    pub(crate) fn max_flow(&mut self, s: usize, t: usize) -> i64 {
        let mut total = 0;
        loop {
            self.level.iter_mut().for_each(|l| *l = -1);
            self.level[s] = 0;
            let mut q = VecDeque::from([s]);
            while let Some(v) = q.pop_front() {
                for &h in &self.adj[v] {
                    let w = self.to[h];
                    if self.cap[h] > 0 && self.level[w] < 0 {
                        self.level[w] = self.level[v] + 1;
                        q.push_back(w);
                    }
                }
            }
            if self.level[t] < 0 {
                return total;
            }
            self.it.iter_mut().for_each(|i| *i = 0);
            loop {
                let f = self.dfs(s, t, i64::MAX);
                if f == 0 {
                    break;
                }
                total += f;
            }
        }
    }

    fn dfs(&mut self, v: usize, t: usize, limit: i64) -> i64 {
        if v == t {
            return limit;
        }
        while self.it[v] < self.adj[v].len() {
            let h = self.adj[v][self.it[v]];
            let w = self.to[h];
            if self.cap[h] > 0 && self.level[w] == self.level[v] + 1 {
                let f = self.dfs(w, t, limit.min(self.cap[h]));
                if f > 0 {
                    self.cap[h] -= f;
                    self.cap[h ^ 1] += f;
                    return f;
                }
            }
            self.it[v] += 1;
        }
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_bounds_are_met_or_reported_infeasible_and_bounds_change_between_solves() {
        // s → a (exactly 2), a → b (at least 3): impossible.
        let mut n = Network::new(3);
        let sa = n.add(0, 1, 2, 2);
        let ab = n.add(1, 2, 3, 5);
        n.add(2, 0, 0, 100);
        assert!(!n.feasible());
        // The same network with a → b at least 1.
        n.set(ab, 1, 5);
        assert!(n.feasible());
        assert_eq!(n.flow(sa), 2);
        assert_eq!(n.flow(ab), 2);
        // Flow carried outside the network counts as if an edge held it.
        let mut n = Network::new(3);
        let ab = n.add(1, 2, 0, 5);
        n.add(2, 0, 0, 100);
        n.carry(0, 1, 3);
        assert!(n.feasible());
        assert_eq!(n.flow(ab), 3);
    }
}
