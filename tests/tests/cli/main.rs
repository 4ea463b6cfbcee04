//! The `giliran` CLI as a script uses it: the same rules as the window, Indonesian messages
//! on stderr, exit status 1 for refused input, and a database left as it was.

// The other black-box areas, in this one binary (one link; the Windows pass runs it under Wine).
mod circulars;
mod evaluation;
mod office_files;
mod presence;
mod report;

use giliran_tests::Cli;

fn db_bytes(cli: &Cli) -> Vec<u8> {
    std::fs::read(&cli.db).expect("berkas basis data")
}

#[test]
fn a_person_added_from_the_cli_is_listed_as_table_csv_and_json() {
    let cli = Cli::new();
    cli.ok(&["units", "add", "Bidang Pelayanan", "--class", "layanan_publik"]);
    cli.ok(&["units", "add", "Seksi Informasi", "--parent", "Bidang Pelayanan"]);
    let out = cli.ok(&[
        "staff",
        "add",
        "--kind",
        "pns",
        "--number",
        "19850312 201001 1 003",
        "--name",
        "Dr. Siti Aminah, S.E., M.Si.",
        "--jabatan-class",
        "administrator",
        "--jabatan",
        "Kepala Bidang Pelayanan",
        "--golongan",
        "IV/a",
        "--unit",
        "Seksi Informasi",
        "--phone",
        "0812-3456-7890",
    ]);
    assert!(out.contains("Pegawai ditambahkan: Dr. Siti Aminah, S.E., M.Si. (19850312 201001 1 003)"), "{out}");

    let table = cli.ok(&["staff", "list"]);
    assert!(table.contains("19850312 201001 1 003"), "{table}");
    assert!(table.contains("Pembina (IV/a)"), "{table}");

    let csv = cli.ok(&["staff", "list", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("No,NIP/NIK,Nama,Jenis,Jabatan,Pangkat/Gol.,Unit kerja,Tim/Seksi,Telepon,Status"));
    assert_eq!(
        lines.next(),
        Some("1,19850312 201001 1 003,\"Dr. Siti Aminah, S.E., M.Si.\",PNS,Kepala Bidang Pelayanan,Pembina (IV/a),Bidang Pelayanan,Seksi Informasi,0812-3456-7890,aktif")
    );

    let json = cli.json(&["staff", "list"]);
    assert_eq!(json[0]["id_number"], "198503122010011003");
    assert_eq!(json[0]["team_name"], "Seksi Informasi");
    assert_eq!(json[0]["kind"], "pns");
}

#[test]
fn bad_input_is_refused_in_indonesian_and_leaves_the_database_byte_for_byte_unchanged() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let before = db_bytes(&cli);
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "staff",
                "add",
                "--kind",
                "pns",
                "--number",
                "19851332 201001 1 003",
                "--name",
                "Budi",
                "--jabatan-class",
                "pelaksana",
                "--jabatan",
                "Staf",
                "--unit",
                "Sekretariat",
            ],
            "--number: Tanggal lahir pada NIP tidak valid: 19851332.",
        ),
        (
            &[
                "staff",
                "add",
                "--kind",
                "pns",
                "--number",
                "19700512 199603 1 004",
                "--name",
                "Budi",
                "--jabatan-class",
                "pelaksana",
                "--jabatan",
                "Staf",
                "--unit",
                "Sekretariat",
            ],
            "NIP 19700512 199603 1 004 sudah dipakai oleh Dr. H. Ahmad Rizali Fahmi, S.Sos., M.Si. (Sekretariat).",
        ),
        (
            &[
                "staff",
                "add",
                "--kind",
                "pppk",
                "--number",
                "199312282025212001",
                "--name",
                "Ani",
                "--jabatan-class",
                "fungsional",
                "--jabatan",
                "Analis",
                "--golongan",
                "III/a",
                "--unit",
                "Sekretariat",
            ],
            "--golongan: Golongan PPPK tidak dikenal: \"III/a\".",
        ),
        (&["staff", "add", "--kind", "pns", "--unit", "Bidang Tidak Ada"], "Unit kerja \"Bidang Tidak Ada\" tidak ditemukan."),
        (&["staff", "edit", "197005121996031004", "--phone", "12345"], "--phone: Nomor telepon tidak valid: \"12345\"."),
        (&["staff", "deactivate", "99999999"], "Pegawai dengan nomor \"99999999\" tidak ditemukan."),
        (&["units", "delete", "Sekretariat"], "Sekretariat tidak dapat dihapus karena masih berisi 15 pegawai dan 2 tim/seksi."),
        (&["units", "add", "sekretariat", "--class", "administrasi"], "Unit kerja \"Sekretariat\" sudah ada."),
        (
            &["units", "add", "Bidang Baru", "--class", "hiburan"],
            "Kelas layanan \"hiburan\" tidak dikenal; pilih salah satu: Esensial, Layanan publik, Administrasi pemerintahan.",
        ),
        (&["units", "move", "Sekretariat", "--parent", "Bidang Aplikasi Informatika"], "Sekretariat masih memiliki 2 tim/seksi"),
        (&["office", "set", "--email", "diskominfo@kaltimprov"], "--email: Alamat surel tidak valid: \"diskominfo@kaltimprov\"."),
        (&["office", "set", "--head-nip", "19700512 199613 1 004"], "--head-nip: Bulan TMT CPNS pada NIP tidak valid: 199613."),
        (&["demo"], "Data contoh hanya dapat dimuat ke basis data yang masih kosong"),
    ];
    for (args, want) in cases {
        let err = cli.refused(args);
        assert!(err.contains(want), "giliran {args:?}: stderr tidak memuat {want:?}:\n{err}");
        assert!(!err.contains("rusqlite") && !err.contains("panicked"), "{err}");
        assert_eq!(db_bytes(&cli), before, "giliran {args:?} mengubah basis data");
    }
}

