//! One window per database: the first launch holds an exclusive lock beside the database file;
//! a second launch on the same database asks the first to come to the front (by touching a
//! file the first one watches) and exits. Plain files work the same on Linux and Windows and
//! need no session bus or socket.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use tauri::{AppHandle, Emitter, Manager};

/// Held for as long as the app runs; the lock goes with the process, however it ends.
pub struct Primary {
    _lock: Option<File>,
    bell: PathBuf,
}

pub enum Claim {
    Primary(Primary),
    /// Another Giliran has this database open and has been asked to come forward.
    Secondary,
}

fn side_file(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    db.with_file_name(name)
}

pub fn claim(db: &Path) -> Claim {
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(dir);
    }
    let bell = side_file(db, "-fokus");
    let lock = match File::options().create(true).truncate(false).write(true).open(side_file(db, "-kunci")) {
        Ok(f) => f,
        // Without a lock file (a read-only folder) there is nothing to coordinate: carry on.
        Err(_) => return Claim::Primary(Primary { _lock: None, bell }),
    };
    match lock.try_lock() {
        Ok(()) => Claim::Primary(Primary { _lock: Some(lock), bell }),
        Err(_) => {
            let _ = std::fs::write(&bell, format!("{:?}", SystemTime::now()));
            Claim::Secondary
        }
    }
}

impl Primary {
    /// Watches for a second launch and brings the window forward (and tells the page, which
    /// shows a short message).
    pub fn watch(&self, app: AppHandle) {
        let bell = self.bell.clone();
        std::thread::spawn(move || {
            let stamp = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
            let mut seen = stamp(&bell);
            loop {
                std::thread::sleep(Duration::from_millis(400));
                let now = stamp(&bell);
                if now != seen {
                    seen = now;
                    if let Some(w) = app.get_webview_window("main") {
                        let _ = w.unminimize();
                        let _ = w.show();
                        let _ = w.set_focus();
                    }
                    let _ = app.emit("giliran://fokus", ());
                }
            }
        });
    }
}
