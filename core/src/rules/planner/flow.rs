//! Maximum flow (Dinic) with lower bounds on edges: the planner's feasibility test.
//!
//! Small graphs (one unit: its days, day-teams and people), solved many times; adjacency in
//! insertion order keeps results deterministic.

use std::collections::VecDeque;

#[derive(Debug, Clone, Copy)]
struct Edge {
    to: usize,
    cap: i64,
}

/// A flow network in which every edge may carry a lower bound.
pub(crate) struct Network {
    edges: Vec<Edge>,
    adj: Vec<Vec<usize>>,
    /// Per node: lower-bound flow coming in minus going out.
    excess: Vec<i64>,
}

impl Network {
    pub(crate) fn new(nodes: usize) -> Network {
        Network { edges: Vec::new(), adj: vec![Vec::new(); nodes], excess: vec![0; nodes] }
    }

    pub(crate) fn add_node(&mut self) -> usize {
        self.adj.push(Vec::new());
        self.excess.push(0);
        self.adj.len() - 1
    }

    /// Adds `from → to` carrying between `lo` and `hi`; returns the edge's id for [`flow`].
    pub(crate) fn add(&mut self, from: usize, to: usize, lo: i64, hi: i64) -> usize {
        let id = self.edges.len();
        self.edges.push(Edge { to, cap: hi - lo });
        self.adj[from].push(id);
        self.edges.push(Edge { to: from, cap: 0 });
        self.adj[to].push(id + 1);
        self.excess[to] += lo;
        self.excess[from] -= lo;
        id
    }

    /// Flow above the lower bound on edge `id` after [`feasible`].
    pub(crate) fn flow(&self, id: usize) -> i64 {
        self.edges[id + 1].cap
    }

    /// Whether a circulation meeting every bound exists (add a `sink → source` edge first
    /// for an s-t flow). Leaves the flow in place for [`flow`].
    pub(crate) fn feasible(&mut self) -> bool {
        let ss = self.add_node();
        let tt = self.add_node();
        let mut need = 0;
        for v in 0..ss {
            let e = self.excess[v];
            if e > 0 {
                self.add(ss, v, 0, e);
                need += e;
            } else if e < 0 {
                self.add(v, tt, 0, -e);
            }
        }
        self.max_flow(ss, tt) == need
    }

    fn max_flow(&mut self, s: usize, t: usize) -> i64 {
        let n = self.adj.len();
        let mut total = 0;
        let mut level = vec![-1i32; n];
        let mut it = vec![0usize; n];
        loop {
            level.iter_mut().for_each(|l| *l = -1);
            level[s] = 0;
            let mut q = VecDeque::from([s]);
            while let Some(v) = q.pop_front() {
                for &id in &self.adj[v] {
                    let e = self.edges[id];
                    if e.cap > 0 && level[e.to] < 0 {
                        level[e.to] = level[v] + 1;
                        q.push_back(e.to);
                    }
                }
            }
            if level[t] < 0 {
                return total;
            }
            it.iter_mut().for_each(|i| *i = 0);
            loop {
                let f = self.dfs(s, t, i64::MAX, &level, &mut it);
                if f == 0 {
                    break;
                }
                total += f;
            }
        }
    }

    fn dfs(&mut self, v: usize, t: usize, limit: i64, level: &[i32], it: &mut [usize]) -> i64 {
        if v == t {
            return limit;
        }
        while it[v] < self.adj[v].len() {
            let id = self.adj[v][it[v]];
            let e = self.edges[id];
            if e.cap > 0 && level[e.to] == level[v] + 1 {
                let f = self.dfs(e.to, t, limit.min(e.cap), level, it);
                if f > 0 {
                    self.edges[id].cap -= f;
                    self.edges[id ^ 1].cap += f;
                    return f;
                }
            }
            it[v] += 1;
        }
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_bounds_are_met_or_reported_infeasible() {
        // s → a (exactly 2), a → b (at least 3): impossible.
        let mut n = Network::new(3);
        n.add(0, 1, 2, 2);
        n.add(1, 2, 3, 5);
        n.add(2, 0, 0, 100);
        assert!(!n.feasible());
        let mut n = Network::new(3);
        let sa = n.add(0, 1, 2, 2);
        let ab = n.add(1, 2, 1, 5);
        n.add(2, 0, 0, 100);
        assert!(n.feasible());
        assert_eq!(n.flow(sa), 0);
        assert_eq!(n.flow(ab), 1);
    }
}