#[test]
fn wrong_usage_is_explained_in_indonesian_with_status_2() {
    let cli = Cli::new();
    let out = cli.run(&["staff", "tambah"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Kesalahan pemakaian: perintah tidak dikenal: tambah."), "{err}");
    let out = cli.run(&["staff", "list", "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nilai \"pdf\" tidak sah untuk --format"), "{err}");
}

#[test]
fn a_database_from_a_newer_giliran_is_refused_and_not_touched() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    // Stamp the file as written by a future schema, as a newer Giliran would.
    let mut bytes = db_bytes(&cli);
    // user_version lives at offset 60 of the SQLite header (big-endian).
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(&cli.db, &bytes).unwrap();
    let err = cli.refused(&["staff", "list"]);
    assert!(err.contains("dibuat oleh versi Giliran yang lebih baru"), "{err}");
    assert_eq!(db_bytes(&cli), bytes);
}

#[test]
fn a_file_that_is_not_a_giliran_database_is_refused_and_not_touched() {
    let cli = Cli::new();
    let text = b"NIP,Nama\n198503122010011003,Budi\n".repeat(40);
    std::fs::write(&cli.db, &text).unwrap();
    let err = cli.refused(&["staff", "list"]);
    assert!(err.contains("bukan basis data Giliran"), "{err}");
    assert_eq!(db_bytes(&cli), text);
}

#[test]
fn units_are_renamed_moved_and_deleted_with_staff_following_their_team() {
    let cli = Cli::new();
    cli.ok(&["units", "add", "Bidang A", "--class", "administrasi"]);
    cli.ok(&["units", "add", "Bidang B", "--class", "esensial"]);
    cli.ok(&["units", "add", "Seksi Satu", "--parent", "Bidang A"]);
    cli.ok(&[
        "staff",
        "add",
        "--kind",
        "non_asn",
        "--number",
        "THL-001",
        "--name",
        "Rina Wati",
        "--jabatan-class",
        "pelaksana",
        "--jabatan",
        "Tenaga Administrasi",
        "--unit",
        "Seksi Satu",
    ]);
    cli.ok(&["units", "move", "Seksi Satu", "--parent", "Bidang B"]);
    let person = cli.json(&["staff", "show", "THL-001"]);
    assert_eq!(person["unit_name"], "Bidang B");
    assert_eq!(person["team_name"], "Seksi Satu");

    let units = cli.json(&["units", "list"]);
    let seksi = units.as_array().unwrap().iter().find(|u| u["name"] == "Seksi Satu").unwrap();
    assert_eq!(seksi["service_class"], "esensial", "a team serves as its unit does");

    cli.ok(&["units", "rename", "Bidang A", "Bidang Kosong"]);
    cli.ok(&["units", "delete", "Bidang Kosong"]);
    let names: Vec<_> = cli.json(&["units", "list"]).as_array().unwrap().iter().map(|u| u["name"].clone()).collect();
    assert_eq!(names, ["Bidang B", "Seksi Satu"]);
}

#[test]
fn the_office_profile_is_set_field_by_field() {
    let cli = Cli::new();
    cli.ok(&[
        "office",
        "set",
        "--gov-level",
        "kabupaten",
        "--region",
        "Penajam Paser Utara",
        "--opd-name",
        "Dinas Kesehatan",
        "--head-nip",
        "19750101 200003 2 001",
        "--head-golongan",
        "IV/b",
    ]);
    cli.ok(&["office", "set", "--city", "Penajam"]);
    let o = cli.json(&["office", "show"]);
    assert_eq!(o["gov_level"], "kabupaten");
    assert_eq!(o["opd_name"], "Dinas Kesehatan");
    assert_eq!(o["city"], "Penajam");
    assert_eq!(o["head_nip"], "197501012000032001");
    let shown = cli.ok(&["office", "show"]);
    assert!(shown.contains("PEMERINTAH KABUPATEN PENAJAM PASER UTARA"), "{shown}");
    assert!(shown.contains("Pembina Tingkat I (IV/b)"), "{shown}");
}

#[test]
fn deactivated_staff_are_kept_and_can_be_reactivated() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let all = cli.json(&["staff", "list"]).as_array().unwrap().len();
    cli.ok(&["staff", "deactivate", "19700512 199603 1 004"]);
    assert_eq!(cli.json(&["staff", "list"]).as_array().unwrap().len(), all - 1);
    assert_eq!(cli.json(&["staff", "list", "--all"]).as_array().unwrap().len(), all);
    cli.ok(&["staff", "activate", "19700512 199603 1 004"]);
    assert_eq!(cli.json(&["staff", "list"]).as_array().unwrap().len(), all);
}

#[test]
fn a_circular_exported_as_json_imports_into_another_office_unchanged() {
    let a = Cli::new();
    a.ok(&["circular", "add", "--template", "kaltim-ppkm-2021"]);
    let file = a.dir.path().join("se.json");
    a.ok(&["circular", "export", "kaltim-ppkm-2021", "--out", file.to_str().unwrap()]);

    let b = Cli::new();
    let out = b.ok(&["circular", "import", file.to_str().unwrap()]);
    assert!(out.contains("SE Gubernur Kalimantan Timur Nomor PPKM Darurat 2021"), "{out}");
    assert_eq!(a.ok(&["circular", "export", "kaltim-ppkm-2021"]), b.ok(&["circular", "export", "kaltim-ppkm-2021"]));

    // The same key again is refused unless replacing, and a replacement is kept in the history.
    let err = b.refused(&["circular", "import", file.to_str().unwrap()]);
    assert!(err.contains("SE dengan kode \"kaltim-ppkm-2021\" sudah ada"), "{err}");
    b.ok(&["circular", "import", file.to_str().unwrap(), "--replace"]);
    let history = b.ok(&["circular", "history", "kaltim-ppkm-2021"]);
    assert!(history.contains("tambah") && history.contains("ubah"), "{history}");
}

#[test]
fn a_broken_circular_file_is_refused_naming_the_line_and_changes_nothing() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let before = db_bytes(&cli);
    let file = cli.dir.path().join("rusak.json");
    let cases: &[(&str, &str)] = &[
        ("{\"key\": \"se-baru\",\n \"number\": ", "baris 2"),
        ("{\"key\": \"se-baru\"}", "isian `number` belum ada"),
        ("[1, 2, 3]", "Isi SE tidak dapat dibaca"),
        ("{\"key\": \"a\", \"number\": \"1\", \"title\": \"t\", \"issuer\": \"i\", \"signed_on\": \"2024-02-30\", \"valid_from\": \"2024-01-01\", \"rules\": []}", "Tanggal \"2024-02-30\" tidak valid"),
        ("{\"key\": \"a\", \"number\": \"1\", \"title\": \"t\", \"issuer\": \"i\", \"signed_on\": \"2024-01-01\", \"valid_from\": \"2024-01-01\", \"rules\": [{\"service_class\": \"hiburan\", \"kind\": \"wfo_all\"}]}", "Kelas layanan \"hiburan\" belum dikenal kantor ini"),
    ];
    for (text, want) in cases {
        std::fs::write(&file, text).unwrap();
        let err = cli.refused(&["circular", "import", file.to_str().unwrap()]);
        assert!(err.contains(want), "{text}: {err}");
        assert_eq!(db_bytes(&cli), before);
    }
    let mut c: serde_json::Value = serde_json::from_str(&Cli::new().ok(&["circular", "templates", "--format", "json"])).unwrap();
    let all = c.as_array_mut().unwrap();
    let at = all.iter().position(|t| t["key"] == "kaltim-2020").unwrap();
    let mut se = all.remove(at);
    se["valid_to"] = "2019-01-01".into();
    se["rules"][0]["share"] = "150%".into();
    std::fs::write(&file, se.to_string()).unwrap();
    let err = cli.refused(&["circular", "import", file.to_str().unwrap()]);
    assert!(err.contains("lebih dari 100%"), "{err}");
    se["rules"][0]["share"] = "1/5".into();
    std::fs::write(&file, se.to_string()).unwrap();
    let err = cli.refused(&["circular", "import", file.to_str().unwrap()]);
    assert!(err.contains("Tanggal akhir berlaku (01-01-2019) sebelum tanggal mulai (08-06-2020)"), "{err}");
    assert_eq!(db_bytes(&cli), before);
}

