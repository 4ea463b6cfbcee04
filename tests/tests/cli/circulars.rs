//! Circulars from a script: `giliran circular …`, the same core functions as the Surat Edaran
//! screen.

use giliran_tests::Cli;

/// Issue 30, who decides in a Pemda: the office's decision is placed inside the governor's
/// letter from the command line; a looser one is refused with each class named and nothing
/// saved, a stricter one governs the letter's days and `needs` says why.
#[test]
fn an_opd_decision_is_placed_inside_the_governors_letter_only_when_not_looser() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kalbar-2024"]);
    cli.ok(&["circular", "add", "--template", "fleksibel-2025", "--key", "keputusan-opd", "--from", "01-04-2024"]);
    let before = std::fs::read(&cli.db).unwrap();
    let err = cli.refused(&["circular", "within", "keputusan-opd", "--of", "kalbar-2024"]);
    assert!(err.contains("Keputusan Kepala OPD melaksanakan SE kepala daerah di dalam batasnya"), "{err}");
    assert!(err.contains("Esensial pada hari selasa: untuk 4 pegawai"), "{err}");
    assert_eq!(std::fs::read(&cli.db).unwrap(), before, "nothing saved");
    let err = cli.refused(&["circular", "within", "keputusan-opd", "--of", "tidak-ada"]);
    assert!(err.contains("SE dengan kode \"tidak-ada\" tidak ada di kantor ini"), "{err}");

    // The decision for administration only, at most 30% away: inside the governor's 50%.
    let mut c: serde_json::Value = serde_json::from_str(&cli.ok(&["circular", "export", "keputusan-opd"])).unwrap();
    c["rules"] = serde_json::json!([{"service_class": "administrasi", "kind": "fleksibel", "away_max": "30%"}]);
    let file = cli.dir.path().join("keputusan.json");
    std::fs::write(&file, c.to_string()).unwrap();
    cli.ok(&["circular", "import", file.to_str().unwrap(), "--replace"]);
    let out = cli.ok(&["circular", "within", "keputusan-opd", "--of", "kalbar-2024"]);
    assert!(out.contains("melaksanakan SE kalbar-2024"), "{out}");
    let needs = cli.json(&["needs", "--from", "16-04-2024", "--to", "16-04-2024"]);
    let first = &needs.as_array().unwrap()[0];
    assert_eq!(first["circular_key"], "keputusan-opd");
    assert!(
        first["why"].as_str().unwrap().starts_with("Keputusan Kepala OPD melaksanakan SE Penjabat Gubernur Kalimantan Barat"),
        "{first}"
    );
    let out = cli.ok(&["circular", "within", "keputusan-opd"]);
    assert!(out.contains("berdiri sendiri"), "{out}");
}

/// Issue 30, SE MenPAN-RB 58/2020's PSBB rule: the region's PSBB period entered by script;
/// the needs of a day inside it follow the letter's PSBB rule, an overlapping period is refused.
#[test]
fn a_psbb_period_entered_by_script_sends_administration_home_under_se_58() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "menpanrb-58-2020"]);
    let out = cli.ok(&["psbb", "add", "--from", "08-06-2020", "--to", "12-06-2020"]);
    assert!(out.contains("PSBB Senin, 8 Juni 2020 s.d. Jumat, 12 Juni 2020 disimpan."), "{out}");
    let err = cli.refused(&["psbb", "add", "--from", "12-06-2020", "--to", "19-06-2020"]);
    assert!(err.contains("--from: Masa PSBB ini bertumpang tindih dengan 08-06-2020 s.d. 12-06-2020."), "{err}");
    let needs = cli.json(&["needs", "--from", "12-06-2020", "--to", "12-06-2020", "--unit", "Sekretariat"]);
    assert_eq!(needs[0]["need"]["rule"], "Wilayah PSBB: WFH, kecuali tugas yang harus di kantor (piket sesuai kebutuhan)");
    cli.ok(&["psbb", "remove", "--from", "08-06-2020"]);
    let needs = cli.json(&["needs", "--from", "12-06-2020", "--to", "12-06-2020", "--unit", "Sekretariat"]);
    assert_ne!(needs[0]["need"]["rule"], "Wilayah PSBB: WFH, kecuali tugas yang harus di kantor (piket sesuai kebutuhan)");
}
