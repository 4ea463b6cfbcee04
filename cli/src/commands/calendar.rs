//! The calendar: holidays and cuti bersama, the region's risk zones and PSBB periods.

use crate::*;

#[derive(Subcommand)]
pub(crate) enum ZoneCmd {
    /// Daftar zona risiko, masing-masing sejak tanggalnya
    List {
        #[command(flatten)]
        format: Output,
    },
    /// Sejak tanggal ini daerah berada di zona ini (hijau, kuning, oranye, merah)
    Set {
        /// Tanggal mulai
        date: String,
        /// Zona
        zone: String,
    },
    /// Hapus perubahan zona pada tanggal ini
    Remove {
        /// Tanggal mulai
        date: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum PsbbCmd {
    /// Daftar masa PSBB daerah
    List {
        #[command(flatten)]
        format: Output,
    },
    /// Daerah dalam PSBB dari tanggal ini sampai tanggal itu
    Add {
        /// Tanggal mulai
        #[arg(long)]
        from: String,
        /// Tanggal akhir
        #[arg(long)]
        to: String,
    },
    /// Hapus masa PSBB yang mulai pada tanggal ini
    Remove {
        /// Tanggal mulai
        #[arg(long)]
        from: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum HolidaysCmd {
    /// Daftar hari libur dan cuti bersama
    List {
        /// Hanya tahun ini
        #[arg(long)]
        year: Option<i32>,
        #[command(flatten)]
        format: Output,
    },
    /// Tambah atau ubah hari libur
    Add {
        /// Tanggal
        date: String,
        /// Nama hari libur
        name: String,
        /// Cuti bersama, bukan libur nasional
        #[arg(long)]
        cuti_bersama: bool,
    },
    /// Hapus hari libur
    Remove {
        /// Tanggal
        date: String,
    },
    /// Masukkan daftar hari libur setahun: tabel SKB 3 Menteri yang disalin, atau berkas teks
    /// satu tanggal dan nama per baris ("-" membaca dari masukan standar)
    Import {
        /// Berkas daftar
        file: PathBuf,
        /// Tahun daftar
        #[arg(long)]
        year: i32,
        /// Sumber daftar, mis. "SKB 3 Menteri Nomor ... Tahun 2027"
        #[arg(long, default_value = "")]
        source: String,
        /// Hanya tampilkan pratinjau, tanpa menyimpan
        #[arg(long)]
        dry_run: bool,
    },
    /// Tahun yang daftar hari liburnya sudah ada di kalender, dan sumbernya
    Years {
        #[command(flatten)]
        format: Output,
    },
}

pub(crate) fn zone_cmd(s: &mut Store, cmd: ZoneCmd) -> Result<(), Failure> {
    match cmd {
        ZoneCmd::List { format } => {
            let all = zones::list(s)?;
            let rows = all.iter().map(|z| vec![dates::short(z.from), z.zone.label().to_string()]).collect();
            output::print(format, Listing { headers: &["Sejak", "Zona"], rows, records: &all })?;
        }
        ZoneCmd::Set { date: d, zone } => {
            let z = zones::set(s, &d, &zone)?;
            println!("Sejak {}: {}.", dates::with_day(z.from), z.zone.label());
        }
        ZoneCmd::Remove { date: d } => {
            zones::remove(s, &d)?;
            println!("Perubahan zona {} dihapus.", d.trim());
        }
    }
    Ok(())
}

pub(crate) fn psbb_cmd(s: &mut Store, cmd: PsbbCmd) -> Result<(), Failure> {
    match cmd {
        PsbbCmd::List { format } => {
            let all = zones::psbb_list(s)?;
            let rows = all.iter().map(|p| vec![dates::short(p.from), dates::short(p.to)]).collect();
            output::print(format, Listing { headers: &["Dari", "Sampai"], rows, records: &all })?;
        }
        PsbbCmd::Add { from, to } => {
            let p = zones::psbb_add(s, &from, &to)?;
            println!("PSBB {} s.d. {} disimpan.", dates::with_day(p.from), dates::with_day(p.to));
        }
        PsbbCmd::Remove { from } => {
            zones::psbb_remove(s, &from)?;
            println!("Masa PSBB mulai {} dihapus.", from.trim());
        }
    }
    Ok(())
}

pub(crate) fn holidays_cmd(s: &mut Store, cmd: HolidaysCmd) -> Result<(), Failure> {
    match cmd {
        HolidaysCmd::List { year, format } => {
            let all = calendar::list(s, year)?;
            let rows = all
                .iter()
                .map(|h| {
                    vec![
                        dates::short(h.day),
                        dates::day_name(h.day).into(),
                        h.name.clone(),
                        if h.kind == "libur" { "Libur nasional" } else { "Cuti bersama" }.into(),
                    ]
                })
                .collect();
            output::print(format, Listing { headers: &["Tanggal", "Hari", "Nama", "Jenis"], rows, records: &all })?;
        }
        HolidaysCmd::Add { date: d, name, cuti_bersama } => {
            let h = calendar::set(s, &d, &name, cuti_bersama)?;
            println!("Hari libur disimpan: {} {}.", dates::with_day(h.day), h.name);
        }
        HolidaysCmd::Remove { date: d } => {
            calendar::remove(s, &d)?;
            println!("Hari libur {} dihapus.", d.trim());
        }
        HolidaysCmd::Import { file, year, source, dry_run } => {
            let failed = |source| Error::Io { context: "membaca daftar hari libur", path: file.clone(), source };
            let bytes = if file.as_os_str() == "-" {
                let mut b = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut b).map_err(failed)?;
                b
            } else {
                std::fs::read(&file).map_err(failed)?
            };
            let text = holiday_list::text_of(&bytes);
            let p = holiday_list::preview(s, year, &text)?;
            for h in &p.entries {
                let kind = if h.kind == "libur" { "Libur nasional" } else { "Cuti bersama" };
                println!("{}  {kind}: {}", dates::with_day(h.day), h.name);
            }
            for l in &p.skipped {
                println!("Dilewati (judul, tanpa tanggal): {l}");
            }
            for l in &p.renamed {
                println!("Diganti: {l}");
            }
            for l in &p.kept {
                println!("Tetap ada (tidak disebut daftar): {l}");
            }
            if dry_run {
                println!("Pratinjau saja: {} hari, belum disimpan.", p.entries.len());
            } else {
                let done = holiday_list::import(s, year, &text, &source)?;
                println!("Hari libur tahun {} disimpan: {} hari.", done.year, done.saved);
            }
        }
        HolidaysCmd::Years { format } => {
            let all = calendar::years(s)?;
            let rows = all.iter().map(|y| vec![y.year.to_string(), y.source.clone()]).collect();
            output::print(format, Listing { headers: &["Tahun", "Sumber"], rows, records: &all })?;
        }
    }
    Ok(())
}
