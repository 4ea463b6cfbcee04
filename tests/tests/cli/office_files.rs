//! Real office files (issue 12). Each file is made the way the clerk's own tools make it:
//! LibreOffice 7.4 headless opening what a clerk or a machine wrote and saving it as .xlsx or
//! as Excel's Windows-1252 CSV, with Calc's own type detection (digits become numbers, dates
//! become dates). The importers must take such a file right, or refuse it by row in Indonesian
//! with the database unchanged byte for byte.

use giliran_tests::Cli;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Opens each of `files` in LibreOffice Calc and saves it as `to` (a `--convert-to` target),
/// like a clerk who opens a file and saves it again. CSV input is read as UTF-8 with `sep`.
fn libreoffice(files: &[&Path], to: &str, sep: char) -> Vec<PathBuf> {
    let dir = files[0].parent().expect("folder").join(format!("lo-{}", to.split(':').next().unwrap()));
    let profile = tempfile::tempdir().expect("profil LibreOffice");
    let status = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.path().display()))
        .args(["--headless", &format!("--infilter=CSV:{},34,76,1", sep as u32), "--convert-to", to, "--outdir"])
        .arg(&dir)
        .args(files)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("LibreOffice (soffice) tidak ada: pasang libreoffice-calc-nogui (cargo xtask test memasangnya)");
    assert!(status.success(), "LibreOffice gagal mengubah {files:?}");
    let ext = to.split(':').next().unwrap();
    files
        .iter()
        .map(|f| {
            let out = dir.join(f.with_extension(ext).file_name().unwrap());
            assert!(out.exists(), "LibreOffice tidak menulis {}", out.display());
            out
        })
        .collect()
}

fn office() -> Cli {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k26", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "23-11-2026", "--to", "27-11-2026"]);
    cli
}

fn staff(cli: &Cli) -> Vec<Value> {
    cli.json(&["staff", "list"]).as_array().unwrap().clone()
}

/// The name as a machine prints it: upper case, no academic titles, cut to 16 characters.
fn machine_name(name: &str) -> String {
    let bare = name.split(',').next().unwrap();
    let words: Vec<&str> = bare.split_whitespace().filter(|w| !w.ends_with('.')).collect();
    words.join(" ").to_uppercase().chars().take(16).collect::<String>().trim().to_string()
}

fn day_row(cli: &Cli, date: &str, id_number: &str) -> Value {
    let sheet = cli.json(&["presence", "list", "--date", date]);
    sheet["rows"].as_array().unwrap().iter().find(|r| r["id_number"] == id_number).unwrap().clone()
}

#[test]
fn short_machine_ids_match_only_the_machine_id_of_a_person_and_names_are_cross_checked() {
    let cli = office();
    let people = staff(&cli);
    // A ZKTeco/Solution export: AC-No. 1..5, the machine's name, one punch per row.
    let mut csv = String::from("AC-No.;Nama;Waktu\n");
    for (i, p) in people.iter().take(5).enumerate() {
        let name = machine_name(p["name"].as_str().unwrap());
        csv.push_str(&format!("{};{name};2026-11-23 07:{:02}\n{};{name};2026-11-23 16:1{}\n", i + 1, 31 + i, i + 1, i));
    }
    let typed = cli.dir.path().join("mesin.csv");
    std::fs::write(&typed, &csv).unwrap();
    let xlsx = &libreoffice(&[&typed], "xlsx", ';')[0];

    // Nobody has a machine ID yet: the numbers are not taken for the list's row numbers.
    let before = std::fs::read(&cli.db).unwrap();
    let err = cli.refused(&["presence", "import", xlsx.to_str().unwrap()]);
    assert!(err.contains("Baris 2: ID \"1\" tidak dikenal: bukan NIP/NIK dan bukan ID mesin"), "{err}");
    assert!(err.contains("Baris 11: ID \"5\" tidak dikenal"), "{err}");
    assert_eq!(std::fs::read(&cli.db).unwrap(), before, "nothing imported");

    // The clerk records each person's machine ID (in reverse, so no row number could match).
    for (i, p) in people.iter().take(5).enumerate() {
        cli.ok(&["staff", "edit", p["id_number"].as_str().unwrap(), "--machine-id", &format!("{}", 5 - i)]);
    }
    // Reversed IDs with the file's names in the original order contradict every row.
    let err = cli.refused(&["presence", "import", xlsx.to_str().unwrap()]);
    let first = people[4]["name"].as_str().unwrap();
    assert!(err.contains(&format!("Baris 2: ID 1 milik {first}, tetapi nama di berkas")), "{err}");
    // The machine's own numbering: AC-No. 1 is the first person, and the names agree.
    for p in people.iter().take(5) {
        cli.ok(&["staff", "edit", p["id_number"].as_str().unwrap(), "--machine-id", ""]);
    }
    for (i, p) in people.iter().take(5).enumerate() {
        cli.ok(&["staff", "edit", p["id_number"].as_str().unwrap(), "--machine-id", &format!("{:03}", i + 1)]);
    }
    let out = cli.ok(&["presence", "import", xlsx.to_str().unwrap()]);
    assert!(out.contains("10 catatan baru") && out.contains("5 hari-pegawai"), "{out}");
    for (i, p) in people.iter().take(5).enumerate() {
        let row = day_row(&cli, "23-11-2026", p["id_number"].as_str().unwrap());
        assert_eq!(row["check_in"], format!("07:{:02}", 31 + i), "{}", p["name"]);
        assert_eq!(row["check_out"], format!("16:1{i}"), "{}", p["name"]);
    }
    // A machine ID is one person's only.
    let err = cli.refused(&["staff", "edit", people[6]["id_number"].as_str().unwrap(), "--machine-id", "1"]);
    assert!(err.contains("ID mesin 1 sudah dipakai oleh"), "{err}");
}

#[test]
fn a_solution_report_with_a_title_block_and_in_out_columns_imports_and_a_bare_date_is_never_a_punch() {
    let cli = office();
    let people = staff(&cli);
    let (a, b) = (&people[1], &people[2]);
    let (nip_a, nip_b) = (a["id_number"].as_str().unwrap(), b["id_number"].as_str().unwrap());
    // What the Solution software prints: a title block, then one row per person and day.
    let csv = format!(
        "LAPORAN KEHADIRAN PEGAWAI\nPeriode 23-11-2026 s.d. 24-11-2026\n\nNIP;Nama;Tanggal;Jam Masuk;Jam Pulang\n\
         {nip_a};{};2026-11-23;07:31;16:05\n{nip_b};{};2026-11-23;;\n{nip_b};{};2026-11-24;07:58;\n",
        machine_name(a["name"].as_str().unwrap()),
        machine_name(b["name"].as_str().unwrap()),
        machine_name(b["name"].as_str().unwrap()),
    );
    let typed = cli.dir.path().join("solution.csv");
    std::fs::write(&typed, &csv).unwrap();
    let xlsx = &libreoffice(&[&typed], "xlsx", ';')[0];
    // NIPs typed into Calc became numbers: refused, never rounded into someone else's NIP.
    let before = std::fs::read(&cli.db).unwrap();
    let err = cli.refused(&["presence", "import", xlsx.to_str().unwrap()]);
    assert!(err.contains("Baris 5: kolom NIP: nomor") && err.contains("Format kolom itu sebagai Teks"), "{err}");
    assert_eq!(std::fs::read(&cli.db).unwrap(), before);

    // The same report with the NIPs kept as text (grouped, as the app prints them).
    let grouped = |n: &str| format!("{} {} {} {}", &n[..8], &n[8..14], &n[14..15], &n[15..]);
    std::fs::write(&typed, csv.replace(nip_a, &grouped(nip_a)).replace(nip_b, &grouped(nip_b))).unwrap();
    let xlsx = &libreoffice(&[&typed], "xlsx", ';')[0];
    let preview = cli.ok(&["presence", "import", xlsx.to_str().unwrap(), "--preview"]);
    assert!(preview.contains("Judul kolom di baris 4."), "{preview}");
    assert!(preview.contains("kolom tanggal: Tanggal; kolom jam masuk: Jam Masuk; kolom jam pulang: Jam Pulang"), "{preview}");
    assert!(preview.contains("1 baris tanpa jam masuk maupun pulang"), "{preview}");
    cli.ok(&["presence", "import", xlsx.to_str().unwrap()]);
    let row = day_row(&cli, "23-11-2026", nip_a);
    assert_eq!((row["check_in"].as_str(), row["check_out"].as_str(), row["late"].as_str()), (Some("07:31"), Some("16:05"), Some("TL1")));
    let row = day_row(&cli, "24-11-2026", nip_b);
    assert_eq!(row["check_in"], "07:58");

    // A date column mapped as the time is refused; it is not everybody at 00:00.
    let dates_only = cli.dir.path().join("tanggal.csv");
    std::fs::write(&dates_only, format!("NIP;Tanggal\n{};2026-11-25\n", grouped(nip_a))).unwrap();
    let xlsx = &libreoffice(&[&dates_only], "xlsx", ';')[0];
    let before = std::fs::read(&cli.db).unwrap();
    let err = cli.refused(&["presence", "import", xlsx.to_str().unwrap(), "--id-column", "NIP", "--time-column", "Tanggal"]);
    assert!(err.contains("Baris 2: kolom Tanggal berisi tanggal tanpa jam (\"25-11-2026\")"), "{err}");
    let err = cli.refused(&["presence", "import", xlsx.to_str().unwrap()]);
    assert!(err.contains("belum dipetakan"), "a date alone is never guessed to be the time: {err}");
    assert_eq!(std::fs::read(&cli.db).unwrap(), before);
}

