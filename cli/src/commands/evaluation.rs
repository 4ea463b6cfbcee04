//! Monitoring and evaluation (PermenPANRB 4/2025 art. 35): a period against a baseline, and
//! the Kepala OPD's recommendation per unit (the Evaluasi screen).

use crate::*;
use giliran_core::office::evaluation;

#[derive(Args)]
pub(crate) struct EvaluateArgs {
    /// Periode yang dievaluasi: dari tanggal
    #[arg(long)]
    from: String,
    /// Periode yang dievaluasi: sampai tanggal
    #[arg(long)]
    to: String,
    /// Periode pembanding (sebelum kerja fleksibel): dari tanggal
    #[arg(long)]
    baseline_from: String,
    /// Periode pembanding: sampai tanggal
    #[arg(long)]
    baseline_to: String,
    /// Simpan evaluasi cetak (.pdf: kop surat, grafik, tanda tangan Kepala OPD)
    #[arg(long, value_name = "BERKAS")]
    out: Option<std::path::PathBuf>,
    #[command(flatten)]
    format: Output,
}

#[derive(Args)]
pub(crate) struct RecommendArgs {
    /// Periode yang dievaluasi: dari tanggal
    #[arg(long)]
    from: String,
    /// Periode yang dievaluasi: sampai tanggal
    #[arg(long)]
    to: String,
    /// Unit kerja (kosong: seluruh kantor)
    #[arg(long, default_value = "")]
    unit: String,
    /// lanjutkan, sesuaikan atau hentikan
    #[arg(long)]
    choice: String,
    /// Alasan atau penyesuaiannya (wajib selain "lanjutkan")
    #[arg(long, default_value = "")]
    note: String,
    /// Nama Kepala OPD yang memutuskan
    #[arg(long, default_value = "")]
    by: String,
}

pub(crate) fn evaluate_cmd(s: &mut Store, a: EvaluateArgs, today: NaiveDate) -> Result<(), Failure> {
    if let Some(path) = &a.out {
        let saved = giliran_core::files::evaluation::save(s, [&a.from, &a.to, &a.baseline_from, &a.baseline_to], path, today)?;
        println!("{}", saved.message);
        return Ok(());
    }
    let e = evaluation::evaluate(s, &a.from, &a.to, &a.baseline_from, &a.baseline_to, today)?;
    if let Format::Json = a.format.format {
        return Ok(output::print(a.format, Listing { headers: &[], rows: vec![], records: &e })?);
    }
    if a.format.is_table() {
        println!("Evaluasi kerja fleksibel {}: {}", e.opd, e.title);
    }
    let mut rows = Vec::new();
    for line in std::iter::once(&e.office).chain(&e.units) {
        let unit = if line.unit.is_empty() { "Seluruh kantor" } else { line.unit.as_str() };
        for f in &line.figures {
            let bands = if f.bands_before.is_empty() { String::new() } else { format!("{} → {}", f.bands_before, f.bands_after) };
            rows.push(vec![
                unit.to_string(),
                format!("{} ({})", f.label, f.per),
                f.before_text.clone(),
                f.after_text.clone(),
                f.change_text.clone(),
                f.verdict.to_string(),
                bands,
            ]);
        }
        if let Some(r) = &line.recommendation {
            let note = if r.note.is_empty() { String::new() } else { format!(": {}", r.note) };
            rows.push(vec![unit.to_string(), "Rekomendasi Kepala OPD".into(), String::new(), format!("{}{note}", r.choice.label())]);
        }
    }
    output::print(
        a.format,
        Listing { headers: &["Unit", "Ukuran", "Sebelum", "Sesudah", "Perubahan", "Penilaian", "Pita 1/2/3/4"], rows, records: &e.units },
    )?;
    Ok(())
}

pub(crate) fn recommend_cmd(s: &mut Store, a: RecommendArgs) -> Result<(), Failure> {
    let r = evaluation::recommend(s, &a.from, &a.to, &a.unit, &a.choice, &a.note, &a.by)?;
    let whom = if r.unit.is_empty() { "seluruh kantor".to_string() } else { r.unit.clone() };
    println!("Rekomendasi untuk {whom} ({} s.d. {}) disimpan: {}.", dates::short(r.from), dates::short(r.to), r.choice.label());
    Ok(())
}
