//! Specifications of the report to the Sekda (issue 7): the Excel file read back equals the
//! database, the PDF carries the kop surat, period and signature block, any change to a file is
//! caught by `verify` (while an honest re-save in Excel is not), and the Sekda's consolidation
//! sums the intact files of many OPDs.

use crate::fixture::{d, today, Fixture};
use calamine::{open_workbook_auto, Data, Reader};
use giliran_core::files::report::{self, consolidate};
use giliran_core::model::StaffFilter;
use giliran_core::office::presence::{self, Entry};
use giliran_core::office::report as report_data;
use giliran_core::office::{activity, circulars, profile, reach, roster, staff};
use giliran_core::Store;
use std::path::{Path, PathBuf};

/// The example office (renamed `opd`) in its own data folder, with November 2026 planned, a
/// morning recorded, one sick day, one unreachable call and one activity note.
fn office_in(dir: &Path, opd: &str) -> Store {
    let mut s = Fixture::demo_at(&dir.join("giliran.db")).store();
    let mut o = profile::get(&mut s).unwrap();
    o.opd_name = opd.into();
    profile::save(&mut s, &o, today()).unwrap();
    circulars::add_from_template(&mut s, "kaltim-2020", Some("k"), Some("01-01-2026"), None).unwrap();
    roster::plan_period(&mut s, "02-11-2026", "30-11-2026").unwrap();
    presence::fill_from_plan(&mut s, "16-11-2026", None).unwrap();
    let people = staff::list(&mut s, &StaffFilter::default()).unwrap();
    let sick = &people[4];
    presence::set(&mut s, &Entry { staff: sick.id_number.clone(), date: "17-11-2026".into(), code: "S".into(), ..Default::default() })
        .unwrap();
    let drawn = reach::sample(&mut s, "16-11-2026", Some(1)).unwrap();
    let who = &drawn.people[0].person;
    reach::record(&mut s, &who.id_number, "16-11-2026", "09:30", false, "tidak diangkat", chrono::NaiveTime::MIN).unwrap();
    activity::add(&mut s, &who.id_number, "16-11-2026", "Menyusun bahan rapat").unwrap();
    s
}

