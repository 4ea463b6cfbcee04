//! One specification per seed circular (docs/domain.md), on a concrete office: which circular
//! governs each day, and what it requires of each unit.

use crate::fixture::{d, today, Fixture};
use giliran_core::office::circulars::{self, UnitDayNeed};
use giliran_core::office::{compliance, schedule, staff, units};
use giliran_core::rules::policy::{Rule, Share};
use giliran_core::Store;

/// A unit of a test office: its name, service class, and how many people of each jabatan class.
type UnitSpec<'a> = (&'a str, &'a str, &'a [(&'a str, u32)]);

/// An office with one unit per `(name, class, [(jabatan class, how many)])`, all PNS.
fn office(spec: &[UnitSpec]) -> Store {
    let mut f = Fixture::empty();
    for (name, class, people) in spec {
        f.unit(name, class, people);
    }
    f.store()
}

fn need<'a>(all: &'a [UnitDayNeed], unit: &str, day: &str) -> &'a UnitDayNeed {
    all.iter().find(|n| n.unit_name == unit && n.date == d(day)).unwrap_or_else(|| panic!("tidak ada kebutuhan untuk {unit} pada {day}"))
}

#[test]
fn kaltim_2020_a_unit_of_12_counted_plus_2_administrators_may_have_at_most_2_counted_wfo() {
    let mut s = office(&[("Bidang Pelayanan", "layanan_publik", &[("pelaksana", 12), ("administrator", 2)])]);
    circulars::add_from_template(&mut s, "kaltim-2020", None, None, None).unwrap();
    let all = circulars::needs(&mut s, "2020-06-08", "2020-06-14").unwrap();
    assert_eq!(all.len(), 5, "Monday to Friday only");
    let n = need(&all, "Bidang Pelayanan", "2020-06-10");
    assert_eq!(n.circular, "SE Gubernur Kalimantan Timur Nomor 065/3674/B.Org");
    assert_eq!(n.not_counted, 2);
    assert_eq!((n.need.available, n.need.min, n.need.max), (12, 0, 2));
    // "Paling banyak 1/5 dari jumlah pegawai" does not say WFO: the rule is printed as read.
    assert_eq!(n.need.rule, "WFO paling banyak 1/5 (tafsiran aplikasi, bukan bunyi SE)");
    // Before it was in force, everyone worked in the office.
    let before = circulars::needs(&mut s, "2020-06-05", "2020-06-05").unwrap();
    assert_eq!(before[0].circular_key, None);
    assert_eq!(before[0].need.min, 14);
}

#[test]
fn kaltim_ppkm_2021_wfh_100_percent_with_piket_and_public_service_at_most_a_quarter() {
    let mut s = office(&[
        ("Biro Administrasi Pembangunan", "administrasi", &[("pengawas", 2), ("pelaksana", 9)]),
        ("DPMPTSP Layanan", "layanan_publik", &[("pelaksana", 40)]),
    ]);
    circulars::add_from_template(&mut s, "kaltim-2020", None, None, None).unwrap();
    circulars::add_from_template(&mut s, "kaltim-ppkm-2021", None, None, None).unwrap();
    let all = circulars::needs(&mut s, "2021-07-12", "2021-07-21").unwrap();
    // "beberapa pejabat yang jumlahnya sedikit tetap piket": at least one, a few at most, of
    // the officials only (the two pengawas here; the template's "a few" is three).
    let admin = need(&all, "Biro Administrasi Pembangunan", "2021-07-14");
    assert_eq!((admin.need.min, admin.need.max), (1, 2), "only officials on piket, one or both");
    assert_eq!(admin.piket_ids.len(), 2);
    assert!(
        admin.why.starts_with("SE bertanggal (13-07-2021 s.d. 20-07-2021) didahulukan atas aturan tetap, di antara 2 SE"),
        "{}",
        admin.why
    );
    let public = need(&all, "DPMPTSP Layanan", "2021-07-19");
    assert_eq!(public.need.max, 10);
    // Iduladha 1442 H (20-07-2021) is a holiday inside the PPKM period: nobody is planned.
    assert!(!all.iter().any(|n| n.date.to_string() == "2021-07-20"), "Iduladha is not a working day");
    // Before and after the PPKM week the 2020 circular governs again.
    assert_eq!(need(&all, "DPMPTSP Layanan", "2021-07-12").circular_key.as_deref(), Some("kaltim-2020"));
    assert_eq!(need(&all, "DPMPTSP Layanan", "2021-07-21").need.max, 8);
}

#[test]
fn kalbar_2024_essential_units_all_in_on_16_and_17_april_administration_at_least_half_everyone_in_on_the_18th() {
    let mut s = office(&[
        ("RSUD Layanan Gawat Darurat", "esensial", &[("fungsional", 20)]),
        ("Biro Organisasi", "administrasi", &[("pelaksana", 7)]),
    ]);
    circulars::add_from_template(&mut s, "kalbar-2024", None, None, None).unwrap();
    let all = circulars::needs(&mut s, "2024-04-16", "2024-04-18").unwrap();
    for day in ["2024-04-16", "2024-04-17"] {
        let e = need(&all, "RSUD Layanan Gawat Darurat", day);
        assert_eq!((e.need.min, e.need.max), (20, 20), "{day}");
        let a = need(&all, "Biro Organisasi", day);
        assert_eq!((a.need.min, a.need.max), (4, 7), "{day}");
        assert_eq!(a.need.rule, "WFH paling banyak 50%");
    }
    let back = need(&all, "Biro Organisasi", "2024-04-18");
    assert_eq!(back.circular_key, None);
    assert_eq!((back.need.min, back.need.max), (7, 7));
}

