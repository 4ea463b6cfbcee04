//! The clerk's actions: each reads and writes through one `Store::write` (one transaction, one
//! audit row), checks its input with the model's rules, and says what went wrong in Indonesian.

pub mod activity;
pub mod actual;
pub mod audit;
pub mod backup;
pub mod calendar;
pub mod circulars;
pub mod classes;
pub mod compliance;
pub mod demo;
pub mod ekinerja;
pub mod evaluation;
pub mod fwa;
pub mod outage;
pub mod overview;
pub mod period;
pub mod presence;
pub mod profile;
pub mod reach;
pub mod report;
pub mod roster;
pub mod schedule;
pub mod shifts;
pub mod staff;
pub mod targets;
pub mod units;
pub mod zones;