/// Issue 29: the Sekda's report says where plan and record parted, per unit and per person,
/// and lists the days the attendance systems failed, which count against nobody.
#[test]
fn plan_against_actual_and_system_outages_are_sections_of_the_signed_report() {
    use giliran_core::office::outage::{self, OutageInput};
    use giliran_core::office::schedule::{self, Code};
    let dir = tempfile::tempdir().unwrap();
    let mut s = office_in(dir.path(), "Dinas Komunikasi dan Informatika");
    let people = staff::list(&mut s, &StaffFilter::default()).unwrap();
    let in_office = |s: &mut Store, day: &str| -> Vec<String> {
        let planned = schedule::between(s, d(day), d(day)).unwrap();
        let ids: Vec<i64> = planned.iter().filter(|a| a.code == Code::Office).map(|a| a.staff_id).collect();
        people.iter().filter(|p| ids.contains(&p.id)).map(|p| p.id_number.clone()).collect()
    };
    // Wednesday 18th: everyone as planned, except one at home and one who never came.
    presence::fill_from_plan(&mut s, "18-11-2026", None).unwrap();
    let wfo = in_office(&mut s, "18-11-2026");
    let set = |s: &mut Store, who: &str, day: &str, code: &str| {
        presence::set(s, &Entry { staff: who.into(), date: day.into(), code: code.into(), ..Default::default() }).unwrap();
    };
    set(&mut s, &wfo[0], "18-11-2026", "WFH");
    set(&mut s, &wfo[1], "18-11-2026", "TK");
    // Thursday 19th: the server was down; the paper register has someone TK.
    presence::fill_from_plan(&mut s, "19-11-2026", None).unwrap();
    let thursday = in_office(&mut s, "19-11-2026");
    set(&mut s, &thursday[0], "19-11-2026", "TK");
    let outage = OutageInput {
        date: "19-11-2026".into(),
        system: "e-presensi".into(),
        note: "Server e-presensi tidak dapat diakses".into(),
        evidence: "Foto daftar hadir kertas".into(),
        ..Default::default()
    };
    outage::add(&mut s, &outage, today()).unwrap();

    let r = report_data::build(&mut s, "16-11-2026", "20-11-2026", today()).unwrap();
    let on = |day: &str| r.gaps.iter().filter(|g| g.date == d(day)).map(|g| (g.nip.replace(' ', ""), g.gap.clone())).collect::<Vec<_>>();
    let (mut office_gaps, home_gaps): (Vec<_>, Vec<_>) = on("18-11-2026").into_iter().partition(|(_, g)| g.starts_with("Dijadwalkan WFO"));
    office_gaps.sort();
    let mut want =
        vec![(wfo[0].clone(), "Dijadwalkan WFO, tercatat WFH".to_string()), (wfo[1].clone(), "Dijadwalkan WFO, tidak hadir".to_string())];
    want.sort();
    assert_eq!(office_gaps, want);
    // Filled from the plan, the WFH days have no check-in: each planned one is named.
    let planned_home = schedule::between(&mut s, d("18-11-2026"), d("18-11-2026")).unwrap().iter().filter(|a| a.code == Code::Home).count();
    assert_eq!(home_gaps.len(), planned_home);
    assert!(home_gaps.iter().all(|(_, g)| g == "Dijadwalkan WFH/WFA, tidak presensi"));
    assert!(on("19-11-2026").is_empty(), "the outage day counts against nobody");
    assert!(on("20-11-2026").is_empty(), "Friday is not entered: nothing to compare");
    assert_eq!(r.outages.len(), 1);
    assert!(r.outages[0].text.contains("Kamis 19-11-2026, e-presensi (seluruh kantor)"), "{}", r.outages[0].text);
    let units: u32 = r.actual.iter().map(|a| a.parted).sum();
    assert_eq!(units as usize, r.gaps.len());
    assert!(r.actual.iter().all(|a| a.planned == a.held + a.parted + a.excused + a.unrecorded), "{:?}", r.actual);
    assert!(r.actual.iter().map(|a| a.unrecorded).sum::<u32>() > 0, "Friday and most of Tuesday were not entered");

    // The signed workbook carries the three sheets and verifies.
    let file = dir.path().join("laporan.xlsx");
    report::save(&mut s, "16-11-2026", "20-11-2026", &file, today()).unwrap();
    let mut wb = open_workbook_auto(&file).unwrap();
    let hr = 4;
    let gaps = wb.worksheet_range("Selisih Jadwal").unwrap();
    assert_eq!(cell(&gaps, hr, 6), Data::String("Selisih".into()));
    let listed: Vec<String> = (hr + 1..gaps.height() as u32).map(|row| cell(&gaps, row, 6).to_string()).collect();
    assert_eq!(listed.len(), r.gaps.len());
    let outages = wb.worksheet_range("Gangguan Sistem").unwrap();
    assert_eq!(cell(&outages, hr + 1, 2), Data::String("Foto daftar hadir kertas".into()));
    let realisasi = wb.worksheet_range("Realisasi").unwrap();
    assert_eq!(cell(&realisasi, hr, 5), Data::String("Belum dicatat".into()));
    assert!(report::verify(&file).unwrap().intact);
    // The CSV for machines has the same sections.
    let csv = dir.path().join("laporan.csv");
    report::save(&mut s, "16-11-2026", "20-11-2026", &csv, today()).unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    for section in ["# Bagian: Realisasi", "# Bagian: Selisih Jadwal", "# Bagian: Gangguan Sistem"] {
        assert!(text.contains(section), "{section}");
    }
    assert!(report::verify(&csv).unwrap().intact);
}

/// Issue 29: the apel an e-presensi app recorded is kept with the day, and each person's missed
/// apel (TAP, CP) has its column in the report's per-person recap.
#[test]
fn missed_apel_from_e_presensi_are_counted_per_person_in_the_report() {
    use giliran_core::office::presence::{DaySaid, FileDays};
    let dir = tempfile::tempdir().unwrap();
    let mut s = office_in(dir.path(), "Dinas Komunikasi dan Informatika");
    let people = staff::list(&mut s, &StaffFilter::default()).unwrap();
    let mut file = FileDays::default();
    for (who, day, apel) in [(0, "16-11-2026", "TAP CP"), (0, "18-11-2026", "HAP CP"), (1, "16-11-2026", "HAP HAS")] {
        file.said.insert((people[who].id, d(day)), DaySaid { code: Some(presence::Mark::H), apel: apel.into(), ..Default::default() });
    }
    presence::merge_punches(&mut s, &file, ("test.apel", "1"), &|_| {}).unwrap();
    let sheet = presence::sheet(&mut s, "16-11-2026", None, today()).unwrap();
    let row = sheet.rows.iter().find(|r| r.staff_id == people[0].id).unwrap();
    assert_eq!((row.apel.as_str(), row.apel_missed), ("TAP CP", true));

    let r = report_data::build(&mut s, "01-11-2026", "30-11-2026", today()).unwrap();
    let missed = |i: usize| r.people.iter().find(|p| p.nip == people[i].id_display).unwrap().apel_missed;
    assert_eq!((missed(0), missed(1), missed(2)), (3, 0, 0));
    let file = dir.path().join("laporan.xlsx");
    report::save(&mut s, "01-11-2026", "30-11-2026", &file, today()).unwrap();
    let mut wb = open_workbook_auto(&file).unwrap();
    let pegawai = wb.worksheet_range("Pegawai").unwrap();
    let last = (0..pegawai.width() as u32).find(|c| cell(&pegawai, 4, *c) == Data::String("Apel terlewat (TAP, CP)".into())).unwrap();
    let row0 = (5..pegawai.height() as u32).find(|r| cell(&pegawai, *r, 0) == Data::String(people[0].id_display.clone())).unwrap();
    assert_eq!(cell(&pegawai, row0, last), Data::Float(3.0));
}

