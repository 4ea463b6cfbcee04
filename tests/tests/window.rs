//! User stories in the real Giliran window (tauri-driver + WebKitWebDriver under Xvfb).
//! Each story saves screenshots under target/screenshots/ for a person to look at.

use giliran_tests::window::story;
use giliran_tests::Cli;

#[tokio::test]
async fn a_clerk_adds_a_person_sees_a_bad_nip_refused_and_finds_the_person_after_reopening() {
    let story = story().await;
    let driver = story.driver(&[]);

    let app = driver.open().await;
    app.wait("#welcome").await;
    app.screenshot("01-beranda-kosong").await;

    // A unit first: staff belong to one.
    app.click("#nav-unit").await;
    app.fill("#unit-new-name", "Bidang Pelayanan").await;
    app.choose("#unit-new-class", "Layanan publik").await;
    app.click("#unit-new-add").await;
    app.wait_text("#unit-rows", "Bidang Pelayanan").await;
    app.fill("#unit-new-name", "Seksi Informasi").await;
    app.choose("#unit-new-parent", "Bidang Pelayanan").await;
    app.click("#unit-new-add").await;
    app.wait_text("#unit-rows", "Seksi Informasi").await;
    app.screenshot("02-unit-kerja-baru").await;

    // The person, through the form.
    app.click("#nav-pegawai").await;
    app.click("#staff-add").await;
    app.choose("#staff-form [name='kind']", "PNS").await;
    app.fill("#staff-form [name='id_number']", "19850312 201001 2 003").await;
    app.fill("#staff-form [name='name']", "Dr. Siti Aminah, S.E., M.Si.").await;
    app.choose("#staff-form [name='jabatan_class']", "Administrator").await;
    app.fill("#staff-form [name='jabatan']", "Kepala Bidang Pelayanan").await;
    app.choose("#staff-form [name='golongan']", "Pembina (IV/a)").await;
    app.choose("#staff-form [name='unit_id']", "Bidang Pelayanan").await;
    app.choose("#staff-form [name='team_id']", "Seksi Informasi").await;
    app.fill("#staff-form [name='phone']", "0812-3456-7890").await;
    // The attendance machine numbers her 007; it exports 7.
    app.fill("#staff-form [name='machine_id']", "007").await;
    app.screenshot("03-pegawai-formulir").await;
    app.click("#staff-save").await;
    app.wait_gone("#staff-panel").await;
    app.wait_text("#staff-rows", "Dr. Siti Aminah, S.E., M.Si.").await;

    // Found by search, NIP grouped.
    app.fill("#staff-search", "aminah").await;
    let row = app.wait_text("#staff-rows", "19850312 201001 2 003").await;
    assert!(row.contains("Pembina (IV/a)"), "{row}");
    assert!(row.contains("Seksi Informasi"), "{row}");
    assert_eq!(app.text("#staff-count").await, "1 pegawai");
    app.screenshot("04-pegawai-daftar").await;

    // A bad NIP is refused with the Indonesian message under the field; nothing is added.
    app.click("#staff-add").await;
    app.fill("#staff-form [name='id_number']", "19851332 201001 1 003").await;
    app.fill("#staff-form [name='name']", "Budi Santoso").await;
    app.click("#staff-save").await;
    let msg = app.wait_text("[data-error-for='id_number']", "Tanggal lahir").await;
    assert_eq!(msg, "Tanggal lahir pada NIP tidak valid: 19851332.");
    app.wait_text("[data-error-for='jabatan']", "Nama jabatan wajib diisi.").await;
    app.screenshot("05-pegawai-nip-salah").await;
    app.click("#staff-cancel").await;
    app.close().await;

    // Closed and opened again: the person is still there.
    let app = driver.open().await;
    app.wait("#card-staff").await;
    app.click("#nav-pegawai").await;
    let rows = app.wait_text("#staff-rows", "Dr. Siti Aminah, S.E., M.Si.").await;
    assert!(!rows.contains("Budi Santoso"), "{rows}");
    // Her machine ID was kept as the machine's export writes it.
    app.click("#staff-rows button[data-action='edit']").await;
    assert_eq!(app.value("#staff-form [name='machine_id']").await, "7");
    app.screenshot("05b-pegawai-id-mesin").await;
    app.click("#staff-cancel").await;
    app.close().await;
}

#[tokio::test]
async fn the_example_office_fills_every_screen_and_bad_input_is_named() {
    let story = story().await;
    let driver = story.driver(&[]);
    let app = driver.open().await;

    app.click("#demo-load").await;
    let staff = app.wait_text("#card-staff", "57").await;
    assert!(staff.contains("PNS"), "{staff}");
    app.wait_text("#notice", "Data contoh dimuat").await;
    app.wait_text("#office-name", "Dinas Komunikasi dan Informatika").await;
    app.wait_text("#card-today", "Presensi tercatat 0 dari 57").await;
    app.screenshot("10-beranda-contoh").await;

    app.click("#nav-pegawai").await;
    app.wait_text("#staff-count", "57 pegawai").await;
    app.screenshot("11-pegawai-contoh").await;
    app.choose("#staff-unit-filter", "Bidang Persandian dan Statistik").await;
    app.wait_text("#staff-count", "9 pegawai").await;

    // Deactivate one; they leave the list but are kept.
    let first = app.wait("#staff-rows button[data-action='toggle']").await;
    first.click().await.unwrap();
    app.wait_text("#notice", "dinonaktifkan").await;
    app.wait_text("#staff-count", "8 pegawai").await;
    app.click("#staff-inactive").await;
    app.wait_text("#staff-count", "9 pegawai").await;
    app.wait_text("#staff-rows", "Nonaktif").await;

    // A person's phone changed through the edit form.
    app.click("#staff-rows button[data-action='edit']").await;
    app.fill("#staff-form [name='phone']", "0811-5555-6666").await;
    app.click("#staff-save").await;
    app.wait_gone("#staff-panel").await;
    app.wait_text("#notice", "disimpan").await;
    app.wait_text("#staff-rows", "0811-5555-6666").await;

    app.click("#nav-unit").await;
    app.wait_text("#unit-rows", "UPTD Pusat Data dan Jaringan").await;
    app.click("#unit-rows tr[data-id='1'] button[data-action='delete']").await;
    let notice = app.wait_text("#notice", "tidak dapat dihapus").await;
    assert!(notice.contains("Sekretariat"), "{notice}");
    app.screenshot("12-unit-kerja-contoh").await;

    // A team renamed in its row.
    app.click("#unit-rows tr[data-id='2'] button[data-action='edit']").await;
    app.fill("#unit-rows tr.editing [name='name']", "Subbagian Umum, Kepegawaian dan Arsip").await;
    app.screenshot("14-unit-kerja-ubah").await;
    app.click("#unit-rows tr.editing button[data-action='save']").await;
    app.wait_text("#notice", "Subbagian Umum, Kepegawaian dan Arsip disimpan.").await;
    app.wait_text("#unit-rows tr[data-id='2']", "Subbagian Umum, Kepegawaian dan Arsip").await;

    app.click("#nav-profil").await;
    app.wait_text("#kop-preview", "PEMERINTAH PROVINSI KALIMANTAN TIMUR").await;
    app.wait_text("#kop-preview", "NIP. 19700512 199603 1 004").await;
    app.fill("#office-form [name='email']", "diskominfo@kaltimprov").await;
    app.click("#office-save").await;
    app.wait_text("[data-error-for='email']", "Alamat surel tidak valid").await;
    app.screenshot("13-profil-kantor").await;

    // The holiday calendar: shipped for 2026, edited by the clerk.
    app.click("#nav-pengaturan").await;
    app.choose("#holiday-year", "2026").await;
    app.wait_text("#holiday-rows", "Idulfitri 1447 H").await;
    app.fill("#holiday-day", "31-11-2026").await;
    app.fill("#holiday-name", "Cuti bersama HUT Provinsi").await;
    app.click("#holiday-add").await;
    app.wait_text("[data-error-for='day']", "Tanggal \"31-11-2026\" tidak valid").await;
    app.fill("#holiday-day", "27-11-2026").await;
    app.click("#holiday-cuti").await;
    app.click("#holiday-add").await;
    app.wait_text("#holiday-rows tr[data-day='2026-11-27']", "Cuti bersama HUT Provinsi").await;
    app.screenshot("15-pengaturan-hari-libur").await;
    app.click("#holiday-rows tr[data-day='2026-11-27'] button[data-action='remove']").await;
    app.wait_gone("#holiday-rows tr[data-day='2026-11-27']").await;
    // Issue 17, point 2: a year without its list is named, never silently ordinary; the
    // clerk pastes the SKB's table, sees a wrong day name refused by line, previews, saves.
    app.choose("#holiday-year", "2028").await;
    app.wait_text("#holiday-source", "Daftar hari libur tahun 2028 belum ada").await;
    // Lines typed with the Enter key (WebDriver's U+E007): as a clerk pastes them.
    let lines = |text: &str| text.replace('\n', "\u{E007}");
    app.fill("#holiday-paste", &lines("HARI LIBUR NASIONAL\n1. 1 Januari 2028 Rabu Tahun Baru 2028 Masehi\n")).await;
    app.click("#holiday-preview").await;
    app.wait_text("[data-error-for='list']", "Baris 2: 1 Januari 2028 jatuh pada hari Sabtu, bukan Rabu.").await;
    app.fill(
        "#holiday-paste",
        &lines("HARI LIBUR NASIONAL\n1. 1 Januari 2028 Sabtu Tahun Baru 2028 Masehi\nCUTI BERSAMA\n1. 4 – 5 Januari 2028 Selasa – Rabu Cuti bersama contoh\n"),
    )
    .await;
    app.click("#holiday-preview").await;
    app.wait_text("#holiday-preview-table", "Cuti bersama contoh").await;
    app.fill("#holiday-paste-source", "SKB 3 Menteri 2028 (contoh)").await;
    app.screenshot("15b-pengaturan-daftar-skb").await;
    app.click("#holiday-import").await;
    app.wait_text("#notice", "Hari libur tahun 2028 disimpan: 3 hari.").await;
    app.wait_text("#holiday-source", "Sumber daftar 2028: SKB 3 Menteri 2028 (contoh)").await;
    app.wait_text("#holiday-rows", "Tahun Baru 2028 Masehi").await;
    // Office hours and the TL/PSW bands: a wrong order is named, a right one explained.
    app.fill("#hours-band-0", "60").await;
    app.click("#hours-save").await;
    app.wait_text("[data-error-for='bands']", "Batas pita keterlambatan harus naik").await;
    app.fill("#hours-band-0", "15").await;
    app.fill("#hours-start", "08.00").await;
    app.click("#hours-save").await;
    app.wait_text("#hours-explain", "pita 1 = 1–15 menit, 2 = 16–60").await;
    assert_eq!(app.client.execute("return document.querySelector('#hours-start').value", vec![]).await.unwrap(), "08:00");
    // Perpres 21/2023: a start at 08:00 with the same end leaves the week short of 37.5 hours.
    app.wait_text("#hours-note", "Jam kerja biasa: Senin–Jumat 35 jam bersih, kurang 2 jam 30 menit dari 37 jam 30 menit seminggu.").await;
    // Ramadan is a dated season; its built-in dates are estimates until the clerk confirms.
    let ramadan = "#season-rows tr:nth-child(2)";
    assert!(app.text(ramadan).await.contains("tanggal perkiraan"));
    app.fill(&format!("{ramadan} .s-from"), "31-02-2026").await;
    app.click("#hours-save").await;
    app.wait_text("[data-error-for='seasons']", "Tanggal awal Ramadan 1447 H tidak valid").await;
    app.fill(&format!("{ramadan} .s-from"), "18-02-2026").await;
    app.click("#hours-save").await;
    app.wait_text("#hours-note", "Ramadan 1447 H, 18-02-2026–20-03-2026: Senin–Jumat 32 jam 30 menit bersih, sesuai").await;
    assert!(!app.text(ramadan).await.contains("tanggal perkiraan"));
    app.screenshot("16-pengaturan-jam-kerja").await;
    app.close().await;
}

