//! Flexible work under PermenPANRB 4/2025, as the office's decision sets it (issue 15): the
//! regulation ("bukan merupakan hak": the head of the agency decides) leaves the figures to the
//! office; the built-in decision carries the reported practice — at most 2 working days a week
//! away per person, at most 30% of a unit away on a day, everyone in on Monday for the apel.

use crate::fixture::{d, today, Fixture};
use giliran_core::model::{StaffInput, UnitInput};
use giliran_core::office::{circulars, roster, schedule, staff, units};
use giliran_core::Store;

/// Bidang Umum, administrasi, 10 pelaksana PNS appointed in 2010, and one appointed in
/// November 2026 (not yet 12 months), under the built-in decision.
fn office() -> Store {
    let mut s = Fixture::empty().with_circular("fleksibel-2025", None, None).store();
    staff_of_bidang_umum(&mut s);
    s
}

fn staff_of_bidang_umum(s: &mut Store) {
    let s = &mut *s;
    let u = units::add(s, &UnitInput { name: "Bidang Umum".into(), service_class: "administrasi".into(), ..Default::default() }).unwrap();
    for i in 1..=11 {
        let tmt = if i == 11 { "202611" } else { "201001" };
        let input = StaffInput {
            kind: "pns".into(),
            id_number: format!("19850312{tmt}1{i:03}"),
            name: format!("Pegawai {i:02}"),
            jabatan_class: "pelaksana".into(),
            jabatan: "Pengadministrasi Umum".into(),
            unit_id: Some(u.id),
            ..Default::default()
        };
        staff::add(s, &input, d("2026-12-01")).unwrap();
    }
}

#[test]
fn at_most_30_percent_away_on_a_day_and_everyone_in_on_monday_for_the_apel() {
    let mut s = office();
    let needs = circulars::needs(&mut s, "07-12-2026", "11-12-2026").unwrap();
    let monday = &needs[0];
    assert_eq!((monday.need.min, monday.need.max), (11, 11), "Senin: WFO 100% (apel)");
    for n in &needs[1..] {
        // 30% of 11 is 3.3: at most 3 away, so at least 8 in; the plan aims at all in.
        assert_eq!((n.need.min, n.need.max, n.need.target), (8, 11, 11), "{}", n.date_label);
        // The template's 30% is the office's own figure, not the regulation's: marked so.
        assert_eq!(n.need.rule, "Kerja fleksibel: paling banyak 30% di luar kantor per hari (ketetapan kantor, bukan bunyi peraturan)");
    }
    let c = circulars::get(&mut s, "fleksibel-2025").unwrap().circular;
    assert_eq!(
        c.flexible.unwrap().describe(),
        "Paling banyak 2 hari kerja per minggu di luar kantor; pegawai dengan TMT kurang dari 12 bulan tidak termasuk; jam kerja dinamis: masuk paling lambat 09:00, 8 kali sebulan"
    );
}

/// Nobody works away unasked (the default is the office); an approved day away is granted up to
/// 2 a week; one newly appointed is not eligible and stays in.
#[test]
fn days_away_are_granted_up_to_the_weekly_limit_and_never_to_one_newly_appointed() {
    let mut s = office();
    let all = staff::list(&mut s, &Default::default()).unwrap();
    let (veteran, newcomer) = (&all[0], &all[10]);
    for day in ["08-12-2026", "09-12-2026", "10-12-2026"] {
        schedule::wish(&mut s, &veteran.id_number, day, "WFH").unwrap();
        schedule::wish(&mut s, &newcomer.id_number, day, "WFH").unwrap();
    }
    let outcome = roster::plan_period(&mut s, "07-12-2026", "11-12-2026").unwrap();
    assert!(outcome.unmet.is_empty(), "{:?}", outcome.unmet);
    let week = roster::week(&mut s, "2026-W50", today()).unwrap();
    let row = |id: i64| week.units[0].rows.iter().find(|r| r.staff_id == id).unwrap();
    let home = |id: i64| row(id).cells.iter().filter(|c| *c == "WFH").count();
    assert_eq!(home(veteran.id), 2, "at most 2 days away a week: {:?}", row(veteran.id).cells);
    assert_eq!(home(newcomer.id), 0, "TMT 11-2026: not yet 12 months");
    let others: usize =
        week.units[0].rows.iter().filter(|r| r.staff_id != veteran.id && r.staff_id != newcomer.id).map(|r| home(r.staff_id)).sum();
    assert_eq!(others, 0, "the default is the office");
}