fn cell(range: &calamine::Range<Data>, r: u32, c: u32) -> Data {
    range.get_value((r, c)).cloned().unwrap_or(Data::Empty)
}

#[test]
fn the_excel_report_reads_back_as_the_database_says_with_numbers_as_numbers_and_dates_as_dates() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = office_in(dir.path(), "Dinas Komunikasi dan Informatika");
    let file = dir.path().join("laporan.xlsx");
    let saved = report::save(&mut s, "01-11-2026", "30-11-2026", &file, today()).unwrap();
    assert!(saved.message.contains("21 hari kerja, 57 pegawai"), "{}", saved.message);
    let expected = report_data::build(&mut s, "01-11-2026", "30-11-2026", today()).unwrap();

    let mut wb = open_workbook_auto(&file).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Ringkasan",
            "Kewajiban",
            "Realisasi",
            "Selisih Jadwal",
            "Harian",
            "Pelanggaran",
            "Pegawai",
            "Keberadaan",
            "Kegiatan WFH",
            "_giliran"
        ]
    );
    let harian = wb.worksheet_range("Harian").unwrap();
    let hr = 4; // three preamble lines, one empty row
    assert_eq!(cell(&harian, hr, 0), Data::String("Tanggal".into()));
    assert_eq!(cell(&harian, hr, 4), Data::String("WFO".into()));
    // The first data row: 02-11-2026, Sekretariat, as a real date and real numbers.
    let Data::DateTime(first) = cell(&harian, hr + 1, 0) else { panic!("a date cell: {:?}", cell(&harian, hr + 1, 0)) };
    assert_eq!(first.as_datetime().unwrap().date(), d("02-11-2026"));
    assert_eq!(cell(&harian, hr + 1, 1), Data::String("Sekretariat".into()));
    // Every daily count equals the database's, row by row.
    let sheet_16 = presence::sheet(&mut s, "16-11-2026", None, today()).unwrap();
    for (i, day) in expected.days.iter().enumerate() {
        let r = hr + 1 + i as u32;
        assert_eq!(cell(&harian, r, 4), Data::Float(f64::from(day.tally.wfo)), "WFO {} {}", day.unit, day.date);
        assert_eq!(cell(&harian, r, 5), Data::Float(f64::from(day.tally.wfh)), "WFH {} {}", day.unit, day.date);
        if day.date == d("16-11-2026") {
            let in_unit: Vec<_> = sheet_16.rows.iter().filter(|x| x.unit_name == day.unit).collect();
            let wfh = in_unit.iter().filter(|x| x.code == Some(presence::Mark::Wfh)).count();
            assert_eq!(day.tally.wfh as usize, wfh, "{}", day.unit);
            assert_eq!(day.unrecorded, 0, "the 16th is recorded for everyone");
        }
    }
    // The sick day is in the person recap.
    let pegawai = wb.worksheet_range("Pegawai").unwrap();
    let people = staff::list(&mut s, &StaffFilter::default()).unwrap();
    let sick_row = (hr + 1..hr + 1 + 57).find(|r| cell(&pegawai, *r, 0) == Data::String(people[4].id_display.clone())).unwrap();
    assert_eq!(cell(&pegawai, sick_row, 8), Data::Float(1.0), "S column");
    // The unreachable call and the activity note.
    let keberadaan = wb.worksheet_range("Keberadaan").unwrap();
    assert_eq!(cell(&keberadaan, hr + 1, 1), Data::String("09:30".into()));
    assert_eq!(cell(&keberadaan, hr + 1, 5), Data::String("tidak diangkat".into()));
    let kegiatan = wb.worksheet_range("Kegiatan WFH").unwrap();
    assert_eq!(cell(&kegiatan, hr + 1, 4), Data::String("Menyusun bahan rapat".into()));
    // The summary: kop surat, compliance as a share, the signature block.
    let ringkasan = wb.worksheet_range("Ringkasan").unwrap();
    assert_eq!(cell(&ringkasan, 0, 0), Data::String("PEMERINTAH PROVINSI KALIMANTAN TIMUR".into()));
    assert_eq!(cell(&ringkasan, 1, 0), Data::String("DINAS KOMUNIKASI DAN INFORMATIKA".into()));
    let all: Vec<String> = ringkasan.rows().flat_map(|r| r.iter().map(|c| c.to_string())).collect();
    assert!(all.iter().any(|c| c == "NIP. 19700512 199603 1 004"), "signature block");
    assert!(all.iter().any(|c| c.starts_with("Dasar: SE Gubernur Kalimantan Timur Nomor 065/3674/B.Org")), "{all:?}");
}

