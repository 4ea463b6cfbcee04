//! The files of the report for the Sekda. The report itself is data gathered by
//! `office::report`; [`tables`] lays it out once for every file kind (.xlsx, .pdf, .csv), and a
//! file carries the data and its [`seal::Seal`] so that `verify` can tell whether anyone changed
//! it.

pub mod consolidate;
mod csv_file;
mod pdf_file;
pub mod seal;
mod tables;
mod verify;
mod xlsx;

use crate::model::dates;
use crate::model::error::{Error, Result};
use crate::office::report::{build, ActualRow, DutyRow, FlexRow, Report, Tally, Totals, FORMAT};
use crate::store::Store;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

pub use pdf_file::table as table_pdf;
pub use tables::{tables, Table, Value};
pub use verify::{verify, Verdict};

/// Which kind of file a path asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Pdf,
    Csv,
}

impl Kind {
    pub fn of(path: &Path) -> Result<Kind> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("xlsx") => Ok(Kind::Xlsx),
            Some("pdf") => Ok(Kind::Pdf),
            Some("csv") => Ok(Kind::Csv),
            _ => Err(Error::invalid("out", format!("Berkas laporan {}: gunakan akhiran .xlsx, .pdf, atau .csv.", path.display()))),
        }
    }
}

/// `Laporan-WFO-WFH-Diskominfo-Kaltim-2026-11-01-2026-11-30.xlsx`: the name the save dialog
/// proposes.
pub fn default_name(report_opd: &str, from: NaiveDate, to: NaiveDate, ext: &str) -> String {
    let opd: String = report_opd.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-");
    let opd = if opd.is_empty() { "OPD".to_string() } else { opd };
    format!("Laporan-WFO-WFH-{opd}-{from}-{to}.{ext}")
}

/// What a saved report holds, for the message to the clerk.
#[derive(Debug, Clone, Serialize)]
pub struct Saved {
    pub path: String,
    pub bytes: usize,
    pub fingerprint: String,
    pub totals: Totals,
    pub message: String,
}

/// Builds, seals with the office's key and writes the report of `from..=to` to `path` (its
/// extension says which kind); the file is written whole or not at all.
pub fn save(store: &mut Store, from: &str, to: &str, path: &Path, today: NaiveDate) -> Result<Saved> {
    save_with(store, from, to, None, path, today)
}

/// [`save`], with the evaluation against `baseline` (from, to as typed) in the report when
/// given: the Evaluasi sheet or section the Sekda's Rekap reads.
pub fn save_with(store: &mut Store, from: &str, to: &str, baseline: Option<(&str, &str)>, path: &Path, today: NaiveDate) -> Result<Saved> {
    let kind = Kind::of(path)?;
    let mut report = build(store, from, to, today)?;
    if let Some((bf, bt)) = baseline {
        report.evaluation = Some(crate::office::evaluation::evaluate(store, from, to, bf, bt, today)?.section());
    }
    let key = seal::OfficeKey::of_store(store)?;
    let bytes = match kind {
        Kind::Xlsx => xlsx::write(&report, &key)?,
        Kind::Pdf => pdf_file::write(&report, &key)?,
        Kind::Csv => csv_file::write(&report, &key)?,
    };
    crate::files::file::write_whole(path, &bytes)?;
    let t = &report.totals;
    let message = format!(
        "Laporan {} s.d. {} disimpan: {} ({} KB). {} hari kerja, {} pegawai, {} pelanggaran; ditandatangani kunci kantor {}.",
        dates::short(report.from),
        dates::short(report.to),
        path.display(),
        bytes.len().div_ceil(1024),
        t.working_days,
        t.staff,
        t.breaches,
        key.fingerprint()
    );
    Ok(Saved { path: path.display().to_string(), bytes: bytes.len(), fingerprint: key.fingerprint(), totals: report.totals, message })
}

/// What the Laporan screen shows before saving: the summary as the file will print it, the
/// breaches, and the file names the save dialog proposes.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub title: String,
    pub period: String,
    pub basis: String,
    /// `(label, value)` rows of the Ringkasan sheet, values as printed.
    pub rows: Vec<(String, String)>,
    pub breaches: Vec<String>,
    pub incidents: Vec<String>,
    /// Years of the period whose holidays are not in the calendar.
    pub warnings: Vec<String>,
    /// The circulars' obligations and where the office stands.
    pub duties: Vec<DutyRow>,
    /// Flexible work per person.
    pub flexible: Vec<FlexRow>,
    /// Plan against actual over all units, then the units where most person-days parted (a
    /// big office has hundreds of units: the report file has them all).
    pub actual_total: Option<ActualRow>,
    pub actual: Vec<ActualRow>,
    pub gaps: usize,
    pub outages: Vec<String>,
    pub names: HashMap<&'static str, String>,
}

/// Units with gaps the Laporan screen lists; the rest are in the file and on Rencana & Realisasi.
const SUMMARY_UNITS: usize = 20;

pub fn summary(store: &mut Store, from: &str, to: &str, today: NaiveDate) -> Result<Summary> {
    let r = build(store, from, to, today)?;
    let first = tables(&r).into_iter().next().ok_or_else(|| Error::Conflict("ringkasan".into()))?;
    let names = ["xlsx", "pdf", "csv"].into_iter().map(|e| (e, default_name(&r.opd, r.from, r.to, e))).collect();
    Ok(Summary {
        title: first.preamble[4].clone(),
        period: first.preamble[5].clone(),
        basis: first.preamble[6].clone(),
        rows: first.rows.iter().map(|row| (row[0].display(), row[1].display())).collect(),
        breaches: r.breaches.iter().map(|b| b.message.clone()).collect(),
        incidents: r
            .incidents
            .iter()
            .map(|x| format!("{} {}: {} ({}) tidak dapat dihubungi — {}", dates::short(x.date), x.at, x.name, x.unit, x.note))
            .collect(),
        warnings: r.warnings.clone(),
        duties: r.duties.clone(),
        flexible: r.flexible.clone(),
        actual_total: r.actual_total(),
        actual: r.units_most_parted(SUMMARY_UNITS),
        gaps: r.gaps.len(),
        outages: r.outages.iter().map(|o| o.text.clone()).collect(),
        names,
    })
}

/// The office key's fingerprint (made on first use), for Profil Kantor and the Sekda.
pub fn fingerprint(store: &Store) -> Result<String> {
    Ok(seal::OfficeKey::of_store(store)?.fingerprint())
}