#[test]
fn ppu_2021_a_symptomatic_person_planned_wfo_is_a_breach() {
    let mut s = office(&[("Dinas Kesehatan Sekretariat", "administrasi", &[("pelaksana", 4)])]);
    circulars::add_from_template(&mut s, "ppu-2021", None, None, None).unwrap();
    let nip = nips(&mut s, "Dinas Kesehatan Sekretariat")[0].clone();
    schedule::limit(&mut s, &nip, "2021-03-15", "2021-03-16", schedule::Limit::NoWfo, "Bergejala").unwrap();
    schedule::limit(&mut s, &nip, "2021-03-17", "2021-03-17", schedule::Limit::Off, "Sakit").unwrap();
    plan(&mut s, "Dinas Kesehatan Sekretariat", "2021-03-15", "OOHH");
    plan(&mut s, "Dinas Kesehatan Sekretariat", "2021-03-16", "HOOH");
    plan(&mut s, "Dinas Kesehatan Sekretariat", "2021-03-17", "OOOO");
    let got = breaches(&mut s, "2021-03-15", "2021-03-17");
    let grouped = giliran_core::model::nip::group(&nip);
    assert_eq!(
        got,
        [
            format!("Dinas Kesehatan Sekretariat, Senin 15-03-2021: Pegawai 1 ({grouped}) dijadwalkan WFO padahal tidak boleh ke kantor (Bergejala)"),
            format!("Dinas Kesehatan Sekretariat, Rabu 17-03-2021: Pegawai 1 ({grouped}) dijadwalkan WFO padahal tidak masuk (Sakit)"),
        ]
    );
    // The sick day also leaves one fewer available in the need.
    let needs = circulars::needs(&mut s, "2021-03-17", "2021-03-17").unwrap();
    assert_eq!(needs[0].need.available, 3);
}

#[test]
fn ppu_2021_keeps_the_symptomatic_at_home_and_lets_the_kepala_opd_set_the_share() {
    let mut s = office(&[("Dinas Kesehatan Sekretariat", "administrasi", &[("pelaksana", 6)])]);
    let c = circulars::add_from_template(&mut s, "ppu-2021", None, None, None).unwrap();
    assert!(c.health_rule, "a symptomatic person is never WFO");
    assert!(c.obligations.reachability_checks);
    let all = circulars::needs(&mut s, "2021-03-10", "2021-03-23").unwrap();
    // Ten weekdays less Isra Mikraj (Thursday 11-03-2021); Nyepi fell on a Sunday.
    assert_eq!(all.len(), 9);
    assert!(!all.iter().any(|n| n.date.to_string() == "2021-03-11"));
    assert!(all.iter().all(|n| n.need.min == 0 && n.need.max == 6));
}

#[test]
fn kaltara_2020_the_offices_own_share_applies() {
    let mut s = office(&[("Bidang Umum", "administrasi", &[("pelaksana", 10)])]);
    let mut c = circulars::add_from_template(&mut s, "kaltara-2020", None, None, None).unwrap();
    for r in &mut c.rules {
        r.rule = Rule::KepalaOpd { wfo_share: Some(Share::percent(50)) };
    }
    circulars::save(&mut s, &c).unwrap();
    let all = circulars::needs(&mut s, "2020-06-15", "2020-06-15").unwrap();
    assert_eq!((all[0].need.target, all[0].need.max), (5, 5));
    assert_eq!(all[0].need.rule, "Ditetapkan Kepala OPD: WFO 50%");
    assert_eq!(circulars::history(&mut s, "kaltara-2020").unwrap().len(), 2, "the edit is kept with the first version");
}

#[test]
fn the_clerk_can_choose_which_overlapping_circular_governs() {
    let mut s = office(&[("Bidang Pelayanan", "layanan_publik", &[("pelaksana", 40)])]);
    circulars::add_from_template(&mut s, "kaltim-2020", None, None, None).unwrap();
    circulars::add_from_template(&mut s, "kaltim-ppkm-2021", None, None, None).unwrap();
    circulars::choose(&mut s, Some("kaltim-2020"), "2021-07-13", "2021-07-14").unwrap();
    let all = circulars::needs(&mut s, "2021-07-13", "2021-07-15").unwrap();
    assert_eq!(need(&all, "Bidang Pelayanan", "2021-07-14").circular_key.as_deref(), Some("kaltim-2020"));
    assert!(need(&all, "Bidang Pelayanan", "2021-07-14").why.starts_with("Dipilih petugas"));
    assert_eq!(need(&all, "Bidang Pelayanan", "2021-07-15").circular_key.as_deref(), Some("kaltim-ppkm-2021"));
    let err = circulars::choose(&mut s, Some("kaltim-ppkm-2021"), "2021-07-19", "2021-07-22").unwrap_err();
    assert!(err.to_string().contains("tidak berlaku pada 21-07-2021"), "{err}");
}

#[test]
fn holidays_are_not_working_days_and_a_period_is_checked() {
    let mut s = office(&[("Sekretariat", "administrasi", &[("pelaksana", 3)])]);
    // Idulfitri 2026: 20-24 March are holidays or cuti bersama.
    let all = circulars::needs(&mut s, "2026-03-16", "2026-03-27").unwrap();
    let days: Vec<String> = all.iter().map(|n| giliran_core::model::dates::short(n.date)).collect();
    assert_eq!(days, ["16-03-2026", "17-03-2026", "25-03-2026", "26-03-2026", "27-03-2026"]);
    let err = circulars::needs(&mut s, "2026-03-27", "2026-03-16").unwrap_err();
    assert_eq!(err.to_string(), "Tanggal akhir (16-03-2026) sebelum tanggal awal (27-03-2026).");
}

/// NIPs of a unit's staff in the order `office` made them.
fn nips(s: &mut Store, unit: &str) -> Vec<String> {
    let u = units::find(s, unit).unwrap();
    let f = giliran_core::model::StaffFilter { unit_id: Some(u.id), ..Default::default() };
    let mut all = staff::list(s, &f).unwrap();
    all.sort_by_key(|p| p.id);
    all.into_iter().map(|p| p.id_number).collect()
}

fn plan(s: &mut Store, unit: &str, day: &str, codes: &str) {
    for (nip, code) in nips(s, unit).iter().zip(codes.chars()) {
        schedule::set(s, nip, day, &code.to_string(), false).unwrap();
    }
}