fn request(staff_id: i64, days: &[&str], from: &str, to: &str) -> giliran_core::model::fwa::RequestInput {
    giliran_core::model::fwa::RequestInput {
        staff_id: Some(staff_id),
        from: from.into(),
        to: to.into(),
        days: days.iter().map(|d| d.to_string()).collect(),
        kind: String::new(),
        location: "rumah".into(),
        reason: "keluarga".into(),
        evidence: "Surat keterangan".into(),
        work_plan: "Menyusun laporan bulanan; target: 1 laporan per minggu".into(),
    }
}

/// "Pegawai ASN mengajukan … dengan alasan, bukti, dan rencana kerja; atasan memutuskan":
/// seven want Fridays, six are approved and one rejected with a note; with at most 30% away
/// only 3 of 11 may be away each Friday, and the plan shares the Fridays out and says why.
#[test]
fn seven_want_fridays_six_are_approved_and_the_plan_shares_the_fridays_out() {
    use giliran_core::office::fwa;
    let mut s = office();
    let all = staff::list(&mut s, &Default::default()).unwrap();
    let mut ids = Vec::new();
    for p in &all[..7] {
        ids.push(fwa::add(&mut s, &request(p.id, &["jumat"], "01-12-2026", "10-01-2027")).unwrap().id);
    }
    for id in &ids[..6] {
        let r = fwa::approve(&mut s, *id, "Kepala Bidang Umum", "", today()).unwrap();
        assert_eq!(r.status.label(), "Disetujui");
        assert_eq!(r.when, "Setiap Jumat, 01-12-2026 s.d. 10-01-2027");
    }
    let err = fwa::reject(&mut s, ids[6], "Kepala Bidang Umum", "", today()).unwrap_err();
    assert!(err.to_string().contains("Catatan keputusan wajib diisi"), "a rejection says why: {err}");
    fwa::reject(&mut s, ids[6], "Kepala Bidang Umum", "Tugas layanan Jumat tidak dapat ditinggalkan", today()).unwrap();
    assert!(fwa::approve(&mut s, ids[6], "Kepala Bidang Umum", "", today()).is_err(), "decided once");

    // Fridays 4, 11, 18 December and 8 January (25 December and 1 January are holidays).
    roster::plan_period(&mut s, "01-12-2026", "10-01-2027").unwrap();
    let fridays = ["2026-W49", "2026-W50", "2026-W51", "2027-W01"];
    let mut granted = std::collections::HashMap::<i64, usize>::new();
    for w in fridays {
        let week = roster::week(&mut s, w, today()).unwrap();
        let friday = week.days.iter().position(|d| d.format("%u").to_string() == "5").unwrap();
        let u = &week.units[0];
        let away: Vec<_> = u.rows.iter().filter(|r| r.cells[friday] == "WFH").collect();
        assert_eq!(away.len(), 3, "{w}: at most 30% of 11 away");
        for r in &u.rows {
            let Some(wish) = &r.wishes[friday] else { continue };
            if wish.granted {
                *granted.entry(r.staff_id).or_default() += 1;
            } else {
                assert!(wish.why.starts_with("Rentang hari itu penuh: paling sedikit 8 orang WFO"), "{w} {}: {}", r.name, wish.why);
            }
        }
        assert!(u.rows.iter().find(|r| r.staff_id == all[6].id).unwrap().wishes[friday].is_none(), "rejected: no wish");
    }
    // The presence sheet of a Friday says where each approved person works away.
    let sheet = giliran_core::office::presence::sheet(&mut s, "04-12-2026", None, today()).unwrap();
    let away: Vec<_> = sheet.rows.iter().filter(|r| r.away_at.is_some()).collect();
    assert_eq!(away.len(), 3, "the three granted that Friday");
    assert!(away.iter().all(|r| r.away_at.as_deref() == Some("Rumah/tempat tinggal") && r.planned == "WFH"));
    // 4 Fridays × 3 places among 6 approved: 2 each.
    assert_eq!(granted.len(), 6);
    assert!(granted.values().all(|n| *n == 2), "{granted:?}");
}

