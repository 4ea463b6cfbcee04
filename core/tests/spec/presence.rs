//! Specifications of daily presence (issue 6): bands at their edges, leave entered ahead flowing
//! into the planner, reachability sampling and the twice-unreached flag, WFH activity notes, and
//! the attendance-machine import (all or nothing, rows named, repeats ignored, mapping remembered).

use crate::fixture::{d, today, Fixture};
use giliran_core::files::attendance::{self, Mapping};
use giliran_core::model::{Staff, StaffFilter};
use giliran_core::office::presence::{self, Entry, Hours, Mark, Record};
use giliran_core::office::{activity, reach, roster, schedule, staff};
use giliran_core::{Error, Store};

fn t(s: &str) -> Option<chrono::NaiveTime> {
    presence::parse_time(s)
}

/// The example office under the Kaltim 2020 circular, with week 49 of 2026 (30-11 .. 04-12) planned.
fn office() -> (Store, Vec<Staff>) {
    let mut s = Fixture::demo().with_circular("kaltim-2020", Some("k26"), Some("01-01-2026")).planned("30-11-2026", "04-12-2026").store();
    let people = staff::list(&mut s, &StaffFilter::default()).unwrap();
    (s, people)
}

fn entry(staff: &str, date: &str, code: &str) -> Entry {
    Entry { staff: staff.into(), date: date.into(), code: code.into(), ..Default::default() }
}

fn record(day: &str, code: Mark, check_in: &str, check_out: &str) -> Record {
    Record {
        staff_id: 1,
        day: d(day),
        code,
        leave_kind: None,
        check_in: t(check_in),
        check_out: t(check_out),
        note: String::new(),
        location: None,
        place: String::new(),
        apel: String::new(),
    }
}

#[test]
fn late_and_early_leave_bands_change_exactly_at_their_edges() {
    let h = Hours::default(); // 07:30–16:00, Friday 16:30; bands 30/60/90
    let today = d("01-12-2026");
    let monday = "30-11-2026";
    let late = |at: &str| presence::bands(&h, &record(monday, Mark::H, at, "16:00"), today).0;
    assert_eq!(late("07:30"), None);
    assert_eq!(late("07:31").as_deref(), Some("TL1"));
    assert_eq!(late("08:00").as_deref(), Some("TL1"));
    assert_eq!(late("08:01").as_deref(), Some("TL2"));
    assert_eq!(late("08:30").as_deref(), Some("TL2"));
    assert_eq!(late("08:31").as_deref(), Some("TL3"));
    assert_eq!(late("09:00").as_deref(), Some("TL3"));
    assert_eq!(late("09:01").as_deref(), Some("TL4"));
    let early = |day: &str, at: &str| presence::bands(&h, &record(day, Mark::H, "07:30", at), today).1;
    assert_eq!(early(monday, "16:00"), None);
    assert_eq!(early(monday, "15:59").as_deref(), Some("PSW1"));
    assert_eq!(early(monday, "15:30").as_deref(), Some("PSW1"));
    assert_eq!(early(monday, "15:29").as_deref(), Some("PSW2"));
    assert_eq!(early(monday, "14:29").as_deref(), Some("PSW4"));
    // Friday ends at 16:30: leaving at 16:00 is 30 minutes early.
    assert_eq!(early("04-12-2026", "16:00").as_deref(), Some("PSW1"));
    // Present with no clock times at all is "hadir, jam tidak tercatat": never late, never early.
    let none = record(monday, Mark::H, "", "");
    assert!(presence::times_missing(&none));
    assert_eq!(presence::bands(&h, &none, today), (None, None));
    // A check-in without a check-out on a past day is PSW4 (and the reverse TL4); today the
    // missing time may still come from the machine.
    assert_eq!(presence::bands(&h, &record(monday, Mark::H, "07:20", ""), today), (None, Some("PSW4".into())));
    assert_eq!(presence::bands(&h, &record(monday, Mark::H, "", "16:10"), today), (Some("TL4".into()), None));
    assert_eq!(presence::bands(&h, &record(monday, Mark::H, "07:20", ""), d(monday)), (None, None));
    // WFH and absences have no bands.
    assert_eq!(presence::bands(&h, &record(monday, Mark::Wfh, "", ""), today), (None, None));
    // The office sets its own bands.
    let strict = Hours { bands: [15, 30, 60], ..Hours::default() };
    assert_eq!(presence::bands(&strict, &record(monday, Mark::H, "07:46", ""), today).0.as_deref(), Some("TL2"));
}

