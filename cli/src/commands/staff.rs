//! The staff list: list, add, edit, (de)activate, import and export.

use crate::*;

#[derive(Subcommand)]
pub(crate) enum StaffCmd {
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
        /// (kolom: kind, id_number, nik, name, jabatan_class, jabatan, golongan, unit, team, phone, status, machine_id,
        /// address, tmt_cpns)
        #[arg(long = "map", value_name = "KOLOM=JUDUL")]
        map: Vec<String>,
        /// Lembar yang dibaca, bila berkas berisi beberapa lembar
        #[arg(long)]
        sheet: Option<String>,
        /// Nonaktifkan pegawai ASN aktif yang tidak ada di berkas (ekspor SIASN yang lebih baru:
        /// pensiun, mutasi); tanpa pilihan ini mereka hanya disebutkan
        #[arg(long)]
        deactivate_missing: bool,
        /// Tempatkan UNOR SIASN di unit atau tim (nomor atau nama), mis. --unor "A5B2=Sekretariat";
        /// "baru" membuat unit bernama seperti UNOR-nya. Diingat untuk impor berikutnya.
        #[arg(long = "unor", value_name = "UNOR_ID=UNIT")]
        unor: Vec<String>,
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
        /// Satu halaman saja: paling banyak sekian baris (seperti layar Pegawai)
        #[arg(long)]
        limit: Option<u32>,
        /// Mulai dari baris ke sekian (0 = pertama), bersama --limit
        #[arg(long, default_value_t = 0)]
        offset: u32,
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
pub(crate) struct StaffArgs {
    /// Jenis pegawai: pns, pppk, non_asn
    #[arg(long)]
    pub(crate) kind: Option<String>,
    /// NIP (PNS), NI PPPK, atau NIK/nomor internal (Non-ASN)
    #[arg(long)]
    pub(crate) number: Option<String>,
    /// Nama lengkap dengan gelar
    #[arg(long)]
    pub(crate) name: Option<String>,
    /// Kelas jabatan: jpt_pratama, administrator, pengawas, fungsional, pelaksana
    #[arg(long)]
    pub(crate) jabatan_class: Option<String>,
    /// Nama jabatan
    #[arg(long)]
    pub(crate) jabatan: Option<String>,
    /// Golongan: III/a (PNS), IX (PPPK)
    #[arg(long)]
    pub(crate) golongan: Option<String>,
    /// Unit kerja (nomor atau nama; nama tim/seksi juga boleh)
    #[arg(long)]
    pub(crate) unit: Option<String>,
    /// Tim/seksi (nomor atau nama)
    #[arg(long)]
    pub(crate) team: Option<String>,
    /// Nomor telepon
    #[arg(long)]
    pub(crate) phone: Option<String>,
    /// ID pegawai pada mesin presensi (AC-No./PIN); kosongkan dengan ""
    #[arg(long)]
    pub(crate) machine_id: Option<String>,
    /// Alamat rumah seperti di data kepegawaian (tempat WFA "rumah")
    #[arg(long)]
    pub(crate) address: Option<String>,
    /// TMT CPNS (PPPK: TMT pengangkatan), dd-mm-yyyy; kosongkan dengan "" (dibaca dari NIP)
    #[arg(long)]
    pub(crate) tmt_cpns: Option<String>,
}

pub(crate) fn staff_rows(list: &[giliran_core::model::Staff]) -> Vec<Vec<String>> {
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

pub(crate) const STAFF_HEADERS: &[&str] =
    &["No", "NIP/NIK", "Nama", "Jenis", "Jabatan", "Pangkat/Gol.", "Unit kerja", "Tim/Seksi", "Telepon", "Status"];

pub(crate) fn staff_cmd(s: &mut Store, cmd: StaffCmd, today: NaiveDate) -> Result<(), Failure> {
    match cmd {
        StaffCmd::Export { file } => {
            let n = giliran_core::files::staff_io::export(s, &file)?;
            println!("{n} pegawai disimpan ke {}.", file.display());
        }
        StaffCmd::Template { file } => {
            giliran_core::files::staff_io::template(&file)?;
            println!("Templat impor pegawai disimpan ke {}.", file.display());
        }
        StaffCmd::Import { file, preview, map, sheet, deactivate_missing, unor } => {
            let mut mapping = giliran_core::files::staff_io::Mapping::default();
            if let Some(s) = &sheet {
                mapping.0.insert("sheet".into(), s.clone());
            }
            if deactivate_missing {
                mapping.0.insert(giliran_core::files::staff_io::DEACTIVATE_KEY.into(), "1".into());
            }
            for m in &map {
                let (k, v) = m
                    .split_once('=')
                    .ok_or_else(|| Error::invalid("map", format!("Tulis --map KOLOM=JUDUL, mis. --map unit=SATKER (tertulis \"{m}\").")))?;
                mapping.0.insert(k.trim().to_string(), v.trim().trim_matches('"').to_string());
            }
            for u in &unor {
                let (id, unit) = u.split_once('=').ok_or_else(|| {
                    Error::invalid("unor", format!("Tulis --unor UNOR_ID=UNIT, mis. --unor A5B2=Sekretariat (tertulis \"{u}\")."))
                })?;
                let to = match unit.trim() {
                    w if w.eq_ignore_ascii_case("baru") => String::new(),
                    w => units::find(s, w)?.id.to_string(),
                };
                mapping.0.insert(format!("{}{}", giliran_core::files::staff_io::UNOR_PREFIX, id.trim()), to);
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
            for u in &p.unors {
                println!("UNOR {} {} ({} orang) → {} ({})", u.id, u.name, u.people, u.unit, u.how);
            }
            for c in &p.changed {
                println!("Baris {}: {} ({}): {}", c.row, c.name, c.id_display, c.changes.join("; "));
            }
            for c in &p.missing {
                let done = if p.missing_deactivated { "dinonaktifkan" } else { "tetap aktif" };
                println!("Tidak ada di berkas: {} ({}), {}; {done}.", c.name, c.id_display, c.changes.join("; "));
            }
            for problem in &p.problems {
                println!("{problem}");
            }
            if preview && !p.problems.is_empty() {
                return Err(Error::Conflict(format!("{} baris bermasalah; berkas ini belum dapat diimpor.", p.problems.len())).into());
            }
        }
        StaffCmd::List { unit, search, all, limit, offset, format } => {
            let unit_id = unit.map(|u| units::find(s, &u)).transpose()?.map(|u| u.id);
            let f = StaffFilter { search: search.unwrap_or_default(), unit_id, include_inactive: all, limit, offset, ..Default::default() };
            let list = staff::list(s, &f)?;
            output::print(format, Listing { headers: STAFF_HEADERS, rows: staff_rows(&list), records: &list })?;
            if limit.is_some() && !matches!(format.format, output::Format::Json) {
                let total = staff::page(s, &f)?.total;
                eprintln!("Baris {}–{} dari {total} pegawai.", offset + 1, offset as usize + list.len());
            }
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
pub(crate) fn set(slot: &mut String, v: Option<String>) {
    if let Some(v) = v {
        *slot = v;
    }
}

/// Fills `input` with the flags given; units and teams are looked up by number or name.
pub(crate) fn apply(s: &mut Store, input: &mut StaffInput, a: StaffArgs) -> Result<(), Error> {
    set(&mut input.kind, a.kind);
    set(&mut input.id_number, a.number);
    set(&mut input.name, a.name);
    set(&mut input.jabatan_class, a.jabatan_class);
    set(&mut input.jabatan, a.jabatan);
    set(&mut input.golongan, a.golongan);
    set(&mut input.phone, a.phone);
    set(&mut input.machine_id, a.machine_id);
    set(&mut input.address, a.address);
    set(&mut input.tmt_cpns, a.tmt_cpns);
    if let Some(u) = a.unit {
        input.unit_id = Some(units::find(s, &u)?.id);
        input.team_id = None;
    }
    if let Some(t) = a.team {
        input.team_id = Some(units::find(s, &t)?.id);
    }
    Ok(())
}
