//! The day's work from the command line: presence, reachability calls, WFH activity notes.

use crate::output::{self, Listing, Output};
use crate::Failure;
use chrono::{NaiveDate, NaiveDateTime};
use clap::Subcommand;
use giliran_core::files::attendance::{self, Mapping};
use giliran_core::model::dates;
use giliran_core::office::presence::{self, Entry, Hours};
use giliran_core::office::{activity, reach, units};
use giliran_core::Store;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum PresenceCmd {
    /// Catat presensi satu pegawai: satu hari, atau --until untuk cuti/sakit/dinas luar yang diketahui sebelumnya
    Set {
        /// Pegawai (NIP/NIK atau nomor urut)
        staff: String,
        /// Tanggal (16-02-2026)
        date: String,
        /// Kode: H, WFH, DL, TB, S, I, C, TK
        code: String,
        /// Jenis cuti untuk kode C: CT, CB, CS, CM, CAP
        #[arg(long)]
        kind: Option<String>,
        /// Jam masuk (07:30)
        #[arg(long = "in")]
        check_in: Option<String>,
        /// Jam pulang (16:00)
        #[arg(long = "out")]
        check_out: Option<String>,
        /// Sampai tanggal (untuk satu periode)
        #[arg(long)]
        until: Option<String>,
        /// Keterangan
        #[arg(long)]
        note: Option<String>,
    },
    /// Tandai banyak pegawai sekaligus dengan kode yang sama
    Mark {
        /// Tanggal
        date: String,
        /// Kode: H, WFH, DL, TB, S, I, TK
        code: String,
        /// Pegawai (NIP/NIK atau nomor urut), satu atau lebih
        #[arg(required = true)]
        staff: Vec<String>,
    },
    /// Catat semua yang belum tercatat sesuai jadwal (WFO → H, WFH → WFH)
    Fill {
        /// Tanggal
        date: String,
        /// Hanya unit ini (nama atau nomor)
        #[arg(long)]
        unit: Option<String>,
    },
    /// Lembar presensi satu hari: kode, jam, pita keterlambatan
    List {
        /// Tanggal (bawaan: hari ini)
        #[arg(long)]
        date: Option<String>,
        /// Hanya unit ini (nama atau nomor)
        #[arg(long)]
        unit: Option<String>,
        #[command(flatten)]
        format: Output,
    },
    /// Impor data mesin presensi (.csv/.xlsx/.ods): kolom ID/NIP dan waktu; pemetaan kolom diingat
    Import {
        /// Berkas dari mesin presensi
        file: PathBuf,
        /// Judul kolom ID/NIP
        #[arg(long)]
        id_column: Option<String>,
        /// Judul kolom waktu (atau jam, bila tanggal di kolom lain)
        #[arg(long)]
        time_column: Option<String>,
        /// Judul kolom tanggal, bila tanggal dan jam terpisah
        #[arg(long)]
        date_column: Option<String>,
        /// Judul kolom jam masuk (satu baris per pegawai per hari, bersama --date-column)
        #[arg(long = "in-column")]
        in_column: Option<String>,
        /// Judul kolom jam pulang (bersama --date-column)
        #[arg(long = "out-column")]
        out_column: Option<String>,
        /// Judul kolom nama, dicocokkan dengan nama pegawai
        #[arg(long)]
        name_column: Option<String>,
        /// Ekspor e-presensi: judul kolom kategori (Hadir, WFH, DL, Sakit, Cuti, …)
        #[arg(long)]
        category_column: Option<String>,
        /// Ekspor e-presensi: judul kolom lokasi presensi
        #[arg(long)]
        place_column: Option<String>,
        /// Ekspor e-presensi: judul kolom koordinat
        #[arg(long)]
        coordinate_column: Option<String>,
        /// Ekspor e-presensi: judul kolom apel pagi (HAP/TAP)
        #[arg(long)]
        apel_am_column: Option<String>,
        /// Ekspor e-presensi: judul kolom apel sore (HAS/CP)
        #[arg(long)]
        apel_pm_column: Option<String>,
        /// Nomor baris judul kolom, bila di atasnya ada judul laporan
        #[arg(long)]
        header_row: Option<usize>,
        /// Urutan tanggal bila berkas tidak menunjukkannya: hbt (hari/bulan, 11/02 = 11 Februari)
        /// atau bht (bulan/hari, format AS: 11/02 = 2 November)
        #[arg(long, value_parser = ["hbt", "bht"])]
        date_order: Option<String>,
        /// Lewati catatan yang diragukan (setelah hari ini, di luar periode berkas, tengah
        /// malam, pegawai yang sudah nonaktif) dan impor sisanya
        #[arg(long)]
        skip_doubtful: bool,
        /// Hanya periksa dan tampilkan; tidak menyimpan apa pun
        #[arg(long)]
        preview: bool,
    },
    /// Jam kerja kantor dan batas pita TL/PSW (tanpa pilihan: tampilkan)
    Hours {
        #[command(flatten)]
        times: WeekTimes,
        /// Batas pita dalam menit, mis. 30,60,90
        #[arg(long)]
        bands: Option<String>,
    },
    /// Jam kerja bertanggal (Ramadan): tambah atau ubah menurut namanya, atau hapus
    Season {
        /// Nama masa, mis. "Ramadan 1447 H"
        name: String,
        /// Tanggal awal (DD-MM-YYYY)
        #[arg(long)]
        from: Option<String>,
        /// Tanggal akhir (DD-MM-YYYY)
        #[arg(long)]
        to: Option<String>,
        #[command(flatten)]
        times: WeekTimes,
        /// Hapus masa ini
        #[arg(long)]
        remove: bool,
    },
}