#[test]
fn office_hours_and_bands_are_checked_before_they_are_saved() {
    let (mut s, _) = office();
    let bad = Hours { start: "7.3x".into(), bands: [60, 30, 90], ..Hours::default() };
    let Err(Error::Invalid(fields)) = presence::set_hours(&mut s, &bad) else { panic!("accepted bad hours") };
    let text: Vec<String> = fields.iter().map(|f| f.message.clone()).collect();
    assert!(text.iter().any(|m| m.contains("Jam masuk \"7.3x\" tidak valid")), "{text:?}");
    assert_eq!(presence::hours(&mut s).unwrap(), Hours::default());
    let saved = presence::set_hours(&mut s, &Hours { start: "08.00".into(), ..Hours::default() }).unwrap();
    assert_eq!(saved.start, "08:00");
    assert_eq!(presence::hours(&mut s).unwrap().start, "08:00");
}

#[test]
fn a_morning_sheet_is_prefilled_from_the_plan_and_recorded_in_one_action() {
    let (mut s, people) = office();
    let sheet = presence::sheet(&mut s, "30-11-2026", None, today()).unwrap();
    assert_eq!(sheet.rows.len(), people.len());
    assert!(sheet.rows.iter().all(|r| !r.recorded));
    for r in &sheet.rows {
        let expected = match r.planned.as_str() {
            "WFO" => Some(Mark::H),
            "WFH" => Some(Mark::Wfh),
            _ => None,
        };
        assert_eq!(r.code, expected, "{}: planned {}", r.name, r.planned);
    }
    let n = presence::fill_from_plan(&mut s, "30-11-2026", None).unwrap();
    assert_eq!(n, people.len());
    let after = presence::sheet(&mut s, "30-11-2026", None, today()).unwrap();
    assert!(after.rows.iter().all(|r| r.recorded));
    assert_eq!(after.unrecorded, 0);
    // Bulk marking keeps nobody's times.
    let first = &after.rows[0];
    presence::set(&mut s, &Entry { check_in: "07:41".into(), ..entry(&first.id_number, "30-11-2026", "H") }).unwrap();
    presence::mark_many(&mut s, "30-11-2026", &[first.staff_id], "H").unwrap();
    let again = presence::sheet(&mut s, "30-11-2026", None, today()).unwrap();
    assert_eq!(again.rows[0].check_in.as_deref(), Some("07:41"));
}

#[test]
fn leave_entered_ahead_keeps_the_person_out_of_the_plan_once_replanned() {
    let (mut s, people) = office();
    let week = roster::week(&mut s, "2026-W49", today()).unwrap();
    // Someone planned in the office on Tuesday 01-12.
    let (unit, row) = week
        .units
        .iter()
        .flat_map(|u| u.rows.iter().map(move |r| (u, r)))
        .find(|(_, r)| r.cells[1] == "WFO")
        .expect("someone in the office on Tuesday");
    let person = people.iter().find(|p| p.id == row.staff_id).unwrap();
    let saved = presence::set(
        &mut s,
        &Entry { leave_kind: "CT".into(), until: "02-12-2026".into(), ..entry(&person.id_number, "01-12-2026", "C") },
    )
    .unwrap();
    assert_eq!(saved.days, 2);
    let (from, _) = saved.replan.expect("the planned office day needs planning again");
    assert_eq!(from, d("01-12-2026"));
    assert!(saved.message.contains("memerlukan penyusunan ulang"), "{}", saved.message);
    let limits = schedule::limits_between(&mut s, d("01-12-2026"), d("02-12-2026")).unwrap();
    assert_eq!(limits.iter().filter(|l| l.staff_id == person.id).count(), 2);
    assert!(limits.iter().all(|l| l.reason == "Cuti tahunan (CT)"));

    let outcome = roster::plan_period(&mut s, "01-12-2026", "02-12-2026").unwrap();
    assert!(outcome.unmet.is_empty(), "{:?}", outcome.unmet);
    let week = roster::week(&mut s, "2026-W49", today()).unwrap();
    let row = week.units.iter().find(|u| u.unit_id == unit.unit_id).unwrap().rows.iter().find(|r| r.staff_id == person.id).unwrap();
    assert_eq!(row.cells[1], "C", "the grid shows the leave code");
    assert_eq!(row.cells[2], "C");
    let planned = schedule::between(&mut s, d("01-12-2026"), d("02-12-2026")).unwrap();
    assert!(planned.iter().filter(|a| a.staff_id == person.id).all(|a| a.code == schedule::Code::Away));
}

