//! The schedule: planning a period, the week, wishes, who is away, what each day needs, breaches, and the planner on a file.

use crate::*;

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct ScheduleArgs {
    /// Minggu ISO, mis. 2026-W02
    #[arg(long)]
    pub(crate) week: Option<String>,
    /// Hanya unit kerja ini (nama atau nomor), seperti layar Jadwal kantor besar
    #[arg(long)]
    pub(crate) unit: Option<String>,
    #[command(flatten)]
    pub(crate) format: Output,
    /// Simpan jadwal cetak (A4 mendatar) ke berkas PDF ini
    #[arg(long, value_name = "BERKAS.pdf")]
    pub(crate) pdf: Option<PathBuf>,
    #[command(subcommand)]
    pub(crate) cmd: Option<ScheduleCmd>,
}

#[derive(Subcommand)]
pub(crate) enum ScheduleCmd {
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
pub(crate) enum AvailabilityCmd {
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

pub(crate) fn needs_cmd(s: &mut Store, from: &str, to: &str, unit: Option<String>, format: Output) -> Result<(), Failure> {
    let unit_id = unit.map(|u| units::find(s, &u)).transpose()?.map(|u| u.id);
    let all: Vec<_> = circulars::needs(s, from, to)?.into_iter().filter(|n| unit_id.is_none_or(|id| n.unit_id == id)).collect();
    // On stderr, as `check` and `plan` warn: --format json stays one document.
    for w in calendar::gaps(s, date("from", from)?, date("to", to)?)? {
        eprintln!("Peringatan: {w}");
    }
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

pub(crate) fn check_cmd(s: &mut Store, from: &str, to: &str, format: Output) -> Result<(), Failure> {
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

pub(crate) fn availability_cmd(s: &mut Store, cmd: AvailabilityCmd) -> Result<(), Failure> {
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

/// Plans an instance file; timings go to stderr so the schedule stays clean JSON.
pub(crate) fn plan_file(instance: &std::path::Path, out: Option<&std::path::Path>) -> Result<(), Error> {
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

pub(crate) fn week_cmd(s: &mut Store, week: &str, unit: Option<&str>, format: Output, today: NaiveDate) -> Result<(), Failure> {
    let unit = match unit {
        Some(u) => Some(giliran_core::office::units::find(s, u)?.id),
        None => None,
    };
    let w = roster::week_of(s, week, unit, today)?;
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
