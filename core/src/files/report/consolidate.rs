//! "Rekap Sekda": the report files of many OPDs, each verified, side by side over the period,
//! and one consolidated workbook. A file that is not intact is listed with why, and left out of
//! the sums; the same OPD and period twice is counted once.

use super::tables::Value;
use super::{verify, Report, Totals};
use crate::model::error::{Error, Result};
use crate::store::Store;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{Chart, ChartType, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// An OPD's signing key as the Sekda registered it (from the fingerprint in its Profil Kantor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registered {
    pub opd: String,
    pub fingerprint: String,
}

/// Whether the key that signed a file is the one registered for its OPD.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyCheck {
    Registered,
    Unregistered,
    /// Another key than the registered one: someone else signed in this OPD's name.
    Mismatch,
    Unknown,
}

const KEYS: &str = "sekda.keys";

pub fn registered(store: &mut Store) -> Result<Vec<Registered>> {
    Ok(store.read(|tx| tx.setting(KEYS))?.and_then(|v| serde_json::from_str(&v).ok()).unwrap_or_default())
}

/// Registers (or replaces) the key of `opd`; the fingerprint as Profil Kantor shows it.
pub fn register(store: &mut Store, opd: &str, fingerprint: &str) -> Result<Vec<Registered>> {
    let opd = opd.trim();
    let compact: String = fingerprint.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let mut e = Vec::new();
    if opd.is_empty() {
        e.push(crate::FieldError::new("opd", "Nama OPD wajib diisi, persis seperti pada laporannya."));
    }
    if compact.len() != 16 || !compact.chars().all(|c| c.is_ascii_hexdigit()) {
        e.push(crate::FieldError::new(
            "fingerprint",
            format!("Sidik kunci \"{}\" tidak valid: 16 huruf/angka heksadesimal, mis. 3F2A 91C0 7B44 E1D9.", fingerprint.trim()),
        ));
    }
    if !e.is_empty() {
        return Err(Error::Invalid(e));
    }
    let grouped = compact.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
    let mut all = registered(store)?;
    all.retain(|r| r.opd != opd);
    all.push(Registered { opd: opd.to_string(), fingerprint: grouped });
    all.sort_by(|a, b| a.opd.cmp(&b.opd));
    let json = serde_json::to_string(&all).map_err(|e| Error::Conflict(e.to_string()))?;
    store.write("menyimpan daftar kunci OPD", |tx| tx.set_setting(KEYS, &json))?;
    Ok(all)
}

pub fn unregister(store: &mut Store, opd: &str) -> Result<Vec<Registered>> {
    let mut all = registered(store)?;
    let before = all.len();
    all.retain(|r| r.opd != opd.trim());
    if all.len() == before {
        return Err(Error::NotFound(format!("Kunci OPD \"{}\"", opd.trim())));
    }
    let json = serde_json::to_string(&all).map_err(|e| Error::Conflict(e.to_string()))?;
    store.write("menyimpan daftar kunci OPD", |tx| tx.set_setting(KEYS, &json))?;
    Ok(all)
}

#[derive(Debug, Clone, Serialize)]
pub struct OpdRow {
    pub file: String,
    pub opd: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub intact: bool,
    /// `Utuh`, or why the file is left out.
    pub status: String,
    pub fingerprint: String,
    pub key: KeyCheck,
    pub totals: Option<Totals>,
    pub compliance: Option<f64>,
    /// The office's evaluation against its baseline, when its report carries one (format 6).
    pub evaluation: Option<OpdEvaluation>,
}

/// What an OPD's report says of its evaluation, for the Sekda's view across offices.
#[derive(Debug, Clone, Serialize)]
pub struct OpdEvaluation {
    /// `1 Juli 2026 s.d. 30 September 2026 dibandingkan dengan …`
    pub title: String,
    /// The office's figures (TL, PSW, TK, calls, targets, …), before and after.
    pub figures: Vec<crate::office::evaluation::SectionFigure>,
    /// Figures that got worse.
    pub worse: usize,
    pub recommendation: String,
}

impl OpdEvaluation {
    fn of(s: &crate::office::evaluation::Section) -> OpdEvaluation {
        OpdEvaluation {
            title: s.title.clone(),
            worse: s.office.figures.iter().filter(|f| f.verdict == "memburuk").count(),
            figures: s.office.figures.clone(),
            recommendation: s.office.recommendation.clone(),
        }
    }

