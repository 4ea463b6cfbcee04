//! Specifications of the audit trail (issue 8): every change is recorded with who, when, which
//! action, before and after; the rows cannot be deleted or changed through the database; and a
//! row edited or removed behind the app's back is found by `verify`.

use crate::fixture::{today, Fixture};
use giliran_core::model::StaffFilter;
use giliran_core::office::{audit, circulars, roster, staff};
use giliran_core::Store;
use std::path::Path;

fn sql(db: &Path, statements: &str) -> Result<(), String> {
    let out = std::process::Command::new("python3")
        .args(["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()"])
        .arg(db)
        .arg(statements)
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn a_change_is_recorded_with_who_the_action_and_before_and_after() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Fixture::demo_at(&dir.path().join("g.db")).store();
    let p = staff::list(&mut s, &StaffFilter::default()).unwrap()[3].clone();
    let mut input = staff::input_of(&p);
    input.phone = "0813-1111-2222".into();
    staff::edit(&mut s, p.id, &input, today()).unwrap();

    let last = &audit::recent(&mut s, None, None, 1).unwrap()[0];
    assert_eq!(last.action, "mengubah data pegawai");
    assert!(last.what.starts_with(&format!("Pegawai {} ({})", p.id, p.name)) && last.what.ends_with("diubah"), "{}", last.what);
    assert_eq!(last.changes, [format!("Telepon: {} → 0813-1111-2222", p.phone)]);
    assert!(!last.who.is_empty());
    // The example office's load is in the trail too, row by row.
    let staff_rows = audit::recent(&mut s, Some("staff"), None, 1000).unwrap();
    assert_eq!(staff_rows.iter().filter(|e| e.action == "memuat data contoh").count(), 57);
    let v = audit::verify(&mut s).unwrap();
    assert!(v.intact, "{}", v.message);
}

#[test]
fn planning_the_same_schedule_again_records_no_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Fixture::demo_at(&dir.path().join("g.db")).store();
    circulars::add_from_template(&mut s, "kaltim-2020", Some("k"), Some("01-01-2026"), None).unwrap();
    roster::plan_period(&mut s, "16-11-2026", "20-11-2026").unwrap();
    let before = audit::verify(&mut s).unwrap().rows;
    roster::plan_period(&mut s, "16-11-2026", "20-11-2026").unwrap();
    assert_eq!(audit::verify(&mut s).unwrap().rows, before, "an unchanged day is not a change");
}

#[test]
fn the_trail_refuses_deletion_and_an_edit_behind_the_apps_back_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    {
        let _s = Fixture::demo_at(&db).store();
    }
    let err = sql(&db, "DELETE FROM audit WHERE id = 5;").unwrap_err();
    assert!(err.contains("Riwayat perubahan tidak boleh dihapus"), "{err}");
    let err = sql(&db, "UPDATE audit SET after = '{}' WHERE id = 5;").unwrap_err();
    assert!(err.contains("Riwayat perubahan tidak boleh diubah"), "{err}");
    let err = sql(&db, "UPDATE audit_action SET who = 'orang lain';").unwrap_err();
    assert!(err.contains("Riwayat perubahan tidak boleh diubah"), "{err}");

    // Someone who knows SQLite drops the guards and rewrites history.
    sql(&db, "DROP TRIGGER audit_fixed; UPDATE audit SET after = replace(after, 'Dinas', 'Badan') WHERE id = 1;").unwrap();
    let mut s = Store::open(&db).unwrap();
    let v = audit::verify(&mut s).unwrap();
    assert!(!v.intact);
    assert!(
        v.problems[0].starts_with("tindakan 1 (memuat data contoh, ") && v.problems[0].ends_with("isinya telah diubah"),
        "{:?}",
        v.problems
    );
    drop(s);
    sql(&db, "DROP TRIGGER audit_keep; DELETE FROM audit WHERE id IN (20, 21);").unwrap();
    let mut s = Store::open(&db).unwrap();
    let v = audit::verify(&mut s).unwrap();
    assert!(v.problems.iter().any(|p| p == "baris riwayat 20–21 hilang (dihapus)"), "{:?}", v.problems);
    assert!(v.message.starts_with("Riwayat perubahan TIDAK utuh"), "{}", v.message);
}
