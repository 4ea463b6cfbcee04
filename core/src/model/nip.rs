//! NIP (Nomor Induk Pegawai) of a PNS and NI PPPK: parsing, checking and grouping.
//!
//! A PNS NIP is `YYYYMMDD` (birth) + `YYYYMM` (TMT CPNS) + gender `1`/`2` + a 3-digit serial.
//! A NI PPPK keeps the shape but has the appointment year `YYYY` and `21` where the TMT
//! month would be. Each check has its own message naming the wrong part, because a clerk
//! copying a NIP from a paper SK needs to know which digits to look at again.

use chrono::{Datelike, NaiveDate};

/// Which shape of number is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NipKind {
    Pns,
    Pppk,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    LakiLaki,
    Perempuan,
}

/// A checked NIP: 18 digits known to be consistent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nip {
    digits: String,
    pub birth: NaiveDate,
    pub gender: Gender,
}

impl Nip {
    pub fn digits(&self) -> &str {
        &self.digits
    }

    pub fn grouped(&self) -> String {
        group(&self.digits)
    }
}

/// The oldest birth year accepted: nobody born earlier is still in service.
const MIN_BIRTH_YEAR: i32 = 1940;
/// PPPK exists since UU 5/2014 (UU ASN).
const MIN_PPPK_YEAR: i32 = 2014;

/// Checks `input` (spaces allowed) as a NIP of `kind`, as of `today`.
/// The error is an Indonesian sentence naming the wrong part.
pub fn parse(input: &str, kind: NipKind, today: NaiveDate) -> Result<Nip, String> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Err(match kind {
            NipKind::Pns => "NIP wajib diisi untuk PNS.".into(),
            NipKind::Pppk => "NI PPPK wajib diisi untuk PPPK.".into(),
        });
    }
    if let Some(bad) = digits.chars().find(|c| !c.is_ascii_digit()) {
        return Err(format!("NIP hanya boleh berisi angka (ada \"{bad}\")."));
    }
    let len = digits.chars().count();
    if len != 18 {
        return Err(format!("NIP harus 18 digit (tertulis {len})."));
    }
    let num = |a: usize, b: usize| -> u32 { digits[a..b].parse().unwrap_or(0) };

    let birth_part = &digits[0..8];
    let birth = NaiveDate::from_ymd_opt(num(0, 4) as i32, num(4, 6), num(6, 8))
        .filter(|d| d.year() >= MIN_BIRTH_YEAR && *d <= today)
        .ok_or_else(|| format!("Tanggal lahir pada NIP tidak valid: {birth_part}."))?;
    let adult_year = birth.year() + 18;

    match kind {
        NipKind::Pns => {
            let tmt = &digits[8..14];
            let (year, month) = (num(8, 12) as i32, num(12, 14));
            if !(1..=12).contains(&month) {
                let hint = if month == 21 { " Nomor ini berbentuk NI PPPK; pilih jenis PPPK." } else { "" };
                return Err(format!("Bulan TMT CPNS pada NIP tidak valid: {tmt}.{hint}"));
            }
            if (year, month) < (adult_year, birth.month()) {
                return Err(format!("TMT CPNS pada NIP ({tmt}) terlalu awal: pegawai belum berumur 18 tahun."));
            }
            if (year, month) > (today.year(), today.month()) {
                return Err(format!("TMT CPNS pada NIP ({tmt}) berada di masa depan."));
            }
        }
        NipKind::Pppk => {
            let code = &digits[12..14];
            if code != "21" {
                return Err(format!("NI PPPK harus memuat kode 21 pada digit ke-13 dan ke-14 (tertulis {code})."));
            }
            let year = num(8, 12) as i32;
            let year_part = &digits[8..12];
            if year < MIN_PPPK_YEAR.max(adult_year) || year > today.year() {
                return Err(format!("Tahun pengangkatan PPPK pada NIP tidak valid: {year_part}."));
            }
        }
    }

    let gender = match &digits[14..15] {
        "1" => Gender::LakiLaki,
        "2" => Gender::Perempuan,
        other => return Err(format!("Kode jenis kelamin pada NIP harus 1 (laki-laki) atau 2 (perempuan), tertulis {other}.")),
    };
    if &digits[15..18] == "000" {
        return Err("Nomor urut pada NIP (3 digit terakhir) tidak boleh 000.".into());
    }
    Ok(Nip { digits, birth, gender })
}

