//! The window's commands, one module per area. Each command is one to three lines: it hands its
//! arguments to one giliran-core function and returns the result or the core's
//! `{code, message, fields}` error. No SQL and no rules here.

pub mod actual;
pub mod backup;
pub mod circulars;
pub mod evaluation;
pub mod fwa;
pub mod office;
pub mod presence;
pub mod reports;
pub mod schedule;
pub mod staff;
pub mod targets;
#[cfg(debug_assertions)]
pub mod testing;
