//! Units kerja: create, rename, reclassify, move, delete-if-empty.
//!
//! Two levels only: a unit (Sekretariat, Bidang, UPTD) and its teams (Subbagian, Seksi).
//! Circulars set quotas per unit; teams matter to the planner's team cover.

use crate::model::class::ClassKey;
use crate::model::error::{Error, FieldError, Result};
use crate::model::fields;
use crate::model::{ServiceClass, Unit, UnitInput};
use crate::store::{Store, Tx};

pub fn list(store: &mut Store) -> Result<Vec<Unit>> {
    store.read(|tx| tx.units())
}

/// Finds a unit by its number or its name (a unit's name first, then a team's).
pub fn find(store: &mut Store, key: &str) -> Result<Unit> {
    store.read(|tx| find_in(tx, key))
}

pub(crate) fn find_in(tx: &Tx, key: &str) -> Result<Unit> {
    let key = key.trim();
    if let Ok(id) = key.parse::<i64>() {
        if let Some(u) = tx.unit(id)? {
            return Ok(u);
        }
    }
    if let Some(u) = tx.unit_by_name(key, None)? {
        return Ok(u);
    }
    let mut teams = tx.units()?.into_iter().filter(|u| u.parent_id.is_some() && u.name.eq_ignore_ascii_case(key));
    match (teams.next(), teams.next()) {
        (Some(u), None) => Ok(u),
        (Some(_), Some(_)) => {
            Err(Error::Conflict(format!("Ada beberapa tim/seksi bernama \"{key}\"; sebut dengan nomornya (lihat `giliran units list`).")))
        }
        _ => Err(Error::NotFound(format!("Unit kerja \"{key}\""))),
    }
}

fn get_in(tx: &Tx, id: i64) -> Result<Unit> {
    tx.unit(id)?.ok_or_else(|| Error::NotFound(format!("Unit kerja nomor {id}")))
}

fn check_name(tx: &Tx, name: &str, parent: Option<i64>, except: Option<i64>) -> Result<String> {
    let mut e = Vec::new();
    let name = fields::text(&mut e, "name", "Nama unit kerja", name, true, 100);
    if !e.is_empty() {
        return Err(Error::Invalid(e));
    }
    if let Some(other) = tx.unit_by_name(&name, parent)? {
        if Some(other.id) != except {
            let place = match parent {
                Some(p) => format!(" di bawah {}", get_in(tx, p)?.name),
                None => String::new(),
            };
            return Err(Error::invalid("name", format!("Unit kerja \"{}\" sudah ada{place}.", other.name)));
        }
    }
    Ok(name)
}

fn check_workdays(n: u8) -> Result<u8> {
    if matches!(n, 5..=7) {
        Ok(n)
    } else {
        Err(Error::invalid("workdays", format!("Hari kerja per minggu harus 5, 6, atau 7 (tertulis {n}).")))
    }
}

/// The standard class and the office's own from what the clerk picked.
fn parse_class(tx: &Tx, s: &str) -> Result<(ServiceClass, Option<ClassKey>)> {
    crate::office::classes::resolve(&tx.class_book()?, s).map_err(|e| Error::Invalid(vec![e]))
}

/// A parent must be a top-level unit: teams do not hold teams.
fn check_parent(tx: &Tx, parent: i64) -> Result<Unit> {
    let p = get_in(tx, parent)?;
    if p.parent_id.is_some() {
        return Err(Error::invalid(
            "parent_id",
            format!("\"{}\" adalah tim/seksi; tim/seksi hanya dapat berada di bawah unit kerja utama.", p.name),
        ));
    }
    Ok(p)
}

/// Adds a unit, or a team when `parent_id` is given (a team serves as its unit does).
pub fn add(store: &mut Store, input: &UnitInput) -> Result<Unit> {
    store.write("menambah unit kerja", |tx| add_in(tx, input))
}

