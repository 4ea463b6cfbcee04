//! The CLI's commands by area, the same areas as the window's screens and core's modules
//! (docs/architecture.md); main.rs keeps the command tree and the one clock.

pub(crate) mod actual;
pub(crate) mod backup;
pub(crate) mod calendar;
pub(crate) mod circulars;
pub(crate) mod evaluation;
pub(crate) mod fwa;
pub(crate) mod office;
pub(crate) mod presence;
pub(crate) mod reports;
pub(crate) mod schedule;
pub(crate) mod staff;
pub(crate) mod units;