/// The times of a week, ordinary or a dated season (Perpres 21/2023: 07:30-16:00, Friday
/// 16:30, 37.5 hours; Ramadan 08:00-15:00, Friday 15:30, 32.5 hours).
#[derive(clap::Args)]
pub struct WeekTimes {
    /// Jam masuk, mis. 07:30 (Ramadan 08:00)
    #[arg(long)]
    start: Option<String>,
    /// Jam pulang Senin–Kamis, mis. 16:00 (Ramadan 15:00)
    #[arg(long)]
    end: Option<String>,
    /// Jam pulang Jumat, mis. 16:30 (Ramadan 15:30)
    #[arg(long)]
    friday_end: Option<String>,
    /// Istirahat Senin–Kamis dalam menit, mis. 60 (Ramadan 30)
    #[arg(long)]
    rest: Option<u32>,
    /// Istirahat Jumat dalam menit, mis. 90 (Ramadan 60)
    #[arg(long)]
    friday_rest: Option<u32>,
    /// Jam kerja bersih seminggu, mis. 37,5 (Ramadan 32,5)
    #[arg(long)]
    week_hours: Option<String>,
}

impl WeekTimes {
    /// Sets what was given on the fields of an office's hours or a season; whether anything was.
    #[allow(clippy::too_many_arguments)]
    fn apply(
        self,
        start: &mut String,
        end: &mut String,
        friday_end: &mut String,
        rest: &mut u32,
        friday_rest: &mut u32,
        week_minutes: &mut u32,
    ) -> Result<bool, giliran_core::Error> {
        let given = self.start.is_some()
            || self.end.is_some()
            || self.friday_end.is_some()
            || self.rest.is_some()
            || self.friday_rest.is_some()
            || self.week_hours.is_some();
        for (field, value) in [(start, self.start), (end, self.end), (friday_end, self.friday_end)] {
            if let Some(v) = value {
                *field = v;
            }
        }
        for (field, value) in [(rest, self.rest), (friday_rest, self.friday_rest)] {
            if let Some(v) = value {
                *field = v;
            }
        }
        if let Some(w) = self.week_hours {
            *week_minutes = presence::week_minutes_field("week_hours", &w)?;
        }
        Ok(given)
    }
}