#[test]
fn a_header_row_with_names_nobody_knows_is_chosen_by_the_clerk() {
    let cli = office();
    let nip = staff(&cli)[3]["id_number"].as_str().unwrap().to_string();
    let file = cli.dir.path().join("ekspor.csv");
    std::fs::write(&file, format!("Rekap Mesin Lantai 2\n\nKode;Pegawai;Scan\n{nip};x;23-11-2026 07:45\n")).unwrap();
    let out = cli.run(&["presence", "import", file.to_str().unwrap(), "--preview"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "a preview with problems tells a script so");
    assert!(text.contains("Judul kolom di baris 1.") && text.contains("belum dipetakan"), "{text}");
    let args = ["--header-row", "3", "--id-column", "Kode", "--time-column", "Scan"];
    let done = cli.ok(&[&["presence", "import", file.to_str().unwrap()][..], &args].concat());
    assert!(done.contains("1 catatan baru"), "{done}");
    assert_eq!(day_row(&cli, "23-11-2026", &nip)["check_in"], "07:45");
}

#[test]
fn present_without_clock_times_is_not_late_and_has_its_own_column_in_the_report() {
    let cli = office();
    cli.ok(&["presence", "fill", "23-11-2026"]);
    let sheet = cli.json(&["presence", "list", "--date", "23-11-2026"]);
    let head = sheet["rows"].as_array().unwrap().iter().find(|r| r["code"] == "H").unwrap().clone();
    assert_eq!((head["late"].clone(), head["early"].clone(), head["no_times"].clone()), (Value::Null, Value::Null, Value::Bool(true)));
    let xlsx = cli.dir.path().join("laporan.xlsx");
    cli.ok(&["report", "--from", "23-11-2026", "--to", "23-11-2026", "--out", xlsx.to_str().unwrap()]);
    use calamine::{open_workbook_auto, Data, Reader};
    let mut wb = open_workbook_auto(&xlsx).unwrap();
    let sheet = wb.worksheet_range("Pegawai").unwrap();
    let rows: Vec<Vec<String>> = sheet.rows().map(|r| r.iter().map(Data::to_string).collect()).collect();
    let header = rows.iter().position(|r| r.first().is_some_and(|c| c == "NIP/NIK")).unwrap();
    let col = |name: &str| rows[header].iter().position(|c| c == name).unwrap_or_else(|| panic!("kolom {name}: {:?}", rows[header]));
    let (tl4, psw4, none) = (col("TL4"), col("PSW4"), col("Hadir, jam tidak tercatat"));
    let person = rows.iter().find(|r| r.get(1).is_some_and(|n| n == head["name"].as_str().unwrap())).unwrap();
    assert_eq!((person[tl4].as_str(), person[psw4].as_str(), person[none].as_str()), ("0", "0", "1"));
    assert!(cli.ok(&["report", "verify", xlsx.to_str().unwrap()]).contains("Berkas utuh"));
}

#[test]
fn ids_that_a_spreadsheet_turned_into_numbers_are_refused_by_row_and_phones_get_their_zero_back() {
    let cli = Cli::new();
    cli.ok(&["units", "add", "Sekretariat", "--class", "administrasi"]);
    // What a clerk types into Calc: NIK and NIP as plain digits, phones without formatting.
    let typed = cli.dir.path().join("pegawai.csv");
    std::fs::write(
        &typed,
        "Jenis;NIP/NIK;Nama;Kelas jabatan;Jabatan;Golongan;Unit kerja;Telepon\n\
         Non-ASN;6472014508900001;Rina Wati;Pelaksana;Pramu Kantor;;Sekretariat;081234567890\n\
         PNS;198503122010012003;Siti Aminah, S.E.;Pelaksana;Analis;III/a;Sekretariat;+62 813 1111 2222\n",
    )
    .unwrap();
    let xlsx = &libreoffice(&[&typed], "xlsx", ';')[0];
    let before = std::fs::read(&cli.db).unwrap();
    let out = cli.run(&["staff", "import", xlsx.to_str().unwrap(), "--preview"]);
    assert_eq!(out.status.code(), Some(1), "a preview with bad rows exits non-zero");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Baris 2: NIP/NIK: nomor \"6472014508900000\" tersimpan sebagai angka"), "{text}");
    assert!(text.contains("Baris 3: NIP/NIK: nomor") && text.contains("ketik ulang"), "{text}");
    let err = cli.refused(&["staff", "import", xlsx.to_str().unwrap()]);
    assert!(err.contains("\n  Baris 2: NIP/NIK") && !err.contains("--row") && !err.contains("--file"), "{err}");
    assert_eq!(std::fs::read(&cli.db).unwrap(), before, "nothing imported");

    // With the ID columns as text (as the template has them), phones typed as numbers lost
    // their 0 and are still taken.
    std::fs::write(
        &typed,
        std::fs::read_to_string(&typed)
            .unwrap()
            .replace("6472014508900001", "6472 0145 0890 0001")
            .replace("198503122010012003", "19850312 201001 2 003"),
    )
    .unwrap();
    let xlsx = &libreoffice(&[&typed], "xlsx", ';')[0];
    cli.ok(&["staff", "import", xlsx.to_str().unwrap()]);
    let people = staff(&cli);
    let phone = |name: &str| people.iter().find(|p| p["name"] == name).unwrap()["phone"].as_str().unwrap().to_string();
    assert_eq!(phone("Rina Wati"), "081234567890");
    assert_eq!(phone("Siti Aminah, S.E."), "0813 1111 2222");
    assert_eq!(people.iter().find(|p| p["name"] == "Rina Wati").unwrap()["id_number"], "6472014508900001");
}

#[test]
fn the_apps_own_staff_csv_saved_again_by_libreoffice_imports_unchanged() {
    let source = Cli::new();
    source.ok(&["demo"]);
    let exported = source.dir.path().join("pegawai.csv");
    source.ok(&["staff", "export", exported.to_str().unwrap()]);
    // For Excel on the office PC: UTF-8 with its byte-order mark, CRLF line ends.
    let bytes = std::fs::read(&exported).unwrap();
    assert!(bytes.starts_with("\u{feff}Jenis".as_bytes()), "{:?}", &bytes[..12]);
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.matches("\r\n").count(), text.matches('\n').count(), "every line ends CRLF");
    assert_eq!(text.lines().count(), 58, "header and 57 staff");
    let resaved = &libreoffice(&[&exported], "csv:Text - txt - csv (StarCalc):44,34,76,1", ',')[0];
    let target = Cli::new();
    let out = target.ok(&["staff", "import", resaved.to_str().unwrap()]);
    assert!(out.contains("57 pegawai baru"), "{out}");
    let strip = |v: Vec<Value>| {
        v.into_iter()
            .map(|mut p| {
                for k in ["id", "unit_id", "team_id"] {
                    p.as_object_mut().unwrap().remove(k);
                }
                p
            })
            .collect::<Vec<_>>()
    };
    let all = ["staff", "list", "--all"];
    assert_eq!(strip(target.json(&all).as_array().unwrap().clone()), strip(source.json(&all).as_array().unwrap().clone()));
}

#[test]
fn a_windows_1252_csv_from_excel_keeps_every_letter_of_a_name() {
    let cli = Cli::new();
    cli.ok(&["units", "add", "Sekretariat", "--class", "administrasi"]);
    let typed = cli.dir.path().join("pegawai-utf8.csv");
    std::fs::write(
        &typed,
        "Jenis;NIP/NIK;Nama;Kelas jabatan;Jabatan;Unit kerja\nNon-ASN;\"6472 0145 0890 0002\";Sékar ’Ani Dewi;Pelaksana;Staf;Sekretariat\n",
    )
    .unwrap();
    // Calc saves it as Excel on an Indonesian Windows would: semicolons, Windows-1252
    // (LibreOffice's text encoding 1).
    let ansi = &libreoffice(&[&typed], "csv:Text - txt - csv (StarCalc):59,34,1,1", ';')[0];
    let bytes = std::fs::read(ansi).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err() && bytes.contains(&0xE9) && bytes.contains(&0x92), "LibreOffice wrote Windows-1252");
    cli.ok(&["staff", "import", ansi.to_str().unwrap()]);
    let people = staff(&cli);
    assert_eq!(people[0]["name"], "Sékar ’Ani Dewi");
    assert!(!people[0]["name"].as_str().unwrap().contains('\u{fffd}'));
}

#[test]
fn a_csv_report_saved_again_by_a_spreadsheet_is_still_intact_and_a_changed_value_is_not() {
    let cli = office();
    cli.ok(&["presence", "fill", "23-11-2026"]);
    let csv = cli.dir.path().join("laporan.csv");
    cli.ok(&["report", "--from", "23-11-2026", "--to", "27-11-2026", "--out", csv.to_str().unwrap()]);
    let resaved = &libreoffice(&[&csv], "csv:Text - txt - csv (StarCalc):44,34,76,1", ',')[0];
    assert_ne!(std::fs::read(resaved).unwrap(), std::fs::read(&csv).unwrap(), "Calc quotes differently");
    assert!(cli.ok(&["report", "verify", resaved.to_str().unwrap()]).contains("Berkas utuh"));
    let text = std::fs::read_to_string(resaved).unwrap();
    let changed = text.replacen(",\"Ya\"", ",\"Tidak\"", 1);
    assert_ne!(changed, text);
    std::fs::write(resaved, changed).unwrap();
    let err = cli.refused(&["report", "verify", resaved.to_str().unwrap()]);
    assert!(err.contains("TIDAK utuh"), "{err}");
}

#[test]
fn every_difference_in_an_edited_report_is_a_line_of_its_own() {
    let cli = office();
    let xlsx = cli.dir.path().join("laporan.xlsx");
    cli.ok(&["report", "--from", "23-11-2026", "--to", "27-11-2026", "--out", xlsx.to_str().unwrap()]);
    assert_eq!(edit_two_numbers(&xlsx).len(), 2);
    let err = cli.refused(&["report", "verify", xlsx.to_str().unwrap()]);
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("- ")).collect();
    assert!(lines.len() >= 2, "one line per difference: {err}");
    assert!(lines.iter().all(|l| l.len() < 200), "{err}");
}

