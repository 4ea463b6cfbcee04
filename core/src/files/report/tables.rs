//! The report laid out once, as tables with a preamble (kop surat, title, period) and a footer
//! (the signature block). The .xlsx, .pdf and .csv writers print these, and `verify` compares a
//! file's cells with them: what the file shows must be what was signed.

use super::{Report, Tally};
use crate::model::dates;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Int(i64),
    Date(NaiveDate),
    /// A share 0..=1, shown as a percentage.
    Pct(f64),
}

impl Value {
    /// As the PDF and messages show it: `16-11-2026`, `1.250`, `62,5%`.
    pub fn display(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Int(n) => thousands(*n),
            Value::Date(d) => dates::short(*d),
            Value::Pct(p) => format!("{:.1}%", p * 100.0).replace('.', ","),
        }
    }
}

fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The sheet's name in the workbook.
    pub sheet: &'static str,
    /// Lines above the table (kop surat, title, period), one per row in column A.
    pub preamble: Vec<String>,
    pub headers: Vec<&'static str>,
    /// Column widths in characters (the PDF uses them as proportions).
    pub widths: Vec<f64>,
    pub rows: Vec<Vec<Value>>,
    /// Lines below the table (the signature block), one per row, after one empty row.
    pub footer: Vec<String>,
}

