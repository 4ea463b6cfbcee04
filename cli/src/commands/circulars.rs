//! Surat Edaran: templates, the office's circulars, import and export, history, choices.

use crate::*;

#[derive(Subcommand)]
pub(crate) enum CircularCmd {
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
        /// Kode SE; tanpa kode: kembali ke urutan bawaan (SE bertanggal, lalu SE kepala daerah,
        /// lalu yang terakhir ditandatangani)
        key: Option<String>,
        /// Tanggal awal
        #[arg(long)]
        from: String,
        /// Tanggal akhir
        #[arg(long)]
        to: String,
    },
    /// Akhiri SE pada suatu tanggal (dicabut, atau diganti SE baru)
    End {
        /// Kode SE
        key: String,
        /// Hari terakhir berlakunya
        #[arg(long)]
        on: String,
    },
    /// Jadikan SE/keputusan ini pelaksanaan SE kepala daerah (boleh lebih ketat, tidak lebih
    /// longgar); tanpa --of: lepaskan
    Within {
        /// Kode keputusan Kepala OPD
        key: String,
        /// Kode SE kepala daerah yang dilaksanakannya
        #[arg(long = "of")]
        within: Option<String>,
    },
}

pub(crate) fn circular_rows(list: &[&Circular]) -> Vec<Vec<String>> {
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

pub(crate) const CIRCULAR_HEADERS: &[&str] = &["Kode", "Nomor", "Penerbit", "Ditandatangani", "Berlaku", "Perihal"];

pub(crate) fn circular_cmd(s: &mut Store, cmd: CircularCmd, today: NaiveDate) -> Result<(), Failure> {
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
            if let Some(p) = &c.within {
                rows.push(vec!["Melaksanakan".into(), circulars::get(s, p).map(|x| x.circular.citation()).unwrap_or_else(|_| p.clone())]);
            }
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
                None => println!("{n} hari kembali mengikuti urutan bawaan."),
            }
        }
        CircularCmd::End { key, on } => {
            let c = circulars::end(s, &key, &on)?;
            println!("{} berakhir {}.", c.citation(), c.valid_to.map(giliran_core::model::dates::short).unwrap_or_default());
        }
        CircularCmd::Within { key, within } => {
            let c = circulars::place_within(s, &key, within.as_deref())?;
            match &c.within {
                Some(p) => println!("{} melaksanakan SE {p}: berlaku selama SE itu berlaku dan didahulukan atasnya.", c.citation()),
                None => println!("{} berdiri sendiri.", c.citation()),
            }
        }
    }
    Ok(())
}