/// The year and month of appointment written in a stored number: a PNS NIP's TMT CPNS
/// (digits 9–14); a NI PPPK carries only the year, taken as its January. `None` for anything
/// else (a NIK, a number that is not 18 digits).
pub fn appointed(digits: &str, pppk: bool) -> Option<(i32, u32)> {
    if digits.len() != 18 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year: i32 = digits[8..12].parse().ok()?;
    let month: u32 = digits[12..14].parse().ok()?;
    match (pppk, month) {
        (true, 21) => Some((year, 1)),
        (false, 1..=12) => Some((year, month)),
        _ => None,
    }
}

/// Groups 18 stored digits for display: `19850312 201001 1 003` (PNS) or
/// `19931228 2025 21 2 001` (PPPK). Anything else is returned as it is.
pub fn group(digits: &str) -> String {
    if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    if &digits[12..14] == "21" {
        format!("{} {} 21 {} {}", &digits[0..8], &digits[8..12], &digits[14..15], &digits[15..18])
    } else {
        format!("{} {} {} {}", &digits[0..8], &digits[8..14], &digits[14..15], &digits[15..18])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }
    fn pns(s: &str) -> Result<Nip, String> {
        parse(s, NipKind::Pns, today())
    }
    fn pppk(s: &str) -> Result<Nip, String> {
        parse(s, NipKind::Pppk, today())
    }

    #[test]
    fn a_valid_pns_nip_is_accepted_with_or_without_spaces() {
        let a = pns("198503122010011003").unwrap();
        let b = pns("19850312 201001 1 003").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.grouped(), "19850312 201001 1 003");
        assert_eq!(a.birth, NaiveDate::from_ymd_opt(1985, 3, 12).unwrap());
        assert_eq!(a.gender, Gender::LakiLaki);
    }

    #[test]
    fn a_valid_ni_pppk_is_accepted_and_grouped_with_its_code() {
        let n = pppk("19931228 2025 21 2 001").unwrap();
        assert_eq!(n.grouped(), "19931228 2025 21 2 001");
        assert_eq!(n.gender, Gender::Perempuan);
    }

    #[test]
    fn each_wrong_part_has_its_own_message() {
        let cases = [
            ("19850312201001100", "NIP harus 18 digit (tertulis 17)."),
            ("1985031220100110033", "NIP harus 18 digit (tertulis 19)."),
            ("19850312-201001-1-003", "NIP hanya boleh berisi angka (ada \"-\")."),
            ("198513322010011003", "Tanggal lahir pada NIP tidak valid: 19851332."),
            ("198502302010011003", "Tanggal lahir pada NIP tidak valid: 19850230."),
            ("203001012010011003", "Tanggal lahir pada NIP tidak valid: 20300101."),
            ("198503122010131003", "Bulan TMT CPNS pada NIP tidak valid: 201013."),
            ("198503122000011003", "TMT CPNS pada NIP (200001) terlalu awal: pegawai belum berumur 18 tahun."),
            ("198503122030011003", "TMT CPNS pada NIP (203001) berada di masa depan."),
            ("198503122010013003", "Kode jenis kelamin pada NIP harus 1 (laki-laki) atau 2 (perempuan), tertulis 3."),
            ("198503122010011000", "Nomor urut pada NIP (3 digit terakhir) tidak boleh 000."),
            ("", "NIP wajib diisi untuk PNS."),
        ];
        for (input, want) in cases {
            assert_eq!(pns(input).unwrap_err(), want, "input {input:?}");
        }
    }

    #[test]
    fn a_pppk_number_entered_as_pns_gets_a_hint() {
        let e = pns("199312282025212001").unwrap_err();
        assert!(e.contains("Bulan TMT CPNS pada NIP tidak valid: 202521."), "{e}");
        assert!(e.contains("pilih jenis PPPK"), "{e}");
    }

    #[test]
    fn pppk_numbers_check_code_and_year() {
        assert_eq!(pppk("199312282025012001").unwrap_err(), "NI PPPK harus memuat kode 21 pada digit ke-13 dan ke-14 (tertulis 01).");
        assert_eq!(pppk("199312282010212001").unwrap_err(), "Tahun pengangkatan PPPK pada NIP tidak valid: 2010.");
        assert_eq!(pppk("199312282027212001").unwrap_err(), "Tahun pengangkatan PPPK pada NIP tidak valid: 2027.");
    }

    #[test]
    fn february_29_is_a_birth_date_only_in_leap_years() {
        assert!(pns("198802292010011003").is_ok());
        assert!(pns("198702292010011003").is_err());
    }

    #[test]
    fn group_leaves_other_text_alone() {
        assert_eq!(group("THL-007"), "THL-007");
        assert_eq!(group("198503122010011003"), "19850312 201001 1 003");
    }
}
