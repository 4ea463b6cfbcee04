//! `giliran`: the command line of Giliran, on the same core functions as the window.
//!
//! Exit status: 0 done, 1 refused (bad input, not found, conflict; the database unchanged),
//! 2 wrong usage of the command itself.

mod commands;
mod output;
mod usage;

use commands::{actual::*, backup::*, calendar::*, circulars::*, evaluation::*, fwa::*, office::*, schedule::*, staff::*, units::*};
use usage::*;

use chrono::NaiveDate;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use giliran_core::files::{holiday_list, print, report};
use giliran_core::model::dates;
use giliran_core::model::{GovLevel, Office, StaffFilter, StaffInput, UnitInput};
use giliran_core::office::{
    backup, calendar, circulars, classes, compliance, demo, fwa, profile, roster, schedule, shifts, staff, units, zones,
};
use giliran_core::rules::policy::Circular;
use giliran_core::{store, Clock, Error, Store};
use output::{Format, Listing, Output};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "giliran",
    version,
    about = "Giliran: jadwal WFO/WFH, presensi, dan laporan OPD (baris perintah)",
    long_about = None
)]
struct Cli {
    /// Berkas basis data (bawaan: GILIRAN_DB, atau folder data pengguna)
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Daftar pegawai: lihat, tambah, ubah, nonaktifkan
    #[command(subcommand)]
    Staff(StaffCmd),
    /// Unit kerja dan tim/seksi
    #[command(subcommand)]
    Units(UnitsCmd),
    /// Profil kantor: kop surat dan Kepala OPD
    #[command(subcommand)]
    Office(OfficeCmd),
    /// Muat kantor contoh (hanya ke basis data kosong)
    Demo {
        /// Salin unit-unit kantor contoh sebanyak ini (mis. 88 ≈ 5.000 pegawai) untuk mengukur kecepatan
        #[arg(long)]
        copies: Option<usize>,
    },
    /// Tampilkan letak basis data dan versinya
    Info,
    /// Surat Edaran: templat, daftar, tambah, impor, ekspor, riwayat
    #[command(subcommand)]
    Circular(CircularCmd),
    /// Hari libur nasional dan cuti bersama
    #[command(subcommand)]
    Holidays(HolidaysCmd),
    /// Zona risiko daerah per periode (SE MenPAN-RB 67/2020 membatasi WFO menurut zona)
    #[command(subcommand)]
    Zone(ZoneCmd),
    /// Masa PSBB daerah (SE MenPAN-RB 58/2020: WFH kecuali tugas yang harus di kantor)
    #[command(subcommand)]
    Psbb(PsbbCmd),
    /// Rencana dan realisasi: jadwal dibandingkan dengan presensi yang tercatat
    Actual(ActualArgs),
    /// Evaluasi kerja fleksibel: periode dibandingkan dengan periode sebelumnya, per unit
    Evaluate(EvaluateArgs),
    /// Rekomendasi Kepala OPD atas hasil evaluasi (lanjutkan, sesuaikan, hentikan)
    Recommend(RecommendArgs),
    /// Gangguan sistem presensi (e-presensi, mesin): hari yang tidak dihitung
    #[command(subcommand)]
    Outage(OutageCmd),
    /// Kelas layanan: yang baku dan yang dinamai kantor sendiri (mis. Layanan kesehatan)
    #[command(subcommand)]
    Classes(ClassesCmd),
    /// Shift: regu-regu unit yang bergiliran di kantor
    #[command(subcommand)]
    Shift(ShiftCmd),
    /// Kerja fleksibel (PermenPANRB 4/2025): keputusan kantor yang berlaku
    #[command(subcommand)]
    Fwa(FwaCmd),
    /// Susun jadwal WFO/WFH otomatis untuk periode dan simpan (hari yang dikunci tetap)
    Plan {
        /// Tanggal awal
        #[arg(long)]
        from: String,
        /// Tanggal akhir
        #[arg(long)]
        to: String,
    },
    /// Jadwal WFO/WFH: tampilkan satu minggu (--week 2026-W02) atau ubah satu hari (set)
    Schedule(ScheduleArgs),
    /// Susun jadwal dari berkas instans (docs/planner.md) ke berkas jadwal
    PlanFile {
        /// Berkas instans JSON
        instance: PathBuf,
        /// Berkas jadwal JSON (bawaan: layar)
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Ketersediaan pegawai: cuti, sakit, dinas luar, bergejala
    #[command(subcommand)]
    Availability(AvailabilityCmd),
    /// Presensi harian: kode H/WFH/DL/TB/S/I/C/TK, jam masuk/pulang, impor mesin presensi
    #[command(subcommand)]
    Presence(commands::presence::PresenceCmd),
    /// Cek keberadaan pegawai WFH: sampel, hasil menghubungi, yang ditandai
    #[command(subcommand)]
    Reach(commands::presence::ReachCmd),
    /// Laporan kegiatan pegawai WFH
    #[command(subcommand)]
    Activity(commands::presence::ActivityCmd),
    /// Laporan untuk Sekda (--from --to --out BERKAS.xlsx|.pdf|.csv), atau periksa berkas laporan (verify)
    Report(commands::reports::ReportArgs),
    /// Cadangan basis data: sekarang ke berkas, harian otomatis, daftar, periksa
    #[command(subcommand)]
    Backup(BackupCmd),
    /// Riwayat perubahan: daftar, dan periksa keutuhan rantainya
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Pulihkan basis data dari berkas cadangan (diperiksa dulu; data sebelumnya disimpan)
    Restore {
        /// Berkas cadangan (.db)
        file: PathBuf,
    },
    /// Kunci OPD yang didaftarkan di Sekda (sidik kunci dari Profil Kantor setiap OPD)
    #[command(subcommand)]
    Keys(commands::reports::KeysCmd),
    /// Rekap Sekda: gabungkan laporan banyak OPD (diperiksa satu per satu) ke satu berkas Excel
    Consolidate {
        /// Berkas laporan OPD (.xlsx)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Berkas rekap (.xlsx)
        #[arg(long)]
        out: PathBuf,
    },
    /// Periksa jadwal terhadap SE yang berlaku: setiap pelanggaran per unit dan hari
    Check {
        /// Tanggal awal
        #[arg(long)]
        from: String,
        /// Tanggal akhir
        #[arg(long)]
        to: String,
        #[command(flatten)]
        format: Output,
    },
    /// Kebutuhan WFO tiap unit kerja per hari kerja menurut SE yang berlaku
    Needs {
        /// Tanggal awal (16-04-2024 atau 2024-04-16)
        #[arg(long)]
        from: String,
        /// Tanggal akhir
        #[arg(long)]
        to: String,
        /// Hanya unit kerja ini
        #[arg(long)]
        unit: Option<String>,
        #[command(flatten)]
        format: Output,
    },
}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let cli = match indonesian(Cli::command()).try_get_matches().and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader such as `head` that stops early is not a failure.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            report(&e);
            ExitCode::from(1)
        }
    }
}