fn breaches(s: &mut Store, from: &str, to: &str) -> Vec<String> {
    compliance::check(s, from, to).unwrap().into_iter().map(|b| b.message).collect()
}

#[test]
fn kalbar_2024_breaches_name_unit_day_rule_and_numbers() {
    let mut s = office(&[
        ("Biro Organisasi", "administrasi", &[("pelaksana", 8)]),
        ("RSUD Layanan Gawat Darurat", "esensial", &[("fungsional", 4)]),
    ]);
    circulars::add_from_template(&mut s, "kalbar-2024", None, None, None).unwrap();
    plan(&mut s, "Biro Organisasi", "2024-04-16", "OOOHHHHH");
    plan(&mut s, "RSUD Layanan Gawat Darurat", "2024-04-16", "OOOH");
    plan(&mut s, "Biro Organisasi", "2024-04-17", "OOOOHHHH");
    plan(&mut s, "Biro Organisasi", "2024-04-18", "OOOOOOOH");
    assert_eq!(
        breaches(&mut s, "2024-04-16", "2024-04-18"),
        [
            "Biro Organisasi, Selasa 16-04-2024: 5 dari 8 pegawai WFH (62,5%), melebihi batas WFH 50%",
            "RSUD Layanan Gawat Darurat, Selasa 16-04-2024: 1 dari 4 pegawai tidak di kantor, padahal SE mewajibkan WFO 100%",
            "Biro Organisasi, Kamis 18-04-2024: 1 dari 8 pegawai WFH, padahal tidak ada SE yang berlaku (semua pegawai WFO)",
        ]
    );
}

#[test]
fn kaltim_2020_counts_only_counted_staff_against_one_fifth() {
    // 10 pelaksana and 2 administrators: at most 2 of the 10 in the office.
    let mut s = office(&[("Bidang Pelayanan", "layanan_publik", &[("pelaksana", 10), ("administrator", 2)])]);
    circulars::add_from_template(&mut s, "kaltim-2020", None, None, None).unwrap();
    // Both administrators in, two staff in: allowed.
    plan(&mut s, "Bidang Pelayanan", "2020-06-10", "OOHHHHHHHHOO");
    // Three staff in: one too many.
    plan(&mut s, "Bidang Pelayanan", "2020-06-11", "OOOHHHHHHHHH");
    // One away: 9 available, still 1/5 of 9 = 1.
    plan(&mut s, "Bidang Pelayanan", "2020-06-12", "-OOHHHHHHHHH");
    let got = breaches(&mut s, "2020-06-10", "2020-06-12");
    assert_eq!(
        got,
        [
            "Bidang Pelayanan, Kamis 11-06-2020: 3 dari 10 pegawai WFO (30%), melebihi batas WFO 1/5 (paling banyak 2 orang)",
            "Bidang Pelayanan, Jumat 12-06-2020: 2 dari 9 pegawai WFO (22,2%), melebihi batas WFO 1/5 (paling banyak 1 orang)",
        ]
    );
}

#[test]
fn kaltim_ppkm_2021_piket_is_one_or_a_few_officials_and_nobody_else_comes_in() {
    // "beberapa pejabat yang jumlahnya sedikit tetap piket" (Kaltim, PPKM Darurat 2021).
    let mut s = office(&[(
        "Biro Administrasi Pembangunan",
        "administrasi",
        &[("administrator", 1), ("pengawas", 1), ("fungsional", 1), ("pelaksana", 1)],
    )]);
    circulars::add_from_template(&mut s, "kaltim-ppkm-2021", None, None, None).unwrap();
    plan(&mut s, "Biro Administrasi Pembangunan", "2021-07-14", "HHHH");
    plan(&mut s, "Biro Administrasi Pembangunan", "2021-07-15", "OOHH");
    plan(&mut s, "Biro Administrasi Pembangunan", "2021-07-16", "OHOH");
    assert_eq!(
        breaches(&mut s, "2021-07-14", "2021-07-16"),
        [
            "Biro Administrasi Pembangunan, Rabu 14-07-2021: tidak ada pegawai piket di kantor (paling sedikit 1 orang)",
            "Biro Administrasi Pembangunan, Jumat 16-07-2021: 1 pegawai di kantor yang tidak termasuk piket (piket hanya dari JPT Pratama, Administrator, Pengawas; yang lain WFH)",
        ],
        "two officials on piket (15-07) are within the rule; a fungsional in the office (16-07) is not"
    );
    // The planner draws the piket from the officials only.
    giliran_core::office::roster::plan_period(&mut s, "19-07-2021", "19-07-2021").unwrap();
    assert!(breaches(&mut s, "2021-07-19", "2021-07-19").is_empty());
    let week = giliran_core::office::roster::week(&mut s, "2021-W29", today()).unwrap();
    let monday: Vec<String> = week.units[0].rows.iter().map(|r| r.cells[0].clone()).collect();
    assert_eq!(monday.iter().filter(|c| *c == "WFO").count(), 1, "one piket: {monday:?}");
    assert!(monday[2..].iter().all(|c| c == "WFH"), "fungsional and pelaksana at home: {monday:?}");
}