#[test]
fn bad_presence_input_names_each_field_and_saves_nothing() {
    let (mut s, people) = office();
    let p = &people[3];
    let bad = Entry { check_in: "25:00".into(), check_out: "07:00".into(), ..entry(&p.id_number, "31-02-2026", "X") };
    let Err(Error::Invalid(fields)) = presence::set(&mut s, &bad) else { panic!("accepted") };
    let named: Vec<&str> = fields.iter().map(|f| f.field).collect();
    assert!(named.contains(&"code") && named.contains(&"check_in") && named.contains(&"date"), "{named:?}");
    let Err(Error::Invalid(fields)) = presence::set(&mut s, &entry(&p.id_number, "01-12-2026", "C")) else { panic!("C without kind") };
    assert_eq!(fields[0].message, "Jenis cuti wajib diisi untuk kode C: CT, CB, CS, CM, atau CAP.");
    let Err(Error::Invalid(fields)) = presence::set(&mut s, &Entry { check_in: "07:30".into(), ..entry(&p.id_number, "01-12-2026", "S") })
    else {
        panic!("times for a sick day")
    };
    assert!(fields[0].message.contains("hanya dicatat untuk H atau WFH"));
    let sheet = presence::sheet(&mut s, "01-12-2026", None, today()).unwrap();
    assert!(sheet.rows.iter().all(|r| !r.recorded));
}

#[test]
fn the_reachability_sample_is_the_same_for_the_same_date_and_only_holds_wfh_staff() {
    let (mut s, _) = office();
    let a = reach::sample(&mut s, "01-12-2026", Some(4)).unwrap();
    let b = reach::sample(&mut s, "01-12-2026", Some(4)).unwrap();
    let ids = |x: &reach::Sample| x.people.iter().map(|p| p.person.staff_id).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b));
    assert_eq!(a.people.len(), 4);
    let sheet = presence::sheet(&mut s, "01-12-2026", None, today()).unwrap();
    for p in &a.people {
        let row = sheet.rows.iter().find(|r| r.staff_id == p.person.staff_id).unwrap();
        assert_eq!(row.planned, "WFH", "{} is not WFH", row.name);
    }
    assert!(a.population > 4);
    let other = reach::sample(&mut s, "02-12-2026", Some(4)).unwrap();
    assert_ne!(ids(&a), ids(&other), "another day draws other people");
    // The office's default size.
    reach::set_sample_size(&mut s, 3).unwrap();
    assert_eq!(reach::sample(&mut s, "01-12-2026", None).unwrap().people.len(), 3);
    assert!(matches!(reach::set_sample_size(&mut s, 0), Err(Error::Invalid(_))));
}

#[test]
fn a_person_not_reached_twice_in_a_period_is_flagged_and_once_is_not() {
    let (mut s, _) = office();
    let drawn = reach::sample(&mut s, "01-12-2026", Some(2)).unwrap();
    let (a, b) = (&drawn.people[0].person, &drawn.people[1].person);
    reach::record(&mut s, &a.id_number, "01-12-2026", "09:10", false, "ditelepon 2 kali, tidak diangkat", chrono::NaiveTime::MIN).unwrap();
    reach::record(&mut s, &b.id_number, "01-12-2026", "09:20", false, "WA tidak dibalas", chrono::NaiveTime::MIN).unwrap();
    reach::record(&mut s, &b.id_number, "01-12-2026", "10:20", true, "", chrono::NaiveTime::MIN).unwrap();
    let week = reach::list(&mut s, "30-11-2026", "04-12-2026").unwrap();
    assert!(week.flagged.is_empty(), "one miss each is not yet a flag");
    reach::record(&mut s, &a.id_number, "03-12-2026", "13:05", false, "nomor tidak aktif", chrono::NaiveTime::MIN).unwrap();
    let week = reach::list(&mut s, "30-11-2026", "04-12-2026").unwrap();
    assert_eq!(week.flagged.len(), 1);
    assert_eq!(week.flagged[0].staff_id, a.staff_id);
    assert_eq!(week.flagged[0].days, ["01-12-2026", "03-12-2026"]);
    assert!(week.flagged[0].message.contains("tidak dapat dihubungi 2 kali"));
    // A period holding only one of the misses flags nobody.
    assert!(reach::list(&mut s, "02-12-2026", "04-12-2026").unwrap().flagged.is_empty());
    // Each person's history, any period.
    assert_eq!(reach::history(&mut s, &a.id_number).unwrap().calls.len(), 2);
    // "Not reached" must say what was tried; a bad time is named.
    assert!(matches!(
        reach::record(&mut s, &a.id_number, "04-12-2026", "09:00", false, " ", chrono::NaiveTime::MIN),
        Err(Error::Invalid(_))
    ));
    assert!(matches!(reach::record(&mut s, &a.id_number, "04-12-2026", "9:7x", true, "", chrono::NaiveTime::MIN), Err(Error::Invalid(_))));
}