#[test]
fn a_request_that_cannot_be_is_refused_naming_the_field_and_why() {
    use giliran_core::office::fwa;
    let mut s = office();
    let all = staff::list(&mut s, &Default::default()).unwrap();
    let err = fwa::add(&mut s, &request(all[10].id, &["jumat"], "04-12-2026", "04-12-2026")).unwrap_err();
    assert!(err.to_string().contains("baru 1 bulan sejak TMT 11-2026"), "{err}");
    let err = fwa::add(&mut s, &request(all[0].id, &["senin", "selasa", "rabu"], "01-12-2026", "31-12-2026")).unwrap_err();
    assert!(err.to_string().contains("Paling banyak 2 hari kerja per minggu di luar kantor menurut keputusan; yang diajukan 3"), "{err}");
    let sanction = fwa::SanctionInput {
        staff: all[1].id_number.clone(),
        from: "01-11-2026".into(),
        to: "31-01-2027".into(),
        kind: "Hukuman disiplin sedang".into(),
        ..Default::default()
    };
    fwa::sanction_add(&mut s, &sanction).unwrap();
    let err = fwa::add(&mut s, &request(all[1].id, &["jumat"], "04-12-2026", "31-12-2026")).unwrap_err();
    assert!(err.to_string().contains("sedang menjalani hukuman disiplin (01-11-2026 s.d. 31-01-2027)"), "{err}");
    let mut bad = request(all[2].id, &["jum"], "31-11-2026", "");
    bad.location = "kafe".into();
    bad.work_plan = String::new();
    let giliran_core::Error::Invalid(f) = fwa::add(&mut s, &bad).unwrap_err() else { panic!() };
    let fields: Vec<_> = f.iter().map(|f| f.field).collect();
    assert_eq!(fields, ["from", "days", "location", "work_plan"], "{f:?}");
    let err = fwa::add(&mut s, &request(all[2].id, &["jumat"], "04-12-2020", "04-12-2020")).unwrap_err();
    assert!(err.to_string().contains("Belum ada keputusan kerja fleksibel yang berlaku pada 04-12-2020"), "{err}");
    assert!(fwa::list(&mut s, None, None).unwrap().is_empty(), "nothing saved");
}

/// Issue 29, from SIASN's export: "new staff" counts from the TMT CPNS in the staff data when
/// it is known (a NIP of 2010 does not help someone appointed in October), and a request to
/// work at home names the home the staff data records (PermenPANRB 4/2025 art. 11).
#[test]
fn the_tmt_cpns_and_the_home_in_the_staff_data_are_what_flexible_work_reads() {
    use giliran_core::office::fwa;
    let mut s = office();
    let all = staff::list(&mut s, &Default::default()).unwrap();
    let mut input = staff::input_of(&all[0]);
    input.tmt_cpns = "01-10-2026".into();
    input.address = "Jl. Juanda No. 12, Samarinda".into();
    staff::edit(&mut s, all[0].id, &input, today()).unwrap();
    let err = fwa::add(&mut s, &request(all[0].id, &["jumat"], "04-12-2026", "04-12-2026")).unwrap_err();
    assert!(err.to_string().contains("baru 2 bulan sejak TMT 01-10-2026 (menurut data kepegawaian)"), "{err}");

    input.tmt_cpns = "15-12-2030".into();
    let giliran_core::Error::Invalid(f) = staff::edit(&mut s, all[0].id, &input, today()).unwrap_err() else { panic!() };
    assert_eq!(f[0].field, "tmt_cpns");
    assert!(f[0].message.contains("masa depan"), "{}", f[0].message);

    input.tmt_cpns = "01-01-2010".into();
    staff::edit(&mut s, all[0].id, &input, today()).unwrap();
    let r = fwa::add(&mut s, &request(all[0].id, &["jumat"], "04-12-2026", "04-12-2026")).unwrap();
    assert_eq!(r.home, "Jl. Juanda No. 12, Samarinda");
    let r = fwa::add(&mut s, &request(all[1].id, &["kamis"], "03-12-2026", "03-12-2026")).unwrap();
    assert_eq!(r.home, "belum tercatat di data kepegawaian");
}

