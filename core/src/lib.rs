//! giliran-core: everything Giliran knows about an OPD's staff and their WFO/WFH days.
//!
//! The Tauri app and the `giliran` CLI are thin callers of the functions here, so anything a
//! clerk can do in the window a script can do too, under the same rules and messages.
//!
//! Five layers, each importing only from those below it (docs/architecture.md):
//! [`files`] (sheets in, xlsx/pdf/csv out) → [`office`] (the clerk's actions) → [`rules`] (pure)
//! and [`store`] (SQL only) → [`model`] (records and vocabulary).

pub mod files;
pub mod model;
pub mod office;
pub mod rules;
pub mod store;

pub use model::clock::Clock;
pub use model::error::{Error, FieldError, Result};
pub use model::fields::phone_display;
pub use store::Store;