#[derive(Subcommand)]
pub enum ReachCmd {
    /// Ambil sampel pegawai WFH hari itu untuk dihubungi (sama untuk tanggal yang sama)
    Sample {
        /// Tanggal (bawaan: hari ini)
        #[arg(long)]
        date: Option<String>,
        /// Jumlah sampel (bawaan: pengaturan kantor)
        #[arg(long)]
        size: Option<usize>,
        #[command(flatten)]
        format: Output,
    },
    /// Catat hasil menghubungi satu pegawai
    Record {
        /// Pegawai (NIP/NIK atau nomor urut)
        staff: String,
        /// Tanggal (bawaan: hari ini)
        #[arg(long)]
        date: Option<String>,
        /// Tidak dapat dihubungi (tanpa ini: dapat dihubungi)
        #[arg(long)]
        unreached: bool,
        /// Jam menghubungi (bawaan: sekarang)
        #[arg(long)]
        at: Option<String>,
        /// Keterangan (wajib bila tidak dapat dihubungi)
        #[arg(long)]
        note: Option<String>,
    },
    /// Daftar hasil cek keberadaan pada periode, dan pegawai yang ditandai
    List {
        /// Tanggal awal
        #[arg(long)]
        from: Option<String>,
        /// Tanggal akhir
        #[arg(long)]
        to: Option<String>,
        /// Riwayat satu pegawai (semua periode)
        #[arg(long)]
        staff: Option<String>,
        #[command(flatten)]
        format: Output,
    },
    /// Ubah jumlah sampel bawaan
    Size {
        /// Jumlah orang per hari
        size: usize,
    },
}

#[derive(Subcommand)]
pub enum ActivityCmd {
    /// Catat laporan kegiatan WFH satu pegawai
    Add {
        /// Pegawai (NIP/NIK atau nomor urut)
        staff: String,
        /// Uraian kegiatan
        note: String,
        /// Tanggal (bawaan: hari ini)
        #[arg(long)]
        date: Option<String>,
    },
    /// Laporan kegiatan pada periode; --missing: hari WFH yang belum ada laporannya
    List {
        /// Tanggal awal
        #[arg(long)]
        from: String,
        /// Tanggal akhir
        #[arg(long)]
        to: String,
        /// Hanya yang belum ada laporannya
        #[arg(long)]
        missing: bool,
        #[command(flatten)]
        format: Output,
    },
    /// Untuk e-Kinerja: hari kerja di luar kantor sebulan dengan kegiatan dan targetnya; satu
    /// pegawai sebagai teks untuk disalin, atau seluruh kantor ke berkas .xlsx (--out)
    Ekinerja {
        /// Tanggal mana pun di bulan itu (bawaan: hari ini)
        #[arg(long)]
        month: Option<String>,
        /// Pegawai (NIP/NIK atau nomor urut)
        #[arg(long, conflicts_with = "out")]
        person: Option<String>,
        /// Berkas .xlsx untuk seluruh kantor
        #[arg(long, value_name = "BERKAS")]
        out: Option<std::path::PathBuf>,
    },
    /// Target hari di luar kantor (dari rencana kerja pengajuan yang disetujui): tampilkan,
    /// catat capaiannya, atau konfirmasi oleh atasan
    Targets {
        /// Pegawai (NIP/NIK atau nomor urut)
        staff: String,
        /// Tanggal (bawaan: hari ini)
        #[arg(long)]
        date: Option<String>,
        /// Capaian satu target: NOMOR=tercapai|sebagian|tidak[:catatan], boleh berulang
        #[arg(long = "set", value_name = "NOMOR=CAPAIAN")]
        set: Vec<String>,
        /// Atasan mengonfirmasi capaian hari itu (dengan --by)
        #[arg(long)]
        confirm: bool,
        /// Nama atasan yang mengonfirmasi
        #[arg(long, default_value = "")]
        by: String,
    },
}

fn unit_id(s: &mut Store, unit: Option<String>) -> Result<Option<i64>, Failure> {
    Ok(match unit {
        Some(u) => Some(units::find(s, &u)?.id),
        None => None,
    })
}

