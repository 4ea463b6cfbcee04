//! The day's work from a script: presence, machine import, reachability calls and WFH notes
//! with `giliran presence|reach|activity`, the same core functions as the window.

use giliran_tests::Cli;

fn office() -> Cli {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k26", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "16-11-2026", "--to", "20-11-2026"]);
    cli
}

/// NIPs of the Sekretariat's rows in the week's JSON.
fn nips(cli: &Cli) -> Vec<String> {
    let week = cli.json(&["schedule", "--week", "2026-W47"]);
    week["units"][0]["rows"].as_array().unwrap().iter().map(|r| r["id_display"].as_str().unwrap().replace(' ', "")).collect()
}

#[test]
fn a_clerk_records_a_morning_by_script_and_leave_ahead_asks_for_replanning() {
    let cli = office();
    let nip = nips(&cli);
    assert_eq!(cli.ok(&["presence", "fill", "16-11-2026", "--unit", "Sekretariat"]).trim(), "15 pegawai dicatat sesuai jadwal.");
    cli.ok(&["presence", "set", &nip[2], "16-11-2026", "H", "--in", "08.05", "--out", "16:00"]);
    let sheet = cli.json(&["presence", "list", "--date", "16-11-2026", "--unit", "Sekretariat"]);
    let row = sheet["rows"].as_array().unwrap().iter().find(|r| r["id_number"] == nip[2].as_str()).unwrap();
    assert_eq!(row["code"], "H");
    assert_eq!(row["check_in"], "08:05");
    assert_eq!(row["late"], "TL2");
    let out = cli.ok(&["presence", "set", &nip[3], "17-11-2026", "C", "--kind", "CT", "--until", "19-11-2026"]);
    assert!(out.contains("Cuti pada 3 hari kerja"), "{out}");
    let err = cli.refused(&["presence", "set", &nip[3], "17-11-2026", "C"]);
    assert!(err.contains("--kind: Jenis cuti wajib diisi"), "{err}");
    let err = cli.refused(&["presence", "hours", "--bands", "30,20"]);
    assert!(err.contains("tiga batas menit"), "{err}");
}

#[test]
fn a_machine_export_with_a_bad_row_is_refused_by_row_number_and_the_database_is_untouched() {
    let cli = office();
    let nip = nips(&cli);
    let file = cli.dir.path().join("mesin.csv");
    std::fs::write(&file, format!("NIP,Waktu\n{},16-11-2026 07:31\n1234,16-11-2026 07:40\n{},kemarin\n", nip[1], nip[2])).unwrap();
    let before = std::fs::read(&cli.db).unwrap();
    let err = cli.refused(&["presence", "import", file.to_str().unwrap()]);
    assert!(err.contains("Baris 3: ID \"1234\" tidak dikenal"), "{err}");
    assert!(err.contains("Baris 4: kolom Waktu \"kemarin\" tidak dapat dibaca"), "{err}");
    assert!(!err.contains("--row") && !err.contains("--file"), "the clerk is spoken to, not given flags: {err}");
    assert_eq!(std::fs::read(&cli.db).unwrap(), before, "nothing half-imported");
    std::fs::write(&file, format!("NIP,Waktu\n{},16-11-2026 07:31\n{},16-11-2026 16:20\n", nip[1], nip[1])).unwrap();
    let preview = cli.ok(&["presence", "import", file.to_str().unwrap(), "--preview"]);
    assert!(preview.contains("2 baris, 2 catatan waktu (0 sudah pernah diimpor), 1 hari-pegawai"), "{preview}");
    assert_eq!(std::fs::read(&cli.db).unwrap(), before, "a preview writes nothing");
    let out = cli.ok(&["presence", "import", file.to_str().unwrap()]);
    assert!(out.contains("2 catatan baru"), "{out}");
    let again = cli.ok(&["presence", "import", file.to_str().unwrap()]);
    assert!(again.contains("0 catatan baru, 2 sudah pernah diimpor"), "{again}");
}

