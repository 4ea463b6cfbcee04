//! Specifications of the staff import (issue 8): the example office exported to Excel, deleted
//! and imported back identical; every bad row named before anything is written; all or
//! nothing; known NIPs shown as changes; another system's layout mapped once.

use crate::fixture::{today, Fixture};
use giliran_core::files::staff_io;
use giliran_core::model::{Staff, StaffFilter};
use giliran_core::office::{staff, units};
use giliran_core::Store;
use std::path::Path;

fn everyone(s: &mut Store) -> Vec<Staff> {
    staff::list(s, &StaffFilter { include_inactive: true, ..Default::default() }).unwrap()
}

/// What must survive a round trip: everything but the row ids.
fn essence(list: &[Staff]) -> Vec<String> {
    let mut v: Vec<String> = list
        .iter()
        .map(|s| {
            format!(
                "{}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
                s.kind.as_str(),
                s.id_number,
                s.name,
                s.jabatan_class.as_str(),
                s.jabatan,
                s.golongan,
                s.unit_name,
                s.team_name.clone().unwrap_or_default(),
                s.phone,
                s.active
            )
        })
        .collect();
    v.sort();
    v
}

fn unit_essence(s: &mut Store) -> Vec<String> {
    let all = units::list(s).unwrap();
    let mut v: Vec<String> = all
        .iter()
        .map(|u| {
            let parent = u.parent_id.and_then(|p| all.iter().find(|x| x.id == p)).map(|p| p.name.clone()).unwrap_or_default();
            format!("{parent}|{}|{}|{}", u.name, u.service_class.as_str(), u.workdays)
        })
        .collect();
    v.sort();
    v
}

#[test]
fn the_example_office_goes_to_excel_and_comes_back_identical() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = Fixture::demo_at(&dir.path().join("a.db")).store();
    // Some variety the round trip must keep: an inactive person, a six-day unit.
    let first = everyone(&mut a)[5].clone();
    staff::set_active(&mut a, first.id, false, today()).unwrap();
    let uptd = units::find(&mut a, "UPTD Pusat Data dan Jaringan").unwrap();
    units::update(&mut a, uptd.id, &giliran_core::model::UnitInput { name: uptd.name.clone(), workdays: Some(6), ..Default::default() })
        .unwrap();

    let file = dir.path().join("pegawai.xlsx");
    assert_eq!(staff_io::export(&mut a, &file).unwrap(), 57);
    let mut b = Store::open(&dir.path().join("b.db")).unwrap();
    let preview = staff_io::preview(&mut b, &file, None, today()).unwrap();
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert_eq!(preview.added.len(), 57);
    assert_eq!(preview.new_units.len(), 15, "5 units and 10 teams");
    assert!(everyone(&mut b).is_empty(), "a preview writes nothing");
    assert!(units::list(&mut b).unwrap().is_empty(), "not even the units");

    let done = staff_io::import(&mut b, &file, None, today()).unwrap();
    assert_eq!(done.added.len(), 57);
    assert_eq!(essence(&everyone(&mut b)), essence(&everyone(&mut a)));
    assert_eq!(unit_essence(&mut b), unit_essence(&mut a));

    // Importing the same file again changes nothing.
    let again = staff_io::import(&mut b, &file, None, today()).unwrap();
    assert_eq!((again.added.len(), again.changed.len(), again.unchanged), (0, 0, 57));
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn every_bad_row_is_named_before_anything_is_written_and_a_bad_file_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("a.db")).unwrap();
    let csv = "Jenis (PNS/PPPK/Non-ASN);NIP/NIK;Nama;Kelas jabatan;Jabatan;Golongan;Unit kerja;Tim/Seksi;Telepon;Status\n\
        PNS;19850312 201001 2 003;Dr. Siti Aminah, S.E., M.Si.;Administrator;Kepala Bidang Pelayanan;IV/a;Bidang Pelayanan;;0812-3456-7890;Aktif\n\
        PNS;1985031220100120;Budi Santoso;Pelaksana;Pengadministrasi;II/c;Bidang Pelayanan;;;\n\
        PNS;19850312 201001 2 003;Siti Lagi;Pelaksana;Staf;II/c;Bidang Pelayanan;;;\n\
        PPPK;19931228 2025 21 2 001;Rina Marlina;Fungsional;Pranata Komputer;IX;;;;\n\
        Non-ASN;6472015501900003;Andi;Pelaksana;Tenaga Administrasi;;Sekretariat;Subbagian Umum;;\n";
    let file = write(dir.path(), "pegawai.csv", csv);
    let p = staff_io::preview(&mut s, &file, None, today()).unwrap();
    assert_eq!(p.rows, 5);
    assert_eq!(p.problems.len(), 3, "{:?}", p.problems);
    assert!(p.problems[0].starts_with("Baris 3: ") && p.problems[0].contains("NIP harus 18 digit (tertulis 16)"), "{:?}", p.problems);
    assert!(p.problems[1].starts_with("Baris 4: NIP/NIK 198503122010012003 sama dengan baris 2"), "{:?}", p.problems);
    assert!(p.problems[2].starts_with("Baris 5: Unit kerja wajib diisi"), "{:?}", p.problems);
    assert_eq!(p.added.len(), 2);
    let err = staff_io::import(&mut s, &file, None, today()).unwrap_err().to_string();
    assert!(err.contains("3 baris bermasalah; tidak ada yang diimpor") && err.contains("Baris 3"), "{err}");
    assert!(everyone(&mut s).is_empty());
    assert!(units::list(&mut s).unwrap().is_empty());

    let broken = write(dir.path(), "rusak.xlsx", "PK\u{3}\u{4} bukan excel");
    let err = staff_io::preview(&mut s, &broken, None, today()).unwrap_err().to_string();
    assert!(err.contains("rusak.xlsx tidak dapat dibaca: isinya bukan lembar kerja yang utuh"), "{err}");
    assert!(!err.contains("Zip") && !err.contains("zip"), "no library English: {err}");
}

