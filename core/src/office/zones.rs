//! The region's Covid-19 risk zone per period, which SE MenPAN-RB 67/2020 caps WFO by: the
//! office enters each change of zone from the day it applies.

use crate::model::dates;
use crate::model::error::{Error, Result};
pub use crate::model::{Zone, ZoneFrom};
use crate::store::Store;
use chrono::NaiveDate;

pub fn list(store: &mut Store) -> Result<Vec<ZoneFrom>> {
    store.read(|tx| tx.zones())
}

/// From `from` (as typed) on, the region is in `zone` (its key or its name).
pub fn set(store: &mut Store, from: &str, zone: &str) -> Result<ZoneFrom> {
    let from = dates::parse_field("from", from)?;
    let zone = Zone::parse(zone)
        .ok_or_else(|| Error::invalid("zone", format!("Zona \"{}\" tidak dikenal (pilihan: {}).", zone.trim(), Zone::choices())))?;
    let z = ZoneFrom { from, zone };
    store.write("menyimpan zona risiko", |tx| tx.save_zone(&z))?;
    Ok(z)
}

pub fn remove(store: &mut Store, from: &str) -> Result<()> {
    let from = dates::parse_field("from", from)?;
    store.write("menghapus zona risiko", |tx| {
        if tx.delete_zone(from)? {
            Ok(())
        } else {
            Err(Error::NotFound(format!("Zona risiko mulai {}", dates::short(from))))
        }
    })
}

/// The zone on `d`: the last change on or before it.
pub fn on(zones: &[ZoneFrom], d: NaiveDate) -> Option<Zone> {
    zones.iter().filter(|z| z.from <= d).max_by_key(|z| z.from).map(|z| z.zone)
}