#[test]
fn unreachable_wfh_staff_are_flagged_after_two_misses_and_missing_notes_are_listed() {
    let cli = office();
    let sample = cli.json(&["reach", "sample", "--date", "17-11-2026", "--size", "2"]);
    assert_eq!(sample["people"].as_array().unwrap().len(), 2);
    let who = sample["people"][0]["id_number"].as_str().unwrap().to_string();
    assert_eq!(cli.json(&["reach", "sample", "--date", "17-11-2026", "--size", "2"])["people"], sample["people"]);
    let err = cli.refused(&["reach", "record", &who, "--date", "17-11-2026", "--unreached"]);
    assert!(err.contains("Tulis keterangan"), "{err}");
    cli.ok(&["reach", "record", &who, "--date", "17-11-2026", "--at", "09:00", "--unreached", "--note", "tidak diangkat"]);
    cli.ok(&["reach", "record", &who, "--date", "18-11-2026", "--at", "10:00", "--unreached", "--note", "nomor tidak aktif"]);
    let list = cli.ok(&["reach", "list", "--from", "16-11-2026", "--to", "20-11-2026"]);
    assert!(list.contains("DITANDAI:") && list.contains("tidak dapat dihubungi 2 kali: 17-11-2026, 18-11-2026"), "{list}");
    let history = cli.ok(&["reach", "list", "--staff", &who]);
    assert_eq!(history.lines().filter(|l| l.contains("Tidak dapat dihubungi")).count(), 2, "{history}");

    let missing = cli.json(&["activity", "list", "--from", "16-11-2026", "--to", "16-11-2026", "--missing"]);
    let first = missing[0]["id_number"].as_str().unwrap().to_string();
    let n = missing.as_array().unwrap().len();
    cli.ok(&["activity", "add", &first, "Menyusun bahan rapat koordinasi", "--date", "16-11-2026"]);
    let after = cli.json(&["activity", "list", "--from", "16-11-2026", "--to", "16-11-2026", "--missing"]);
    assert_eq!(after.as_array().unwrap().len(), n - 1);
    let notes = cli.ok(&["activity", "list", "--from", "16-11-2026", "--to", "16-11-2026"]);
    assert!(notes.contains("Menyusun bahan rapat koordinasi"), "{notes}");
}

/// Issue 29, plan against actual: on Monday 16 November the Sekretariat's plan is compared with
/// what was recorded — one in the office as planned, one planned in who never came, one planned
/// in who worked from home, one at home who checked in, one at home who never did, one sick —
/// and the unit's figures equal the hand count. An outage the next day keeps that day out.
#[test]
fn plan_against_actual_names_each_gap_and_leaves_outage_days_out() {
    let cli = office();
    let week = cli.json(&["schedule", "--week", "2026-W47", "--unit", "Sekretariat"]);
    let rows = week["units"][0]["rows"].as_array().unwrap();
    let on_monday = |code: &str| -> Vec<String> {
        rows.iter().filter(|r| r["cells"][0] == code).map(|r| r["id_display"].as_str().unwrap().replace(' ', "")).collect()
    };
    let (office_days, home_days) = (on_monday("WFO"), on_monday("WFH"));
    assert!(office_days.len() >= 4 && home_days.len() >= 2, "{office_days:?} {home_days:?}");
    let monday = "16-11-2026";
    cli.ok(&["presence", "set", &office_days[0], monday, "H", "--in", "07:25", "--out", "16:05"]);
    cli.ok(&["presence", "set", &office_days[2], monday, "WFH", "--in", "07:40"]);
    cli.ok(&["presence", "set", &office_days[3], monday, "S"]);
    cli.ok(&["presence", "set", &home_days[0], monday, "WFH", "--in", "07:35", "--out", "16:00"]);
    // office_days[1] never came; home_days[1] never checked in.
    let c = cli.json(&["actual", "--from", monday, "--to", monday, "--unit", "Sekretariat"]);
    assert_eq!(c["units"].as_array().unwrap().len(), 1, "only the unit chosen");
    let unit = c["units"][0].clone();
    assert_eq!(unit["unit_name"], "Sekretariat");
    let planned = (office_days.len() + home_days.len()) as u64;
    assert_eq!(unit["planned"], planned);
    assert_eq!(unit["held"], 2, "in the office as planned, and at home with a check-in");
    assert_eq!(unit["excused"], 1, "sick");
    assert_eq!(unit["parted"], planned - 3);
    let gap_of = |nip: &str| -> String {
        c["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id_display"].as_str().unwrap().replace(' ', "") == nip)
            .map_or("-".into(), |m| m["gap"].as_str().unwrap().to_string())
    };
    assert_eq!(gap_of(&office_days[1]), "absent");
    assert_eq!(gap_of(&office_days[2]), "worked_away");
    assert_eq!(gap_of(&home_days[1]), "no_check_in");
    assert_eq!(gap_of(&office_days[0]), "-");
    assert!(c["rows"].as_array().unwrap().iter().all(|m| m["unit_name"] == "Sekretariat"), "the unit filter");
    let only = cli.json(&["actual", "--from", monday, "--to", monday, "--gap", "worked_away"]);
    assert_eq!(only["rows"].as_array().unwrap().len(), 1);
    assert_eq!(only["rows_total"], 1);

    // The e-presensi server was down on Tuesday: nobody is counted absent that day.
    let err = cli.refused(&["outage", "add", "--date", "17-11-2026", "--from-time", "10:00", "--to-time", "08:00", "--note", "x"]);
    assert!(err.contains("--to-time: Jam selesai gangguan harus setelah jam mulainya"), "{err}");
    let err = cli.refused(&["outage", "add", "--date", "08-12-2026", "--note", "Server mati"]);
    assert!(err.contains("belum tiba"), "{err}");
    let added = cli.ok(&[
        "outage",
        "add",
        "--date",
        "17-11-2026",
        "--system",
        "e-presensi",
        "--note",
        "Server e-presensi tidak dapat diakses",
        "--evidence",
        "Foto daftar hadir kertas",
    ]);
    assert!(added.contains("Selasa 17-11-2026, e-presensi (seluruh kantor): Server e-presensi tidak dapat diakses"), "{added}");
    let two = cli.json(&["actual", "--from", monday, "--to", "17-11-2026", "--unit", "Sekretariat"]);
    let unit2 = two["units"].as_array().unwrap().iter().find(|u| u["unit_name"] == "Sekretariat").unwrap().clone();
    assert_eq!(unit2["planned"], planned, "Tuesday is left out");
    assert_eq!(two["outages"].as_array().unwrap().len(), 1);
    let text = cli.ok(&["actual", "--from", monday, "--to", "17-11-2026"]);
    assert!(text.contains("Gangguan sistem (tidak dihitung): Selasa 17-11-2026"), "{text}");
    // The day's presence sheet says its records are the paper register's.
    let sheet = cli.json(&["presence", "list", "--date", "17-11-2026"]);
    assert_eq!(sheet["outages"].as_array().unwrap().len(), 1);
    assert!(sheet["rows"].as_array().unwrap().iter().all(|r| r["paper"] == true), "the whole office");
    assert!(cli.json(&["presence", "list", "--date", monday])["rows"][0]["paper"] == false);
    let listed = cli.ok(&["presence", "list", "--date", "17-11-2026"]);
    assert!(listed.contains("Gangguan sistem: Selasa 17-11-2026, e-presensi (seluruh kantor)"), "{listed}");
}

