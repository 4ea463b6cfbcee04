//! The report to the Sekda by script: `giliran report`, `giliran report verify`,
//! `giliran consolidate` — the office makes and signs, the Sekda checks and merges.

use giliran_tests::{giliran, host_arg, host_path, Cli};

fn office(opd: &str) -> Cli {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["office", "set", "--opd-name", opd]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "02-11-2026", "--to", "13-11-2026"]);
    cli
}

/// `giliran` with no database at all, as on the Sekda's PC.
fn sekda(args: &[&str]) -> std::process::Output {
    let nowhere = host_path(std::path::Path::new("/nonexistent/tidak-ada.db"));
    giliran().args(args.iter().map(|a| host_arg(a))).env("GILIRAN_DB", nowhere).output().unwrap()
}

#[test]
fn an_office_signs_its_report_and_the_sekda_verifies_and_merges_it_without_a_database() {
    let a = office("Dinas Komunikasi dan Informatika");
    let b = office("Dinas Pariwisata");
    let key = a.ok(&["report", "key"]);
    assert!(key.starts_with("Sidik kunci tanda tangan kantor: "), "{key}");
    let mut files = Vec::new();
    for (cli, name) in [(&a, "a.xlsx"), (&b, "b.xlsx")] {
        let out = cli.dir.path().join(name);
        let said = cli.ok(&["report", "--from", "02-11-2026", "--to", "13-11-2026", "--out", out.to_str().unwrap()]);
        assert!(said.contains("10 hari kerja, 57 pegawai"), "{said}");
        files.push(out);
    }
    for kind in ["pdf", "csv"] {
        let out = a.dir.path().join(format!("a.{kind}"));
        a.ok(&["report", "--from", "02-11-2026", "--to", "13-11-2026", "--out", out.to_str().unwrap()]);
        let v = sekda(&["report", "verify", out.to_str().unwrap()]);
        assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
    }
    let v = sekda(&["report", "verify", files[0].to_str().unwrap()]);
    let said = String::from_utf8_lossy(&v.stdout);
    assert!(v.status.success() && said.contains("Berkas utuh: laporan Dinas Komunikasi dan Informatika"), "{said}");
    assert!(said.contains(key.trim().trim_start_matches("Sidik kunci tanda tangan kantor: ")), "the office's fingerprint: {said}");

    // A changed CSV is refused with status 1.
    let csv = a.dir.path().join("a.csv");
    let text = std::fs::read_to_string(&csv).unwrap().replacen(",Ya\n", ",Tidak\n", 1);
    std::fs::write(&csv, text).unwrap();
    let v = sekda(&["report", "verify", csv.to_str().unwrap()]);
    assert_eq!(v.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&v.stderr).contains("Berkas TIDAK utuh"), "{}", String::from_utf8_lossy(&v.stderr));

    let rekap = a.dir.path().join("rekap.xlsx");
    let v = sekda(&["consolidate", files[0].to_str().unwrap(), files[1].to_str().unwrap(), "--out", rekap.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&v.stdout);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
    assert!(said.contains("2 berkas dibaca: 2 utuh dan dijumlahkan"), "{said}");
    assert!(rekap.exists());

    let err = a.refused(&["report", "--from", "02-11-2026", "--to", "13-11-2026", "--out", "laporan.docx"]);
    assert!(err.contains("gunakan akhiran .xlsx, .pdf, atau .csv"), "{err}");
}

/// Issue 17, point 8: the circular's obligations ("pegawai WFH harus dapat dihubungi", "hanya
/// pegawai sehat yang masuk", the health protocol) drive a
/// checklist in the report with where the office stands; what Giliran cannot see is left for
/// the Kepala OPD to tick.
#[test]
fn the_report_lists_the_circulars_obligations_and_where_the_office_stands() {
    use calamine::{open_workbook_auto, Reader};
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "ppu-2021"]);
    let nip = cli.json(&["staff", "list"])[3]["id_number"].as_str().unwrap().to_string();
    cli.ok(&["availability", "set", &nip, "--from", "11-03-2021", "--reason", "Bergejala"]);
    cli.ok(&["plan", "--from", "10-03-2021", "--to", "12-03-2021"]);
    let out = cli.dir.path().join("ppu.xlsx");
    cli.ok(&["report", "--from", "10-03-2021", "--to", "12-03-2021", "--out", out.to_str().unwrap()]);
    let mut wb = open_workbook_auto(&out).unwrap();
    let sheet = wb.worksheet_range("Kewajiban").expect("a Kewajiban sheet");
    let rows: Vec<String> = sheet.rows().map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" | ")).collect();
    let find = |duty: &str| rows.iter().find(|r| r.contains(duty)).unwrap_or_else(|| panic!("{duty}: {rows:#?}")).clone();
    // Issue 30: PPU's end-of-period report is in no source, so it is no obligation.
    assert!(rows.iter().all(|r| !r.contains("Laporan ke Sekda")), "{rows:#?}");
    // Under "ditetapkan Kepala OPD" without a share everyone works in the office: no WFH days.
    assert!(find("Cek keberadaan pegawai WFH").contains("Tidak ada hari-pegawai WFH"));
    assert!(find("Pegawai sakit/bergejala tidak WFO")
        .contains("1 hari-pegawai sakit/bergejala, tidak satu pun dijadwalkan atau hadir WFO | Ya"));
    assert!(find("Protokol kesehatan").contains("□ Ya   □ Belum"));
    assert!(rows.iter().all(|r| !r.contains("Layanan daring")), "not an obligation of this circular");
    let v = cli.ok(&["report", "verify", out.to_str().unwrap()]);
    assert!(v.contains("Berkas utuh"), "{v}");
}

