//! The circulars of docs/domain.md ("The circulars built in as templates"), built in as ready templates, plus "Normal".
//!
//! Each cites its source. Where the news report a seed comes from does not give the exact day
//! a circular was signed, the date is the earliest the report allows and the source says so:
//! the clerk copies the template and corrects it from the letter itself.

use super::{Circular, ClassRule, Covers, FlexibleWork, Obligations, Rule, Share};
use crate::model::{CircularDetail, JabatanClass, ServiceClass};
use chrono::NaiveDate;

fn window(from: (u32, u32), to: (u32, u32), season: super::WindowSeason) -> super::PresenceWindow {
    let t = |(h, m): (u32, u32)| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
    super::PresenceWindow { from: t(from), to: t(to), season }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn every_class(rule: Rule) -> Vec<ClassRule> {
    ServiceClass::ALL.iter().map(|c| ClassRule { service_class: (*c).into(), rule }).collect()
}

fn rules(pairs: &[(ServiceClass, Rule)]) -> Vec<ClassRule> {
    pairs.iter().map(|(c, r)| ClassRule { service_class: (*c).into(), rule: *r }).collect()
}

/// All built-in templates, oldest first, "Normal" last.
pub fn all() -> Vec<Circular> {
    vec![
        menpanrb_58_2020(),
        kaltara_2020(),
        kaltim_2020(),
        menpanrb_67_2020(),
        ppu_2021(),
        kaltim_ppkm_2021(),
        menpanrb_01_2024(),
        kalbar_2024(),
        fleksibel_2025(),
        menpanrb_02_2025(),
        menpanrb_03_2025(),
        menpanrb_b531_2025(),
        menpanrb_02_2026(),
        kaltim_2026(),
        kaltim_lebaran_2026(),
        jatim_2025(JatimGroup::Layanan),
        jatim_2025(JatimGroup::Daftar),
        jatim_2025(JatimGroup::Lainnya),
        normal(),
    ]
}

/// A national dated window of 2025–2026 (from news reports, until the clerk enters the text):
/// on its days the head of the agency splits WFO and WFH/WFA by staff and service; essential
/// and direct public services work as normal. It overlays the standing decision on its days.
fn national_window(key: &str, number: &str, title: &str, signed_on: NaiveDate, days: (NaiveDate, NaiveDate), said: &str) -> Circular {
    use ServiceClass::*;
    Circular {
        key: key.into(),
        number: number.into(),
        title: title.into(),
        issuer: MENPANRB.into(),
        signed_on,
        legal_basis: vec!["Peraturan Menteri PANRB Nomor 4 Tahun 2025".into()],
        valid_from: days.0,
        valid_to: Some(days.1),
        source: format!("Dari pemberitaan (naskah belum dimasukkan): {said}"),
        inferred: vec![CircularDetail::Title, CircularDetail::SignedOn, CircularDetail::LegalBasis],
        rules: rules(&[(Administrasi, Rule::KepalaOpd { wfo_share: None })]),
        day_rules: Vec::new(),
        covers: Covers::Asn,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations::default(),
    }
}

fn menpanrb_02_2025() -> Circular {
    national_window(
        "menpanrb-02-2025",
        "2 Tahun 2025",
        "Penyesuaian Sistem Kerja ASN menjelang Hari Raya Idulfitri 1446 Hijriah",
        day(2025, 3, 21),
        (day(2025, 3, 24), day(2025, 3, 27)),
        "24-27 Maret 2025, pimpinan instansi membagi pegawai WFO dan WFH/WFA menurut jumlah pegawai dan layanannya; layanan esensial tetap normal.",
    )
}

fn menpanrb_03_2025() -> Circular {
    national_window(
        "menpanrb-03-2025",
        "3 Tahun 2025",
        "Penyesuaian Sistem Kerja ASN setelah Hari Raya Idulfitri 1446 Hijriah",
        day(2025, 4, 4),
        (day(2025, 4, 8), day(2025, 4, 8)),
        "8 April 2025, pembagian WFO dan WFA oleh pimpinan instansi; layanan esensial tetap normal.",
    )
}

fn menpanrb_b531_2025() -> Circular {
    national_window(
        "menpanrb-b531-2025",
        "B/531/M.KT.02/2025",
        "Penyesuaian Sistem Kerja ASN pada Akhir Tahun 2025",
        day(2025, 12, 24),
        (day(2025, 12, 29), day(2025, 12, 31)),
        "surat Menteri PANRB untuk 29-31 Desember 2025: WFA dengan pembagian oleh pimpinan instansi; layanan esensial tetap normal.",
    )
}

fn menpanrb_02_2026() -> Circular {
    let mut c = national_window(
        "menpanrb-02-2026",
        "2 Tahun 2026",
        "Penyesuaian Sistem Kerja ASN di sekitar Libur Nasional dan Cuti Bersama Hari Raya Idulfitri 1447 Hijriah",
        day(2026, 2, 9),
        // 18-24 March are holidays and cuti bersama: the window's working days are 16-17 and
        // 25-27 March.
        (day(2026, 3, 16), day(2026, 3, 27)),
        "ditandatangani 9 Februari 2026; 16-17 dan 25-27 Maret 2026 kerja fleksibel menurut lokasi dan/atau waktu, proporsinya ditetapkan pimpinan instansi; unit esensial tetap normal.",
    );
    c.inferred.retain(|d| *d != CircularDetail::SignedOn);
    c
}

/// Kaltim 2026: WFA every Friday for the offices without direct service (from news reports;
/// the two online presence windows and the call rule are the letter's too, not yet checked
/// by the app).
fn kaltim_2026() -> Circular {
    Circular {
        key: "kaltim-2026".into(),
        number: "100.3.4/739/B.ORG-III/2026".into(),
        title: "Pelaksanaan Tugas Kedinasan secara Fleksibel (WFA) setiap Hari Jumat di Lingkungan Pemerintah Provinsi Kalimantan Timur".into(),
        issuer: "Gubernur Kalimantan Timur".into(),
        signed_on: day(2026, 2, 11),
        legal_basis: vec!["Peraturan Menteri PANRB Nomor 4 Tahun 2025".into()],
        valid_from: day(2026, 2, 13),
        valid_to: None,
        source: "Dari pemberitaan (naskah belum dimasukkan): WFA setiap Jumat mulai 13 Februari 2026; presensi daring dua kali, 06.30-07.30 dan 11.00-13.00 WITA (Ramadan 07.00-08.00); tidak menjawab 3 panggilan dalam 30 menit dilaporkan untuk disiplin; laporan kinerja harian; unit pelayanan langsung tetap masuk dengan sif.".into(),
        inferred: vec![CircularDetail::Title, CircularDetail::SignedOn],
        rules: Vec::new(),
        // Friday at home for administration; essential and direct-service units stay in.
        day_rules: vec![super::DayRule {
            days: vec![crate::model::Hari::Jumat],
            service_classes: vec![ServiceClass::Administrasi.into()],
            rule: Rule::WfhAll { piket_min: 0, piket_max: Some(0), piket_from: super::Classes::OFFICIALS },
        }],
        covers: Covers::Asn,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations {
            reachability_checks: true,
            call_rule: Some(super::CallRule { calls: 3, minutes: 30 }),
            // "Ramadan 07.00-08.00" read as the morning window's Ramadan hours; the midday
            // window holds all year (the reports do not say otherwise).
            presence_windows: vec![
                window((6, 30), (7, 30), super::WindowSeason::Ordinary),
                window((11, 0), (13, 0), super::WindowSeason::Always),
                window((7, 0), (8, 0), super::WindowSeason::Ramadan),
            ],
            ..Default::default()
        },
    }
}

/// Kaltim's Lebaran 2026 letter adds dated days to the Friday rule. Reports give its number
/// and that it adds days around Idulfitri 1447 H, not which: the days of SE MenPAN-RB 2/2026
/// (16-17 and 25-27 March) and the head's split are the app's reading until the text is in.
/// As the regional head's dated letter it takes precedence over the national window.
fn kaltim_lebaran_2026() -> Circular {
    use ServiceClass::*;
    Circular {
        key: "kaltim-lebaran-2026".into(),
        number: "000.8.3/1276/B.ORG-III/2026".into(),
        title: "Penyesuaian Sistem Kerja ASN di Lingkungan Pemerintah Provinsi Kalimantan Timur sekitar Hari Raya Idulfitri 1447 Hijriah".into(),
        issuer: "Gubernur Kalimantan Timur".into(),
        signed_on: day(2026, 3, 10),
        legal_basis: vec!["Surat Edaran Menteri PANRB Nomor 2 Tahun 2026".into()],
        valid_from: day(2026, 3, 16),
        valid_to: Some(day(2026, 3, 27)),
        source: "Dari pemberitaan (naskah belum dimasukkan): SE Gubernur Kaltim 000.8.3/1276/B.ORG-III/2026 menambah hari kerja fleksibel bertanggal sekitar Idulfitri 1447 H; tanggalnya (16-17 dan 25-27 Maret 2026, mengikuti SE MenPAN-RB 2/2026) dan pembagian oleh kepala perangkat daerah adalah tafsiran aplikasi.".into(),
        inferred: vec![CircularDetail::Title, CircularDetail::SignedOn, CircularDetail::ValidFrom, CircularDetail::Reading],
        rules: rules(&[(Esensial, Rule::WfoAll), (LayananPublik, Rule::WfoAll), (Administrasi, Rule::KepalaOpd { wfo_share: None })]),
        day_rules: Vec::new(),
        covers: Covers::Asn,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations { reachability_checks: true, ..Default::default() },
    }
}

/// The three groups of offices Jatim's March 2025 letter sets caps for: the province names
/// the offices, each OPD takes the template of its group.
#[derive(Clone, Copy)]
enum JatimGroup {
    /// Health, social, transport, Satpol PP, BPBD: 100% in the office.
    Layanan,
    /// Setda, Bapenda, Bappeda, BPKAD, BKD, BPSDM, DPMPTSP, Diskominfo and some technical
    /// offices: at most 50% away.
    Daftar,
    /// Every other office: at most 25% away.
    Lainnya,
}

/// Jatim, March 2025 (from news reports): how a province sets caps per class of office. The
/// number, signing date and days are not in the reports: the days are read as those of SE
/// MenPAN-RB 2/2025 (24-27 March 2025), marked.
fn jatim_2025(group: JatimGroup) -> Circular {
    use ServiceClass::*;
    let (key, whom, cap) = match group {
        JatimGroup::Layanan => {
            ("jatim-2025-layanan", "Dinas Kesehatan, Dinas Sosial, Dinas Perhubungan, Satpol PP, BPBD: 100% di kantor", None)
        }
        JatimGroup::Daftar => (
            "jatim-2025-50",
            "Setda, Bapenda, Bappeda, BPKAD, BKD, BPSDM, DPMPTSP, Diskominfo dan sebagian dinas teknis: paling banyak 50% di luar kantor",
            Some(50),
        ),
        JatimGroup::Lainnya => ("jatim-2025-25", "perangkat daerah lainnya: paling banyak 25% di luar kantor", Some(25)),
    };
    let away = |cap: Option<u32>| cap.map_or(Rule::WfoAll, |p| Rule::WfhMax { share: Share::percent(p) });
    Circular {
        key: key.into(),
        number: "Sistem Kerja ASN Maret 2025".into(),
        title: format!("Sistem Kerja ASN di Lingkungan Pemerintah Provinsi Jawa Timur ({whom})"),
        issuer: "Gubernur Jawa Timur".into(),
        signed_on: day(2025, 3, 21),
        legal_basis: vec!["Surat Edaran Menteri PANRB Nomor 2 Tahun 2025".into()],
        valid_from: day(2025, 3, 24),
        valid_to: Some(day(2025, 3, 27)),
        source: "Dari pemberitaan (naskah belum dimasukkan): Jawa Timur, Maret 2025: kesehatan, sosial, perhubungan, Satpol PP dan BPBD 100% di kantor; Setda, Bapenda, Bappeda, BPKAD, BKD, BPSDM, DPMPTSP, Diskominfo dan sebagian dinas teknis paling banyak 50% di luar kantor; lainnya paling banyak 25%. Nomor, tanggal dan hari berlakunya belum dari naskah.".into(),
        inferred: vec![CircularDetail::Number, CircularDetail::Title, CircularDetail::SignedOn, CircularDetail::ValidFrom],
        rules: rules(&[(Esensial, Rule::WfoAll), (LayananPublik, away(cap)), (Administrasi, away(cap))]),
        day_rules: Vec::new(),
        covers: Covers::Asn,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations::default(),
    }
}

pub fn get(key: &str) -> Option<Circular> {
    all().into_iter().find(|c| c.key == key)
}

fn kaltara_2020() -> Circular {
    Circular {
        key: "kaltara-2020".into(),
        number: "800/237/BO/GUB".into(),
        title: "Sistem Kerja PNS dan Non PNS di Lingkungan Pemerintah Provinsi Kalimantan Utara dalam Tatanan Normal Baru".into(),
        issuer: "Gubernur Kalimantan Utara".into(),
        signed_on: day(2020, 6, 8),
        legal_basis: vec!["SE Menteri PANRB Nomor 58 Tahun 2020".into()],
        valid_from: day(2020, 6, 8),
        valid_to: None,
        source: "Berita Pemprov Kaltara, Rabu 10 Juni 2020. PNS dan Non PNS bekerja WFO dan/atau WFH sesuai keputusan pimpinan OPD. Tanggal diperkirakan dari berita: sesuaikan dengan naskah SE.".into(),
        inferred: vec![CircularDetail::SignedOn, CircularDetail::ValidFrom],
        rules: every_class(Rule::KepalaOpd { wfo_share: None }),
        day_rules: Vec::new(),
        covers: Covers::All,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations { health_protocol: true, ..Default::default() },
    }
}

fn kaltim_2020() -> Circular {
    Circular {
        key: "kaltim-2020".into(),
        number: "065/3674/B.Org".into(),
        title: "Sistem Kerja Pegawai Negeri Sipil dalam Tatanan Normal Baru di Lingkungan Pemerintah Provinsi Kalimantan Timur".into(),
        issuer: "Gubernur Kalimantan Timur".into(),
        signed_on: day(2020, 6, 5),
        legal_basis: vec!["SE Menteri PANRB Nomor 58 Tahun 2020".into()],
        valid_from: day(2020, 6, 8),
        valid_to: None,
        source: "IbukotaKini, \"Begini Pemprov Kaltim Mengatur ASN Menjelang New Normal\": WFO dengan shift, paling banyak 1/5 dari jumlah pegawai di luar JPT Pratama dan Pejabat Administrator. Tanggal diperkirakan: sesuaikan dengan naskah SE.".into(),
        // "Shift atau paling banyak 1/5 dari jumlah pegawai": the article does not say WFO.
        inferred: vec![CircularDetail::SignedOn, CircularDetail::ValidFrom, CircularDetail::LegalBasis, CircularDetail::Reading],
        rules: every_class(Rule::WfoMax { share: Share::new(1, 5), min_present: 0 }),
        day_rules: Vec::new(),
        covers: Covers::Pns,
        not_counted: vec![JabatanClass::JptPratama, JabatanClass::Administrator],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations { online_channels: true, health_protocol: true, video_meetings: true, ..Default::default() },
    }
}

fn ppu_2021() -> Circular {
    Circular {
        key: "ppu-2021".into(),
        number: "061.2/332/TU-Pimp/O51/Ortal".into(),
        title: "Uji Coba Pelaksanaan Tugas Kedinasan di Kantor (Work From Office) bagi ASN di Lingkungan Pemerintah Kabupaten Penajam Paser Utara".into(),
        issuer: "Bupati Penajam Paser Utara".into(),
        signed_on: day(2021, 3, 9),
        // Quoted in the article.
        legal_basis: vec!["Keputusan Menteri Dalam Negeri Nomor 440-842 Tahun 2020".into()],
        valid_from: day(2021, 3, 10),
        valid_to: Some(day(2021, 3, 23)),
        source: "Kaltim Today, 12 Maret 2021: uji coba WFO 10-23 Maret 2021 ditetapkan Kepala OPD; hanya pegawai sehat yang masuk; pegawai WFH harus dapat dihubungi. Tanggal tanda tangan diperkirakan.".into(),
        inferred: vec![CircularDetail::Title, CircularDetail::Issuer, CircularDetail::SignedOn],
        rules: every_class(Rule::KepalaOpd { wfo_share: None }),
        day_rules: Vec::new(),
        covers: Covers::All,
        not_counted: vec![],
        flexible: None,
        health_rule: true,
        within: None,
        psbb_rules: Vec::new(),
        // The trial is evaluated; a report to the Sekda for it is in no source.
        obligations: Obligations { reachability_checks: true, health_protocol: true, ..Default::default() },
    }
}

/// Kaltim PPKM 2021: "beberapa pejabat yang jumlahnya sedikit tetap piket" — at least one and
/// a few (three, a setting the clerk may change) of the officials.
fn few_officials_on_piket() -> Rule {
    Rule::WfhAll { piket_min: 1, piket_max: Some(3), piket_from: crate::model::circular::Classes::OFFICIALS }
}

fn kaltim_ppkm_2021() -> Circular {
    use ServiceClass::*;
    let quarter = Rule::WfoMax { share: Share::percent(25), min_present: 0 };
    Circular {
        key: "kaltim-ppkm-2021".into(),
        number: "PPKM Darurat 2021".into(),
        title: "Pemberlakuan WFH dan WFO pada Pelaksanaan Kegiatan Pemerintahan di Lingkungan Pemerintah Provinsi Kalimantan Timur dalam rangka PPKM Darurat Covid-19".into(),
        issuer: "Gubernur Kalimantan Timur".into(),
        signed_on: day(2021, 7, 13),
        legal_basis: vec!["Instruksi Menteri Dalam Negeri tentang PPKM Darurat Corona Virus Disease 2019".into()],
        valid_from: day(2021, 7, 13),
        valid_to: Some(day(2021, 7, 20)),
        source: "Bisnis.com, 13 Juli 2021: unit tanpa layanan masyarakat WFH 100% dengan piket; unit layanan publik (RSU AWS, DPMPTSP, BPKAD) WFO paling banyak 25%; semua OPD melapor ke Sekda selama 13-20 Juli 2021; \"beberapa pejabat yang jumlahnya sedikit tetap piket\": piket paling sedikit 1 dan paling banyak 3 orang pejabat (JPT, administrator, pengawas), angka 3 ditetapkan Giliran (diperkirakan). Nomor SE tidak disebut dalam berita: isi dari naskah SE.".into(),
        inferred: vec![CircularDetail::Number, CircularDetail::LegalBasis],
        rules: rules(&[(Esensial, quarter), (LayananPublik, quarter), (Administrasi, few_officials_on_piket())]),
        day_rules: Vec::new(),
        covers: Covers::All,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        // "Setiap OPD melaporkan kegiatannya kepada Sekda" for the period.
        obligations: Obligations {
            report_to_sekda: "kegiatan selama periode".into(),
            publish_phones: true,
            online_channels: true,
            health_protocol: true,
            video_meetings: true,
            ..Default::default()
        },
    }
}

fn kalbar_2024() -> Circular {
    use ServiceClass::*;
    Circular {
        key: "kalbar-2024".into(),
        number: "800/01/Prov".into(),
        title: "Penyesuaian Sistem Kerja Pegawai ASN setelah Libur Nasional dan Cuti Bersama Hari Raya Idulfitri 1445 Hijriah".into(),
        issuer: "Penjabat Gubernur Kalimantan Barat".into(),
        signed_on: day(2024, 4, 13),
        legal_basis: vec!["SE Menteri PANRB Nomor 01 Tahun 2024 tanggal 13 April 2024".into()],
        valid_from: day(2024, 4, 16),
        valid_to: Some(day(2024, 4, 17)),
        source: "Suara Pemred, 15 April 2024: layanan esensial dan layanan langsung (RSUD, Satpol PP) WFO 100%; administrasi pemerintahan WFH paling banyak 50% pada 16-17 April 2024; semua kembali WFO 18 April 2024.".into(),
        rules: rules(&[
            (Esensial, Rule::WfoAll),
            (LayananPublik, Rule::WfoAll),
            (Administrasi, Rule::WfhMax { share: Share::percent(50) }),
        ]),
        inferred: Vec::new(),
        day_rules: Vec::new(),
        covers: Covers::Asn,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations { online_channels: true, ..Default::default() },
    }
}

const MENPANRB: &str = "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi";

/// The national circular of the new normal: the head of each agency (PPK) decides who works
/// where; the share is the office's own (50% as offices applied it, a setting to change).
fn menpanrb_58_2020() -> Circular {
    Circular {
        key: "menpanrb-58-2020".into(),
        number: "58 Tahun 2020".into(),
        title: "Sistem Kerja Pegawai Aparatur Sipil Negara dalam Tatanan Normal Baru".into(),
        issuer: MENPANRB.into(),
        signed_on: day(2020, 5, 29),
        legal_basis: vec![],
        valid_from: day(2020, 6, 1),
        valid_to: None,
        source: "SE MenPAN-RB 58/2020 (29 Mei 2020, menurut pemberitaan): PPK menetapkan pegawai yang bekerja di kantor dan di rumah dengan memperhatikan sebaran Covid-19; sistem kerja dapat dengan shift; di daerah PSBB bekerja dari rumah kecuali tugas yang harus di kantor. Bagian WFO 50% bukan angka SE (tidak ditemukan dalam sumber): isi sesuai keputusan Kepala OPD. Mulai berlaku 1 atau 5 Juni 2020 menurut pemberitaan.".into(),
        inferred: vec![CircularDetail::ValidFrom, CircularDetail::Reading],
        rules: every_class(Rule::KepalaOpd { wfo_share: Some(Share::percent(50)) }),
        day_rules: Vec::new(),
        covers: Covers::Asn,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        // In a PSBB region: at home, except the tasks that must be done in the office (the
        // office names who stand them, from any class); essential services keep their rule.
        psbb_rules: rules(&[
            (ServiceClass::LayananPublik, Rule::WfhAll { piket_min: 0, piket_max: None, piket_from: super::Classes::all() }),
            (ServiceClass::Administrasi, Rule::WfhAll { piket_min: 0, piket_max: None, piket_from: super::Classes::all() }),
        ]),
        // "Weekly reports" were not found in any source: not an obligation of the letter.
        obligations: Obligations { health_protocol: true, ..Default::default() },
    }
}

/// The national circular that capped WFO by the region's risk zone; the zone itself is the
/// office's entry per period (office::zones).
fn menpanrb_67_2020() -> Circular {
    Circular {
        key: "menpanrb-67-2020".into(),
        number: "67 Tahun 2020".into(),
        title: "Perubahan atas SE Menteri PANRB Nomor 58 Tahun 2020 tentang Sistem Kerja Pegawai ASN dalam Tatanan Normal Baru".into(),
        issuer: MENPANRB.into(),
        signed_on: day(2020, 9, 4),
        legal_basis: vec!["SE Menteri PANRB Nomor 58 Tahun 2020".into()],
        valid_from: day(2020, 9, 4),
        valid_to: None,
        source: "SE MenPAN-RB 67/2020 (4 September 2020): pegawai yang bekerja di kantor paling banyak menurut zona risiko daerah: tidak terdampak 100%, risiko rendah 75%, risiko sedang 50%, risiko tinggi 25%. Zona ditetapkan Satgas; masukkan setiap perubahan zona di menu Surat Edaran. Perihal diringkas: sesuaikan dengan naskah SE.".into(),
        inferred: vec![CircularDetail::Title],
        rules: every_class(Rule::ByZone {
            none: Share::percent(100),
            low: Share::percent(75),
            medium: Share::percent(50),
            high: Share::percent(25),
        }),
        day_rules: Vec::new(),
        covers: Covers::Asn,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations { health_protocol: true, ..Default::default() },
    }
}

/// The national circular the Kalbar one followed: two days after Idulfitri 1445 H.
fn menpanrb_01_2024() -> Circular {
    use ServiceClass::*;
    Circular {
        key: "menpanrb-01-2024".into(),
        number: "01 Tahun 2024".into(),
        title: "Penyesuaian Sistem Kerja Aparatur Sipil Negara setelah Libur Nasional dan Cuti Bersama Hari Raya Idulfitri 1445 Hijriah".into(),
        issuer: MENPANRB.into(),
        signed_on: day(2024, 4, 13),
        legal_basis: vec![],
        valid_from: day(2024, 4, 16),
        valid_to: Some(day(2024, 4, 17)),
        source: "SE MenPAN-RB 01/2024 (13 April 2024), sebagaimana dikutip SE Kalbar 800/01/Prov: 16-17 April 2024 tugas administrasi pemerintahan dan dukungan pimpinan WFH paling banyak 50% (bagian ditetapkan PPK); pelayanan langsung kepada masyarakat (kesehatan, keamanan dan ketertiban, bencana, energi, logistik, pos, transportasi dan distribusi, objek vital nasional, proyek strategis nasional, konstruksi, utilitas dasar) WFO 100%. Perihal diringkas: sesuaikan dengan naskah SE.".into(),
        inferred: vec![CircularDetail::Title],
        rules: rules(&[
            (Esensial, Rule::WfoAll),
            (LayananPublik, Rule::WfoAll),
            (Administrasi, Rule::WfhMax { share: Share::percent(50) }),
        ]),
        day_rules: Vec::new(),
        covers: Covers::Asn,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations::default(),
    }
}

/// The office's decision on flexible work under PermenPANRB 4/2025 (signed 16 April 2025, in
/// force 21 April 2025). The regulation leaves the figures to the agency: these are reported
/// practice (BKN: 3 days in the office, 2 away; a KemenPANRB draft: at most 30% of a unit away,
/// start at the latest 09:00 and make the time up, 8 times a month) and Monday's apel, for the
/// office to set in its own decision.
fn fleksibel_2025() -> Circular {
    Circular {
        key: "fleksibel-2025".into(),
        number: "-".into(),
        title: "Pelaksanaan Tugas Kedinasan Pegawai ASN secara Fleksibel di Lingkungan OPD".into(),
        issuer: "Kepala OPD".into(),
        signed_on: day(2025, 4, 21),
        legal_basis: vec![
            "Peraturan Presiden Nomor 21 Tahun 2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN".into(),
            "Peraturan Menteri PANRB Nomor 4 Tahun 2025 tentang Pelaksanaan Tugas Kedinasan Pegawai ASN secara Fleksibel pada Instansi Pemerintah".into(),
        ],
        valid_from: day(2025, 4, 21),
        valid_to: None,
        source: "PermenPANRB 4/2025 (ditetapkan 16 April 2025, berlaku 21 April 2025): fleksibel lokasi (kantor lain, rumah, lokasi lain sesuai kebutuhan organisasi) dan waktu (shift atau jam dinamis) ditetapkan pimpinan instansi; bukan hak pegawai. Angka-angka (2 hari per minggu di luar kantor, paling banyak 30% unit, masuk paling lambat 09:00 sebanyak 8 kali sebulan, TMT 12 bulan, apel Senin) adalah praktik yang diberitakan dan rancangan KemenPANRB: tetapkan sesuai keputusan Kepala OPD.".into(),
        inferred: vec![CircularDetail::Number, CircularDetail::SignedOn, CircularDetail::OfficeOwn],
        rules: every_class(Rule::Flexible { away_max: Share::percent(30) }),
        day_rules: vec![super::DayRule { days: vec![crate::model::Hari::Senin], service_classes: Vec::new(), rule: Rule::WfoAll }],
        covers: Covers::Asn,
        not_counted: vec![],
        flexible: Some(FlexibleWork {
            days_away_week: 2,
            eligible: super::Classes::all(),
            new_staff_months: 12,
            latest_start: Some("09:00".into()),
            dynamic_per_month: 8,
            named: Vec::new(),
            excepted: Vec::new(),
        }),
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations { report_to_sekda: "bulanan (ketetapan kantor)".into(), ..Default::default() },
    }
}

fn normal() -> Circular {
    Circular {
        key: "normal".into(),
        number: "-".into(),
        title: "Sistem kerja normal: semua pegawai WFO pada hari kerja".into(),
        issuer: "Kepala OPD".into(),
        signed_on: day(2025, 1, 1),
        legal_basis: vec![],
        valid_from: day(2025, 1, 1),
        valid_to: None,
        source: "Bawaan Giliran: dipakai untuk menandai bahwa sebuah periode kembali normal.".into(),
        rules: vec![],
        inferred: Vec::new(),
        day_rules: Vec::new(),
        covers: Covers::All,
        not_counted: vec![],
        flexible: None,
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Obligations::default(),
    }
}