/// Changes two numbers of the Harian sheet the way an editor would (a new workbook with the
/// same cells, two of them different, and the hidden data sheet kept), returning the cells
/// changed.
fn edit_two_numbers(path: &Path) -> Vec<String> {
    use calamine::{open_workbook_auto, Data, Reader};
    let mut wb = open_workbook_auto(path).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let mut changed = Vec::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&name).unwrap();
        if name.starts_with('_') {
            ws.set_hidden(true);
        }
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r0 + r as u32, (c0 as usize + c) as u16);
                match cell {
                    Data::Float(f) if name == "Harian" && changed.len() < 2 && c == 7 => {
                        ws.write_number(r, c, f + 1.0).unwrap();
                        changed.push(format!("{r},{c}"));
                    }
                    Data::Float(f) => drop(ws.write_number(r, c, *f).unwrap()),
                    Data::Int(i) => drop(ws.write_number(r, c, *i as f64).unwrap()),
                    Data::DateTime(d) => {
                        let date = rust_xlsxwriter::Format::new().set_num_format("dd-mm-yyyy");
                        ws.write_number_with_format(r, c, d.as_f64(), &date).unwrap();
                    }
                    Data::Empty => {}
                    other => drop(ws.write_string(r, c, other.to_string()).unwrap()),
                }
            }
        }
    }
    out.save(path).unwrap();
    changed
}

#[test]
fn a_closed_pipe_ends_the_listing_quietly() {
    let cli = Cli::new();
    cli.ok(&["demo", "--copies", "4"]);
    let mut child = giliran_tests::giliran()
        .arg("--db")
        .arg(giliran_tests::host_path(&cli.db))
        .args(["staff", "list", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader (`head`) is gone before the listing is written
    let out = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_ne!(out.status.code(), Some(101), "no panic");
    // Windows has no SIGPIPE: there the write fails and the listing ends without a panic.
    #[cfg(unix)]
    if !giliran_tests::on_windows() {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(out.status.signal(), Some(13), "ended by SIGPIPE, as `cat` would be");
    }
}

/// The text of each page of `pdf`, as pdftotext reads it.
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext").args(["-layout"]).arg(pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).split('\u{c}').filter(|p| !p.trim().is_empty()).map(str::to_string).collect()
}

#[test]
fn printed_from_calc_the_report_keeps_its_signature_block_on_one_page_and_the_staff_list_is_short() {
    let cli = office();
    let office = cli.json(&["office", "show"]);
    let (head, head_nip) = (office["head_name"].as_str().unwrap().to_string(), office["head_nip"].as_str().unwrap().to_string());
    assert!(!head.is_empty() && !head_nip.is_empty(), "{office}");
    let xlsx = cli.dir.path().join("laporan.xlsx");
    cli.ok(&["report", "--from", "02-11-2026", "--to", "27-11-2026", "--out", xlsx.to_str().unwrap()]);
    let pdf = &libreoffice(&[&xlsx], "pdf", ',')[0];
    let pages = pdf_pages(pdf);
    let at = pages.iter().position(|p| p.contains(&head)).unwrap_or_else(|| panic!("{head} tidak tercetak"));
    let grouped = |n: &str| n.chars().filter(|c| c.is_ascii_digit()).collect::<String>();
    assert!(grouped(&pages[at]).contains(&grouped(&head_nip)), "the NIP is on the signer's page ({})", at + 1);
    assert_eq!(at, 0, "the summary with its signature is the first page");

    let staff = cli.dir.path().join("pegawai.xlsx");
    cli.ok(&["staff", "export", staff.to_str().unwrap()]);
    let pdf = &libreoffice(&[&staff], "pdf", ',')[0];
    let pages = pdf_pages(pdf);
    assert!(pages.len() <= 4, "57 staff, their units and the instructions print on {} pages", pages.len());
}

/// The text of `pdf` in the order it was drawn (`pdftotext -raw`), a cell's lines joined: a
/// name wrapped over two lines reads as one, and a line broken after a hyphen joins it again.
fn pdf_text_as_drawn(pdf: &Path) -> String {
    let out = Command::new("pdftotext").args(["-raw"]).arg(pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).replace("-\n", "-");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every font of `pdf`, as `pdffonts` lists it, with whether it is embedded.
fn pdf_fonts(pdf: &Path) -> Vec<(String, bool)> {
    let out = Command::new("pdffonts").arg(pdf).output().expect("pdffonts (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    text.lines()
        .skip(2)
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            // name … type … encoding emb sub uni object ID
            (cols[0].to_string(), cols[cols.len() - 5] == "yes")
        })
        .collect()
}

#[test]
fn printed_schedules_and_reports_carry_every_name_whole_in_embedded_fonts() {
    let cli = office();
    let unit = "UPTD Laboratorium Pengujian Mutu Perangkat Telekomunikasi dan Informatika Kalimantan Timur";
    let team = "Seksi Pengujian Kompatibilitas Elektromagnetik dan Keselamatan Listrik";
    let name = "Prof. Dr. Ir. Hj. Renée D’Souza Syarifatunnisa Al-Banjari Wicaksono, S.T., M.Eng., IPU.";
    cli.ok(&["units", "add", unit, "--class", "layanan_publik"]);
    cli.ok(&["units", "add", team, "--parent", unit]);
    cli.ok(&[
        "staff",
        "add",
        "--kind",
        "pns",
        "--number",
        "198203152006042011",
        "--name",
        name,
        "--jabatan-class",
        "fungsional",
        "--jabatan",
        "Pranata Komputer Ahli Madya",
        "--golongan",
        "IV/a",
        "--unit",
        unit,
        "--team",
        team,
    ]);
    cli.ok(&["plan", "--from", "23-11-2026", "--to", "27-11-2026"]);
    let head = cli.json(&["office", "show"])["head_name"].as_str().unwrap().to_string();
    let schedule = cli.dir.path().join("jadwal.pdf");
    cli.ok(&["schedule", "--week", "2026-W48", "--pdf", schedule.to_str().unwrap()]);
    let report = cli.dir.path().join("laporan.pdf");
    cli.ok(&["report", "--from", "23-11-2026", "--to", "27-11-2026", "--out", report.to_str().unwrap()]);
    for pdf in [&schedule, &report] {
        let text = pdf_text_as_drawn(pdf);
        for whole in [name, unit, &head, "Minggu ke-48 (23–29 November 2026)"] {
            if pdf == &report && whole.starts_with("Minggu") {
                continue;
            }
            assert!(text.contains(whole), "{} does not print {whole:?} whole:\n{text}", pdf.display());
        }
        if pdf == &schedule {
            assert!(text.contains(team), "the team prints whole: {text}");
        }
        assert!(!text.contains('…') && !text.contains('\u{fffd}'), "nothing is cut or replaced: {text}");
        let fonts = pdf_fonts(pdf);
        assert!(!fonts.is_empty() && fonts.iter().all(|(_, embedded)| *embedded), "every font embedded: {fonts:?}");
        assert!(fonts.iter().any(|(f, _)| f.ends_with("+LiberationSerif")), "{fonts:?}");
    }
    assert!(cli.ok(&["report", "verify", report.to_str().unwrap()]).contains("Berkas utuh"));
}

/// Issue 15: the printed request for flexible work, read back from the PDF: the kop surat,
/// what is asked, the decision and both signature blocks.
#[test]
fn the_printed_flexible_work_request_carries_the_request_the_decision_and_both_signatures() {
    let cli = giliran_tests::Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "fleksibel-2025", "--key", "kf", "--from", "01-12-2026"]);
    cli.ok(&[
        "fwa",
        "request",
        "add",
        "19940424 201812 1 005",
        "--from",
        "07-12-2026",
        "--to",
        "31-12-2026",
        "--days",
        "jumat",
        "--location",
        "rumah",
        "--reason",
        "keluarga",
        "--evidence",
        "Surat keterangan sekolah",
        "--plan",
        "Menyusun telaah staf; target 2 naskah",
    ]);
    cli.ok(&["fwa", "request", "approve", "1", "--by", "Nur Kusumawati, S.T.", "--note", "Tetap dapat dihubungi"]);
    let out = cli.dir.path().join("pengajuan.pdf");
    assert!(cli.ok(&["fwa", "request", "form", "1", "--out", out.to_str().unwrap()]).contains("Formulir pengajuan nomor 1 disimpan"));
    let pages = pdf_pages(&out);
    assert_eq!(pages.len(), 1);
    let text = &pages[0];
    for want in [
        "DINAS KOMUNIKASI DAN INFORMATIKA",
        "FORMULIR PENGAJUAN PELAKSANAAN TUGAS KEDINASAN SECARA FLEKSIBEL",
        "Arif Nasution, S.Sos.",
        "Setiap Jumat, 07-12-2026 s.d. 31-12-2026",
        "Rumah/tempat tinggal",
        "Menyusun telaah staf; target 2 naskah",
        "Disetujui",
        "Tetap dapat dihubungi",
        "Pegawai yang mengajukan,",
        "Atasan langsung,",
        "Nur Kusumawati, S.T.",
        "NIP. 19940424 201812 1 005",
    ] {
        assert!(text.contains(want), "{want:?} not in:\n{text}");
    }
    let err = cli.refused(&["fwa", "request", "form", "1", "--out", "pengajuan.docx"]);
    assert!(err.contains("Simpan formulir sebagai berkas .pdf"), "{err}");
}

/// Runs `script` with Python and openpyxl (the library many office tools and SIMPEG exports
/// are written with) in `dir`; the script writes its workbook there.
fn openpyxl(dir: &Path, script: &str) {
    // Debian's own Python, where python3-openpyxl is installed (a pyenv python3 earlier on
    // PATH has no openpyxl).
    let python = if Path::new("/usr/bin/python3").exists() { "/usr/bin/python3" } else { "python3" };
    let out = Command::new(python)
        .arg("-c")
        .arg(format!("import openpyxl\n{script}"))
        .current_dir(dir)
        .output()
        .expect("python3 tidak ada: cargo xtask test memasangnya");
    assert!(out.status.success(), "openpyxl gagal (pasang python3-openpyxl):\n{}", String::from_utf8_lossy(&out.stderr));
}