/// Issue 31, the Sekda's view across offices: three offices send reports that carry their
/// evaluation against a baseline (format 6); the Rekap puts the offices' figures side by side
/// and names the registered office that sent nothing.
#[test]
fn the_sekda_reads_three_offices_evaluations_and_names_the_one_that_did_not_send() {
    use calamine::{open_workbook_auto, Data, Reader};
    let names = ["Dinas Komunikasi dan Informatika", "Dinas Pariwisata", "Dinas Perhubungan"];
    let sekda_pc = Cli::new();
    let mut files = Vec::new();
    for (i, opd) in names.iter().enumerate() {
        let o = office(opd);
        o.ok(&["presence", "fill", "02-11-2026"]);
        let fingerprint = o.ok(&["report", "key"]).trim().trim_start_matches("Sidik kunci tanda tangan kantor: ").to_string();
        sekda_pc.ok(&["keys", "register", "--opd", opd, "--fingerprint", &fingerprint]);
        let out = sekda_pc.dir.path().join(format!("laporan-{i}.xlsx"));
        let range = ["--from", "02-11-2026", "--to", "13-11-2026", "--baseline-from", "19-10-2026", "--baseline-to", "30-10-2026"];
        o.ok(&[&["report"][..], &range, &["--out", out.to_str().unwrap()]].concat());
        files.push(out);
    }
    sekda_pc.ok(&["keys", "register", "--opd", "Dinas Kesehatan", "--fingerprint", "3F2A 91C0 7B44 E1D9"]);
    let rekap = sekda_pc.dir.path().join("rekap.xlsx");
    let paths: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();
    let said = sekda_pc.ok(&[&["consolidate"][..], &paths, &["--out", rekap.to_str().unwrap()]].concat());
    assert!(
        said.contains("3 berkas dibaca: 3 utuh dan dijumlahkan") && said.contains("Belum mengirim laporan: Dinas Kesehatan."),
        "{said}"
    );
    let mut wb = open_workbook_auto(&rekap).unwrap();
    let sheet = wb.worksheet_range("Evaluasi OPD").unwrap();
    let column = |c: usize| (3..sheet.height()).map(|r| sheet.get((r, c)).map(Data::to_string).unwrap_or_default()).collect::<Vec<_>>();
    let mut opds = column(0);
    opds.sort();
    assert_eq!(opds, ["Dinas Kesehatan", "Dinas Komunikasi dan Informatika", "Dinas Pariwisata", "Dinas Perhubungan"]);
    let titles = column(1);
    assert_eq!(
        titles.iter().filter(|t| t.starts_with("2 November 2026 s.d. 13 November 2026 dibandingkan dengan 19 Oktober 2026")).count(),
        3,
        "{titles:?}"
    );
    assert!(titles.contains(&"BELUM MENGIRIM LAPORAN".to_string()), "{titles:?}");
    // The offices' TL before and after as numbers, and a chart drawn from them in the workbook.
    assert!((3..6).all(|r| matches!(sheet.get((r, 11)), Some(Data::Float(_)))), "TL sesudah as numbers");
    let bytes = std::fs::read(&rekap).unwrap();
    assert!(bytes.windows(20).any(|w| w == b"xl/charts/chart1.xml"), "the workbook carries its chart");
    // Each office's own report has its Evaluasi sheet, and verifies as intact.
    let mut own = open_workbook_auto(&files[0]).unwrap();
    let ev = own.worksheet_range("Evaluasi").unwrap();
    assert_eq!(ev.get((4, 0)).map(Data::to_string).as_deref(), Some("Unit kerja"));
    let v = sekda(&["report", "verify", files[0].to_str().unwrap()]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
}
