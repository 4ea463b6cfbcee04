//! Specifications of backup and restore (issue 8): a copy made now brings the data back, the
//! database it replaces is kept, and a foreign, newer or broken file is refused before anything
//! is replaced.

use crate::fixture::{today, Fixture};
use giliran_core::model::StaffFilter;
use giliran_core::office::{backup, staff};
use giliran_core::Store;

/// The instant these stories are told at: a fixed "now", never the computer's.
fn now() -> chrono::NaiveDateTime {
    today().and_hms_opt(10, 0, 0).unwrap()
}

#[test]
fn a_copy_made_now_restores_the_data_and_the_replaced_database_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Fixture::demo_at(&dir.path().join("giliran.db")).store();
    let copy = dir.path().join("salinan.db");
    assert!(backup::save_copy(&s, &copy).unwrap() > 0);
    let checked = backup::check(&copy).unwrap();
    assert_eq!((checked.staff, checked.units), (57, 15));
    assert_eq!(checked.opd_name, "Dinas Komunikasi dan Informatika");

    // A mistake after the copy: someone deactivated everyone in the Sekretariat.
    let sekretariat: Vec<_> =
        staff::list(&mut s, &StaffFilter::default()).unwrap().into_iter().filter(|p| p.unit_name == "Sekretariat").collect();
    for p in &sekretariat {
        staff::set_active(&mut s, p.id, false, today()).unwrap();
    }
    assert_eq!(staff::list(&mut s, &StaffFilter::default()).unwrap().len(), 57 - sekretariat.len());

    let r = backup::restore(&mut s, &copy, now()).unwrap();
    assert_eq!(staff::list(&mut s, &StaffFilter::default()).unwrap().len(), 57, "the mistake is undone");
    assert!(r.message.contains("57 pegawai"), "{}", r.message);
    // The replaced database is kept, mistake included, and can itself be restored.
    let before = backup::check(std::path::Path::new(&r.previous)).unwrap();
    assert_eq!(before.staff, 57);
    let listed = backup::list(&s).unwrap();
    assert!(listed.iter().any(|c| c.label == "Basis data sebelum pemulihan"), "{listed:?}");
    // The restored database is still ours: reopened, it works.
    drop(s);
    let mut again = Store::open(&dir.path().join("giliran.db")).unwrap();
    assert_eq!(staff::list(&mut again, &StaffFilter::default()).unwrap().len(), 57);
}

#[test]
fn a_foreign_newer_or_broken_file_is_refused_and_nothing_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Fixture::demo_at(&dir.path().join("giliran.db")).store();

    let text = dir.path().join("catatan.db");
    std::fs::write(&text, "bukan basis data").unwrap();
    let foreign = dir.path().join("lain.db");
    rusqlite_like_foreign(&foreign);
    let broken = dir.path().join("rusak.db");
    backup::save_copy(&s, &broken).unwrap();
    let bytes = std::fs::read(&broken).unwrap();
    std::fs::write(&broken, &bytes[..bytes.len() / 2]).unwrap();

    for (file, want) in [(&text, "bukan basis data Giliran"), (&foreign, "bukan basis data Giliran"), (&broken, "")] {
        let err = backup::restore(&mut s, file, now()).unwrap_err().to_string();
        assert!(err.contains(want), "{}: {err}", file.display());
        assert_eq!(staff::list(&mut s, &StaffFilter::default()).unwrap().len(), 57, "{} replaced nothing", file.display());
    }
    assert!(backup::list(&s).unwrap().iter().all(|c| c.label != "Basis data sebelum pemulihan"), "nothing was even about to be replaced");
}

/// A SQLite file of another program.
fn rusqlite_like_foreign(path: &std::path::Path) {
    let out = std::process::Command::new("python3")
        .args(["-c", &format!("import sqlite3; c=sqlite3.connect('{}'); c.execute('create table x(a)'); c.commit()", path.display())])
        .status();
    assert!(out.map(|s| s.success()).unwrap_or(false), "python3 sqlite3");
}

/// Issue 26: a change another program is committing while the restore starts is waited for
/// and kept in the `sebelum-pulih` copy, not lost between the copy and the restore.
#[test]
fn a_change_committed_while_restore_waits_for_the_lock_is_in_the_kept_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("giliran.db");
    let mut s = Fixture::demo_at(&path).store();
    let copy = dir.path().join("salinan.db");
    backup::save_copy(&s, &copy).unwrap();
    // Another program (the CLI beside the open window) is in the middle of a change: it holds
    // the write lock when the restore starts, and commits a moment later.
    let (locked, started) = std::sync::mpsc::channel();
    let other = std::thread::spawn({
        let path = path.clone();
        move || {
            let mut o = Store::open(&path).unwrap();
            let p = staff::list(&mut o, &StaffFilter::default()).unwrap().remove(0);
            o.write("menguji", |tx| {
                tx.set_staff_active(p.id, false, Some(today()))?;
                locked.send(()).unwrap();
                std::thread::sleep(std::time::Duration::from_millis(300));
                Ok(())
            })
            .unwrap();
        }
    });
    started.recv().unwrap();
    let r = backup::restore(&mut s, &copy, now()).unwrap();
    other.join().unwrap();
    let kept = backup::check(std::path::Path::new(&r.previous)).unwrap();
    assert_eq!(kept.staff, 57);
    let mut before = Store::open(std::path::Path::new(&r.previous)).unwrap();
    let active = staff::list(&mut before, &StaffFilter::default()).unwrap().len();
    assert_eq!(active, 56, "the other program's change is in the copy of what was replaced");
}