#[test]
fn the_pdf_report_carries_the_kop_surat_the_period_and_the_signature_block() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = office_in(dir.path(), "Dinas Komunikasi dan Informatika");
    let file = dir.path().join("laporan.pdf");
    report::save(&mut s, "01-11-2026", "30-11-2026", &file, today()).unwrap();
    let out = std::process::Command::new("pdftotext").args(["-layout"]).arg(&file).arg("-").output().expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
        "DINAS KOMUNIKASI DAN INFORMATIKA",
        "LAPORAN PELAKSANAAN TUGAS KEDINASAN WFO/WFH",
        "Periode 01-11-2026 s.d. 30-11-2026",
        "Dr. H. Ahmad Rizali Fahmi, S.Sos., M.Si.",
        "NIP. 19700512 199603 1 004",
        "Rekap harian per unit kerja",
        "Halaman 1 dari",
    ] {
        assert!(text.contains(want), "PDF lacks {want:?}:\n{text}");
    }
    assert!(report::verify(&file).unwrap().intact);
}

/// Rewrites an .xlsx as Excel would after an edit: every sheet's values read and written back
/// (dates as dates), `change` applied to one cell.
fn resave(from: &Path, to: &Path, change: Option<(&str, u32, u32, f64)>) {
    let mut wb = open_workbook_auto(from).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("dd-mm-yyyy");
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&name).unwrap();
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (i, row) in range.rows().enumerate() {
            for (j, v) in row.iter().enumerate() {
                let (r, c) = (r0 + i as u32, (c0 + j as u32) as u16);
                match v {
                    Data::String(t) => drop(ws.write_string(r, c, t).unwrap()),
                    Data::Float(f) => {
                        let value = match change {
                            Some((sheet, cr, cc, new)) if sheet == name && cr == r && u32::from(c) == cc => new,
                            _ => *f,
                        };
                        ws.write_number(r, c, value).unwrap();
                    }
                    Data::DateTime(x) => {
                        let dt = x.as_datetime().unwrap();
                        let e = rust_xlsxwriter::ExcelDateTime::parse_from_str(&dt.format("%Y-%m-%d").to_string()).unwrap();
                        ws.write_datetime_with_format(r, c, &e, &date).unwrap();
                    }
                    Data::Empty => {}
                    other => panic!("unexpected cell {other:?}"),
                }
            }
        }
        if name == "_giliran" {
            ws.set_hidden(true);
        }
    }
    out.save(to).unwrap();
}