/// The Sekda's report gains the flexible-work section: per person the requests by where they
/// stand, the days away and the weeks over the decision's limit; it reads back from the xlsx.
#[test]
fn the_report_counts_each_persons_requests_and_days_away_against_the_limit() {
    use calamine::{open_workbook_auto, Reader};
    use giliran_core::office::fwa;
    use giliran_core::office::report;
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("g.db")).unwrap();
    circulars::add_from_template(&mut s, "fleksibel-2025", None, None, None).unwrap();
    let u =
        units::add(&mut s, &UnitInput { name: "Bidang Umum".into(), service_class: "administrasi".into(), ..Default::default() }).unwrap();
    let mut ids = Vec::new();
    for i in 1..=10 {
        let input = StaffInput {
            kind: "pns".into(),
            id_number: format!("19850312201001{}{i:03}", 1 + i % 2),
            name: format!("Pegawai {i:02}"),
            jabatan_class: "pelaksana".into(),
            jabatan: "Pengadministrasi Umum".into(),
            unit_id: Some(u.id),
            ..Default::default()
        };
        ids.push(staff::add(&mut s, &input, d("2026-12-01")).unwrap().id);
    }
    let a = fwa::add(&mut s, &request(ids[0], &["kamis", "jumat"], "07-12-2026", "18-12-2026")).unwrap();
    fwa::approve(&mut s, a.id, "Kepala Bidang Umum", "", today()).unwrap();
    let b = fwa::add(&mut s, &request(ids[1], &["jumat"], "07-12-2026", "18-12-2026")).unwrap();
    fwa::reject(&mut s, b.id, "Kepala Bidang Umum", "Jumat ada layanan", today()).unwrap();
    roster::plan_period(&mut s, "07-12-2026", "18-12-2026").unwrap();
    // The clerk overrides: a third day away for the first person in the second week.
    let nip = staff::get(&mut s, ids[0]).unwrap().id_number;
    schedule::set(&mut s, &nip, "16-12-2026", "WFH", true).unwrap();
    // The breach list says what the override costs, as the person's breach, not the unit-day's.
    let breaches = giliran_core::office::compliance::check(&mut s, "07-12-2026", "18-12-2026").unwrap();
    assert_eq!(breaches.len(), 1, "{breaches:?}");
    assert_eq!(breaches[0].week.as_deref(), Some("2026-W51"));
    assert_eq!(
        breaches[0].message,
        "Bidang Umum, minggu ke-51 (16-12-2026, 17-12-2026, 18-12-2026): Pegawai 01 (19850312 201001 2 001) 3 hari di luar kantor; paling banyak 2 hari per minggu menurut keputusan kerja fleksibel"
    );
    let r = report::build(&mut s, "07-12-2026", "18-12-2026", today()).unwrap();
    assert_eq!(r.totals.unit_days_compliant, r.totals.unit_days, "the unit-days keep their quota");
    let first = r.flexible.iter().find(|f| f.name == "Pegawai 01").unwrap();
    assert_eq!((first.approved, first.days_away, first.limit, first.weeks_over), (1, 5, 2, 1), "{first:?}");
    let second = r.flexible.iter().find(|f| f.name == "Pegawai 02").unwrap();
    assert_eq!((second.rejected, second.days_away), (1, 0));
    assert_eq!(r.flexible.len(), 2, "only who asked or was away");
    let file = dir.path().join("laporan.xlsx");
    giliran_core::files::report::save(&mut s, "07-12-2026", "18-12-2026", &file, today()).unwrap();
    let mut wb = open_workbook_auto(&file).unwrap();
    let sheet = wb.worksheet_range("Kerja Fleksibel").expect("the flexible-work sheet");
    let rows: Vec<String> = sheet.rows().map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>().join("|")).collect();
    assert!(rows.iter().any(|r| r.starts_with("19850312 201001 2 001|Pegawai 01|Bidang Umum|0|1|0|0|5|2|1")), "{rows:#?}");

    // The CSV for machines: the daily table, then the section under its own header, sealed.
    let csv = dir.path().join("laporan.csv");
    giliran_core::files::report::save(&mut s, "07-12-2026", "18-12-2026", &csv, today()).unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    let section = text.split("# Bagian: Kerja Fleksibel\n").nth(1).expect("the flexible-work section");
    let mut lines = section.lines();
    assert!(lines.next().unwrap().starts_with("OPD,Periode dari,Periode sampai,NIP/NIK,Nama,Unit kerja,Diajukan,Disetujui,Ditolak"));
    assert!(lines.any(|l| l.contains(",2026-12-07,2026-12-18,19850312 201001 2 001,Pegawai 01,Bidang Umum,0,1,0,0,5,2,1,")), "{section}");
    assert!(giliran_core::files::report::verify(&csv).unwrap().intact, "the seal covers the section");
    std::fs::write(&csv, text.replacen("Bidang Umum,0,1,0,0,5,2,1", "Bidang Umum,0,1,0,0,2,2,0", 1)).unwrap();
    assert!(!giliran_core::files::report::verify(&csv).unwrap().intact, "a changed day count breaks it");
}