/// Issue 17, point 4: "hari Senin wajib WFO semua" — a rule for some days of the week, in any
/// circular, before its class rules on those days; other days keep the class rule.
#[test]
fn a_monday_rule_puts_everyone_in_on_mondays_and_leaves_the_other_days_to_the_class_rule() {
    let mut s = office(&[("Biro Organisasi", "administrasi", &[("pelaksana", 8)]), ("RSUD Layanan", "esensial", &[("fungsional", 4)])]);
    let mut c = circulars::blank(today());
    c.key = "se-senin".into();
    c.number = "800/1/2027".into();
    c.title = "Senin wajib WFO".into();
    c.issuer = "Gubernur Contoh".into();
    c.valid_from = d("2027-01-04");
    c.rules = vec![giliran_core::rules::policy::ClassRule {
        service_class: giliran_core::model::ServiceClass::Administrasi.into(),
        rule: Rule::WfhMax { share: Share::percent(50) },
    }];
    c.day_rules = vec![giliran_core::model::circular::DayRule {
        days: vec![giliran_core::model::Hari::Senin],
        service_classes: vec![],
        rule: Rule::WfoAll,
    }];
    let json = c.to_json();
    assert!(json.contains("\"days\": [\n        \"senin\"\n      ]") && json.contains("\"kind\": \"wfo_all\""), "{json}");
    circulars::import(&mut s, &json, false).unwrap();
    let all = circulars::needs(&mut s, "2027-01-11", "2027-01-12").unwrap();
    let monday = need(&all, "Biro Organisasi", "2027-01-11");
    assert_eq!((monday.need.min, monday.need.max), (8, 8), "Senin: WFO 100%");
    assert_eq!(monday.need.rule, "WFO 100%");
    let tuesday = need(&all, "Biro Organisasi", "2027-01-12");
    assert_eq!((tuesday.need.min, tuesday.need.max), (4, 8), "Selasa: WFH paling banyak 50%");
    let stored = circulars::list(&mut s).unwrap();
    assert!(stored[0].rules_text.contains(&"Senin (semua kelas): WFO 100%".to_string()));
    // A day rule without its days is refused, naming the field.
    let bad = json.replace("\"senin\"", "").replace("\"days\": [\n        \n      ]", "\"days\": []");
    let err = circulars::import(&mut s, &bad.replace("se-senin", "se-lain"), false).unwrap_err();
    assert!(err.to_string().contains("Aturan hari ke-1: pilih harinya."), "{err}");
}

/// Issue 17, point 7: SE MenPAN-RB 67/2020 caps WFO by the region's risk zone — "tidak
/// terdampak 100%, rendah 75%, sedang 50%, tinggi 25%" — with the zone entered per period.
#[test]
fn menpanrb_67_2020_caps_wfo_by_the_zone_entered_for_each_period_and_says_when_there_is_none() {
    use giliran_core::office::zones;
    let mut s = office(&[("Bidang Pelayanan", "layanan_publik", &[("pelaksana", 12)])]);
    circulars::add_from_template(&mut s, "menpanrb-67-2020", None, None, None).unwrap();
    zones::set(&mut s, "07-09-2020", "kuning").unwrap();
    zones::set(&mut s, "2020-09-14", "Risiko tinggi (merah)").unwrap();
    let all = circulars::needs(&mut s, "2020-09-04", "2020-09-14").unwrap();
    let before = need(&all, "Bidang Pelayanan", "2020-09-04");
    assert!(before.need.conflict.as_deref().unwrap().starts_with("Zona risiko belum ditetapkan"), "never a guessed zone");
    let low = need(&all, "Bidang Pelayanan", "2020-09-11");
    assert_eq!(low.need.max, 9, "75% of 12");
    assert_eq!(low.need.rule, "WFO paling banyak 75% (zona risiko rendah (kuning), SE MenPAN-RB 67/2020)");
    assert_eq!(need(&all, "Bidang Pelayanan", "2020-09-14").need.max, 3, "25% of 12");
    let err = zones::set(&mut s, "15-09-2020", "ungu").unwrap_err();
    assert!(err.to_string().contains("Zona \"ungu\" tidak dikenal"), "{err}");
}

/// Issue 17, point 5: the three classes are the circulars' words, but "an office must be able
/// to name its own (e.g. "Layanan kesehatan", "Pendidikan") and give each its rule". A rule
/// for the office's class governs its units; a class the circular does not name takes the
/// rule of the standard class the office said it counts as (Kaltim 2020: esensial 100% WFO,
/// administrasi at most 1/5 WFO).
#[test]
fn a_class_of_the_offices_own_takes_its_own_rule_or_the_rule_of_the_class_it_counts_as() {
    let mut f = Fixture::empty();
    giliran_core::office::classes::add(f.store_mut(), "Layanan kesehatan", "esensial").unwrap();
    giliran_core::office::classes::add(f.store_mut(), "Pendidikan", "administrasi").unwrap();
    for (unit, class) in [("Puskesmas Sungai Kunjang", "Layanan kesehatan"), ("SD Negeri 001", "Pendidikan")] {
        f.unit(unit, class, &[("fungsional", 10)]);
    }
    let mut s = f.store();
    let mut c = giliran_core::rules::policy::templates::get("kaltim-2020").unwrap();
    c.key = "kaltim-2020-kesehatan".into();
    c.rules.push(giliran_core::rules::policy::ClassRule {
        service_class: "layanan_kesehatan".into(),
        rule: Rule::WfoMax { share: Share::percent(50), min_present: 0 },
    });
    circulars::import(&mut s, &c.to_json(), false).unwrap();
    let all = circulars::needs(&mut s, "2020-06-08", "2020-06-08").unwrap();
    let puskesmas = need(&all, "Puskesmas Sungai Kunjang", "2020-06-08");
    assert_eq!((puskesmas.need.min, puskesmas.need.max), (0, 5), "its own rule: WFO paling banyak 50%");
    assert_eq!(puskesmas.service_class.as_str(), "layanan_kesehatan");
    let sd = need(&all, "SD Negeri 001", "2020-06-08");
    assert_eq!(sd.need.max, 2, "not named: as administrasi pemerintahan, WFO paling banyak 1/5 of 10");
    let stored = circulars::get(&mut s, "kaltim-2020-kesehatan").unwrap();
    assert!(stored.rules_text.contains(&"Layanan kesehatan: WFO paling banyak 50%".to_string()), "{:?}", stored.rules_text);
    // A circular file naming a class this office does not have is refused, naming it.
    let other = c.to_json().replace("layanan_kesehatan", "pendidikan_tinggi").replace("kaltim-2020-kesehatan", "lain");
    let err = circulars::import(&mut s, &other, false).unwrap_err();
    assert!(err.to_string().contains("Kelas layanan \"pendidikan_tinggi\" belum dikenal kantor ini"), "{err}");
    // The class stays while a circular names it.
    let err = giliran_core::office::classes::remove(&mut s, "Layanan kesehatan").unwrap_err();
    assert!(err.to_string().contains("SE kaltim-2020-kesehatan"), "{err}");
}

