//! Flexible work (PermenPANRB 4/2025): the decision in force, requests, sanctions.

use crate::*;

#[derive(Subcommand)]
pub(crate) enum FwaCmd {
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
pub(crate) enum FwaRequestCmd {
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
pub(crate) enum FwaSanctionCmd {
    /// Catat hukuman disiplin untuk masanya
    Add {
        /// Pegawai (NIP/NIK atau nama)
        staff: String,
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        /// Jenis hukuman, mis. "Hukuman disiplin sedang"
        #[arg(long, default_value = "")]
        kind: String,
        /// Nomor SK hukuman
        #[arg(long, default_value = "")]
        decree: String,
        /// Keterangan
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Impor riwayat hukuman disiplin dari .xlsx/.ods/.csv (NIP, Jenis Hukuman, TMT Hukuman,
    /// Akhir Hukuman, Nomor SK): semua baris atau tidak sama sekali
    Import {
        file: PathBuf,
        /// Hanya periksa dan tampilkan; tidak menyimpan apa pun
        #[arg(long)]
        preview: bool,
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
pub(crate) enum FwaPolicyCmd {
    /// Tampilkan keputusan kerja fleksibel yang berlaku pada tanggal ini (bawaan: hari ini)
    Show {
        /// Tanggal
        #[arg(long, default_value = "")]
        on: String,
        #[command(flatten)]
        format: Output,
    },
}

pub(crate) fn fwa_request_cmd(s: &mut Store, cmd: FwaRequestCmd, today: NaiveDate) -> Result<(), Failure> {
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

pub(crate) fn fwa_sanction_cmd(s: &mut Store, cmd: FwaSanctionCmd) -> Result<(), Failure> {
    match cmd {
        FwaSanctionCmd::Add { staff: who, from, to, kind, decree, note } => {
            let x = fwa::sanction_add(s, &fwa::SanctionInput { staff: who, from, to, kind, decree, note })?;
            let p = staff::get(s, x.staff_id)?;
            println!("Hukuman disiplin {} dicatat: {} s.d. {} (nomor {}).", p.name, dates::short(x.from), dates::short(x.to), x.id);
        }
        FwaSanctionCmd::Import { file, preview } => {
            let p = if preview {
                giliran_core::files::discipline::preview(s, &file)?
            } else {
                giliran_core::files::discipline::import(s, &file)?
            };
            println!("{}{}", if preview { "Pratinjau (belum disimpan): " } else { "Diimpor: " }, p.message);
            for line in p.added.iter().chain(&p.problems) {
                println!("{line}");
            }
        }
        FwaSanctionCmd::List { format } => {
            let all = fwa::sanction_lines(s)?;
            let rows = all
                .iter()
                .map(|l| {
                    let x = &l.sanction;
                    vec![
                        x.id.to_string(),
                        l.name.clone(),
                        dates::short(x.from),
                        dates::short(x.to),
                        x.kind.clone(),
                        x.decree.clone(),
                        x.note.clone(),
                    ]
                })
                .collect();
            output::print(
                format,
                Listing { headers: &["No", "Pegawai", "Dari", "Sampai", "Jenis hukuman", "Nomor SK", "Keterangan"], rows, records: &all },
            )?;
        }
        FwaSanctionCmd::Remove { id } => {
            fwa::sanction_remove(s, id)?;
            println!("Catatan hukuman disiplin nomor {id} dihapus.");
        }
    }
    Ok(())
}

pub(crate) fn fwa_policy_show(s: &mut Store, on: &str, format: Output, today: NaiveDate) -> Result<(), Failure> {
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
