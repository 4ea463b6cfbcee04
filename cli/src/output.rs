//! Listings as an aligned table, CSV or JSON.

use clap::{Args, ValueEnum};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Csv,
    Json,
}

/// `--format table|csv|json`: the one output argument every listing command flattens in.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct Output {
    /// Bentuk keluaran
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

impl Output {
    pub fn is_table(self) -> bool {
        matches!(self.format, Format::Table)
    }
}

/// A listing: column headers, rows of text, and the records behind them for JSON.
pub struct Listing<'a, T: Serialize> {
    pub headers: &'a [&'a str],
    pub rows: Vec<Vec<String>>,
    pub records: &'a T,
}

pub fn print<T: Serialize>(output: Output, listing: Listing<T>) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match output.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, listing.records)?;
            writeln!(out)
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(listing.headers)?;
            for r in &listing.rows {
                w.write_record(r)?;
            }
            w.flush()
        }
        Format::Table => {
            let mut widths: Vec<usize> = listing.headers.iter().map(|h| h.chars().count()).collect();
            for r in &listing.rows {
                for (w, c) in widths.iter_mut().zip(r) {
                    *w = (*w).max(c.chars().count());
                }
            }
            let line = |cells: Vec<&str>| -> String {
                let padded: Vec<String> = cells.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}", w = *w)).collect();
                padded.join("  ").trim_end().to_string()
            };
            writeln!(out, "{}", line(listing.headers.to_vec()))?;
            writeln!(out, "{}", line(widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().iter().map(|s| s.as_str()).collect()))?;
            for r in &listing.rows {
                writeln!(out, "{}", line(r.iter().map(|s| s.as_str()).collect()))?;
            }
            Ok(())
        }
    }
}

/// A long action (a plan, an import) shows its progress on one terminal line; scripts (no
/// terminal) see nothing.
pub(crate) fn progress_line(p: giliran_core::model::progress::Progress) {
    use std::io::{IsTerminal, Write};
    let mut err = std::io::stderr().lock();
    if !err.is_terminal() {
        return;
    }
    let _ = write!(err, "\r\x1b[K{}", p.line());
    if p.finished {
        let _ = writeln!(err);
    }
}