#[test]
fn every_wfh_day_has_an_activity_note_or_is_listed_as_missing_one() {
    let (mut s, _) = office();
    let today = d("04-12-2026");
    let before = activity::list_on(&mut s, d("30-11-2026"), d("04-12-2026"), today).unwrap();
    assert!(before.notes.is_empty());
    let wfh_days = before.missing.len();
    assert!(wfh_days > 0);
    let first = &before.missing[0];
    activity::add(&mut s, &first.who.id_number, &first.who.day.to_string(), "Menyusun draf laporan triwulan").unwrap();
    let after = activity::list_on(&mut s, d("30-11-2026"), d("04-12-2026"), today).unwrap();
    assert_eq!(after.notes.len(), 1);
    assert_eq!(after.missing.len(), wfh_days - 1);
    // Future days owe nothing yet.
    let early = activity::list_on(&mut s, d("30-11-2026"), d("04-12-2026"), d("30-11-2026")).unwrap();
    assert!(early.missing.iter().all(|m| m.who.day == d("30-11-2026")));
    // A note for a day the person was in the office is refused, naming why.
    let sheet = presence::sheet(&mut s, "30-11-2026", None, today).unwrap();
    let office_day = sheet.rows.iter().find(|r| r.planned == "WFO").unwrap();
    let err = activity::add(&mut s, &office_day.id_number, "30-11-2026", "Rapat").unwrap_err();
    assert!(err.to_string().contains("tidak WFH pada 30-11-2026"), "{err}");
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn an_attendance_file_with_bad_rows_is_refused_whole_naming_each_row() {
    let (mut s, people) = office();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (&people[2].id_number, &people[3].id_number);
    let file = write(
        dir.path(),
        "mesin.csv",
        &format!("NIP;Waktu\n{a};30-11-2026 07:41\n{b};2026-11-30 07:20:00\n999999;30-11-2026 07:50\n{a};30-11-2026 25:61\n{b};30-11-2026 16:05\n"),
    );
    let preview = attendance::preview(&mut s, &file, None, today(), &|_| {}).unwrap();
    assert_eq!(preview.rows, 5);
    assert_eq!(preview.problems.len(), 2, "{:?}", preview.problems);
    assert!(preview.problems[0].starts_with("Baris 4: ID \"999999\" tidak dikenal"), "{:?}", preview.problems);
    assert!(preview.problems[1].starts_with("Baris 5: kolom Waktu \"30-11-2026 25:61\" tidak dapat dibaca"), "{:?}", preview.problems);
    let err = attendance::import(&mut s, &file, None, today(), &|_| {}).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("Baris 4") && text.contains("Baris 5") && text.contains("tidak ada yang diimpor"), "{text}");
    let sheet = presence::sheet(&mut s, "30-11-2026", None, today()).unwrap();
    assert!(sheet.rows.iter().all(|r| !r.recorded), "nothing half-imported");
    assert_eq!(attendance::mapping(&mut s).unwrap(), None, "a refused file teaches no mapping");
}

