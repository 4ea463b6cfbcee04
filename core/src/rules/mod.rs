//! Pure functions of records: no store, no files. What a circular requires of a unit on a day
//! ([`policy`]) and the planner that meets it ([`planner`]).

pub mod calendar;
pub mod flexible;
pub mod planner;
pub mod policy;
pub mod shift;
pub mod work_week;
