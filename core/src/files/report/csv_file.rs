//! The report's daily counts as CSV for machines: one row per unit and working day, with the
//! OPD and the period on every row so that files of many OPDs concatenate. Sections follow
//! (flexible work, plan against actual, its gaps, system outages, the evaluation against a
//! baseline), each after a `# Bagian: …` record with its own header. The last line is the seal
//! over everything above it.

use super::seal::OfficeKey;
use super::tables::{tables, Value};
use super::Report;
use crate::model::error::{Error, Result};

/// Starts the last line; everything before it is what was signed.
pub const SEAL_PREFIX: &str = "# Segel Giliran: ";

/// The body, then the seal as a CSV record of its own (one quoted cell), so that a
/// spreadsheet reads it as one cell and writes it back whole.
pub fn write(report: &Report, key: &OfficeKey) -> Result<Vec<u8>> {
    let body = body(report)?;
    let seal = key.seal(&body);
    let seal = serde_json::to_string(&seal).map_err(|e| Error::Conflict(e.to_string()))?;
    let mut out = body;
    out.extend(
        records_bytes(&[vec![format!("{SEAL_PREFIX}{seal}")]]).map_err(|e| Error::Conflict(format!("CSV tidak dapat ditulis: {e}")))?,
    );
    Ok(out)
}

/// Records as Giliran writes CSV: commas, quotes only where a cell needs them, `\n` endings.
/// Verification writes a file's records again this way to compare them with what was signed.
pub(super) fn records_bytes(records: &[Vec<String>]) -> std::result::Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    for r in records {
        w.write_record(r)?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

/// Starts the record that introduces a section after the daily table; a reader of the daily
/// rows stops at the first record starting with `#` (this, or the seal).
pub const SECTION_PREFIX: &str = "# Bagian: ";

/// The sections after the daily table, when the report has rows for them.
const SECTIONS: [&str; 4] = ["Kerja Fleksibel", super::tables::ACTUAL, super::tables::GAPS, super::tables::OUTAGES];

fn body(report: &Report) -> Result<Vec<u8>> {
    let all = tables(report);
    let daily = all.iter().find(|t| t.sheet == "Harian").ok_or_else(|| Error::Conflict("tabel harian".into()))?;
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let fail = |e: csv::Error| Error::Conflict(format!("CSV tidak dapat ditulis: {e}"));
    let cell = |v: &Value| match v {
        // ISO dates and plain integers: what a machine reads without guessing.
        Value::Date(d) => d.to_string(),
        Value::Int(n) => n.to_string(),
        Value::Pct(p) => format!("{p:.4}"),
        Value::Text(t) => t.clone(),
    };
    let sections = SECTIONS.iter().filter_map(|name| all.iter().find(|t| t.sheet == *name && !t.rows.is_empty()));
    for (i, table) in std::iter::once(daily).chain(sections).enumerate() {
        if i > 0 {
            w.write_record([format!("{SECTION_PREFIX}{}", table.sheet)]).map_err(fail)?;
        }
        let mut header = vec!["OPD", "Periode dari", "Periode sampai"];
        header.extend(table.headers.iter().copied());
        w.write_record(&header).map_err(fail)?;
        for row in &table.rows {
            let mut rec = vec![report.opd.clone(), report.from.to_string(), report.to.to_string()];
            rec.extend(row.iter().map(cell));
            w.write_record(trimmed(&rec)).map_err(fail)?;
        }
    }
    if let Some(e) = &report.evaluation {
        w.write_record([format!("{SECTION_PREFIX}{}", super::tables::EVALUATION)]).map_err(fail)?;
        for rec in evaluation_records(report, e) {
            w.write_record(trimmed(&rec)).map_err(fail)?;
        }
    }
    w.into_inner().map_err(|e| Error::Conflict(format!("CSV tidak dapat ditulis: {e}")))
}

/// A record without its empty last cells. A reader of the file cannot tell them from the empty
/// columns a spreadsheet pads short rows with, so verification drops them (and the seal is over
/// the records as written): a row ending in an empty cell is written without it.
fn trimmed(rec: &[String]) -> &[String] {
    let end = rec.iter().rposition(|c| !c.is_empty()).map_or(1.min(rec.len()), |i| i + 1);
    &rec[..end]
}

/// The evaluation for machines: each figure of the office and of every unit with its key and
/// its values as numbers (a point, not a comma; empty where there was nothing to count), so
/// that a province's script can add up the offices' files without reading "12,5".
fn evaluation_records(report: &Report, e: &crate::office::evaluation::Section) -> Vec<Vec<String>> {
    let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let header = [
        "OPD",
        "Periode dari",
        "Periode sampai",
        "Pembanding dari",
        "Pembanding sampai",
        "Unit kerja",
        "Kode ukuran",
        "Ukuran",
        "Per",
        "Sebelum",
        "Sesudah",
        "Penilaian",
        "Rekomendasi Kepala OPD",
    ];
    let rows = std::iter::once(&e.office).chain(&e.units).flat_map(|line| {
        let unit = if line.unit.is_empty() { "Seluruh kantor" } else { line.unit.as_str() };
        line.figures.iter().enumerate().map(move |(i, f)| {
            vec![
                report.opd.clone(),
                report.from.to_string(),
                report.to.to_string(),
                e.baseline_from.to_string(),
                e.baseline_to.to_string(),
                unit.to_string(),
                f.key.clone(),
                f.label.clone(),
                f.per.clone(),
                number(f.before),
                number(f.after),
                f.verdict.clone(),
                if i == 0 { line.recommendation.clone() } else { String::new() },
            ]
        })
    });
    std::iter::once(header.iter().map(|h| h.to_string()).collect()).chain(rows).collect()
}