/// Issue 26, staff lists: a workbook whose first sheet is last year's list, hidden; a visible
/// sheet with NIP and NIK side by side, a column-number row under the header, a row hidden by
/// a filter, NIPs written with dots or an apostrophe, invisible characters, and the words
/// offices use (CPNS, P3K, Honorer, Fungsional Umum). The visible rows are imported right and
/// the preview says which column feeds each field and what was left out.
#[test]
fn a_staff_workbook_with_a_hidden_sheet_and_rows_and_office_words_imports_what_the_clerk_sees() {
    let cli = Cli::new();
    openpyxl(
        cli.dir.path(),
        r#"
wb = openpyxl.Workbook()
old = wb.active
old.title = "Daftar 2025"
old.append(["NIP", "Nama", "Unit kerja"])
old.append(["196601011990031001", "Pensiunan Lama", "Sekretariat"])
old.sheet_state = "hidden"
ws = wb.create_sheet("Pegawai Aktif")
ws.append(["No", "NIP", "NIK", "Nama", "Jenis Pegawai", "Jabatan", "Kelas jabatan", "Golongan", "Unit kerja"])
ws.append([1, 2, 3, 4, 5, 6, 7, 8, 9])
ws.append([1, "19700525.199201.1.501", "6472012505700001", "Ir. Bambang\u200b Sutrisno", None, "Kepala Bidang", "Administrator", "IV/a", "Bidang Pelayanan"])
ws.append([2, "-", "6472014107900002", "Sri\u00a0Wahyuni", "Honorer", "Pengadministrasi Umum", "Fungsional Umum", None, "Sekretariat"])
ws.append([3, "198503122021212003", None, "Rina Marlina, S.Kom.", "P3K", "Pranata Komputer", "Fungsional", "IX", "Sekretariat"])
ws.append([4, "'199601152024031002", None, "Andi Pratama", "CPNS", "Analis Kebijakan", "Pelaksana", "III/a", "Sekretariat"])
ws.append([5, "198001012005011001", None, "Tersaring Keluar", None, "Staf", "Pelaksana", "III/b", "Sekretariat"])
ws.row_dimensions[7].hidden = True
rekap = wb.create_sheet("Rekap Golongan")
rekap.append(["Golongan", "Jumlah"])
rekap.append(["IV/a", 1])
wb.save("pegawai.xlsx")
"#,
    );
    let file = cli.dir.path().join("pegawai.xlsx");
    let preview = cli.ok(&["staff", "import", file.to_str().unwrap(), "--preview"]);
    assert!(preview.contains("Pratinjau (belum disimpan): 4 baris: 4 pegawai baru"), "{preview}");
    assert!(preview.contains("Kolom: NIP/NIK ← kolom \"NIP\""), "{preview}");
    assert!(preview.contains("Kolom: NIK (bila NIP kosong) ← kolom \"NIK\""), "{preview}");
    assert!(!preview.contains("kolom \"No\""), "a row number is not an identity number: {preview}");
    assert!(preview.contains("Dibaca lembar \"Pegawai Aktif\"; lembar tersembunyi dilewati: Daftar 2025."), "{preview}");
    assert!(preview.contains("Berkas berisi beberapa lembar: Pegawai Aktif, Rekap Golongan. Dibaca lembar \"Pegawai Aktif\""), "{preview}");
    let other = cli.refused(&["staff", "import", file.to_str().unwrap(), "--preview", "--sheet", "Rekap Golongan"]);
    assert!(other.contains("belum dapat diimpor"), "the clerk's choice is read: {other}");
    assert!(preview.contains("1 baris tersembunyi (disaring atau disembunyikan) tidak diimpor: baris 7."), "{preview}");
    assert!(preview.contains("Baris 2 berisi nomor kolom (1, 2, 3, …), bukan data; dilewati."), "{preview}");
    assert!(staff(&cli).is_empty(), "a preview writes nothing");

    cli.ok(&["staff", "import", file.to_str().unwrap()]);
    let list = staff(&cli);
    let person = |name: &str| list.iter().find(|p| p["name"] == name).unwrap_or_else(|| panic!("{name} tidak ada: {list:?}")).clone();
    let bambang = person("Ir. Bambang Sutrisno");
    assert_eq!((bambang["kind"].as_str(), bambang["id_number"].as_str()), (Some("pns"), Some("197005251992011501")));
    let sri = person("Sri Wahyuni");
    assert_eq!(
        (sri["kind"].as_str(), sri["id_number"].as_str(), sri["jabatan_class"].as_str()),
        (Some("non_asn"), Some("6472014107900002"), Some("pelaksana"))
    );
    let rina = person("Rina Marlina, S.Kom.");
    assert_eq!((rina["kind"].as_str(), rina["golongan"].as_str()), (Some("pppk"), Some("IX")));
    let andi = person("Andi Pratama");
    assert_eq!((andi["kind"].as_str(), andi["id_number"].as_str()), (Some("pns"), Some("199601152024031002")));
    assert_eq!(list.len(), 4, "neither the hidden sheet nor the hidden row: {list:?}");

    // An unknown word is named, never "wajib diisi" for a filled cell.
    let odd = cli.dir.path().join("kata.csv");
    std::fs::write(
        &odd,
        "NIP;Nama;Jenis Pegawai;Kelas jabatan;Jabatan;Unit kerja\n198001012005011001;Budi;Outsourcing;Pelaksana;Staf;Sekretariat\n",
    )
    .unwrap();
    let err = cli.refused(&["staff", "import", odd.to_str().unwrap()]);
    assert!(err.contains("Jenis pegawai \"Outsourcing\" tidak dikenal"), "{err}");
}

/// Issue 26: an update file with only some columns (NIP and a new phone number) changes the
/// phone and nothing else: golongan, team, machine ID and the inactive status stay as stored.
#[test]
fn an_update_file_with_only_some_columns_changes_only_those() {
    let cli = office();
    let people = staff(&cli);
    let p = people.iter().find(|p| p["team_name"].is_string() && !p["golongan"].as_str().unwrap_or("").is_empty()).unwrap();
    let nip = p["id_number"].as_str().unwrap().to_string();
    cli.ok(&["staff", "edit", &nip, "--machine-id", "41"]);
    let other = people.iter().find(|q| q["id_number"] != p["id_number"] && q["kind"] == "pns").unwrap();
    let other_nip = other["id_number"].as_str().unwrap().to_string();
    cli.ok(&["staff", "deactivate", &other_nip]);
    let file = cli.dir.path().join("telepon.csv");
    std::fs::write(
        &file,
        format!(
            "NIP;Nama;Telepon\n{nip};{};0813-9999-0001\n{other_nip};{};0813-9999-0002\n",
            p["name"].as_str().unwrap(),
            other["name"].as_str().unwrap()
        ),
    )
    .unwrap();
    let out = cli.ok(&["staff", "import", file.to_str().unwrap()]);
    assert!(out.contains("Tidak ada di berkas (data yang tersimpan tetap)"), "{out}");
    let after = cli.json(&["staff", "list", "--all"]);
    let find = |n: &str| after.as_array().unwrap().iter().find(|q| q["id_number"] == n).unwrap().clone();
    let (q, o) = (find(&nip), find(&other_nip));
    assert_eq!(q["phone_display"], "0813-9999-0001");
    for field in ["golongan", "team_name", "unit_name", "jabatan", "jabatan_class", "kind"] {
        assert_eq!(q[field], p[field], "{field} berubah");
    }
    assert_eq!(q["machine_id"], "41");
    assert_eq!(o["active"], false, "the inactive person stays inactive");
    assert_eq!(o["phone_display"], "0813-9999-0002");
}

/// Two people with machine IDs 21 and 22, for the attendance stories below.
fn two_on_the_machine(cli: &Cli) -> (String, String) {
    let people = staff(cli);
    let a = people[3]["id_number"].as_str().unwrap().to_string();
    let b = people[4]["id_number"].as_str().unwrap().to_string();
    cli.ok(&["staff", "edit", &a, "--machine-id", "21"]);
    cli.ok(&["staff", "edit", &b, "--machine-id", "22"]);
    (a, b)
}

/// Issue 26, attendance exports: a punch at 00:01 is not the morning's arrival, a year typo
/// (2062) and a day after today are not presence, and a date months away from the file's
/// period is not silently stored. The preview lists each with its row; nothing is imported
/// until the clerk chooses to leave them out, and then the real 08:45 arrival is the check-in.
#[test]
fn an_attendance_export_with_a_night_punch_a_year_typo_and_a_future_day_asks_before_importing() {
    let cli = office();
    let (a, b) = two_on_the_machine(&cli);
    let typed = cli.dir.path().join("mesin-nov.csv");
    std::fs::write(
        &typed,
        "AC-No.;Waktu\n21;2026-11-16 00:01\n21;2026-11-16 08:45\n21;2026-11-16 16:05\n22;2026-11-16 07:30\n22;2026-11-16 16:00\n\
         22;2062-11-17 07:31\n22;2026-12-20 07:30\n22;2026-03-02 07:30\n",
    )
    .unwrap();
    let xlsx = &libreoffice(&[&typed], "xlsx", ';')[0];
    let before = std::fs::read(&cli.db).unwrap();
    let err = cli.refused(&["presence", "import", xlsx.to_str().unwrap(), "--preview"]);
    assert!(err.contains("4 masalah"), "{err}");
    let out = String::from_utf8(cli.run(&["presence", "import", xlsx.to_str().unwrap(), "--preview"]).stdout).unwrap();
    assert!(out.contains("Periode berkas: 16-11-2026 s.d. 16-11-2026."), "{out}");
    assert!(out.contains("Baris 2: ") && out.contains("16-11-2026 00:01: pukul 00:01 tengah malam bukan jam masuk"), "{out}");
    assert!(out.contains("Baris 7: ") && out.contains("17-11-2062 07:31: tanggalnya setelah hari ini (07-12-2026)"), "{out}");
    assert!(out.contains("Baris 8: ") && out.contains("20-12-2026 07:30: tanggalnya setelah hari ini"), "{out}");
    assert!(
        out.contains("Baris 9: ") && out.contains("02-03-2026 07:30: jauh di luar periode berkas (16-11-2026 s.d. 16-11-2026)"),
        "{out}"
    );
    let err = cli.refused(&["presence", "import", xlsx.to_str().unwrap()]);
    assert!(err.contains("4 catatan diragukan; tidak ada yang diimpor"), "{err}");
    assert!(std::fs::read(&cli.db).unwrap() == before, "a refused import changes nothing");

    let done = cli.ok(&["presence", "import", xlsx.to_str().unwrap(), "--skip-doubtful"]);
    assert!(done.contains("4 catatan diragukan dilewati"), "{done}");
    let row = day_row(&cli, "16-11-2026", &a);
    assert_eq!((row["check_in"].as_str(), row["check_out"].as_str()), (Some("08:45"), Some("16:05")));
    assert_eq!(day_row(&cli, "16-11-2026", &b)["check_in"], "07:30");
    assert!(cli.json(&["presence", "list", "--date", "20-12-2026"])["rows"].as_array().unwrap().iter().all(|r| r["check_in"].is_null()));
}