    /// `before → after` of figure `key`, as printed.
    pub fn pair(&self, key: &str) -> String {
        self.figures.iter().find(|f| f.key == key).map(|f| format!("{} → {}", f.before_text, f.after_text)).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Consolidation {
    pub rows: Vec<OpdRow>,
    /// Sums over the intact files.
    pub totals: Totals,
    /// Share of all their unit-days within the circulars.
    pub compliance: f64,
    pub counted: usize,
    /// OPDs whose key the Sekda registered that sent no report counted here.
    pub missing: Vec<String>,
    pub message: String,
}

/// Verifies and reads every file (in parallel: the files do not depend on each other); with
/// `known` keys, a file signed by another key than its OPD's registered one is not counted.
pub fn read(paths: &[PathBuf], known: &[Registered]) -> Result<(Consolidation, Vec<Report>)> {
    if paths.is_empty() {
        return Err(Error::invalid("files", "Pilih paling sedikit satu berkas laporan OPD (.xlsx)."));
    }
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4);
    let chunk = paths.len().div_ceil(threads);
    let verdicts: Vec<(PathBuf, std::result::Result<verify::Verdict, String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(|p| (p.clone(), verify::verify(p).map_err(|e| e.to_string()))).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    let mut rows = Vec::new();
    let mut reports = Vec::new();
    let mut seen: HashSet<(String, Option<NaiveDate>, Option<NaiveDate>)> = HashSet::new();
    let mut totals = Totals::default();
    for (path, v) in verdicts {
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        let row = match v {
            Err(why) => OpdRow {
                file,
                opd: String::new(),
                from: None,
                to: None,
                intact: false,
                status: why,
                fingerprint: String::new(),
                key: KeyCheck::Unknown,
                totals: None,
                compliance: None,
                evaluation: None,
            },
            Ok(v) => {
                let key = (v.opd.clone(), v.from, v.to);
                let check = match known.iter().find(|k| k.opd == v.opd) {
                    None => KeyCheck::Unregistered,
                    Some(k) if k.fingerprint == v.fingerprint => KeyCheck::Registered,
                    Some(_) => KeyCheck::Mismatch,
                };
                let (counted, status) = match (&v.report, v.intact) {
                    (_, false) => (false, format!("TIDAK UTUH: {}", v.problems.join("; "))),
                    (None, true) => (false, "Berkas CSV hanya memuat rekap harian: gunakan berkas .xlsx".to_string()),
                    (Some(_), true) if check == KeyCheck::Mismatch => {
                        (false, "Kunci BERBEDA dengan yang terdaftar untuk OPD ini: bukan dari OPD tersebut".to_string())
                    }
                    (Some(_), true) if !seen.insert(key) => (false, "Ganda: OPD dan periode yang sama sudah dihitung".to_string()),
                    (Some(_), true) if check == KeyCheck::Registered => (true, "Utuh; kunci terdaftar".to_string()),
                    (Some(_), true) => (true, "Utuh; kunci belum terdaftar".to_string()),
                };
                let t = v.report.as_ref().map(|r| r.totals.clone());
                let evaluation = v.report.as_ref().and_then(|r| r.evaluation.as_ref()).map(OpdEvaluation::of);
                if counted {
                    if let (Some(t), Some(r)) = (&t, v.report) {
                        totals.add(t);
                        reports.push(r);
                    }
                }
                OpdRow {
                    file,
                    opd: v.opd,
                    from: v.from,
                    to: v.to,
                    intact: counted,
                    status,
                    fingerprint: v.fingerprint,
                    key: check,
                    compliance: t.as_ref().map(Totals::compliance),
                    totals: t,
                    evaluation,
                }
            }
        };
        rows.push(row);
    }
    let counted = reports.len();
    let sent: HashSet<&str> = rows.iter().filter(|r| r.intact).map(|r| r.opd.as_str()).collect();
    let missing: Vec<String> = known.iter().filter(|k| !sent.contains(k.opd.as_str())).map(|k| k.opd.clone()).collect();
    let mut message = format!("{} berkas dibaca: {counted} utuh dan dijumlahkan, {} tidak dijumlahkan.", rows.len(), rows.len() - counted);
    if !missing.is_empty() {
        message.push_str(&format!(" Belum mengirim laporan: {}.", missing.join(", ")));
    }
    let compliance = totals.compliance();
    Ok((Consolidation { rows, totals, compliance, counted, missing, message }, reports))
}

/// Reads `paths` and writes the consolidated workbook to `out`.
pub fn consolidate(paths: &[PathBuf], known: &[Registered], out: &Path) -> Result<Consolidation> {
    if !out.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx")) {
        return Err(Error::invalid("out", format!("Rekap Sekda disimpan sebagai .xlsx (tertulis {}).", out.display())));
    }
    let (c, reports) = read(paths, known)?;
    let bytes = workbook(&c, &reports).map_err(|e| Error::Conflict(format!("Berkas Excel tidak dapat dibuat: {e}")))?;
    crate::files::file::write_whole(out, &bytes)?;
    Ok(c)
}

const OPD_HEADERS: [&str; 22] = [
    "OPD",
    "Berkas",
    "Periode dari",
    "Periode sampai",
    "Status",
    "Sidik kunci",
    "Pegawai",
    "Hari kerja",
    "Unit × hari",
    "Sesuai SE",
    "Kepatuhan",
    "WFO",
    "WFH",
    "DL",
    "TB",
    "S",
    "I",
    "C",
    "TK",
    "Piket",
    "Pelanggaran",
    "Tidak dapat dihubungi",
];

fn totals_row(t: &Totals) -> Vec<Value> {
    let n = |x: u32| Value::Int(i64::from(x));
    [n(t.staff), n(t.working_days), n(t.unit_days), n(t.unit_days_compliant), Value::Pct(t.compliance())]
        .into_iter()
        .chain(t.tally.values().map(n))
        .chain([n(t.piket), n(t.breaches), n(t.unreached)])
        .collect()
}

fn workbook(c: &Consolidation, reports: &[Report]) -> std::result::Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_background_color("DCE6F2")
        .set_border(FormatBorder::Thin);
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd-mm-yyyy").set_align(FormatAlign::Left);
    let pct = Format::new().set_num_format("0.0%");
    let write = |ws: &mut Worksheet, r: u32, c: u16, v: &Value, f: Option<&Format>| -> std::result::Result<(), XlsxError> {
        match v {
            Value::Text(s) => ws.write_string(r, c, s).map(|_| ()),
            Value::Int(n) => ws.write_number(r, c, *n as f64).map(|_| ()),
            Value::Pct(p) => ws.write_number_with_format(r, c, *p, &pct).map(|_| ()),
            Value::Date(d) => {
                let x = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                ws.write_datetime_with_format(r, c, &x, f.unwrap_or(&date)).map(|_| ())
            }
        }
    };
    let setup = |ws: &mut Worksheet, name: &str, title: &str, headers: &[&str], widths: &[f64]| -> std::result::Result<(), XlsxError> {
        ws.set_name(name)?;
        ws.set_landscape();
        ws.set_paper_size(9);
        ws.set_print_fit_to_pages(1, 0);
        ws.write_string_with_format(0, 0, title, &bold)?;
        for (i, h) in headers.iter().enumerate() {
            ws.write_string_with_format(2, i as u16, *h, &header)?;
        }
        for (i, w) in widths.iter().enumerate() {
            ws.set_column_width(i as u16, *w)?;
        }
        ws.set_freeze_panes(3, 1)?;
        ws.set_repeat_rows(2, 2)?;
        Ok(())
    };

