//! "Muat data contoh": a realistic example office so a newcomer can try everything at once.
//!
//! A provincial Dinas Kominfo with five units (one per service class the circulars know, plus
//! a UPTD), teams under each, and about 60 people: PNS, PPPK and Non-ASN with valid NIPs,
//! NIKs and phone numbers. Generated from a fixed seed, so every install gets the same office
//! and tests can rely on it. Loaded through the same checks as a clerk's input.

use crate::model::error::{Error, Result};
use crate::model::{GovLevel, Office, StaffInput, UnitInput};
use crate::store::{Store, Tx};
use chrono::NaiveDate;

/// What was loaded, for the message to the clerk.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Loaded {
    pub units: usize,
    pub teams: usize,
    pub staff: usize,
}

struct UnitSpec {
    name: &'static str,
    class: &'static str,
    head: &'static str,
    teams: &'static [TeamSpec],
}

struct TeamSpec {
    name: &'static str,
    head: &'static str,
    /// (kind, jabatan class, jabatan) of each member after the head.
    members: &'static [(&'static str, &'static str, &'static str)],
}

const PKA: &str = "Pranata Komputer Ahli Pertama";
const PKM: &str = "Pranata Komputer Ahli Muda";
const ADM: &str = "Pengadministrasi Perkantoran";
const PLO: &str = "Penata Layanan Operasional";
const TAD: &str = "Tenaga Administrasi";

const UNITS: &[UnitSpec] = &[
    UnitSpec {
        name: "Sekretariat",
        class: "administrasi",
        head: "Sekretaris",
        teams: &[
            TeamSpec {
                name: "Subbagian Umum dan Kepegawaian",
                head: "Kepala Subbagian Umum dan Kepegawaian",
                members: &[
                    ("pns", "fungsional", "Analis Sumber Daya Manusia Aparatur Ahli Pertama"),
                    ("pns", "fungsional", "Arsiparis Terampil"),
                    ("pns", "pelaksana", ADM),
                    ("pppk", "pelaksana", PLO),
                    ("non_asn", "pelaksana", "Pengemudi"),
                    ("non_asn", "pelaksana", "Pramubakti"),
                ],
            },
            TeamSpec {
                name: "Subbagian Perencanaan dan Keuangan",
                head: "Kepala Subbagian Perencanaan dan Keuangan",
                members: &[
                    ("pns", "fungsional", "Perencana Ahli Pertama"),
                    ("pns", "fungsional", "Analis Keuangan Pusat dan Daerah Ahli Pertama"),
                    ("pns", "pelaksana", "Bendahara"),
                    ("pppk", "pelaksana", ADM),
                    ("non_asn", "pelaksana", TAD),
                ],
            },
        ],
    },
    UnitSpec {
        name: "Bidang Aplikasi Informatika",
        class: "administrasi",
        head: "Kepala Bidang Aplikasi Informatika",
        teams: &[
            TeamSpec {
                name: "Seksi Tata Kelola E-Government",
                head: "Kepala Seksi Tata Kelola E-Government",
                members: &[
                    ("pns", "fungsional", PKM),
                    ("pppk", "fungsional", PKA),
                    ("pns", "pelaksana", PLO),
                    ("non_asn", "pelaksana", TAD),
                ],
            },
            TeamSpec {
                name: "Seksi Pengembangan Aplikasi",
                head: "Kepala Seksi Pengembangan Aplikasi",
                members: &[
                    ("pns", "fungsional", PKA),
                    ("pppk", "fungsional", PKA),
                    ("pppk", "fungsional", PKA),
                    ("non_asn", "pelaksana", "Tenaga Teknis Pemrograman"),
                ],
            },
        ],
    },
    UnitSpec {
        name: "Bidang Informasi dan Komunikasi Publik",
        class: "layanan_publik",
        head: "Kepala Bidang Informasi dan Komunikasi Publik",
        teams: &[
            TeamSpec {
                name: "Seksi Pengelolaan Informasi Publik",
                head: "Kepala Seksi Pengelolaan Informasi Publik",
                members: &[
                    ("pns", "fungsional", "Pranata Hubungan Masyarakat Ahli Muda"),
                    ("pns", "fungsional", "Pranata Hubungan Masyarakat Ahli Pertama"),
                    ("pppk", "pelaksana", "Pengelola Layanan Informasi"),
                    ("non_asn", "pelaksana", "Tenaga Desain Grafis"),
                ],
            },
            TeamSpec {
                name: "Seksi Layanan Pengaduan",
                head: "Kepala Seksi Layanan Pengaduan",
                members: &[
                    ("pns", "pelaksana", "Pengelola Pengaduan Masyarakat"),
                    ("pppk", "pelaksana", "Pengelola Pengaduan Masyarakat"),
                    ("pns", "fungsional", "Pranata Hubungan Masyarakat Ahli Pertama"),
                    ("non_asn", "pelaksana", "Operator Layanan Pengaduan"),
                    ("non_asn", "pelaksana", "Operator Layanan Pengaduan"),
                ],
            },
        ],
    },
    UnitSpec {
        name: "Bidang Persandian dan Statistik",
        class: "esensial",
        head: "Kepala Bidang Persandian dan Statistik",
        teams: &[
            TeamSpec {
                name: "Seksi Persandian dan Keamanan Informasi",
                head: "Kepala Seksi Persandian dan Keamanan Informasi",
                members: &[
                    ("pns", "fungsional", "Sandiman Ahli Muda"),
                    ("pns", "fungsional", "Sandiman Ahli Pertama"),
                    ("pppk", "fungsional", "Sandiman Ahli Pertama"),
                ],
            },
            TeamSpec {
                name: "Seksi Statistik Sektoral",
                head: "Kepala Seksi Statistik Sektoral",
                members: &[
                    ("pns", "fungsional", "Statistisi Ahli Pertama"),
                    ("pppk", "fungsional", "Statistisi Ahli Pertama"),
                    ("non_asn", "pelaksana", "Tenaga Pengolah Data"),
                ],
            },
        ],
    },
    UnitSpec {
        name: "UPTD Pusat Data dan Jaringan",
        class: "esensial",
        head: "Kepala UPTD Pusat Data dan Jaringan",
        teams: &[
            TeamSpec {
                name: "Subbagian Tata Usaha",
                head: "Kepala Subbagian Tata Usaha",
                members: &[("pns", "pelaksana", ADM), ("non_asn", "pelaksana", "Petugas Keamanan")],
            },
            TeamSpec {
                name: "Seksi Operasional Pusat Data",
                head: "Kepala Seksi Operasional Pusat Data",
                members: &[
                    ("pns", "fungsional", PKM),
                    ("pns", "fungsional", PKA),
                    ("pppk", "fungsional", PKA),
                    ("non_asn", "pelaksana", "Tenaga Teknis Jaringan"),
                    ("non_asn", "pelaksana", "Tenaga Teknis Jaringan"),
                ],
            },
        ],
    },
];

