//! Maximum flow (Dinic) with lower bounds on edges: the planner's feasibility test.
//!
//! The fairness search asks the same network hundreds of times with other bounds on a few
//! edges (each person's total, the unit's total), so the network is built once and only its
//! bounds change between solves: no allocation per solve. Adjacency in insertion order keeps
//! results deterministic.

/// A flow network whose edges carry lower and upper bounds that may change between solves.
pub(crate) struct Network {
    /// Per half-edge (edge `e` is `2e` forward, `2e + 1` back): its head and room left.
    to: Vec<usize>,
    cap: Vec<i64>,
    adj: Vec<Vec<usize>>,
    /// The adjacency laid flat once the network is complete (node `v`'s half-edges are
    /// `list[first[v]..first[v + 1]]`): the solves walk it hundreds of times.
    first: Vec<usize>,
    list: Vec<usize>,
    queue: Vec<usize>,
    /// Per edge: its tail and bounds, and the lower bound its room was last measured from
    /// (its flow is `at + cap[2e + 1]`).
    from: Vec<usize>,
    at: Vec<i64>,
    lo: Vec<i64>,
    hi: Vec<i64>,
    /// Per node: what edges outside the network bring in (positive) or take out.
    base: Vec<i64>,
    /// The super source and sink of the lower-bound reduction, and each node's edges to them.
    ends: Option<(usize, usize)>,
    /// How many edges are the network's own (the supply edges come after them).
    real: usize,
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
            first: Vec::new(),
            list: Vec::new(),
            queue: Vec::new(),
            from: Vec::new(),
            at: Vec::new(),
            lo: Vec::new(),
            hi: Vec::new(),
            base: vec![0; nodes],
            ends: None,
            real: 0,
            supply: Vec::new(),
            level: Vec::new(),
            it: Vec::new(),
        }
    }

    /// Adds `from → to` carrying between `lo` and `hi`; returns the edge's id.
    pub(crate) fn add(&mut self, from: usize, to: usize, lo: i64, hi: i64) -> usize {
        let id = self.from.len();
        self.from.push(from);
        self.at.push(0);
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
        self.at[id] + self.cap[2 * id + 1]
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
                self.real = self.from.len();
                self.adj.extend([Vec::new(), Vec::new()]);
                let mut supply = Vec::with_capacity(nodes);
                for v in 0..nodes {
                    supply.push((self.add(ss, v, 0, 0), self.add(v, tt, 0, 0)));
                }
                self.supply = supply;
                self.ends = Some((ss, tt));
                self.level = vec![-1; nodes + 2];
                self.it = vec![0; nodes + 2];
                self.first = Vec::with_capacity(nodes + 3);
                for a in &self.adj {
                    self.first.push(self.list.len());
                    self.list.extend(a);
                }
                self.first.push(self.list.len());
                self.adj = Vec::new();
                (ss, tt)
            }
        };
        // Warm start: the flow of the last solve, each edge clamped into its new bounds; only
        // what the clamping unbalanced is left for the max-flow to mend.
        let mut excess = self.base.clone();
        for e in 0..self.real {
            let (lo, hi) = (self.lo[e], self.hi[e]);
            if lo > hi {
                return false;
            }
            let f = (self.at[e] + self.cap[2 * e + 1]).clamp(lo, hi);
            self.at[e] = lo;
            self.cap[2 * e] = hi - f;
            self.cap[2 * e + 1] = f - lo;
            excess[self.to[2 * e]] += f;
            excess[self.from[e]] -= f;
        }
        let mut need = 0;
        for (v, &(inn, out)) in self.supply.iter().enumerate() {
            let e = excess[v];
            self.cap[2 * inn] = e.max(0);
            self.cap[2 * inn + 1] = 0;
            self.cap[2 * out] = (-e).max(0);
            self.cap[2 * out + 1] = 0;
            need += e.max(0);
        }
        self.max_flow(ss, tt) == need
    }

    /// Takes edge `id` out of the network, leaving what it carried where it went: after
    /// [`feasible`], closing the `sink → source` edge turns the circulation into an s-t flow
    /// that [`max_flow`] can enlarge (or, from sink to source, shrink).
    pub(crate) fn close(&mut self, id: usize) {
        self.at[id] += self.cap[2 * id + 1];
        self.cap[2 * id] = 0;
        self.cap[2 * id + 1] = 0;
    }

    /// More flow from `s` to `t` over the room left; returns how much. Only after
    /// [`feasible`], which lays the network flat.
    pub(crate) fn max_flow(&mut self, s: usize, t: usize) -> i64 {
        let mut total = 0;
        loop {
            self.level.iter_mut().for_each(|l| *l = -1);
            self.level[s] = 0;
            self.queue.clear();
            self.queue.push(s);
            let mut head = 0;
            while let Some(&v) = self.queue.get(head) {
                head += 1;
                // Nodes as far as `t` or farther lead nowhere a layered path can use.
                if self.level[t] >= 0 && self.level[v] >= self.level[t] {
                    break;
                }
                for &h in &self.list[self.first[v]..self.first[v + 1]] {
                    let w = self.to[h];
                    if self.cap[h] > 0 && self.level[w] < 0 {
                        self.level[w] = self.level[v] + 1;
                        self.queue.push(w);
                    }
                }
            }
            if self.level[t] < 0 {
                return total;
            }
            let k = self.it.len();
            self.it.copy_from_slice(&self.first[..k]);
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
        let end = self.first[v + 1];
        while self.it[v] < end {
            let h = self.list[self.it[v]];
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

    #[test]
    fn a_new_solve_starts_from_the_last_flow_yet_meets_the_new_bounds() {
        // s → a → t and s → b → t, exactly 4 in all (t → s).
        let mut n = Network::new(4);
        let sa = n.add(0, 1, 0, 4);
        let sb = n.add(0, 2, 0, 4);
        let at = n.add(1, 3, 0, 4);
        let bt = n.add(2, 3, 0, 4);
        n.add(3, 0, 4, 4);
        assert!(n.feasible());
        let via_a = n.flow(at);
        // Force the other split: the flow left on one side must move to the other.
        let (first, second) = if via_a > 0 { (at, bt) } else { (bt, at) };
        n.set(first, 0, 1);
        n.set(second, 3, 4);
        assert!(n.feasible());
        assert_eq!((n.flow(first), n.flow(second)), (1, 3));
        assert_eq!(n.flow(sa) + n.flow(sb), 4);
        // Bounds that cannot be met are still refused, and met again once loosened.
        n.set(second, 0, 2);
        assert!(!n.feasible());
        n.set(second, 0, 4);
        assert!(n.feasible());
        assert_eq!(n.flow(first) + n.flow(second), 4);
    }
}