/// Issue 30: the clerk ends a letter that was revoked; from the next day it governs no more,
/// and a day it overlapped another says which governed and why.
#[test]
fn a_revoked_circular_is_ended_and_the_needs_say_which_letter_governs() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020"]);
    cli.ok(&["circular", "add", "--template", "kalbar-2024"]);
    let needs = cli.json(&["needs", "--from", "16-04-2024", "--to", "16-04-2024", "--unit", "Sekretariat"]);
    assert_eq!(needs[0]["circular_key"], "kalbar-2024");
    assert!(needs[0]["why"].as_str().unwrap().starts_with("SE bertanggal (16-04-2024 s.d. 17-04-2024) didahulukan atas aturan tetap"));
    let err = cli.refused(&["circular", "end", "kaltim-2020", "--on", "01-01-2019"]);
    assert!(err.contains("tidak dapat berakhir sebelumnya"), "{err}");
    let out = cli.ok(&["circular", "end", "kaltim-2020", "--on", "31-12-2022"]);
    assert!(out.contains("berakhir 31-12-2022"), "{out}");
    let after = cli.json(&["needs", "--from", "18-04-2024", "--to", "18-04-2024", "--unit", "Sekretariat"]);
    assert_eq!(after[0]["circular_key"], serde_json::Value::Null);
    // Today's letters are templates too, each from news reports until the text is entered.
    let templates = cli.ok(&["circular", "templates"]);
    for number in ["2 Tahun 2025", "3 Tahun 2025", "B/531/M.KT.02/2025", "2 Tahun 2026", "100.3.4/739/B.ORG-III/2026"] {
        assert!(templates.contains(number), "{number}: {templates}");
    }
}

#[test]
fn needs_follow_the_circular_in_force_for_each_unit_and_working_day() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kalbar-2024"]);
    let needs = cli.json(&["needs", "--from", "15-04-2024", "--to", "19-04-2024", "--unit", "Sekretariat"]);
    let needs = needs.as_array().unwrap();
    // Monday 15-04-2024 is a cuti bersama of Idulfitri 1445 H.
    assert_eq!(needs.len(), 4);
    let tuesday = &needs[0];
    assert_eq!(tuesday["date"], "2024-04-16");
    assert_eq!(tuesday["circular_key"], "kalbar-2024");
    // Kalbar's share is of the ASN (issue 30): the Sekretariat's 3 Non-ASN stand outside it.
    assert_eq!(tuesday["need"]["available"], 12);
    assert_eq!(tuesday["not_counted"], 3);
    assert_eq!(tuesday["need"]["min"], 6, "WFH at most 50% of 12 leaves 6 in the office");
    assert_eq!(needs[2]["date"], "2024-04-18");
    assert_eq!(needs[2]["need"]["min"], 15, "18 April: everyone back");
    let err = cli.refused(&["needs", "--from", "2024-04-31", "--to", "2024-05-01"]);
    assert!(err.contains("Tanggal \"2024-04-31\" tidak valid"), "{err}");
}

#[test]
fn the_office_keeps_its_own_holiday_calendar() {
    let cli = Cli::new();
    let list = cli.ok(&["holidays", "list", "--year", "2026"]);
    assert!(list.contains("21-03-2026") && list.contains("Idulfitri 1447 H"), "{list}");
    cli.ok(&["holidays", "add", "2026-11-27", "Cuti bersama HUT Provinsi", "--cuti-bersama"]);
    assert!(cli.ok(&["holidays", "list", "--year", "2026"]).contains("Cuti bersama HUT Provinsi"));
    cli.ok(&["holidays", "remove", "27-11-2026"]);
    let err = cli.refused(&["holidays", "remove", "27-11-2026"]);
    assert!(err.contains("Hari libur pada 27-11-2026 tidak ditemukan."), "{err}");
}

#[test]
fn check_lists_each_breach_of_the_stored_schedule() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kalbar-2024"]);
    assert_eq!(cli.ok(&["check", "--from", "16-04-2024", "--to", "17-04-2024"]).trim(), "Tidak ada pelanggaran pada periode ini.");
    // Bidang Persandian dan Statistik is essential: WFO 100% on 16 April.
    let unit = cli.json(&["staff", "list", "--unit", "Bidang Persandian dan Statistik"]);
    let first = unit[0]["id_number"].as_str().unwrap().to_string();
    cli.ok(&["schedule", "set", &first, "16-04-2024", "WFH"]);
    let out = cli.ok(&["check", "--from", "16-04-2024", "--to", "17-04-2024"]);
    assert!(
        out.contains(
            "Bidang Persandian dan Statistik, Selasa 16-04-2024: 1 dari 8 pegawai tidak di kantor, padahal SE mewajibkan WFO 100%"
        ),
        "{out}"
    );
    let json = cli.json(&["check", "--from", "16-04-2024", "--to", "17-04-2024"]);
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["wfo"], 7, "7 of the 8 ASN counted in the office");
    // Someone on leave planned in the office is named; leave also lowers the unit's availability.
    let second = unit[1]["id_number"].as_str().unwrap().to_string();
    cli.ok(&["availability", "set", &second, "--from", "17-04-2024", "--off", "--reason", "Cuti tahunan"]);
    let out = cli.ok(&["check", "--from", "17-04-2024", "--to", "17-04-2024"]);
    assert!(out.contains("dijadwalkan WFO padahal tidak masuk (Cuti tahunan)"), "{out}");
    let listed = cli.ok(&["availability", "list", "--from", "17-04-2024", "--to", "17-04-2024"]);
    assert!(listed.contains("Cuti tahunan"), "{listed}");
    let err = cli.refused(&["availability", "set", &second, "--from", "17-04-2024", "--reason", " "]);
    assert!(err.contains("Alasan wajib diisi"), "{err}");
    let err = cli.refused(&["schedule", "set", &first, "16-04-2024", "libur"]);
    assert!(err.contains("Kode jadwal \"libur\" tidak dikenal"), "{err}");
}