/// Issue 26: a machine set to US English writes 11/02/2026 for 2 November. When no date in the
/// file tells the order and the two readings give different days, the clerk is asked; with
/// the order chosen the days land in November.
#[test]
fn a_us_ordered_attendance_file_is_a_question_not_five_months_of_the_eleventh() {
    let cli = office();
    let (a, _) = two_on_the_machine(&cli);
    let mut csv = String::from("AC-No.;Tanggal;Jam Masuk;Jam Pulang\n");
    for d in 2..=6 {
        csv.push_str(&format!("21;11/0{d}/2026;07:3{d};16:0{d}\n"));
    }
    let typed = cli.dir.path().join("mesin-as.csv");
    std::fs::write(&typed, csv).unwrap();
    let err = cli.refused(&["presence", "import", typed.to_str().unwrap()]);
    assert!(
        err.contains("Urutan tanggal di berkas tidak jelas: \"11/02/2026\" dapat berarti 11 Februari 2026 atau 2 November 2026"),
        "{err}"
    );
    assert!(err.contains("dibaca bulan/hari (format AS), periodenya 02-11-2026 s.d. 06-11-2026"), "{err}");
    cli.ok(&["presence", "import", typed.to_str().unwrap(), "--date-order", "bht"]);
    assert_eq!(day_row(&cli, "04-11-2026", &a)["check_in"], "07:34");
    assert!(day_row(&cli, "11-04-2026", &a)["check_in"].is_null());
}

/// Issue 26: ZKTeco's raw `attlog.dat` has no header row; its first line is a punch, not
/// column names. A person deactivated on 17 November keeps the days before; a punch after is
/// named with the day they left, not "tidak dikenal".
#[test]
fn a_headerless_machine_log_keeps_its_first_punch_and_a_deactivated_persons_earlier_days() {
    let cli = office();
    let (a, b) = two_on_the_machine(&cli);
    cli.ok(&["staff", "deactivate", &b, "--from", "17-11-2026"]);
    let log = cli.dir.path().join("1_attlog.dat");
    std::fs::write(
        &log,
        "       21\t2026-11-16 07:31:05\t1\t0\t1\t0\n       22\t2026-11-16 07:40:00\t1\t0\t1\t0\n\
         \x20      21\t2026-11-16 16:02:11\t1\t1\t1\t0\n       22\t2026-11-18 07:35:00\t1\t0\t1\t0\n",
    )
    .unwrap();
    let out = String::from_utf8(cli.run(&["presence", "import", log.to_str().unwrap(), "--preview"]).stdout).unwrap();
    assert!(out.contains("Berkas tanpa baris judul"), "{out}");
    assert!(out.contains("kolom ID/NIP: Kolom 1; kolom waktu: Kolom 2"), "{out}");
    assert!(out.contains("Baris 4: ") && out.contains("sudah nonaktif sejak 17-11-2026; hari sebelum itu tetap diimpor"), "{out}");
    let done = cli.ok(&["presence", "import", log.to_str().unwrap(), "--skip-doubtful"]);
    // Her 16 November punch is in (she still worked here); the 18th is not.
    assert!(done.contains("4 baris dibaca: 3 catatan baru") && done.contains("2 hari-pegawai diperbarui"), "{done}");
    let row = day_row(&cli, "16-11-2026", &a);
    assert_eq!((row["check_in"].as_str(), row["check_out"].as_str()), (Some("07:31"), Some("16:02")));
}