/// Issue 30: what a template guessed is never printed as fact. The PPKM letter's number and
/// PPU's issuer are the app's inferences: the week's needs and the signed report name the
/// letter with the mark, until the clerk confirms the details from the letter.
#[test]
fn a_guessed_number_or_issuer_carries_its_mark_until_the_clerk_confirms_it() {
    use giliran_core::office::report;
    let mut s = Fixture::demo().store();
    circulars::add_from_template(&mut s, "kaltim-ppkm-2021", Some("p"), Some("01-11-2026"), Some("30-11-2026")).unwrap();
    circulars::add_from_template(&mut s, "ppu-2021", Some("u"), Some("01-12-2026"), Some("31-12-2026")).unwrap();
    let needs = circulars::needs(&mut s, "02-11-2026", "02-11-2026").unwrap();
    assert_eq!(needs[0].circular, "SE Gubernur Kalimantan Timur Nomor PPKM Darurat 2021 [nomor belum dari naskah SE]");
    let december = circulars::needs(&mut s, "01-12-2026", "01-12-2026").unwrap();
    assert!(december[0].circular.ends_with("[penerbit belum dari naskah SE]"), "{}", december[0].circular);
    let r = report::build(&mut s, "02-11-2026", "06-11-2026", today()).unwrap();
    assert_eq!(r.circulars, ["SE Gubernur Kalimantan Timur Nomor PPKM Darurat 2021 [nomor belum dari naskah SE]"]);
    assert!(r.duties.iter().all(|d| d.circular.contains("[nomor belum dari naskah SE]")));

    // The clerk has the letter: its number entered and the details confirmed.
    let mut c = circulars::get(&mut s, "p").unwrap().circular;
    c.number = "443.1/3051/B.Pem-III".into();
    c.inferred.clear();
    circulars::save(&mut s, &c).unwrap();
    let r = report::build(&mut s, "02-11-2026", "06-11-2026", today()).unwrap();
    assert_eq!(r.circulars, ["SE Gubernur Kalimantan Timur Nomor 443.1/3051/B.Pem-III"]);
}

/// Issue 30, who is counted: a letter says whom its share is of. Kaltim 2020's 1/5 is of the
/// PNS; Kalbar 2024's 50% is of the ASN (PNS and PPPK). The others stand outside the share (and
/// may still come in), as JPT and administrators do under Kaltim 2020.
#[test]
fn a_circulars_share_counts_only_the_staff_it_covers() {
    use giliran_core::model::{circular::Covers, StaffInput};
    let mut f = Fixture::empty();
    let unit = f.unit("Bidang Pelayanan", "administrasi", &[("pelaksana", 10)]);
    let s = f.store_mut();
    let others = [
        ("pppk", "199312282025212001", "IX"),
        ("pppk", "199401052025211002", "IX"),
        ("non_asn", "6472014107900002", ""),
        ("non_asn", "6472014107900003", ""),
    ];
    for (i, (kind, number, golongan)) in others.iter().enumerate() {
        let input = StaffInput {
            kind: (*kind).into(),
            id_number: (*number).into(),
            name: format!("Lainnya {i}"),
            jabatan_class: "pelaksana".into(),
            jabatan: "Staf".into(),
            golongan: (*golongan).into(),
            unit_id: Some(unit),
            ..Default::default()
        };
        staff::add(s, &input, today()).unwrap();
    }
    let kaltim = circulars::add_from_template(s, "kaltim-2020", None, None, None).unwrap();
    assert_eq!(kaltim.covers, Covers::Pns);
    let n = circulars::needs(s, "2020-06-10", "2020-06-10").unwrap().remove(0);
    assert_eq!((n.need.available, n.not_counted, n.need.max), (10, 4, 2), "1/5 of the 10 PNS");

    let kalbar = circulars::add_from_template(s, "kalbar-2024", None, None, None).unwrap();
    assert_eq!(kalbar.covers, Covers::Asn);
    let n = circulars::needs(s, "2024-04-16", "2024-04-16").unwrap().remove(0);
    assert_eq!((n.need.available, n.not_counted), (12, 2), "the 10 PNS and 2 PPPK; not the 2 Non-ASN");
    assert_eq!((n.need.min, n.need.max), (6, 12), "WFH at most half of 12");
}

/// Issue 30, overlapping circulars: precedence is explicit and said. Kalbar's letter and the
/// MenPAN-RB circular it implements were signed the same day: the regional head's governs.
/// An open-ended 2020 letter yields to a dated window, and the clerk can end it.
#[test]
fn the_regional_heads_dated_letter_governs_and_an_old_standing_one_can_be_ended() {
    let mut s = office(&[("Biro Organisasi", "administrasi", &[("pelaksana", 8)])]);
    circulars::add_from_template(&mut s, "kaltim-2020", None, None, None).unwrap();
    circulars::add_from_template(&mut s, "menpanrb-01-2024", None, None, None).unwrap();
    circulars::add_from_template(&mut s, "kalbar-2024", None, None, None).unwrap();
    let n = circulars::needs(&mut s, "2024-04-16", "2024-04-16").unwrap().remove(0);
    assert_eq!(n.circular_key.as_deref(), Some("kalbar-2024"));
    assert!(n.why.starts_with("SE kepala daerah didahulukan atas pedoman nasional yang dilaksanakannya, di antara 3 SE"), "{}", n.why);
    // 18 April 2024: only the open-ended 2020 letter is left in force.
    let n = circulars::needs(&mut s, "2024-04-18", "2024-04-18").unwrap().remove(0);
    assert_eq!(n.circular_key.as_deref(), Some("kaltim-2020"));
    let err = circulars::end(&mut s, "kaltim-2020", "01-01-2019").unwrap_err();
    assert!(err.to_string().contains("tidak dapat berakhir sebelumnya"), "{err}");
    circulars::end(&mut s, "kaltim-2020", "31-12-2022").unwrap();
    let n = circulars::needs(&mut s, "2024-04-18", "2024-04-18").unwrap().remove(0);
    assert_eq!((n.circular_key, n.need.min), (None, 8), "normal work: everyone in");
}

