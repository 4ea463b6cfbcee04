//! What the Beranda shows at a glance, and whether the database is still empty (the
//! window then offers "Muat data contoh" and "Mulai dengan data kantor sendiri").

use crate::error::Result;
use crate::model::{Letterhead, Office};
use crate::staff::{self, Summary};
use crate::store::{Store, LATEST_VERSION};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    /// Where the database file is, so the clerk knows what to back up.
    pub db_path: String,
    pub schema_version: i64,
    /// No unit and no staff yet.
    pub empty: bool,
    pub office: Office,
    pub letterhead: Letterhead,
    pub units: usize,
    pub teams: usize,
    pub staff: Summary,
}

pub fn get(store: &mut Store) -> Result<Overview> {
    let db_path = store.path().map(|p| p.display().to_string()).unwrap_or_else(|| ":memory:".into());
    let units = crate::units::list(store)?;
    let staff = staff::summary(store)?;
    let office = crate::office::get(store)?;
    let teams = units.iter().filter(|u| u.parent_id.is_some()).count();
    Ok(Overview {
        db_path,
        schema_version: LATEST_VERSION,
        empty: units.is_empty() && staff.active + staff.inactive == 0,
        letterhead: office.letterhead(),
        office,
        units: units.len() - teams,
        teams,
        staff,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_database_says_so_until_the_example_is_loaded() {
        let mut s = Store::open_in_memory().unwrap();
        assert!(get(&mut s).unwrap().empty);
        crate::demo::load(&mut s).unwrap();
        let o = get(&mut s).unwrap();
        assert!(!o.empty);
        assert_eq!((o.units, o.teams), (5, 10));
        assert_eq!(o.staff.by_unit.len(), 15);
        assert_eq!(o.staff.by_unit.iter().filter(|u| u.parent_id.is_none()).map(|u| u.active).sum::<usize>(), o.staff.active);
    }
}
