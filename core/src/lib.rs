//! giliran-core: everything Giliran knows about an OPD's staff and their WFO/WFH days.
//!
//! The Tauri app and the `giliran` CLI are thin callers of the functions here, so anything a
//! clerk can do in the window a script can do too, under the same rules and messages.

pub mod activity;
pub mod attendance;
pub mod audit;
pub mod backup;
pub mod calendar;
pub mod circulars;
pub mod compliance;
pub mod dates;
pub mod demo;
pub mod error;
mod fields;
mod file;
pub mod golongan;
pub mod model;
pub mod nip;
pub mod office;
pub mod overview;
pub mod pdf;
pub mod planner;
pub mod policy;
pub mod presence;
pub mod print;
pub mod reach;
pub mod report;
pub mod roster;
pub mod schedule;
mod sheet;
pub mod staff;
pub mod staff_io;
pub mod store;
pub mod units;

pub use error::{Error, FieldError, Result};
pub use fields::phone_display;
pub use store::Store;

/// Today's date on this computer; checks such as "TMT not in the future" are relative to it.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