/// Flexible by time (PermenPANRB 4/2025, art. 17: "jam kerja dinamis"): on a day of approved
/// dynamic hours a start up to the decision's latest (09:00) is not late, and the day's hours
/// count from the start; uses beyond the decision's number a month are counted in the report.
#[test]
fn on_an_approved_dynamic_day_a_later_start_is_not_late_and_the_day_counts_from_the_start() {
    use giliran_core::office::report;
    use giliran_core::office::{fwa, presence};
    let mut s = office();
    let all = staff::list(&mut s, &Default::default()).unwrap();
    let p = &all[0];
    let mut r = request(p.id, &["selasa", "rabu", "kamis"], "01-12-2026", "31-12-2026");
    r.kind = "waktu".into();
    r.location = String::new();
    let made = fwa::add(&mut s, &r).unwrap();
    assert_eq!(made.location, None, "dynamic hours are worked in the office");
    fwa::approve(&mut s, made.id, "Kepala Bidang Umum", "", today()).unwrap();
    let entry = |day: &str, at: &str, out: &str| presence::Entry {
        staff: p.id_number.clone(),
        date: day.into(),
        code: "H".into(),
        check_in: at.into(),
        check_out: out.into(),
        ..Default::default()
    };
    // 07:30–16:00 is 8½ hours: in at 08:45, out at 17:15 is the whole day.
    presence::set(&mut s, &entry("08-12-2026", "08:45", "17:15")).unwrap();
    // In at 08:45, out at 16:30: 45 minutes short.
    presence::set(&mut s, &entry("09-12-2026", "08:45", "16:30")).unwrap();
    // In at 09:20: 20 minutes after the latest start.
    presence::set(&mut s, &entry("10-12-2026", "09:20", "17:50")).unwrap();
    // Monday is not a dynamic day: 08:45 is late.
    presence::set(&mut s, &entry("07-12-2026", "08:45", "16:00")).unwrap();
    let mut row = |day: &str| presence::sheet(&mut s, day, None, today()).unwrap().rows.into_iter().find(|r| r.staff_id == p.id).unwrap();
    let tuesday = row("08-12-2026");
    assert_eq!((tuesday.late, tuesday.early), (None, None));
    let wednesday = row("09-12-2026");
    assert_eq!((wednesday.late, wednesday.early.as_deref()), (None, Some("PSW2")));
    assert_eq!(row("10-12-2026").late.as_deref(), Some("TL1"));
    assert_eq!(row("07-12-2026").late.as_deref(), Some("TL3"), "75 minutes late on an ordinary day");
    let rep = report::build(&mut s, "01-12-2026", "31-12-2026", today()).unwrap();
    let f = rep.flexible.iter().find(|f| f.name == p.name).unwrap();
    assert_eq!((f.dynamic_used, f.dynamic_months_over), (3, 0), "3 of 8 a month");
}

/// "Hanya untuk tugas yang dapat dilaksanakan di luar kantor": a decision that keeps a class of
/// units in the office (here the public-service counters, WFO 100%) puts them outside flexible
/// work: their staff cannot ask, and have no days away to plan.
#[test]
fn a_unit_the_decision_keeps_in_the_office_is_outside_flexible_work() {
    use giliran_core::office::fwa;
    use giliran_core::rules::policy::Rule;
    let mut s = Fixture::empty().store();
    let mut c = giliran_core::rules::policy::templates::get("fleksibel-2025").unwrap();
    c.key = "fleksibel-kantor".into();
    for r in c.rules.iter_mut().filter(|r| r.service_class.as_str() == "layanan_publik") {
        r.rule = Rule::WfoAll;
    }
    circulars::import(&mut s, &c.to_json(), false).unwrap();
    let u =
        units::add(&mut s, &UnitInput { name: "Bidang Pelayanan".into(), service_class: "layanan_publik".into(), ..Default::default() })
            .unwrap();
    let input = StaffInput {
        kind: "pns".into(),
        id_number: "198503122010011001".into(),
        name: "Petugas Loket".into(),
        jabatan_class: "pelaksana".into(),
        jabatan: "Pengadministrasi Layanan".into(),
        unit_id: Some(u.id),
        ..Default::default()
    };
    let p = staff::add(&mut s, &input, d("2026-12-01")).unwrap();
    let err = fwa::add(&mut s, &request(p.id, &["jumat"], "04-12-2026", "31-12-2026")).unwrap_err();
    assert!(
        err.to_string().contains(
            "Unit Bidang Pelayanan tidak termasuk kerja fleksibel menurut keputusan yang berlaku (aturannya: WFO 100% (ketetapan kantor"
        ),
        "{err}"
    );
}

