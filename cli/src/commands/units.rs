//! Units and teams, their shift groups, and the office's own service classes.

use crate::*;

#[derive(Subcommand)]
pub(crate) enum ShiftCmd {
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
pub(crate) enum ClassesCmd {
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
pub(crate) enum UnitsCmd {
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

pub(crate) fn units_cmd(s: &mut Store, cmd: UnitsCmd) -> Result<(), Failure> {
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

pub(crate) fn shift_cmd(s: &mut Store, cmd: ShiftCmd) -> Result<(), Failure> {
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

pub(crate) fn classes_cmd(s: &mut Store, cmd: ClassesCmd) -> Result<(), Failure> {
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
