//! The office profile: kop surat and the Kepala OPD.

use crate::*;

#[derive(Subcommand)]
pub(crate) enum OfficeCmd {
    /// Tampilkan profil kantor
    Show {
        #[command(flatten)]
        format: Output,
    },
    /// Ubah profil kantor (hanya isian yang diberikan)
    Set(Box<OfficeArgs>),
}

#[derive(Args)]
pub(crate) struct OfficeArgs {
    /// provinsi, kabupaten, atau kota
    #[arg(long)]
    pub(crate) gov_level: Option<String>,
    #[arg(long)]
    pub(crate) region: Option<String>,
    #[arg(long)]
    pub(crate) opd_name: Option<String>,
    #[arg(long)]
    pub(crate) address: Option<String>,
    /// Tempat penandatanganan (mis. Samarinda)
    #[arg(long)]
    pub(crate) city: Option<String>,
    #[arg(long)]
    pub(crate) phone: Option<String>,
    #[arg(long)]
    pub(crate) email: Option<String>,
    #[arg(long)]
    pub(crate) head_name: Option<String>,
    #[arg(long)]
    pub(crate) head_nip: Option<String>,
    #[arg(long)]
    pub(crate) head_golongan: Option<String>,
    #[arg(long)]
    pub(crate) head_jabatan: Option<String>,
}

pub(crate) fn office_cmd(s: &mut Store, cmd: OfficeCmd, today: NaiveDate) -> Result<(), Failure> {
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