#[test]
fn known_nips_are_updated_and_shown_as_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Fixture::demo_at(&dir.path().join("a.db")).store();
    let file = dir.path().join("pegawai.csv");
    staff_io::export(&mut s, &file).unwrap();
    let person = everyone(&mut s)[3].clone();
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text.replacen(&person.phone, "0813-1111-2222", 1);
    std::fs::write(&file, edited).unwrap();
    let p = staff_io::preview(&mut s, &file, None, today()).unwrap();
    assert_eq!((p.added.len(), p.changed.len(), p.unchanged), (0, 1, 56));
    assert_eq!(p.changed[0].name, person.name);
    assert_eq!(p.changed[0].changes, [format!("Telepon: {} → 0813-1111-2222", person.phone_display)]);
    staff_io::import(&mut s, &file, None, today()).unwrap();
    assert_eq!(staff::get(&mut s, person.id).unwrap().phone_display, "0813-1111-2222");
}

#[test]
fn another_systems_layout_is_mapped_once_and_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("a.db")).unwrap();
    // An export of a regional staff system: its own headers, no "Jenis" column.
    let simpeg = "NIP BARU,NAMA LENGKAP,GOL/RUANG,NAMA JABATAN,ESELON,SATKER,NO HP\n\
        198503122010012003,\"Dr. Siti Aminah, S.E., M.Si.\",IV/a,Kepala Bidang Pelayanan,III.b,Bidang Pelayanan,081234567890\n\
        199312282025212001,Rina Marlina,IX,Pranata Komputer Ahli Pertama,,Bidang Pelayanan,\n";
    let file = write(dir.path(), "simpeg.csv", simpeg);
    // NIP BARU, NAMA LENGKAP, GOL/RUANG, NAMA JABATAN and NO HP are known headers; SATKER is not.
    let p = staff_io::preview(&mut s, &file, None, today()).unwrap();
    let auto = p.mapping.clone().expect("the known headers are mapped");
    assert_eq!(auto.0.get("id_number").map(String::as_str), Some("NIP BARU"));
    assert_eq!(auto.0.get("unit"), None);
    assert!(p.problems.iter().all(|x| x.contains("Unit kerja wajib diisi")), "{:?}", p.problems);
    // The clerk maps the unit column.
    let mut m = auto;
    m.0.insert("unit".into(), "SATKER".into());
    let p = staff_io::preview(&mut s, &file, Some(&m), today()).unwrap();
    // Without a class column every row is refused, naming the field.
    assert!(p.problems.iter().all(|x| x.contains("Kelas jabatan")), "{:?}", p.problems);
    m.0.insert("jabatan_class".into(), "ESELON".into());
    let fixed = simpeg
        .replace(",III.b,", ",Administrator,")
        .replace(",Pranata Komputer Ahli Pertama,,", ",Pranata Komputer Ahli Pertama,Fungsional,");
    std::fs::write(&file, fixed).unwrap();
    let done = staff_io::import(&mut s, &file, Some(&m), today()).unwrap();
    assert_eq!(done.added.len(), 2);
    let kinds: Vec<_> = everyone(&mut s).iter().map(|x| x.kind.as_str()).collect();
    assert!(kinds.contains(&"pns") && kinds.contains(&"pppk"), "kind inferred from the number: {kinds:?}");
    assert_eq!(staff_io::mapping(&mut s).unwrap(), Some(m));
    // The next export of that system imports without asking.
    let again = staff_io::preview(&mut s, &file, None, today()).unwrap();
    assert!(again.mapping.is_some() && again.problems.is_empty(), "{:?}", again.problems);
}

#[test]
fn the_template_has_the_headers_and_instructions() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("templat.xlsx");
    staff_io::template(&file).unwrap();
    use calamine::{open_workbook_auto, Reader};
    let mut wb = open_workbook_auto(&file).unwrap();
    assert_eq!(wb.sheet_names(), ["Pegawai", "Unit Kerja", "Petunjuk"]);
    let r = wb.worksheet_range("Pegawai").unwrap();
    let headers: Vec<String> = r.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(headers[1], "NIP/NIK");
    assert_eq!(headers.len(), 13);
    assert_eq!(headers[10], "ID mesin presensi");
    assert_eq!(headers[11..], ["Alamat", "TMT CPNS"]);
}
