//! Golongan ruang of PNS (with the pangkat each one carries) and golongan of PPPK.

use super::kind::StaffKind;

/// PNS golongan ruang and their pangkat (PP 99/2000).
const PNS: &[(&str, &str)] = &[
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
];

/// PPPK golongan (Perpres 98/2020).
const PPPK: &[&str] = &["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

/// Checks a golongan for the kind of staff and returns it in its canonical spelling
/// (`iii/a` → `III/a`). Non-ASN have none; PNS and PPPK may leave it empty.
pub fn normalize(kind: StaffKind, input: &str) -> Result<String, String> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    match kind {
        StaffKind::Pns => {
            // Accept `III/a`, `iii/a`, `III a`, and `Penata Muda (III/a)`.
            let inner = s.rsplit_once('(').map(|(_, r)| r.trim_end_matches(')')).unwrap_or(s);
            let key = inner.replace(' ', "/").to_lowercase();
            PNS.iter()
                .find(|(g, _)| g.to_lowercase() == key)
                .map(|(g, _)| g.to_string())
                .ok_or_else(|| format!("Golongan PNS tidak dikenal: \"{s}\". Tulis seperti III/a (I/a sampai IV/e)."))
        }
        StaffKind::Pppk => {
            let key = s.trim_start_matches("Golongan").trim().to_uppercase();
            PPPK.iter()
                .find(|g| **g == key)
                .map(|g| g.to_string())
                .ok_or_else(|| format!("Golongan PPPK tidak dikenal: \"{s}\". Tulis angka Romawi I sampai XVII."))
        }
        StaffKind::NonAsn => Err("Pegawai Non-ASN tidak memiliki golongan; kosongkan isian ini.".into()),
    }
}

/// `Penata Muda (III/a)` for PNS, `Golongan IX` for PPPK, empty when unknown.
pub fn pangkat_display(kind: StaffKind, golongan: &str) -> String {
    match kind {
        StaffKind::Pns => PNS.iter().find(|(g, _)| *g == golongan).map(|(g, p)| format!("{p} ({g})")).unwrap_or_default(),
        StaffKind::Pppk if !golongan.is_empty() => format!("Golongan {golongan}"),
        _ => String::new(),
    }
}

/// The PNS golongan in order, for pick lists.
pub fn pns_choices() -> impl Iterator<Item = (&'static str, &'static str)> {
    PNS.iter().copied()
}

/// The PPPK golongan in order, for pick lists.
pub fn pppk_choices() -> impl Iterator<Item = &'static str> {
    PPPK.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pns_golongan_is_accepted_in_common_spellings() {
        for s in ["III/a", "iii/a", "III a", "Penata Muda (III/a)"] {
            assert_eq!(normalize(StaffKind::Pns, s).unwrap(), "III/a", "{s}");
        }
        assert_eq!(pangkat_display(StaffKind::Pns, "IV/b"), "Pembina Tingkat I (IV/b)");
        assert!(normalize(StaffKind::Pns, "V/a").unwrap_err().contains("V/a"));
    }

    #[test]
    fn pppk_golongan_is_roman_one_to_seventeen() {
        assert_eq!(normalize(StaffKind::Pppk, "ix").unwrap(), "IX");
        assert!(normalize(StaffKind::Pppk, "XVIII").is_err());
        assert_eq!(pangkat_display(StaffKind::Pppk, "IX"), "Golongan IX");
    }

    #[test]
    fn non_asn_has_no_golongan() {
        assert_eq!(normalize(StaffKind::NonAsn, "").unwrap(), "");
        assert!(normalize(StaffKind::NonAsn, "II/a").is_err());
    }
}