/// A long import says how far it has come: rows read (every 50,000), people saved, then done;
/// the window's bar and the terminal's line follow these reports.
#[test]
fn an_attendance_import_reports_its_progress_until_it_is_saved() {
    use giliran_core::model::progress::Progress;
    let (mut s, people) = office();
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("NIP;Waktu\n");
    // 60,000 punches of 12 people over the month of November 2026.
    for i in 0..60_000u32 {
        let who = &people[(i % 12) as usize].id_number;
        let day = 2 + (i / 12) % 28;
        text.push_str(&format!("{who};{day:02}-11-2026 07:{:02}:{:02}\n", (i / 336) % 60, i % 60));
    }
    let file = write(dir.path(), "setahun.csv", &text);
    let seen = std::sync::Mutex::new(Vec::<Progress>::new());
    let done = attendance::import(&mut s, &file, None, today(), &|p| seen.lock().unwrap().push(p)).unwrap();
    assert_eq!(done.rows, 60_000);
    let seen = seen.into_inner().unwrap();
    assert!(seen.iter().any(|p| p.stage == "Membaca berkas" && p.done == 50_000 && p.total == 0 && p.of == "baris"), "{seen:?}");
    let saving: Vec<&Progress> = seen.iter().filter(|p| p.stage == "Menyimpan presensi").collect();
    assert_eq!((saving[0].done, saving[0].total, saving[0].of), (0, 12, "pegawai"));
    let last = seen.last().unwrap();
    assert!(last.finished && last.done == 12, "{last:?}");
    assert_eq!(last.line(), "Selesai: 12 dari 12 pegawai");
}

#[test]
fn attendance_punches_become_check_in_and_out_and_a_repeated_import_changes_nothing() {
    let (mut s, people) = office();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (&people[2].id_number, &people[3].id_number);
    let text = format!("NIP,Waktu\n{a},30-11-2026 07:41\n{a},30-11-2026 12:02\n{a},30-11-2026 15:50\n{b},30/11/2026 07:20\n");
    let file = write(dir.path(), "mesin.csv", &text);
    let done = attendance::import(&mut s, &file, None, today(), &|_| {}).unwrap();
    assert_eq!((done.rows, done.new_punches, done.repeats, done.days), (4, 4, 0, 2));
    let sheet = presence::sheet_on(&mut s, d("30-11-2026"), None, d("01-12-2026")).unwrap();
    let row_a = sheet.rows.iter().find(|r| &r.id_number == a).unwrap();
    assert_eq!((row_a.check_in.as_deref(), row_a.check_out.as_deref()), (Some("07:41"), Some("15:50")));
    assert_eq!((row_a.late.as_deref(), row_a.early.as_deref()), (Some("TL1"), Some("PSW1")));
    let row_b = sheet.rows.iter().find(|r| &r.id_number == b).unwrap();
    assert_eq!((row_b.check_in.as_deref(), row_b.check_out.as_deref()), (Some("07:20"), None));
    assert_eq!(row_b.early.as_deref(), Some("PSW4"), "no check-out on a past day");

    let again = attendance::import(&mut s, &file, None, today(), &|_| {}).unwrap();
    assert_eq!((again.new_punches, again.repeats, again.days), (0, 4, 0));
    assert!(again.message.contains("4 sudah pernah diimpor"), "{}", again.message);
    // A later export of the same day extends the check-out.
    let later = write(dir.path(), "sore.csv", &format!("NIP,Waktu\n{b},30-11-2026 16:10\n"));
    attendance::import(&mut s, &later, None, today(), &|_| {}).unwrap();
    let sheet = presence::sheet_on(&mut s, d("30-11-2026"), None, d("01-12-2026")).unwrap();
    let row_b = sheet.rows.iter().find(|r| &r.id_number == b).unwrap();
    assert_eq!((row_b.check_in.as_deref(), row_b.check_out.as_deref(), row_b.early.as_deref()), (Some("07:20"), Some("16:10"), None));
}

