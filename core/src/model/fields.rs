//! Checks shared by every form: required text, phone numbers, e-mail addresses.

use crate::model::error::FieldError;

/// Trims `value`; records an error when it is empty or longer than `max` characters.
pub(crate) fn text(errors: &mut Vec<FieldError>, field: &'static str, label: &str, value: &str, required: bool, max: usize) -> String {
    let v = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if required && v.is_empty() {
        errors.push(FieldError::new(field, format!("{label} wajib diisi.")));
    } else if v.chars().count() > max {
        errors.push(FieldError::new(field, format!("{label} terlalu panjang (paling banyak {max} karakter).")));
    }
    v
}

/// [`text`] that keeps its lines: a work plan lists one target per line (PermenPANRB 4/2025:
/// measurable targets), so each line is collapsed on its own and blank lines dropped.
pub(crate) fn lines(errors: &mut Vec<FieldError>, field: &'static str, label: &str, value: &str, required: bool, max: usize) -> String {
    let v =
        value.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    if required && v.is_empty() {
        errors.push(FieldError::new(field, format!("{label} wajib diisi.")));
    } else if v.chars().count() > max {
        errors.push(FieldError::new(field, format!("{label} terlalu panjang (paling banyak {max} karakter).")));
    }
    v
}

/// Checks an Indonesian phone number and keeps its grouping as the clerk wrote it (spaces
/// collapsed): `(0541) 741234` prints better in a kop surat than its bare digits. The country
/// code becomes the trunk 0 (`+62 812…`, `62812…` → `0812…`), and a mobile number that a
/// spreadsheet stored as a number, losing its leading 0 (`81234567890`), gets it back. Empty
/// stays empty.
pub(crate) fn phone(errors: &mut Vec<FieldError>, field: &'static str, value: &str) -> String {
    let written = value.trim();
    if written.is_empty() {
        return String::new();
    }
    let national = written
        .strip_prefix("+62")
        .or_else(|| written.strip_prefix("62").filter(|rest| rest.starts_with('8')))
        .map(|rest| format!("0{}", rest.trim_start_matches([' ', '-', '.'])))
        .or_else(|| (written.starts_with('8') && written.bytes().all(|b| b.is_ascii_digit())).then(|| format!("0{written}")));
    let v = national.as_deref().unwrap_or(written);
    let plus = v.starts_with('+');
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')');
    let body = v.strip_prefix('+').unwrap_or(v);
    let digits: String = body.chars().filter(|c| c.is_ascii_digit()).collect();
    let ok_chars = body.chars().all(allowed);
    let ok_start = if plus { digits.starts_with("62") } else { digits.starts_with('0') || digits.starts_with("62") };
    if !ok_chars || !ok_start || !(9..=15).contains(&digits.len()) {
        errors.push(FieldError::new(
            field,
            format!("Nomor telepon tidak valid: \"{v}\". Tulis seperti 0812-3456-7890 atau +62 812 3456 7890."),
        ));
        return v.to_string();
    }
    v.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Groups a mobile number stored as bare digits for display: `0812-3456-7890`. Anything
/// written with its own grouping, and landlines (area codes differ in length), stay as written.
pub fn phone_display(digits: &str) -> String {
    if !digits.starts_with("08") || digits.len() < 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    let (a, rest) = digits.split_at(4);
    let (b, c) = rest.split_at(rest.len() / 2);
    format!("{a}-{b}-{c}")
}

/// A plain check of an e-mail address: one `@`, a dot in the domain, no spaces.
pub(crate) fn email(errors: &mut Vec<FieldError>, field: &'static str, value: &str) -> String {
    let v = value.trim();
    if v.is_empty() {
        return String::new();
    }
    let ok = match v.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.contains(char::is_whitespace)
        }
        None => false,
    };
    if !ok {
        errors.push(FieldError::new(field, format!("Alamat surel tidak valid: \"{v}\".")));
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_normalised_and_checked() {
        let mut e = vec![];
        assert_eq!(phone(&mut e, "phone", " 0812-3456-7890 "), "0812-3456-7890");
        assert_eq!(phone(&mut e, "phone", "+62 812  3456 7890"), "0812 3456 7890");
        assert_eq!(phone(&mut e, "phone", "(0541) 741234"), "(0541) 741234");
        // As a spreadsheet stores them: the leading 0 lost, or the country code.
        assert_eq!(phone(&mut e, "phone", "81234567890"), "081234567890");
        assert_eq!(phone(&mut e, "phone", "6281234567890"), "081234567890");
        assert_eq!(phone(&mut e, "phone", "+6281234567890"), "081234567890");
        assert!(e.is_empty());
        phone(&mut e, "phone", "12345");
        phone(&mut e, "phone", "0812abc");
        phone(&mut e, "phone", "8123");
        phone(&mut e, "phone", "1.23457E+10");
        assert_eq!(e.len(), 4);
        assert_eq!(phone_display("081234567890"), "0812-3456-7890");
        assert_eq!(phone_display("(0541) 741234"), "(0541) 741234");
    }

    #[test]
    fn email_addresses_are_checked_plainly() {
        let mut e = vec![];
        email(&mut e, "email", "diskominfo@kaltimprov.go.id");
        assert!(e.is_empty());
        email(&mut e, "email", "diskominfo@kaltimprov");
        email(&mut e, "email", "a b@c.id");
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn text_is_trimmed_and_required() {
        let mut e = vec![];
        assert_eq!(text(&mut e, "name", "Nama", "  Siti   Aminah ", true, 120), "Siti Aminah");
        text(&mut e, "name", "Nama", "   ", true, 120);
        assert_eq!(e[0].message, "Nama wajib diisi.");
    }
}
