//! Which circular governs a day, and what its rule requires of a unit that day.

use crate::model::circular::{Circular, Rule};
use chrono::NaiveDate;
use serde::Serialize;

/// What a unit must have in the office on one working day, over its counted staff available
/// that day. The planner aims at `target`; a schedule is in breach outside `min..=max`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Need {
    pub available: u32,
    pub min: u32,
    pub max: u32,
    pub target: u32,
    /// The rule in words: `WFO paling banyak 1/5`.
    pub rule: String,
    /// A rule that cannot be met as written (piket larger than the staff present, a minimum
    /// above the maximum); the minimum wins and this says so.
    pub conflict: Option<String>,
}

/// Applies `rule` (None: no circular, or the class is not named: everyone WFO) to the
/// `available` counted staff, of whom `piket` may stand piket (their jabatan class is one a
/// "WFH 100%" rule draws its piket from; other rules ignore it). "Paling banyak" rounds down,
/// "paling sedikit" rounds up.
pub fn need_for(rule: Option<Rule>, available: u32, piket: u32) -> Need {
    let n = available;
    let mut conflict = None;
    let (min, max, target, words) = match rule {
        None => (n, n, n, "Normal: semua pegawai WFO".to_string()),
        Some(r @ Rule::WfoMax { share, min_present }) => {
            let cap = share.floor_of(n);
            let floor = min_present.min(n);
            if min_present > n {
                conflict = Some(format!("Paling sedikit {min_present} orang harus di kantor, tetapi hanya {n} pegawai tersedia."));
            }
            if floor > cap {
                if conflict.is_none() {
                    conflict = Some(format!(
                        "Paling sedikit {floor} orang harus di kantor, melebihi batas WFO {share} ({cap} dari {n}); yang paling sedikit didahulukan."
                    ));
                }
                (floor, floor, floor, r.describe())
            } else {
                (floor, cap, cap, r.describe())
            }
        }
        Some(r @ Rule::WfhMax { share }) => {
            let home = share.floor_of(n);
            (n - home, n, n - home, r.describe())
        }
        Some(r @ Rule::WfoAll) => (n, n, n, r.describe()),
        Some(r @ Rule::WfhAll { piket_min, piket_max, piket_from }) => {
            let e = piket.min(n);
            if piket_min > e {
                conflict =
                    Some(format!("Piket membutuhkan {piket_min} orang dari {}, tetapi hanya {e} yang tersedia.", piket_from.label()));
            }
            let min = piket_min.min(e);
            let max = piket_max.map_or(e, |m| m.min(e)).max(min);
            (min, max, min, r.describe())
        }
        // Zoned before it reaches here (office::circulars); without a zone for the day there is
        // no cap to apply, and the need says so.
        Some(r @ Rule::ByZone { .. }) => {
            conflict = Some("Zona risiko belum ditetapkan untuk tanggal ini: batas WFO menurut zona tidak dapat diterapkan; tetapkan zona di menu Surat Edaran.".into());
            (0, n, n, r.describe())
        }
        // Everyone in unless approved to work away: the plan aims at all in the office.
        Some(r @ Rule::Flexible { away_max }) => {
            let away = away_max.floor_of(n);
            (n - away, n, n, r.describe())
        }
        Some(r @ Rule::KepalaOpd { wfo_share: Some(share) }) => {
            let t = share.floor_of(n);
            (0, t, t, r.describe())
        }
        Some(r @ Rule::KepalaOpd { wfo_share: None }) => (0, n, n, r.describe()),
    };
    Need { available: n, min, max, target, rule: words, conflict }
}

/// The circular in force on a day and why it, not another, governs.
#[derive(Debug, Clone)]
pub struct Governing<'a> {
    pub circular: Option<&'a Circular>,
    pub why: String,
    /// Every circular in force that day, the one that takes precedence first.
    pub in_force: Vec<&'a Circular>,
}

/// Which of two circulars in force the same day governs, first difference first: a dated
/// window (an end date) over a standing rule; the regional head's letter over the national
/// guidance it implements; the later signed; the later in force; then the key, so the choice
/// never depends on the order they were entered (docs/domain.md, "Overlapping circulars").
fn precedence(c: &Circular) -> (bool, bool, NaiveDate, NaiveDate) {
    (c.valid_to.is_some(), !c.is_national(), c.signed_on, c.valid_from)
}

/// Why `first` governs rather than `second`, in the clerk's words; `under` gives the letter
/// a decision applies (ranked as that letter, just above it).
fn why_first<'a>(
    first: &'a Circular,
    second: &'a Circular,
    under: impl Fn(&'a Circular) -> &'a Circular,
    n: usize,
    others: &str,
) -> String {
    let (top, next) = (under(first), under(second));
    let (a, b) = (precedence(top), precedence(next));
    let reason = if top.key == next.key {
        format!(
            "Keputusan {} melaksanakan {} dan didahulukan atasnya (boleh lebih ketat, tidak lebih longgar)",
            first.issuer,
            top.citation()
        )
    } else if a.0 != b.0 {
        format!(
            "SE bertanggal ({} s.d. {}) didahulukan atas aturan tetap",
            short(top.valid_from),
            top.valid_to.map_or_else(String::new, short)
        )
    } else if a.1 != b.1 {
        "SE kepala daerah didahulukan atas pedoman nasional yang dilaksanakannya".to_string()
    } else if a.2 != b.2 {
        format!("SE yang terakhir ditandatangani ({})", short(top.signed_on))
    } else if a.3 != b.3 {
        format!("SE yang terakhir mulai berlaku ({})", short(top.valid_from))
    } else {
        "Ditandatangani dan berlaku pada hari yang sama: diurutkan menurut kodenya; pilih di Jadwal bila bukan itu".to_string()
    };
    format!("{reason}, di antara {n} SE yang berlaku (juga: {others}).")
}

