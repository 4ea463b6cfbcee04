//! Backups, restore's companions, and the audit trail.

use crate::*;

#[derive(Subcommand)]
pub(crate) enum AuditCmd {
    /// Perubahan terbaru lebih dulu
    List {
        /// Hanya tabel ini: staff, unit, office, assignment, presence, circular, setting, ...
        #[arg(long)]
        table: Option<String>,
        /// Paling banyak sekian baris
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[command(flatten)]
        format: Output,
    },
    /// Hitung ulang rantai SHA-256: temukan baris yang diubah atau dihapus
    Verify,
}

#[derive(Subcommand)]
pub(crate) enum BackupCmd {
    /// Salin basis data sekarang ke berkas ini
    Now {
        /// Berkas tujuan (.db)
        file: PathBuf,
    },
    /// Buat cadangan harian bila hari ini belum ada (14 hari dan 8 minggu disimpan)
    Auto,
    /// Daftar cadangan di folder data
    List,
    /// Periksa berkas cadangan tanpa memulihkannya
    Check {
        /// Berkas cadangan (.db)
        file: PathBuf,
    },
}

pub(crate) fn backup_cmd(s: &mut Store, cmd: BackupCmd, today: NaiveDate) -> Result<(), Error> {
    let size = |b: u64| format!("{} KB", b.div_ceil(1024));
    match cmd {
        BackupCmd::Now { file } => println!("Cadangan disimpan: {} ({}).", file.display(), size(backup::save_copy(s, &file)?)),
        BackupCmd::Auto => match backup::daily(s, today)? {
            Some(c) => println!("Cadangan harian dibuat: {} ({}).", c.path, size(c.bytes)),
            None => println!("Cadangan hari ini sudah ada."),
        },
        BackupCmd::List => {
            for c in backup::list(s)? {
                println!("{}  {}  {}", c.file, size(c.bytes), c.label);
            }
        }
        BackupCmd::Check { file } => {
            let c = backup::check(&file)?;
            println!(
                "Berkas cadangan baik: {}, {} pegawai, {} unit kerja, versi skema {}.",
                if c.opd_name.is_empty() { "OPD tanpa nama" } else { &c.opd_name },
                c.staff,
                c.units,
                c.schema_version
            );
        }
    }
    Ok(())
}
