//! `giliran`: the command line of Giliran, on the same core functions as the window.
//!
//! Exit status: 0 done, 1 refused (bad input, not found, conflict; the database unchanged),
//! 2 wrong usage of the command itself.

mod daily;
mod output;
mod reports;

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
    Presence(daily::PresenceCmd),
    /// Cek keberadaan pegawai WFH: sampel, hasil menghubungi, yang ditandai
    #[command(subcommand)]
    Reach(daily::ReachCmd),
    /// Laporan kegiatan pegawai WFH
    #[command(subcommand)]
    Activity(daily::ActivityCmd),
    /// Laporan untuk Sekda (--from --to --out BERKAS.xlsx|.pdf|.csv), atau periksa berkas laporan (verify)
    Report(reports::ReportArgs),
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
    Keys(reports::KeysCmd),
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

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
struct ScheduleArgs {
    /// Minggu ISO, mis. 2026-W02
    #[arg(long)]
    week: Option<String>,
    #[command(flatten)]
    format: Output,
    /// Simpan jadwal cetak (A4 mendatar) ke berkas PDF ini
    #[arg(long, value_name = "BERKAS.pdf")]
    pdf: Option<PathBuf>,
    #[command(subcommand)]
    cmd: Option<ScheduleCmd>,
}

#[derive(Subcommand)]
enum ScheduleCmd {
    /// Tetapkan jadwal satu pegawai pada satu hari
    Set {
        /// Pegawai (NIP/NIK atau nomor urut)
        staff: String,
        /// Tanggal
        date: String,
        /// WFO, WFH, atau - (tidak masuk)
        code: String,
        /// Kunci supaya penyusunan otomatis tidak mengubahnya
        #[arg(long)]
        lock: bool,
    },
    /// Catat keinginan pegawai (WFO/WFH) pada satu hari; penyusunan otomatis mengabulkannya
    /// sejauh rentang surat edaran mengizinkan. `-` menghapusnya.
    Wish {
        /// Pegawai (NIP/NIK atau nomor urut)
        staff: String,
        /// Tanggal
        date: String,
        /// WFO, WFH, atau - (hapus keinginan)
        code: String,
    },
    /// Salin jadwal satu minggu ke minggu berikutnya (hari yang dikunci di sana tetap)
    Copy {
        /// Minggu ISO, mis. 2026-W02
        #[arg(long)]
        week: String,
    },
}

#[derive(Subcommand)]
enum AvailabilityCmd {
    /// Tandai pegawai tidak masuk (cuti, sakit, dinas luar) atau tidak boleh ke kantor (bergejala)
    Set {
        /// Pegawai (NIP/NIK atau nomor urut)
        staff: String,
        /// Tanggal awal
        #[arg(long)]
        from: String,
        /// Tanggal akhir (bawaan: sama dengan awal)
        #[arg(long)]
        to: Option<String>,
        /// Tidak masuk sama sekali (cuti, sakit, dinas luar); tanpa ini: bekerja tetapi tidak di kantor
        #[arg(long)]
        off: bool,
        /// Alasan: Cuti tahunan, Sakit, Bergejala, Dinas luar...
        #[arg(long)]
        reason: String,
    },
    /// Hapus tanda pada periode
    Clear {
        /// Pegawai
        staff: String,
        /// Tanggal awal
        #[arg(long)]
        from: String,
        /// Tanggal akhir
        #[arg(long)]
        to: Option<String>,
    },
    /// Daftar tanda pada periode
    List {
        /// Tanggal awal
        #[arg(long)]
        from: String,
        /// Tanggal akhir
        #[arg(long)]
        to: String,
        #[command(flatten)]
        format: Output,
    },
}