fn short(d: NaiveDate) -> String {
    crate::model::dates::short(d)
}

/// Picks the circular for `date`: the clerk's choice when it is in force that day, else the
/// one that takes precedence ([`precedence`]); overlaps are resolved, and said, never hidden.
pub fn governing<'a>(circulars: &'a [Circular], date: NaiveDate, chosen: Option<&str>) -> Governing<'a> {
    let mut in_force: Vec<&Circular> = circulars.iter().filter(|c| c.in_force_on(date)).collect();
    // A decision inside a letter (`within`) holds only while that letter is in force, and
    // ranks as that letter, just above it.
    let present: Vec<&Circular> = in_force.clone();
    let parent = |c: &Circular| c.within.as_deref().and_then(|k| present.iter().copied().find(|p| p.key == k && p.within.is_none()));
    in_force.retain(|c| c.within.is_none() || parent(c).is_some());
    let under = |c: &'a Circular| parent(c).unwrap_or(c);
    let rank = |c: &'a Circular| (precedence(under(c)), std::cmp::Reverse(under(c).key.clone()), c.within.is_some());
    in_force.sort_by(|a, b| (rank(b), &a.key).cmp(&(rank(a), &b.key)));
    let others = |skip: &str| in_force.iter().filter(|c| c.key != skip).map(|c| c.number.clone()).collect::<Vec<_>>().join(", ");
    let (circular, why) = match in_force.as_slice() {
        [] => (None, "Tidak ada SE yang berlaku: semua pegawai WFO pada hari kerja.".to_string()),
        [only] => (Some(*only), "Satu-satunya SE yang berlaku pada tanggal ini.".to_string()),
        [first, second, ..] => match chosen.and_then(|k| in_force.iter().find(|c| c.key == k)) {
            Some(c) => (Some(*c), format!("Dipilih petugas di antara {} SE yang berlaku (juga: {}).", in_force.len(), others(&c.key))),
            None => (Some(*first), why_first(first, second, under, in_force.len(), &others(&first.key))),
        },
    };
    Governing { circular, why, in_force }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::policy::{Classes, Share};

    #[test]
    fn paling_banyak_rounds_down() {
        let n = need_for(Some(Rule::WfoMax { share: Share::new(1, 5), min_present: 0 }), 12, 0);
        assert_eq!((n.min, n.max, n.target), (0, 2, 2));
        let n = need_for(Some(Rule::WfoMax { share: Share::percent(25), min_present: 0 }), 40, 0);
        assert_eq!(n.max, 10);
    }

    #[test]
    fn wfh_paling_banyak_leaves_the_rest_in_the_office() {
        let n = need_for(Some(Rule::WfhMax { share: Share::percent(50) }), 7, 0);
        assert_eq!((n.min, n.max, n.target), (4, 7, 4));
    }

    #[test]
    fn a_minimum_above_the_cap_wins_and_is_shown() {
        let n = need_for(Some(Rule::WfoMax { share: Share::percent(25), min_present: 2 }), 3, 0);
        assert_eq!((n.min, n.max), (2, 2));
        assert!(n.conflict.unwrap().contains("melebihi batas WFO 25% (0 dari 3)"));
        let n = need_for(Some(Rule::WfhAll { piket_min: 3, piket_max: None, piket_from: Classes::OFFICIALS }), 9, 2);
        assert_eq!(n.target, 2);
        assert_eq!(
            n.conflict.unwrap(),
            "Piket membutuhkan 3 orang dari JPT Pratama, Administrator, Pengawas, tetapi hanya 2 yang tersedia."
        );
    }

    /// Kaltim PPKM 2021: "beberapa pejabat yang jumlahnya sedikit tetap piket" — a range
    /// among those who may stand piket, not one exact number over all the staff.
    #[test]
    fn piket_is_a_range_among_those_who_may_stand_it() {
        let few = Rule::WfhAll { piket_min: 1, piket_max: Some(3), piket_from: Classes::OFFICIALS };
        let n = need_for(Some(few), 12, 4);
        assert_eq!((n.min, n.max, n.target), (1, 3, 1));
        assert_eq!(n.rule, "WFH 100%, piket paling sedikit 1 dan paling banyak 3 orang dari JPT Pratama, Administrator, Pengawas");
        let n = need_for(Some(few), 12, 2);
        assert_eq!((n.min, n.max), (1, 2), "never more than may stand piket");
        let open = Rule::WfhAll { piket_min: 1, piket_max: None, piket_from: Classes::OFFICIALS };
        assert_eq!(need_for(Some(open), 12, 4).max, 4, "no most written: every official may");
    }

    #[test]
    fn without_a_rule_everyone_available_works_in_the_office() {
        let n = need_for(None, 9, 0);
        assert_eq!((n.min, n.max, n.target), (9, 9, 9));
    }
}
