//! The region's Covid-19 risk zone per period, which SE MenPAN-RB 67/2020 caps WFO by: the
//! office enters each change of zone from the day it applies. And the periods the region was
//! under PSBB, which SE MenPAN-RB 58/2020 sends every task that need not be in the office
//! home in.

use crate::model::dates;
use crate::model::error::{Error, Result};
pub use crate::model::{PsbbPeriod, Zone, ZoneFrom};
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

pub fn psbb_list(store: &mut Store) -> Result<Vec<PsbbPeriod>> {
    store.read(|tx| tx.psbb_periods())
}

/// The region is under PSBB from `from` through `to` (as typed); a period that overlaps
/// another is refused, naming it.
pub fn psbb_add(store: &mut Store, from: &str, to: &str) -> Result<PsbbPeriod> {
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    if to < from {
        return Err(Error::invalid("to", format!("Akhir PSBB ({}) sebelum awalnya ({}).", dates::short(to), dates::short(from))));
    }
    let p = PsbbPeriod { from, to };
    store.write("menyimpan masa PSBB", |tx| {
        if let Some(o) = tx.psbb_periods()?.into_iter().find(|o| o.from != from && o.from <= to && from <= o.to) {
            return Err(Error::invalid(
                "from",
                format!("Masa PSBB ini bertumpang tindih dengan {} s.d. {}.", dates::short(o.from), dates::short(o.to)),
            ));
        }
        tx.save_psbb(&p)
    })?;
    Ok(p)
}

pub fn psbb_remove(store: &mut Store, from: &str) -> Result<()> {
    let from = dates::parse_field("from", from)?;
    store.write("menghapus masa PSBB", |tx| {
        if tx.delete_psbb(from)? {
            Ok(())
        } else {
            Err(Error::NotFound(format!("Masa PSBB mulai {}", dates::short(from))))
        }
    })
}

/// Whether the region is under PSBB on `d`.
pub fn under_psbb(periods: &[PsbbPeriod], d: NaiveDate) -> bool {
    periods.iter().any(|p| p.from <= d && d <= p.to)
}

/// The zone on `d`: the last change on or before it.
pub fn on(zones: &[ZoneFrom], d: NaiveDate) -> Option<Zone> {
    zones.iter().filter(|z| z.from <= d).max_by_key(|z| z.from).map(|z| z.zone)
}