/// Issue 30, Perpres 21/2023: the clerk sets the rest and the week's hours and confirms
/// Ramadan's dates; a week short of its hours shows on the day's list.
#[test]
fn working_hours_and_ramadan_are_set_from_the_command_line_and_a_short_week_is_listed() {
    let cli = office();
    let nip = nips(&cli);
    let out = cli.ok(&["presence", "hours"]);
    assert!(out.contains("Jam kerja biasa: Senin–Jumat 37 jam 30 menit bersih, sesuai 37 jam 30 menit seminggu."), "{out}");
    assert!(out.contains("Ramadan 1447 H: 19-02-2026–20-03-2026 (tanggal perkiraan)"), "{out}");
    let out = cli.ok(&["presence", "hours", "--rest", "30"]);
    assert!(out.contains("Senin–Jumat 39 jam 30 menit bersih, lebih 2 jam dari 37 jam 30 menit seminggu."), "{out}");
    let out = cli.ok(&["presence", "season", "Ramadan 1447 H", "--from", "18-02-2026"]);
    assert!(out.contains("Ramadan 1447 H: 18-02-2026–20-03-2026, masuk 08:00"), "{out}");
    let err = cli.refused(&["presence", "season", "Ramadan Kedua", "--from", "01-03-2026", "--to", "05-03-2026"]);
    assert!(err.contains("Masa Ramadan Kedua bertumpang tindih dengan Ramadan 1447 H."), "{err}");
    let err = cli.refused(&["presence", "hours", "--week-hours", "tiga puluh"]);
    assert!(err.contains("--week-hours: Jam kerja seminggu \"tiga puluh\" tidak valid"), "{err}");

    cli.ok(&["presence", "set", &nip[0], "16-11-2026", "H", "--in", "08:00", "--out", "15:00"]);
    let out = cli.ok(&["presence", "list", "--date", "16-11-2026"]);
    let line = out.lines().find(|l| l.contains(&nip[0][..8])).unwrap_or_default();
    assert!(line.contains("6 jam 30 menit dari 8 jam (kurang 1 jam 30 menit)"), "{out}");
}
