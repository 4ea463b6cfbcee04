//! The one way a specification sets up an office: `Fixture::demo().with_circular(..)
//! .planned(..).store()`, or an empty office with the units a rule needs. Every test reads its
//! day from [`today`], never from the machine's clock.

use chrono::NaiveDate;
use giliran_core::model::{StaffInput, UnitInput};
use giliran_core::office::{circulars, demo, roster, staff, units};
use giliran_core::Store;
use std::path::Path;

/// The day every specification runs on: Sunday 6 December 2026.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
}

/// A date as a test writes it: `2026-12-07` or `07-12-2026`.
pub fn d(s: &str) -> NaiveDate {
    giliran_core::model::dates::parse(s).unwrap()
}

/// An office being set up for a specification.
pub struct Fixture {
    store: Store,
    dir: Option<tempfile::TempDir>,
    serial: u32,
}

impl Fixture {
    /// An office with nothing in it, in memory.
    pub fn empty() -> Fixture {
        Fixture { store: Store::open_in_memory().unwrap(), dir: None, serial: 0 }
    }

    /// The demo office (57 staff, 6 units), in memory.
    pub fn demo() -> Fixture {
        Fixture::empty().loaded()
    }

    /// The demo office in a real database file in a fresh folder (kept as long as the fixture).
    pub fn demo_on_disk() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let mut f = Fixture::demo_at(&dir.path().join("giliran.db"));
        f.dir = Some(dir);
        f
    }

    /// The demo office in the database file `db` (made if missing).
    pub fn demo_at(db: &Path) -> Fixture {
        Fixture { store: Store::open(db).unwrap(), dir: None, serial: 0 }.loaded()
    }

    fn loaded(mut self) -> Fixture {
        demo::load(&mut self.store).unwrap();
        self
    }

    /// Adds the built-in circular `template`, under `key` and from `from` when given.
    pub fn with_circular(mut self, template: &str, key: Option<&str>, from: Option<&str>) -> Fixture {
        circulars::add_from_template(&mut self.store, template, key, from, None).unwrap();
        self
    }

    /// Plans `from..=to` (dates as the clerk types them).
    pub fn planned(mut self, from: &str, to: &str) -> Fixture {
        roster::plan_period(&mut self.store, from, to).unwrap();
        self
    }

    /// Adds a unit of `class` with, per jabatan class, that many PNS named `Pegawai N` in the
    /// order they are added; returns the unit's id.
    pub fn unit(&mut self, name: &str, class: &str, people: &[(&str, u32)]) -> i64 {
        let s = &mut self.store;
        let u = units::add(s, &UnitInput { name: name.into(), service_class: class.into(), ..Default::default() }).unwrap();
        for (jabatan_class, n) in people {
            for _ in 0..*n {
                self.serial += 1;
                let serial = self.serial;
                let input = StaffInput {
                    kind: "pns".into(),
                    id_number: format!("19800101200501{}{serial:03}", 1 + serial % 2),
                    name: format!("Pegawai {serial}"),
                    jabatan_class: (*jabatan_class).into(),
                    jabatan: "Staf".into(),
                    unit_id: Some(u.id),
                    ..Default::default()
                };
                staff::add(s, &input, today()).unwrap();
            }
        }
        u.id
    }

    /// The database while the office is still being set up.
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// The office's database.
    pub fn store(self) -> Store {
        assert!(self.dir.is_none(), "a fixture on disk keeps its folder: use into_parts");
        self.store
    }

    /// The folder and the database of a fixture on disk.
    pub fn into_parts(self) -> (tempfile::TempDir, Store) {
        (self.dir.expect("Fixture::demo_on_disk"), self.store)
    }
}