    let ws = wb.add_worksheet();
    let mut widths = vec![36.0, 30.0, 11.0, 11.0, 28.0, 20.0];
    widths.extend([9.0; 16]);
    setup(ws, "Rekap OPD", "REKAPITULASI PELAKSANAAN TUGAS KEDINASAN WFO/WFH PERANGKAT DAERAH", &OPD_HEADERS, &widths)?;
    for (i, row) in c.rows.iter().enumerate() {
        let r = 3 + i as u32;
        let mut cells = vec![Value::Text(row.opd.clone()), Value::Text(row.file.clone())];
        cells.push(row.from.map(Value::Date).unwrap_or(Value::Text(String::new())));
        cells.push(row.to.map(Value::Date).unwrap_or(Value::Text(String::new())));
        cells.push(Value::Text(row.status.clone()));
        cells.push(Value::Text(row.fingerprint.clone()));
        if let Some(t) = &row.totals {
            cells.extend(totals_row(t));
        }
        for (col, v) in cells.iter().enumerate() {
            write(ws, r, col as u16, v, None)?;
        }
    }
    let r = 3 + c.rows.len() as u32;
    ws.write_string_with_format(r, 0, format!("Jumlah ({} OPD utuh)", c.counted), &bold)?;
    for (col, v) in totals_row(&c.totals).iter().enumerate() {
        write(ws, r, 6 + col as u16, v, None)?;
    }