#[test]
fn a_month_is_planned_in_one_command_kept_within_the_circular_and_shown_by_week() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "kaltim-2026", "--from", "01-01-2026"]);
    let out = cli.ok(&["plan", "--from", "05-01-2026", "--to", "30-01-2026"]);
    assert!(out.contains("57 pegawai, 19 hari kerja"), "16 January is Isra Mikraj: {out}");
    assert!(out.contains("Semua kebutuhan terpenuhi."), "{out}");
    assert_eq!(cli.ok(&["check", "--from", "05-01-2026", "--to", "30-01-2026"]).trim(), "Tidak ada pelanggaran pada periode ini.");

    let week = cli.json(&["schedule", "--week", "2026-W02"]);
    assert_eq!(week["title"], "Minggu ke-2 (5–11 Januari 2026)");
    assert_eq!(week["days"].as_array().unwrap().len(), 5);
    let sekretariat = &week["units"][0];
    assert_eq!(week["counts_label"], "Di kantor / kebutuhan");
    // Kaltim 2020's 1/5 is of the PNS (issue 30).
    assert_eq!(sekretariat["counts"][0], "1 / 0–1");
    let kepala = &sekretariat["rows"][0];
    assert_eq!(kepala["cells"][0], "WFO", "the JPT Pratama is outside the quota and in the office");

    // A new leave: planning again moves few other days and the person is away that day.
    let nip = sekretariat["rows"][3]["id_display"].as_str().unwrap().to_string();
    cli.ok(&["availability", "set", &nip, "--from", "07-01-2026", "--off", "--reason", "Cuti tahunan"]);
    let again = cli.ok(&["plan", "--from", "05-01-2026", "--to", "30-01-2026"]);
    let moved: usize = again.split("hari kerja; ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    assert!(moved <= 12, "{again}");
    let week = cli.json(&["schedule", "--week", "2026-W02"]);
    assert_eq!(week["units"][0]["rows"][3]["cells"][2], "-");
    let table = cli.ok(&["schedule", "--week", "2026-W02"]);
    assert!(table.starts_with("Minggu ke-2 (5–11 Januari 2026)"), "{table}");
    let nyepi = cli.json(&["schedule", "--week", "2026-W12"]);
    assert_eq!(nyepi["days"].as_array().unwrap().len(), 2, "16-17 March only");
    assert_eq!(nyepi["holidays"][1], "Kamis 19-03-2026: Hari Suci Nyepi Tahun Baru Saka 1948");
    let err = cli.refused(&["schedule", "--week", "2026-W54"]);
    assert!(err.contains("Minggu \"2026-W54\" tidak valid"), "{err}");
}

#[test]
fn the_weekly_schedule_prints_to_a_pdf_with_kop_surat_week_and_signature() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "kaltim-2026", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "05-01-2026", "--to", "09-01-2026"]);
    let pdf = cli.dir.path().join("jadwal.pdf");
    cli.ok(&["schedule", "--week", "2026-W02", "--pdf", pdf.to_str().unwrap()]);
    let out =
        std::process::Command::new("pdftotext").args(["-layout", pdf.to_str().unwrap(), "-"]).output().expect("pdftotext (poppler-utils)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
        "DINAS KOMUNIKASI DAN INFORMATIKA",
        "JADWAL PELAKSANAAN TUGAS KEDINASAN WFO/WFH",
        "Minggu ke-2 (5–11 Januari 2026)",
        "Berdasarkan SE Gubernur Kalimantan Timur Nomor 065/3674/B.Org",
        "Dr. H. Ahmad Rizali Fahmi, S.Sos., M.Si.",
        "NIP. 19700512 199603 1 004",
        "Halaman 5 dari 5",
    ] {
        assert!(text.contains(want), "PDF tidak memuat {want:?}:\n{text}");
    }
    let info = std::process::Command::new("pdfinfo").arg(&pdf).output().unwrap();
    assert!(String::from_utf8_lossy(&info.stdout).contains("841.89 x 595.28 pts (A4)"));
}

#[test]
fn a_wish_is_noted_from_the_cli_granted_by_the_next_plan_and_shown_with_the_week() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "kaltim-2026", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "05-01-2026", "--to", "09-01-2026"]);
    // A person of the Sekretariat counted by the circular (rows 0-1 are officials outside it)
    // planned WFO on Monday asks for WFH: the range 0–2 has room, another takes the day.
    let week = cli.json(&["schedule", "--week", "2026-W02"]);
    let rows = week["units"][0]["rows"].as_array().unwrap();
    let r = (2..rows.len()).find(|&r| rows[r]["cells"][0] == "WFO").expect("someone counted is WFO on Monday");
    let row = &rows[r];
    let nip = row["id_display"].as_str().unwrap().to_string();
    let monday = "WFH";
    let before = db_bytes(&cli);
    let err = cli.refused(&["schedule", "wish", &nip, "05-01-2026", "libur"]);
    assert!(err.contains("Keinginan \"libur\" tidak dikenal"), "{err}");
    assert_eq!(db_bytes(&cli), before, "a refused wish changes nothing");

    let out = cli.ok(&["schedule", "wish", &nip, "05-01-2026", monday]);
    assert!(out.contains("Keinginan dicatat") && out.contains(monday), "{out}");
    let table = cli.ok(&["schedule", "--week", "2026-W02"]);
    assert!(table.contains(&format!("Keinginan {nip}")) && table.contains("Belum disusun ulang"), "{table}");
    cli.ok(&["plan", "--from", "05-01-2026", "--to", "09-01-2026"]);
    let week = cli.json(&["schedule", "--week", "2026-W02"]);
    let row = &week["units"][0]["rows"][r];
    assert_eq!(row["wishes"][0]["code"], monday, "{row}");
    assert_eq!(row["wishes"][0]["granted"], true, "{row}");
    assert_eq!(row["cells"][0], monday);
    assert_eq!(week["units"][0]["counts"][0], "1 / 0–1", "within the range");
    let out = cli.ok(&["schedule", "wish", &nip, "05-01-2026", "-"]);
    assert!(out.contains("dihapus"), "{out}");
}