/// Issue 30, today's practice: Kaltim 2026 sends administration home every Friday from 13
/// February 2026 while direct-service and essential units stay in; SE MenPAN-RB 2/2026's dated
/// window overlays the office's standing flexible-work decision on its days, essential units
/// unchanged; each of the 2025–2026 letters says it comes from news reports.
#[test]
fn kaltim_2026_fridays_away_and_the_national_windows_of_2025_and_2026() {
    let mut s = office(&[
        ("Biro Organisasi", "administrasi", &[("pelaksana", 6), ("pengawas", 1)]),
        ("UPTD Samsat", "layanan_publik", &[("pelaksana", 5)]),
    ]);
    for key in ["menpanrb-02-2025", "menpanrb-03-2025", "menpanrb-b531-2025", "menpanrb-02-2026", "kaltim-2026"] {
        let c = giliran_core::rules::policy::templates::get(key).unwrap_or_else(|| panic!("{key}"));
        assert!(c.source.starts_with("Dari pemberitaan"), "{key}: {}", c.source);
        assert!(c.inferred_note().is_some(), "{key}");
    }
    circulars::add_from_template(&mut s, "kaltim-2026", None, None, None).unwrap();
    let friday = circulars::needs(&mut s, "2026-02-20", "2026-02-20").unwrap();
    let admin = need(&friday, "Biro Organisasi", "2026-02-20");
    assert_eq!((admin.need.min, admin.need.max), (0, 0), "everyone at home on Friday: {}", admin.need.rule);
    assert_eq!(need(&friday, "UPTD Samsat", "2026-02-20").need.min, 5, "direct service stays in");
    let thursday = circulars::needs(&mut s, "2026-02-19", "2026-02-19").unwrap();
    assert_eq!(need(&thursday, "Biro Organisasi", "2026-02-19").need.min, 7, "other days as normal");

    circulars::add_from_template(&mut s, "menpanrb-02-2026", None, None, None).unwrap();
    let window = circulars::needs(&mut s, "2026-03-16", "2026-03-16").unwrap();
    let admin = need(&window, "Biro Organisasi", "2026-03-16");
    assert_eq!(admin.circular_key.as_deref(), Some("menpanrb-02-2026"));
    assert!(admin.why.starts_with("SE bertanggal (16-03-2026 s.d. 27-03-2026) didahulukan atas aturan tetap"), "{}", admin.why);
    assert_eq!(need(&window, "UPTD Samsat", "2026-03-16").need.min, 5, "essential and direct service unchanged");
    let after = circulars::needs(&mut s, "2026-03-30", "2026-03-30").unwrap();
    assert_eq!(need(&after, "Biro Organisasi", "2026-03-30").circular_key.as_deref(), Some("kaltim-2026"));
}

/// Issue 30, Kaltim 2026's call rule: "tidak menjawab 3 panggilan dalam 30 menit" reports the
/// person for discipline. Three unanswered calls 29 minutes apart break it; three spread over
/// 45 minutes do not (they are still two or more misses in the month, flagged as before).
#[test]
fn three_unanswered_calls_within_thirty_minutes_report_the_person_for_discipline() {
    use giliran_core::office::reach;
    let mut f = Fixture::empty();
    f.unit("Biro Organisasi", "administrasi", &[("pelaksana", 2)]);
    let s = f.store_mut();
    circulars::add_from_template(s, "kaltim-2026", None, None, None).unwrap();
    let people = staff::list(s, &Default::default()).unwrap();
    let (a, b) = (&people[0].id_number, &people[1].id_number);
    for (who, at) in [(a, "09:00"), (a, "09:12"), (a, "09:29"), (b, "09:00"), (b, "09:20"), (b, "09:45")] {
        reach::record(s, who, "20-02-2026", at, false, "tidak diangkat", chrono::NaiveTime::MIN).unwrap();
    }
    let log = reach::month(s, "20-02-2026").unwrap();
    let flag = |nip: &str| log.flagged.iter().find(|f| f.id_number == nip).unwrap();
    assert_eq!(flag(a).discipline_days, ["20-02-2026"]);
    assert!(
        flag(a).message.contains(
            "20-02-2026: tidak menjawab 3 panggilan dalam 30 menit dilaporkan untuk pembinaan disiplin (SE Gubernur Kalimantan Timur Nomor 100.3.4/739/B.ORG-III/2026)"
        ),
        "{}",
        flag(a).message
    );
    assert!(flag(b).discipline_days.is_empty(), "45 minutes apart: {}", flag(b).message);
    assert_eq!(flag(b).unreached, 3);

    // On the days SE MenPAN-RB 2/2026 governs (its dated window over Kaltim's standing letter)
    // the rule of the letter that does not govern is not applied.
    circulars::add_from_template(s, "menpanrb-02-2026", None, None, None).unwrap();
    for at in ["09:00", "09:10", "09:20"] {
        reach::record(s, a, "16-03-2026", at, false, "tidak diangkat", chrono::NaiveTime::MIN).unwrap();
    }
    let march = reach::month(s, "16-03-2026").unwrap();
    let flag = march.flagged.iter().find(|f| &f.id_number == a).unwrap();
    assert!(flag.discipline_days.is_empty(), "{}", flag.message);
}

