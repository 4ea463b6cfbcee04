//! Who may work flexibly under the office's decision (PermenPANRB 4/2025: not a right; staff
//! newly appointed or under a disciplinary sanction are not eligible).

use crate::model::circular::FlexibleWork;
use crate::model::fwa::Sanction;
use crate::model::{dates, nip, Staff, StaffKind};
use chrono::{Datelike, NaiveDate};

/// `Ok` when `s` may work away under `f` on `on`, given the office's record of disciplinary
/// `sanctions`; otherwise why not, in the clerk's words.
pub fn eligible(s: &Staff, f: &FlexibleWork, on: NaiveDate, sanctions: &[Sanction]) -> Result<(), String> {
    if let Some(x) = sanctions.iter().find(|x| x.staff_id == s.id && x.from <= on && on <= x.to) {
        return Err(format!(
            "{} sedang menjalani hukuman disiplin ({} s.d. {}); tidak dapat bekerja fleksibel.",
            s.name,
            dates::short(x.from),
            dates::short(x.to)
        ));
    }
    if s.kind == StaffKind::NonAsn {
        return Err(format!("{} bukan ASN; kerja fleksibel PermenPANRB 4/2025 berlaku bagi PNS dan PPPK.", s.name));
    }
    if f.excepted.contains(&s.id_number) {
        return Err(format!("{} dikecualikan dari kerja fleksibel dalam keputusan Kepala OPD.", s.name));
    }
    if !f.eligible.contains(s.jabatan_class) && !f.named.contains(&s.id_number) {
        return Err(format!("Jabatan {} tidak termasuk yang boleh bekerja fleksibel ({}).", s.jabatan_class.label(), f.eligible.label()));
    }
    if f.new_staff_months > 0 {
        // The TMT in the staff data (SIASN) when known; else the month the NIP's digits carry
        // (a PPPK number carries only the year).
        let appointed = match s.tmt_cpns {
            Some(d) => Some((d, dates::short(d), "data kepegawaian")),
            None => nip::appointed(&s.id_number, s.kind == StaffKind::Pppk)
                .and_then(|(y, m)| Some((NaiveDate::from_ymd_opt(y, m, 1)?, format!("{m:02}-{y}"), "NIP"))),
        };
        if let Some((since, shown, source)) = appointed {
            let mut months = (on.year() - since.year()) * 12 + on.month() as i32 - since.month() as i32;
            if on.day() < since.day() {
                months -= 1;
            }
            if months < f.new_staff_months as i32 {
                return Err(format!(
                    "{} baru {} bulan sejak TMT {shown} (menurut {source}); kerja fleksibel setelah {} bulan.",
                    s.name,
                    months.max(0),
                    f.new_staff_months
                ));
            }
        }
    }
    Ok(())
}

/// The days away a week `s` may have under `f`: the decision's number, none when not eligible.
pub fn weekly_limit(s: &Staff, f: &FlexibleWork, on: NaiveDate, sanctions: &[Sanction]) -> u32 {
    if eligible(s, f, on, sanctions).is_ok() {
        f.days_away_week
    } else {
        0
    }
}