#[test]
fn an_xlsx_export_with_its_own_columns_is_mapped_once_and_remembered() {
    let (mut s, people) = office();
    let dir = tempfile::tempdir().unwrap();
    let a = &people[4].id_number;
    let xlsx = |name: &str, day: u32| {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in ["No. Pegawai", "Nama", "Tgl", "Jam Scan"].iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        let date_format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
        let time_format = rust_xlsxwriter::Format::new().set_num_format("hh:mm");
        for (r, time) in ["07:35", "16:02"].iter().enumerate() {
            let row = r as u32 + 1;
            ws.write_string(row, 0, a).unwrap();
            ws.write_string(row, 1, "Pegawai").unwrap();
            let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 12, day as u8).unwrap();
            ws.write_datetime_with_format(row, 2, &date, &date_format).unwrap();
            let (hh, mm) = time.split_once(':').unwrap();
            let at = rust_xlsxwriter::ExcelDateTime::from_hms(hh.parse().unwrap(), mm.parse().unwrap(), 0).unwrap();
            ws.write_datetime_with_format(row, 3, &at, &time_format).unwrap();
        }
        let path = dir.path().join(name);
        wb.save(&path).unwrap();
        path
    };
    let first = xlsx("desember-1.xlsx", 1);
    // Unknown headers: the clerk must map them, and is told which columns exist.
    let unmapped = attendance::preview(&mut s, &first, None, today(), &|_| {}).unwrap();
    assert_eq!(unmapped.mapping, None);
    assert_eq!(unmapped.headers, ["No. Pegawai", "Nama", "Tgl", "Jam Scan"]);
    assert!(unmapped.problems[0].contains("No. Pegawai, Nama, Tgl, Jam Scan"), "{:?}", unmapped.problems);
    let err = attendance::import(&mut s, &first, None, today(), &|_| {}).unwrap_err().to_string();
    assert!(err.contains("belum dipetakan"), "{err}");
    let mapping =
        Mapping { id_column: "No. Pegawai".into(), time_column: "Jam Scan".into(), date_column: "Tgl".into(), ..Default::default() };
    attendance::import(&mut s, &first, Some(&mapping), today(), &|_| {}).unwrap();
    assert_eq!(attendance::mapping(&mut s).unwrap(), Some(mapping));
    // The next export imports without asking.
    let second = xlsx("desember-2.xlsx", 2);
    let done = attendance::import(&mut s, &second, None, today(), &|_| {}).unwrap();
    assert_eq!(done.new_punches, 2);
    let sheet = presence::sheet_on(&mut s, d("02-12-2026"), None, d("03-12-2026")).unwrap();
    let row = sheet.rows.iter().find(|r| &r.id_number == a).unwrap();
    assert_eq!((row.check_in.as_deref(), row.check_out.as_deref()), (Some("07:35"), Some("16:02")));
}

#[test]
fn a_broken_spreadsheet_is_refused_with_a_message() {
    let (mut s, _) = office();
    let dir = tempfile::tempdir().unwrap();
    let broken = write(dir.path(), "rusak.xlsx", "bukan berkas excel");
    let err = attendance::import(&mut s, &broken, None, today(), &|_| {}).unwrap_err().to_string();
    assert!(err.contains("rusak.xlsx tidak dapat dibaca"), "{err}");
    let empty = write(dir.path(), "kosong.csv", "");
    assert!(attendance::import(&mut s, &empty, None, today(), &|_| {}).unwrap_err().to_string().contains("kosong"));
    let other = write(dir.path(), "data.pdf", "%PDF");
    assert!(attendance::import(&mut s, &other, None, today(), &|_| {}).unwrap_err().to_string().contains(".csv, .xlsx"));
}

/// A big office owes thousands of activity notes a month: the window lists them a page at a
/// time, each page counted against the whole month.
#[test]
fn the_months_missing_activity_notes_come_a_page_at_a_time() {
    use giliran_core::office::activity;
    let (mut s, _) = office();
    let all = activity::month(&mut s, "01-12-2026", today()).unwrap().missing;
    assert!(all.len() > 8, "the planned WFH days of 1–4 December owe notes: {}", all.len());
    let page = activity::month_missing(&mut s, "15-12-2026", 3, 5, today()).unwrap();
    assert_eq!((page.total, page.offset, page.rows.len(), page.limit), (all.len(), 3, 5, 5), "the page says its size");
    assert_eq!(page.period, "Desember 2026");
    let names = |m: &[activity::Missing]| m.iter().map(|x| (x.who.name.clone(), x.who.day)).collect::<Vec<_>>();
    assert_eq!(names(&page.rows), names(&all[3..8]));
}