/// Issue 30, Kaltim 2026's online presence: on a Friday away each person checks in within
/// 06:30–07:30 and within 11:00–13:00; plan against actual names the window missed.
#[test]
fn a_friday_away_under_kaltim_2026_is_checked_against_its_two_presence_windows() {
    use giliran_core::office::actual::{self, Gap};
    use giliran_core::office::presence::{self, DaySaid, FileDays, Mark};
    use giliran_core::office::roster;
    let mut f = Fixture::empty();
    f.unit("Biro Organisasi", "administrasi", &[("pelaksana", 3)]);
    let s = f.store_mut();
    circulars::add_from_template(s, "kaltim-2026", None, None, None).unwrap();
    roster::plan_period(s, "20-02-2026", "20-02-2026").unwrap();
    let people = staff::list(s, &Default::default()).unwrap();
    let friday = d("2026-02-20");
    let mut file = FileDays::default();
    for (who, times) in [(0, ["07:05", "11:30"]), (1, ["07:05", "14:00"])] {
        let id = people[who].id;
        file.stamps.insert(id, times.iter().map(|t| friday.and_time(chrono::NaiveTime::parse_from_str(t, "%H:%M").unwrap())).collect());
        file.said.insert((id, friday), DaySaid { code: Some(Mark::Wfh), ..Default::default() });
    }
    presence::merge_punches(s, &file, ("test.windows", "1"), &|_| {}).unwrap();
    let c = actual::compare(s, friday, friday, &Default::default(), d("2026-02-23")).unwrap();
    let gap_of = |i: usize| c.rows.iter().find(|m| m.name == people[i].name).map(|m| (m.gap, m.recorded.clone()));
    assert_eq!(gap_of(0), None, "both windows kept");
    assert_eq!(gap_of(1), Some((Gap::MissedWindow, "tidak ada presensi pukul 11:00–13:00".to_string())));
    assert_eq!(gap_of(2).map(|g| g.0), Some(Gap::NoCheckIn));
}

/// Issue 30, Kaltim 2026 in Ramadan ("Ramadan 07.00-08.00"): on a Friday inside the office's
/// Ramadan dates the morning window is 07:00–08:00; a 06:45 check-in no longer keeps it.
#[test]
fn in_ramadan_kaltim_2026_checks_the_morning_window_at_seven() {
    use giliran_core::office::actual::{self, Gap};
    use giliran_core::office::presence::{self, DaySaid, FileDays, Mark};
    use giliran_core::office::roster;
    let mut f = Fixture::empty();
    f.unit("Biro Organisasi", "administrasi", &[("pelaksana", 2)]);
    let s = f.store_mut();
    circulars::add_from_template(s, "kaltim-2026", None, None, None).unwrap();
    let windows: Vec<String> =
        giliran_core::rules::policy::templates::get("kaltim-2026").unwrap().obligations.presence_windows.iter().map(|w| w.text()).collect();
    assert_eq!(windows, ["06:30–07:30 (di luar Ramadan)", "11:00–13:00", "07:00–08:00 (Ramadan)"]);
    let friday = d("2026-02-27");
    assert!(presence::hours(s).unwrap().season_on(friday).is_some(), "27 February 2026 is in Ramadan 1447 H");
    roster::plan_period(s, "27-02-2026", "27-02-2026").unwrap();
    let people = staff::list(s, &Default::default()).unwrap();
    let mut file = FileDays::default();
    for (who, times) in [(0, ["07:30", "11:30"]), (1, ["06:45", "11:30"])] {
        let id = people[who].id;
        file.stamps.insert(id, times.iter().map(|t| friday.and_time(chrono::NaiveTime::parse_from_str(t, "%H:%M").unwrap())).collect());
        file.said.insert((id, friday), DaySaid { code: Some(Mark::Wfh), ..Default::default() });
    }
    presence::merge_punches(s, &file, ("test.ramadan", "1"), &|_| {}).unwrap();
    let c = actual::compare(s, friday, friday, &Default::default(), d("2026-03-02")).unwrap();
    let gap_of = |i: usize| c.rows.iter().find(|m| m.name == people[i].name).map(|m| (m.gap, m.recorded.clone()));
    assert_eq!(gap_of(0), None, "07:30 is within Ramadan's 07:00–08:00");
    assert_eq!(gap_of(1), Some((Gap::MissedWindow, "tidak ada presensi pukul 07:00–08:00 (Ramadan)".to_string())));
}

/// Issue 30: Kaltim's Lebaran 2026 letter is a dated regional window: on 16 March 2026 it
/// governs over both Kaltim's standing Friday letter and SE MenPAN-RB 2/2026's national window,
/// and says why; its days are marked as the app's reading.
#[test]
fn kaltim_lebaran_2026_governs_its_days_over_the_national_window() {
    let mut s = office(&[("Biro Organisasi", "administrasi", &[("pelaksana", 6)])]);
    for key in ["kaltim-2026", "menpanrb-02-2026", "kaltim-lebaran-2026"] {
        circulars::add_from_template(&mut s, key, None, None, None).unwrap();
    }
    let day = circulars::needs(&mut s, "2026-03-16", "2026-03-16").unwrap();
    let n = need(&day, "Biro Organisasi", "2026-03-16");
    assert_eq!(n.circular_key.as_deref(), Some("kaltim-lebaran-2026"));
    assert!(n.why.starts_with("SE kepala daerah didahulukan atas pedoman nasional"), "{}", n.why);
    assert!(n.need.rule.ends_with("(tafsiran aplikasi, bukan bunyi SE)"), "{}", n.need.rule);
    let after = circulars::needs(&mut s, "2026-03-30", "2026-03-30").unwrap();
    assert_eq!(need(&after, "Biro Organisasi", "2026-03-30").circular_key.as_deref(), Some("kaltim-2026"));
}

