//! How far a long action has come (planning a month, importing a year of punches), for the
//! window's progress bar and the terminal's progress line.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// What is being done, in words for the clerk.
    pub stage: &'static str,
    pub done: usize,
    /// 0 while the total is not known yet (a file being read): `done` counts what passed.
    pub total: usize,
    /// What `done` and `total` count: `unit`, `baris`, `pegawai`.
    pub of: &'static str,
    /// The work is saved; nothing more will come.
    pub finished: bool,
}

impl Progress {
    pub const DONE: &'static str = "Selesai";

    pub fn new(stage: &'static str, done: usize, total: usize, of: &'static str) -> Progress {
        Progress { stage, done, total, of, finished: stage == Self::DONE }
    }

    /// In words, for the terminal: `Menyimpan presensi: 1200 dari 4929 pegawai`.
    pub fn line(&self) -> String {
        match (self.total, self.done) {
            (0, 0) => format!("{}…", self.stage),
            (0, n) => format!("{}: {n} {}", self.stage, self.of),
            (t, n) => format!("{}: {n} dari {t} {}", self.stage, self.of),
        }
    }
}

/// Where a long action reports how far it has come.
pub type Report<'a> = &'a (dyn Fn(Progress) + Sync);