const MEN: &[&str] = &[
    "Ahmad", "Budi", "Rudi", "Agus", "Hendra", "Dedi", "Eko", "Fajar", "Irwan", "Joko", "Rizky", "Syahrul", "Yusuf", "Hasan", "Andi",
    "Bayu", "Dimas", "Taufik", "Wahyu", "Arif", "Heri", "Rahmat",
];
const WOMEN: &[&str] = &[
    "Siti", "Dewi", "Rina", "Nur", "Fitri", "Sri", "Ani", "Yuli", "Maya", "Ratna", "Indah", "Putri", "Wulan", "Nurul", "Dian", "Mega",
    "Ayu", "Lina", "Rosita", "Hasanah",
];
const MEN_FAMILY: &[&str] = &[
    "Santoso",
    "Pratama",
    "Hidayat",
    "Saputra",
    "Kurniawan",
    "Wijaya",
    "Rahman",
    "Setiawan",
    "Nugroho",
    "Syahputra",
    "Hakim",
    "Siregar",
    "Nasution",
    "Ramadhan",
    "Firmansyah",
    "Gunawan",
];
const WOMEN_FAMILY: &[&str] = &[
    "Lestari",
    "Permata",
    "Handayani",
    "Rahmawati",
    "Anggraini",
    "Sari",
    "Wulandari",
    "Utami",
    "Maharani",
    "Aminah",
    "Susanti",
    "Fitriani",
    "Siregar",
    "Nasution",
    "Puspitasari",
    "Kusumawati",
];
const DEGREES: &[&str] = &["S.Kom.", "S.E.", "S.H.", "S.Sos.", "S.T.", "S.I.Kom.", "S.Kom., M.T.", "S.E., M.Si."];