fn int(n: u32) -> Value {
    Value::Int(i64::from(n))
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

/// Every table of the report, in the order of the workbook's sheets and the PDF's pages.
/// The sheets of plan against actual (format 4).
pub(super) const ACTUAL: &str = "Realisasi";
pub(super) const GAPS: &str = "Selisih Jadwal";
pub(super) const OUTAGES: &str = "Gangguan Sistem";

pub fn tables(r: &Report) -> Vec<Table> {
    let mut all = every_table(r);
    // Reports made before the obligations were listed have no such sheet; they verify as
    // they were written.
    if r.duties.is_empty() {
        all.retain(|t| t.sheet != "Kewajiban");
    }
    if r.flexible.is_empty() {
        all.retain(|t| t.sheet != "Kerja Fleksibel");
    }
    // Plan against actual and the outages (format 4) appear when there is something to show.
    for (sheet, empty) in [(ACTUAL, r.actual.is_empty()), (GAPS, r.gaps.is_empty()), (OUTAGES, r.outages.is_empty())] {
        if empty {
            all.retain(|t| t.sheet != sheet);
        }
    }
    // The evaluation against a baseline (format 6), when the clerk asked for one.
    if let Some(e) = &r.evaluation {
        all.push(evaluation_table(r, e));
    }
    all
}

/// The sheet the Sekda's Rekap reads: each figure of the office and of every unit, before,
/// after, the change, the verdict, and the Kepala OPD's recommendation.
fn evaluation_table(r: &Report, e: &crate::office::evaluation::Section) -> Table {
    let rows = std::iter::once(&e.office)
        .chain(&e.units)
        .flat_map(|l| {
            let unit = if l.unit.is_empty() { "Seluruh kantor" } else { l.unit.as_str() };
            l.figures.iter().enumerate().map(move |(i, f)| {
                vec![
                    text(unit),
                    text(&format!("{} ({})", f.label, f.per)),
                    text(&f.before_text),
                    text(&f.after_text),
                    text(&f.change_text),
                    text(&f.verdict),
                    text(if i == 0 { &l.recommendation } else { "" }),
                ]
            })
        })
        .collect();
    Table {
        sheet: EVALUATION,
        preamble: vec![
            r.opd.clone(),
            format!("Evaluasi kerja fleksibel: {}", e.title),
            format!("Periode {} s.d. {}", dates::short(r.from), dates::short(r.to)),
        ],
        headers: vec!["Unit kerja", "Ukuran", "Sebelum", "Sesudah", "Perubahan", "Penilaian", "Rekomendasi Kepala OPD"],
        widths: vec![30.0, 44.0, 10.0, 10.0, 11.0, 11.0, 40.0],
        rows,
        footer: Vec::new(),
    }
}

/// The sheet of the evaluation (format 6).
pub(super) const EVALUATION: &str = "Evaluasi";

fn every_table(r: &Report) -> Vec<Table> {
    let period = format!("Periode {} s.d. {}", dates::short(r.from), dates::short(r.to));
    let basis = if r.circulars.is_empty() {
        "Dasar: sistem kerja normal (tidak ada Surat Edaran yang berlaku)".to_string()
    } else {
        format!("Dasar: {}", r.circulars.join("; "))
    };
    let k = &r.letterhead;
    let head = |title: &str| vec![r.opd.clone(), title.to_string(), period.clone()];
    // Reports of format 1 had no column for presence without clock times; they verify as
    // they were written.
    let with_no_times = r.format != "giliran-laporan/1";
    // From format 3 compliance is judged on the counts shown (recorded presence), and the
    // plan's compliance has its own, labelled line and column; older reports verify as written.
    let by_presence = !matches!(r.format.as_str(), "giliran-laporan/1" | "giliran-laporan/2");
    // From format 4 each person's missed apel has its column.
    let with_apel = !matches!(r.format.as_str(), "giliran-laporan/1" | "giliran-laporan/2" | "giliran-laporan/3");
    let with_hours = with_apel && r.format != "giliran-laporan/4";
    let t = &r.totals;
    let mut summary: Vec<(&str, Value)> =
        vec![("Pegawai aktif", int(t.staff)), ("Hari kerja", int(t.working_days)), ("Unit kerja × hari kerja", int(t.unit_days))];
    if by_presence {
        summary.extend([
            ("Unit kerja × hari kerja sesuai SE menurut kehadiran", int(t.unit_days_compliant)),
            ("Kepatuhan terhadap SE menurut kehadiran", Value::Pct(t.compliance())),
            ("Unit kerja × hari kerja yang jadwalnya sesuai SE", int(t.unit_days_plan_compliant)),
        ]);
    } else {
        summary.extend([
            ("Unit kerja × hari kerja sesuai SE", int(t.unit_days_compliant)),
            ("Kepatuhan terhadap SE", Value::Pct(t.compliance())),
        ]);
    }
    summary.extend([
        ("Hari-pegawai WFO (dihitung SE)", int(t.tally.wfo)),
        ("Hari-pegawai WFO pejabat di luar kuota SE", int(t.outside)),
        ("Hari-pegawai WFH", int(t.tally.wfh)),
        ("Hari-pegawai piket", int(t.piket)),
        ("Dinas luar (DL)", int(t.tally.dl)),
        ("Tugas belajar (TB)", int(t.tally.tb)),
        ("Sakit (S)", int(t.tally.s)),
        ("Izin (I)", int(t.tally.i)),
        ("Cuti (C)", int(t.tally.c)),
        ("Tanpa keterangan (TK)", int(t.tally.tk)),
        ("Pelanggaran SE", int(t.breaches)),
        ("Cek keberadaan WFH dilakukan", int(t.calls)),
        ("Tidak dapat dihubungi", int(t.unreached)),
        ("Laporan kegiatan WFH", int(t.notes)),
        ("Hari WFH tanpa laporan kegiatan", int(t.notes_missing)),
    ]);
    vec![
        Table {
            sheet: "Ringkasan",
            preamble: vec![
                k.government.clone(),
                k.opd.clone(),
                k.contact.clone(),
                String::new(),
                "LAPORAN PELAKSANAAN TUGAS KEDINASAN WFO/WFH".into(),
                period.clone(),
                basis,
            ]
            .into_iter()
            .chain(r.warnings.iter().map(|w| format!("Peringatan: {w}")))
            .collect(),
            headers: vec!["Uraian", "Jumlah"],
            widths: vec![44.0, 14.0],
            rows: summary.into_iter().map(|(l, v)| vec![text(l), v]).collect(),
            footer: vec![
                r.signed_at.clone(),
                format!("{},", k.signer_jabatan),
                String::new(),
                String::new(),
                String::new(),
                k.signer_name.clone(),
                k.signer_pangkat.clone(),
                k.signer_nip.clone(),
            ],
        },
        Table {
            sheet: "Kewajiban",
            preamble: head("Kewajiban menurut Surat Edaran dan keadaan kantor"),
            headers: vec!["Surat Edaran", "Kewajiban", "Keadaan kantor", "Terpenuhi"],
            widths: vec![40.0, 30.0, 60.0, 14.0],
            rows: r.duties.iter().map(|d| vec![text(&d.circular), text(&d.duty), text(&d.status), text(&d.met)]).collect(),
            footer: Vec::new(),
        },
        Table {
            sheet: "Kerja Fleksibel",
            preamble: head("Kerja fleksibel (PermenPANRB 4/2025): pengajuan dan hari di luar kantor"),
            headers: vec![
                "NIP/NIK",
                "Nama",
                "Unit kerja",
                "Diajukan",
                "Disetujui",
                "Ditolak",
                "Ditarik",
                "Hari di luar kantor",
                "Batas per minggu",
                "Minggu melebihi batas",
                "Jam dinamis dipakai",
                "Bulan melebihi batas jam dinamis",
            ],
            widths: vec![22.0, 34.0, 30.0, 9.0, 9.0, 9.0, 9.0, 11.0, 10.0, 11.0, 11.0, 13.0],
            rows: r
                .flexible
                .iter()
                .map(|f| {
                    vec![
                        text(&f.nip),
                        text(&f.name),
                        text(&f.unit),
                        int(f.submitted),
                        int(f.approved),
                        int(f.rejected),
                        int(f.withdrawn),
                        int(f.days_away),
                        int(f.limit),
                        int(f.weeks_over),
                        int(f.dynamic_used),
                        int(f.dynamic_months_over),
                    ]
                })
                .collect(),
            footer: Vec::new(),
        },
        Table {
            sheet: ACTUAL,
            preamble: head("Rencana dan realisasi: jadwal dibandingkan dengan presensi yang tercatat"),
            headers: vec!["Unit kerja", "Hari-orang terjadwal", "Sesuai", "Selisih", "Berhalangan (S, I, C, DL, TB)", "Belum dicatat"],
            widths: vec![34.0, 12.0, 10.0, 10.0, 14.0, 11.0],
            rows: r
                .actual
                .iter()
                .map(|a| vec![text(&a.unit), int(a.planned), int(a.held), int(a.parted), int(a.excused), int(a.unrecorded)])
                .collect(),
            footer: Vec::new(),
        },
        Table {
            sheet: GAPS,
            preamble: head("Selisih jadwal dan presensi per pegawai"),
            headers: vec!["Tanggal", "Unit kerja", "NIP/NIK", "Nama", "Rencana", "Realisasi", "Selisih"],
            widths: vec![11.0, 30.0, 22.0, 30.0, 18.0, 18.0, 30.0],
            rows: r
                .gaps
                .iter()
                .map(|g| {
                    vec![Value::Date(g.date), text(&g.unit), text(&g.nip), text(&g.name), text(&g.planned), text(&g.recorded), text(&g.gap)]
                })
                .collect(),
            footer: Vec::new(),
        },
        Table {
            sheet: OUTAGES,
            preamble: head("Gangguan sistem presensi: hari yang tidak dihitung sebagai selisih siapa pun"),
            headers: vec!["Tanggal", "Gangguan", "Bukti"],
            widths: vec![11.0, 70.0, 30.0],
            rows: r.outages.iter().map(|o| vec![Value::Date(o.date), text(&o.text), text(&o.evidence)]).collect(),
            footer: Vec::new(),
        },
        Table {
            sheet: "Harian",
            preamble: head("Rekap harian per unit kerja terhadap kebutuhan WFO"),
            headers: [
                &["Tanggal", "Unit kerja", "WFO min.", "WFO maks."][..],
                &Tally::COLUMNS,
                &["Di luar kuota", "Piket", "Belum dicatat"],
                if by_presence { &["Sesuai SE (kehadiran)", "Jadwal sesuai SE"][..] } else { &["Sesuai SE"][..] },
            ]
            .concat(),
            widths: [
                &[11.0, 34.0, 9.0, 9.0, 7.0, 7.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 9.0, 7.0, 10.0, 9.0][..],
                if by_presence { &[9.0][..] } else { &[][..] },
            ]
            .concat(),
            rows: r
                .days
                .iter()
                .map(|d| {
                    let yes = |b: bool| text(if b { "Ya" } else { "Tidak" });
                    let mut row = vec![Value::Date(d.date), text(&d.unit), int(d.need_min), int(d.need_max)];
                    row.extend(d.tally.values().map(int));
                    row.extend([int(d.outside), int(d.piket), int(d.unrecorded), yes(d.compliant)]);
                    if by_presence {
                        row.push(d.plan_compliant.map_or(text(""), yes));
                    }
                    row
                })
                .collect(),
            footer: Vec::new(),
        },
        Table {
            sheet: "Pelanggaran",
            preamble: head("Pelanggaran Surat Edaran"),
            headers: vec!["Tanggal", "Unit kerja", "Uraian"],
            widths: vec![11.0, 34.0, 100.0],
            rows: r.breaches.iter().map(|b| vec![Value::Date(b.date), text(&b.unit), text(&b.message)]).collect(),
            footer: Vec::new(),
        },
        Table {
            sheet: "Pegawai",
            preamble: head("Rekap per pegawai"),
            headers: [
                &["NIP/NIK", "Nama", "Jenis", "Unit kerja"][..],
                &Tally::COLUMNS,
                &["TL1", "TL2", "TL3", "TL4", "PSW1", "PSW2", "PSW3", "PSW4"],
                if with_no_times { &["Hadir, jam tidak tercatat"][..] } else { &[] },
                &["Tidak dapat dihubungi", "Laporan kegiatan"],
                if with_apel { &["Apel terlewat (TAP, CP)"][..] } else { &[] },
                if with_hours { &["Minggu kurang jam kerja", "Kurang jam kerja"][..] } else { &[] },
            ]
            .concat(),
            widths: [
                &[22.0, 34.0, 9.0, 30.0, 6.0, 6.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 6.0, 6.0, 6.0, 6.0][..],
                if with_no_times { &[11.0][..] } else { &[] },
                &[12.0, 10.0],
                if with_apel { &[11.0][..] } else { &[] },
                if with_hours { &[11.0, 16.0][..] } else { &[] },
            ]
            .concat(),
            rows: r
                .people
                .iter()
                .map(|p| {
                    let mut row = vec![text(&p.nip), text(&p.name), text(&p.kind), text(&p.unit)];
                    row.extend(p.tally.values().map(int));
                    row.extend(p.tl.map(int));
                    row.extend(p.psw.map(int));
                    if with_no_times {
                        row.push(int(p.no_times));
                    }
                    row.extend([int(p.unreached), int(p.notes)]);
                    if with_apel {
                        row.push(int(p.apel_missed));
                    }
                    if with_hours {
                        row.push(int(p.weeks_short));
                        row.push(text(&if p.minutes_short > 0 { crate::model::hours::duration(p.minutes_short) } else { String::new() }));
                    }
                    row
                })
                .collect(),
            footer: Vec::new(),
        },
        Table {
            sheet: "Keberadaan",
            preamble: head("Pegawai WFH yang tidak dapat dihubungi"),
            headers: vec!["Tanggal", "Jam", "NIP/NIK", "Nama", "Unit kerja", "Keterangan", "Berulang"],
            widths: vec![11.0, 7.0, 22.0, 34.0, 30.0, 40.0, 9.0],
            rows: r
                .incidents
                .iter()
                .map(|x| {
                    vec![
                        Value::Date(x.date),
                        text(&x.at),
                        text(&x.nip),
                        text(&x.name),
                        text(&x.unit),
                        text(&x.note),
                        text(if x.repeated { "Ya" } else { "Tidak" }),
                    ]
                })
                .collect(),
            footer: Vec::new(),
        },
        Table {
            sheet: "Kegiatan WFH",
            preamble: head("Laporan kegiatan pegawai WFH"),
            headers: vec!["Tanggal", "NIP/NIK", "Nama", "Unit kerja", "Kegiatan"],
            widths: vec![11.0, 22.0, 34.0, 30.0, 80.0],
            rows: r.notes.iter().map(|n| vec![Value::Date(n.date), text(&n.nip), text(&n.name), text(&n.unit), text(&n.note)]).collect(),
            footer: Vec::new(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_the_indonesian_way() {
        assert_eq!(Value::Int(1250).display(), "1.250");
        assert_eq!(Value::Int(1_234_567).display(), "1.234.567");
        assert_eq!(Value::Int(12).display(), "12");
        assert_eq!(Value::Pct(0.625).display(), "62,5%");
    }
}
