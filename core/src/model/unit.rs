//! A unit kerja and its teams, and the class a circular counts it by.

use super::class;
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// Service class of a unit: circulars set their quota per class.
    ServiceClass {
        Esensial => "esensial", "Esensial";
        LayananPublik => "layanan_publik", "Layanan publik";
        Administrasi => "administrasi", "Administrasi pemerintahan";
    }
}

/// A unit kerja; with a parent it is a team (Seksi/Subbagian) of that unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub id: i64,
    pub name: String,
    /// The standard class; for a unit of one of the office's own classes, the one that
    /// class counts as.
    pub service_class: ServiceClass,
    /// One of the office's own classes (`Layanan kesehatan`), if the unit is of one.
    #[serde(default)]
    pub office_class: Option<class::ClassKey>,
    pub parent_id: Option<i64>,
    /// Working days a week: 5 (Monday–Friday), 6 (to Saturday) or 7 (every day, e.g. a
    /// hospital ward, which also works on holidays).
    pub workdays: u8,
}

impl Unit {
    /// The class a circular's rule is looked up by.
    pub fn class_key(&self) -> class::ClassKey {
        self.office_class.clone().unwrap_or_else(|| self.service_class.into())
    }
}

/// What a clerk types to create or change a unit.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UnitInput {
    pub name: String,
    /// A standard class or one of the office's own, by key or name.
    pub service_class: String,
    pub parent_id: Option<i64>,
    /// 5, 6 or 7; absent keeps the unit's (5 for a new unit, its unit's for a new team).
    pub workdays: Option<u8>,
}

/// How many staff and teams hang on a unit; a unit may be deleted only when both are zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitUsage {
    pub staff: i64,
    pub teams: i64,
}