/// Issue 17, point 2: "warn everywhere a date outside the known years is planned, checked or
/// reported, never silently treat it as a working day"; the clerk pastes the SKB's table.
#[test]
fn planning_into_a_year_without_its_holiday_list_warns_until_the_skb_table_is_imported() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let years = cli.json(&["holidays", "years"]);
    let known: Vec<i64> = years.as_array().unwrap().iter().map(|y| y["year"].as_i64().unwrap()).collect();
    assert_eq!(known, (2020..=2027).collect::<Vec<_>>());
    // 1 January 2027 is in the shipped list: not planned, and no warning.
    let plan = cli.ok(&["plan", "--from", "2026-12-28", "--to", "2027-01-08"]);
    assert!(!plan.contains("Peringatan"), "{plan}");
    let plan = cli.ok(&["plan", "--from", "2027-12-27", "--to", "2028-01-07"]);
    assert!(plan.contains("Peringatan: Hari libur tahun 2028 belum ada di kalender"), "{plan}");
    let check = cli.run(&["check", "--from", "2028-01-03", "--to", "2028-01-07"]);
    assert!(String::from_utf8_lossy(&check.stderr).contains("Hari libur tahun 2028 belum ada"));
    // Issue 30: `needs` warns too, and 2027's Idulfitri is a reckoned date until the SKB.
    let needs = cli.run(&["needs", "--from", "2028-01-03", "--to", "2028-01-04"]);
    assert!(String::from_utf8_lossy(&needs.stderr).contains("Hari libur tahun 2028 belum ada"));
    let needs = cli.run(&["needs", "--from", "2027-03-01", "--to", "2027-03-31", "--format", "json"]);
    let warned = String::from_utf8_lossy(&needs.stderr);
    assert!(warned.contains("Peringatan: Idulfitri 1448 H 10-03-2027 masih perkiraan, menunggu SKB 3 Menteri tahun 2027"), "{warned}");
    assert!(serde_json::from_slice::<serde_json::Value>(&needs.stdout).is_ok(), "the JSON stays one document");
    let plan = cli.ok(&["plan", "--from", "2027-05-17", "--to", "2027-05-21"]);
    assert!(plan.contains("Iduladha 1448 H 17-05-2027 masih perkiraan"), "{plan}");

    let list = cli.dir.path().join("skb-2028.txt");
    // As copied from the SKB's PDF and saved by an older Notepad: Windows-1252, the dash 0x96.
    let text = "HARI LIBUR NASIONAL\r\nNo\tTanggal\tHari\tKeterangan\r\n1.\t1 Januari 2028\tSabtu\tTahun Baru 2028 Masehi\r\n\
                2.\t3 Januari 2028\tSenin\tLibur contoh\r\nCUTI BERSAMA\r\n1.\t4 – 5 Januari 2028\tSelasa – Rabu\tCuti bersama contoh\r\n";
    let bytes: Vec<u8> = text.chars().map(|c| if c == '–' { 0x96 } else { c as u8 }).collect();
    std::fs::write(&list, &bytes).unwrap();
    let wrong = cli.dir.path().join("salah.txt");
    std::fs::write(&wrong, "1. 3 Januari 2028 Selasa Libur contoh\n").unwrap();
    let err = cli.refused(&["holidays", "import", wrong.to_str().unwrap(), "--year", "2028"]);
    assert!(err.contains("Baris 1: 3 Januari 2028 jatuh pada hari Senin, bukan Selasa."), "{err}");

    let preview = cli.ok(&["holidays", "import", list.to_str().unwrap(), "--year", "2028", "--dry-run"]);
    assert!(preview.contains("Selasa, 4 Januari 2028  Cuti bersama: Cuti bersama contoh"), "{preview}");
    assert!(preview.contains("Pratinjau saja: 4 hari"), "{preview}");
    assert!(!cli.json(&["holidays", "years"]).to_string().contains("2028"), "a preview saves nothing");
    cli.ok(&["holidays", "import", list.to_str().unwrap(), "--year", "2028", "--source", "SKB 3 Menteri 2028 (contoh)"]);
    let plan = cli.ok(&["plan", "--from", "2027-12-27", "--to", "2028-01-07"]);
    assert!(!plan.contains("Peringatan"), "{plan}");
    assert!(plan.contains("7 hari kerja"), "10 weekdays less 3, 4 and 5 January: {plan}");
}

/// Issue 17, point 1 (Kaltim PPKM 2021: "beberapa pejabat yang jumlahnya sedikit tetap
/// piket"): on the example office, two officials on piket are within the rule, a fungsional
/// (the Arsiparis) in the office is one breach, and the planner never puts him on piket.
#[test]
fn piket_under_ppkm_2021_is_one_or_a_few_officials_and_a_fungsional_in_the_office_is_a_breach() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-ppkm-2021"]);
    cli.ok(&["plan", "--from", "16-07-2021", "--to", "16-07-2021"]);
    assert!(cli.ok(&["check", "--from", "16-07-2021", "--to", "16-07-2021"]).contains("Tidak ada pelanggaran"));
    let arsiparis = "19940424 201812 1 005";
    let week = cli.json(&["schedule", "--week", "2021-W28"]);
    let row = week["units"][0]["rows"].as_array().unwrap().iter().find(|r| r["id_display"] == arsiparis).unwrap().clone();
    assert_eq!(row["cells"][4], "WFH", "a fungsional is not drawn for piket: {row}");
    // The Kepala Dinas and the Sekretaris both on piket, the Kasubbag at home: still within.
    cli.ok(&["schedule", "set", "19700512 199603 1 004", "16-07-2021", "WFO"]);
    cli.ok(&["schedule", "set", "19690817 199301 1 002", "16-07-2021", "WFO"]);
    cli.ok(&["schedule", "set", "19760117 200304 2 003", "16-07-2021", "WFH"]);
    assert!(cli.ok(&["check", "--from", "16-07-2021", "--to", "16-07-2021"]).contains("Tidak ada pelanggaran"));
    cli.ok(&["schedule", "set", arsiparis, "16-07-2021", "WFO"]);
    let breaches = cli.json(&["check", "--from", "16-07-2021", "--to", "16-07-2021"]);
    let messages: Vec<&str> = breaches.as_array().unwrap().iter().map(|b| b["message"].as_str().unwrap()).collect();
    assert_eq!(
        messages,
        ["Sekretariat, Jumat 16-07-2021: 1 pegawai di kantor yang tidak termasuk piket (piket hanya dari JPT Pratama, Administrator, Pengawas; yang lain WFH)"]
    );
}