#[test]
fn one_changed_cell_breaks_verification_and_an_honest_resave_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = office_in(dir.path(), "Dinas Komunikasi dan Informatika");
    let file = dir.path().join("laporan.xlsx");
    let saved = report::save(&mut s, "01-11-2026", "30-11-2026", &file, today()).unwrap();
    let ok = report::verify(&file).unwrap();
    assert!(ok.intact, "{:?}", ok.problems);
    assert_eq!(ok.fingerprint, saved.fingerprint);
    assert!(
        ok.message.starts_with("Berkas utuh: laporan Dinas Komunikasi dan Informatika, periode 01-11-2026 s.d. 30-11-2026"),
        "{}",
        ok.message
    );

    let honest = dir.path().join("disimpan-ulang.xlsx");
    resave(&file, &honest, None);
    assert!(report::verify(&honest).unwrap().intact, "{:?}", report::verify(&honest).unwrap().problems);

    // Sekretariat's WFO on 02-11-2026 (sheet Harian, E6) made to look otherwise.
    let edited = dir.path().join("diubah.xlsx");
    resave(&file, &edited, Some(("Harian", 5, 4, 9.0)));
    let v = report::verify(&edited).unwrap();
    assert!(!v.intact);
    assert!(v.problems[0].contains("lembar Harian, sel E6: tertulis \"9\", seharusnya"), "{:?}", v.problems);
    assert!(v.message.starts_with("Berkas TIDAK utuh"), "{}", v.message);

    // The hidden data changed too (a forger who knows the format): the signature says no.
    let pdf = dir.path().join("laporan.pdf");
    report::save(&mut s, "01-11-2026", "30-11-2026", &pdf, today()).unwrap();
    let mut bytes = std::fs::read(&pdf).unwrap();
    // Any byte of the printed part: here a letter of the document's title.
    let at = bytes.windows(15).position(|w| w == b"Laporan WFO/WFH").unwrap();
    bytes[at + 14] = b'O';
    let forged = dir.path().join("dipalsukan.pdf");
    std::fs::write(&forged, &bytes).unwrap();
    let v = report::verify(&forged).unwrap();
    assert!(!v.intact && v.problems[0].contains("telah diubah"), "{:?}", v.problems);

    let csv = dir.path().join("laporan.csv");
    report::save(&mut s, "01-11-2026", "30-11-2026", &csv, today()).unwrap();
    assert!(report::verify(&csv).unwrap().intact);
    let honest = std::fs::read_to_string(&csv).unwrap();
    let text = honest.replacen(",Sekretariat,0,1,", ",Sekretariat,0,3,", 1);
    assert_ne!(text, honest, "Sekretariat's first day, WFO 0–1");
    std::fs::write(&csv, text).unwrap();
    assert!(!report::verify(&csv).unwrap().intact);

    // Not a report at all.
    let other = dir.path().join("lain.xlsx");
    rust_xlsxwriter::Workbook::new().save(&other).unwrap();
    assert!(report::verify(&other).unwrap_err().to_string().contains("bukan laporan Giliran"));
}

#[test]
fn the_sekda_consolidates_three_opds_and_leaves_out_a_changed_file_and_a_duplicate() {
    let root = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = Vec::new();
    let mut expected = Vec::new();
    for (i, opd) in ["Dinas Komunikasi dan Informatika", "Badan Pendapatan Daerah", "Dinas Kesehatan"].iter().enumerate() {
        let dir = root.path().join(format!("opd{i}"));
        std::fs::create_dir(&dir).unwrap();
        let mut s = office_in(&dir, opd);
        let file = root.path().join(format!("laporan-{i}.xlsx"));
        report::save(&mut s, "01-11-2026", "30-11-2026", &file, today()).unwrap();
        expected.push(report_data::build(&mut s, "01-11-2026", "30-11-2026", today()).unwrap().totals);
        files.push(file);
    }
    let changed = root.path().join("laporan-diubah.xlsx");
    resave(&files[1], &changed, Some(("Ringkasan", 9, 1, 999.0))); // "Pegawai aktif"
    files.push(changed);
    files.push(files[0].clone()); // the same file sent twice

    let out = root.path().join("rekap.xlsx");
    let c = consolidate::consolidate(&files, &[], &out).unwrap();
    assert_eq!(c.counted, 3);
    assert_eq!(c.rows.len(), 5);
    assert!(c.rows[3].status.starts_with("TIDAK UTUH"), "{}", c.rows[3].status);
    assert!(c.rows[4].status.starts_with("Ganda"), "{}", c.rows[4].status);
    assert_eq!(c.rows[0].status, "Utuh; kunci belum terdaftar");
    assert_eq!(c.totals.staff, expected.iter().map(|t| t.staff).sum::<u32>());
    assert_eq!(c.totals.tally.wfo, expected.iter().map(|t| t.tally.wfo).sum::<u32>());
    assert_eq!(c.totals.tally.wfh, expected.iter().map(|t| t.tally.wfh).sum::<u32>());
    assert_eq!(c.totals.unit_days, expected.iter().map(|t| t.unit_days).sum::<u32>());

    // The consolidated workbook: one row per file, and the sums in the last row.
    let mut wb = open_workbook_auto(&out).unwrap();
    let rekap = wb.worksheet_range("Rekap OPD").unwrap();
    assert_eq!(cell(&rekap, 3, 0), Data::String("Dinas Komunikasi dan Informatika".into()));
    assert_eq!(cell(&rekap, 4, 0), Data::String("Badan Pendapatan Daerah".into()));
    assert_eq!(cell(&rekap, 8, 0), Data::String("Jumlah (3 OPD utuh)".into()));
    assert_eq!(cell(&rekap, 8, 6), Data::Float(f64::from(c.totals.staff)));
    assert_eq!(cell(&rekap, 8, 6), Data::Float(171.0), "3 × 57 staff");
    let harian = wb.worksheet_range("Harian").unwrap();
    assert_eq!(harian.height() as u32 - 3, expected.iter().map(|t| t.unit_days).sum::<u32>(), "title, blank, header, then every unit-day");
}