/// The decision names persons as well as classes ("Kepala Instansi menetapkan pegawai"): here only
/// the struktural officials may, one pelaksana is named by NIP because his task can be done
/// away, and one official is excepted. The planner and the requests follow the names.
#[test]
fn the_decision_names_persons_who_may_and_persons_excepted() {
    use giliran_core::model::JabatanClass;
    use giliran_core::office::fwa;
    use giliran_core::rules::policy::Classes;
    let mut s = Fixture::empty().store();
    let mut c = giliran_core::rules::policy::templates::get("fleksibel-2025").unwrap();
    c.key = "fleksibel-nama".into();
    let f = c.flexible.as_mut().unwrap();
    f.eligible = Classes::OFFICIALS;
    f.named = vec!["198503122010011002".into()];
    f.excepted = vec!["198001012005011001".into()];
    circulars::import(&mut s, &c.to_json(), false).unwrap();
    staff_of_bidang_umum(&mut s);
    let unit = staff::list(&mut s, &Default::default()).unwrap()[0].unit_id;
    let official = StaffInput {
        kind: "pns".into(),
        id_number: "198001012005011001".into(),
        name: "Kepala Subbagian".into(),
        jabatan_class: "pengawas".into(),
        jabatan: "Kepala Subbagian Umum".into(),
        unit_id: Some(unit),
        ..Default::default()
    };
    let official = staff::add(&mut s, &official, d("2026-12-01")).unwrap();
    assert_eq!(official.jabatan_class, JabatanClass::Pengawas);
    let all = staff::list(&mut s, &Default::default()).unwrap();
    let by = |n: &str| all.iter().find(|p| p.name == n).unwrap().id;

    let err = fwa::add(&mut s, &request(by("Kepala Subbagian"), &["jumat"], "04-12-2026", "31-12-2026")).unwrap_err();
    assert!(err.to_string().contains("Kepala Subbagian dikecualikan dari kerja fleksibel dalam keputusan Kepala OPD"), "{err}");
    let err = fwa::add(&mut s, &request(by("Pegawai 01"), &["jumat"], "04-12-2026", "31-12-2026")).unwrap_err();
    assert!(err.to_string().contains("Jabatan Pelaksana tidak termasuk yang boleh bekerja fleksibel"), "{err}");
    let named = fwa::add(&mut s, &request(by("Pegawai 02"), &["jumat"], "04-12-2026", "31-12-2026")).unwrap();
    fwa::approve(&mut s, named.id, "Kepala Bidang Umum", "", today()).unwrap();

    let p = fwa::policy(&mut s, "04-12-2026", today()).unwrap().unwrap();
    assert_eq!(p.persons, ["Boleh: Pegawai 02 (NIP 19850312 201001 1 002)", "Dikecualikan: Kepala Subbagian (NIP 19800101 200501 1 001)"]);
    assert!(p.summary.contains("1 pegawai disebut namanya boleh; 1 pegawai dikecualikan"), "{}", p.summary);

    roster::plan_period(&mut s, "07-12-2026", "11-12-2026").unwrap();
    let week = roster::week(&mut s, "2026-W50", today()).unwrap();
    let row = week.units[0].rows.iter().find(|r| r.staff_id == named.staff_id).unwrap();
    assert_eq!(row.cells[4], "WFH", "the named person gets the Friday: {:?}", row.cells);
}

