//! Monitoring and evaluation from a script (issue 31): `giliran evaluate` and `giliran
//! recommend`, the same core functions as the Evaluasi screen.

use giliran_tests::{Cli, EVALUATED_WEEKS};

/// A week before flexible work against a week with it, the Sekretariat's days filled as
/// planned and one person's days set by hand: the figures are the ones counted by hand.
#[test]
fn a_period_is_evaluated_against_its_baseline_and_the_recommendation_is_kept() {
    let cli = Cli::new();
    // Before: late 40 minutes on Monday (TL2). After: away on Monday, not reached once.
    cli.two_weeks_to_evaluate();
    let e = cli.json(&[&["evaluate"][..], &EVALUATED_WEEKS].concat());
    let sekretariat = e["units"].as_array().unwrap().iter().find(|u| u["unit"] == "Sekretariat").unwrap();
    let figure = |key: &str| sekretariat["figures"].as_array().unwrap().iter().find(|f| f["key"] == key).unwrap().clone();
    let tl = figure("tl");
    assert_eq!(tl["bands_before"], "0/1/0/0");
    assert_eq!(tl["bands_after"], "0/0/0/0");
    assert_eq!(tl["verdict"], "membaik");
    assert_eq!(figure("unreached")["after_text"], "100,0", "one call unanswered of one day at home");
    assert!(figure("away")["after"].as_f64().unwrap() > 0.0);
    let err = cli.refused(&["recommend", "--from", "16-11-2026", "--to", "20-11-2026", "--unit", "Sekretariat", "--choice", "hentikan"]);
    assert!(err.contains("--note: Tuliskan alasan"), "{err}");
    let out = cli.ok(&[
        "recommend",
        "--from",
        "16-11-2026",
        "--to",
        "20-11-2026",
        "--unit",
        "Sekretariat",
        "--choice",
        "sesuaikan",
        "--note",
        "Panggilan dijawab dalam 15 menit",
    ]);
    assert!(out.contains("Rekomendasi untuk Sekretariat (16-11-2026 s.d. 20-11-2026) disimpan: Lanjutkan dengan penyesuaian."), "{out}");
    let table = cli.ok(&[&["evaluate"][..], &EVALUATED_WEEKS].concat());
    assert!(table.contains("Lanjutkan dengan penyesuaian: Panggilan dijawab dalam 15 menit"), "{table}");
    // The printed evaluation: kop surat, the three charts, each unit with its recommendation,
    // the Kepala OPD's signature; read back as a PDF reader does.
    let pdf = cli.dir.path().join("evaluasi.pdf");
    let out = cli.ok(&[&["evaluate"][..], &EVALUATED_WEEKS, &["--out", pdf.to_str().unwrap()]].concat());
    assert!(out.contains("Evaluasi disimpan ke"), "{out}");
    // In the order drawn, a wrapped cell's lines joined.
    let text = std::process::Command::new("pdftotext").args(["-raw"]).arg(&pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [
        "EVALUASI PELAKSANAAN TUGAS KEDINASAN SECARA FLEKSIBEL",
        "16 November 2026 s.d. 20 November 2026 dibandingkan dengan 2 November 2026 s.d. 6 November 2026",
        "Pegawai di kantor per hari dan rentang SE",
        "TL dan PSW per 100 hari hadir, per minggu",
        "Terlambat masuk (TL) (per 100 hari hadir)",
        "Evaluasi per unit kerja",
        "Lanjutkan dengan penyesuaian: Panggilan dijawab dalam 15 menit",
        "Dr. H. Ahmad Rizali Fahmi, S.Sos., M.Si.",
    ] {
        assert!(text.contains(want), "{want:?} tidak ada dalam PDF:\n{text}");
    }
    let err = cli.refused(&[&["evaluate"][..], &EVALUATED_WEEKS, &["--out", "evaluasi.xlsx"]].concat());
    assert!(err.contains("--out: Simpan evaluasi sebagai berkas .pdf"), "{err}");

    // The signed report with the same baseline says the same figures (its Evaluasi sheet) and
    // draws the same charts (its PDF).
    use calamine::{open_workbook_auto, Data, Reader};
    let report = |name: &str| {
        let out = cli.dir.path().join(name);
        let range = ["--from", "16-11-2026", "--to", "20-11-2026", "--baseline-from", "02-11-2026", "--baseline-to", "06-11-2026"];
        cli.ok(&[&["report"][..], &range, &["--out", out.to_str().unwrap()]].concat());
        out
    };
    let mut wb = open_workbook_auto(report("laporan.xlsx")).unwrap();
    let sheet = wb.worksheet_range("Evaluasi").unwrap();
    let cell = |r: usize, c: usize| sheet.get((r, c)).map(Data::to_string).unwrap_or_default();
    let row = (0..sheet.height()).find(|r| cell(*r, 0) == "Sekretariat" && cell(*r, 1).starts_with("Terlambat masuk (TL)")).unwrap();
    assert_eq!(
        (cell(row, 2), cell(row, 3), cell(row, 5)),
        (tl["before_text"].as_str().unwrap().to_string(), tl["after_text"].as_str().unwrap().to_string(), "membaik".to_string())
    );
    // The CSV for machines carries the same figures as numbers, under its own section, and the
    // seal holds over it.
    let csv = report("laporan.csv");
    let body = std::fs::read_to_string(&csv).unwrap();
    let section = body.split("# Bagian: Evaluasi\n").nth(1).expect("bagian Evaluasi dalam CSV");
    assert!(section.starts_with("OPD,Periode dari,Periode sampai,Pembanding dari,Pembanding sampai,Unit kerja,Kode ukuran,"), "{section}");
    let line = section.lines().find(|l| l.contains(",Sekretariat,unreached,")).expect("baris Sekretariat");
    assert!(line.contains(",2026-11-16,2026-11-20,2026-11-02,2026-11-06,Sekretariat,unreached,"), "{line}");
    // No day away before (empty), 100 calls unanswered per 100 days after, no verdict without
    // a before (the empty last cells are left off).
    assert!(line.ends_with(",Tidak dapat dihubungi saat WFH,per 100 hari WFH,,100"), "{line}");
    let tl = section.lines().find(|l| l.contains(",Sekretariat,tl,")).expect("baris TL Sekretariat");
    assert!(tl.contains(",per 100 hari hadir,"), "{tl}");
    assert!(tl.contains(",membaik"), "{tl}");
    let verified = cli.ok(&["report", "verify", csv.to_str().unwrap()]);
    assert!(verified.contains("Berkas utuh"), "{verified}");
    let text = std::process::Command::new("pdftotext")
        .args(["-raw"])
        .arg(report("laporan.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("Pegawai di kantor per hari dan rentang SE")
            && text.contains("Lanjutkan dengan penyesuaian: Panggilan dijawab dalam 15 menit"),
        "{text}"
    );
    let err = cli.refused(&[
        "evaluate",
        "--from",
        "16-11-2026",
        "--to",
        "20-11-2026",
        "--baseline-from",
        "02-11-2026",
        "--baseline-to",
        "31-11-2026",
    ]);
    assert!(err.contains("--baseline-to: Tanggal \"31-11-2026\" tidak valid"), "{err}");
}

/// Issue 31, targets of days away: each line of the approved request's work plan is a target;
/// the clerk records what became of it, the unit head confirms the day, and the evaluation
/// counts the targets met.
#[test]
fn the_targets_of_a_day_away_are_recorded_confirmed_and_counted() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let week = cli.json(&["schedule", "--week", "2026-W45"]);
    let nip = week["units"][0]["rows"][1]["id_display"].as_str().unwrap().replace(' ', "");
    cli.fridays_away_in_november(&nip, "Telaah staf jaringan intra selesai");
    let out = cli.ok(&["activity", "targets", &nip, "--date", "06-11-2026"]);
    assert!(out.contains("1. Telaah staf jaringan intra selesai: belum dinilai"), "{out}");
    let err = cli.refused(&["activity", "targets", &nip, "--date", "06-11-2026", "--set", "1=sebagian"]);
    assert!(err.contains("tuliskan apa yang belum selesai"), "{err}");
    let out = cli.ok(&["activity", "targets", &nip, "--date", "06-11-2026", "--set", "1=sebagian:Baru bagian pertama"]);
    assert!(out.contains("1. Telaah staf jaringan intra selesai: Tercapai sebagian (Baru bagian pertama)"), "{out}");
    let err = cli.refused(&["activity", "targets", &nip, "--date", "06-11-2026", "--confirm"]);
    assert!(err.contains("--by: Nama atasan yang mengonfirmasi wajib diisi."), "{err}");
    let out = cli.ok(&["activity", "targets", &nip, "--date", "06-11-2026", "--confirm", "--by", "Kepala Subbagian Umum"]);
    assert!(out.contains("Dikonfirmasi oleh Kepala Subbagian Umum."), "{out}");
    // Pengajuan FWA shows what became of the request's targets so far.
    let requests = cli.json(&["fwa", "request", "list"]);
    assert_eq!(requests[0]["outcomes"], serde_json::json!([0, 1, 0]));
    let err = cli.refused(&["activity", "targets", &nip, "--date", "05-11-2026"]);
    assert!(err.contains("tidak memiliki pengajuan kerja di luar kantor yang disetujui untuk 05-11-2026"), "{err}");
    let e = cli.json(&[
        "evaluate",
        "--from",
        "02-11-2026",
        "--to",
        "13-11-2026",
        "--baseline-from",
        "19-10-2026",
        "--baseline-to",
        "30-10-2026",
    ]);
    let targets = e["office"]["figures"].as_array().unwrap().iter().find(|f| f["key"] == "targets").unwrap().clone();
    assert_eq!(targets["after_text"], "0,0");
    assert_eq!(targets["bands_after"], "0 tercapai, 1 sebagian, 0 tidak");
}