/// Issue 26, the signed report: a sheet added to the signed .xlsx ("Koreksi"), a sheet, row or
/// column hidden in it — each done with openpyxl, as a person editing the file would — is named
/// by `report verify`; the same file only opened and saved again with openpyxl stays intact.
#[test]
fn a_signed_report_with_a_sheet_added_or_a_row_sheet_or_column_hidden_is_not_intact() {
    let cli = office();
    cli.ok(&["presence", "fill", "23-11-2026"]);
    let signed = cli.dir.path().join("laporan.xlsx");
    cli.ok(&["report", "--from", "01-11-2026", "--to", "30-11-2026", "--out", signed.to_str().unwrap()]);
    openpyxl(
        cli.dir.path(),
        r#"
def doctor(name, change):
    wb = openpyxl.load_workbook("laporan.xlsx")
    change(wb)
    wb.save(name)
doctor("disimpan-ulang.xlsx", lambda wb: None)
def koreksi(wb):
    ws = wb.create_sheet("Koreksi", 1)
    ws["A1"] = "Koreksi: WFO 2 (bukan 7)"
doctor("koreksi.xlsx", koreksi)
def hide_row(wb):
    wb["Harian"].row_dimensions[6].hidden = True
doctor("baris.xlsx", hide_row)
def hide_sheet(wb):
    wb["Pelanggaran"].sheet_state = "hidden"
doctor("lembar.xlsx", hide_sheet)
def hide_column(wb):
    wb["Harian"].column_dimensions["E"].hidden = True
doctor("kolom.xlsx", hide_column)
"#,
    );
    let verify = |name: &str| {
        let out = cli.run(&["report", "verify", cli.dir.path().join(name).to_str().unwrap()]);
        (out.status.code(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    };
    let (code, said) = verify("disimpan-ulang.xlsx");
    assert_eq!(code, Some(0), "an honest re-save stays intact: {said}");
    for (file, named) in [
        ("koreksi.xlsx", "lembar \"Koreksi\" tidak ada pada laporan yang ditandatangani"),
        ("baris.xlsx", "lembar Harian, baris 6 disembunyikan"),
        ("lembar.xlsx", "lembar Pelanggaran disembunyikan"),
        ("kolom.xlsx", "lembar Harian, kolom E"),
    ] {
        let (code, said) = verify(file);
        assert_eq!(code, Some(1), "{file}: {said}");
        assert!(said.contains("Berkas TIDAK utuh") && said.contains(named), "{file}: {said}");
    }
}

/// Issue 26, circular files from Notepad: UTF-8 with a byte-order mark and Windows-1252 are
/// read; curly quotes from a word processor and a trailing comma are refused in Indonesian
/// with their line and column, never with the JSON parser's English.
#[test]
fn a_circular_saved_by_notepad_is_read_and_a_broken_one_is_named_in_indonesian() {
    let cli = Cli::new();
    let mut c: Value = serde_json::from_str(&cli.ok(&["circular", "blank"])).unwrap();
    c["key"] = "se-notepad".into();
    c["number"] = "800/12/Org".into();
    c["title"] = "Penyesuaian Sistem Kerja – Pegawai Pemerintah Daerah".into();
    c["issuer"] = "Gubernur Contoh".into();
    c["valid_from"] = "2026-12-01".into();
    c["rules"] = serde_json::json!([{"service_class": "administrasi", "kind": "wfh_max", "share": "50%"}]);
    let pretty = serde_json::to_string_pretty(&c).unwrap();
    let dir = cli.dir.path();

    let bom = dir.join("se-bom.json");
    std::fs::write(&bom, [&b"\xef\xbb\xbf"[..], pretty.as_bytes()].concat()).unwrap();
    cli.ok(&["circular", "import", bom.to_str().unwrap()]);
    // Notepad's "ANSI": the en dash is byte 0x96.
    let ansi = dir.join("se-ansi.json");
    let cp1252: Vec<u8> = pretty.replace("se-notepad", "se-ansi").chars().map(|ch| if ch == '–' { 0x96 } else { ch as u8 }).collect();
    std::fs::write(&ansi, cp1252).unwrap();
    cli.ok(&["circular", "import", ansi.to_str().unwrap()]);
    let shown = cli.ok(&["circular", "export", "se-ansi"]);
    assert!(shown.contains("Penyesuaian Sistem Kerja – Pegawai"), "{shown}");

    let curly = dir.join("se-word.json");
    std::fs::write(&curly, pretty.replace("se-notepad", "se-word").replacen("\"number\"", "“number”", 1)).unwrap();
    let err = cli.refused(&["circular", "import", curly.to_str().unwrap()]);
    let line = pretty.lines().position(|l| l.contains("\"number\"")).unwrap() + 1;
    assert!(err.contains(&format!("baris {line}, kolom 3): tanda kutip miring “")), "{err}");
    let comma = dir.join("se-koma.json");
    std::fs::write(&comma, pretty.replace("se-notepad", "se-koma").replacen("\"50%\"\n", "\"50%\",\n", 1)).unwrap();
    let err = cli.refused(&["circular", "import", comma.to_str().unwrap()]);
    assert!(err.contains("koma berlebih sebelum } atau ]"), "{err}");
    for english in ["expected", "trailing", "EOF", "line "] {
        assert!(!err.contains(english), "{err}");
    }
}

/// Issue 26: the CSV report saved again with semicolons (as Excel in an Indonesian locale
/// writes CSV; here LibreOffice asked to) is still checked value by value and says it was
/// re-saved; a value changed in it is caught.
#[test]
fn a_csv_report_saved_again_with_semicolons_is_checked_and_says_so() {
    let cli = office();
    let csv = cli.dir.path().join("laporan.csv");
    cli.ok(&["report", "--from", "01-11-2026", "--to", "30-11-2026", "--out", csv.to_str().unwrap()]);
    let resaved = &libreoffice(&[&csv], "csv:Text - txt - csv (StarCalc):59,34,76,1", ',')[0];
    assert!(std::fs::read_to_string(resaved).unwrap().lines().next().unwrap().contains("\";\""), "LibreOffice wrote semicolons");
    let said = cli.ok(&["report", "verify", resaved.to_str().unwrap()]);
    assert!(said.contains("Berkas utuh") && said.contains("disimpan ulang dengan pemisah titik koma"), "{said}");
    let text = std::fs::read_to_string(resaved).unwrap().replacen(";\"Ya\";\"Ya\"", ";\"Tidak\";\"Ya\"", 1);
    std::fs::write(resaved, text).unwrap();
    let err = cli.refused(&["report", "verify", resaved.to_str().unwrap()]);
    assert!(err.contains("Berkas TIDAK utuh") && err.contains("pemisah titik koma"), "{err}");
}

/// Issue 26, the printed week: a unit that runs over several pages repeats its name and the
/// table header on each page, and the signature block never stands alone on a page.
#[test]
fn a_unit_over_several_pages_repeats_its_name_and_header_and_signs_under_its_last_rows() {
    let cli = office();
    let mut csv = String::from("Jenis;NIP/NIK;Nama;Kelas jabatan;Jabatan;Unit kerja\n");
    for i in 1..=44 {
        csv.push_str(&format!("Non-ASN;647201410790{i:04};Pegawai Lapangan {i};Pelaksana;Petugas Lapangan;Bidang Pengawasan Lapangan\n"));
    }
    let file = cli.dir.path().join("lapangan.csv");
    std::fs::write(&file, csv).unwrap();
    cli.ok(&["staff", "import", file.to_str().unwrap()]);
    let pdf = cli.dir.path().join("jadwal.pdf");
    cli.ok(&["schedule", "--week", "2026-W48", "--pdf", pdf.to_str().unwrap()]);
    let text = |page: usize| {
        let out = Command::new("pdftotext")
            .args(["-layout", "-f", &page.to_string(), "-l", &page.to_string()])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let pages: Vec<String> = (1..=30).map(text).take_while(|t| !t.trim().is_empty()).collect();
    let of_unit: Vec<usize> = (0..pages.len()).filter(|i| pages[*i].contains("Bidang Pengawasan Lapangan")).collect();
    assert!(of_unit.len() >= 2, "the unit runs over pages: {of_unit:?}");
    for i in &of_unit[1..] {
        assert!(pages[*i].contains("Bidang Pengawasan Lapangan (lanjutan)"), "page {}:\n{}", i + 1, pages[*i]);
        assert!(pages[*i].contains("Nama"), "the header again on page {}", i + 1);
    }
    let last = &pages[*of_unit.last().unwrap()];
    assert!(last.contains("Di kantor / kebutuhan") && last.contains("Pegawai Lapangan 9"), "rows with the signature:\n{last}");
    assert!(last.contains("NIP."), "the signature block:\n{last}");
}

/// Issue 29, first slice: SIASN's "Export Data ASN" (comma-separated, upper-case headers, each
/// ID/NAMA pair two columns, columns Giliran does not use) imports as it is: the NIP, the name
/// with its titles, the kind, the golongan, the post and its class (a structural post's class
/// read from its name and listed to be checked), the unit from UNOR NAMA, the phone.
#[test]
fn a_siasn_export_with_its_own_headers_imports_names_classes_and_units() {
    let cli = Cli::new();
    openpyxl(
        cli.dir.path(),
        r#"
import csv
head = ["PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TANGGAL LAHIR", "JENIS KELAMIN",
        "NIK", "NOMOR HP", "EMAIL", "ALAMAT", "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA", "STATUS CPNS PNS", "TMT CPNS",
        "GOL AKHIR ID", "GOL AKHIR NAMA", "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN NAMA", "UNOR ID", "UNOR NAMA"]
rows = [
    ["A8F1", "197003122000031002", "", "BAMBANG SUTRISNO", "Ir.", "M.T.", "12-03-1970", "M", "6472011203700001", "081234500001",
     "", "Jl. Pahlawan 1", "1", "PNS Daerah", "P", "01-03-2000", "42", "IV/b", "1", "Jabatan Struktural", "Kepala Dinas Komunikasi dan Informatika", "U1", "Dinas Komunikasi dan Informatika"],
    ["A8F2", "198503122010012003", "", "SITI AMINAH", "Dr.", "S.E., M.Si.", "12-03-1985", "F", "6472015203850002", "081234500002",
     "", "Jl. Merdeka 2", "1", "PNS Daerah", "P", "01-01-2010", "41", "IV/a", "1", "Jabatan Struktural", "Kepala Bidang Persandian", "U2", "Bidang Persandian dan Statistik"],
    ["A8F3", "199001012015031004", "", "RIZKY NASUTION", "", "S.Kom.", "01-01-1990", "M", "6472010101900003", "081234500003",
     "", "", "1", "PNS Daerah", "P", "01-03-2015", "32", "III/b", "2", "Jabatan Fungsional Tertentu", "Pranata Komputer Ahli Pertama", "U2", "Bidang Persandian dan Statistik"],
    ["A8F4", "199505052024212001", "", "DEWI LESTARI", "", "", "05-05-1995", "F", "6472014505950004", "081234500004",
     "", "", "3", "PPPK", "", "", "9", "IX", "4", "Jabatan Pelaksana", "Pengadministrasi Perkantoran", "U2", "Bidang Persandian dan Statistik"],
    ["A8F5", "199806062025031002", "", "ANDI PRATAMA", "", "S.H.", "06-06-1998", "M", "6472010606980005", "081234500005",
     "", "", "1", "CPNS Daerah", "C", "01-03-2025", "31", "III/a", "4", "Jabatan Fungsional Umum", "Analis Hukum", "U1", "Dinas Komunikasi dan Informatika"],
]
with open("siasn.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(head)
    w.writerows(rows)
"#,
    );
    let file = cli.dir.path().join("siasn.csv");
    let preview = cli.ok(&["staff", "import", file.to_str().unwrap(), "--preview"]);
    assert!(preview.contains("5 pegawai baru"), "{preview}");
    assert!(preview.contains("Unit kerja ← kolom \"UNOR NAMA\"") && preview.contains("NIP/NIK ← kolom \"NIP BARU\""), "{preview}");
    assert!(preview.contains("Kepala Dinas Komunikasi dan Informatika → JPT Pratama"), "{preview}");
    assert!(preview.contains("Kepala Bidang Persandian → Administrator"), "{preview}");
    cli.ok(&["staff", "import", file.to_str().unwrap()]);
    let list = staff(&cli);
    let by_nip = |nip: &str| list.iter().find(|p| p["id_number"] == nip).unwrap_or_else(|| panic!("{nip}: {list:?}")).clone();
    let siti = by_nip("198503122010012003");
    assert_eq!(siti["name"], "Dr. SITI AMINAH, S.E., M.Si.");
    assert_eq!((siti["jabatan_class"].as_str(), siti["golongan"].as_str()), (Some("administrator"), Some("IV/a")));
    assert_eq!(siti["unit_name"], "Bidang Persandian dan Statistik");
    assert_eq!(by_nip("197003122000031002")["jabatan_class"], "jpt_pratama");
    assert_eq!(by_nip("199001012015031004")["jabatan_class"], "fungsional");
    let dewi = by_nip("199505052024212001");
    assert_eq!(
        (dewi["kind"].as_str(), dewi["jabatan_class"].as_str(), dewi["golongan"].as_str()),
        (Some("pppk"), Some("pelaksana"), Some("IX"))
    );
    let andi = by_nip("199806062025031002");
    assert_eq!((andi["kind"].as_str(), andi["name"].as_str()), (Some("pns"), Some("ANDI PRATAMA, S.H.")));
    assert_eq!(by_nip("197003122000031002")["phone_display"], "0812-3450-0001");
    // The home recorded in the staff data and the TMT CPNS come along (art. 11 and 25).
    assert_eq!((siti["address"].as_str(), siti["tmt_cpns"].as_str()), (Some("Jl. Merdeka 2"), Some("2010-01-01")));
    assert_eq!(andi["tmt_cpns"], "2025-03-01");
    assert_eq!(dewi["tmt_cpns"], serde_json::Value::Null, "an empty cell: read from the NIP");

    // A newer export: Siti moved house; the change is listed before anything is saved.
    let text = std::fs::read_to_string(&file).unwrap().replace("Jl. Merdeka 2", "Jl. Juanda 7");
    std::fs::write(&file, text).unwrap();
    let preview = cli.ok(&["staff", "import", file.to_str().unwrap(), "--preview"]);
    assert!(preview.contains("Alamat: Jl. Merdeka 2 → Jl. Juanda 7"), "{preview}");
    assert!(preview.contains("1 berubah"), "{preview}");
}

/// Issue 29, UNOR: SIASN's organisation tree is not the office's. The preview says where each
/// UNOR goes (a unit of the same name, or a new one); the clerk places the others once
/// (`--unor ID=UNIT`, a team too), and a newer export lands where the last one did.
#[test]
fn siasn_unors_are_placed_once_and_the_next_export_lands_where_the_last_did() {
    let cli = office();
    let head = "PNS ID,NIP BARU,NAMA,GELAR DEPAN,GELAR BELAKANG,NOMOR HP,ALAMAT,JENIS PEGAWAI NAMA,TMT CPNS,GOL AKHIR NAMA,JENIS JABATAN NAMA,JABATAN NAMA,UNOR ID,UNOR NAMA";
    let rows = [
        "B1,198602142011011001,HENDRA WIJAYA,,S.E.,081255500001,Jl. Cendana 3,PNS Daerah,01-01-2011,III/c,Jabatan Pelaksana,Pengelola Kepegawaian,8ae4-01,Sub Bagian Umum dan Kepegawaian",
        "B2,198807202012122002,RATNA SARI,,S.Kom.,081255500002,Jl. Melati 4,PNS Daerah,01-12-2012,III/b,Jabatan Fungsional Tertentu,Statistisi Ahli Pertama,8ae4-02,Bidang Persandian dan Statistik",
        "B3,199003032015031003,YUSUF HAMDANI,,,081255500003,,PNS Daerah,01-03-2015,III/a,Jabatan Pelaksana,Pengadministrasi Umum,8ae4-01,Sub Bagian Umum dan Kepegawaian",
    ];
    let file = cli.dir.path().join("siasn-unor.csv");
    std::fs::write(&file, format!("{head}\n{}\n", rows.join("\n"))).unwrap();
    let path = file.to_str().unwrap();
    let preview = cli.ok(&["staff", "import", path, "--preview"]);
    assert!(
        preview.contains("UNOR 8ae4-01 Sub Bagian Umum dan Kepegawaian (2 orang) → Sub Bagian Umum dan Kepegawaian (unit baru)"),
        "{preview}"
    );
    assert!(
        preview.contains("UNOR 8ae4-02 Bidang Persandian dan Statistik (1 orang) → Bidang Persandian dan Statistik (unit bernama sama)"),
        "{preview}"
    );
    let err = cli.refused(&["staff", "import", path, "--unor", "8ae4-01"]);
    assert!(err.contains("--unor UNOR_ID=UNIT"), "{err}");

    cli.ok(&["staff", "import", path, "--unor", "8ae4-01=Subbagian Umum dan Kepegawaian"]);
    let units = cli.ok(&["units", "list"]);
    assert!(!units.contains("Sub Bagian Umum dan Kepegawaian"), "no unit made for a placed UNOR: {units}");
    let placed = |cli: &Cli, nip: &str| {
        let p = cli.json(&["staff", "list", "--search", nip]);
        (p[0]["unit_name"].as_str().unwrap().to_string(), p[0]["team_name"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(placed(&cli, "198602142011011001"), ("Sekretariat".into(), "Subbagian Umum dan Kepegawaian".into()));
    assert_eq!(placed(&cli, "198807202012122002"), ("Bidang Persandian dan Statistik".into(), String::new()));

    // Next month's export: a newcomer in the same UNOR goes where the clerk put it before.
    let newcomer = "B4,199509092020121004,SALSABILA PUTRI,,S.Sos.,081255500004,,PNS Daerah,01-12-2020,III/a,Jabatan Pelaksana,Analis Kepegawaian,8ae4-01,Sub Bagian Umum dan Kepegawaian";
    std::fs::write(&file, format!("{head}\n{}\n{newcomer}\n", rows.join("\n"))).unwrap();
    let preview = cli.ok(&["staff", "import", path, "--preview"]);
    assert!(preview.contains("→ Sekretariat / Subbagian Umum dan Kepegawaian (diingat dari impor sebelumnya)"), "{preview}");
    assert!(preview.contains("1 pegawai baru"), "{preview}");
    cli.ok(&["staff", "import", path]);
    assert_eq!(placed(&cli, "199509092020121004"), ("Sekretariat".into(), "Subbagian Umum dan Kepegawaian".into()));
}

/// Issue 29, e-presensi: a regional selfie-and-GPS app's export (`No, NIP, Nama, Tanggal, Jam
/// Absen, Check In, Check Out, Kategori, Apel Pagi, Apel Sore, Lokasi, Koordinat`) under a title
/// block, written by openpyxl as such apps do. Each day gets its category's code (WFH, Sakit,
/// Cuti Tahunan as C/CT), the check-in and check-out, and where the person checked in; an
/// unknown category is refused by row, never guessed; importing again changes nothing.
#[test]
fn an_e_presensi_export_brings_each_days_category_times_and_check_in_place() {
    let cli = office();
    let people = staff(&cli);
    let nip = |i: usize| people[i]["id_number"].as_str().unwrap().to_string();
    let name = |i: usize| people[i]["name"].as_str().unwrap().to_string();
    let dir = cli.dir.path();
    let rows = [
        (nip(2), name(2), "07:25", "16:05", "Hadir", "HAP", "HAS", "Kantor Diskominfo", "-0.4948, 117.1436"),
        (nip(3), name(3), "07:41", "16:12", "WFH", "", "", "Rumah", "-0.5102, 117.1533"),
        (nip(4), name(4), "", "", "Sakit", "", "", "", ""),
        (nip(5), name(5), "", "", "Cuti Tahunan", "", "", "", ""),
        (nip(6), name(6), "07:30", "16:00", "Piknik", "", "", "Pantai", ""),
    ];
    let script_rows: Vec<String> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            format!(
                "ws.append([{}, '{}', '{}', '24/11/2026', '07:30', '{}', '{}', '{}', '{}', '{}', '{}', '{}'])",
                i + 1,
                r.0,
                r.1.replace('\'', "\\'"),
                r.2,
                r.3,
                r.4,
                r.5,
                r.6,
                r.7,
                r.8
            )
        })
        .collect();
    let script = |rows: &[String], file: &str| {
        format!(
            "wb = openpyxl.Workbook()\nws = wb.active\nws.title = 'Rekap Presensi'\n\
             ws.append(['REKAP PRESENSI PEGAWAI'])\nws.append(['Periode: 24/11/2026'])\nws.append([])\n\
             ws.append(['No', 'NIP', 'Nama', 'Tanggal', 'Jam Absen', 'Check In', 'Check Out', 'Kategori', 'Apel Pagi', 'Apel Sore', 'Lokasi', 'Koordinat'])\n\
             {}\nwb.save('{file}')\n",
            rows.join("\n")
        )
    };
    openpyxl(dir, &script(&script_rows, "epresensi.xlsx"));
    let file = dir.join("epresensi.xlsx");
    let refused = cli.run(&["presence", "import", file.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("Baris 9: kategori \"Piknik\" tidak dikenal"), "{err}");
    assert_eq!(day_row(&cli, "24-11-2026", &nip(2))["recorded"], false, "nothing half-imported");
    // An apel code the app never writes is refused by row too.
    let odd: Vec<String> = script_rows[..4].iter().map(|r| r.replacen("'HAP'", "'HAPP'", 1)).collect();
    openpyxl(dir, &script(&odd, "epresensi.xlsx"));
    let err = cli.refused(&["presence", "import", file.to_str().unwrap()]);
    assert!(err.contains("kode Apel Pagi \"HAPP\" tidak dikenal; yang dikenal HAP dan TAP"), "{err}");

    openpyxl(dir, &script(&script_rows[..4], "epresensi.xlsx"));
    let shown = cli.ok(&["presence", "import", file.to_str().unwrap(), "--preview"]);
    assert!(shown.contains("kolom kategori: Kategori; kolom lokasi: Lokasi; kolom koordinat: Koordinat"), "{shown}");
    let done = cli.ok(&["presence", "import", file.to_str().unwrap()]);
    assert!(done.contains("4 hari-pegawai diperbarui"), "{done}");
    let office_day = day_row(&cli, "24-11-2026", &nip(2));
    assert_eq!(
        (office_day["code"].as_str(), office_day["check_in"].as_str(), office_day["check_out"].as_str()),
        (Some("H"), Some("07:25"), Some("16:05"))
    );
    assert_eq!(office_day["place"], "Kantor Diskominfo (-0.4948, 117.1436)");
    assert_eq!((office_day["apel"].as_str(), office_day["apel_missed"].as_bool()), (Some("HAP HAS"), Some(false)));
    assert!(shown.contains("kolom apel pagi: Apel Pagi; kolom apel sore: Apel Sore"), "{shown}");
    let home = day_row(&cli, "24-11-2026", &nip(3));
    assert_eq!((home["code"].as_str(), home["place"].as_str()), (Some("WFH"), Some("Rumah (-0.5102, 117.1533)")));
    assert_eq!(day_row(&cli, "24-11-2026", &nip(4))["code"], "S");
    let leave = day_row(&cli, "24-11-2026", &nip(5));
    assert_eq!((leave["code"].as_str(), leave["leave_kind"].as_str()), (Some("C"), Some("CT")));

    let again = cli.ok(&["presence", "import", file.to_str().unwrap()]);
    assert!(again.contains("0 catatan baru") && again.contains("0 hari-pegawai diperbarui"), "{again}");
}

/// Issue 29, done when: an e-presensi export saved by LibreOffice Calc (dates and times become
/// real cells, the NIP stays text as the app prints it grouped) imports with each day's
/// category, times, apel and where the person checked in.
#[test]
fn an_e_presensi_export_saved_by_libreoffice_imports_with_its_locations() {
    let cli = office();
    let people = staff(&cli);
    let asn: Vec<&Value> = people.iter().filter(|p| p["kind"] != "non_asn").take(3).collect();
    let mut csv = String::from("No;NIP;Nama;Tanggal;Jam Absen;Check In;Check Out;Kategori;Apel Pagi;Apel Sore;Lokasi;Koordinat\n");
    let days = [
        ("07:22", "16:03", "Hadir", "HAP", "HAS", "Kantor Diskominfo", "-0.4948, 117.1436"),
        ("07:48", "16:10", "WFA", "", "", "Perpustakaan Daerah", "-0.4991, 117.1520"),
        ("07:55", "15:20", "Hadir", "TAP", "CP", "Kantor Diskominfo", "-0.4948, 117.1436"),
    ];
    for (i, (p, d)) in asn.iter().zip(days).enumerate() {
        let (cin, cout, cat, am, pm, place, at) = d;
        csv.push_str(&format!(
            "{};{};{};2026-11-25;07:30;{cin};{cout};{cat};{am};{pm};{place};{at}\n",
            i + 1,
            p["id_display"].as_str().unwrap(),
            p["name"].as_str().unwrap()
        ));
    }
    let typed = cli.dir.path().join("epresensi-lo.csv");
    std::fs::write(&typed, &csv).unwrap();
    let xlsx = &libreoffice(&[&typed], "xlsx", ';')[0];
    let done = cli.ok(&["presence", "import", xlsx.to_str().unwrap()]);
    assert!(done.contains("3 hari-pegawai diperbarui"), "{done}");
    let row = |i: usize| day_row(&cli, "25-11-2026", asn[i]["id_number"].as_str().unwrap());
    let (a, b, c) = (row(0), row(1), row(2));
    assert_eq!((a["code"].as_str(), a["check_in"].as_str(), a["apel"].as_str()), (Some("H"), Some("07:22"), Some("HAP HAS")));
    assert_eq!(a["place"], "Kantor Diskominfo (-0.4948, 117.1436)");
    assert_eq!((b["code"].as_str(), b["place"].as_str()), (Some("WFH"), Some("Perpustakaan Daerah (-0.4991, 117.1520)")));
    assert_eq!((c["apel"].as_str(), c["apel_missed"].as_bool(), c["check_out"].as_str()), (Some("TAP CP"), Some(true), Some("15:20")));
}

/// Issue 29, done when: a 300-person office from SIASN's export exactly as BKN writes it
/// (upper-case headers, the ID/NAMA pairs, columns Giliran does not use), with units from
/// UNOR, jabatan classes, TMT CPNS and homes.
#[test]
fn a_300_person_siasn_export_imports_units_classes_tmt_and_homes() {
    let cli = Cli::new();
    openpyxl(
        cli.dir.path(),
        r#"
import csv, random
random.seed(29)
head = ["PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR ID", "TEMPAT LAHIR NAMA",
        "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID", "AGAMA NAMA", "NIK", "NOMOR HP", "EMAIL", "EMAIL GOV", "ALAMAT",
        "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA", "STATUS CPNS PNS",
        "TMT CPNS", "TMT PNS", "GOL AKHIR ID", "GOL AKHIR NAMA", "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN ID",
        "JABATAN NAMA", "TMT JABATAN", "UNOR ID", "UNOR NAMA", "INSTANSI KERJA ID", "INSTANSI KERJA NAMA",
        "SATUAN KERJA KERJA ID", "SATUAN KERJA KERJA NAMA"]
unors = [("8ae4-%02d" % i, n) for i, n in enumerate(["Sekretariat", "Bidang Aplikasi Informatika",
         "Bidang Informasi dan Komunikasi Publik", "Bidang Persandian dan Statistik", "UPTD Pusat Data dan Jaringan"])]
posts = [("4", "Jabatan Pelaksana", "Pengadministrasi Perkantoran"), ("2", "Jabatan Fungsional Tertentu", "Pranata Komputer Ahli Pertama")]
with open("siasn-300.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(head)
    for i in range(300):
        year = 1970 + i % 30
        tmt_year = 1995 + i % 30
        nip = "%d%02d%02d%d%02d%d%03d" % (year, 1 + i % 12, 1 + i % 28, tmt_year, 1 + i % 12, 1 + i % 2, 1 + i)
        unor = unors[i % 5]
        jid, jkind, post = posts[i % 2]
        w.writerow(["P%04d" % i, nip, "", "PEGAWAI %03d" % i, "", "S.Kom." if i % 3 == 0 else "", "", "", "", "M", "1", "Islam",
                    "", "0812%08d" % i, "", "", "Jl. Contoh No. %d, Samarinda" % (i + 1), "1", "PNS Daerah", "01", "Aktif", "P",
                    "01-%02d-%d" % (1 + i % 12, tmt_year), "", "31", "III/a", jid, jkind, "J%d" % i, post, "", unor[0], unor[1],
                    "I1", "Pemerintah Provinsi Kalimantan Timur", "S1", "Dinas Komunikasi dan Informatika"])
"#,
    );
    let file = cli.dir.path().join("siasn-300.csv");
    let done = cli.ok(&["staff", "import", file.to_str().unwrap()]);
    assert!(done.contains("300 baris: 300 pegawai baru") && done.contains("5 unit/tim baru"), "{done}");
    assert!(
        done.contains("UNOR 8ae4-03 Bidang Persandian dan Statistik (60 orang) → Bidang Persandian dan Statistik (unit baru)"),
        "{done}"
    );
    let list = staff(&cli);
    assert_eq!(list.len(), 300);
    assert_eq!(list.iter().filter(|p| p["jabatan_class"] == "fungsional").count(), 150);
    assert!(list.iter().all(|p| p["address"].as_str().unwrap().starts_with("Jl. Contoh No.")));
    let first = list.iter().find(|p| p["name"] == "PEGAWAI 000, S.Kom.").unwrap();
    assert_eq!((first["tmt_cpns"].as_str(), first["unit_name"].as_str()), (Some("1995-01-01"), Some("Sekretariat")));
    // Imported again, nothing changes and nobody is duplicated.
    let again = cli.ok(&["staff", "import", file.to_str().unwrap()]);
    assert!(again.contains("0 pegawai baru, 0 berubah, 300 tetap"), "{again}");
    assert!(again.contains("(diingat dari impor sebelumnya)"), "{again}");
}

/// Issue 29, a newer SIASN export: the ASN it no longer lists (retired, moved) are named in the
/// preview and stay active until the clerk confirms; then they are made inactive from today,
/// never deleted. Non-ASN, who are not in SIASN, are never among them.
#[test]
fn a_newer_export_names_the_asn_it_no_longer_lists_and_deactivates_them_only_when_asked() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let file = cli.dir.path().join("pegawai.csv");
    cli.ok(&["staff", "export", file.to_str().unwrap()]);
    let text = std::fs::read_to_string(&file).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    // Two PNS leave (rows 3 and 4 of the file), and a Non-ASN row is left out too.
    let gone: Vec<String> = lines[2..4].iter().map(|l| l.split(',').nth(1).unwrap().replace(' ', "")).collect();
    let non_asn = lines.iter().position(|l| l.starts_with("Non-ASN")).unwrap();
    let non_asn_number = lines[non_asn].split(',').nth(1).unwrap().to_string();
    lines.remove(non_asn);
    lines.drain(2..4);
    std::fs::write(&file, lines.join("\n")).unwrap();

    let shown = cli.ok(&["staff", "import", file.to_str().unwrap(), "--preview"]);
    assert!(shown.contains("2 pegawai ASN aktif tidak ada di berkas (pensiun/mutasi?)"), "{shown}");
    assert_eq!(shown.matches("Tidak ada di berkas: ").count(), 2, "{shown}");
    assert!(!shown.contains(&non_asn_number), "Non-ASN are not in SIASN: {shown}");
    cli.ok(&["staff", "import", file.to_str().unwrap()]);
    let active = |nip: &str| cli.json(&["staff", "show", nip])["active"].as_bool().unwrap();
    assert!(gone.iter().all(|n| active(n)), "not without the clerk's word");

    let done = cli.ok(&["staff", "import", file.to_str().unwrap(), "--deactivate-missing"]);
    assert!(done.contains("2 pegawai ASN yang tidak ada di berkas dinonaktifkan"), "{done}");
    assert!(gone.iter().all(|n| !active(n)));
    let kept = cli.json(&["staff", "show", &non_asn_number.replace(' ', "")]);
    assert_eq!(kept["active"], true);
    assert_eq!(cli.json(&["staff", "list", "--all"]).as_array().unwrap().len(), 57, "nobody deleted");
    let again = cli.ok(&["staff", "import", file.to_str().unwrap(), "--preview"]);
    assert!(!again.contains("tidak ada di berkas"), "{again}");
}

/// Issue 29, discipline history: a BKPSDM workbook (title block, NIPs as text, dates as date
/// cells) comes in whole or not at all — an unknown NIP and an end before the start are named by
/// row — is not recorded twice, and a sanctioned person's flexible-work request is then refused.
#[test]
fn a_discipline_history_workbook_feeds_the_flexible_work_exclusion() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "fleksibel-2025", "--from", "01-12-2026"]);
    // PNS of long standing: nothing but the sanction keeps them from flexible work.
    let pns: Vec<String> =
        staff(&cli).iter().filter(|p| p["kind"] == "pns").map(|p| p["id_number"].as_str().unwrap().to_string()).collect();
    let nip = |i: usize| pns[i].clone();
    let dir = cli.dir.path();
    let script = |rows: &str| {
        format!(
            "import datetime\nwb = openpyxl.Workbook()\nws = wb.active\nws.title = 'Hukuman Disiplin'\n\
             ws.append(['RIWAYAT HUKUMAN DISIPLIN PEGAWAI'])\nws.append([])\n\
             ws.append(['No', 'NIP', 'Nama', 'Jenis Hukuman', 'TMT Hukuman', 'Akhir Hukuman', 'Nomor SK'])\n{rows}\n\
             wb.save('disiplin.xlsx')\n"
        )
    };
    let good = format!(
        "ws.append([1, '{}', 'A', 'Hukuman disiplin sedang', datetime.date(2026, 11, 1), datetime.date(2027, 1, 31), '800.1.6.4/12/BKPSDM'])\n\
         ws.append([2, '{}', 'B', 'Teguran tertulis', datetime.date(2026, 6, 1), datetime.date(2026, 6, 30), '800.1.6.4/7/BKPSDM'])",
        nip(10),
        nip(11)
    );
    let bad = format!(
        "{good}\nws.append([3, '199901012020121001', 'C', 'Teguran lisan', datetime.date(2026, 5, 1), datetime.date(2026, 5, 2), '1'])\n\
         ws.append([4, '{}', 'D', 'Teguran lisan', datetime.date(2026, 5, 9), datetime.date(2026, 5, 2), '2'])",
        nip(12)
    );
    openpyxl(dir, &script(&bad));
    let file = dir.join("disiplin.xlsx");
    let err = cli.refused(&["fwa", "sanction", "import", file.to_str().unwrap()]);
    assert!(err.contains("Baris 6: Pegawai dengan nomor \"199901012020121001\" tidak ditemukan"), "{err}");
    assert!(err.contains("Baris 7: Tanggal akhir (02-05-2026) sebelum tanggal awal (09-05-2026)"), "{err}");
    assert!(!cli.ok(&["fwa", "sanction", "list"]).contains("BKPSDM"), "nothing half-imported");

    openpyxl(dir, &script(&good));
    let done = cli.ok(&["fwa", "sanction", "import", file.to_str().unwrap()]);
    assert!(done.contains("2 baris: 2 hukuman disiplin baru, 0 sudah tercatat."), "{done}");
    let again = cli.ok(&["fwa", "sanction", "import", file.to_str().unwrap()]);
    assert!(again.contains("0 hukuman disiplin baru, 2 sudah tercatat"), "{again}");
    let listed = cli.ok(&["fwa", "sanction", "list"]);
    assert!(listed.contains("Hukuman disiplin sedang") && listed.contains("800.1.6.4/12/BKPSDM"), "{listed}");

    let err = cli.refused(&[
        "fwa",
        "request",
        "add",
        &nip(10),
        "--from",
        "04-12-2026",
        "--to",
        "31-12-2026",
        "--days",
        "jumat",
        "--location",
        "rumah",
        "--reason",
        "keluarga",
        "--plan",
        "Menyusun laporan",
    ]);
    assert!(err.contains("sedang menjalani hukuman disiplin (01-11-2026 s.d. 31-01-2027)"), "{err}");
}