/// A small deterministic generator (64-bit LCG): the example office must not change.
struct Seq(u64);

impl Seq {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Loads the example office into an empty database, in one transaction.
pub fn load(store: &mut Store) -> Result<Loaded> {
    store.write("memuat data contoh", |tx| load_in(tx, 1))
}

/// A large office for measuring speed (`giliran demo --copies 88` ≈ 5,000 staff): the example
/// office's units repeated `copies` times ("Sekretariat 2", ...), with its one Kepala Dinas.
pub fn load_large(store: &mut Store, copies: usize) -> Result<Loaded> {
    if !(1..=1000).contains(&copies) {
        return Err(Error::invalid("copies", "Jumlah salinan 1 sampai 1.000."));
    }
    store.write("memuat data contoh besar", |tx| load_in(tx, copies))
}

fn load_in(tx: &Tx, copies: usize) -> Result<Loaded> {
    if tx.staff_count()? > 0 || !tx.units()?.is_empty() {
        return Err(Error::Conflict(
            "Data contoh hanya dapat dimuat ke basis data yang masih kosong; basis data ini sudah berisi data.".into(),
        ));
    }
    // Fixed "today" so NIPs made from the seed are valid whatever the clock says.
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    crate::office::profile::save_in(tx, &office(), today)?;
    let mut seq = Seq(20_260_105);
    let mut serial = 0usize;
    let mut loaded = Loaded { units: 0, teams: 0, staff: 0 };
    let mut person = |tx: &Tx, unit: i64, kind: &str, class: &str, jabatan: &str, seq: &mut Seq| -> Result<()> {
        serial += 1;
        // NIP and NI PPPK serials have three digits: large offices reuse them.
        add_person(tx, unit, kind, class, jabatan, seq, 1 + (serial - 1) % 999, today)
    };
    for (ui, spec) in (0..copies).flat_map(|c| UNITS.iter().map(move |u| (c, u))).enumerate() {
        let (copy, spec) = spec;
        let name = if copy == 0 { spec.name.to_string() } else { format!("{} {}", spec.name, copy + 1) };
        let unit =
            crate::office::units::add_in(tx, &UnitInput { name, service_class: spec.class.into(), parent_id: None, workdays: None })?;
        loaded.units += 1;
        if ui == 0 {
            person(tx, unit.id, "pns", "jpt_pratama", "Kepala Dinas Komunikasi dan Informatika", &mut seq)?;
        }
        person(tx, unit.id, "pns", "administrator", spec.head, &mut seq)?;
        for team in spec.teams {
            let t = crate::office::units::add_in(
                tx,
                &UnitInput { name: team.name.into(), service_class: String::new(), parent_id: Some(unit.id), workdays: None },
            )?;
            loaded.teams += 1;
            person(tx, t.id, "pns", "pengawas", team.head, &mut seq)?;
            for (kind, class, jabatan) in team.members {
                person(tx, t.id, kind, class, jabatan, &mut seq)?;
            }
        }
    }
    loaded.staff = tx.staff_count()? as usize;
    Ok(loaded)
}

fn office() -> Office {
    Office {
        gov_level: Some(GovLevel::Provinsi),
        region: "Kalimantan Timur".into(),
        opd_name: "Dinas Komunikasi dan Informatika".into(),
        address: "Jl. Basuki Rahmat No. 41, Samarinda 75117".into(),
        city: "Samarinda".into(),
        phone: "(0541) 741234".into(),
        email: "diskominfo@kaltimprov.go.id".into(),
        head_name: "Dr. H. Ahmad Rizali Fahmi, S.Sos., M.Si.".into(),
        head_nip: "197005121996031004".into(),
        head_golongan: "IV/c".into(),
        head_jabatan: "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur".into(),
    }
}

#[allow(clippy::too_many_arguments)]
fn add_person(tx: &Tx, unit: i64, kind: &str, class: &str, jabatan: &str, seq: &mut Seq, serial: usize, today: NaiveDate) -> Result<()> {
    let female = seq.next(2) == 1;
    let first = if female { WOMEN[seq.next(WOMEN.len())] } else { MEN[seq.next(MEN.len())] };
    let family = if female { WOMEN_FAMILY[seq.next(WOMEN_FAMILY.len())] } else { MEN_FAMILY[seq.next(MEN_FAMILY.len())] };
    let gender = if female { 2 } else { 1 };
    let (birth_from, birth_span) = match class {
        "jpt_pratama" | "administrator" => (1968, 8),
        "pengawas" => (1975, 10),
        _ => (1984, 14),
    };
    let by = birth_from + seq.next(birth_span) as i32;
    let (bm, bd) = (1 + seq.next(12), 1 + seq.next(28));
    let schooled = kind != "non_asn" && !matches!(jabatan, ADM | "Bendahara") && class != "pelaksana";
    let name = match (kind, class) {
        // The Kepala Dinas is the head named in the office profile.
        ("pns", "jpt_pratama") => office().head_name,
        ("pns", "administrator") | ("pns", "pengawas") => {
            format!("{first} {family}, {}", DEGREES[seq.next(DEGREES.len())])
        }
        _ if schooled => format!("{first} {family}, {}", DEGREES[seq.next(6)]),
        _ => format!("{first} {family}"),
    };
    let (id_number, golongan) = match kind {
        "pns" if class == "jpt_pratama" => (office().head_nip, office().head_golongan),
        "pns" => {
            let ty = (by + 23 + seq.next(5) as i32).min(2024);
            let tm = [1, 3, 4, 12][seq.next(4)];
            let gol = match class {
                "jpt_pratama" => "IV/c",
                "administrator" => ["IV/a", "IV/b"][seq.next(2)],
                "pengawas" => ["III/c", "III/d"][seq.next(2)],
                "fungsional" => ["III/a", "III/b", "III/c"][seq.next(3)],
                _ => ["II/c", "II/d", "III/a"][seq.next(3)],
            };
            (format!("{by:04}{bm:02}{bd:02}{ty:04}{tm:02}{gender}{serial:03}"), gol.to_string())
        }
        "pppk" => {
            let year = 2022 + seq.next(4);
            let gol = if class == "fungsional" { "IX" } else { ["V", "VII"][seq.next(2)] };
            (format!("{by:04}{bm:02}{bd:02}{year}21{gender}{serial:03}"), gol.to_string())
        }
        _ => {
            let day = bd + if female { 40 } else { 0 };
            (format!("647201{day:02}{bm:02}{:02}{serial:04}", by % 100), String::new())
        }
    };
    let phone = format!("08{}{:08}", [11, 12, 13, 21, 52, 53][seq.next(6)], seq.next(100_000_000));
    let input = StaffInput {
        kind: kind.into(),
        id_number,
        name,
        jabatan_class: class.into(),
        jabatan: jabatan.into(),
        golongan,
        unit_id: Some(unit),
        team_id: None,
        phone,
        machine_id: String::new(),
        ..Default::default()
    };
    crate::office::staff::add_in(tx, &input, today).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{StaffFilter, StaffKind};

    #[test]
    fn the_example_office_has_about_sixty_staff_in_five_units_with_teams() {
        let mut s = Store::open_in_memory().unwrap();
        let l = load(&mut s).unwrap();
        assert_eq!((l.units, l.teams), (5, 10));
        assert!((55..=65).contains(&l.staff), "{}", l.staff);
        let all = crate::office::staff::list(&mut s, &StaffFilter::default()).unwrap();
        for kind in StaffKind::ALL {
            assert!(all.iter().filter(|p| p.kind == *kind).count() >= 8, "{kind:?}");
        }
        assert!(all.iter().all(|p| !p.phone.is_empty()));
        assert_eq!(crate::office::profile::get(&mut s).unwrap().city, "Samarinda");
    }

    #[test]
    fn the_example_loads_only_into_an_empty_database_and_is_always_the_same() {
        let mut a = Store::open_in_memory().unwrap();
        let mut b = Store::open_in_memory().unwrap();
        load(&mut a).unwrap();
        load(&mut b).unwrap();
        let f = StaffFilter::default();
        assert_eq!(crate::office::staff::list(&mut a, &f).unwrap(), crate::office::staff::list(&mut b, &f).unwrap());
        assert_eq!(load(&mut a).unwrap_err().code(), "conflict");
    }
}
