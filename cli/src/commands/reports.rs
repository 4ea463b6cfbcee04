//! The report to the Sekda from the command line: make it, verify a file, consolidate many.

use clap::{Args, Subcommand};
use giliran_core::files::report::{self, consolidate};
use giliran_core::{Error, Store};
use std::path::PathBuf;

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ReportArgs {
    /// Tanggal awal periode
    #[arg(long)]
    from: Option<String>,
    /// Tanggal akhir periode
    #[arg(long)]
    to: Option<String>,
    /// Berkas laporan: .xlsx (Excel), .pdf (cetak), atau .csv (mesin)
    #[arg(long, value_name = "BERKAS")]
    out: Option<PathBuf>,
    /// Sertakan evaluasi dibandingkan periode ini (sebelum kerja fleksibel): dari tanggal
    #[arg(long, requires = "baseline_to")]
    baseline_from: Option<String>,
    /// Periode pembanding: sampai tanggal
    #[arg(long, requires = "baseline_from")]
    baseline_to: Option<String>,
    #[command(subcommand)]
    cmd: Option<ReportCmd>,
}

#[derive(Subcommand)]
pub enum ReportCmd {
    /// Periksa apakah berkas laporan utuh dan siapa yang menandatanganinya
    Verify {
        /// Berkas laporan (.xlsx, .pdf, .csv)
        file: PathBuf,
    },
    /// Sidik kunci tanda tangan kantor ini (untuk didaftarkan di Sekda)
    Key,
}

/// `report verify` needs no database; the rest runs on `store`.
pub fn needs_store(args: &ReportArgs) -> bool {
    !matches!(args.cmd, Some(ReportCmd::Verify { .. }))
}

/// The subcommands that need no database (`verify`).
pub fn run_without_store(args: &ReportArgs) -> Result<(), Error> {
    match &args.cmd {
        Some(ReportCmd::Verify { file }) => verify(file),
        _ => Err(Error::invalid("report", "Perintah ini memerlukan basis data.")),
    }
}

fn verify(file: &std::path::Path) -> Result<(), Error> {
    let v = report::verify(file)?;
    if !v.intact {
        return Err(Error::Conflict(v.message));
    }
    println!("{}", v.message);
    Ok(())
}

pub fn run(s: &mut Store, args: ReportArgs, today: chrono::NaiveDate) -> Result<(), Error> {
    match args.cmd {
        Some(ReportCmd::Verify { file }) => verify(&file),
        Some(ReportCmd::Key) => {
            println!("Sidik kunci tanda tangan kantor: {}", report::fingerprint(s)?);
            Ok(())
        }
        None => {
            let (Some(from), Some(to), Some(out)) = (args.from, args.to, args.out) else {
                return Err(Error::invalid("out", "Sebutkan --from, --to, dan --out BERKAS.xlsx|.pdf|.csv."));
            };
            let baseline = args.baseline_from.as_deref().zip(args.baseline_to.as_deref());
            let saved = report::save_with(s, &from, &to, baseline, &out, today)?;
            println!("{}", saved.message);
            Ok(())
        }
    }
}

#[derive(Subcommand)]
pub enum KeysCmd {
    /// Daftar kunci OPD yang terdaftar
    List,
    /// Daftarkan (atau ganti) kunci satu OPD
    Register {
        /// Nama OPD, persis seperti pada laporannya
        #[arg(long)]
        opd: String,
        /// Sidik kunci dari Profil Kantor OPD itu, mis. "3F2A 91C0 7B44 E1D9"
        #[arg(long)]
        fingerprint: String,
    },
    /// Hapus kunci satu OPD dari daftar
    Remove {
        /// Nama OPD
        #[arg(long)]
        opd: String,
    },
}

pub fn keys(s: &mut Store, cmd: KeysCmd) -> Result<(), Error> {
    let all = match cmd {
        KeysCmd::List => consolidate::registered(s)?,
        KeysCmd::Register { opd, fingerprint } => consolidate::register(s, &opd, &fingerprint)?,
        KeysCmd::Remove { opd } => consolidate::unregister(s, &opd)?,
    };
    if all.is_empty() {
        println!("Belum ada kunci OPD yang terdaftar.");
    }
    for k in &all {
        println!("{}  {}", k.fingerprint, k.opd);
    }
    Ok(())
}

pub fn consolidate(files: &[PathBuf], known: &[consolidate::Registered], out: &std::path::Path) -> Result<(), Error> {
    let c = consolidate::consolidate(files, known, out)?;
    for r in &c.rows {
        let compliance = r.compliance.map(|p| format!("{:.1}%", p * 100.0).replace('.', ",")).unwrap_or_default();
        println!("{}  {}  {}  {}", r.file, if r.opd.is_empty() { "-" } else { &r.opd }, r.status, compliance);
    }
    println!("{} Rekap disimpan ke {}.", c.message, out.display());
    Ok(())
}