/// Issue 17, points 4 and 6: a circular written from a blank (`giliran circular blank`) with
/// "hari Senin wajib WFO semua" beside a class rule; the week is planned under both.
#[test]
fn a_blank_circular_with_a_monday_rule_plans_everyone_in_on_monday_only() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let mut c: serde_json::Value = serde_json::from_str(&cli.ok(&["circular", "blank"])).unwrap();
    assert_eq!(c["key"], "");
    let file = cli.dir.path().join("se.json");
    std::fs::write(&file, c.to_string()).unwrap();
    let err = cli.refused(&["circular", "import", file.to_str().unwrap()]);
    assert!(err.contains("Kode SE \"\" tidak valid") && err.contains("Nomor SE wajib diisi"), "{err}");
    c["key"] = "se-senin-2026".into();
    c["number"] = "800/123/Org".into();
    c["title"] = "Senin wajib WFO".into();
    c["issuer"] = "Gubernur Contoh".into();
    c["valid_from"] = "2026-11-01".into();
    c["rules"] = serde_json::json!([{"service_class": "administrasi", "kind": "wfh_max", "share": "50%"}]);
    c["day_rules"] = serde_json::json!([{"days": ["senin"], "kind": "wfo_all"}]);
    std::fs::write(&file, c.to_string()).unwrap();
    cli.ok(&["circular", "import", file.to_str().unwrap()]);
    let shown = cli.ok(&["circular", "show", "se-senin-2026"]);
    assert!(shown.contains("Senin (semua kelas): WFO 100%"), "{shown}");
    cli.ok(&["plan", "--from", "30-11-2026", "--to", "04-12-2026"]);
    let week = cli.json(&["schedule", "--week", "2026-W49"]);
    assert_eq!(week["units"][0]["unit_name"], "Sekretariat");
    assert_eq!(week["units"][0]["counts"], serde_json::json!(["15 / 15", "8 / 8–15", "8 / 8–15", "8 / 8–15", "8 / 8–15"]));
}

/// Issue 17, point 7: the national template 67/2020 and the zone per period, from the CLI.
#[test]
fn the_zone_of_a_period_sets_the_wfo_cap_of_se_menpanrb_67_2020() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "menpanrb-67-2020"]);
    let err = cli.refused(&["zone", "set", "07-09-2020", "ungu"]);
    assert!(err.contains("Zona \"ungu\" tidak dikenal (pilihan: hijau, kuning, oranye, merah)"), "{err}");
    assert!(cli.ok(&["zone", "set", "07-09-2020", "oranye"]).contains("Risiko sedang (oranye)"));
    let needs = cli.json(&["needs", "--from", "08-09-2020", "--to", "08-09-2020", "--unit", "Sekretariat"]);
    assert_eq!(needs[0]["need"]["rule"], "WFO paling banyak 50% (zona risiko sedang (oranye), SE MenPAN-RB 67/2020)");
    assert_eq!(needs[0]["need"]["max"], needs[0]["need"]["available"].as_u64().unwrap() / 2);
    assert!(cli.ok(&["zone", "list"]).contains("07-09-2020"));
    cli.ok(&["zone", "remove", "07-09-2020"]);
    let needs = cli.json(&["needs", "--from", "08-09-2020", "--to", "08-09-2020", "--unit", "Sekretariat"]);
    assert!(needs[0]["need"]["conflict"].as_str().unwrap().starts_with("Zona risiko belum ditetapkan"));
}

/// Issue 17, point 5: a class of the office's own from the command line, a unit of it, and a
/// circular giving it a rule.
#[test]
fn an_office_names_its_own_service_class_and_a_circular_gives_it_a_rule() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let err = cli.refused(&["classes", "add", "Layanan kesehatan", "--counts-as", "darurat"]);
    assert!(err.contains("Pilih kelas baku"), "{err}");
    assert!(cli.ok(&["classes", "add", "Layanan kesehatan", "--counts-as", "esensial"]).contains("kode layanan_kesehatan"));
    let list = cli.ok(&["classes", "list"]);
    assert!(list.contains("Layanan kesehatan") && list.contains("Esensial") && list.contains("kantor"), "{list}");
    cli.ok(&["units", "add", "Puskesmas Pembantu", "--class", "Layanan kesehatan"]);
    assert!(cli.ok(&["units", "list"]).contains("Layanan kesehatan"));
    cli.import_circular("se-kesehatan", "2027-01-04", serde_json::json!([{ "service_class": "layanan_kesehatan", "kind": "wfo_all" }]));
    let show = cli.ok(&["circular", "show", "se-kesehatan"]);
    assert!(show.contains("Unit layanan kesehatan") && show.contains("WFO 100%"), "{show}");
    let err = cli.refused(&["classes", "remove", "Layanan kesehatan"]);
    assert!(err.contains("unit Puskesmas Pembantu") && err.contains("SE se-kesehatan"), "{err}");
    assert!(cli.ok(&["classes", "update", "layanan_kesehatan", "--counts-as", "layanan_publik"]).contains("Layanan publik"));
}

/// Issue 17, point 3 (Kaltim 2020: "dengan cara shift"): a unit's groups from the command
/// line, planned by their turns.
#[test]
fn a_unit_works_in_shift_groups_set_from_the_command_line() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let err = cli.refused(&[
        "shift",
        "set",
        "Sekretariat",
        "--pattern",
        "hari",
        "--start",
        "07-12-2026",
        "--group",
        "Regu A",
        "--group",
        "Regu B",
    ]);
    assert!(err.contains("Regu A: pilih hari regu ini di kantor."), "{err}");
    let out = cli.ok(&[
        "shift",
        "set",
        "Sekretariat",
        "--pattern",
        "hari",
        "--start",
        "07-12-2026",
        "--group",
        "Regu A:senin,rabu,jumat",
        "--group",
        "Regu B:selasa,kamis",
    ]);
    assert!(out.contains("Regu A Senin, Rabu, Jumat; Regu B Selasa, Kamis"), "{out}");
    let shift = cli.json(&["shift", "show", "Sekretariat"]);
    let first = shift["groups"][0]["members"][0].as_i64().unwrap();
    let person = cli.json(&["staff", "list"]).as_array().unwrap().iter().find(|p| p["id"] == first).unwrap()["id_number"].clone();
    let moved = cli.ok(&["shift", "move", "Sekretariat", person.as_str().unwrap(), "--group", "Regu B"]);
    assert!(moved.contains("Regu B ("), "{moved}");
    cli.ok(&["plan", "--from", "07-12-2026", "--to", "11-12-2026"]);
    let week = cli.json(&["schedule", "--week", "2026-W50"]);
    let sek = &week["units"][0];
    assert_eq!(sek["on_duty"], serde_json::json!(["Regu A", "Regu B", "Regu A", "Regu B", "Regu A"]));
    assert!(cli.ok(&["shift", "clear", "Sekretariat"]).contains("dihapus"));
    assert!(cli.ok(&["shift", "show", "Sekretariat"]).contains("belum memakai shift"));
}