pub(crate) fn add_in(tx: &Tx, input: &UnitInput) -> Result<Unit> {
    let ((class, own), parent, inherited) = match input.parent_id {
        Some(p) => {
            let p = check_parent(tx, p)?;
            ((p.service_class, p.office_class), Some(p.id), p.workdays)
        }
        None => (parse_class(tx, &input.service_class)?, None, 5),
    };
    let name = check_name(tx, &input.name, parent, None)?;
    let workdays = check_workdays(input.workdays.unwrap_or(inherited))?;
    let id = tx.insert_unit(&name, class, own.as_ref(), parent, workdays)?;
    get_in(tx, id)
}

pub fn rename(store: &mut Store, id: i64, name: &str) -> Result<Unit> {
    store.write("mengubah nama unit kerja", |tx| rename_in(tx, id, name))
}

fn rename_in(tx: &Tx, id: i64, name: &str) -> Result<Unit> {
    let mut u = get_in(tx, id)?;
    u.name = check_name(tx, name, u.parent_id, Some(id))?;
    tx.update_unit(&u)?;
    Ok(u)
}

/// Applies a whole edit of a unit (place, name, class) as one action: all or nothing.
pub fn update(store: &mut Store, id: i64, input: &UnitInput) -> Result<Unit> {
    store.write("mengubah unit kerja", |tx| update_in(tx, id, input))
}

pub(crate) fn update_in(tx: &Tx, id: i64, input: &UnitInput) -> Result<Unit> {
    {
        let before = get_in(tx, id)?;
        if before.parent_id != input.parent_id {
            move_in(tx, id, input.parent_id)?;
        }
        if get_in(tx, id)?.name != input.name.trim() {
            rename_in(tx, id, &input.name)?;
        }
        if let Some(w) = input.workdays {
            let mut u = get_in(tx, id)?;
            u.workdays = check_workdays(w)?;
            tx.update_unit(&u)?;
        }
        let now = get_in(tx, id)?;
        if now.parent_id.is_none() && !input.service_class.is_empty() && input.service_class != now.class_key().as_str() {
            set_class_in(tx, id, &input.service_class)?;
        }
        get_in(tx, id)
    }
}

/// Sets a unit's service class; its teams follow. A team's class is its unit's.
pub fn set_class(store: &mut Store, id: i64, class: &str) -> Result<Unit> {
    store.write("mengubah kelas layanan", |tx| set_class_in(tx, id, class))
}

fn set_class_in(tx: &Tx, id: i64, class: &str) -> Result<Unit> {
    {
        let mut u = get_in(tx, id)?;
        if let Some(p) = u.parent_id {
            let parent = get_in(tx, p)?;
            return Err(Error::invalid("service_class", format!("Kelas layanan tim/seksi mengikuti unitnya; ubah kelas {}.", parent.name)));
        }
        (u.service_class, u.office_class) = parse_class(tx, class)?;
        tx.update_unit(&u)?;
        tx.set_team_classes(id, u.service_class, u.office_class.as_ref())?;
        Ok(u)
    }
}

/// Moves a unit under `parent` (it becomes a team) or to the top level (`None`).
/// Staff follow: a team's staff belong to whatever unit the team is under.
pub fn move_to(store: &mut Store, id: i64, parent: Option<i64>) -> Result<Unit> {
    store.write("memindahkan unit kerja", |tx| move_in(tx, id, parent))
}

fn move_in(tx: &Tx, id: i64, parent: Option<i64>) -> Result<Unit> {
    {
        let mut u = get_in(tx, id)?;
        if u.parent_id == parent {
            return Ok(u);
        }
        match parent {
            Some(p) => {
                if p == id {
                    return Err(Error::invalid("parent_id", "Unit kerja tidak dapat berada di bawah dirinya sendiri."));
                }
                let p = check_parent(tx, p)?;
                let usage = tx.unit_usage(id)?;
                if u.parent_id.is_none() && usage.teams > 0 {
                    return Err(Error::Conflict(format!(
                        "{} masih memiliki {} tim/seksi; pindahkan atau hapus dulu tim/seksinya.",
                        u.name, usage.teams
                    )));
                }
                check_name(tx, &u.name, Some(p.id), Some(id))?;
                if u.parent_id.is_some() {
                    tx.move_team_staff(id, p.id)?;
                } else {
                    tx.demote_unit_staff(id, p.id)?;
                }
                u.parent_id = Some(p.id);
                u.service_class = p.service_class;
                u.office_class = p.office_class;
            }
            None => {
                check_name(tx, &u.name, None, Some(id))?;
                tx.promote_team_staff(id)?;
                u.parent_id = None;
            }
        }
        tx.update_unit(&u)?;
        Ok(u)
    }
}