/// A decision's names are NIPs the clerk can check: a short number, the same NIP twice, or one
/// both named and excepted is refused with the field.
#[test]
fn a_decision_naming_a_malformed_or_doubled_nip_is_refused() {
    let mut s = Fixture::empty().store();
    let mut c = giliran_core::rules::policy::templates::get("fleksibel-2025").unwrap();
    let f = c.flexible.as_mut().unwrap();
    f.named = vec!["1985031220100110".into(), "198503122010011002".into(), "198503122010011002".into()];
    f.excepted = vec!["198503122010011002".into()];
    let err = circulars::import(&mut s, &c.to_json(), false).unwrap_err().to_string();
    for want in [
        "Pegawai yang disebut boleh ke-1: \"1985031220100110\" bukan NIP / NI PPPK 18 angka.",
        "NIP 19850312 201001 1 002 ditulis dua kali pada pegawai yang disebut boleh.",
        "NIP 19850312 201001 1 002 disebut boleh dan sekaligus dikecualikan; pilih salah satu.",
    ] {
        assert!(err.contains(want), "{want}\n in: {err}");
    }
}

/// "Paling banyak … kali dalam satu bulan": the presence sheet counts each use of the dynamic
/// hours in its month and flags the one past the decision's number (here 2), as the report
/// counts the month over; a day in the office at the usual time is not a use.
#[test]
fn the_presence_sheet_flags_a_use_of_dynamic_hours_past_the_monthly_number() {
    use giliran_core::office::report;
    use giliran_core::office::{fwa, presence};
    let mut s = Fixture::empty().store();
    let mut c = giliran_core::rules::policy::templates::get("fleksibel-2025").unwrap();
    c.flexible.as_mut().unwrap().dynamic_per_month = 2;
    circulars::import(&mut s, &c.to_json(), false).unwrap();
    staff_of_bidang_umum(&mut s);
    let p = staff::list(&mut s, &Default::default()).unwrap().remove(0);
    let mut r = request(p.id, &[], "01-12-2026", "31-12-2026");
    r.kind = "waktu".into();
    r.location = String::new();
    let made = fwa::add(&mut s, &r).unwrap();
    fwa::approve(&mut s, made.id, "Kepala Bidang Umum", "", today()).unwrap();
    let mark = |s: &mut Store, day: &str, at: &str| {
        let e = presence::Entry {
            staff: p.id_number.clone(),
            date: day.into(),
            code: "H".into(),
            check_in: at.into(),
            check_out: "17:30".into(),
            ..Default::default()
        };
        presence::set(s, &e).unwrap();
    };
    mark(&mut s, "01-12-2026", "08:30");
    mark(&mut s, "02-12-2026", "07:20"); // on time: not a use
    mark(&mut s, "03-12-2026", "08:50");
    mark(&mut s, "04-12-2026", "08:40");
    let row =
        |s: &mut Store, day: &str| presence::sheet(s, day, None, today()).unwrap().rows.into_iter().find(|r| r.staff_id == p.id).unwrap();
    assert_eq!(row(&mut s, "01-12-2026").dynamic_use.as_deref(), Some("Jam dinamis ke-1 dari 2 kali bulan ini"));
    assert_eq!(row(&mut s, "02-12-2026").dynamic_use, None, "in before 07:30");
    let second = row(&mut s, "03-12-2026");
    assert_eq!((second.dynamic_use.as_deref(), second.dynamic_over), (Some("Jam dinamis ke-2 dari 2 kali bulan ini"), false));
    let third = row(&mut s, "04-12-2026");
    assert!(third.dynamic_over);
    assert_eq!(third.flexible_notes(), ["Jam dinamis ke-3 dari 2 kali bulan ini: melebihi batas"]);
    let rep = report::build(&mut s, "01-12-2026", "31-12-2026", today()).unwrap();
    let f = rep.flexible.iter().find(|f| f.name == p.name).unwrap();
    assert_eq!((f.dynamic_used, f.dynamic_months_over), (3, 1));
}