/// `now` is the action's instant: the default date, and which days are still ahead.
pub fn presence_cmd(s: &mut Store, cmd: PresenceCmd, now: NaiveDateTime) -> Result<(), Failure> {
    let today = || now.date().to_string();
    match cmd {
        PresenceCmd::Set { staff, date, code, kind, check_in, check_out, until, note } => {
            let entry = Entry {
                staff,
                date,
                until: until.unwrap_or_default(),
                code,
                leave_kind: kind.unwrap_or_default(),
                check_in: check_in.unwrap_or_default(),
                check_out: check_out.unwrap_or_default(),
                note: note.unwrap_or_default(),
            };
            let saved = presence::set(s, &entry)?;
            println!("{}", saved.message);
            if let Some((a, b)) = saved.replan {
                println!("Untuk menyusun ulang: giliran plan --from {} --to {}", dates::short(a), dates::short(b));
            }
        }
        PresenceCmd::Mark { date, code, staff } => {
            let mut ids = Vec::new();
            for key in &staff {
                ids.push(giliran_core::office::staff::find(s, key)?.id);
            }
            let n = presence::mark_many(s, &date, &ids, &code)?;
            println!("{n} pegawai ditandai {}.", code.trim().to_uppercase());
        }
        PresenceCmd::Fill { date, unit } => {
            let unit = unit_id(s, unit)?;
            let n = presence::fill_from_plan(s, &date, unit)?;
            println!("{n} pegawai dicatat sesuai jadwal.");
        }
        PresenceCmd::List { date, unit, format } => {
            let unit = unit_id(s, unit)?;
            let sheet = presence::sheet(s, &date.unwrap_or_else(today), unit, now.date())?;
            if format.is_table() {
                println!("{}", sheet.title);
                for o in &sheet.outages {
                    println!("Gangguan sistem: {o}; presensi unit yang terdampak dari daftar hadir kertas.");
                }
            }
            let rows = sheet
                .rows
                .iter()
                .map(|r| {
                    let code = r.code.map(|c| c.as_str().to_string()).unwrap_or_default();
                    vec![
                        r.id_display.clone(),
                        r.name.clone(),
                        r.unit_name.clone(),
                        r.planned.clone(),
                        if r.recorded {
                            code
                        } else if code.is_empty() {
                            "belum".into()
                        } else {
                            format!("({code}?)")
                        },
                        r.leave_kind.map(|k| k.as_str().to_string()).unwrap_or_default(),
                        r.check_in.clone().unwrap_or_default(),
                        r.check_out.clone().unwrap_or_default(),
                        if r.no_times {
                            "jam tidak tercatat".to_string()
                        } else {
                            [r.late.clone(), r.early.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ")
                        },
                        r.note.clone(),
                        r.flexible_notes().join("; "),
                        match &r.week_short {
                            Some(short) => format!("{} ({short})", r.week_hours),
                            None => r.week_hours.clone(),
                        },
                    ]
                })
                .collect();
            let headers = [
                "NIP/NIK",
                "Nama",
                "Unit",
                "Jadwal",
                "Kode",
                "Jenis",
                "Masuk",
                "Pulang",
                "TL/PSW",
                "Keterangan",
                "Kerja fleksibel",
                "Jam kerja minggu ini",
            ];
            output::print(format, Listing { headers: &headers, rows, records: &sheet })?;
        }
        PresenceCmd::Import {
            file,
            id_column,
            time_column,
            date_column,
            in_column,
            out_column,
            name_column,
            category_column,
            place_column,
            coordinate_column,
            apel_am_column,
            apel_pm_column,
            header_row,
            date_order,
            skip_doubtful,
            preview,
        } => {
            let header_row = header_row.unwrap_or(0);
            let date_order = match date_order.as_deref() {
                Some("hbt") => "dmy",
                Some("bht") => "mdy",
                _ => "",
            }
            .to_string();
            let decided = !date_order.is_empty() || skip_doubtful;
            let given = match id_column {
                Some(id_column) => Some(Mapping {
                    id_column,
                    time_column: time_column.unwrap_or_default(),
                    date_column: date_column.unwrap_or_default(),
                    in_column: in_column.unwrap_or_default(),
                    out_column: out_column.unwrap_or_default(),
                    name_column: name_column.unwrap_or_default(),
                    category_column: category_column.unwrap_or_default(),
                    place_column: place_column.unwrap_or_default(),
                    coordinate_column: coordinate_column.unwrap_or_default(),
                    apel_am_column: apel_am_column.unwrap_or_default(),
                    apel_pm_column: apel_pm_column.unwrap_or_default(),
                    header_row,
                    date_order,
                    skip_doubtful,
                }),
                None => (header_row > 0 || decided).then(|| Mapping { header_row, date_order, skip_doubtful, ..Default::default() }),
            };
            let today = now.date();
            if preview {
                let p = attendance::preview(s, &file, given.as_ref(), today, &output::progress_line)?;
                if p.headerless {
                    println!("Berkas tanpa baris judul: semua baris dibaca sebagai catatan.");
                } else {
                    println!("Judul kolom di baris {}.", p.header_row);
                }
                if !p.period.is_empty() {
                    println!("Periode berkas: {}.", p.period);
                }
                if let Some(m) = &p.mapping {
                    let mut cols = vec![format!("kolom ID/NIP: {}", m.id_column)];
                    for (what, c) in [
                        ("waktu", &m.time_column),
                        ("tanggal", &m.date_column),
                        ("jam masuk", &m.in_column),
                        ("jam pulang", &m.out_column),
                        ("nama", &m.name_column),
                        ("kategori", &m.category_column),
                        ("lokasi", &m.place_column),
                        ("koordinat", &m.coordinate_column),
                        ("apel pagi", &m.apel_am_column),
                        ("apel sore", &m.apel_pm_column),
                    ] {
                        if !c.is_empty() {
                            cols.push(format!("kolom {what}: {c}"));
                        }
                    }
                    println!("{}.", cols.join("; "));
                }
                println!("{} baris, {} catatan waktu ({} sudah pernah diimpor), {} hari-pegawai.", p.rows, p.punches, p.repeats, p.days);
                if p.without_times > 0 {
                    println!("{} baris tanpa jam masuk maupun pulang (tidak ada yang dicatat).", p.without_times);
                }
                for problem in &p.problems {
                    println!("{problem}");
                }
                if !p.doubtful.is_empty() {
                    println!(
                        "{} catatan diragukan{}:",
                        p.doubtful_count,
                        if skip_doubtful { " (akan dilewati)" } else { "; impor dengan --skip-doubtful untuk melewatinya" }
                    );
                    for d in &p.doubtful {
                        println!("  {d}");
                    }
                }
                if !p.problems.is_empty() || (!p.doubtful.is_empty() && !skip_doubtful) {
                    let n = p.problem_count + if skip_doubtful { 0 } else { p.doubtful_count };
                    return Err(giliran_core::Error::Conflict(format!("{n} masalah; berkas ini belum dapat diimpor.")).into());
                }
            } else {
                let done = attendance::import(s, &file, given.as_ref(), today, &output::progress_line)?;
                println!("{}", done.message);
                for c in &done.conflicts {
                    println!("{c}");
                }
            }
        }
        PresenceCmd::Hours { times, bands } => {
            let mut h = presence::hours(s)?;
            let changed = times.apply(&mut h.start, &mut h.end, &mut h.friday_end, &mut h.rest, &mut h.friday_rest, &mut h.week_minutes)?
                | bands.is_some();
            if let Some(b) = bands {
                let parts: Vec<u32> = b.split(',').filter_map(|p| p.trim().parse().ok()).collect();
                h.bands = <[u32; 3]>::try_from(parts).map_err(|_| {
                    giliran_core::Error::invalid("bands", format!("Tulis tiga batas menit dipisah koma, mis. 30,60,90 (tertulis \"{b}\")."))
                })?;
            }
            if changed {
                h = presence::set_hours(s, &h)?;
            }
            print_hours(&h);
        }
        PresenceCmd::Season { name, from, to, times, remove } => {
            let mut h = presence::hours(s)?;
            let at = h.seasons.iter().position(|x| x.name.eq_ignore_ascii_case(name.trim()));
            if remove {
                let at = at.ok_or_else(|| giliran_core::Error::NotFound(format!("Masa jam kerja \"{}\"", name.trim())))?;
                h.seasons.remove(at);
            } else {
                let season = match at {
                    Some(i) => &mut h.seasons[i],
                    None => {
                        if from.is_none() || to.is_none() {
                            return Err(giliran_core::Error::invalid("from", "Masa baru memerlukan --from dan --to.").into());
                        }
                        h.seasons.push(presence::Season { name: name.trim().to_string(), estimate: false, ..Default::default() });
                        h.seasons.last_mut().expect("baru ditambahkan")
                    }
                };
                if let Some(d) = from {
                    season.from = giliran_core::model::dates::parse_field("from", &d)?;
                }
                if let Some(d) = to {
                    season.to = giliran_core::model::dates::parse_field("to", &d)?;
                }
                times.apply(
                    &mut season.start,
                    &mut season.end,
                    &mut season.friday_end,
                    &mut season.rest,
                    &mut season.friday_rest,
                    &mut season.week_minutes,
                )?;
            }
            print_hours(&presence::set_hours(s, &h)?);
        }
    }
    Ok(())
}

fn print_hours(h: &Hours) {
    let [a, b, c] = h.bands;
    println!("Jam kerja: masuk {}, pulang {} (Jumat {}).", h.start, h.end, h.friday_end);
    println!("Pita TL/PSW: 1 = 1–{a} menit, 2 = {}–{b}, 3 = {}–{c}, 4 = lebih dari {c} menit atau tanpa catatan.", a + 1, b + 1);
    println!("Istirahat {} menit (Jumat {} menit).", h.rest, h.friday_rest);
    for s in &h.seasons {
        println!(
            "{}: {}–{}{}, masuk {}, pulang {} (Jumat {}), istirahat {} menit (Jumat {}).",
            s.name,
            giliran_core::model::dates::short(s.from),
            giliran_core::model::dates::short(s.to),
            if s.estimate { " (tanggal perkiraan)" } else { "" },
            s.start,
            s.end,
            s.friday_end,
            s.rest,
            s.friday_rest
        );
    }
    println!("{}", h.week_note());
}

/// `now` is the action's instant: the default date, and the time of a call made now.
pub fn reach_cmd(s: &mut Store, cmd: ReachCmd, now: NaiveDateTime) -> Result<(), Failure> {
    let today = || now.date().to_string();
    match cmd {
        ReachCmd::Sample { date, size, format } => {
            let sample = reach::sample(s, &date.unwrap_or_else(today), size)?;
            if format.is_table() {
                println!("{}: {} dari {} pegawai WFH.", sample.title, sample.people.len(), sample.population);
            }
            let rows = sample
                .people
                .iter()
                .map(|d| {
                    let last =
                        d.calls.last().map(|c| format!("{} {}", c.at, if c.reached { "dapat dihubungi" } else { "tidak dapat dihubungi" }));
                    vec![
                        d.person.id_display.clone(),
                        d.person.name.clone(),
                        d.person.unit_name.clone(),
                        d.person.phone_display.clone(),
                        last.unwrap_or_default(),
                    ]
                })
                .collect();
            output::print(format, Listing { headers: &["NIP/NIK", "Nama", "Unit", "Telepon", "Hasil"], rows, records: &sample })?;
        }
        ReachCmd::Record { staff, date, unreached, at, note } => {
            let call = reach::record(
                s,
                &staff,
                &date.unwrap_or_else(today),
                &at.unwrap_or_default(),
                !unreached,
                &note.unwrap_or_default(),
                now.time(),
            )?;
            println!(
                "Dicatat: {} {} pukul {}: {}.",
                staff.trim(),
                dates::short(call.day),
                call.at,
                if call.reached { "dapat dihubungi" } else { "tidak dapat dihubungi" }
            );
        }
        ReachCmd::List { from, to, staff, format } => {
            let log = match (staff, from, to) {
                (Some(p), _, _) => reach::history(s, &p)?,
                (None, Some(f), Some(t)) => reach::list(s, &f, &t)?,
                _ => {
                    return Err(
                        giliran_core::Error::invalid("from", "Tulis --from dan --to, atau --staff untuk riwayat satu pegawai.").into()
                    );
                }
            };
            let rows = log
                .calls
                .iter()
                .map(|c| {
                    vec![
                        c.date_label.clone(),
                        c.call.at.clone(),
                        c.id_display.clone(),
                        c.name.clone(),
                        c.unit_name.clone(),
                        if c.call.reached { "Dapat dihubungi".into() } else { "Tidak dapat dihubungi".into() },
                        c.call.note.clone(),
                    ]
                })
                .collect();
            output::print(
                format,
                Listing { headers: &["Tanggal", "Jam", "NIP/NIK", "Nama", "Unit", "Hasil", "Keterangan"], rows, records: &log },
            )?;
            if format.is_table() {
                for f in &log.flagged {
                    println!("DITANDAI: {}", f.message);
                }
            }
        }
        ReachCmd::Size { size } => {
            let n = reach::set_sample_size(s, size)?;
            println!("Jumlah sampel cek keberadaan: {n} orang per hari.");
        }
    }
    Ok(())
}

pub fn activity_cmd(s: &mut Store, cmd: ActivityCmd, today: NaiveDate) -> Result<(), Failure> {
    let today_text = || today.to_string();
    match cmd {
        ActivityCmd::Ekinerja { month, person, out } => {
            let month = month.unwrap_or_else(today_text);
            match (person, out) {
                (Some(p), _) => print!("{}", giliran_core::office::ekinerja::of_person(s, &p, &month, today)?.text),
                (None, Some(path)) => println!("{}", giliran_core::files::ekinerja::save(s, &month, &path, today)?.message),
                (None, None) => {
                    return Err(giliran_core::Error::invalid(
                        "person",
                        "Sebutkan --person NIP untuk teks satu pegawai, atau --out BERKAS.xlsx untuk seluruh kantor.",
                    )
                    .into())
                }
            }
        }
        ActivityCmd::Targets { staff, date, set, confirm, by } => {
            let date = date.unwrap_or_else(today_text);
            let mut day = giliran_core::office::targets::day(s, &staff, &date)?;
            if !set.is_empty() {
                let outcomes = set
                    .iter()
                    .map(|x| {
                        let (no, rest) = x.split_once('=').unwrap_or((x, ""));
                        let (outcome, note) = rest.split_once(':').unwrap_or((rest, ""));
                        let no = no.trim().parse().map_err(|_| {
                            giliran_core::Error::invalid(
                                "set",
                                format!("Tulis --set NOMOR=CAPAIAN, mis. 1=tercapai atau 2=sebagian:catatan (tertulis \"{x}\")."),
                            )
                        })?;
                        Ok(giliran_core::office::targets::OutcomeInput { no, outcome: outcome.to_string(), note: note.to_string() })
                    })
                    .collect::<Result<Vec<_>, giliran_core::Error>>()?;
                day = giliran_core::office::targets::set(s, &staff, &date, &outcomes)?;
            }
            if confirm {
                day = giliran_core::office::targets::confirm(s, &staff, &date, &by)?;
            }
            println!("Target {} ({}) {} — {}:", day.name, day.unit_name, day.date_label, day.request);
            for t in &day.targets {
                let outcome = t.outcome.map_or("belum dinilai", |o| o.label());
                let note = if t.note.is_empty() { String::new() } else { format!(" ({})", t.note) };
                println!("  {}. {}: {outcome}{note}", t.no, t.text);
            }
            match day.confirmed_by.as_str() {
                "" => println!("Belum dikonfirmasi atasan."),
                by => println!("Dikonfirmasi oleh {by}."),
            }
        }
        ActivityCmd::Add { staff, note, date } => {
            let n = activity::add(s, &staff, &date.unwrap_or_else(today_text), &note)?;
            println!("Laporan kegiatan {} {} disimpan.", n.who.name, n.who.date_label);
        }
        ActivityCmd::List { from, to, missing, format } => {
            let notes = activity::list(s, &from, &to, today)?;
            if missing {
                let rows = notes
                    .missing
                    .iter()
                    .map(|m| {
                        let call = match m.reached {
                            Some(true) => "dapat dihubungi",
                            Some(false) => "tidak dapat dihubungi",
                            None => "belum dicek",
                        };
                        let w = &m.who;
                        vec![w.date_label.clone(), w.id_display.clone(), w.name.clone(), w.unit_name.clone(), call.into()]
                    })
                    .collect();
                output::print(
                    format,
                    Listing { headers: &["Tanggal", "NIP/NIK", "Nama", "Unit", "Cek keberadaan"], rows, records: &notes.missing },
                )?;
            } else {
                let rows = notes
                    .notes
                    .iter()
                    .map(|n| {
                        let w = &n.who;
                        vec![w.date_label.clone(), w.id_display.clone(), w.name.clone(), w.unit_name.clone(), n.note.clone()]
                    })
                    .collect();
                output::print(
                    format,
                    Listing { headers: &["Tanggal", "NIP/NIK", "Nama", "Unit", "Kegiatan"], rows, records: &notes.notes },
                )?;
            }
        }
    }
    Ok(())
}