/// The database, opened on first use: plan-file, consolidate and report verify work on files
/// only, as on the Sekda's PC, which may have no database.
struct Db {
    path: PathBuf,
    store: Option<Store>,
}

impl Db {
    fn get(&mut self) -> Result<&mut Store, Error> {
        let store = match self.store.take() {
            Some(s) => s,
            None => Store::open(&self.path)?,
        };
        Ok(self.store.insert(store))
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    let mut db = Db { path: store::resolve_path(cli.db), store: None };
    // One command is one action: the clock is read once, here (GILIRAN_TODAY fixes it).
    let now = Clock::from_env()?.now();
    let today = now.date();
    let io = |source: std::io::Error| Error::Io { context: "menulis keluaran", path: "-".into(), source };
    match cli.command {
        Command::Info => {
            println!("Basis data: {}", db.path.display());
            // The file as it is, read-only: a file that is not Giliran's is named, not described.
            if db.path.exists() {
                let c = backup::check(&db.path)?;
                println!("Versi skema: {} (program ini: {})", c.schema_version, store::LATEST_VERSION);
                println!(
                    "Isi: {}, {} pegawai, {} unit kerja",
                    if c.opd_name.is_empty() { "OPD tanpa nama" } else { &c.opd_name },
                    c.staff,
                    c.units
                );
            } else {
                println!("Berkas belum ada: dibuat saat pertama dipakai (versi skema {}).", store::LATEST_VERSION);
            }
        }
        Command::Demo { copies } => {
            let l = match copies {
                Some(n) => demo::load_large(db.get()?, n)?,
                None => demo::load(db.get()?)?,
            };
            println!("Data contoh dimuat: {} unit kerja, {} tim/seksi, {} pegawai.", l.units, l.teams, l.staff);
        }
        Command::Circular(cmd) => circular_cmd(db.get()?, cmd, today).map_err(|e| e.or_io(io))?,
        Command::Holidays(cmd) => holidays_cmd(db.get()?, cmd).map_err(|e| e.or_io(io))?,
        Command::Zone(cmd) => zone_cmd(db.get()?, cmd).map_err(|e| e.or_io(io))?,
        Command::Psbb(cmd) => psbb_cmd(db.get()?, cmd).map_err(|e| e.or_io(io))?,
        Command::Actual(a) => actual_cmd(db.get()?, a, today).map_err(|e| e.or_io(io))?,
        Command::Evaluate(a) => evaluate_cmd(db.get()?, a, today).map_err(|e| e.or_io(io))?,
        Command::Recommend(a) => recommend_cmd(db.get()?, a).map_err(|e| e.or_io(io))?,
        Command::Outage(cmd) => outage_cmd(db.get()?, cmd, today).map_err(|e| e.or_io(io))?,
        Command::Classes(cmd) => classes_cmd(db.get()?, cmd).map_err(|e| e.or_io(io))?,
        Command::Shift(cmd) => shift_cmd(db.get()?, cmd).map_err(|e| e.or_io(io))?,
        Command::Fwa(FwaCmd::Policy(FwaPolicyCmd::Show { on, format })) => {
            fwa_policy_show(db.get()?, &on, format, today).map_err(|e| e.or_io(io))?
        }
        Command::Fwa(FwaCmd::Request(cmd)) => fwa_request_cmd(db.get()?, cmd, today).map_err(|e| e.or_io(io))?,
        Command::Fwa(FwaCmd::Sanction(cmd)) => fwa_sanction_cmd(db.get()?, cmd).map_err(|e| e.or_io(io))?,
        Command::Schedule(ScheduleArgs { cmd: Some(ScheduleCmd::Set { staff, date, code, lock }), .. }) => {
            let a = schedule::set(db.get()?, &staff, &date, &code, lock)?;
            println!("Jadwal disimpan: {} {} {}.", staff, dates::short(a.day), a.code.label());
        }
        Command::Schedule(ScheduleArgs { cmd: Some(ScheduleCmd::Wish { staff, date, code }), .. }) => {
            match schedule::wish(db.get()?, &staff, &date, &code)? {
                Some(w) => {
                    println!("Keinginan dicatat: {} {} {}; berlaku pada penyusunan berikutnya.", staff, dates::short(w.day), w.code.label())
                }
                None => println!("Keinginan {} pada {} dihapus.", staff, date.trim()),
            }
        }
        Command::Schedule(ScheduleArgs { cmd: Some(ScheduleCmd::Copy { week }), .. }) => {
            let n = roster::copy_week_forward(db.get()?, &week)?;
            println!("{n} hari-pegawai disalin ke minggu berikutnya.");
        }
        Command::Schedule(ScheduleArgs { cmd: None, week, unit, format, pdf }) => {
            let week = week.ok_or_else(|| Error::invalid("week", "Sebutkan minggunya, mis. --week 2026-W02."))?;
            match pdf {
                Some(path) => {
                    let n = print::save_week_pdf(db.get()?, &week, &path, today)?;
                    println!("Jadwal cetak disimpan ke {} ({n} bita).", path.display());
                }
                None => week_cmd(db.get()?, &week, unit.as_deref(), format, today).map_err(|e| e.or_io(io))?,
            }
        }
        Command::Plan { from, to } => {
            let o = roster::plan_period_with(db.get()?, &from, &to, &output::progress_line)?;
            for w in &o.warnings {
                println!("Peringatan: {w}");
            }
            println!(
                "Jadwal disusun dan disimpan: {} pegawai, {} hari kerja; {} hari-pegawai berubah dari jadwal sebelumnya.",
                o.staff, o.days, o.moved
            );
            println!(
                "Tim tanpa wakil di kantor: {}; deviasi keadilan terbesar: {}.",
                o.metrics.team_cover_misses,
                format!("{:.2}", o.metrics.fairness_max_dev).replace('.', ",")
            );
            if o.unmet.is_empty() {
                println!("Semua kebutuhan terpenuhi.");
            }
            for u in &o.unmet {
                println!("Tidak terpenuhi: {}, {} {}: {}", u.unit_name, dates::day_name(u.date), dates::short(u.date), u.reason);
            }
        }
        Command::PlanFile { instance, out } => plan_file(&instance, out.as_deref())?,
        Command::Availability(cmd) => availability_cmd(db.get()?, cmd).map_err(|e| e.or_io(io))?,
        Command::Presence(cmd) => commands::presence::presence_cmd(db.get()?, cmd, now).map_err(|e| e.or_io(io))?,
        Command::Reach(cmd) => commands::presence::reach_cmd(db.get()?, cmd, now).map_err(|e| e.or_io(io))?,
        Command::Activity(cmd) => commands::presence::activity_cmd(db.get()?, cmd, today).map_err(|e| e.or_io(io))?,
        Command::Report(args) if !commands::reports::needs_store(&args) => commands::reports::run_without_store(&args)?,
        Command::Report(args) => commands::reports::run(db.get()?, args, today)?,
        // Where there is a database, merging checks each file's key against the registered ones.
        Command::Consolidate { files, out } => {
            let known = if db.path.exists() { report::consolidate::registered(db.get()?)? } else { Vec::new() };
            commands::reports::consolidate(&files, &known, &out)?
        }
        Command::Keys(cmd) => commands::reports::keys(db.get()?, cmd)?,
        Command::Backup(cmd) => backup_cmd(db.get()?, cmd, today)?,
        Command::Audit(AuditCmd::Verify) => {
            let v = giliran_core::office::audit::verify(db.get()?)?;
            if !v.intact {
                return Err(Error::Conflict(v.message));
            }
            println!("{}", v.message);
        }
        Command::Audit(AuditCmd::List { table, limit, format }) => {
            let list = giliran_core::office::audit::recent(db.get()?, table.as_deref(), None, limit)?;
            let rows =
                list.iter().map(|e| vec![e.at.clone(), e.who.clone(), e.action.clone(), e.what.clone(), e.changes.join("; ")]).collect();
            output::print(format, Listing { headers: &["Waktu", "Oleh", "Tindakan", "Data", "Perubahan"], rows, records: &list })
                .map_err(io)?;
        }
        Command::Restore { file } => println!("{}", backup::restore(db.get()?, &file, now)?.message),
        Command::Check { from, to, format } => check_cmd(db.get()?, &from, &to, format).map_err(|e| e.or_io(io))?,
        Command::Needs { from, to, unit, format } => needs_cmd(db.get()?, &from, &to, unit, format).map_err(|e| e.or_io(io))?,
        Command::Staff(cmd) => staff_cmd(db.get()?, cmd, today).map_err(|e| e.or_io(io))?,
        Command::Units(cmd) => units_cmd(db.get()?, cmd).map_err(|e| e.or_io(io))?,
        Command::Office(cmd) => office_cmd(db.get()?, cmd, today).map_err(|e| e.or_io(io))?,
    }
    Ok(())
}

/// A command fails either in the core or while printing.
enum Failure {
    Core(Error),
    Io(std::io::Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Core(e)
    }
}
impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Io(e)
    }
}
impl Failure {
    fn or_io(self, io: impl Fn(std::io::Error) -> Error) -> Error {
        match self {
            Failure::Core(e) => e,
            Failure::Io(e) => io(e),
        }
    }
}

fn date(field: &'static str, s: &str) -> Result<chrono::NaiveDate, Error> {
    dates::parse_field(field, s)
}

fn read_file(path: &std::path::Path) -> Result<String, Error> {
    giliran_core::files::read_text(path)
}