#[tokio::test]
async fn a_clerk_applies_a_seed_circular_and_sees_what_each_day_requires() {
    let story = story().await;
    let driver = story.driver(&[]);
    let app = driver.open().await;
    app.click("#demo-load").await;
    app.wait_text("#card-staff", "57").await;

    app.click("#nav-surat").await;
    app.wait_text("#circular-rows", "Belum ada Surat Edaran").await;
    app.choose("#circular-template", "800/01/Prov — Penjabat Gubernur Kalimantan Barat (2024)").await;
    app.wait_text("#circular-template-info", "WFO 100%").await;
    app.click("#circular-add").await;
    app.wait_text("#notice", "SE ditambahkan").await;
    let row = app.wait_text("#circular-rows", "800/01/Prov").await;
    assert!(row.contains("16-04-2024 s.d. 17-04-2024"), "{row}");
    assert!(row.contains("Administrasi pemerintahan: WFH paling banyak 50%"), "{row}");

    app.fill("#needs-from", "15-04-2024").await;
    app.fill("#needs-to", "18-04-2024").await;
    app.click("#needs-show").await;
    let tuesday = app.wait_text("#needs-table tbody[data-date='2024-04-16']", "Selasa, 16-04-2024").await;
    assert!(tuesday.contains("SE Penjabat Gubernur Kalimantan Barat Nomor 800/01/Prov"), "{tuesday}");
    assert!(tuesday.contains("WFH paling banyak 50%"), "{tuesday}");
    // Kalbar's share is of the ASN (issue 30): the Sekretariat's 12, its 3 Non-ASN outside.
    assert!(
        tuesday.contains("12+3 tidak dihitung") && tuesday.contains("6 – 12"),
        "Sekretariat: at least 6 of 12 in the office: {tuesday}"
    );
    let thursday = app.text("#needs-table tbody[data-date='2024-04-18']").await;
    assert!(thursday.contains("Tanpa SE") && thursday.contains("Normal: semua pegawai WFO"), "{thursday}");
    app.screenshot("20-surat-edaran").await;
    app.client.execute("document.getElementById('needs-table').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("20-surat-edaran-kebutuhan").await;

    // The office tightens the administration rule; the needs follow.
    app.click("#circular-rows button[data-action='edit']").await;
    app.fill("#circular-form input[aria-label='Bagian Administrasi pemerintahan']", "25%").await;
    app.screenshot("21-surat-edaran-ubah").await;
    app.click("#circular-save").await;
    app.wait_gone("#circular-panel").await;
    app.wait_text("#circular-rows", "WFH paling banyak 25%").await;
    app.click("#needs-show").await;
    app.wait_text("#needs-table tbody[data-date='2024-04-16']", "9 – 12").await;

    // A broken file pasted in is refused with the reason.
    // A typo in a date is named.
    app.fill("#needs-to", "31-04-2024").await;
    app.click("#needs-show").await;
    app.wait_text("#needs-result", "Tanggal \"31-04-2024\" tidak valid").await;

    app.click("#circular-import-open").await;
    app.fill("#circular-json", "{\"key\": \"se-baru\",").await;
    app.click("#circular-import").await;
    let err = app.wait_text("[data-error-for='json']", "Isi SE tidak dapat dibaca").await;
    assert!(err.contains("berkas terpotong"), "{err}");
    app.screenshot("22-surat-edaran-json-salah").await;

    // A second circular overlapping 16-17 April: the latest signed governs unless the clerk
    // chooses; the choice is made in the day's row.
    app.choose("#circular-template", "065/3674/B.Org — Gubernur Kalimantan Timur (2020)").await;
    app.click("#circular-add").await;
    app.wait_text("#circular-rows", "065/3674/B.Org").await;
    // What the template inferred from its news source is marked in the list.
    app.wait_text("#circular-rows [data-inferred='kaltim-2020']", "Diperkirakan, belum dari naskah SE: Tanggal ditandatangani").await;
    app.fill("#needs-to", "18-04-2024").await;
    app.click("#needs-show").await;
    let tuesday = app.wait_text("#needs-table tbody[data-date='2024-04-16']", "di antara 2 SE").await;
    assert!(tuesday.contains("WFH paling banyak 25%"), "Kalbar, signed last, governs: {tuesday}");
    app.choose("select[data-choose-date='2024-04-16']", "SE Gubernur Kalimantan Timur Nomor 065/3674/B.Org").await;
    let tuesday = app.wait_text("#needs-table tbody[data-date='2024-04-16']", "Dipilih petugas").await;
    assert!(tuesday.contains("WFO paling banyak 1/5"), "{tuesday}");
    let wednesday = app.text("#needs-table tbody[data-date='2024-04-17']").await;
    assert!(wednesday.contains("WFH paling banyak 25%"), "{wednesday}");
    app.client.execute("document.getElementById('needs-table').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("23-surat-edaran-pilihan").await;

    // Every version of a circular is kept.
    app.click("#circular-rows tr[data-key='kalbar-2024'] button[data-action='history']").await;
    let history = app.wait_text("#circular-history", "Diubah").await;
    assert!(history.contains("Ditambahkan") && history.contains("WFH paling banyak 50%"), "{history}");
    app.screenshot("24-surat-edaran-riwayat").await;

    // Issue 30, who decides in a Pemda: the office's flexible-work decision placed inside the
    // governor's letter may be stricter, never looser; once inside, it governs its days.
    story.cli.ok(&["circular", "add", "--template", "fleksibel-2025", "--key", "keputusan-opd", "--from", "01-04-2024"]);
    app.click("#circular-history .actions button").await;
    app.wait_gone("#circular-history").await;
    app.click("#nav-beranda").await;
    app.click("#nav-surat").await;
    app.click("#circular-rows tr[data-key='keputusan-opd'] button[data-action='edit']").await;
    app.choose("#circular-within", "800/01/Prov — Penjabat Gubernur Kalimantan Barat (kalbar-2024)").await;
    app.click("#circular-save").await;
    let err = app.wait_text("[data-error-for='within']", "tidak lebih longgar").await;
    assert!(err.contains("Layanan publik pada hari selasa: untuk 4 pegawai"), "{err}");
    app.screenshot("24b-keputusan-opd-lebih-longgar").await;
    app.choose("#circular-form select[aria-label='Aturan Esensial']", "Normal: semua WFO").await;
    app.choose("#circular-form select[aria-label='Aturan Layanan publik']", "Normal: semua WFO").await;
    app.fill("#circular-form input[aria-label='Bagian Administrasi pemerintahan']", "25%").await;
    app.click("#circular-save").await;
    app.wait_gone("#circular-panel").await;
    app.wait_text("#circular-rows [data-within='kalbar-2024']", "Melaksanakan 800/01/Prov (kalbar-2024)").await;
    app.fill("#needs-from", "15-04-2024").await;
    app.fill("#needs-to", "18-04-2024").await;
    app.click("#needs-show").await;
    let wednesday = app.wait_text("#needs-table tbody[data-date='2024-04-17']", "Keputusan Kepala OPD melaksanakan").await;
    assert!(wednesday.contains("ketetapan kantor"), "the template's figures are the office's own: {wednesday}");
    app.close().await;
}

/// Issue 17, points 4, 5 and 6: a class of the office's own named on Unit Kerja, then a
/// circular no template resembles, written from a blank form with "hari Senin wajib WFO semua"
/// beside class rules (one for the new class), and a week planned under it.
#[tokio::test]
async fn a_clerk_writes_a_circular_from_a_blank_form_with_a_monday_rule_and_plans_the_week() {
    let story = story().await;
    let driver = story.driver(&[]);
    let app = driver.open().await;
    app.click("#demo-load").await;
    app.wait_text("#card-staff", "57").await;

    // The office's own class: named, refused twice, given to the UPTD.
    app.click("#nav-unit").await;
    app.fill("#class-new-name", "Pusat data").await;
    app.click("#class-new-add").await;
    app.wait_text("#class-add-form [data-error-for='counts_as']", "Pilih kelas baku").await;
    app.choose("#class-new-counts", "Esensial").await;
    app.click("#class-new-add").await;
    app.wait_text("#class-rows tr[data-class='pusat_data']", "belum ada").await;
    let uptd = "#unit-rows tr[data-id='13']";
    assert!(app.text(uptd).await.contains("UPTD Pusat Data"));
    app.click(&format!("{uptd} button[data-action='edit']")).await;
    app.choose(&format!("{uptd} select[name='service_class']"), "Pusat data").await;
    app.click(&format!("{uptd} button[data-action='save']")).await;
    app.wait_text(uptd, "Pusat data").await;
    app.wait_text("#class-rows tr[data-class='pusat_data']", "UPTD Pusat Data dan Jaringan").await;
    app.click("#class-rows button[data-class-remove='pusat_data']").await;
    app.wait_text("#notice", "masih dipakai oleh unit UPTD Pusat Data dan Jaringan").await;
    app.client.execute("document.getElementById('office-classes').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("25-unit-kelas-kantor").await;

    app.click("#nav-surat").await;
    // The screen has finished opening (its last section is listed) before the clerk acts.
    app.wait_text("#psbb-rows", "Belum ada masa PSBB").await;
    // Pressed twice while the blank form loads: one form opens, not two stacked with the same
    // ids (where "Simpan" would save the one underneath).
    app.client.execute("const b = document.getElementById('circular-new'); b.click(); b.click();", vec![]).await.unwrap();
    app.wait_text("#circular-form h2", "Surat Edaran baru").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.client.find_all(fantoccini::Locator::Css("#circular-panel")).await.unwrap().len(), 1, "satu formulir SE");
    // Saved empty: each missing field is named.
    app.click("#circular-save").await;
    app.wait_text("#circular-form [data-error-for='key']", "Kode SE").await;
    app.wait_text("#circular-form [data-error-for='number']", "Nomor SE wajib diisi").await;
    app.fill("#circular-form [name='key']", "se-senin-2026").await;
    app.fill("#circular-form [name='number']", "800/123/Org").await;
    app.fill("#circular-form [name='issuer']", "Gubernur Contoh").await;
    app.fill("#circular-form [name='title']", "Senin wajib WFO, hari lain WFH paling banyak 50%").await;
    app.fill("#circular-form [name='valid_from']", "01-11-2026").await;
    app.choose("#circular-form select[aria-label='Aturan Administrasi pemerintahan']", "WFH paling banyak …").await;
    app.fill("#circular-form input[aria-label='Bagian Administrasi pemerintahan']", "50%").await;
    let own = app.text("#circular-form tr[data-rule-class='pusat_data']").await;
    assert!(own.contains("kelas milik kantor") && own.contains("Seperti esensial"), "{own}");
    app.choose("#circular-form select[aria-label='Aturan Pusat data']", "WFO paling banyak …").await;
    app.fill("#circular-form input[aria-label='Bagian Pusat data']", "1/2").await;
    app.click("#day-rule-add").await;
    app.click("#day-rules input[data-day-rule-day='senin']").await;
    app.choose("#day-rules select[aria-label='Aturan aturan hari']", "WFO 100%").await;
    app.screenshot("25-surat-edaran-baru").await;
    // Issue 30: a letter's call rule and online presence windows are the letter's settings.
    app.fill("#circular-form [name='call_rule_calls']", "3").await;
    app.fill("#circular-form [name='call_rule_minutes']", "30").await;
    app.fill("#circular-form [name='presence_windows']", "06:30-07:30 (di luar Ramadan), 11:00-13:00, 07:00-08:00 (Ramadan)").await;
    app.scroll_to("#f-report_to_sekda").await;
    app.screenshot("25b-surat-edaran-kewajiban").await;
    app.click("#circular-save").await;
    app.wait_gone("#circular-panel").await;
    let row = app.wait_text("#circular-rows tr[data-key='se-senin-2026']", "Senin (semua kelas): WFO 100%").await;
    let saved: serde_json::Value = serde_json::from_str(&story.cli.ok(&["circular", "export", "se-senin-2026"])).unwrap();
    assert_eq!(saved["obligations"]["call_rule"], serde_json::json!({"calls": 3, "minutes": 30}));
    assert_eq!(
        saved["obligations"]["presence_windows"],
        serde_json::json!([
            {"from": "06:30", "to": "07:30", "season": "biasa"},
            {"from": "11:00", "to": "13:00"},
            {"from": "07:00", "to": "08:00", "season": "ramadan"}
        ])
    );
    assert!(row.contains("Administrasi pemerintahan: WFH paling banyak 50%"), "{row}");
    assert!(row.contains("Pusat data: WFO paling banyak 1/2"), "{row}");

    // The week of 30 November 2026: everyone in on Monday, at least 8 of 15 after.
    app.click("#nav-jadwal").await;
    app.wait_text("#week-title", "Minggu ke-").await;
    app.click("#plan-week").await;
    app.wait_text("#notice", "Jadwal disusun").await;
    let counts = "#week-grid section:first-child tr.counts";
    let monday = app.wait_text(&format!("{counts} td:nth-child(2)"), "/").await;
    let tuesday = app.text(&format!("{counts} td:nth-child(3)")).await;
    let title = app.text("#week-title").await;
    if title.contains("30 November") {
        assert_eq!((monday.as_str(), tuesday.as_str()), ("15 / 15", "8 / 8–15"), "{title}");
    } else {
        assert!(monday.ends_with("/ 15") && tuesday.contains("8–15"), "{title}: {monday}, {tuesday}");
    }
    // The UPTD, of the office's own class: all in on Monday, at most half on Tuesday.
    let uptd_counts = "#week-grid section[data-unit='13'] tr.counts";
    let monday = app.wait_text(&format!("{uptd_counts} td:nth-child(2)"), "/").await;
    let tuesday = app.text(&format!("{uptd_counts} td:nth-child(3)")).await;
    let n: u32 = monday.rsplit("/ ").next().unwrap().trim().parse().unwrap();
    if title.contains("30 November") {
        assert_eq!(monday, format!("{n} / {n}"), "{title}");
    }
    assert!(tuesday.ends_with(&format!("/ 0–{}", n / 2)), "{title}: {monday}, {tuesday}");
    app.screenshot("26-jadwal-aturan-senin").await;

    // SE MenPAN-RB 67/2020: the region's zone from a day on; a bad date is named.
    app.click("#nav-surat").await;
    app.fill("#zone-day", "31-09-2020").await;
    app.choose("#zone-kind", "Risiko rendah (kuning)").await;
    app.click("#zone-add").await;
    app.wait_text("#zone-form [data-error-for='from']", "Tanggal \"31-09-2020\" tidak valid").await;
    app.fill("#zone-day", "07-09-2020").await;
    app.click("#zone-add").await;
    app.wait_text("#zone-rows tr[data-from='2020-09-07']", "Risiko rendah (kuning)").await;
    app.client.execute("document.getElementById('zone-form').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("27-surat-edaran-zona").await;
    app.close().await;
}

/// Issue 17, point 3 (Kaltim 2020: "bekerja dilakukan dengan cara shift"): the clerk splits
/// the Sekretariat into two groups on fixed weekdays, plans the week by their turns, and the
/// printed week names the group in the office each day.
#[tokio::test]
async fn a_clerk_splits_a_unit_into_shift_groups_and_the_week_follows_their_turns() {
    let story = story().await;
    // The example office under a circular that leaves room for turns: WFH at most 50%.
    let cli = &story.cli;
    cli.ok(&["demo"]);
    cli.import_circular(
        "se-shift",
        "2026-11-01",
        serde_json::json!([{ "service_class": "administrasi", "kind": "wfh_max", "share": "50%" }]),
    );
    let driver = story.driver(&[]);
    let app = driver.open().await;
    app.wait_text("#card-staff", "57").await;
    app.click("#nav-unit").await;
    app.click("#unit-rows tr[data-id='1'] button[data-action='shift']").await;
    app.wait_text("#shift-form h2", "Shift Sekretariat").await;
    app.choose("#shift-pattern", "Hari tetap per regu").await;
    app.fill("#shift-start", "05-01-2026").await;
    // Fixed weekdays without the days: named, nothing saved.
    app.click("#shift-split").await;
    app.wait_text("#shift-form [data-error-for='groups']", "Regu A: pilih hari regu ini di kantor.").await;
    // The error scrolled the panel down; back to the groups, as the clerk would.
    app.client.execute("document.getElementById('shift-groups').scrollIntoView({ block: 'center' })", vec![]).await.unwrap();
    for day in ["0-senin", "0-rabu", "0-jumat", "1-selasa", "1-kamis"] {
        app.click(&format!("#shift-groups input[data-group-day='{day}']")).await;
    }
    app.screenshot("28-unit-shift").await;
    app.click("#shift-split").await;
    app.wait_gone("#shift-panel").await;
    app.wait_text("#notice", "Shift Sekretariat disimpan: Regu A").await;

    app.click("#nav-jadwal").await;
    app.wait_text("#week-title", "Minggu ke-").await;
    app.click("#plan-week").await;
    app.wait_text("#notice", "Jadwal disusun").await;
    let on_duty = app.wait_text("#week-grid section[data-unit='1'] tr.on-duty", "Regu di kantor").await;
    assert!(on_duty.contains("Regu A") && on_duty.contains("Regu B"), "{on_duty}");
    let note = app.text("#week-grid section[data-unit='1'] .shift-note").await;
    assert_eq!(note, "Shift, hari tetap per regu: Regu A Senin, Rabu, Jumat; Regu B Selasa, Kamis");
    assert!(app.text("#week-grid section[data-unit='1']").await.contains("Regu B"));
    app.screenshot("29-jadwal-shift").await;
    app.click("#print-week").await;
    let page = app.wait_text("#print-view .print-page", "Regu di kantor").await;
    assert!(page.contains("Shift, hari tetap per regu"), "{page}");
    app.screenshot("30-cetak-shift").await;
    app.click("#print-close").await;
    app.close().await;
}

/// Issue 15: the office's decision on flexible work (PermenPANRB 4/2025) from its template,
/// its figures the office's own: the clerk changes the days away a week and sees it listed.
#[tokio::test]
async fn a_clerk_adds_the_flexible_work_decision_and_sets_its_figures() {
    let story = story().await;
    let driver = story.driver(&[]);
    let app = driver.open().await;
    app.click("#demo-load").await;
    app.wait_text("#card-staff", "57").await;
    app.click("#nav-surat").await;
    app.choose("#circular-template", "Pelaksanaan Tugas Kedinasan Pegawai ASN secara Fleksibel di Lingkungan OPD (2025)").await;
    app.wait_text("#circular-template-info", "PermenPANRB 4/2025").await;
    app.fill("#circular-new-from", "01-12-2026").await;
    app.click("#circular-add").await;
    let row =
        app.wait_text("#circular-rows tr[data-key='fleksibel-2025']", "Kerja fleksibel: paling banyak 30% di luar kantor per hari").await;
    assert!(row.contains("paling banyak 2 hari kerja per minggu di luar kantor"), "{row}");
    app.click("#circular-rows tr[data-key='fleksibel-2025'] button[data-action='edit']").await;
    app.wait_text("#circular-form h2", "Ubah Surat Edaran").await;
    app.fill("#circular-form [name='flex_days']", "9").await;
    app.fill("#circular-form [name='number']", "800/12/Diskominfo/2026").await;
    app.client.execute("document.getElementById('flex-section').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("31-surat-edaran-fleksibel").await;
    app.click("#circular-save").await;
    app.wait_text("#circular-form [data-error-for='flexible']", "paling banyak 7 (tertulis 9)").await;
    app.fill("#circular-form [name='flex_days']", "3").await;
    // The decision names a person it keeps in the office, by NIP; a short one is refused by line.
    app.fill("#circular-form [name='flex_excepted']", "19940424 201812 1 00").await;
    app.click("#circular-save").await;
    app.wait_text("#circular-form [data-error-for='flexible']", "Pegawai yang dikecualikan ke-1: \"19940424201812100\" bukan NIP").await;
    app.fill("#circular-form [name='flex_excepted']", "19940424 201812 1 005").await;
    app.click("#circular-save").await;
    app.wait_gone("#circular-panel").await;
    app.wait_text("#circular-rows tr[data-key='fleksibel-2025']", "paling banyak 3 hari kerja per minggu").await;
    app.click("#nav-fwa").await;
    app.wait_text("#fwa-policy-persons", "Dikecualikan: Arif Nasution, S.Sos. (NIP 19940424 201812 1 005)").await;
    app.pick_person("#fwa-staff", "arif nasution", "Arif Nasution, S.Sos.").await;
    app.choose("#fwa-reason", "Keluarga").await;
    app.fill("#fwa-plan", "Menata arsip; target 200 berkas").await;
    app.click("#fwa-add").await;
    app.wait_text("#fwa-form [data-error-for='staff_id']", "Arif Nasution, S.Sos. dikecualikan dari kerja fleksibel").await;
    app.screenshot("31b-pengajuan-dikecualikan").await;
    app.close().await;
}

/// Issue 15 (PermenPANRB 4/2025: "bukan merupakan hak"; the superior decides): seven of the
/// Sekretariat ask to work from home on Fridays, six are approved by keyboard and one rejected
/// with a note; the period is planned and the week says who got the Friday and why not.
#[tokio::test]
async fn seven_ask_for_fridays_away_six_are_approved_and_the_plan_says_who_got_which() {
    use chrono::Datelike;
    use fantoccini::key::Key;
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo"]);
    let today = chrono::NaiveDateTime::parse_from_str(giliran_tests::STORY_DAY, "%Y-%m-%dT%H:%M").unwrap().date();
    let monday = today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let (from, to) = (monday.format("%d-%m-%Y").to_string(), (monday + chrono::Duration::days(34)).format("%d-%m-%Y").to_string());
    cli.ok(&["circular", "add", "--template", "fleksibel-2025", "--key", "kf", "--from", &from]);
    let saves = cli.dir.path().join("simpan");
    std::fs::create_dir(&saves).unwrap();
    let driver = story.driver(&[("GILIRAN_TEST_SAVE_DIR", saves.as_path())]);
    let app = driver.open().await;
    app.wait_text("#card-staff", "57").await;
    app.click("#nav-fwa").await;
    app.wait_text("#fwa-policy-card", "Paling banyak 2 hari kerja per minggu di luar kantor").await;

    // Without a reason and a work plan: each field named, nothing saved.
    app.pick_person("#fwa-staff", "arif nasution", "Arif Nasution, S.Sos.").await;
    app.click("#fwa-add").await;
    app.wait_text("#fwa-form [data-error-for='reason']", "Alasan wajib dipilih").await;
    app.wait_text("#fwa-form [data-error-for='work_plan']", "Rencana kerja dan target wajib diisi").await;
    let people = [
        "Arif Nasution, S.Sos.",
        "Dedi Kurniawan, S.Sos.",
        "Wulan Siregar",
        "Rizky Kurniawan",
        "Rizky Nasution, S.Sos.",
        "Rudi Nugroho, S.H.",
        "Yuli Siregar",
    ];
    for (i, name) in people.iter().enumerate() {
        app.pick_person("#fwa-staff", name, name).await;
        app.fill("#fwa-from", &from).await;
        app.fill("#fwa-to", &to).await;
        if i == 0 {
            app.click("#fwa-form input[data-fwa-day='jumat']").await;
        }
        app.choose("#fwa-reason", "Keluarga").await;
        app.fill("#fwa-plan", "Menyusun laporan; target satu naskah per minggu").await;
        app.click("#fwa-add").await;
        app.wait_text("#notice", &format!("Pengajuan {name} dicatat")).await;
    }
    let listed = app.wait_text("#fwa-rows", "Yuli Siregar").await;
    assert_eq!(listed.matches("Setiap Jumat").count(), 7, "{listed}");
    app.screenshot("32-pengajuan-fwa").await;

    // The superior decides by keyboard: S approves; T rejects, and wants a note.
    app.fill("#fwa-by", "Syahrul Gunawan, S.E.").await;
    for approved in 1..=6 {
        app.press_on("#fwa-rows tr[data-status='diajukan']:not(:first-child)", "y").await;
        // The list is drawn again after each decision: the next key waits for it.
        let count = "return document.querySelectorAll(\"#fwa-rows tr[data-status='diajukan']\").length";
        let deadline = std::time::Instant::now() + giliran_tests::window::STEP;
        while app.client.execute(count, vec![]).await.unwrap().as_u64() != Some(7 - approved) {
            assert!(std::time::Instant::now() < deadline, "{approved} disetujui");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
    app.press_on("#fwa-rows tr[data-status='diajukan']", "x").await;
    app.wait_text("#notice", "Catatan keputusan wajib diisi").await;
    app.fill("#fwa-rows tr[data-status='diajukan'] input[data-note]", "Tugas bendahara pada hari Jumat").await;
    app.press_on("#fwa-rows tr[data-status='diajukan']", "x").await;
    app.wait_text("#notice", "ditolak").await;
    app.choose("#fwa-filter-status", "Semua status").await;
    let all = app.wait_text("#fwa-rows", "Ditolak").await;
    assert_eq!(all.matches("Disetujui").count(), 6, "{all}");
    assert!(all.contains("Tugas bendahara pada hari Jumat"), "{all}");

    // Flexible by time: Nur Kusumawati asks for dynamic hours on every working day.
    app.pick_person("#fwa-staff", "Nur Kusumawati", "Nur Kusumawati, S.T.").await;
    app.click("#fwa-form input[data-fwa-day='jumat']").await;
    app.choose("#fwa-kind", "Waktu: jam kerja dinamis").await;
    app.fill("#fwa-plan", "Menyelesaikan naskah dinas; target 3 naskah per minggu").await;
    app.click("#fwa-add").await;
    app.wait_text("#notice", "Pengajuan Nur Kusumawati, S.T. dicatat").await;
    app.choose("#fwa-filter-status", "Diajukan").await;
    app.wait_text("#fwa-rows", "Waktu: jam kerja dinamis").await;
    app.focus("#fwa-rows tr[data-status='diajukan']").await;
    app.press("y").await;
    app.wait_text("#notice", "disetujui").await;
    // The printed request, with both signature blocks.
    app.choose("#fwa-filter-status", "Disetujui").await;
    app.wait_text("#fwa-rows", "Nur Kusumawati").await;
    app.click("#fwa-rows tr[data-status='disetujui'] button[data-act='print']").await;
    let page = app.wait_text("#fwa-form-page", "FORMULIR PENGAJUAN PELAKSANAAN TUGAS KEDINASAN SECARA FLEKSIBEL").await;
    assert!(page.contains("Pegawai yang mengajukan,") && page.contains("Syahrul Gunawan, S.E."), "{page}");
    app.screenshot("32b-formulir-fwa").await;
    app.click("#print-close").await;
    app.wait_gone("#print-view").await;

    // Planned: the Sekretariat's 12 ASN (the decision covers ASN), at most 30% away, so 3 of
    // the 6 each Friday.
    app.click("#nav-jadwal").await;
    app.wait_text("#week-title", "Minggu ke-").await;
    app.fill("#plan-from", &from).await;
    app.fill("#plan-to", &to).await;
    app.click("#plan-period").await;
    app.wait_text("#notice", "Jadwal disusun").await;
    for _ in 0..3 {
        if app.text("#week-grid section[data-unit='1'] thead").await.contains("Jumat") {
            break;
        }
        app.click("#week-next").await;
        app.wait_text("#week-title", "Minggu ke-").await;
    }
    let unmet = app.wait_text("#week-grid section[data-unit='1'] .wishes-unmet", "ingin WFH").await;
    assert!(unmet.contains("Rentang hari itu penuh: paling sedikit 9 orang WFO"), "{unmet}");
    assert_eq!(unmet.matches("ingin WFH").count(), 3, "6 asked, 3 places: {unmet}");
    app.screenshot("33-jadwal-fwa").await;

    // Her check-in at 08:45 is within the dynamic window (09:00): not late; her day runs to
    // 17:15, so leaving at 16:00 is early.
    let tuesday = (monday + chrono::Duration::days(1)).format("%d-%m-%Y").to_string();
    app.click("#nav-presensi").await;
    app.fill("#presence-date", &tuesday).await;
    app.click("#presence-show").await;
    // Tuesday's sheet, not the day the screen opened on.
    let shown = app.wait_text("#presence-summary", "Presensi Selasa").await;
    assert!(shown.contains("Tercatat 0"), "{shown}");
    let nur = "#presence-rows tr[data-staff='3']";
    app.press_on(&format!("{nur} td.pcode"), &Key::Enter.to_string()).await;
    app.wait_text("#presence-summary", "Tercatat 1").await;
    app.fill(&format!("{nur} input.time.in"), "08:45").await;
    app.fill(&format!("{nur} input.time.out"), "16:00").await;
    app.press(&Key::Enter.to_string()).await;
    let bands = app.wait_text(&format!("{nur} td.bands"), "PSW3").await;
    assert!(app.text(nur).await.contains("jam dinamis s.d. 09:00"));
    // The use is counted in its month against the decision's 8.
    app.wait_text(&format!("{nur} [data-dynamic-use='ya']"), "Jam dinamis ke-1 dari 8 kali bulan ini").await;
    assert!(!bands.contains("TL"), "08:45 within the dynamic window: {bands}");
    app.screenshot("34a-presensi-jam-dinamis").await;
    // On the Friday, the sheet says where each approved person works away.
    let friday = (monday + chrono::Duration::days(4)).format("%d-%m-%Y").to_string();
    app.fill("#presence-date", &friday).await;
    app.click("#presence-show").await;
    let summary = app.wait_text("#presence-summary", "Presensi Jumat").await;
    if !summary.contains("hari libur") {
        let sheet = app.wait_text("#presence-rows", "FWA: Rumah/tempat tinggal").await;
        assert_eq!(sheet.matches("FWA: Rumah/tempat tinggal").count(), 3, "3 of the 6 that Friday: {sheet}");
        app.screenshot("34b-presensi-fwa").await;
    }

    // The report to the Sekda counts the requests and the days away of each person.
    app.click("#nav-laporan").await;
    app.fill("#report-from", &from).await;
    app.fill("#report-to", &to).await;
    app.click("#report-show").await;
    let flexible = app.wait_text("#report-flexible", "Yuli Siregar").await;
    assert!(flexible.contains("Arif Nasution") && flexible.contains("Batas per minggu"), "{flexible}");
    assert!(flexible.contains("Nur Kusumawati") && flexible.contains("Jam dinamis dipakai"), "{flexible}");
    app.client.execute("document.getElementById('report-flexible').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("34-laporan-fwa").await;

    // The file for the Sekda carries the same section: read back as a spreadsheet would.
    app.click("#report-save-xlsx").await;
    app.wait_text("#report-status", "disimpan").await;
    let file = std::fs::read_dir(&saves).unwrap().map(|e| e.unwrap().path()).find(|p| p.extension().is_some_and(|x| x == "xlsx")).unwrap();
    use calamine::{open_workbook_auto, Reader};
    let mut wb = open_workbook_auto(&file).unwrap();
    let sheet = wb.worksheet_range("Kerja Fleksibel").expect("the report's flexible-work sheet");
    let rows: Vec<String> = sheet.rows().map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>().join("|")).collect();
    let row = |name: &str| rows.iter().find(|r| r.contains(name)).unwrap_or_else(|| panic!("{name} in {rows:#?}")).clone();
    // Yuli Siregar was rejected (the sheet's 6th column counts rejections); Arif Nasution approved.
    assert_eq!(row("Yuli Siregar").split('|').nth(5), Some("1"), "{}", row("Yuli Siregar"));
    assert_eq!(row("Arif Nasution").split('|').nth(4), Some("1"), "{}", row("Arif Nasution"));
    app.close().await;
}

#[tokio::test]
async fn a_clerk_plans_the_week_in_one_click_and_adjusts_it_by_keyboard() {
    use fantoccini::key::Key;
    let story = story().await;
    let dir = &story.cli.dir;
    let driver = story.driver(&[("GILIRAN_TEST_SAVE_DIR", dir.path())]);
    let app = driver.open().await;
    app.click("#demo-load").await;
    app.wait_text("#card-staff", "57").await;
    app.click("#nav-surat").await;
    app.choose("#circular-template", "065/3674/B.Org — Gubernur Kalimantan Timur (2020)").await;
    app.fill("#circular-new-key", "kaltim-2026").await;
    app.fill("#circular-new-from", "01-01-2026").await;
    app.click("#circular-add").await;
    app.wait_text("#circular-rows", "kaltim-2026").await;

    app.click("#nav-jadwal").await;
    app.wait_text("#week-title", "Minggu ke-").await;
    app.click("#plan-week").await;
    app.wait_text("#notice", "Jadwal disusun").await;
    let sekretariat = "#week-grid section:first-child";
    let counts = format!("{sekretariat} tr.counts td:nth-child(2)");
    // Kaltim 2020's 1/5 is of the PNS (issue 30).
    assert_eq!(app.text(&counts).await, "1 / 0–1");
    app.screenshot("30-jadwal-disusun").await;

    // A WFH cell of the first day: by keyboard to WFO; one too many in the office is marked.
    let wfh = format!("{sekretariat} td.cell.wfh:nth-child(2)");
    app.wait(&wfh).await;
    app.client.execute(&format!("document.querySelector('{wfh}').focus()"), vec![]).await.unwrap();
    app.client.active_element().await.unwrap().send_keys("o").await.unwrap();
    app.wait_text(&format!("{sekretariat} tr.counts td.breach"), "2 / 0–1").await;
    let listed = app.text(&format!("{sekretariat} ul.breaches")).await;
    assert!(listed.contains("Sekretariat, Senin") && listed.contains("melebihi batas WFO 1/5 (paling banyak 1 orang)"), "{listed}");
    app.screenshot("31-jadwal-pelanggaran").await;

    // Space locks the cell; undo puts it back as it was.
    app.client.active_element().await.unwrap().send_keys(" ").await.unwrap();
    app.wait_text(&format!("{sekretariat} td.cell[data-locked='true']"), "KUNCI").await;
    app.click("#undo").await;
    app.wait_gone(&format!("{sekretariat} td.cell[data-locked='true']")).await;
    app.click("#undo").await;
    app.wait_text(&counts, "1 / 0–1").await;
    app.wait_gone(&format!("{sekretariat} tr.counts td.breach")).await;

    // Arrow keys move between cells.
    app.client.execute(&format!("document.querySelector('{sekretariat} td.cell').focus()"), vec![]).await.unwrap();
    app.client.active_element().await.unwrap().send_keys(&Key::Right.to_string()).await.unwrap();
    let focused = app.client.execute("return document.activeElement.dataset.date", vec![]).await.unwrap();
    let first_day =
        app.client.execute(&format!("return document.querySelector('{sekretariat} td.cell').dataset.date"), vec![]).await.unwrap();
    assert_ne!(focused, first_day);
    // Wishes: in "Keinginan pegawai" mode the same keys note what people asked for. Everyone
    // in the office on Monday asks for WFH (granted: others take the office day); everyone at
    // home on Tuesday asks for WFO (the office takes one: the rest are told why not).
    app.choose("#grid-mode", "Keinginan pegawai (O, W, - = hapus)").await;
    let day_of = |k: usize| {
        format!("return document.querySelectorAll('{sekretariat} tbody tr:not(.team-head):not(.counts)')[0].children[{k}].dataset.date")
    };
    let monday: String = serde_json::from_value(app.client.execute(&day_of(1), vec![]).await.unwrap()).unwrap();
    let tuesday: String = serde_json::from_value(app.client.execute(&day_of(2), vec![]).await.unwrap()).unwrap();
    let staff_on = |date: &str, code: &str| {
        format!("return [...document.querySelectorAll('{sekretariat} td.cell[data-date=\"{date}\"][data-code=\"{code}\"]')].map((c) => c.dataset.staff)")
    };
    let asked = [(monday.clone(), "O", "w", "ingin WFH"), (tuesday.clone(), "H", "o", "ingin WFO")];
    let mut first_home = String::new();
    for (date, code, key, badge) in &asked {
        let people: Vec<String> = serde_json::from_value(app.client.execute(&staff_on(date, code), vec![]).await.unwrap()).unwrap();
        assert!(people.len() >= 2, "{date}: {people:?}");
        for staff in &people {
            let cell = format!("{sekretariat} td.cell[data-staff='{staff}'][data-date='{date}']");
            app.focus(&cell).await;
            app.press(key).await;
            app.wait_text(&format!("{cell} span.wish"), badge).await;
        }
        if *code == "H" {
            first_home = people[0].clone();
        }
    }
    // Noted, not yet planned: the plan itself is unchanged until it is planned again.
    assert_eq!(app.text(&format!("{sekretariat} tr.counts td:nth-child(3)")).await, "1 / 0–1");
    app.click("#plan-week").await;
    app.wait_text("#notice", "Jadwal disusun").await;
    let unmet = app.wait_text(&format!("{sekretariat} .wishes-unmet"), "Kantor penuh hari itu: paling banyak 1 orang WFO").await;
    let tuesday_label: String = serde_json::from_value(
        app.client.execute(&format!("return document.querySelectorAll('{sekretariat} thead th')[2].textContent"), vec![]).await.unwrap(),
    )
    .unwrap();
    assert!(unmet.contains(&tuesday_label), "{unmet}");
    app.wait_text(&format!("{sekretariat} span.wish.granted"), "ingin WFH ✓").await;
    assert_eq!(app.text(&format!("{sekretariat} tr.counts td:nth-child(2)")).await, "1 / 0–1", "never past the range");
    assert_eq!(app.text(&format!("{sekretariat} tr.counts td:nth-child(3)")).await, "1 / 0–1", "never past the range");
    app.screenshot("34-jadwal-keinginan").await;
    // "-" removes a wish; back to planning mode.
    let cell = format!("{sekretariat} td.cell[data-staff='{first_home}'][data-date='{tuesday}']");
    app.focus(&cell).await;
    app.press("-").await;
    app.wait_gone(&format!("{cell} span.wish")).await;
    app.choose("#grid-mode", "Jadwal (O = WFO, W = WFH, -, spasi = kunci)").await;

    // The printed page: kop surat, title, basis, grid and signature block.
    app.click("#print-week").await;
    let page = app.wait_text("#print-view .print-page", "JADWAL PELAKSANAAN TUGAS KEDINASAN WFO/WFH").await;
    assert!(page.contains("PEMERINTAH PROVINSI KALIMANTAN TIMUR"), "{page}");
    assert!(page.contains("Berdasarkan SE Gubernur Kalimantan Timur Nomor 065/3674/B.Org"), "{page}");
    assert!(page.contains("NIP. 19700512 199603 1 004") && page.contains("Samarinda, "), "{page}");
    assert!(page.contains("Halaman 1 dari 5"), "{page}");
    app.screenshot("32-jadwal-cetak").await;
    // "Simpan PDF": the same pages to the file the dialog would give (a test directory here);
    // outside tests the save dialog of tauri-plugin-dialog asks.
    let has_dialog = app.client.execute("return typeof window.__TAURI__.dialog.save", vec![]).await.unwrap();
    assert_eq!(has_dialog, "function");
    app.click("#print-pdf").await;
    let status = app.wait_text("#print-status", "PDF disimpan").await;
    let path = status.trim_start_matches("PDF disimpan: ").split(" (").next().unwrap().to_string();
    assert!(path.ends_with(".pdf") && path.starts_with(dir.path().to_str().unwrap()), "{path}");
    let out = std::process::Command::new("pdftotext").args(["-layout", &path, "-"]).output().expect("pdftotext");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("DINAS KOMUNIKASI DAN INFORMATIKA"), "{text}");
    assert!(text.contains("Minggu ke-") && text.contains("NIP. 19700512 199603 1 004"), "{text}");
    // One layout from core for both: the preview's subtitle is the PDF's.
    let subtitle = app.text("#print-view .print-page .print-sub").await;
    assert!(subtitle.starts_with("Sekretariat — Minggu ke-"), "{subtitle}");
    assert!(text.contains(subtitle.trim()), "{subtitle} in the PDF:\n{text}");
    app.click("#print-close").await;
    app.wait_gone("#print-view").await;

    app.click("#week-next").await;
    app.wait_text("#week-title", "Minggu ke-").await;

    // A month planned as one, with its progress shown unit by unit up to "Selesai".
    app.fill("#plan-from", "01-12-2026").await;
    app.fill("#plan-to", "31-12-2026").await;
    app.click("#plan-period").await;
    app.wait_text("#plan-progress-text", "Selesai: 5 dari 5 unit").await;
    let notice = app.wait_text("#notice", "Jadwal disusun").await;
    assert!(notice.contains("hari kerja"), "{notice}");
    let value = app.client.execute("return document.querySelector('#plan-progress').value", vec![]).await.unwrap();
    assert_eq!(value, 5);
    app.screenshot("33-jadwal-periode-selesai").await;

    // "Cetak" opens the system print dialog through the webview (last: the dialog is modal).
    app.click("#print-week").await;
    app.click("#print-now").await;
    app.wait_text("#print-status", "Dialog cetak dibuka").await;
    app.close().await;
}

#[tokio::test]
async fn a_clerk_marks_a_units_presence_by_keyboard_and_records_an_unreachable_call() {
    use fantoccini::key::Key;
    let story = story().await;
    // The office and its planned week come from the CLI (the same core); the story is the morning.
    let cli = &story.cli;
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k26", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "16-11-2026", "--to", "20-11-2026"]);
    let dir = &cli.dir;
    // A Solution-style machine report: a title block, AC-No. (the machine's own numbering),
    // the machine's name, the day's first and last punch. AC-No. 123 is nobody's; AC-No. 8
    // is somebody else's than the name says.
    cli.ok(&["staff", "edit", "197601172003042003", "--machine-id", "7"]);
    cli.ok(&["staff", "edit", "197005121996031004", "--machine-id", "8"]);
    let machine = dir.path().join("mesin.csv");
    std::fs::write(
        &machine,
        "LAPORAN KEHADIRAN\nPeriode 16-11-2026\n\nAC-No.;Nama;Tanggal;Jam Masuk;Jam Pulang\n\
         7;;16-11-2026;07:29;16:03\n123;BUDI;16-11-2026;07:00;16:00\n8;SITI AMINAH;16-11-2026;07:10;16:00\n7;;30-12-2026;07:30;16:00\n",
    )
    .unwrap();
    let driver = story.driver(&[("GILIRAN_TEST_OPEN_FILE", machine.as_path())]);
    let app = driver.open().await;

    app.click("#nav-presensi").await;
    app.fill("#presence-date", "16-11-2026").await;
    app.click("#presence-show").await;
    // Monday 16 November's sheet, not the day the screen opened on (also 0 of 15 recorded).
    app.wait_text("#presence-summary", "16 November 2026. Tercatat 0 dari 15 pegawai").await;
    // Enter records the plan's suggestion and moves on; a letter records a code.
    let first = "#presence-rows tr[data-staff] td.pcode";
    assert_eq!(app.text(first).await, "H?");
    app.focus(first).await;
    app.press(&Key::Enter.to_string()).await;
    app.wait_text("#presence-summary", "Tercatat 1 dari 15").await;
    app.press("s").await;
    app.wait_text("#presence-summary", "Tercatat 2 dari 15").await;
    let rows = "#presence-rows tr[data-staff]";
    assert_eq!(app.text(&format!("{rows}:nth-child(2) td.pcode")).await, "H");
    assert_eq!(app.text(&format!("{rows}:nth-child(3) td.pcode")).await, "S");
    // A check-in typed into a row shows its band from core.
    app.fill(&format!("{rows}:nth-child(2) input.time.in"), "08:10").await;
    app.press(&Key::Enter.to_string()).await;
    app.wait_text(&format!("{rows}:nth-child(2) td.bands"), "TL2").await;
    // Perpres 21/2023: the week so far against its hours, from core. 08:10–16:30 less an
    // hour's rest is 7 h 20 of Monday's 7 h 30.
    app.fill(&format!("{rows}:nth-child(2) input.time.out"), "16:30").await;
    app.press(&Key::Enter.to_string()).await;
    app.wait_text(&format!("{rows}:nth-child(2) td.bands .week-hours"), "Minggu ini 7 jam 20 menit dari 7 jam 30 menit, kurang 10 menit")
        .await;
    // Everyone else as planned, in one click.
    app.click("#presence-fill").await;
    app.wait_text("#presence-summary", "Tercatat 15 dari 15").await;
    app.screenshot("40-presensi-hari-ini").await;
    // The week grid shows the recorded absence by its code, not the plan.
    app.click("#nav-jadwal").await;
    app.wait_text("#week-title", "Minggu ke-").await;
    let week = |app: &giliran_tests::window::App| {
        let c = app.client.clone();
        async move {
            c.execute("return document.querySelector('#week-title').dataset.week", vec![]).await.unwrap().as_str().unwrap_or("").to_string()
        }
    };
    for _ in 0..120 {
        let now = week(&app).await;
        if now == "2026-W47" {
            break;
        }
        app.click(if now.as_str() > "2026-W47" { "#week-prev" } else { "#week-next" }).await;
        while week(&app).await == now {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
    let absent = app.wait_text("#week-grid td.cell.absent", "S").await;
    assert_eq!(absent.trim(), "S");
    app.screenshot("43-jadwal-ketidakhadiran").await;
    app.click("#nav-presensi").await;
    app.wait("#presence-table").await;

    // The machine's export: the bad row is named and nothing is imported.
    app.click("#attendance-open").await;
    let problems = app.wait_text("#attendance-problems", "Baris 6").await;
    assert!(problems.contains("Baris 6: ID \"123\" tidak dikenal: bukan NIP/NIK dan bukan ID mesin"), "{problems}");
    assert!(problems.contains("Baris 7: ID 8 milik") && problems.contains("tetapi nama di berkas \"SITI AMINAH\""), "{problems}");
    let header = app.client.execute("return document.querySelector('#map-header-row').value", vec![]).await.unwrap();
    assert_eq!(header.as_str(), Some("4"), "the title block is skipped");
    // A day after today is held back for the clerk's decision, with a box to leave it out.
    let doubtful = app.wait_text("#attendance-doubtful", "Baris 8").await;
    assert!(doubtful.contains("30-12-2026 07:30: tanggalnya setelah hari ini (07-12-2026)"), "{doubtful}");
    app.wait("#attendance-skip-doubtful").await;
    app.client.execute("document.querySelector('#attendance-doubtful').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("41b-presensi-impor-diragukan").await;
    app.client.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
    let disabled = app.wait("#attendance-import").await.attr("disabled").await.unwrap();
    assert!(disabled.is_some(), "import refused while a row is bad");
    app.screenshot("41-presensi-impor-bermasalah").await;

    // Cek Keberadaan: the day's sample, one call not answered.
    app.click("#nav-keberadaan").await;
    app.fill("#reach-date", "17-11-2026").await;
    app.fill("#reach-size", "3").await;
    app.click("#reach-draw").await;
    app.wait_text("#reach-summary", "3 dari").await;
    let first_call = "#reach-rows tr:first-child";
    let phone = app.text(&format!("{first_call} td.phone")).await;
    assert!(phone.starts_with("08"), "{phone}");
    app.fill(&format!("{first_call} input.at"), "09:15").await;
    app.fill(&format!("{first_call} input.note"), "ditelepon 2 kali, tidak diangkat").await;
    app.click(&format!("{first_call} button[data-reached='false']")).await;
    app.wait_text(&format!("{first_call} td.result"), "09:15 tidak dapat dihubungi").await;
    // The WFH notes of the day: one written, the rest listed as missing.
    app.fill("#activity-rows tr:first-child input.activity", "Menyusun bahan paparan").await;
    app.click("#activity-rows tr:first-child button[data-save-note]").await;
    app.wait_text("#notice", "Laporan kegiatan").await;
    app.wait("#activity-missing-list").await;
    // History of a person: one click.
    app.click(&format!("{first_call} button[data-history]")).await;
    app.wait_text("#reach-history", "ditelepon 2 kali, tidak diangkat").await;
    app.screenshot("42-cek-keberadaan").await;
    // Beranda tells today's state and leads to the morning's work.
    app.click("#nav-beranda").await;
    app.wait_text("#card-today", "Presensi tercatat").await;
    app.click("#go-presensi").await;
    app.wait("#presence-table").await;
    app.close().await;
}

#[tokio::test]
async fn a_clerk_exports_the_months_report_and_the_sekda_verifies_and_merges_it() {
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k26", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "02-11-2026", "--to", "30-11-2026"]);
    cli.ok(&["presence", "fill", "16-11-2026"]);
    let saves = cli.dir.path().join("simpan");
    std::fs::create_dir(&saves).unwrap();
    let expected = saves.join("Laporan-WFO-WFH-Dinas-Komunikasi-dan-Informatika-2026-11-01-2026-11-30.xlsx");
    let driver = story.driver(&[("GILIRAN_TEST_SAVE_DIR", saves.as_path()), ("GILIRAN_TEST_OPEN_FILE", expected.as_path())]);
    let app = driver.open().await;

    app.click("#nav-laporan").await;
    app.fill("#report-from", "01-11-2026").await;
    app.fill("#report-to", "30-11-2026").await;
    app.click("#report-show").await;
    app.wait_text("#report-summary", "Periode 01-11-2026 s.d. 30-11-2026").await;
    assert_eq!(app.text("#report-rows tr:nth-child(1) th").await, "Pegawai aktif");
    assert_eq!(app.text("#report-rows tr:nth-child(1) td").await, "57");
    assert_eq!(app.text("#report-rows tr:nth-child(2) td").await, "21", "working days of November 2026");
    // Kaltim 2020 asks for the health protocol: the checklist leaves it for the Kepala OPD.
    let duties = app.text("#report-duties").await;
    assert!(duties.contains("Protokol kesehatan di kantor") && duties.contains("□ Ya"), "{duties}");
    // Issue 31: the file carries the evaluation against October, for the Sekda's Rekap.
    app.fill("#report-base-from", "01-10-2026").await;
    app.fill("#report-base-to", "31-10-2026").await;
    app.click("#report-save-xlsx").await;
    let status = app.wait_text("#report-status", "disimpan").await;
    assert!(status.contains(expected.to_str().unwrap()), "{status}");
    app.screenshot("50-laporan").await;
    app.client.execute("document.getElementById('report-duties').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("50b-laporan-kewajiban").await;
    // The same file checked from the window and from the Sekda's command line.
    app.click("#report-verify").await;
    let verdict = app.wait_text("#report-verdict", "Berkas utuh").await;
    let said = cli.ok(&["report", "verify", expected.to_str().unwrap()]);
    assert!(said.starts_with("Berkas utuh: laporan Dinas Komunikasi dan Informatika"), "{said}");
    // The fingerprint shown in Profil Kantor is the one that signed.
    app.click("#nav-profil").await;
    let key = app.wait_text("#office-key", " ").await;
    assert!(verdict.contains(&key), "{verdict} / {key}");
    app.screenshot("51-profil-sidik-kunci").await;

    // Rekap Sekda: the file verified and summed, then saved as one workbook.
    app.click("#nav-rekap").await;
    app.click("#rekap-choose").await;
    app.wait_text("#rekap-status", "1 berkas dibaca: 1 utuh").await;
    app.wait_text("#rekap-rows", "kunci belum terdaftar").await;
    app.click("#rekap-rows button[data-register]").await;
    app.wait_text("#keys-rows", &key).await;
    app.wait_text("#rekap-rows", "Utuh; kunci terdaftar").await;
    let total = app.text("#rekap-total").await;
    assert!(total.contains("Jumlah (1 OPD utuh)") && total.contains("57"), "{total}");
    // The office's evaluation side by side, and a registered office that sent nothing.
    app.wait_text("#rekap-eval-rows", "1 November 2026 s.d. 30 November 2026 dibandingkan dengan 1 Oktober 2026").await;
    cli.ok(&["keys", "register", "--opd", "Dinas Pariwisata", "--fingerprint", "3F2A 91C0 7B44 E1D9"]);
    app.click("#rekap-choose").await;
    app.wait_text("#rekap-not-sent", "Belum mengirim laporan: Dinas Pariwisata.").await;
    app.wait("#rekap-chart-tl canvas").await;
    app.scroll_to("#rekap-eval").await;
    app.screenshot("52b-rekap-evaluasi").await;
    app.click("#rekap-save").await;
    app.wait_text("#rekap-status", "Rekap disimpan").await;
    assert!(saves.join("Rekap-WFO-WFH-Sekda.xlsx").exists());
    app.screenshot("52-rekap-sekda").await;
    app.close().await;
}

#[tokio::test]
async fn a_clerk_imports_the_staff_list_from_excel_after_fixing_the_row_it_names() {
    let story = story().await;
    // The example office's list, exported by another install.
    let source = Cli::new();
    source.ok(&["demo"]);
    let good = source.dir.path().join("pegawai.csv");
    source.ok(&["staff", "export", good.to_str().unwrap()]);
    let good_text = std::fs::read_to_string(&good).unwrap();
    // The file the clerk picks: first with a broken NIP in its third row.
    let target = &story.cli;
    let picked = target.dir.path().join("dari-simpeg.csv");
    let mut lines: Vec<&str> = good_text.lines().collect();
    let broken = lines[2].replacen(",1", ",X1", 1); // a letter in the NIP
    lines[2] = &broken;
    std::fs::write(&picked, lines.join("\n")).unwrap();
    let driver = story.driver(&[("GILIRAN_TEST_OPEN_FILE", picked.as_path())]);
    let app = driver.open().await;

    app.click("#start-own").await;
    app.click("#nav-pegawai").await;
    app.click("#staff-import").await;
    let problems = app.wait_text("#staff-import-problems", "Baris 3").await;
    assert!(problems.contains("NIP"), "{problems}");
    let disabled = app.wait("#staff-import-run").await.attr("disabled").await.unwrap();
    assert!(disabled.is_some(), "nothing is imported while a row is bad");
    app.screenshot("60-pegawai-impor-bermasalah").await;

    std::fs::write(&picked, &good_text).unwrap();
    app.click("#staff-import-recheck").await;
    app.wait_text("#staff-import-summary", "57 pegawai baru").await;
    app.click("#staff-import-run").await;
    app.wait_text("#notice", "Impor selesai").await;
    app.wait_text("#staff-count", "57 pegawai").await;
    app.screenshot("61-pegawai-impor-selesai").await;
    app.close().await;
    let listed = target.json(&["staff", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 57, "the window's import is in the database");
}

/// Issue 29: the clerk picks SIASN's "Export Data ASN"; the preview reads its upper-case
/// columns (the address and TMT CPNS too) and says where each UNOR goes; the clerk moves the
/// UNOR that has no unit of its name to a team, checks again and imports.
#[tokio::test]
async fn a_clerk_imports_a_siasn_export_and_places_its_unor_in_a_team() {
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo"]);
    let file = cli.dir.path().join("Export Data ASN.csv");
    std::fs::write(
        &file,
        "PNS ID,NIP BARU,NAMA,GELAR DEPAN,GELAR BELAKANG,NOMOR HP,ALAMAT,JENIS PEGAWAI NAMA,TMT CPNS,GOL AKHIR NAMA,JENIS JABATAN NAMA,JABATAN NAMA,UNOR ID,UNOR NAMA\n\
         B1,198602142011011001,HENDRA WIJAYA,,S.E.,081255500001,Jl. Cendana 3,PNS Daerah,01-01-2011,III/c,Jabatan Pelaksana,Pengelola Kepegawaian,8ae4-01,Sub Bagian Umum dan Kepegawaian\n\
         B2,198807202012122002,RATNA SARI,,S.Kom.,081255500002,Jl. Melati 4,PNS Daerah,01-12-2012,III/b,Jabatan Fungsional Tertentu,Statistisi Ahli Pertama,8ae4-02,Bidang Persandian dan Statistik\n",
    )
    .unwrap();
    let driver = story.driver(&[("GILIRAN_TEST_OPEN_FILE", file.as_path())]);
    let app = driver.open().await;
    app.wait_text("#card-staff", "57").await;
    app.click("#nav-pegawai").await;
    app.click("#staff-import").await;
    app.wait_text("#staff-import-summary", "2 pegawai baru").await;
    let columns = app.text("#staff-import-columns").await;
    assert!(columns.contains("Alamat ← kolom \"ALAMAT\"") && columns.contains("UNOR ID (SIASN) ← kolom \"UNOR ID\""), "{columns}");
    let unors = app.wait_text("#staff-import-unors", "Sub Bagian Umum dan Kepegawaian").await;
    assert!(unors.contains("(unit baru)") && unors.contains("(unit bernama sama)"), "{unors}");
    app.click("button[data-move-unor='8ae4-01']").await;
    app.choose("select[data-unor='8ae4-01']", "Sekretariat / Subbagian Umum dan Kepegawaian").await;
    app.click("#staff-import-recheck").await;
    app.wait_text("tr[data-unor-row='8ae4-01']", "Sekretariat / Subbagian Umum dan Kepegawaian (dipilih)").await;
    app.scroll_to("#staff-import-unors").await;
    app.screenshot("62-pegawai-impor-siasn").await;
    app.click("#staff-import-run").await;
    app.wait_text("#notice", "Impor selesai").await;
    let hendra = cli.json(&["staff", "list", "--search", "198602142011011001"]);
    assert_eq!(
        (hendra[0]["unit_name"].as_str(), hendra[0]["team_name"].as_str()),
        (Some("Sekretariat"), Some("Subbagian Umum dan Kepegawaian"))
    );
    assert_eq!(hendra[0]["address"], "Jl. Cendana 3");
    let units = cli.ok(&["units", "list"]);
    assert!(!units.contains("Sub Bagian Umum dan Kepegawaian"), "{units}");
}

/// Issue 29, for e-Kinerja: on Cek Keberadaan the clerk finds a person, sees the month's days
/// away with their notes and targets as text to copy, and saves the office's month as Excel.
#[tokio::test]
async fn a_clerk_prepares_a_persons_month_for_e_kinerja_and_saves_the_offices() {
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo"]);
    let nip = cli.json(&["staff", "list", "--search", "Arif Nasution"])[0]["id_number"].as_str().unwrap().to_string();
    let plan = "Menyusun telaah staf; target 2 naskah";
    cli.fridays_away_in_november(&nip, plan);
    let saves = cli.dir.path().join("simpan");
    std::fs::create_dir(&saves).unwrap();
    let driver = story.driver(&[("GILIRAN_TEST_SAVE_DIR", saves.as_path())]);
    let app = driver.open().await;
    app.wait_text("#card-staff", "57").await;
    app.click("#nav-keberadaan").await;
    app.wait("#ekinerja").await;
    app.pick_person("#ekinerja-person", "arif nasution", "Arif Nasution, S.Sos.").await;
    app.fill("#ekinerja-month", "16-11-2026").await;
    app.click("#ekinerja-show").await;
    let text = app.wait_value("#ekinerja-text", "November 2026").await;
    assert!(text.contains("Jumat, 06-11-2026 (WFH, Rumah/tempat tinggal)\nKegiatan: Telaah staf tentang jaringan intra"), "{text}");
    assert!(text.contains("Jumat, 13-11-2026 (WFH, Rumah/tempat tinggal)\nKegiatan: (belum dicatat)"), "{text}");
    assert!(text.contains(&format!("Rencana kerja dan target: {plan}")), "{text}");
    let cli_text = cli.ok(&["activity", "ekinerja", "--month", "16-11-2026", "--person", &nip]);
    assert_eq!(text.trim_end(), cli_text.trim_end(), "the window and the command line say the same");
    app.scroll_to("#ekinerja").await;
    app.screenshot("99-e-kinerja").await;
    app.click("#ekinerja-save").await;
    app.wait_text("#notice", "Lembar e-Kinerja disimpan").await;
    let saved: Vec<_> = std::fs::read_dir(&saves).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(saved, ["e-Kinerja-11-2026.xlsx"]);

    // Issue 31: the day's target from the work plan, its outcome recorded and confirmed.
    app.fill("#reach-date", "06-11-2026").await;
    app.click("#reach-draw").await;
    let row = app.wait_text("#activity-rows", "Arif Nasution").await;
    assert!(row.contains("Target"), "{row}");
    app.click("#activity-rows button[data-targets]").await;
    app.wait_text("#targets-table", "Menyusun telaah staf; target 2 naskah").await;
    app.choose("#targets-table .target-outcome", "Tercapai sebagian").await;
    app.click("#targets-save").await;
    app.wait_text("#notice", "tuliskan apa yang belum selesai").await;
    app.fill("#targets-table .target-note", "Naskah kedua masih draf").await;
    app.click("#targets-save").await;
    app.wait_text("#notice", "Capaian target Arif Nasution, S.Sos. Jumat, 06-11-2026 disimpan.").await;
    app.fill("#targets-by", "Kepala Subbagian Umum").await;
    app.click("#targets-confirm").await;
    app.wait_text("#targets-status", "Dikonfirmasi oleh Kepala Subbagian Umum.").await;
    app.scroll_to("#targets-panel").await;
    app.screenshot("99b-target-hari-di-luar-kantor").await;
    let out = cli.ok(&["activity", "targets", &nip, "--date", "06-11-2026"]);
    assert!(
        out.contains("Tercapai sebagian (Naskah kedua masih draf)") && out.contains("Dikonfirmasi oleh Kepala Subbagian Umum."),
        "{out}"
    );
    // Pengajuan FWA shows it with the approved request.
    app.click("#nav-fwa").await;
    app.choose("#fwa-filter-status", "Disetujui").await;
    app.wait_text("[data-outcomes]", "Capaian target: 0 tercapai, 1 sebagian, 0 tidak").await;
}

#[tokio::test]
async fn a_clerk_backs_up_and_restores_the_office_and_the_replaced_data_is_kept() {
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo"]);
    let copy = cli.dir.path().join("salinan-kemarin.db");
    cli.ok(&["backup", "now", copy.to_str().unwrap()]);
    // Then a mistake: someone deactivated the Sekretaris.
    cli.ok(&["staff", "deactivate", "19690817 199301 1 002"]);
    let saves = cli.dir.path().join("simpan");
    std::fs::create_dir(&saves).unwrap();
    let driver = story.driver(&[("GILIRAN_TEST_SAVE_DIR", saves.as_path()), ("GILIRAN_TEST_OPEN_FILE", copy.as_path())]);
    let app = driver.open().await;
    app.wait_text("#card-staff", "56").await;

    app.click("#nav-pengaturan").await;
    app.wait_text("#backup-rows", "Cadangan harian").await; // made when the app opened
    app.click("#backup-now").await;
    app.wait_text("#notice", "Cadangan disimpan").await;
    assert_eq!(std::fs::read_dir(&saves).unwrap().count(), 1, "the copy is where the dialog said");

    app.click("#backup-restore-file").await;
    app.wait_text("#backup-confirm", "57 pegawai, 15 unit kerja").await;
    app.screenshot("70-pengaturan-pulihkan").await;
    app.click("#backup-restore-run").await;
    app.wait_text("#notice", "Data dipulihkan").await;
    app.wait_text("#backup-rows", "Basis data sebelum pemulihan").await;
    app.click("#nav-beranda").await;
    app.wait_text("#card-staff", "57").await;
    // The restore is in the audit trail, and the trail's chain holds.
    app.click("#nav-riwayat").await;
    let first = app.wait_text("#audit-rows tr:first-child", "dipulihkan dari cadangan").await;
    assert!(first.contains("memulihkan basis data"), "{first}");
    app.click("#audit-verify").await;
    app.wait_text("#audit-verdict", "Riwayat perubahan utuh").await;
    app.screenshot("71-riwayat-perubahan").await;
    app.close().await;
    assert_eq!(cli.json(&["staff", "list"]).as_array().unwrap().len(), 57, "the database on disk is the restored one");
    assert!(cli.ok(&["audit", "verify"]).starts_with("Riwayat perubahan utuh"));
}

#[tokio::test]
async fn a_second_launch_on_the_same_database_brings_the_first_window_forward() {
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo"]);
    let driver = story.driver(&[]);
    let app = driver.open().await;
    app.wait_text("#card-staff", "57").await;
    let started = std::time::Instant::now();
    let second = std::process::Command::new(giliran_tests::bin("giliran-app")).arg("--db").arg(&cli.db).output().unwrap();
    assert!(second.status.success());
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "the second launch exits at once");
    let said = String::from_utf8_lossy(&second.stderr);
    assert!(said.contains("Giliran sudah terbuka untuk basis data ini"), "{said}");
    app.wait_text("#notice", "Giliran sudah terbuka di jendela ini").await;
    app.close().await;
}

#[tokio::test]
async fn a_file_that_is_not_the_offices_database_is_named_and_left_untouched() {
    let story = story().await;
    let file = story.cli.dir.path().join("rekap.db");
    std::fs::write(&file, "Rekap rapat, bukan basis data.\n".repeat(200)).unwrap();
    let before = std::fs::read(&file).unwrap();
    let driver = story.driver_on(&file, &[]);
    let app = driver.open().await;
    let said = app.wait_text("#fatal", "bukan basis data Giliran").await;
    assert!(said.contains("Buka Giliran dengan berkas basis data kantor"), "{said}");
    assert!(said.contains("(isinya bukan basis data SQLite)"), "the reason in Indonesian, not SQLite's: {said}");
    assert_eq!(app.text("#screen-title").await, "Basis data tidak dapat dibuka");
    app.screenshot("90-basis-data-bukan-giliran").await;
    app.close().await;
    assert_eq!(std::fs::read(&file).unwrap(), before, "the file is not changed");
}

/// Issue 25: the app opened on Christmas Day (a Friday; the 24th is cuti bersama) says what
/// today is, shows Monday's plan and the last working day's presence, and leads to both.
#[tokio::test]
async fn on_a_holiday_beranda_shows_the_next_working_days_plan_and_the_last_ones_presence() {
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k26", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "21-12-2026", "--to", "31-12-2026"]);
    cli.ok(&["presence", "fill", "23-12-2026", "--unit", "Sekretariat"]);
    let driver = story.driver(&[("GILIRAN_TODAY", std::path::Path::new("2026-12-25T09:30"))]);
    let app = driver.open().await;
    let card = app.wait_text("#card-today", "Bukan hari kerja: libur nasional: Hari Raya Natal.").await;
    assert!(card.to_lowercase().contains("hari ini, jumat, 25 desember 2026"), "{card}");
    assert!(!card.contains("Catat presensi hari ini"), "{card}");
    app.wait_text("#clock-fixed", "GILIRAN_TODAY").await;
    let next = app.wait_text("#today-next", "Hari kerja berikutnya, Senin, 28 Desember 2026").await;
    assert!(next.contains("dijadwalkan WFO"), "{next}");
    let last = app.wait_text("#today-last", "Hari kerja terakhir, Rabu, 23 Desember 2026").await;
    assert!(!last.contains("tercatat 0 dari") && !last.contains("tercatat 57 dari"), "{last}");
    app.screenshot("02a-beranda-hari-libur").await;

    // The last working day's sheet opens on that day, to be completed.
    app.click("#go-last-presence").await;
    app.wait("#presence-table").await;
    assert_eq!(app.value("#presence-date").await, "23-12-2026");
    // Monday's week from Beranda.
    app.click("#nav-beranda").await;
    app.click("#go-next-week").await;
    app.wait_text("#week-title", "28").await;
    app.close().await;
}

/// Issue 28: an office of a few hundred staff (the demo copied six times: 337 staff in 30 units)
/// is shown one unit at a time. The clerk picks a unit, finds a person of another unit by name,
/// edits their day by keyboard (only that unit is drawn again), walks past the unit's last row
/// into the next unit, and pages through the staff list that core serves a page at a time.
#[tokio::test]
async fn a_big_office_is_planned_one_unit_at_a_time_and_its_staff_list_is_paged() {
    use fantoccini::key::Key;
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo", "--copies", "6"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k26", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "07-12-2026", "--to", "11-12-2026"]);
    let driver = story.driver(&[]);
    let app = driver.open().await;
    app.wait_text("#card-staff", "337").await;

    app.click("#nav-jadwal").await;
    // The first unit only, and the picker lists all 30 with their staff.
    app.wait_text("#week-grid h2", "Sekretariat").await;
    let blocks = app.client.find_all(fantoccini::Locator::Css("#week-grid .unit-block")).await.unwrap();
    assert_eq!(blocks.len(), 1, "one unit drawn, not thirty");
    let picker = app.text("#week-unit").await;
    assert!(picker.contains("Semua unit (337 pegawai") && picker.contains("Bidang Informasi dan Komunikasi Publik 4 ("), "{picker}");
    // Unit 25 is the second copy's Bidang Persandian dan Statistik.
    app.wait("#week-unit").await.select_by_value("25").await.unwrap();
    app.wait_text("#week-grid h2", "Bidang Persandian dan Statistik 2").await;
    app.screenshot("90-jadwal-satu-unit").await;

    // A name in another unit: the matches say their unit; choosing one opens it on that person.
    app.fill("#week-find", "gunawan").await;
    let listed = app.wait_text("#week-found", "Rudi Gunawan, S.Kom. — Bidang Informasi dan Komunikasi Publik 4").await;
    assert!(listed.contains("lainnya: ketik lebih lengkap"), "twelve listed, the rest counted: {listed}");
    app.screenshot("91-jadwal-cari-nama").await;
    let matches = app.client.find_all(fantoccini::Locator::Css("#week-found button")).await.unwrap();
    assert_eq!(matches.len(), 12, "{listed}");
    let mut picked = None;
    for m in matches {
        if m.text().await.unwrap().contains("Rudi Gunawan") {
            picked = Some(m.attr("data-staff").await.unwrap().unwrap());
            m.click().await.unwrap();
            break;
        }
    }
    let staff = picked.expect("Rudi Gunawan among the matches");
    app.wait_text("#week-grid h2", "Bidang Informasi dan Komunikasi Publik 4").await;
    let focused = app.client.active_element().await.unwrap();
    assert_eq!(focused.attr("data-staff").await.unwrap().as_deref(), Some(staff.as_str()), "the person's first day has the focus");
    let date = focused.attr("data-date").await.unwrap().unwrap();
    // W writes WFH on that day (O writes WFO back if it was WFH); the unit is drawn again with
    // the focus kept.
    let was = focused.attr("data-code").await.unwrap();
    let (key, code) = if was.as_deref() == Some("H") { ("o", "O") } else { ("w", "H") };
    focused.send_keys(key).await.unwrap();
    app.wait(&format!("td.cell[data-staff='{staff}'][data-date='{date}'][data-code='{code}']")).await;

    // Past the unit's last row the arrow opens the next unit.
    let column = app.client.find_all(fantoccini::Locator::Css(&format!("#week-grid td.cell[data-date='{date}']"))).await.unwrap();
    let last = column.last().unwrap().attr("data-staff").await.unwrap().unwrap();
    app.press_on(&format!("#week-grid td.cell[data-staff='{last}'][data-date='{date}']"), &Key::Down.to_string()).await;
    app.wait_text("#week-grid h2", "Bidang Persandian dan Statistik 4").await;
    assert_eq!(
        app.value("#week-unit").await,
        app.client.find(fantoccini::Locator::Css("#week-grid .unit-block")).await.unwrap().attr("data-unit").await.unwrap().unwrap()
    );

    // Pegawai: a hundred rows a page, numbered on from the page before.
    app.click("#nav-pegawai").await;
    app.wait_text("#staff-count", "Baris 1–100 dari 337 pegawai").await;
    app.click("#staff-next").await;
    app.wait_text("#staff-count", "Baris 101–200 dari 337 pegawai").await;
    let first_no = app.text("#staff-rows tr:first-child td:first-child").await;
    assert_eq!(first_no.trim(), "101");
    app.fill("#staff-search", "Rudi Gunawan").await;
    app.wait_text("#staff-count", "1 pegawai").await;
    app.screenshot("92-pegawai-halaman").await;

    // Presensi: the first unit; "Semua unit" two hundred rows at a time, counted in full.
    app.click("#nav-presensi").await;
    app.wait_text("#presence-summary", "dari 15 pegawai").await;
    app.wait("#presence-unit").await.select_by_value("").await.unwrap();
    app.wait_text("#presence-summary", "Tercatat 0 dari 337 pegawai").await;
    app.wait_text("#presence-page", "Baris 1–200 dari 337").await;
    let shown = app.client.find_all(fantoccini::Locator::Css("#presence-rows tr[data-staff]")).await.unwrap();
    assert_eq!(shown.len(), 200);
    app.click("#presence-next").await;
    app.wait_text("#presence-page", "Baris 201–337 dari 337").await;
    app.screenshot("93-presensi-semua-unit").await;

    // Cek Keberadaan: the month's missing activity notes, a hundred at a time.
    app.click("#nav-keberadaan").await;
    let count = app.wait_text("#activity-missing-count", "ditampilkan 1–100").await;
    assert!(count.starts_with("Desember 2026: "), "{count}");
    app.click("#activity-missing button[data-missing-page='1']").await;
    app.wait_text("#activity-missing-count", "ditampilkan 101–").await;
    // The day's WFH people too: a hundred at a time.
    let page = app.wait_text("#activity-page", "Pegawai WFH 1–100 dari").await;
    let shown = app.client.find_all(fantoccini::Locator::Css("#activity-rows tr[data-staff]")).await.unwrap();
    assert_eq!(shown.len(), 100, "{page}");
    app.click("#activity-next").await;
    app.wait_text("#activity-page", "Pegawai WFH 101–").await;
    let listed = app.client.find_all(fantoccini::Locator::Css("#activity-missing-list li")).await.unwrap();
    assert!(!listed.is_empty() && listed.len() <= 100);
    app.screenshot("94-keberadaan-halaman").await;
}

/// Issue 29, plan against actual: the clerk compares Monday's plan with what was recorded,
/// filters the gaps, and records the next day's e-presensi outage (a wrong time is named under
/// its field first); the outage day is then left out of the comparison.
#[tokio::test]
async fn a_clerk_compares_plan_and_record_and_leaves_an_outage_day_out() {
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k26", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "16-11-2026", "--to", "20-11-2026"]);
    cli.ok(&["presence", "fill", "16-11-2026", "--unit", "Sekretariat"]);
    let driver = story.driver(&[]);
    let app = driver.open().await;
    app.wait_text("#card-staff", "57").await;

    app.click("#nav-realisasi").await;
    app.wait("#actual-counts").await;
    app.fill("#actual-from", "16-11-2026").await;
    app.fill("#actual-to", "17-11-2026").await;
    app.click("#actual-show").await;
    app.wait_text("#actual-counts", "Periode 16-11-2026 s.d. 17-11-2026").await;
    app.choose("#actual-unit", "Sekretariat").await;
    // Filled from the plan without clock times: those at home never checked in.
    app.wait_text("#actual-rows", "Dijadwalkan WFH/WFA, tidak presensi").await;
    let before = app.text("#actual-units").await;
    app.screenshot("95-realisasi").await;

    app.fill("#outage-form [name='date']", "17-11-2026").await;
    app.fill("#outage-form [name='from_time']", "10:00").await;
    app.fill("#outage-form [name='to_time']", "08:00").await;
    app.fill("#outage-form [name='note']", "Server e-presensi tidak dapat diakses").await;
    app.click("#outage-add").await;
    app.wait_text("[data-error-for='to_time']", "Jam selesai gangguan harus setelah jam mulainya").await;
    app.wait("#outage-form [name='from_time']").await.clear().await.unwrap();
    app.wait("#outage-form [name='to_time']").await.clear().await.unwrap();
    app.fill("#outage-form [name='system']", "e-presensi").await;
    app.fill("#outage-form [name='note']", "Server e-presensi tidak dapat diakses").await;
    app.click("#outage-add").await;
    app.wait_text("#outage-rows", "Selasa 17-11-2026, e-presensi (seluruh kantor): Server e-presensi tidak dapat diakses").await;
    app.wait_text("#actual-outages", "Tidak dihitung (gangguan sistem): Selasa 17-11-2026").await;
    let after = app.text("#actual-units").await;
    assert_ne!(before, after, "Tuesday's person-days left the comparison");
    app.screenshot("96-realisasi-gangguan").await;
    let listed = cli.ok(&["outage", "list", "--from", "01-11-2026", "--to", "30-11-2026"]);
    assert!(listed.contains("Server e-presensi tidak dapat diakses"), "{listed}");

    // The day's presence sheet says its records come from the paper register.
    app.click("#nav-presensi").await;
    app.fill("#presence-date", "17-11-2026").await;
    app.click("#presence-show").await;
    app.wait_text("#presence-outage", "Gangguan sistem: Selasa 17-11-2026, e-presensi (seluruh kantor)").await;
    app.wait_text("#presence-rows [data-paper]", "dari daftar hadir kertas").await;
    app.screenshot("96-presensi-gangguan").await;

    // The Sekda's report says the same: per unit, and the outage that counted against nobody.
    app.click("#nav-laporan").await;
    app.wait("#report-rows").await;
    app.fill("#report-from", "16-11-2026").await;
    app.fill("#report-to", "17-11-2026").await;
    app.click("#report-show").await;
    let section = app.wait_text("#report-actual", "Gangguan sistem (tidak dihitung): Selasa 17-11-2026").await;
    let c = cli.json(&["actual", "--from", "16-11-2026", "--to", "17-11-2026"]);
    let parted: u64 = c["units"].as_array().unwrap().iter().map(|u| u["parted"].as_u64().unwrap()).sum();
    assert!(section.contains(&format!("Rencana & realisasi ({parted} hari-orang selisih)")), "{section}");
    assert!(!app.text("body").await.contains("null"), "no section left out shows as text");
    app.scroll_to("#report-actual").await;
    app.screenshot("98-laporan-realisasi").await;
}

/// Issue 29, discipline history: the clerk records a sanction from its decree on the Pengajuan
/// FWA screen (an end before the start is named under its field first), and that person's
/// request to work away is then refused for as long as the sanction lasts.
#[tokio::test]
async fn a_clerk_records_a_sanction_and_the_persons_request_is_refused() {
    let story = story().await;
    let cli = &story.cli;
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "fleksibel-2025", "--key", "kf", "--from", "01-12-2026"]);
    let driver = story.driver(&[]);
    let app = driver.open().await;
    app.wait_text("#card-staff", "57").await;
    app.click("#nav-fwa").await;
    app.wait_text("#sanction-rows", "Belum ada hukuman disiplin").await;
    let nip = cli.json(&["staff", "list", "--search", "Arif Nasution"])[0]["id_number"].as_str().unwrap().to_string();
    // A big office's 5,000 staff are found by typing, here by the NIP.
    app.pick_person("#sanction-staff", &nip, "Arif Nasution").await;
    app.fill("#sanction-form [name='kind']", "Hukuman disiplin sedang").await;
    app.fill("#sanction-form [name='from']", "01-11-2026").await;
    app.fill("#sanction-form [name='to']", "31-10-2026").await;
    app.fill("#sanction-form [name='decree']", "800.1.6.4/12/BKPSDM").await;
    app.click("#sanction-add").await;
    app.wait_text("#sanction-form [data-error-for='to']", "sebelum tanggal awal").await;
    app.fill("#sanction-form [name='to']", "31-01-2027").await;
    app.click("#sanction-add").await;
    app.wait_text("#sanction-rows", "800.1.6.4/12/BKPSDM").await;
    app.wait_text("#sanction-rows", "01-11-2026 s.d. 31-01-2027").await;
    app.screenshot("97-hukuman-disiplin").await;

    // The picker offers ASN only: the demo's Non-ASN Kusumawatis are not among the matches.
    app.fill("#fwa-staff", "kusumawati").await;
    let offered = app.wait_text("#fwa-staff ~ .person-matches", "Nur Kusumawati").await;
    app.screenshot("97-pilih-pegawai").await;
    let namesakes = cli.json(&["staff", "list", "--search", "kusumawati"]);
    assert!(namesakes.as_array().unwrap().iter().any(|p| p["kind"] == "non_asn"));
    for p in namesakes.as_array().unwrap() {
        let name = p["name"].as_str().unwrap();
        assert_eq!(offered.contains(name), p["kind"] != "non_asn", "{name} in {offered}");
    }
    app.pick_person("#fwa-staff", "arif nasution", "Arif Nasution, S.Sos.").await;
    app.fill("#fwa-from", "07-12-2026").await;
    app.fill("#fwa-to", "31-12-2026").await;
    app.choose("#fwa-reason", "Keluarga").await;
    app.fill("#fwa-plan", "Menyusun laporan").await;
    app.click("#fwa-add").await;
    let refused = app.wait_text("#fwa-form", "sedang menjalani hukuman disiplin (01-11-2026 s.d. 31-01-2027)").await;
    assert!(refused.contains("hukuman disiplin"), "{refused}");
    assert!(cli.ok(&["fwa", "sanction", "list"]).contains("Hukuman disiplin sedang"));
}

/// Issue 30: SE MenPAN-RB 58/2020's PSBB rule. The clerk enters the region's PSBB period on
/// Surat Edaran (an overlapping one is refused by name); the needs of a day inside it send
/// administration home except the tasks that must be done in the office.
#[tokio::test]
async fn a_clerk_enters_the_regions_psbb_period_and_the_needs_follow_se_58() {
    let story = story().await;
    story.cli.ok(&["demo"]);
    story.cli.ok(&["circular", "add", "--template", "menpanrb-58-2020"]);
    let driver = story.driver(&[]);
    let app = driver.open().await;
    app.click("#nav-surat").await;
    app.wait_text("#circular-rows", "Di wilayah PSBB, administrasi pemerintahan").await;
    app.fill("#psbb-from", "08-06-2020").await;
    app.fill("#psbb-to", "12-06-2020").await;
    app.click("#psbb-add").await;
    app.wait_text("#psbb-rows", "08-06-2020").await;
    app.fill("#psbb-from", "10-06-2020").await;
    app.fill("#psbb-to", "19-06-2020").await;
    app.click("#psbb-add").await;
    app.wait_text("#psbb-form [data-error-for='from']", "bertumpang tindih dengan 08-06-2020 s.d. 12-06-2020").await;
    app.fill("#needs-from", "12-06-2020").await;
    app.fill("#needs-to", "15-06-2020").await;
    app.click("#needs-show").await;
    let friday = app.wait_text("#needs-table tbody[data-date='2020-06-12']", "Wilayah PSBB").await;
    assert!(friday.contains("kecuali tugas yang harus di kantor"), "{friday}");
    let monday = app.text("#needs-table tbody[data-date='2020-06-15']").await;
    assert!(!monday.contains("Wilayah PSBB"), "{monday}");
    app.scroll_to("#psbb-form").await;
    app.screenshot("26-surat-edaran-psbb").await;
    app.close().await;
}

/// Issue 31: the Kepala OPD evaluates a week of flexible work against the week before on the
/// Evaluasi screen: the office's figures and each unit's (as core counts them), the people
/// behind them, and a recommendation kept with the period.
#[tokio::test]
async fn the_head_evaluates_flexible_work_against_the_week_before_and_recommends() {
    let story = story().await;
    story.cli.two_weeks_to_evaluate();
    let saves = story.cli.dir.path().join("simpan");
    std::fs::create_dir(&saves).unwrap();
    let driver = story.driver(&[("GILIRAN_TEST_SAVE_DIR", saves.as_path())]);
    let app = driver.open().await;
    app.click("#nav-evaluasi").await;
    // It opens on the last full quarter against the one before.
    app.wait_text("#eval-title", "1 Juli 2026 s.d. 30 September 2026 dibandingkan dengan 1 April 2026").await;
    app.fill("#eval-from", "16-11-2026").await;
    app.fill("#eval-to", "20-11-2026").await;
    app.fill("#eval-base-from", "02-11-2026").await;
    app.fill("#eval-base-to", "06-11-2026").await;
    app.click("#eval-show").await;
    app.wait_text("#eval-title", "16 November 2026 s.d. 20 November 2026").await;
    let unreached = app.wait_text("#eval-office tr[data-figure='unreached']", "Tidak dapat dihubungi").await;
    assert!(unreached.contains("—"), "no day at home before: {unreached}");
    let row = app.wait_text("#eval-units tr[data-unit='Sekretariat']", "Sekretariat").await;
    assert!(row.contains("→ 0,0"), "{row}");
    app.screenshot("60a-evaluasi-grafik").await;
    app.scroll_to("#eval-units tr[data-unit='Sekretariat']").await;
    app.click("#eval-units tr[data-unit='Sekretariat'] td").await;
    let tl = app.wait_text("#eval-detail tr[data-figure='tl']", "membaik").await;
    assert!(tl.contains("0/1/0/0 → 0/0/0/0"), "{tl}");
    app.wait_text("#eval-detail tr[data-figure='unreached']", "100,0").await;
    app.choose("#eval-detail .rec-choice", "Hentikan").await;
    app.click("#eval-detail .rec-save").await;
    app.wait_text("#notice", "memerlukan catatan").await;
    app.choose("#eval-detail .rec-choice", "Lanjutkan dengan penyesuaian").await;
    app.fill("#eval-detail .rec-note", "Panggilan dijawab dalam 15 menit").await;
    app.click("#eval-detail .rec-save").await;
    app.wait_text("#notice", "Rekomendasi Sekretariat disimpan: Lanjutkan dengan penyesuaian.").await;
    app.wait_text("#eval-units tr[data-unit='Sekretariat'] .rec-label", "Lanjutkan dengan penyesuaian").await;
    app.screenshot("60-evaluasi").await;
    // The printed evaluation, saved where the clerk chose.
    app.click("#eval-save").await;
    app.wait_text("#notice", "Evaluasi disimpan ke").await;
    assert!(saves.join("Evaluasi-16-11-2026-20-11-2026.pdf").exists());
    let table = story.cli.ok(&[&["evaluate"][..], &giliran_tests::EVALUATED_WEEKS].concat());
    assert!(table.contains("Lanjutkan dengan penyesuaian: Panggilan dijawab dalam 15 menit"), "window and CLI agree: {table}");
    app.close().await;
}
