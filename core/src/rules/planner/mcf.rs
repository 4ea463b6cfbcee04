//! Minimum-cost flow (primal-dual: Dijkstra on reduced costs, then a blocking flow over the
//! arcs whose reduced cost is zero), and the potentials that prove the result optimal.
//!
//! The planner's first three figures are linear in the person-days on `O` once each convex
//! count cost (a day's range, a week's limit, a team's first person) is laid out as parallel
//! arcs of rising cost, so one weighted flow finds them exactly. The potentials then tell which
//! arcs every optimal flow must leave empty or fill ([`Mcf::face`]): the later stage searches
//! only among schedules as good as this one on the first three figures.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

#[derive(Debug, Clone, Copy)]
struct Arc {
    to: usize,
    cap: i64,
    cost: i64,
}

pub(crate) struct Mcf {
    arcs: Vec<Arc>,
    adj: Vec<Vec<usize>>,
    pot: Vec<i64>,
    /// The capacity each arc was given, to read its flow back.
    given: Vec<i64>,
}

const INF: i64 = i64::MAX / 4;

impl Mcf {
    pub(crate) fn new(nodes: usize) -> Mcf {
        Mcf { arcs: Vec::new(), adj: vec![Vec::new(); nodes], pot: vec![0; nodes], given: Vec::new() }
    }

    /// Adds `from → to` with room for `cap` at `cost` each; returns its id.
    pub(crate) fn add(&mut self, from: usize, to: usize, cap: i64, cost: i64) -> usize {
        let id = self.arcs.len();
        self.arcs.push(Arc { to, cap, cost });
        self.arcs.push(Arc { to: from, cap: 0, cost: -cost });
        self.adj[from].push(id);
        self.adj[to].push(id + 1);
        self.given.push(cap);
        id
    }

    pub(crate) fn flow(&self, id: usize) -> i64 {
        self.arcs[id + 1].cap
    }

    pub(crate) fn from(&self, id: usize) -> usize {
        self.arcs[id + 1].to
    }

    /// Sends flow from `s` to `t` while a path of negative cost remains: the least cost over
    /// every amount of flow. The arcs must start empty and hold no cycle of negative cost.
    pub(crate) fn run(&mut self, s: usize, t: usize) {
        self.send(s, t, false);
    }

    /// Sends as much flow as fits from `s` to `t`, at the least cost for that amount; returns
    /// the amount.
    pub(crate) fn run_all(&mut self, s: usize, t: usize) -> i64 {
        self.send(s, t, true);
        self.sent(s)
    }

    /// The flow leaving `s` on the arcs added from it.
    fn sent(&self, s: usize) -> i64 {
        self.adj[s].iter().filter(|id| *id % 2 == 0).map(|&id| self.flow(id)).sum()
    }

    fn send(&mut self, s: usize, t: usize, all: bool) {
        self.bellman_ford();
        let n = self.adj.len();
        let mut dist = vec![INF; n];
        let mut level = vec![-1i32; n];
        let mut it = vec![0usize; n];
        loop {
            // Dijkstra on reduced costs (all non-negative under the potentials).
            dist.iter_mut().for_each(|d| *d = INF);
            dist[s] = 0;
            let mut heap = BinaryHeap::from([Reverse((0i64, s))]);
            while let Some(Reverse((d, v))) = heap.pop() {
                if d > dist[v] {
                    continue;
                }
                // Every node not yet settled is at least as far as `t`: its potential moves
                // by `dist[t]` either way.
                if v == t {
                    break;
                }
                for &id in &self.adj[v] {
                    let a = self.arcs[id];
                    if a.cap > 0 {
                        let nd = d + a.cost + self.pot[v] - self.pot[a.to];
                        if nd < dist[a.to] {
                            dist[a.to] = nd;
                            heap.push(Reverse((nd, a.to)));
                        }
                    }
                }
            }
            if dist[t] >= INF {
                return;
            }
            let dt = dist[t];
            for (p, d) in self.pot.iter_mut().zip(&dist) {
                *p += (*d).min(dt);
            }
            // The cost of a shortest path is now pot[t] - pot[s].
            if !all && self.pot[t] - self.pot[s] >= 0 {
                return;
            }
            // Blocking flows over the arcs of reduced cost zero.
            loop {
                level.iter_mut().for_each(|l| *l = -1);
                level[s] = 0;
                let mut q = VecDeque::from([s]);
                while let Some(v) = q.pop_front() {
                    if level[t] >= 0 && level[v] >= level[t] {
                        break;
                    }
                    for &id in &self.adj[v] {
                        let a = self.arcs[id];
                        if a.cap > 0 && level[a.to] < 0 && a.cost + self.pot[v] - self.pot[a.to] == 0 {
                            level[a.to] = level[v] + 1;
                            q.push_back(a.to);
                        }
                    }
                }
                if level[t] < 0 {
                    break;
                }
                it.iter_mut().for_each(|i| *i = 0);
                while self.push(s, t, INF, &level, &mut it) > 0 {}
            }
        }
    }