#[test]
fn a_report_signed_by_another_key_than_the_registered_one_is_not_counted() {
    let root = tempfile::tempdir().unwrap();
    let real_dir = root.path().join("asli");
    let fake_dir = root.path().join("palsu");
    std::fs::create_dir(&real_dir).unwrap();
    std::fs::create_dir(&fake_dir).unwrap();
    let mut real = office_in(&real_dir, "Dinas Pariwisata");
    let mut fake = office_in(&fake_dir, "Dinas Pariwisata"); // same name, another office's key
    let (a, b) = (root.path().join("asli.xlsx"), root.path().join("palsu.xlsx"));
    report::save(&mut real, "01-11-2026", "30-11-2026", &a, today()).unwrap();
    report::save(&mut fake, "01-11-2026", "30-11-2026", &b, today()).unwrap();

    // The Sekda's own database keeps the keys the OPDs registered.
    let mut sekda = Store::open(&root.path().join("sekda.db")).unwrap();
    let fp = report::fingerprint(&real).unwrap();
    assert!(consolidate::register(&mut sekda, "Dinas Pariwisata", "bukan sidik").is_err());
    consolidate::register(&mut sekda, "Dinas Pariwisata", &fp.to_lowercase().replace(' ', "")).unwrap();
    let known = consolidate::registered(&mut sekda).unwrap();
    assert_eq!(known[0].fingerprint, fp, "stored as Profil Kantor shows it");

    let (c, _) = consolidate::read(&[b.clone(), a.clone()], &known).unwrap();
    assert_eq!(c.counted, 1);
    assert_eq!(c.rows[0].key, consolidate::KeyCheck::Mismatch);
    assert!(c.rows[0].status.starts_with("Kunci BERBEDA"), "{}", c.rows[0].status);
    assert_eq!(c.rows[1].status, "Utuh; kunci terdaftar");
}

/// Issue 26: "Sesuai SE" is judged on the counts the row shows, not on the plan beside them.
/// Everyone of a unit recorded in the office on a day the circular allows one in five is not
/// compliant, although the plan was; the plan's compliance has its own, labelled column.
#[test]
fn compliance_is_judged_on_recorded_presence_and_the_plans_is_shown_apart() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = office_in(dir.path(), "Dinas Komunikasi dan Informatika");
    let sheet = presence::sheet(&mut s, "18-11-2026", None, today()).unwrap();
    let unit = sheet.rows[0].unit_name.clone();
    for r in sheet.rows.iter().filter(|r| r.unit_name == unit) {
        presence::set(&mut s, &Entry { staff: r.id_number.clone(), date: "18-11-2026".into(), code: "H".into(), ..Default::default() })
            .unwrap();
    }
    let r = report_data::build(&mut s, "01-11-2026", "30-11-2026", today()).unwrap();
    let wanted = d("18-11-2026");
    let day = r.days.iter().find(|x| x.date == wanted && x.unit == unit).unwrap();
    assert!(day.tally.wfo > day.need_max, "{day:?}");
    assert!(!day.compliant, "more in the office than the circular allows is not compliant: {day:?}");
    assert_eq!(day.plan_compliant, Some(true), "the plan itself kept the circular");
    assert!(r.totals.unit_days_compliant < r.totals.unit_days_plan_compliant);
    let summary = report::summary(&mut s, "01-11-2026", "30-11-2026", today()).unwrap();
    let row = |label: &str| summary.rows.iter().find(|(l, _)| l == label).map(|(_, v)| v.clone()).unwrap_or_else(|| panic!("{label}"));
    assert_ne!(row("Kepatuhan terhadap SE menurut kehadiran"), "100%");
    row("Unit kerja × hari kerja yang jadwalnya sesuai SE");
}