    let ws = wb.add_worksheet();
    let daily = [
        "OPD",
        "Tanggal",
        "Unit kerja",
        "WFO min.",
        "WFO maks.",
        "WFO",
        "WFH",
        "DL",
        "TB",
        "S",
        "I",
        "C",
        "TK",
        "Di luar kuota",
        "Piket",
        "Belum dicatat",
        "Sesuai SE",
    ];
    let mut widths = vec![36.0, 11.0, 34.0];
    widths.extend([8.0; 14]);
    setup(ws, "Harian", "Rekap harian per unit kerja seluruh OPD", &daily, &widths)?;
    let mut r = 3;
    for rep in reports {
        for d in &rep.days {
            ws.write_string(r, 0, &rep.opd)?;
            write(ws, r, 1, &Value::Date(d.date), None)?;
            ws.write_string(r, 2, &d.unit)?;
            let counts = [d.need_min, d.need_max].into_iter().chain(d.tally.values()).chain([d.outside, d.piket, d.unrecorded]);
            for (i, n) in counts.enumerate() {
                ws.write_number(r, 3 + i as u16, f64::from(n))?;
            }
            ws.write_string(r, 16, if d.compliant { "Ya" } else { "Tidak" })?;
            r += 1;
        }
    }

    // The evaluations the offices sent, side by side, and the offices that sent nothing.
    let ws = wb.add_worksheet();
    let keys = ["away", "tl", "psw", "tk", "unreached", "targets"];
    let eval_headers = [
        "OPD",
        "Dibandingkan",
        "Di luar kantor (%)",
        "TL per 100 hari hadir",
        "PSW per 100 hari hadir",
        "TK per 100 hari-orang",
        "Tidak dihubungi per 100 hari WFH",
        "Target tercapai (%)",
        "Ukuran memburuk",
        "Rekomendasi Kepala OPD",
        "TL sebelum",
        "TL sesudah",
        "PSW sebelum",
        "PSW sesudah",
    ];
    setup(
        ws,
        "Evaluasi OPD",
        "Evaluasi kerja fleksibel per OPD (sebelum → sesudah)",
        &eval_headers,
        &[36.0, 40.0, 12.0, 12.0, 12.0, 12.0, 14.0, 12.0, 10.0, 50.0, 10.0, 10.0, 10.0, 10.0],
    )?;
    let mut r = 3;
    for row in c.rows.iter().filter(|x| x.intact) {
        ws.write_string(r, 0, &row.opd)?;
        match &row.evaluation {
            Some(e) => {
                ws.write_string(r, 1, &e.title)?;
                for (i, k) in keys.iter().enumerate() {
                    ws.write_string(r, 2 + i as u16, e.pair(k))?;
                }
                ws.write_number(r, 8, e.worse as f64)?;
                ws.write_string(r, 9, &e.recommendation)?;
                // The numbers behind the chart below, as numbers.
                for (i, (key, after)) in [("tl", false), ("tl", true), ("psw", false), ("psw", true)].into_iter().enumerate() {
                    let f = e.figures.iter().find(|f| f.key == key);
                    if let Some(v) = f.and_then(|f| if after { f.after } else { f.before }) {
                        ws.write_number(r, 10 + i as u16, v)?;
                    }
                }
            }
            None => {
                ws.write_string(r, 1, "laporan tanpa evaluasi")?;
            }
        }
        r += 1;
    }
    let last_evaluated = r.saturating_sub(1);
    for opd in &c.missing {
        ws.write_string(r, 0, opd)?;
        ws.write_string(r, 1, "BELUM MENGIRIM LAPORAN")?;
        r += 1;
    }
    // The same picture as the Rekap screen: each office's TL and PSW before and after.
    if last_evaluated >= 3 {
        let mut chart = Chart::new(ChartType::Column);
        chart.title().set_name("TL dan PSW per 100 hari hadir per OPD, sebelum dan sesudah");
        for (col, name) in [(10u16, "TL sebelum"), (11, "TL sesudah"), (12, "PSW sebelum"), (13, "PSW sesudah")] {
            chart.add_series().set_name(name).set_categories(("Evaluasi OPD", 3, 0, last_evaluated, 0)).set_values((
                "Evaluasi OPD",
                3,
                col,
                last_evaluated,
                col,
            ));
        }
        chart.set_width(720).set_height(320);
        ws.insert_chart(r + 2, 0, &chart)?;
    }

    let ws = wb.add_worksheet();
    setup(
        ws,
        "Pelanggaran",
        "Pelanggaran Surat Edaran seluruh OPD",
        &["OPD", "Tanggal", "Unit kerja", "Uraian"],
        &[36.0, 11.0, 34.0, 100.0],
    )?;
    let mut r = 3;
    for rep in reports {
        for b in &rep.breaches {
            ws.write_string(r, 0, &rep.opd)?;
            write(ws, r, 1, &Value::Date(b.date), None)?;
            ws.write_string(r, 2, &b.unit)?;
            ws.write_string(r, 3, &b.message)?;
            r += 1;
        }
    }
    wb.save_to_buffer()
}