    fn push(&mut self, v: usize, t: usize, limit: i64, level: &[i32], it: &mut [usize]) -> i64 {
        if v == t {
            return limit;
        }
        while it[v] < self.adj[v].len() {
            let id = self.adj[v][it[v]];
            let a = self.arcs[id];
            if a.cap > 0 && level[a.to] == level[v] + 1 && a.cost + self.pot[v] - self.pot[a.to] == 0 {
                let f = self.push(a.to, t, limit.min(a.cap), level, it);
                if f > 0 {
                    self.arcs[id].cap -= f;
                    self.arcs[id ^ 1].cap += f;
                    return f;
                }
            }
            it[v] += 1;
        }
        0
    }

    /// Shortest distances over the arcs with room, from every node at once (all start at 0):
    /// potentials under which no such arc has a negative reduced cost.
    fn bellman_ford(&mut self) {
        self.pot.iter_mut().for_each(|p| *p = 0);
        self.correct();
    }

    /// The bounds every minimum-cost flow keeps on each arc, given the flow found by [`run`]
    /// and the free return `t → s`: an arc of positive reduced cost stays empty, one of
    /// negative reduced cost stays full, one of zero may carry anything within its room
    /// (complementary slackness). Also whether the amount `s → t` may change at all.
    pub(crate) fn face(&mut self, s: usize, t: usize) -> (Vec<(i64, i64)>, bool) {
        let amount = self.sent(s);
        // The return arc as residual arcs: t → s always, s → t while flow goes round.
        let back = self.add(t, s, INF, 0);
        self.arcs[back].cap = INF - amount;
        self.arcs[back + 1].cap = amount;
        self.correct();
        let bounds = (0..self.given.len() - 1)
            .map(|k| {
                let id = 2 * k;
                let a = self.arcs[id];
                let rc = a.cost + self.pot[self.from(id)] - self.pot[a.to];
                match rc {
                    r if r > 0 => (0, 0),
                    r if r < 0 => (self.given[k], self.given[k]),
                    _ => (0, self.given[k]),
                }
            })
            .collect();
        let free = self.pot[t] == self.pot[s];
        (bounds, free)
    }

    /// Lowers potentials until no arc with room has a negative reduced cost (there is no
    /// negative cycle: the flow is optimal, or the arcs are empty and acyclic).
    fn correct(&mut self) {
        let n = self.adj.len();
        let mut queued = vec![true; n];
        let mut q: VecDeque<usize> = (0..n).collect();
        while let Some(v) = q.pop_front() {
            queued[v] = false;
            for &id in &self.adj[v] {
                let a = self.arcs[id];
                if a.cap > 0 && self.pot[v] + a.cost < self.pot[a.to] {
                    self.pot[a.to] = self.pot[v] + a.cost;
                    if !queued[a.to] {
                        queued[a.to] = true;
                        q.push_back(a.to);
                    }
                }
            }
        }
    }
}
