//! Every importer on arbitrary input (issue 8): staff lists, attendance exports, circular JSON
//! and report files — random bytes and near-valid rows. None may panic; a refusal carries a
//! message for the clerk, and a refused import leaves the database as it was.

use crate::fixture::{today, Fixture};
use giliran_core::files::{attendance, report, staff_io};
use giliran_core::model::StaffFilter;
use giliran_core::office::{circulars, staff};
use giliran_core::Store;
use proptest::prelude::*;

fn office() -> (tempfile::TempDir, Store) {
    Fixture::demo_on_disk().into_parts()
}

/// Cells a clerk's spreadsheet might hold: numbers, NIP-like digits, dates, text, junk.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{0,20}",
        "[0-9]{8} [0-9]{6} [12] [0-9]{3}",
        "[0-3][0-9]-[01][0-9]-20[0-9]{2} [0-2][0-9]:[0-5][0-9]",
        "[A-Za-z ,.;\"'/()-]{0,24}",
        "\\PC{0,12}",
    ]
}

fn table(header: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::collection::vec(cell(), 0..11), 0..8).prop_map(move |rows| {
        let mut out = String::from(header);
        for r in rows {
            out.push('\n');
            out.push_str(&r.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(";"));
        }
        out
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_staff_import_never_panics_and_all_or_nothing_holds(text in table("Jenis (PNS/PPPK/Non-ASN);NIP/NIK;Nama;Kelas jabatan;Jabatan;Golongan;Unit kerja;Tim/Seksi;Telepon;Status")) {
        let (dir, mut s) = office();
        let file = dir.path().join("pegawai.csv");
        std::fs::write(&file, &text).unwrap();
        let before = staff::list(&mut s, &StaffFilter { include_inactive: true, ..Default::default() }).unwrap();
        let _ = staff_io::preview(&mut s, &file, None, today());
        match staff_io::import(&mut s, &file, None, today()) {
            Ok(_) => {}
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                let after = staff::list(&mut s, &StaffFilter { include_inactive: true, ..Default::default() }).unwrap();
                prop_assert_eq!(after, before);
            }
        }
    }

    #[test]
    fn the_attendance_import_never_panics(text in table("NIP;Waktu;Tanggal")) {
        let (dir, mut s) = office();
        let file = dir.path().join("mesin.csv");
        std::fs::write(&file, &text).unwrap();
        let _ = attendance::preview(&mut s, &file, None, today(), &|_| {});
        if let Err(e) = attendance::import(&mut s, &file, None, today(), &|_| {}) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn random_bytes_as_any_importer_file_are_refused_with_a_message(bytes in prop::collection::vec(any::<u8>(), 0..600), ext in prop_oneof![Just("xlsx"), Just("ods"), Just("csv"), Just("pdf")]) {
        let (dir, mut s) = office();
        let file = dir.path().join(format!("berkas.{ext}"));
        std::fs::write(&file, &bytes).unwrap();
        for r in [staff_io::preview(&mut s, &file, None, today()).map(|_| ()), attendance::preview(&mut s, &file, None, today(), &|_| {}).map(|_| ())] {
            if let Err(e) = r {
                prop_assert!(!e.to_string().is_empty());
            }
        }
        match report::verify(&file) {
            Ok(v) => prop_assert!(!v.intact, "random bytes are never an intact report"),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn a_circular_file_of_any_text_is_refused_or_valid(text in prop_oneof!["\\PC{0,200}", "\\{\"key\": \"[a-z]{0,8}\", \"rules\": \\[[^\\]]{0,40}\\]\\}"]) {
        let (_dir, mut s) = office();
        match circulars::import(&mut s, &text, false) {
            Ok(c) => prop_assert!(!c.key.is_empty()),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}