/// The Cek Keberadaan day: every WFH person of the day with their note or none, by unit and
/// name, a page at a time.
#[test]
fn a_days_wfh_people_and_their_notes_come_a_page_at_a_time() {
    use giliran_core::office::activity;
    let (mut s, _) = office();
    let all = activity::day_page(&mut s, "01-12-2026", 0, 1000, today()).unwrap();
    assert!(all.total > 4 && all.rows.iter().all(|r| !r.saved), "{}", all.total);
    let who = all.rows[3].who.id_number.clone();
    activity::add(&mut s, &who, "01-12-2026", "Menyusun laporan").unwrap();
    let page = activity::day_page(&mut s, "01-12-2026", 2, 3, today()).unwrap();
    assert_eq!((page.total, page.offset, page.rows.len(), page.limit), (all.total, 2, 3, 3));
    assert!(page.rows.iter().any(|r| r.who.id_number == who && r.saved && r.note == "Menyusun laporan"));
    let sorted: Vec<(String, String)> = all.rows.iter().map(|r| (r.who.unit_name.clone(), r.who.name.clone())).collect();
    let mut by_unit = sorted.clone();
    by_unit.sort();
    assert_eq!(sorted, by_unit, "by unit, then name");
}

/// Issue 30, Perpres 21/2023: 37.5 hours a week net of rest, made up within the week. A week
/// with a short Monday, a day away without word and a sick day is short by what the days it
/// asks were not worked; the presence sheet says so on the Friday and the report counts it.
#[test]
fn a_week_short_of_its_hours_shows_on_the_sheet_and_in_the_report() {
    let (mut s, people) = office();
    let who = &people[0].id_number;
    for (date, code, times) in [
        ("30-11-2026", "H", ("08:30", "15:00")),
        ("01-12-2026", "WFH", ("", "")),
        ("02-12-2026", "TK", ("", "")),
        ("03-12-2026", "S", ("", "")),
        ("04-12-2026", "H", ("07:30", "16:30")),
    ] {
        presence::set(&mut s, &Entry { check_in: times.0.into(), check_out: times.1.into(), ..entry(who, date, code) }).unwrap();
    }
    let sheet = presence::sheet(&mut s, "04-12-2026", None, today()).unwrap();
    let row = sheet.rows.iter().find(|r| r.staff_id == people[0].id).unwrap();
    // Monday 6.5 h less an hour's rest, WFH in full, TK nothing, sick asks nothing, Friday 9 h
    // less an hour and a half: 20.5 of 30 hours.
    assert_eq!(row.week_hours, "20 jam 30 menit dari 30 jam");
    assert_eq!(row.week_short.as_deref(), Some("kurang 9 jam 30 menit"));
    let tuesday = presence::sheet(&mut s, "01-12-2026", None, today()).unwrap();
    let row = tuesday.rows.iter().find(|r| r.staff_id == people[0].id).unwrap();
    assert_eq!((row.week_hours.as_str(), row.week_short.as_deref()), ("13 jam dari 15 jam", Some("kurang 2 jam")), "the week so far");
    let other = sheet.rows.iter().find(|r| r.staff_id == people[1].id).unwrap();
    assert_eq!((other.week_hours.as_str(), other.week_short.as_deref()), ("", None), "nothing recorded: nothing said");

    let r = giliran_core::office::report::build(&mut s, "30-11-2026", "04-12-2026", today()).unwrap();
    let p = r.people.iter().find(|p| p.nip == people[0].id_display).unwrap();
    assert_eq!((p.weeks_short, p.minutes_short), (1, 570));
}

/// Issue 30: Ramadan's hours are a dated season of the setting; inside it a day starts at
/// 08:00 (a 07:55 arrival is on time) and asks 6.5 hours.
#[test]
fn ramadan_hours_are_a_dated_setting_the_clerk_confirms() {
    let (mut s, _) = office();
    let mut h = presence::hours(&mut s).unwrap();
    let ramadan = h.seasons.iter_mut().find(|x| x.name == "Ramadan 1447 H").unwrap();
    assert!(ramadan.estimate, "built-in dates are estimates until the clerk confirms them");
    ramadan.from = d("2026-02-18");
    let saved = presence::set_hours(&mut s, &h).unwrap();
    let ramadan = saved.seasons.iter().find(|x| x.name == "Ramadan 1447 H").unwrap();
    assert!(!ramadan.estimate);
    assert_eq!(presence::bands(&saved, &record("2026-02-18", Mark::H, "07:55", "15:00"), today()), (None, None));
    assert_eq!(presence::bands(&saved, &record("2026-02-17", Mark::H, "07:55", "16:00"), today()).0.as_deref(), Some("TL1"));
}
