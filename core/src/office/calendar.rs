//! The office's holiday list: national holidays and cuti bersama (2025 and 2026 shipped from
//! the SKB 3 Menteri), edited by the office.

pub use crate::model::calendar::Holiday;
use crate::model::error::{Error, Result};
pub use crate::rules::calendar::{is_working_day, set_of};
use crate::store::Store;
use chrono::Datelike;

pub fn list(store: &mut Store, year: Option<i32>) -> Result<Vec<Holiday>> {
    let all = store.read(|tx| tx.holidays())?;
    Ok(all.into_iter().filter(|h| year.is_none_or(|y| h.day.year() == y)).collect())
}

/// Adds or renames a holiday or cuti bersama (`day` as typed).
pub fn set(store: &mut Store, day: &str, name: &str, cuti_bersama: bool) -> Result<Holiday> {
    let day = crate::model::dates::parse_field("day", day)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::invalid("name", "Nama hari libur wajib diisi."));
    }
    let h = Holiday { day, name: name.into(), kind: if cuti_bersama { "cuti_bersama" } else { "libur" }.into() };
    store.write("menyimpan hari libur", |tx| tx.save_holiday(&h))?;
    Ok(h)
}

pub fn remove(store: &mut Store, day: &str) -> Result<()> {
    let day = crate::model::dates::parse_field("day", day)?;
    store.write("menghapus hari libur", |tx| {
        if tx.delete_holiday(day)? {
            Ok(())
        } else {
            Err(Error::NotFound(format!("Hari libur pada {}", crate::model::dates::short(day))))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> chrono::NaiveDate {
        crate::model::dates::parse(s).unwrap()
    }

    #[test]
    fn holidays_and_cuti_bersama_of_2025_and_2026_are_shipped() {
        let mut s = Store::open_in_memory().unwrap();
        let y25 = list(&mut s, Some(2025)).unwrap();
        let y26 = list(&mut s, Some(2026)).unwrap();
        assert_eq!(y25.iter().filter(|h| h.kind == "libur").count(), 17);
        assert_eq!(y25.iter().filter(|h| h.kind == "cuti_bersama").count(), 11);
        assert_eq!(y26.iter().filter(|h| h.kind == "libur").count(), 17);
        assert_eq!(y26.iter().filter(|h| h.kind == "cuti_bersama").count(), 8);
        let set = set_of(&y26);
        assert!(!is_working_day(d("2026-03-23"), 5, &set), "cuti bersama Idulfitri");
        assert!(is_working_day(d("2026-03-25"), 5, &set));
        assert!(is_working_day(d("2026-03-23"), 7, &set), "a 7-day unit works on holidays");
        assert!(is_working_day(d("2026-03-28"), 6, &set), "Saturday for a 6-day unit");
        assert!(!is_working_day(d("2026-03-29"), 6, &set), "never Sunday for a 6-day unit");
    }

    #[test]
    fn the_office_edits_its_calendar() {
        let mut s = Store::open_in_memory().unwrap();
        set(&mut s, "27-11-2026", "Cuti bersama daerah", true).unwrap();
        assert!(list(&mut s, Some(2026)).unwrap().iter().any(|h| h.day == d("2026-11-27")));
        remove(&mut s, "2026-11-27").unwrap();
        assert_eq!(remove(&mut s, "27-11-2026").unwrap_err().to_string(), "Hari libur pada 27-11-2026 tidak ditemukan.");
        assert!(set(&mut s, "27-11-2026", " ", false).is_err());
    }
}
