//! Shift groups of a unit (Kaltim 2020: "dengan cara shift"): named groups that take turns in
//! the office by a pattern. The planner puts the group on duty in and the others at home, as
//! far as the circular's quota allows: the quota is still checked, and where it cannot be met
//! by the groups as they are the plan says so (docs/domain.md, "Shifts").

use crate::model::error::{Error, FieldError, Result};
use crate::model::shift::{ShiftGroup, ShiftPattern, UnitShift};
use crate::model::{dates, fields, Hari, StaffFilter};
use crate::store::Store;
use serde::Deserialize;

/// A unit's setting as the clerk enters it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ShiftInput {
    /// `harian`, `mingguan` or `hari` (or its name).
    pub pattern: String,
    /// From when the turns count, as typed.
    pub start: String,
    pub groups: Vec<GroupInput>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GroupInput {
    pub name: String,
    /// Weekday keys, for the `hari` pattern.
    pub days: Vec<String>,
    /// Staff ids; when no group names any, the unit's staff are split evenly.
    pub members: Vec<i64>,
}

pub fn list(store: &mut Store) -> Result<Vec<UnitShift>> {
    store.read(|tx| tx.shifts())
}

pub fn get(store: &mut Store, unit_id: i64) -> Result<Option<UnitShift>> {
    Ok(list(store)?.into_iter().find(|s| s.unit_id == unit_id))
}

/// Checks and saves a unit's setting whole, replacing the one before.
pub fn set(store: &mut Store, unit_id: i64, input: &ShiftInput) -> Result<UnitShift> {
    let unit = crate::office::units::list(store)?
        .into_iter()
        .find(|u| u.id == unit_id)
        .ok_or_else(|| Error::NotFound(format!("Unit kerja nomor {unit_id}")))?;
    if unit.parent_id.is_some() {
        return Err(Error::invalid("unit_id", format!("Shift diatur per unit kerja utama; {} adalah tim/seksi.", unit.name)));
    }
    let staff: Vec<_> = crate::office::staff::list(store, &StaffFilter::default())?.into_iter().filter(|s| s.unit_id == unit_id).collect();
    let mut e = Vec::new();
    let pattern = ShiftPattern::parse(&input.pattern);
    if pattern.is_none() {
        e.push(FieldError::new("pattern", format!("Pola shift wajib dipilih: {}.", ShiftPattern::choices())));
    }
    let start = match dates::parse_field("start", &input.start) {
        Ok(d) => Some(d),
        Err(Error::Invalid(mut f)) => {
            e.append(&mut f);
            None
        }
        Err(other) => return Err(other),
    };
    if input.groups.len() < 2 {
        e.push(FieldError::new("groups", "Shift memerlukan paling sedikit dua regu yang bergantian."));
    }
    let mut groups = Vec::new();
    for (i, g) in input.groups.iter().enumerate() {
        let name = fields::text(&mut e, "groups", &format!("Nama regu ke-{}", i + 1), &g.name, true, 40);
        if groups.iter().any(|o: &ShiftGroup| o.name.eq_ignore_ascii_case(&name)) {
            e.push(FieldError::new("groups", format!("Nama regu \"{name}\" dipakai dua kali.")));
        }
        let mut days = Vec::new();
        for d in &g.days {
            match Hari::parse(d) {
                Some(h) if !days.contains(&h) => days.push(h),
                Some(_) => {}
                None => e.push(FieldError::new("groups", format!("{name}: hari \"{d}\" tidak dikenal ({}).", Hari::choices()))),
            }
        }
        if pattern == Some(ShiftPattern::Weekdays) && days.is_empty() {
            e.push(FieldError::new("groups", format!("{name}: pilih hari regu ini di kantor.")));
        }
        for m in &g.members {
            match staff.iter().find(|s| s.id == *m) {
                None => e.push(FieldError::new("groups", format!("{name}: pegawai nomor {m} bukan pegawai aktif {}.", unit.name))),
                Some(s)
                    if groups.iter().any(|o: &ShiftGroup| o.members.contains(m)) || g.members.iter().filter(|x| *x == m).count() > 1 =>
                {
                    e.push(FieldError::new("groups", format!("{} tercatat di lebih dari satu regu.", s.name)))
                }
                Some(_) => {}
            }
        }
        groups.push(ShiftGroup {
            name,
            days: if pattern == Some(ShiftPattern::Weekdays) { days } else { Vec::new() },
            members: g.members.clone(),
        });
    }
    if groups.iter().all(|g| g.members.is_empty()) && !groups.is_empty() {
        split_evenly(&mut groups, &staff);
    }
    for g in groups.iter().filter(|g| g.members.is_empty()) {
        e.push(FieldError::new("groups", format!("{} belum beranggota.", g.name)));
    }
    let (Some(pattern), Some(start), true) = (pattern, start, e.is_empty()) else {
        return Err(Error::Invalid(e));
    };
    let shift = UnitShift { unit_id, pattern, start, groups };
    store.write("menyimpan shift", |tx| tx.save_shift(&shift))?;
    Ok(shift)
}

/// Deals the unit's staff to the groups in turn, team by team, so each group has a share of
/// every team (the office keeps each team's work going whichever group is in).
fn split_evenly(groups: &mut [ShiftGroup], staff: &[crate::model::Staff]) {
    let mut ordered: Vec<&crate::model::Staff> = staff.iter().collect();
    ordered.sort_by_key(|s| (s.team_id, s.id));
    for (i, s) in ordered.iter().enumerate() {
        groups[i % groups.len()].members.push(s.id);
    }
}

/// Moves one person to `group` (by name) of the unit's setting, or out of every group.
pub fn move_member(store: &mut Store, unit_id: i64, staff_id: i64, group: Option<&str>) -> Result<UnitShift> {
    let mut shift = get(store, unit_id)?.ok_or_else(|| Error::NotFound("Pengaturan shift unit ini".into()))?;
    let person = crate::office::staff::get(store, staff_id)?;
    if person.unit_id != unit_id {
        return Err(Error::invalid("staff_id", format!("{} bukan pegawai unit ini.", person.name)));
    }
    for g in &mut shift.groups {
        g.members.retain(|m| *m != staff_id);
    }
    if let Some(name) = group {
        let names = shift.groups.iter().map(|g| g.name.clone()).collect::<Vec<_>>().join(", ");
        let g = shift
            .groups
            .iter_mut()
            .find(|g| g.name.eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| Error::invalid("group", format!("Regu \"{}\" tidak ada (regu: {names}).", name.trim())))?;
        g.members.push(staff_id);
    }
    store.write("memindahkan anggota regu", |tx| tx.save_shift(&shift))?;
    Ok(shift)
}

pub fn clear(store: &mut Store, unit_id: i64) -> Result<()> {
    store.write("menghapus shift", |tx| {
        if tx.delete_shift(unit_id)? {
            Ok(())
        } else {
            Err(Error::NotFound("Pengaturan shift unit ini".into()))
        }
    })
}
