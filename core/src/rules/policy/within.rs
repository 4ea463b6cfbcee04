//! A decision inside a letter (docs/domain.md, "Who decides in a Pemda"): the regional head
//! (the PPK) sets the standing policy for every OPD; the Kepala OPD applies it and may be
//! stricter, never looser. "Looser" is read on what the letters produce, not on their words:
//! for every class, weekday and unit size, the range of staff in the office the decision asks
//! must lie inside the range the letter asks; and the per-person settings of flexible work may
//! only narrow.

use super::{need_for, Circular};
use crate::model::class::{ClassBook, ClassKey};
use crate::model::ServiceClass;
use chrono::Duration;

/// Unit sizes tried: every rounding a share can make up to 40 people.
const SIZES: u32 = 40;

/// How `child` is looser than `parent`, one line per class or setting; empty when it is not.
pub fn looser_than(child: &Circular, parent: &Circular, classes: &ClassBook) -> Vec<String> {
    let mut out = Vec::new();
    let keys: Vec<(ClassKey, ServiceClass)> = ServiceClass::ALL
        .iter()
        .map(|c| (ClassKey::from(*c), *c))
        .chain(classes.own().iter().map(|o| (o.key.clone(), o.counts_as)))
        .collect();
    let start = child.valid_from.max(parent.valid_from);
    'class: for (key, counts_as) in &keys {
        for d in (0..7).map(|i| start + Duration::days(i)) {
            for n in 1..=SIZES {
                let asked = |c: &Circular| need_for(c.rule_on(key, *counts_as, d), n, n);
                let (p, c) = (asked(parent), asked(child));
                if c.min < p.min || c.max > p.max {
                    out.push(format!(
                        "{} pada hari {}: untuk {n} pegawai {} meminta {}–{} orang WFO, keputusan ini {}–{}.",
                        classes.label(key),
                        crate::model::Hari::of(d).label().to_lowercase(),
                        parent.citation(),
                        p.min,
                        p.max,
                        c.min,
                        c.max
                    ));
                    continue 'class;
                }
            }
        }
    }
    if let (Some(c), Some(p)) = (&child.flexible, &parent.flexible) {
        if c.days_away_week > p.days_away_week {
            out.push(format!(
                "Hari di luar kantor per minggu: {} melebihi {} menurut {}.",
                c.days_away_week,
                p.days_away_week,
                parent.citation()
            ));
        }
        if !p.eligible.contains_all(c.eligible) {
            out.push(format!("Jabatan yang boleh bekerja fleksibel melampaui yang dibolehkan {}.", parent.citation()));
        }
        if c.new_staff_months < p.new_staff_months {
            out.push(format!(
                "Pegawai baru: {} bulan, kurang dari {} bulan menurut {}.",
                c.new_staff_months,
                p.new_staff_months,
                parent.citation()
            ));
        }
        match (&c.latest_start, &p.latest_start) {
            (Some(_), None) => out.push(format!("Jam kerja dinamis tidak diatur oleh {}.", parent.citation())),
            (Some(mine), Some(theirs)) if mine > theirs => {
                out.push(format!("Jam dinamis sampai {mine}, lebih lambat dari {theirs} menurut {}.", parent.citation()))
            }
            (Some(_), Some(_)) if c.dynamic_per_month > p.dynamic_per_month => out.push(format!(
                "Jam dinamis {} kali sebulan, melebihi {} kali menurut {}.",
                c.dynamic_per_month,
                p.dynamic_per_month,
                parent.citation()
            )),
            _ => {}
        }
    }
    out
}
