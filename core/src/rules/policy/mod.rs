//! What a circular requires: the WFO range of a unit on a day ([`need_for`]) and which of the
//! circulars in force governs a day ([`governing`]). The circular itself is a record
//! (`model::circular`); it is re-exported here for the callers that read a circular and apply it.

mod need;
mod within;

pub use crate::model::circular::{templates, Circular, ClassRule, Classes, Obligations, Rule, Share};
pub use need::{governing, need_for, Governing, Need};
pub use within::looser_than;