#[derive(Subcommand)]
enum CircularCmd {
    /// Templat SE bawaan (dari SE yang pernah terbit)
    Templates {
        #[command(flatten)]
        format: Output,
    },
    /// SE kosong sebagai JSON, untuk diisi lalu diimpor (`giliran circular import`)
    Blank,
    /// SE yang dipakai kantor ini
    List {
        #[command(flatten)]
        format: Output,
    },
    /// Tampilkan satu SE beserta aturannya
    Show {
        /// Kode SE (mis. kaltim-2020)
        key: String,
        #[command(flatten)]
        format: Output,
    },
    /// Tambah SE dari templat, dengan masa berlaku sendiri bila perlu
    Add {
        /// Kode templat (lihat `giliran circular templates`)
        #[arg(long)]
        template: String,
        /// Kode SE baru (bawaan: kode templat)
        #[arg(long)]
        key: Option<String>,
        /// Mulai berlaku
        #[arg(long)]
        from: Option<String>,
        /// Akhir berlaku
        #[arg(long)]
        to: Option<String>,
    },
    /// Baca SE dari berkas JSON
    Import {
        /// Berkas JSON SE
        file: PathBuf,
        /// Ganti SE dengan kode yang sama (versi lama tetap di riwayat)
        #[arg(long)]
        replace: bool,
    },
    /// Tulis SE sebagai JSON (ke layar, atau ke --out)
    Export {
        /// Kode SE
        key: String,
        /// Berkas tujuan
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Riwayat perubahan SE
    History {
        /// Kode SE
        key: String,
    },
    /// Pilih SE yang berlaku pada hari-hari yang tumpang tindih
    Choose {
        /// Kode SE; tanpa kode: kembali ke SE yang terakhir ditandatangani
        key: Option<String>,
        /// Tanggal awal
        #[arg(long)]
        from: String,
        /// Tanggal akhir
        #[arg(long)]
        to: String,
    },
}

#[derive(Subcommand)]
enum FwaCmd {
    /// Keputusan kerja fleksibel
    #[command(subcommand)]
    Policy(FwaPolicyCmd),
    /// Pengajuan kerja fleksibel pegawai dan keputusan atasan
    #[command(subcommand)]
    Request(FwaRequestCmd),
    /// Hukuman disiplin: selama masanya pegawai tidak dapat bekerja fleksibel
    #[command(subcommand)]
    Sanction(FwaSanctionCmd),
}

#[derive(Subcommand)]
enum FwaRequestCmd {
    /// Catat pengajuan: hari-hari di luar kantor, lokasi, alasan, bukti, rencana kerja
    Add {
        /// Pegawai (NIP/NIK atau nama)
        staff: String,
        /// Tanggal awal
        #[arg(long)]
        from: String,
        /// Tanggal akhir (bawaan: sama dengan awal)
        #[arg(long, default_value = "")]
        to: String,
        /// Hari dalam seminggu, mis. jumat atau senin,kamis (kosong: setiap hari kerja)
        #[arg(long, default_value = "")]
        days: String,
        /// lokasi (bekerja di luar kantor, bawaan) atau waktu (jam kerja dinamis di kantor)
        #[arg(long, default_value = "lokasi")]
        kind: String,
        /// rumah, kantor_lain, atau lokasi_lain (untuk jenis lokasi)
        #[arg(long, default_value = "")]
        location: String,
        /// kesehatan, keluarga, darurat, atau tugas
        #[arg(long)]
        reason: String,
        /// Bukti pendukung
        #[arg(long, default_value = "")]
        evidence: String,
        /// Rencana kerja dan target
        #[arg(long)]
        plan: String,
    },
    /// Daftar pengajuan
    List {
        /// diajukan, disetujui, ditolak, atau ditarik
        #[arg(long)]
        status: Option<String>,
        /// Unit kerja
        #[arg(long)]
        unit: Option<String>,
        #[command(flatten)]
        format: Output,
    },
    /// Setujui pengajuan
    Approve {
        /// Nomor pengajuan
        id: i64,
        /// Nama atasan yang memutuskan
        #[arg(long)]
        by: String,
        /// Catatan
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Tolak pengajuan, dengan alasannya
    Reject {
        /// Nomor pengajuan
        id: i64,
        /// Nama atasan yang memutuskan
        #[arg(long)]
        by: String,
        /// Alasan penolakan
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Tarik pengajuan (oleh pegawai)
    Withdraw {
        /// Nomor pengajuan
        id: i64,
    },
    /// Simpan formulir pengajuan (A4, kop surat, tanda tangan pegawai dan atasan) ke PDF
    Form {
        /// Nomor pengajuan
        id: i64,
        /// Berkas PDF
        #[arg(long, value_name = "BERKAS.pdf")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum FwaSanctionCmd {
    /// Catat hukuman disiplin untuk masanya
    Add {
        /// Pegawai (NIP/NIK atau nama)
        staff: String,
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        /// Keterangan (mis. nomor SK)
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Daftar hukuman disiplin
    List {
        #[command(flatten)]
        format: Output,
    },
    /// Hapus catatan hukuman disiplin
    Remove {
        /// Nomor catatan
        id: i64,
    },
}

#[derive(Subcommand)]
enum FwaPolicyCmd {
    /// Tampilkan keputusan kerja fleksibel yang berlaku pada tanggal ini (bawaan: hari ini)
    Show {
        /// Tanggal
        #[arg(long, default_value = "")]
        on: String,
        #[command(flatten)]
        format: Output,
    },
}

#[derive(Subcommand)]
enum ShiftCmd {
    /// Tampilkan pengaturan shift unit dan anggota tiap regu
    Show {
        /// Unit kerja (nomor atau nama)
        unit: String,
        #[command(flatten)]
        format: Output,
    },
    /// Atur shift unit; pegawainya dibagi rata ke regu-regu, tim demi tim
    Set {
        /// Unit kerja (nomor atau nama)
        unit: String,
        /// Pola: harian (bergantian tiap hari kerja), mingguan, atau hari (hari tetap per regu)
        #[arg(long)]
        pattern: String,
        /// Giliran dihitung sejak tanggal ini
        #[arg(long)]
        start: String,
        /// Regu, berulang: "Regu A", atau untuk pola hari "Regu A:senin,rabu,jumat"
        #[arg(long = "group", required = true)]
        groups: Vec<String>,
    },
    /// Pindahkan seorang pegawai ke regu lain (atau keluar dari regu dengan --none)
    Move {
        /// Unit kerja (nomor atau nama)
        unit: String,
        /// NIP/NIK atau nama pegawai
        person: String,
        /// Nama regu tujuan
        #[arg(long, conflicts_with = "none")]
        group: Option<String>,
        /// Keluarkan dari semua regu
        #[arg(long)]
        none: bool,
    },
    /// Hapus pengaturan shift unit (kembali dijadwalkan per orang)
    Clear {
        /// Unit kerja (nomor atau nama)
        unit: String,
    },
}

#[derive(Subcommand)]
enum ClassesCmd {
    /// Daftar kelas layanan: yang baku, lalu milik kantor
    List {
        #[command(flatten)]
        format: Output,
    },
    /// Namai kelas layanan baru milik kantor
    Add {
        /// Nama kelas, mis. "Layanan kesehatan"
        name: String,
        /// Kelas baku yang berlaku bila SE tidak menyebut kelas ini (esensial, layanan_publik, administrasi)
        #[arg(long)]
        counts_as: String,
    },
    /// Ubah nama kelas milik kantor atau kelas baku yang dipakainya
    Update {
        /// Kode atau nama kelas
        class: String,
        /// Nama baru (kosong: tetap)
        #[arg(long)]
        name: Option<String>,
        /// Kelas baku yang dipakai bila SE tidak menyebutnya
        #[arg(long)]
        counts_as: Option<String>,
    },
    /// Hapus kelas milik kantor yang tidak dipakai unit atau SE mana pun
    Remove {
        /// Kode atau nama kelas
        class: String,
    },
}

#[derive(Subcommand)]
enum ZoneCmd {
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
enum HolidaysCmd {
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

#[derive(Subcommand)]
enum AuditCmd {
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
enum BackupCmd {
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

#[derive(Subcommand)]
enum StaffCmd {
    /// Simpan daftar pegawai dan unit kerja ke .xlsx (templat impor) atau .csv
    Export {
        /// Berkas tujuan
        file: PathBuf,
    },
    /// Simpan templat impor kosong (.xlsx) beserta petunjuknya
    Template {
        /// Berkas tujuan
        file: PathBuf,
    },
    /// Impor pegawai dari .xlsx/.ods/.csv: semua baris atau tidak sama sekali
    Import {
        /// Berkas pegawai
        file: PathBuf,
        /// Hanya periksa dan tampilkan; tidak menyimpan apa pun
        #[arg(long)]
        preview: bool,
        /// Pemetaan kolom, mis. --map id_number="NIP BARU" --map unit=SATKER
        /// (kolom: kind, id_number, nik, name, jabatan_class, jabatan, golongan, unit, team, phone, status, machine_id)
        #[arg(long = "map", value_name = "KOLOM=JUDUL")]
        map: Vec<String>,
        /// Lembar yang dibaca, bila berkas berisi beberapa lembar
        #[arg(long)]
        sheet: Option<String>,
    },
    /// Tampilkan daftar pegawai
    List {
        /// Hanya unit kerja ini (nomor atau nama), termasuk tim/seksinya
        #[arg(long)]
        unit: Option<String>,
        /// Cari pada nama, NIP/NIK, atau jabatan
        #[arg(long)]
        search: Option<String>,
        /// Sertakan pegawai nonaktif
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        format: Output,
    },
    /// Tampilkan satu pegawai (nomor urut atau NIP/NIK)
    Show {
        /// Nomor urut atau NIP/NIK
        key: String,
        #[command(flatten)]
        format: Output,
    },
    /// Tambah pegawai
    Add(StaffArgs),
    /// Ubah data pegawai (hanya isian yang diberikan)
    Edit {
        /// Nomor urut atau NIP/NIK
        key: String,
        #[command(flatten)]
        args: StaffArgs,
    },
    /// Nonaktifkan pegawai (tetap tersimpan dalam riwayat)
    Deactivate {
        /// Nomor urut atau NIP/NIK
        key: String,
        /// Hari pertama tidak lagi bekerja di sini (pensiun, mutasi); bawaan: hari ini
        #[arg(long)]
        from: Option<String>,
    },
    /// Aktifkan kembali pegawai
    Activate {
        /// Nomor urut atau NIP/NIK
        key: String,
    },
}

#[derive(Args, Default)]
struct StaffArgs {
    /// Jenis pegawai: pns, pppk, non_asn
    #[arg(long)]
    kind: Option<String>,
    /// NIP (PNS), NI PPPK, atau NIK/nomor internal (Non-ASN)
    #[arg(long)]
    number: Option<String>,
    /// Nama lengkap dengan gelar
    #[arg(long)]
    name: Option<String>,
    /// Kelas jabatan: jpt_pratama, administrator, pengawas, fungsional, pelaksana
    #[arg(long)]
    jabatan_class: Option<String>,
    /// Nama jabatan
    #[arg(long)]
    jabatan: Option<String>,
    /// Golongan: III/a (PNS), IX (PPPK)
    #[arg(long)]
    golongan: Option<String>,
    /// Unit kerja (nomor atau nama; nama tim/seksi juga boleh)
    #[arg(long)]
    unit: Option<String>,
    /// Tim/seksi (nomor atau nama)
    #[arg(long)]
    team: Option<String>,
    /// Nomor telepon
    #[arg(long)]
    phone: Option<String>,
    /// ID pegawai pada mesin presensi (AC-No./PIN); kosongkan dengan ""
    #[arg(long)]
    machine_id: Option<String>,
}

#[derive(Subcommand)]
enum UnitsCmd {
    /// Tampilkan unit kerja dan tim/seksi
    List {
        #[command(flatten)]
        format: Output,
    },
    /// Tambah unit kerja, atau tim/seksi dengan --parent
    Add {
        /// Nama unit kerja atau tim/seksi
        name: String,
        /// Kelas layanan: esensial, layanan_publik, administrasi
        #[arg(long)]
        class: Option<String>,
        /// Unit induk (untuk tim/seksi)
        #[arg(long)]
        parent: Option<String>,
    },
    /// Ganti nama unit kerja
    Rename {
        /// Unit kerja (nomor atau nama)
        unit: String,
        /// Nama baru
        name: String,
    },
    /// Ubah kelas layanan unit kerja
    Class {
        /// Unit kerja (nomor atau nama)
        unit: String,
        /// esensial, layanan_publik, atau administrasi
        class: String,
    },
    /// Pindahkan ke bawah unit lain (--parent) atau jadikan unit utama (--top)
    Move {
        /// Unit kerja (nomor atau nama)
        unit: String,
        #[arg(long, conflicts_with = "top", required_unless_present = "top")]
        parent: Option<String>,
        /// Jadikan unit kerja utama
        #[arg(long)]
        top: bool,
    },
    /// Hapus unit kerja yang kosong
    Delete {
        /// Unit kerja (nomor atau nama)
        unit: String,
    },
}

#[derive(Subcommand)]
enum OfficeCmd {
    /// Tampilkan profil kantor
    Show {
        #[command(flatten)]
        format: Output,
    },
    /// Ubah profil kantor (hanya isian yang diberikan)
    Set(Box<OfficeArgs>),
}

#[derive(Args)]
struct OfficeArgs {
    /// provinsi, kabupaten, atau kota
    #[arg(long)]
    gov_level: Option<String>,
    #[arg(long)]
    region: Option<String>,
    #[arg(long)]
    opd_name: Option<String>,
    #[arg(long)]
    address: Option<String>,
    /// Tempat penandatanganan (mis. Samarinda)
    #[arg(long)]
    city: Option<String>,
    #[arg(long)]
    phone: Option<String>,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    head_name: Option<String>,
    #[arg(long)]
    head_nip: Option<String>,
    #[arg(long)]
    head_golongan: Option<String>,
    #[arg(long)]
    head_jabatan: Option<String>,
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

/// `giliran staff list | head`: when the reader closes the pipe, end quietly as Unix tools
/// do (the default action of SIGPIPE) instead of panicking in `println!`. Rust ignores
/// SIGPIPE at start-up, which turns every later write into an error.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread starts; SIG_DFL is a valid action.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Clap's own flags and headings, in Indonesian, on every subcommand.
fn indonesian(cmd: clap::Command) -> clap::Command {
    let cmd = cmd
        .disable_help_subcommand(true)
        .subcommand_help_heading("Perintah")
        .help_template("{about}\n\nPemakaian: {usage}\n\n{all-args}")
        .mut_args({
            let mut order = 0;
            move |a| {
                order += 1;
                let heading = if a.is_positional() { "Argumen" } else { "Pilihan" };
                a.help_heading(heading).display_order(order)
            }
        })
        .mut_subcommands(indonesian);
    let cmd = if cmd.get_version().is_some() {
        cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("Tampilkan versi")
                .help_heading("Pilihan"),
        )
    } else {
        cmd
    };
    cmd.disable_help_flag(true).arg(
        clap::Arg::new("help").short('h').long("help").action(clap::ArgAction::Help).help("Tampilkan bantuan ini").help_heading("Pilihan"),
    )
}

/// Help and version go out as clap writes them; a usage mistake is explained in Indonesian,
/// exit status 2.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ErrorKind};
    let ctx = |k: ContextKind| e.get(k).map(|v| v.to_string()).unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand { 2 } else { 0 });
        }
        ErrorKind::InvalidSubcommand => format!("perintah tidak dikenal: {}", ctx(ContextKind::InvalidSubcommand)),
        ErrorKind::UnknownArgument => format!("pilihan tidak dikenal: {}", ctx(ContextKind::InvalidArg)),
        ErrorKind::MissingRequiredArgument => format!("isian wajib belum diberikan: {}", ctx(ContextKind::InvalidArg)),
        ErrorKind::InvalidValue => format!(
            "nilai \"{}\" tidak sah untuk {} (pilihan: {})",
            ctx(ContextKind::InvalidValue),
            ctx(ContextKind::InvalidArg),
            ctx(ContextKind::ValidValue)
        ),
        ErrorKind::ArgumentConflict => {
            format!("{} tidak dapat dipakai bersama {}", ctx(ContextKind::InvalidArg), ctx(ContextKind::PriorArg))
        }
        ErrorKind::MissingSubcommand => "perintah belum diberikan".into(),
        _ => "perintah tidak dapat dipahami".into(),
    };
    eprintln!("Kesalahan pemakaian: {what}.\nLihat `giliran --help` atau `giliran PERINTAH --help`.");
    ExitCode::from(2)
}

/// Prints an error for a person at a terminal: one line per problem; a problem with a flag
/// of the command is named by its flag, one with a row or a whole file speaks for itself.
fn report(e: &Error) {
    match e {
        Error::Invalid(fields) => {
            eprintln!("Kesalahan: data tidak disimpan.");
            for f in fields {
                match f.field {
                    "row" | "file" | "mapping" | "header_row" | "rules" => eprintln!("  {}", f.message),
                    _ => eprintln!("  --{}: {}", flag(f.field), f.message),
                }
            }
        }
        _ => eprintln!("Kesalahan: {}", e.detail()),
    }
}

fn flag(field: &str) -> String {
    match field {
        "id_number" => "number".into(),
        "unit_id" => "unit".into(),
        "team_id" => "team".into(),
        "parent_id" => "parent".into(),
        "service_class" => "class".into(),
        "leave_kind" => "kind".into(),
        "check_in" => "in".into(),
        "check_out" => "out".into(),
        other => other.replace('_', "-"),
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
        Command::Schedule(ScheduleArgs { cmd: None, week, format, pdf }) => {
            let week = week.ok_or_else(|| Error::invalid("week", "Sebutkan minggunya, mis. --week 2026-W02."))?;
            match pdf {
                Some(path) => {
                    let n = print::save_week_pdf(db.get()?, &week, &path, today)?;
                    println!("Jadwal cetak disimpan ke {} ({n} bita).", path.display());
                }
                None => week_cmd(db.get()?, &week, format, today).map_err(|e| e.or_io(io))?,
            }
        }
        Command::Plan { from, to } => {
            let o = roster::plan_period_with(db.get()?, &from, &to, &progress_line)?;
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
        Command::Presence(cmd) => daily::presence_cmd(db.get()?, cmd, now).map_err(|e| e.or_io(io))?,
        Command::Reach(cmd) => daily::reach_cmd(db.get()?, cmd, now).map_err(|e| e.or_io(io))?,
        Command::Activity(cmd) => daily::activity_cmd(db.get()?, cmd, today).map_err(|e| e.or_io(io))?,
        Command::Report(args) if !reports::needs_store(&args) => reports::run_without_store(&args)?,
        Command::Report(args) => reports::run(db.get()?, args, today)?,
        // Where there is a database, merging checks each file's key against the registered ones.
        Command::Consolidate { files, out } => {
            let known = if db.path.exists() { report::consolidate::registered(db.get()?)? } else { Vec::new() };
            reports::consolidate(&files, &known, &out)?
        }
        Command::Keys(cmd) => reports::keys(db.get()?, cmd)?,
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

fn staff_rows(list: &[giliran_core::model::Staff]) -> Vec<Vec<String>> {
    list.iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.id_display.clone(),
                p.name.clone(),
                p.kind.label().into(),
                p.jabatan.clone(),
                p.pangkat_display.clone(),
                p.unit_name.clone(),
                p.team_name.clone().unwrap_or_default(),
                p.phone_display.clone(),
                if p.active { "aktif" } else { "nonaktif" }.into(),
            ]
        })
        .collect()
}

const STAFF_HEADERS: &[&str] =
    &["No", "NIP/NIK", "Nama", "Jenis", "Jabatan", "Pangkat/Gol.", "Unit kerja", "Tim/Seksi", "Telepon", "Status"];

fn backup_cmd(s: &mut Store, cmd: BackupCmd, today: NaiveDate) -> Result<(), Error> {
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

fn staff_cmd(s: &mut Store, cmd: StaffCmd, today: NaiveDate) -> Result<(), Failure> {
    match cmd {
        StaffCmd::Export { file } => {
            let n = giliran_core::files::staff_io::export(s, &file)?;
            println!("{n} pegawai disimpan ke {}.", file.display());
        }
        StaffCmd::Template { file } => {
            giliran_core::files::staff_io::template(&file)?;
            println!("Templat impor pegawai disimpan ke {}.", file.display());
        }
        StaffCmd::Import { file, preview, map, sheet } => {
            let mut mapping = giliran_core::files::staff_io::Mapping::default();
            if let Some(s) = &sheet {
                mapping.0.insert("sheet".into(), s.clone());
            }
            for m in &map {
                let (k, v) = m
                    .split_once('=')
                    .ok_or_else(|| Error::invalid("map", format!("Tulis --map KOLOM=JUDUL, mis. --map unit=SATKER (tertulis \"{m}\").")))?;
                mapping.0.insert(k.trim().to_string(), v.trim().trim_matches('"').to_string());
            }
            let given = (!mapping.0.is_empty()).then_some(&mapping);
            let p = if preview {
                giliran_core::files::staff_io::preview(s, &file, given, today)?
            } else {
                giliran_core::files::staff_io::import(s, &file, given, today)?
            };
            println!("{}{}", if preview { "Pratinjau (belum disimpan): " } else { "Diimpor: " }, p.message);
            for c in &p.columns {
                println!("Kolom: {c}");
            }
            for n in &p.notes {
                println!("Catatan: {n}");
            }
            for u in &p.new_units {
                println!("Unit/tim baru: {u}");
            }
            for c in &p.changed {
                println!("Baris {}: {} ({}): {}", c.row, c.name, c.id_display, c.changes.join("; "));
            }
            for problem in &p.problems {
                println!("{problem}");
            }
            if preview && !p.problems.is_empty() {
                return Err(Error::Conflict(format!("{} baris bermasalah; berkas ini belum dapat diimpor.", p.problems.len())).into());
            }
        }
        StaffCmd::List { unit, search, all, format } => {
            let unit_id = unit.map(|u| units::find(s, &u)).transpose()?.map(|u| u.id);
            let f = StaffFilter { search: search.unwrap_or_default(), unit_id, include_inactive: all };
            let list = staff::list(s, &f)?;
            output::print(format, Listing { headers: STAFF_HEADERS, rows: staff_rows(&list), records: &list })?;
        }
        StaffCmd::Show { key, format } => {
            let p = staff::find(s, &key)?;
            output::print(format, Listing { headers: STAFF_HEADERS, rows: staff_rows(std::slice::from_ref(&p)), records: &p })?;
        }
        StaffCmd::Add(a) => {
            let mut input = StaffInput::default();
            apply(s, &mut input, a)?;
            let p = staff::add(s, &input, today)?;
            println!("Pegawai ditambahkan: {} ({}), nomor {}.", p.name, p.id_display, p.id);
        }
        StaffCmd::Edit { key, args } => {
            let p = staff::find(s, &key)?;
            let mut input = staff::input_of(&p);
            apply(s, &mut input, args)?;
            let p = staff::edit(s, p.id, &input, today)?;
            println!("Data pegawai disimpan: {} ({}).", p.name, p.id_display);
        }
        StaffCmd::Deactivate { key, from } => {
            let p = staff::find(s, &key)?;
            let from = match from {
                Some(d) => date("from", &d)?,
                None => today,
            };
            let p = staff::set_active(s, p.id, false, from)?;
            println!("{} dinonaktifkan sejak {}; datanya tetap tersimpan.", p.name, dates::short(from));
        }
        StaffCmd::Activate { key } => {
            let p = staff::find(s, &key)?;
            let p = staff::set_active(s, p.id, true, today)?;
            println!("{} diaktifkan kembali.", p.name);
        }
    }
    Ok(())
}

/// Overwrites a field only where a flag was given.
fn set(slot: &mut String, v: Option<String>) {
    if let Some(v) = v {
        *slot = v;
    }
}

/// Fills `input` with the flags given; units and teams are looked up by number or name.
fn apply(s: &mut Store, input: &mut StaffInput, a: StaffArgs) -> Result<(), Error> {
    set(&mut input.kind, a.kind);
    set(&mut input.id_number, a.number);
    set(&mut input.name, a.name);
    set(&mut input.jabatan_class, a.jabatan_class);
    set(&mut input.jabatan, a.jabatan);
    set(&mut input.golongan, a.golongan);
    set(&mut input.phone, a.phone);
    set(&mut input.machine_id, a.machine_id);
    if let Some(u) = a.unit {
        input.unit_id = Some(units::find(s, &u)?.id);
        input.team_id = None;
    }
    if let Some(t) = a.team {
        input.team_id = Some(units::find(s, &t)?.id);
    }
    Ok(())
}

fn units_cmd(s: &mut Store, cmd: UnitsCmd) -> Result<(), Failure> {
    match cmd {
        UnitsCmd::List { format } => {
            let list = units::list(s)?;
            let book = classes::book(s)?;
            let name_of = |id: Option<i64>| id.and_then(|id| list.iter().find(|u| u.id == id)).map(|u| u.name.clone()).unwrap_or_default();
            let rows = list
                .iter()
                .map(|u| {
                    let indent = if u.parent_id.is_some() { "  " } else { "" };
                    vec![u.id.to_string(), format!("{indent}{}", u.name), book.label(&u.class_key()), name_of(u.parent_id)]
                })
                .collect();
            output::print(format, Listing { headers: &["No", "Nama", "Kelas layanan", "Induk"], rows, records: &list })?;
        }
        UnitsCmd::Add { name, class, parent } => {
            let parent_id = parent.map(|p| units::find(s, &p)).transpose()?.map(|u| u.id);
            let u = units::add(s, &UnitInput { name, service_class: class.unwrap_or_default(), parent_id, workdays: None })?;
            println!("Unit kerja ditambahkan: {} (nomor {}).", u.name, u.id);
        }
        UnitsCmd::Rename { unit, name } => {
            let u = units::find(s, &unit)?;
            let u = units::rename(s, u.id, &name)?;
            println!("Nama unit kerja sekarang: {}.", u.name);
        }
        UnitsCmd::Class { unit, class } => {
            let u = units::find(s, &unit)?;
            let u = units::set_class(s, u.id, &class)?;
            println!("Kelas layanan {}: {}.", u.name, classes::book(s)?.label(&u.class_key()));
        }
        UnitsCmd::Move { unit, parent, top } => {
            let u = units::find(s, &unit)?;
            let parent_id = if top { None } else { parent.map(|p| units::find(s, &p)).transpose()?.map(|u| u.id) };
            let u = units::move_to(s, u.id, parent_id)?;
            println!("{} dipindahkan.", u.name);
        }
        UnitsCmd::Delete { unit } => {
            let u = units::find(s, &unit)?;
            units::delete(s, u.id)?;
            println!("{} dihapus.", u.name);
        }
    }
    Ok(())
}

fn office_cmd(s: &mut Store, cmd: OfficeCmd, today: NaiveDate) -> Result<(), Failure> {
    match cmd {
        OfficeCmd::Show { format } => {
            let o = profile::get(s)?;
            let rows = vec![
                vec!["Pemerintah".into(), o.government_line()],
                vec!["Nama OPD".into(), o.opd_name.clone()],
                vec!["Alamat".into(), o.address.clone()],
                vec!["Tempat".into(), o.city.clone()],
                vec!["Telepon".into(), giliran_core::phone_display(&o.phone)],
                vec!["Surel".into(), o.email.clone()],
                vec!["Kepala OPD".into(), o.head_name.clone()],
                vec!["NIP".into(), giliran_core::model::nip::group(&o.head_nip)],
                vec![
                    "Pangkat/Gol.".into(),
                    giliran_core::model::golongan::pangkat_display(giliran_core::model::StaffKind::Pns, &o.head_golongan),
                ],
                vec!["Jabatan".into(), o.head_jabatan.clone()],
            ];
            output::print(format, Listing { headers: &["Isian", "Nilai"], rows, records: &o })?;
        }
        OfficeCmd::Set(a) => {
            let mut o: Office = profile::get(s)?;
            if let Some(l) = a.gov_level {
                o.gov_level = Some(GovLevel::parse(&l).ok_or_else(|| {
                    Error::invalid("gov_level", format!("Tingkat pemerintahan tidak dikenal: \"{l}\". Pilih: {}.", GovLevel::choices()))
                })?);
            }
            set(&mut o.region, a.region);
            set(&mut o.opd_name, a.opd_name);
            set(&mut o.address, a.address);
            set(&mut o.city, a.city);
            set(&mut o.phone, a.phone);
            set(&mut o.email, a.email);
            set(&mut o.head_name, a.head_name);
            set(&mut o.head_nip, a.head_nip);
            set(&mut o.head_golongan, a.head_golongan);
            set(&mut o.head_jabatan, a.head_jabatan);
            profile::save(s, &o, today)?;
            println!("Profil kantor disimpan.");
        }
    }
    Ok(())
}

fn date(field: &'static str, s: &str) -> Result<chrono::NaiveDate, Error> {
    dates::parse_field(field, s)
}

fn read_file(path: &std::path::Path) -> Result<String, Error> {
    giliran_core::files::read_text(path)
}

fn circular_rows(list: &[&Circular]) -> Vec<Vec<String>> {
    list.iter()
        .map(|c| {
            vec![
                c.key.clone(),
                c.number.clone(),
                c.issuer.clone(),
                dates::short(c.signed_on),
                format!("{} s.d. {}", dates::short(c.valid_from), c.valid_to.map(dates::short).unwrap_or_else(|| "dicabut".into())),
                c.title.clone(),
            ]
        })
        .collect()
}

const CIRCULAR_HEADERS: &[&str] = &["Kode", "Nomor", "Penerbit", "Ditandatangani", "Berlaku", "Perihal"];

fn circular_cmd(s: &mut Store, cmd: CircularCmd, today: NaiveDate) -> Result<(), Failure> {
    match cmd {
        CircularCmd::Templates { format } => {
            let all = circulars::templates();
            let refs: Vec<&Circular> = all.iter().collect();
            output::print(format, Listing { headers: CIRCULAR_HEADERS, rows: circular_rows(&refs), records: &all })?;
        }
        CircularCmd::Blank => println!("{}", circulars::blank(today).to_json()),
        CircularCmd::List { format } => {
            let all = circulars::list(s)?;
            let refs: Vec<&Circular> = all.iter().map(|c| &c.circular).collect();
            output::print(format, Listing { headers: CIRCULAR_HEADERS, rows: circular_rows(&refs), records: &all })?;
        }
        CircularCmd::Show { key, format } => {
            let c = circulars::get(s, &key)?.circular;
            let mut rows = vec![
                vec!["Kode".into(), c.key.clone()],
                vec!["Dasar".into(), c.citation()],
                vec!["Perihal".into(), c.title.clone()],
                vec!["Ditandatangani".into(), dates::long(c.signed_on)],
                vec![
                    "Berlaku".into(),
                    format!("{} s.d. {}", dates::long(c.valid_from), c.valid_to.map(dates::long).unwrap_or_else(|| "dicabut".into())),
                ],
            ];
            let book = classes::book(s)?;
            for class in book.choices() {
                let rule = match c.rule_for(&class.key) {
                    Some(r) => r.describe(),
                    None if class.own => match c.rule_for(&class.counts_as.into()) {
                        Some(r) => format!("{} (seperti {})", r.describe(), class.counts_as_label.to_lowercase()),
                        None => "Normal: semua pegawai WFO".into(),
                    },
                    None => "Normal: semua pegawai WFO".into(),
                };
                rows.push(vec![format!("Unit {}", class.label.to_lowercase()), rule]);
            }
            for r in &c.day_rules {
                rows.push(vec!["Aturan hari".into(), r.text(&book)]);
            }
            if let Some(note) = c.inferred_note() {
                rows.push(vec!["Perhatian".into(), note]);
            }
            if !c.not_counted.is_empty() {
                rows.push(vec!["Tidak dihitung".into(), c.not_counted.iter().map(|j| j.label()).collect::<Vec<_>>().join(", ")]);
            }
            if c.health_rule {
                rows.push(vec!["Kesehatan".into(), "Pegawai sakit atau bergejala tidak dijadwalkan WFO".into()]);
            }
            if let Some(f) = &c.flexible {
                rows.push(vec!["Kerja fleksibel".into(), f.describe()]);
            }
            if !c.obligations.report_to_sekda.is_empty() {
                rows.push(vec!["Laporan ke Sekda".into(), c.obligations.report_to_sekda.clone()]);
            }
            rows.push(vec!["Sumber".into(), c.source.clone()]);
            output::print(format, Listing { headers: &["Isian", "Nilai"], rows, records: &c })?;
        }
        CircularCmd::Add { template, key, from, to } => {
            let c = circulars::add_from_template(s, &template, key.as_deref(), from.as_deref(), to.as_deref())?;
            println!("SE ditambahkan: {} ({}).", c.citation(), c.key);
        }
        CircularCmd::Import { file, replace } => {
            let c = circulars::import(s, &read_file(&file)?, replace)?;
            println!("SE dibaca dari {}: {} ({}).", file.display(), c.citation(), c.key);
        }
        CircularCmd::Export { key, out } => {
            let json = circulars::export(s, &key)?;
            match out {
                Some(path) => {
                    std::fs::write(&path, format!("{json}\n")).map_err(|source| Error::Io {
                        context: "menulis berkas",
                        path: path.clone(),
                        source,
                    })?;
                    println!("SE {key} ditulis ke {}.", path.display());
                }
                None => println!("{json}"),
            }
        }
        CircularCmd::History { key } => {
            let rows = circulars::history(s, &key)?
                .into_iter()
                .map(|h| vec![h.at, h.action, h.circular.number, h.circular.valid_to.map(dates::short).unwrap_or_default()])
                .collect();
            output::print(Output::default(), Listing { headers: &["Waktu", "Tindakan", "Nomor", "Akhir berlaku"], rows, records: &() })?;
        }
        CircularCmd::Choose { key, from, to } => {
            let n = circulars::choose(s, key.as_deref(), &from, &to)?;
            match key {
                Some(k) => println!("{n} hari mengikuti SE {k}."),
                None => println!("{n} hari kembali mengikuti SE yang terakhir ditandatangani."),
            }
        }
    }
    Ok(())
}

fn fwa_request_cmd(s: &mut Store, cmd: FwaRequestCmd, today: NaiveDate) -> Result<(), Failure> {
    use giliran_core::model::fwa::{Request, RequestInput};
    let said = |r: &Request| {
        format!("Pengajuan nomor {}: {} ({}), {}, {}.", r.id, r.staff_name, r.unit_name, r.when, r.status.label().to_lowercase())
    };
    match cmd {
        FwaRequestCmd::Add { staff: who, from, to, days, kind, location, reason, evidence, plan } => {
            let p = staff::find(s, &who)?;
            let input = RequestInput {
                staff_id: Some(p.id),
                from,
                to,
                days: days.split(',').map(str::trim).filter(|d| !d.is_empty()).map(String::from).collect(),
                kind,
                location,
                reason,
                evidence,
                work_plan: plan,
            };
            println!("{}", said(&fwa::add(s, &input)?));
        }
        FwaRequestCmd::List { status, unit, format } => {
            let unit = unit.map(|u| units::find(s, &u)).transpose()?.map(|u| u.id);
            let all = fwa::list(s, status.as_deref(), unit)?;
            let rows = all
                .iter()
                .map(|r| {
                    vec![
                        r.id.to_string(),
                        r.staff_name.clone(),
                        r.unit_name.clone(),
                        r.when.clone(),
                        r.location.map_or_else(|| r.kind.label().to_string(), |l| l.label().to_string()),
                        r.reason.label().into(),
                        r.status.label().into(),
                        [r.decided_by.as_str(), r.decision_note.as_str()]
                            .iter()
                            .filter(|x| !x.is_empty())
                            .copied()
                            .collect::<Vec<_>>()
                            .join(": "),
                    ]
                })
                .collect();
            output::print(
                format,
                Listing {
                    headers: &["No", "Pegawai", "Unit kerja", "Hari", "Lokasi", "Alasan", "Status", "Keputusan"],
                    rows,
                    records: &all,
                },
            )?;
        }
        FwaRequestCmd::Approve { id, by, note } => println!("{}", said(&fwa::approve(s, id, &by, &note, today)?)),
        FwaRequestCmd::Reject { id, by, note } => println!("{}", said(&fwa::reject(s, id, &by, &note, today)?)),
        FwaRequestCmd::Withdraw { id } => println!("{}", said(&fwa::withdraw(s, id)?)),
        FwaRequestCmd::Form { id, out } => {
            let bytes = giliran_core::files::fwa_form::save_pdf(s, id, &out, today)?;
            println!("Formulir pengajuan nomor {id} disimpan ke {} ({} KB).", out.display(), bytes.div_ceil(1024));
        }
    }
    Ok(())
}

fn fwa_sanction_cmd(s: &mut Store, cmd: FwaSanctionCmd) -> Result<(), Failure> {
    match cmd {
        FwaSanctionCmd::Add { staff: who, from, to, note } => {
            let p = staff::find(s, &who)?;
            let x = fwa::sanction_add(s, p.id, &from, &to, &note)?;
            println!("Hukuman disiplin {} dicatat: {} s.d. {} (nomor {}).", p.name, dates::short(x.from), dates::short(x.to), x.id);
        }
        FwaSanctionCmd::List { format } => {
            let all = fwa::sanctions(s)?;
            let mut rows = Vec::new();
            for x in &all {
                rows.push(vec![
                    x.id.to_string(),
                    staff::get(s, x.staff_id)?.name,
                    dates::short(x.from),
                    dates::short(x.to),
                    x.note.clone(),
                ]);
            }
            output::print(format, Listing { headers: &["No", "Pegawai", "Dari", "Sampai", "Keterangan"], rows, records: &all })?;
        }
        FwaSanctionCmd::Remove { id } => {
            fwa::sanction_remove(s, id)?;
            println!("Catatan hukuman disiplin nomor {id} dihapus.");
        }
    }
    Ok(())
}

fn fwa_policy_show(s: &mut Store, on: &str, format: Output, today: NaiveDate) -> Result<(), Failure> {
    let Some(p) = fwa::policy(s, on, today)? else {
        return Err(Failure::from(giliran_core::Error::NotFound(
            "Keputusan kerja fleksibel yang berlaku pada tanggal itu (tambahkan dengan `giliran circular add --template fleksibel-2025`)"
                .into(),
        )));
    };
    let mut rows = vec![
        vec!["Dasar".to_string(), p.citation.clone()],
        vec!["Berlaku".into(), p.valid.clone()],
        vec!["Kerja fleksibel".into(), p.summary.clone()],
    ];
    rows.extend(p.rules.iter().map(|r| vec!["Aturan".to_string(), r.clone()]));
    rows.extend(p.persons.iter().map(|r| vec!["Pegawai".to_string(), r.clone()]));
    output::print(format, Listing { headers: &["Isian", "Nilai"], rows, records: &p })?;
    Ok(())
}

fn shift_cmd(s: &mut Store, cmd: ShiftCmd) -> Result<(), Failure> {
    let print_groups = |s: &mut Store, shift: &giliran_core::model::shift::UnitShift| -> Result<(), Failure> {
        println!("{}", shift.describe());
        for g in &shift.groups {
            let names: Vec<String> = g.members.iter().map(|m| staff::get(s, *m).map(|p| p.name)).collect::<Result<_, _>>()?;
            println!("  {} ({} orang): {}", g.name, names.len(), names.join(", "));
        }
        Ok(())
    };
    match cmd {
        ShiftCmd::Show { unit, format } => {
            let u = units::find(s, &unit)?;
            let shift = shifts::get(s, u.id)?;
            match (format.is_table(), &shift) {
                (true, Some(shift)) => print_groups(s, shift)?,
                (true, None) => println!("{} belum memakai shift; pegawainya dijadwalkan per orang.", u.name),
                (false, _) => {
                    let rows = shift
                        .iter()
                        .flat_map(|sh| sh.groups.iter().flat_map(|g| g.members.iter().map(|m| vec![g.name.clone(), m.to_string()])))
                        .collect();
                    output::print(format, Listing { headers: &["Regu", "Nomor pegawai"], rows, records: &shift })?
                }
            }
        }
        ShiftCmd::Set { unit, pattern, start, groups } => {
            let u = units::find(s, &unit)?;
            let groups = groups
                .iter()
                .map(|g| {
                    let (name, days) = g.split_once(':').unwrap_or((g, ""));
                    shifts::GroupInput {
                        name: name.trim().to_string(),
                        days: days.split(',').map(str::trim).filter(|d| !d.is_empty()).map(String::from).collect(),
                        members: Vec::new(),
                    }
                })
                .collect();
            let shift = shifts::set(s, u.id, &shifts::ShiftInput { pattern, start, groups })?;
            println!("Shift {} disimpan.", u.name);
            print_groups(s, &shift)?;
        }
        ShiftCmd::Move { unit, person, group, none } => {
            let u = units::find(s, &unit)?;
            let p = staff::find(s, &person)?;
            if group.is_none() && !none {
                return Err(Failure::from(giliran_core::Error::invalid("group", "Sebutkan --group NAMA atau --none.")));
            }
            let shift = shifts::move_member(s, u.id, p.id, group.as_deref())?;
            print_groups(s, &shift)?;
        }
        ShiftCmd::Clear { unit } => {
            let u = units::find(s, &unit)?;
            shifts::clear(s, u.id)?;
            println!("Shift {} dihapus; pegawainya kembali dijadwalkan per orang.", u.name);
        }
    }
    Ok(())
}

fn classes_cmd(s: &mut Store, cmd: ClassesCmd) -> Result<(), Failure> {
    match cmd {
        ClassesCmd::List { format } => {
            let all = classes::list(s)?;
            let rows = all
                .iter()
                .map(|c| {
                    let whose = if c.own { "kantor" } else { "baku" };
                    vec![c.key.as_str().to_string(), c.label.clone(), c.counts_as_label.to_string(), whose.to_string()]
                })
                .collect();
            output::print(format, Listing { headers: &["Kode", "Nama", "Bila SE tidak menyebut", "Jenis"], rows, records: &all })?;
        }
        ClassesCmd::Add { name, counts_as } => {
            let c = classes::add(s, &name, &counts_as)?;
            println!(
                "Kelas layanan {} ditambahkan (kode {}; bila SE tidak menyebutnya: {}).",
                c.label,
                c.key.as_str(),
                c.counts_as.label()
            );
        }
        ClassesCmd::Update { class, name, counts_as } => {
            let book = classes::book(s)?;
            let key = book.find(&class).unwrap_or_else(|| class.as_str().into());
            let now = book.get(&key).cloned();
            let label = name.or_else(|| now.as_ref().map(|c| c.label.clone())).unwrap_or_default();
            let counts = counts_as.or_else(|| now.map(|c| c.counts_as.as_str().to_string())).unwrap_or_default();
            let c = classes::update(s, &class, &label, &counts)?;
            println!("Kelas layanan {}: bila SE tidak menyebutnya, {}.", c.label, c.counts_as.label());
        }
        ClassesCmd::Remove { class } => {
            classes::remove(s, &class)?;
            println!("Kelas layanan {} dihapus.", class.trim());
        }
    }
    Ok(())
}

fn zone_cmd(s: &mut Store, cmd: ZoneCmd) -> Result<(), Failure> {
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

fn holidays_cmd(s: &mut Store, cmd: HolidaysCmd) -> Result<(), Failure> {
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

fn needs_cmd(s: &mut Store, from: &str, to: &str, unit: Option<String>, format: Output) -> Result<(), Failure> {
    let unit_id = unit.map(|u| units::find(s, &u)).transpose()?.map(|u| u.id);
    let all: Vec<_> = circulars::needs(s, from, to)?.into_iter().filter(|n| unit_id.is_none_or(|id| n.unit_id == id)).collect();
    let rows = all
        .iter()
        .map(|n| {
            vec![
                format!("{} {}", dates::day_name(n.date), dates::short(n.date)),
                n.unit_name.clone(),
                n.need.available.to_string(),
                if n.need.min == n.need.max { n.need.min.to_string() } else { format!("{}-{}", n.need.min, n.need.max) },
                n.need.rule.clone(),
                n.circular_key.clone().unwrap_or_else(|| "-".into()),
                n.need.conflict.clone().unwrap_or_default(),
            ]
        })
        .collect();
    output::print(format, Listing { headers: &["Hari", "Unit kerja", "Dihitung", "WFO", "Aturan", "SE", "Catatan"], rows, records: &all })?;
    Ok(())
}

fn check_cmd(s: &mut Store, from: &str, to: &str, format: Output) -> Result<(), Failure> {
    let breaches = compliance::check(s, from, to)?;
    // On stderr, so that --format json stays one document.
    for w in calendar::gaps(s, date("from", from)?, date("to", to)?)? {
        eprintln!("Peringatan: {w}");
    }
    if breaches.is_empty() && format.is_table() {
        println!("Tidak ada pelanggaran pada periode ini.");
        return Ok(());
    }
    let rows = breaches.iter().map(|b| vec![b.message.clone()]).collect();
    output::print(format, Listing { headers: &["Pelanggaran"], rows, records: &breaches })?;
    Ok(())
}

fn availability_cmd(s: &mut Store, cmd: AvailabilityCmd) -> Result<(), Failure> {
    match cmd {
        AvailabilityCmd::Set { staff, from, to, off, reason } => {
            let limit = if off { schedule::Limit::Off } else { schedule::Limit::NoWfo };
            let n = schedule::limit(s, &staff, &from, to.as_deref().unwrap_or(&from), limit, &reason)?;
            println!("{n} hari ditandai: {reason}.");
        }
        AvailabilityCmd::Clear { staff, from, to } => {
            let n = schedule::clear_limits(s, &staff, &from, to.as_deref().unwrap_or(&from))?;
            println!("{n} tanda dihapus.");
        }
        AvailabilityCmd::List { from, to, format } => {
            let (from, to) = (date("from", &from)?, date("to", &to)?);
            let all = schedule::limits_between(s, from, to)?;
            let people = staff::list(s, &StaffFilter { include_inactive: true, ..Default::default() })?;
            let rows = all
                .iter()
                .map(|l| {
                    let p = people.iter().find(|p| p.id == l.staff_id);
                    vec![
                        dates::short(l.day),
                        p.map(|p| p.id_display.clone()).unwrap_or_default(),
                        p.map(|p| p.name.clone()).unwrap_or_default(),
                        match l.limit {
                            schedule::Limit::Off => "Tidak masuk".into(),
                            schedule::Limit::NoWfo => "Tidak ke kantor".into(),
                        },
                        l.reason.clone(),
                    ]
                })
                .collect();
            output::print(format, Listing { headers: &["Tanggal", "NIP/NIK", "Nama", "Tanda", "Alasan"], rows, records: &all })?;
        }
    }
    Ok(())
}

/// A long `plan` shows its progress on one terminal line; scripts (no terminal) see nothing.
fn progress_line(p: roster::Progress) {
    use std::io::{IsTerminal, Write};
    let mut err = std::io::stderr().lock();
    if !err.is_terminal() {
        return;
    }
    let _ = if p.total == 0 {
        write!(err, "\r\x1b[K{}…", p.stage)
    } else {
        write!(err, "\r\x1b[K{}: {} dari {} unit", p.stage, p.done, p.total)
    };
    if p.finished {
        let _ = writeln!(err);
    }
}

/// Plans an instance file; timings go to stderr so the schedule stays clean JSON.
fn plan_file(instance: &std::path::Path, out: Option<&std::path::Path>) -> Result<(), Error> {
    let started = std::time::Instant::now();
    let inst = giliran_core::rules::planner::parse(&read_file(instance)?)?;
    let read = started.elapsed();
    let plan = giliran_core::rules::planner::plan(&inst);
    let planned = started.elapsed() - read;
    let json = serde_json::to_string(&plan).map_err(|e| Error::Conflict(format!("Jadwal tidak dapat ditulis: {e}")))?;
    match out {
        Some(path) => {
            std::fs::write(path, json).map_err(|source| Error::Io { context: "menulis jadwal", path: path.to_path_buf(), source })?
        }
        None => println!("{json}"),
    }
    let m = plan.metrics;
    eprintln!(
        "{} pegawai x {} hari: baca {:.1} ms, susun {:.1} ms, total {:.1} ms; pelanggaran {} (hari unit di luar rentang {}), tim tak terwakili {}, keinginan tak terpenuhi {}, deviasi keadilan terbesar {:.3}",
        inst.staff.len(),
        inst.days.len(),
        read.as_secs_f64() * 1e3,
        planned.as_secs_f64() * 1e3,
        started.elapsed().as_secs_f64() * 1e3,
        m.breach,
        m.unmet_unit_days,
        m.team_cover_misses,
        m.unmet_wants,
        m.fairness_max_dev
    );
    Ok(())
}

fn week_cmd(s: &mut Store, week: &str, format: Output, today: NaiveDate) -> Result<(), Failure> {
    let w = roster::week(s, week, today)?;
    if let Format::Json = format.format {
        output::print(format, Listing { headers: &[], rows: vec![], records: &w })?;
        return Ok(());
    }
    let mut headers = vec!["Unit kerja", "NIP/NIK", "Nama", "Tim/Seksi"];
    headers.extend(w.day_labels.iter().map(String::as_str));
    let mut rows = Vec::new();
    for u in &w.units {
        for r in &u.rows {
            let team = if r.shift_group.is_empty() { r.team.clone() } else { format!("{} ({})", r.team, r.shift_group).trim().to_string() };
            let mut row = vec![u.unit_name.clone(), r.id_display.clone(), r.name.clone(), team];
            row.extend(r.cells.iter().cloned());
            rows.push(row);
        }
        if u.shift.is_some() {
            let mut on = vec![u.unit_name.clone(), String::new(), roster::ON_DUTY_LABEL.into(), String::new()];
            on.extend(u.on_duty.iter().cloned());
            rows.push(on);
        }
        let mut count = vec![u.unit_name.clone(), String::new(), roster::COUNTS_LABEL.into(), String::new()];
        count.extend(u.counts.iter().cloned());
        rows.push(count);
    }
    if format.is_table() {
        println!("{}", w.title);
    }
    output::print(format, Listing { headers: &headers, rows, records: &w })?;
    if format.is_table() {
        // Wishes, granted or not, with the reason the grid shows.
        for u in &w.units {
            for r in &u.rows {
                for (label, wish) in w.day_labels.iter().zip(&r.wishes) {
                    let Some(wish) = wish else { continue };
                    let state = if wish.granted { "dikabulkan".to_string() } else { format!("tidak dikabulkan: {}", wish.why) };
                    println!("Keinginan {} {}, {label}: {} — {state}", r.id_display, r.name, wish.code);
                }
            }
        }
    }
    Ok(())
}