/// Issue 30: Jatim, March 2025, sets caps per group of offices: 100% in for health, social,
/// transport, Satpol PP and BPBD; at most 50% away for the listed offices; 25% for the rest.
/// Each OPD takes its group's template; essential units stay in whatever the group.
#[test]
fn jatim_2025_caps_each_group_of_offices() {
    let spec: &[UnitSpec] = &[("Bidang Aplikasi", "administrasi", &[("pelaksana", 8)]), ("UPT Layanan", "esensial", &[("pelaksana", 4)])];
    for (key, admin_min, admin_max) in [("jatim-2025-layanan", 8, 8), ("jatim-2025-50", 4, 8), ("jatim-2025-25", 6, 8)] {
        let mut s = office(spec);
        circulars::add_from_template(&mut s, key, None, None, None).unwrap();
        let all = circulars::needs(&mut s, "2025-03-24", "2025-03-24").unwrap();
        let admin = need(&all, "Bidang Aplikasi", "2025-03-24");
        assert_eq!((admin.need.min, admin.need.max), (admin_min, admin_max), "{key}: {}", admin.need.rule);
        assert_eq!(need(&all, "UPT Layanan", "2025-03-24").need.min, 4, "{key}: essential stays in");
        assert!(admin.circular.ends_with("[nomor belum dari naskah SE]"), "{}", admin.circular);
    }
}

/// Issue 30, who decides in a Pemda: the regional head's letter governs every OPD; the Kepala
/// OPD's decision inside it holds only while it is in force, governs its days over it, and
/// may be stricter, never looser (checked on what each asks of every class and unit size).
#[test]
fn an_opd_decision_inside_the_governors_letter_may_be_stricter_never_looser() {
    use giliran_core::rules::policy::{templates, ClassRule, Rule, Share};
    let mut s =
        office(&[("Bidang Aplikasi", "administrasi", &[("pelaksana", 10)]), ("UPT Layanan", "layanan_publik", &[("pelaksana", 4)])]);
    circulars::add_from_template(&mut s, "kalbar-2024", None, None, None).unwrap();
    let mut opd = templates::get("fleksibel-2025").unwrap();
    opd.key = "keputusan-opd-2024".into();
    opd.valid_from = d("2024-04-01");
    opd.signed_on = d("2024-04-01");
    opd.within = Some("kalbar-2024".into());
    opd.day_rules.clear();
    // Every class 30% away: the governor keeps public service 100% in, so this is looser.
    let Err(giliran_core::Error::Invalid(e)) = circulars::save(&mut s, &opd) else { panic!("accepted a looser decision") };
    let said: Vec<String> = e.iter().map(|f| f.message.clone()).collect();
    assert!(said[0].starts_with("Keputusan Kepala OPD melaksanakan SE kepala daerah di dalam batasnya"), "{said:?}");
    assert!(
        said.iter().any(|m| m.starts_with("Layanan publik pada hari selasa: untuk 4 pegawai SE Penjabat Gubernur Kalimantan Barat Nomor 800/01/Prov meminta 4–4 orang WFO, keputusan ini 3–4.")),
        "{said:?}"
    );
    // Administration only, 30% away: inside the governor's 50%.
    opd.rules = vec![ClassRule { service_class: "administrasi".into(), rule: Rule::Flexible { away_max: Share::percent(30) } }];
    circulars::save(&mut s, &opd).unwrap();
    let days = circulars::needs(&mut s, "2024-04-16", "2024-04-18").unwrap();
    let tuesday = need(&days, "Bidang Aplikasi", "2024-04-16");
    assert_eq!(tuesday.circular_key.as_deref(), Some("keputusan-opd-2024"));
    assert!(tuesday.why.starts_with("Keputusan Kepala OPD melaksanakan SE Penjabat Gubernur Kalimantan Barat"), "{}", tuesday.why);
    assert_eq!((tuesday.need.min, tuesday.need.max), (7, 10));
    // The governor's letter ends on 17 April: the decision inside it no longer holds.
    assert_eq!(need(&days, "Bidang Aplikasi", "2024-04-18").circular_key, None);
    // 60% away would be looser than the governor's 50% from a unit of 5.
    opd.rules[0].rule = Rule::Flexible { away_max: Share::percent(60) };
    let Err(giliran_core::Error::Invalid(e)) = circulars::save(&mut s, &opd) else { panic!("accepted 60%") };
    assert!(e.iter().any(|f| f.message.contains("untuk 5 pegawai")), "{e:?}");
}

/// Issue 30, SE MenPAN-RB 58/2020's PSBB rule as a rule: in a region under PSBB everyone
/// works at home except the tasks that must be done in the office (the office names who, from
/// any class); essential services keep their rule; outside PSBB the Kepala OPD's share holds.
#[test]
fn se_58_2020_sends_a_psbb_region_home_except_the_tasks_that_need_the_office() {
    use giliran_core::office::zones;
    let mut s = office(&[("Bidang Aplikasi", "administrasi", &[("pelaksana", 10)]), ("UPT Layanan", "esensial", &[("pelaksana", 4)])]);
    circulars::add_from_template(&mut s, "menpanrb-58-2020", None, None, None).unwrap();
    zones::psbb_add(&mut s, "08-06-2020", "12-06-2020").unwrap();
    let err = zones::psbb_add(&mut s, "10-06-2020", "20-06-2020").unwrap_err();
    assert!(err.to_string().contains("bertumpang tindih dengan 08-06-2020 s.d. 12-06-2020"), "{err}");
    let all = circulars::needs(&mut s, "2020-06-12", "2020-06-15").unwrap();
    let under = need(&all, "Bidang Aplikasi", "2020-06-12");
    assert_eq!((under.need.min, under.need.max), (0, 10), "{}", under.need.rule);
    assert_eq!(under.need.rule, "Wilayah PSBB: WFH, kecuali tugas yang harus di kantor (piket sesuai kebutuhan)");
    let essential = need(&all, "UPT Layanan", "2020-06-12");
    assert!(!essential.need.rule.contains("PSBB"), "{}", essential.need.rule);
    let after = need(&all, "Bidang Aplikasi", "2020-06-15");
    assert!(!after.need.rule.contains("PSBB"), "{}", after.need.rule);
    let c = giliran_core::rules::policy::templates::get("menpanrb-58-2020").unwrap();
    let text = c.quota_text(&giliran_core::model::class::ClassBook::new(Vec::new()));
    assert!(text.iter().any(|t| t.starts_with("Di wilayah PSBB, administrasi pemerintahan: ")), "{text:?}");
}
