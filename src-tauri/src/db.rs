//! The office's database as the window's state.

use chrono::{NaiveDate, NaiveDateTime};
use giliran_core::office::backup;
use giliran_core::{store, Clock, Error, Store};
use std::path::PathBuf;
use std::sync::Mutex;

/// The office's database, or why it could not be opened: the window says why (a database
/// made by a newer Giliran, a file that is not Giliran's) instead of closing. Beside it the
/// one clock the commands read "today" from (`GILIRAN_TODAY` fixes it).
pub struct Db {
    store: Mutex<Result<Store, (&'static str, String)>>,
    clock: Clock,
}

impl Db {
    /// Opens the database on the clock `GILIRAN_TODAY` sets (else the computer's) and makes the
    /// day's automatic backup (a failed backup is reported, not fatal: the clerk can still work
    /// and back up by hand).
    pub fn open(path: PathBuf) -> Db {
        match Clock::from_env() {
            Ok(clock) => Self::open_on(path, clock),
            Err(e) => Db { store: Mutex::new(Err((e.code(), e.to_string()))), clock: Clock::system() },
        }
    }

    pub fn open_on(path: PathBuf, clock: Clock) -> Db {
        let store = Store::open(&path).map_err(|e| (e.code(), e.to_string()));
        if let Ok(s) = &store {
            if let Err(e) = backup::daily(s, clock.today()) {
                eprintln!("Cadangan harian gagal: {e}");
            }
        }
        Db { store: Mutex::new(store), clock }
    }

    /// Today for the action at hand; a command reads it once.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// The clock as the window shows it.
    pub fn reading(&self) -> giliran_core::model::clock::Reading {
        self.clock.reading()
    }

    /// The instant of the action at hand (a call made "now", a restore's name).
    pub fn now(&self) -> NaiveDateTime {
        self.clock.now()
    }

    /// Runs one core call on the store; calls are serialised, each is its own transaction.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, Error>) -> Result<T, Error> {
        let mut guard = self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match guard.as_mut() {
            Ok(store) => f(store),
            Err((code, message)) => Err(Error::Unavailable { code, message: message.clone() }),
        }
    }
}

/// `--db PATH` on the command line, else `GILIRAN_DB`, else the user's data folder.
pub(crate) fn path_from_args() -> PathBuf {
    let mut args = std::env::args_os().skip(1);
    let mut explicit = None;
    while let Some(a) = args.next() {
        if a == "--db" {
            explicit = args.next().map(PathBuf::from);
        }
    }
    store::resolve_path(explicit)
}