/// Issue 15: the office's decision on flexible work (PermenPANRB 4/2025) from the command line.
#[test]
fn the_offices_flexible_work_decision_is_shown_with_every_figure_it_sets() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let err = cli.refused(&["fwa", "policy", "show", "--on", "02-12-2026"]);
    assert!(err.contains("Keputusan kerja fleksibel yang berlaku"), "{err}");
    cli.ok(&["circular", "add", "--template", "fleksibel-2025", "--key", "kf", "--from", "01-12-2026"]);
    let shown = cli.ok(&["fwa", "policy", "show", "--on", "02-12-2026"]);
    assert!(shown.contains("Paling banyak 2 hari kerja per minggu di luar kantor"), "{shown}");
    assert!(shown.contains("masuk paling lambat 09:00, 8 kali sebulan"), "{shown}");
    assert!(shown.contains("Senin (semua kelas): WFO 100%"), "{shown}");
    let needs = cli.json(&["needs", "--from", "08-12-2026", "--to", "08-12-2026", "--unit", "Sekretariat"]);
    assert_eq!(
        needs[0]["need"]["rule"],
        "Kerja fleksibel: paling banyak 30% di luar kantor per hari (ketetapan kantor, bukan bunyi peraturan)"
    );
    // A figure that cannot be is refused, naming the field.
    let mut c: serde_json::Value = serde_json::from_str(&cli.ok(&["circular", "export", "kf"])).unwrap();
    c["key"] = "kf2".into();
    c["flexible"]["latest_start"] = "9 pagi".into();
    let file = cli.dir.path().join("kf2.json");
    std::fs::write(&file, c.to_string()).unwrap();
    let err = cli.refused(&["circular", "import", file.to_str().unwrap()]);
    assert!(err.contains("Jam masuk paling lambat \"9 pagi\" tidak valid"), "{err}");
}

/// Issue 15: a request to work away, decided by the superior, from the command line; the
/// plan grants it as the decision allows.
#[test]
fn a_request_to_work_away_is_made_decided_and_planned_from_the_command_line() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "fleksibel-2025", "--key", "kf", "--from", "01-12-2026"]);
    let staff = cli.json(&["staff", "list"]);
    let person = staff.as_array().unwrap().iter().find(|p| p["kind"] == "pns" && p["jabatan_class"] == "pelaksana").unwrap();
    let nip = person["id_number"].as_str().unwrap();
    let err =
        cli.refused(&["fwa", "request", "add", nip, "--from", "07-12-2026", "--location", "kafe", "--reason", "keluarga", "--plan", ""]);
    assert!(err.contains("--location: Lokasi kerja wajib dipilih") && err.contains("Rencana kerja dan target wajib diisi"), "{err}");
    let made = cli.ok(&[
        "fwa",
        "request",
        "add",
        nip,
        "--from",
        "07-12-2026",
        "--to",
        "18-12-2026",
        "--days",
        "jumat",
        "--location",
        "rumah",
        "--reason",
        "keluarga",
        "--evidence",
        "Surat dokter anak",
        "--plan",
        "Menyusun telaah staf; target 2 naskah",
    ]);
    assert!(made.starts_with("Pengajuan nomor 1:") && made.contains("Setiap Jumat, 07-12-2026 s.d. 18-12-2026, diajukan"), "{made}");
    assert!(cli.ok(&["fwa", "request", "approve", "1", "--by", "Kepala Subbagian Umum"]).contains("disetujui"));
    assert!(cli.refused(&["fwa", "request", "reject", "1", "--by", "X", "--note", "Y"]).contains("sudah disetujui"));
    let list = cli.ok(&["fwa", "request", "list", "--status", "disetujui"]);
    assert!(list.contains("Rumah/tempat tinggal") && list.contains("Kepala Subbagian Umum"), "{list}");
    cli.ok(&["plan", "--from", "07-12-2026", "--to", "18-12-2026"]);
    let week = cli.json(&["schedule", "--week", "2026-W50"]);
    let row = week["units"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|u| u["rows"].as_array().unwrap())
        .find(|r| r["staff_id"] == person["id"])
        .unwrap();
    assert_eq!(row["cells"][4], "WFH", "Friday 11-12-2026 away, as approved: {row}");
    assert_eq!(row["wishes"][4]["granted"], true);
    cli.ok(&["fwa", "sanction", "add", nip, "--from", "01-01-2027", "--to", "30-06-2027", "--note", "SK 800/1/2027"]);
    assert!(cli.ok(&["fwa", "sanction", "list"]).contains("SK 800/1/2027"));
    let err =
        cli.refused(&["fwa", "request", "add", nip, "--from", "08-01-2027", "--location", "rumah", "--reason", "tugas", "--plan", "x"]);
    assert!(err.contains("sedang menjalani hukuman disiplin"), "{err}");
    assert!(cli.ok(&["fwa", "request", "withdraw", "1"]).contains("ditarik"));
}

