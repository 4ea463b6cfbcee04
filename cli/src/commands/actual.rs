//! Plan against actual, and the days the attendance systems failed (the Realisasi screen).

use crate::*;
use giliran_core::office::actual::{self, Filter, Gap};
use giliran_core::office::outage::{self, OutageInput};

#[derive(Args)]
pub(crate) struct ActualArgs {
    /// Dari tanggal
    #[arg(long)]
    from: String,
    /// Sampai tanggal (hari sesudah hari ini belum dibandingkan)
    #[arg(long)]
    to: String,
    /// Hanya unit kerja ini (nama atau nomor)
    #[arg(long)]
    unit: Option<String>,
    /// Hanya pegawai yang nama atau NIP-nya memuat ini
    #[arg(long)]
    person: Option<String>,
    /// Hanya selisih jenis ini: absent, worked_away, no_check_in, late_start
    #[arg(long, value_parser = ["absent", "worked_away", "no_check_in", "late_start"])]
    gap: Option<String>,
    #[command(flatten)]
    format: Output,
}

#[derive(Subcommand)]
pub(crate) enum OutageCmd {
    /// Catat gangguan sistem presensi pada satu hari (atau beberapa jamnya)
    Add {
        /// Tanggal gangguan
        #[arg(long)]
        date: String,
        /// Unit kerja yang terganggu (kosong: seluruh kantor)
        #[arg(long, default_value = "")]
        unit: String,
        /// Jam mulai gangguan (kosong: sepanjang hari)
        #[arg(long, default_value = "")]
        from_time: String,
        /// Jam selesai gangguan
        #[arg(long, default_value = "")]
        to_time: String,
        /// Sistem yang terganggu, mis. e-presensi, mesin presensi, jaringan
        #[arg(long, default_value = "")]
        system: String,
        /// Apa yang terjadi
        #[arg(long)]
        note: String,
        /// Letak bukti (foto daftar hadir kertas, surat penyedia layanan)
        #[arg(long, default_value = "")]
        evidence: String,
    },
    /// Daftar gangguan pada periode
    List {
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        #[command(flatten)]
        format: Output,
    },
    /// Hapus catatan gangguan (nomornya dari `outage list`)
    Remove { id: i64 },
}

pub(crate) fn actual_cmd(s: &mut Store, a: ActualArgs, today: NaiveDate) -> Result<(), Failure> {
    let unit_id = a.unit.map(|u| units::find(s, &u)).transpose()?.map(|u| u.id);
    let filter = Filter { unit_id, person: a.person.unwrap_or_default(), gap: a.gap.as_deref().and_then(Gap::parse), limit: None };
    let c = actual::compare_typed(s, &a.from, &a.to, &filter, today)?;
    if let Format::Json = a.format.format {
        return Ok(output::print(a.format, Listing { headers: &[], rows: vec![], records: &c })?);
    }
    println!("Rencana dan realisasi {}:", c.period);
    for (_, label, n) in &c.counts {
        println!("  {label}: {n}");
    }
    for o in &c.outages {
        println!("  Gangguan sistem (tidak dihitung): {o}");
    }
    let rows = c
        .rows
        .iter()
        .map(|m| {
            vec![
                m.date_label.clone(),
                m.unit_name.clone(),
                m.id_display.clone(),
                m.name.clone(),
                m.planned.clone(),
                m.recorded.clone(),
                m.gap_label.into(),
            ]
        })
        .collect();
    output::print(
        a.format,
        Listing { headers: &["Tanggal", "Unit", "NIP/NIK", "Nama", "Rencana", "Realisasi", "Selisih"], rows, records: &c.rows },
    )?;
    Ok(())
}

pub(crate) fn outage_cmd(s: &mut Store, cmd: OutageCmd, today: NaiveDate) -> Result<(), Failure> {
    match cmd {
        OutageCmd::Add { date, unit, from_time, to_time, system, note, evidence } => {
            let o = outage::add(s, &OutageInput { date, unit, from_time, to_time, system, note, evidence }, today)?;
            println!("Gangguan sistem dicatat (nomor {}): {}.", o.id, o.describe());
        }
        OutageCmd::List { from, to, format } => {
            let all = outage::list(s, &from, &to)?;
            let rows = all.iter().map(|o| vec![o.outage.id.to_string(), o.text.clone(), o.outage.evidence.clone()]).collect();
            output::print(format, Listing { headers: &["No", "Gangguan", "Bukti"], rows, records: &all })?;
        }
        OutageCmd::Remove { id } => {
            outage::remove(s, id)?;
            println!("Catatan gangguan nomor {id} dihapus.");
        }
    }
    Ok(())
}