/// Deletes a unit that holds no staff and no teams; otherwise says what is still in it.
pub fn delete(store: &mut Store, id: i64) -> Result<()> {
    store.write("menghapus unit kerja", |tx| {
        let u = get_in(tx, id)?;
        let usage = tx.unit_usage(id)?;
        if usage.staff > 0 || usage.teams > 0 {
            let mut parts = Vec::new();
            if usage.staff > 0 {
                parts.push(format!("{} pegawai", usage.staff));
            }
            if usage.teams > 0 {
                parts.push(format!("{} tim/seksi", usage.teams));
            }
            return Err(Error::Conflict(format!(
                "{} tidak dapat dihapus karena masih berisi {}. Pindahkan dulu isinya.",
                u.name,
                parts.join(" dan ")
            )));
        }
        tx.delete_unit(id)
    })
}

/// Resolves a unit/team pair from a form: a team given as the unit stands for its unit and itself.
pub(crate) fn placement(tx: &Tx, unit: Option<i64>, team: Option<i64>) -> Result<(i64, Option<i64>), FieldError> {
    let db = |e: Error| FieldError::new("unit_id", e.to_string());
    let Some(unit_id) = unit else {
        return Err(FieldError::new("unit_id", "Unit kerja wajib dipilih."));
    };
    let u =
        tx.unit(unit_id).map_err(db)?.ok_or_else(|| FieldError::new("unit_id", format!("Unit kerja nomor {unit_id} tidak ditemukan.")))?;
    let (unit, implied_team) = match u.parent_id {
        Some(p) => (p, Some(u.id)),
        None => (u.id, None),
    };
    let team = match (team, implied_team) {
        (Some(t), _) => {
            let tu = tx.unit(t).map_err(db)?.ok_or_else(|| FieldError::new("team_id", format!("Tim/seksi nomor {t} tidak ditemukan.")))?;
            if tu.parent_id != Some(unit) {
                let unit_name = tx.unit(unit).map_err(db)?.map(|u| u.name).unwrap_or_default();
                return Err(FieldError::new("team_id", format!("{} bukan tim/seksi dari {}.", tu.name, unit_name)));
            }
            Some(t)
        }
        (None, t) => t,
    };
    Ok((unit, team))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(s: &mut Store, name: &str, class: &str, parent: Option<i64>) -> Unit {
        add(s, &UnitInput { name: name.into(), service_class: class.into(), parent_id: parent, workdays: None }).unwrap()
    }

    #[test]
    fn a_team_takes_its_units_service_class_and_follows_changes() {
        let mut s = Store::open_in_memory().unwrap();
        let bid = unit(&mut s, "Bidang Pelayanan", "layanan_publik", None);
        let seksi = unit(&mut s, "Seksi Informasi", "", Some(bid.id));
        assert_eq!(seksi.service_class, ServiceClass::LayananPublik);
        set_class(&mut s, bid.id, "esensial").unwrap();
        let all = list(&mut s).unwrap();
        assert!(all.iter().all(|u| u.service_class == ServiceClass::Esensial));
        assert!(set_class(&mut s, seksi.id, "administrasi").is_err());
    }

    #[test]
    fn names_are_unique_among_siblings_ignoring_case() {
        let mut s = Store::open_in_memory().unwrap();
        let a = unit(&mut s, "Sekretariat", "administrasi", None);
        let b = unit(&mut s, "Bidang A", "administrasi", None);
        let err =
            add(&mut s, &UnitInput { name: "sekretariat".into(), service_class: "administrasi".into(), parent_id: None, workdays: None })
                .unwrap_err();
        assert_eq!(err.to_string(), "Unit kerja \"Sekretariat\" sudah ada.");
        unit(&mut s, "Subbagian Umum", "", Some(a.id));
        unit(&mut s, "Subbagian Umum", "", Some(b.id));
    }

    #[test]
    fn teams_hold_no_teams_and_a_unit_with_teams_cannot_become_one() {
        let mut s = Store::open_in_memory().unwrap();
        let a = unit(&mut s, "Sekretariat", "administrasi", None);
        let t = unit(&mut s, "Subbagian Umum", "", Some(a.id));
        let b = unit(&mut s, "Bidang B", "administrasi", None);
        let err =
            add(&mut s, &UnitInput { name: "X".into(), service_class: String::new(), parent_id: Some(t.id), workdays: None }).unwrap_err();
        assert!(err.to_string().contains("tim/seksi hanya dapat berada di bawah unit kerja utama"), "{err}");
        let err = move_to(&mut s, a.id, Some(b.id)).unwrap_err();
        assert!(err.to_string().contains("masih memiliki 1 tim/seksi"), "{err}");
        let moved = move_to(&mut s, t.id, Some(b.id)).unwrap();
        assert_eq!(moved.parent_id, Some(b.id));
        let top = move_to(&mut s, t.id, None).unwrap();
        assert_eq!(top.parent_id, None);
    }

    #[test]
    fn an_edit_that_fails_halfway_changes_nothing() {
        let mut s = Store::open_in_memory().unwrap();
        let a = unit(&mut s, "Sekretariat", "administrasi", None);
        let b = unit(&mut s, "Bidang B", "administrasi", None);
        unit(&mut s, "Seksi X", "", Some(a.id));
        let t = unit(&mut s, "Seksi Y", "", Some(b.id));
        // Moving Seksi Y under Sekretariat works, renaming it to Seksi X there does not.
        let input = UnitInput { name: "Seksi X".into(), service_class: String::new(), parent_id: Some(a.id), workdays: None };
        assert!(update(&mut s, t.id, &input).is_err());
        assert_eq!(find(&mut s, &t.id.to_string()).unwrap(), t);
        let ok = UnitInput { name: "Seksi Z".into(), service_class: String::new(), parent_id: Some(a.id), workdays: None };
        let got = update(&mut s, t.id, &ok).unwrap();
        assert_eq!((got.name.as_str(), got.parent_id), ("Seksi Z", Some(a.id)));
    }

    #[test]
    fn only_an_empty_unit_can_be_deleted() {
        let mut s = Store::open_in_memory().unwrap();
        let a = unit(&mut s, "Sekretariat", "administrasi", None);
        unit(&mut s, "Subbagian Umum", "", Some(a.id));
        let err = delete(&mut s, a.id).unwrap_err();
        assert_eq!(err.to_string(), "Sekretariat tidak dapat dihapus karena masih berisi 1 tim/seksi. Pindahkan dulu isinya.");
        let b = unit(&mut s, "Bidang Kosong", "administrasi", None);
        delete(&mut s, b.id).unwrap();
        assert_eq!(list(&mut s).unwrap().len(), 2);
    }

    #[test]
    fn units_are_found_by_number_or_name() {
        let mut s = Store::open_in_memory().unwrap();
        let a = unit(&mut s, "Sekretariat", "administrasi", None);
        let t = unit(&mut s, "Subbagian Umum", "", Some(a.id));
        assert_eq!(find(&mut s, &a.id.to_string()).unwrap(), a);
        assert_eq!(find(&mut s, "subbagian umum").unwrap(), t);
        assert_eq!(find(&mut s, "Bidang Z").unwrap_err().to_string(), "Unit kerja \"Bidang Z\" tidak ditemukan.");
    }
}