/// Issue 29, for e-Kinerja: a person's month of days away as text to paste (each day's note,
/// or that none was written, and the request's targets), and the office's month as a sheet.
#[test]
fn a_months_days_away_are_printed_for_e_kinerja_and_saved_for_the_office() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let staff = cli.json(&["staff", "list"]);
    let person = staff.as_array().unwrap().iter().find(|p| p["kind"] == "pns" && p["jabatan_class"] == "pelaksana").unwrap();
    let nip = person["id_number"].as_str().unwrap();
    let plan = "Menyusun telaah staf; target 2 naskah";
    cli.fridays_away_in_november(nip, plan);
    let text = cli.ok(&["activity", "ekinerja", "--month", "20-11-2026", "--person", nip]);
    assert!(text.starts_with("Laporan kegiatan kerja di luar kantor — November 2026"), "{text}");
    assert!(text.contains("Jumat, 06-11-2026 (WFH, Rumah/tempat tinggal)\nKegiatan: Telaah staf tentang jaringan intra\n"), "{text}");
    assert!(text.contains("Jumat, 13-11-2026 (WFH, Rumah/tempat tinggal)\nKegiatan: (belum dicatat)\n"), "{text}");
    assert_eq!(text.matches(&format!("Rencana kerja dan target: {plan}")).count(), 2, "{text}");
    let out = cli.dir.path().join("e-kinerja-november.xlsx");
    let saved = cli.ok(&["activity", "ekinerja", "--month", "01-11-2026", "--out", out.to_str().unwrap()]);
    assert!(saved.contains("Lembar e-Kinerja disimpan") && out.exists(), "{saved}");
    let err = cli.refused(&["activity", "ekinerja", "--month", "01-11-2026"]);
    assert!(err.contains("--person"), "{err}");
}

/// With no `--db` and no GILIRAN_DB the office's database lives in the user's data folder:
/// `%APPDATA%\giliran\giliran.db` on Windows, `$XDG_DATA_HOME/giliran/giliran.db` on Linux.
#[test]
fn without_a_database_named_the_data_folder_of_the_user_is_used() {
    let home = tempfile::tempdir().unwrap();
    let out = giliran_tests::giliran().arg("info").env_remove("GILIRAN_DB").env("XDG_DATA_HOME", home.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8(out.stdout).unwrap();
    let line = said.lines().find(|l| l.starts_with("Basis data: ")).unwrap_or_else(|| panic!("{said}"));
    if giliran_tests::on_windows() {
        assert!(line.starts_with("Basis data: C:\\") && line.ends_with("\\AppData\\Roaming\\giliran\\giliran.db"), "{line}");
    } else {
        assert_eq!(line, format!("Basis data: {}", home.path().join("giliran").join("giliran.db").display()));
    }
}

/// Issue 25, one clock: the CLI reads "today" once per command, from GILIRAN_TODAY when it is
/// set (a test or a demonstration on a chosen day) and from the computer otherwise; a value
/// that is not a date is refused by name, not silently replaced by the computer's day.
#[test]
fn the_cli_takes_today_from_giliran_today_or_else_from_the_computer() {
    let cli = Cli::new();
    let signed_on = |today: Option<&str>| {
        let mut c = giliran_tests::giliran();
        c.args(["--db", &giliran_tests::host_path(&cli.db), "circular", "blank"]);
        match today {
            Some(t) => c.env("GILIRAN_TODAY", t),
            None => c.env_remove("GILIRAN_TODAY"),
        };
        let out = c.output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let blank: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        blank["signed_on"].as_str().unwrap().to_string()
    };
    assert_eq!(signed_on(Some("2028-02-29")), "2028-02-29");
    assert_eq!(signed_on(Some("2026-12-31T23:59")), "2026-12-31");
    let before = chrono::Local::now().date_naive();
    let system = signed_on(None);
    let after = chrono::Local::now().date_naive();
    assert!(system == before.to_string() || system == after.to_string(), "{system} bukan {before}");

    let mut c = giliran_tests::giliran();
    let out =
        c.args(["--db", &giliran_tests::host_path(&cli.db), "circular", "blank"]).env("GILIRAN_TODAY", "31-12-2026").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("GILIRAN_TODAY=\"31-12-2026\" bukan tanggal"), "{err}");
}

/// Issue 26: `info` on a file that is not a Giliran database names it instead of printing a
/// schema version, and a backup into a folder that does not exist says so in Indonesian.
#[test]
fn info_reads_the_file_it_names_and_a_backup_into_a_missing_folder_is_named() {
    let cli = Cli::new();
    let notes = cli.dir.path().join("catatan.txt");
    std::fs::write(&notes, "ini catatan rapat, bukan basis data").unwrap();
    let out = giliran_tests::giliran().args(["--db", &giliran_tests::host_path(&notes), "info"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bukan basis data Giliran") && !err.contains("file is not a database"), "{err}");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "ini catatan rapat, bukan basis data");
    cli.ok(&["demo"]);
    let said = cli.ok(&["info"]);
    assert!(said.contains("Isi: Dinas Komunikasi dan Informatika, 57 pegawai"), "{said}");
    let missing = cli.dir.path().join("tidak-ada").join("salinan.db");
    let err = cli.refused(&["backup", "now", missing.to_str().unwrap()]);
    assert!(err.contains("tidak ada; pilih folder yang ada") && !err.contains("sementara"), "{err}");
}

/// Issue 28: a big office is read a page and a unit at a time, from a script as in the window.
#[test]
fn a_big_offices_staff_list_pages_and_its_week_shows_one_unit() {
    let cli = Cli::new();
    cli.ok(&["demo", "--copies", "6"]);
    let page = cli.run(&["staff", "list", "--limit", "100", "--offset", "100", "--format", "csv"]);
    assert!(page.status.success());
    let rows = String::from_utf8_lossy(&page.stdout);
    assert_eq!(rows.lines().count(), 101, "a header and a hundred rows");
    assert!(String::from_utf8_lossy(&page.stderr).contains("Baris 101–200 dari 337 pegawai."));
    let json = cli.ok(&["staff", "list", "--limit", "5", "--offset", "335", "--format", "json"]);
    let last: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(last.as_array().unwrap().len(), 2, "the last page holds what is left");

    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k26", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "07-12-2026", "--to", "11-12-2026"]);
    let week: serde_json::Value =
        serde_json::from_str(&cli.ok(&["schedule", "--week", "2026-W50", "--unit", "Sekretariat 3", "--format", "json"])).unwrap();
    let units = week["units"].as_array().unwrap();
    assert_eq!(units.len(), 1);
    assert_eq!(units[0]["unit_name"], "Sekretariat 3");
    assert_eq!(week["unit_list"].as_array().unwrap().len(), 30, "the picker lists every unit");
    assert!(week["breaches"].as_array().unwrap().iter().all(|b| b["unit_name"] == "Sekretariat 3"));
    let all: serde_json::Value = serde_json::from_str(&cli.ok(&["schedule", "--week", "2026-W50", "--format", "json"])).unwrap();
    assert_eq!(all["units"].as_array().unwrap().len(), 30);
    assert_eq!(all["breaches_total"], week["breaches_total"], "the office's breaches are counted either way");
}