/// "Lokasi kerja dicatat": a WFH day of an approved request is recorded with where it was
/// worked, and the record keeps it when the request is withdrawn afterwards.
#[test]
fn a_day_away_is_recorded_with_its_location_and_keeps_it_after_a_withdrawal() {
    use giliran_core::office::{fwa, presence};
    let mut s = office();
    let p = staff::list(&mut s, &Default::default()).unwrap().remove(0);
    let mut r = request(p.id, &["jumat"], "01-12-2026", "31-12-2026");
    r.location = "kantor_lain".into();
    let made = fwa::add(&mut s, &r).unwrap();
    fwa::approve(&mut s, made.id, "Kepala Bidang Umum", "", today()).unwrap();
    roster::plan_period(&mut s, "07-12-2026", "11-12-2026").unwrap();
    let row =
        |s: &mut Store| presence::sheet(s, "11-12-2026", None, today()).unwrap().rows.into_iter().find(|r| r.staff_id == p.id).unwrap();
    assert_eq!(row(&mut s).away_at.as_deref(), Some("Kantor lain instansi"), "suggested from the plan");
    presence::fill_from_plan(&mut s, "11-12-2026", None).unwrap();
    fwa::withdraw(&mut s, made.id).unwrap();
    let after = row(&mut s);
    assert!(after.recorded);
    assert_eq!(after.away_at.as_deref(), Some("Kantor lain instansi"), "as recorded, not as the request now stands");
    assert_eq!(after.flexible_notes(), ["FWA: Kantor lain instansi"]);
}

/// Issue 29, for e-Kinerja: a person's month of days away, each with where it was worked, the
/// day's activity note (or that none was written) and the targets of the approved request;
/// as a text to paste, and for the whole office as a sheet that reads back.
#[test]
fn a_persons_days_away_with_notes_and_targets_are_ready_for_e_kinerja() {
    use calamine::{open_workbook_auto, Data, Reader};
    use giliran_core::office::{activity, ekinerja, fwa};
    let mut s = office();
    let all = staff::list(&mut s, &Default::default()).unwrap();
    let who = &all[0];
    let r = fwa::add(&mut s, &request(who.id, &["kamis", "jumat"], "03-12-2026", "04-12-2026")).unwrap();
    fwa::approve(&mut s, r.id, "Kepala Bidang Umum", "", today()).unwrap();
    roster::plan_period(&mut s, "01-12-2026", "04-12-2026").unwrap();
    activity::add(&mut s, &who.id_number, "03-12-2026", "Menyusun laporan bulanan November").unwrap();

    let m = ekinerja::of_person(&mut s, &who.id_number, "15-12-2026", today()).unwrap();
    assert_eq!(m.period, "Desember 2026");
    let days: Vec<(&str, &str, &str)> = m.days.iter().map(|d| (d.date_label.as_str(), d.place.as_str(), d.note.as_str())).collect();
    assert_eq!(
        days,
        [
            ("Kamis, 03-12-2026", "WFH, Rumah/tempat tinggal", "Menyusun laporan bulanan November"),
            ("Jumat, 04-12-2026", "WFH, Rumah/tempat tinggal", ""),
        ]
    );
    assert!(m.days.iter().all(|d| d.target == "Menyusun laporan bulanan; target: 1 laporan per minggu"));
    assert!(m.text.contains("Kamis, 03-12-2026 (WFH, Rumah/tempat tinggal)\nKegiatan: Menyusun laporan bulanan November\n"), "{}", m.text);
    assert!(m.text.contains("Jumat, 04-12-2026 (WFH, Rumah/tempat tinggal)\nKegiatan: (belum dicatat)\n"), "{}", m.text);
    assert!(m.text.starts_with(&format!("Laporan kegiatan kerja di luar kantor — Desember 2026\n{} ({})", who.name, who.id_display)));
    let other = ekinerja::of_person(&mut s, &all[1].id_number, "01-12-2026", today()).unwrap();
    assert!(other.days.is_empty() && other.text.contains("Tidak ada hari kerja di luar kantor"), "{}", other.text);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("e-kinerja.xlsx");
    let saved = giliran_core::files::ekinerja::save(&mut s, "01-12-2026", &file, today()).unwrap();
    assert_eq!((saved.people, saved.days), (1, 2));
    let mut wb = open_workbook_auto(&file).unwrap();
    let sheet = wb.worksheet_range("e-Kinerja").unwrap();
    let at = |r: u32, c: u32| sheet.get_value((r, c)).cloned().unwrap_or(Data::Empty);
    assert_eq!(at(4, 5), Data::String("Kegiatan".into()));
    assert_eq!(at(5, 1), Data::String(who.name.clone()));
    let Data::DateTime(d) = at(5, 3) else { panic!("a date: {:?}", at(5, 3)) };
    assert_eq!(d.as_datetime().unwrap().date(), crate::fixture::d("03-12-2026"));
    assert_eq!(at(6, 5), Data::String("(belum dicatat)".into()));
    assert!(giliran_core::files::ekinerja::save(&mut s, "01-12-2026", &dir.path().join("x.pdf"), today()).is_err());
}
