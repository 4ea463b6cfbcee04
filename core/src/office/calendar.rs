//! The office's holiday list: national holidays and cuti bersama (2020–2027 shipped from the
//! SKB 3 Menteri lists, docs/domain.md "Holidays"), edited by the office; and which years the
//! list covers, so that planning, checking and reporting a date outside them says so.

pub use crate::model::calendar::{Holiday, HolidayYear};
use crate::model::error::{Error, Result};
pub use crate::rules::calendar::{is_working_day, set_of};
use crate::store::Store;
use chrono::{Datelike, NaiveDate};

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

/// The years whose national list is in the calendar.
pub fn years(store: &mut Store) -> Result<Vec<HolidayYear>> {
    store.read(|tx| tx.holiday_years())
}

/// One warning per year of `from..=to` whose national list is not in the calendar (its
/// holidays would be planned, checked and reported as working days), and one per holiday of
/// the period whose date is still reckoned, awaiting the SKB (2027's Idulfitri, Iduladha).
pub fn gaps(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<String>> {
    let known: Vec<i32> = years(store)?.into_iter().map(|y| y.year).collect();
    let mut out: Vec<String> = (from.year()..=to.year()).filter(|y| !known.contains(y)).map(gap_warning).collect();
    let reckoned = store.read(|tx| tx.holidays())?.into_iter().filter(|h| h.day >= from && h.day <= to && h.name.contains("(perkiraan"));
    out.extend(reckoned.map(|h| {
        format!(
            "{} {} masih perkiraan, menunggu SKB 3 Menteri tahun {}: bila tanggalnya berbeda, ubah di Pengaturan, bagian Hari libur.",
            h.name.split(" (perkiraan").next().unwrap_or(&h.name),
            crate::model::dates::short(h.day),
            h.day.year()
        )
    }));
    Ok(out)
}

/// The words of [`gaps`] for one year.
pub fn gap_warning(year: i32) -> String {
    format!(
        "Hari libur tahun {year} belum ada di kalender: libur nasional dan cuti bersama tahun itu dihitung sebagai hari kerja. \
         Masukkan daftar SKB 3 Menteri tahun {year} di Pengaturan, bagian Hari libur (atau giliran holidays import)."
    )
}

/// Saves a year's list in one step (adding or renaming days, keeping the office's others)
/// and records the year as known, with where the list came from.
pub fn save_year(store: &mut Store, year: i32, entries: &[Holiday], source: &str) -> Result<()> {
    if let Some(h) = entries.iter().find(|h| h.day.year() != year) {
        return Err(Error::invalid("list", format!("{} bukan tahun {year}.", crate::model::dates::short(h.day))));
    }
    let y = HolidayYear { year, source: source.trim().to_string() };
    store.write("menyimpan hari libur setahun", |tx| {
        for h in entries {
            tx.save_holiday(h)?;
        }
        tx.save_holiday_year(&y)
    })
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
    fn every_year_from_2020_to_2027_is_known_and_a_later_year_is_warned_of() {
        let mut s = Store::open_in_memory().unwrap();
        let known: Vec<i32> = years(&mut s).unwrap().iter().map(|y| y.year).collect();
        assert_eq!(known, (2020..=2027).collect::<Vec<_>>());
        let set = set_of(&list(&mut s, None).unwrap());
        // Inside the seed circulars' periods (docs/domain.md).
        assert!(!is_working_day(d("2021-07-20"), 5, &set), "Iduladha 1442 H");
        assert!(!is_working_day(d("2021-03-11"), 5, &set), "Isra Mikraj 2021");
        assert!(!is_working_day(d("2021-05-12"), 5, &set), "the one cuti bersama left in 2021");
        assert!(!is_working_day(d("2020-12-31"), 5, &set), "cuti bersama moved from Idulfitri 2020");
        assert!(!is_working_day(d("2027-01-01"), 5, &set));
        assert!(gaps(&mut s, d("2027-12-01"), d("2027-12-31")).unwrap().is_empty());
        let w = gaps(&mut s, d("2027-12-20"), d("2028-01-10")).unwrap();
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("Hari libur tahun 2028 belum ada di kalender"), "{}", w[0]);
        let h = Holiday { day: d("2028-01-01"), name: "Tahun Baru 2028 Masehi".into(), kind: "libur".into() };
        save_year(&mut s, 2028, &[h], "SKB 3 Menteri 2028").unwrap();
        assert!(gaps(&mut s, d("2027-12-20"), d("2028-01-10")).unwrap().is_empty());
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
