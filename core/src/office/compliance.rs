//! Checking a schedule against the circulars: every unit-day outside what its rule allows,
//! in Indonesian, naming unit, day, rule and numbers.

use crate::model::dates;
use crate::model::error::Result;
use crate::office::circulars::{self, UnitDayNeed};
use crate::office::period::Period;
use crate::office::schedule::{self, Availability, Code, Limit};
use crate::rules::policy::{need_for, Rule};
use crate::store::Store;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breach {
    pub date: NaiveDate,
    pub unit_id: i64,
    pub unit_name: String,
    /// Counted staff not away that day.
    pub available: u32,
    pub wfo: u32,
    pub min: u32,
    pub max: u32,
    pub message: String,
    /// `2026-W50` for a person-week over the flexible-work limit: the person's breach, not the
    /// unit-day's (the day is the first of those days away).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub week: Option<String>,
}

/// Checks the stored schedule of `from..=to` (as typed). A person-day with nothing planned
/// counts as WFO: outside a plan everyone works in the office.
pub fn check(store: &mut Store, from: &str, to: &str) -> Result<Vec<Breach>> {
    let needs = circulars::needs(store, from, to)?;
    check_needs(store, &needs)
}

/// [`check`] of the unit-days `needs` already read (the week and the report have them).
pub fn check_needs(store: &mut Store, needs: &[UnitDayNeed]) -> Result<Vec<Breach>> {
    let (Some(first), Some(last)) = (needs.first().map(|n| n.date), needs.last().map(|n| n.date)) else {
        return Ok(Vec::new());
    };
    let plan: HashMap<(i64, NaiveDate), Code> =
        schedule::between(store, first, last)?.into_iter().map(|a| ((a.staff_id, a.day), a.code)).collect();
    let staff = crate::office::staff::list(store, &crate::model::StaffFilter { include_inactive: true, ..Default::default() })?;
    let limits = schedule::limits_between(store, first, last)?;
    check_with(store, needs, &plan, &limits, &staff)
}

/// [`check`] of a period already read (the report has it): its needs, plan, limits and staff.
pub fn check_period(store: &mut Store, period: &Period) -> Result<Vec<Breach>> {
    let plan: HashMap<(i64, NaiveDate), Code> = period.plan.iter().map(|(k, a)| (*k, a.code)).collect();
    check_with(store, &period.needs, &plan, &period.limits, &period.staff)
}

fn check_with(
    store: &mut Store,
    needs: &[UnitDayNeed],
    plan: &HashMap<(i64, NaiveDate), Code>,
    limits: &[Availability],
    staff: &[crate::model::Staff],
) -> Result<Vec<Breach>> {
    let mut out = check_plan(needs, plan);
    // Nobody away or kept home (sick, symptomatic) may be planned in the office.
    let working: std::collections::HashSet<NaiveDate> = needs.iter().map(|n| n.date).collect();
    let by_id: HashMap<i64, &crate::model::Staff> = staff.iter().map(|p| (p.id, p)).collect();
    for l in limits {
        if !working.contains(&l.day) || plan.get(&(l.staff_id, l.day)).copied().unwrap_or(Code::Office) != Code::Office {
            continue;
        }
        let Some(p) = by_id.get(&l.staff_id) else { continue };
        let why = match l.limit {
            Limit::Off => format!("tidak masuk ({})", l.reason),
            Limit::NoWfo => format!("tidak boleh ke kantor ({})", l.reason),
        };
        out.push(Breach {
            date: l.day,
            unit_id: p.unit_id,
            unit_name: p.unit_name.clone(),
            available: 0,
            wfo: 1,
            min: 0,
            max: 0,
            week: None,
            message: format!(
                "{}, {} {}: {} ({}) dijadwalkan WFO padahal {why}",
                p.unit_name,
                dates::day_name(l.day),
                dates::short(l.day),
                p.name,
                p.id_display
            ),
        });
    }
    out.extend(over_weekly_limit(store, needs, plan, staff)?);
    out.sort_by_key(|b| b.date);
    Ok(out)
}

/// Under a decision on flexible work, each person-week with more days away than the person may
/// have (the decision's days a week; none when not eligible): what a clerk's override costs.
fn over_weekly_limit(
    store: &mut Store,
    needs: &[UnitDayNeed],
    plan: &HashMap<(i64, NaiveDate), Code>,
    staff: &[crate::model::Staff],
) -> Result<Vec<Breach>> {
    use chrono::Datelike;
    let decisions = circulars::flexible_by_unit(store, needs)?;
    if decisions.is_empty() {
        return Ok(Vec::new());
    }
    let sanctions = store.read(|tx| tx.sanctions())?;
    let mut weeks: std::collections::BTreeMap<(i64, chrono::IsoWeek), Vec<NaiveDate>> = Default::default();
    for n in needs.iter().filter(|n| decisions.contains_key(&n.unit_id)) {
        for id in &n.counted_ids {
            if plan.get(&(*id, n.date)) == Some(&Code::Home) {
                weeks.entry((*id, n.date.iso_week())).or_default().push(n.date);
            }
        }
    }
    let mut out = Vec::new();
    for ((id, week), days) in weeks {
        let Some(p) = staff.iter().find(|p| p.id == id) else { continue };
        let Some(f) = decisions.get(&p.unit_id) else { continue };
        let (limit, why) = match crate::rules::flexible::eligible(p, f, days[0], &sanctions) {
            Ok(()) => (f.days_away_week, format!("paling banyak {} hari per minggu menurut keputusan kerja fleksibel", f.days_away_week)),
            Err(why) => (0, why),
        };
        if days.len() as u32 <= limit {
            continue;
        }
        out.push(Breach {
            date: days[0],
            unit_id: p.unit_id,
            unit_name: p.unit_name.clone(),
            available: 0,
            wfo: 0,
            min: 0,
            max: limit,
            week: Some(format!("{}-W{:02}", week.year(), week.week())),
            message: format!(
                "{}, minggu ke-{} ({}): {} ({}) {} hari di luar kantor; {why}",
                p.unit_name,
                week.week(),
                days.iter().map(|d| dates::short(*d)).collect::<Vec<_>>().join(", "),
                p.name,
                p.id_display,
                days.len()
            ),
        });
    }
    Ok(out)
}

/// The pure check: each unit-day's counted staff against its rule, re-applied to those
/// actually available.
pub fn check_plan(needs: &[UnitDayNeed], plan: &HashMap<(i64, NaiveDate), Code>) -> Vec<Breach> {
    let mut out = Vec::new();
    for n in needs {
        let code = |id: &i64| plan.get(&(*id, n.date)).copied().unwrap_or(Code::Office);
        // Those away are already left out of `counted_ids` by the derivation.
        let available = n.counted_ids.iter().filter(|id| code(id) != Code::Away).count() as u32;
        let wfo = n.counted_ids.iter().filter(|id| code(id) == Code::Office).count() as u32;
        let piket = n.piket_ids.iter().filter(|id| code(id) != Code::Away).count() as u32;
        let need = need_for(n.rule, available, piket);
        let breach = |wfo: u32, min: u32, max: u32, message: String| Breach {
            date: n.date,
            unit_id: n.unit_id,
            unit_name: n.unit_name.clone(),
            available,
            wfo,
            min,
            max,
            message,
            week: None,
        };
        // "WFH 100%" with piket: the piket is counted among those who may stand it; anyone
        // else in the office is a breach of its own.
        let (wfo, intruders) = match n.rule {
            Some(Rule::WfhAll { piket_from, .. }) => {
                let on_piket = n.piket_ids.iter().filter(|id| code(id) == Code::Office).count() as u32;
                let others = wfo - on_piket;
                let message = format!(
                    "{}: {others} pegawai di kantor yang tidak termasuk piket (piket hanya dari {}; yang lain WFH)",
                    unit_day(n),
                    piket_from.label()
                );
                (on_piket, (others > 0).then(|| breach(others, 0, 0, message)))
            }
            _ => (wfo, None),
        };
        if let Some(message) = describe(n, n.rule, available, wfo, need.min, need.max) {
            out.push(breach(wfo, need.min, need.max, message));
        }
        out.extend(intruders);
    }
    out
}

/// `62,5%` of `part` in `whole`, one decimal, comma.
fn percent(part: u32, whole: u32) -> String {
    if whole == 0 {
        return "0%".into();
    }
    let tenths = (u64::from(part) * 1000 + u64::from(whole) / 2) / u64::from(whole);
    match tenths % 10 {
        0 => format!("{}%", tenths / 10),
        f => format!("{},{}%", tenths / 10, f),
    }
}

/// `Sekretariat, Jumat 16-07-2021`: how every breach of a unit-day begins.
fn unit_day(n: &UnitDayNeed) -> String {
    format!("{}, {} {}", n.unit_name, dates::day_name(n.date), dates::short(n.date))
}

fn describe(n: &UnitDayNeed, rule: Option<Rule>, available: u32, wfo: u32, min: u32, max: u32) -> Option<String> {
    let at = unit_day(n);
    let home = available - wfo;
    let over = |what: String| Some(format!("{at}: {wfo} dari {available} pegawai WFO ({}), {what}", percent(wfo, available)));
    if wfo > max {
        return match rule {
            Some(Rule::WfoMax { share, .. }) => over(format!("melebihi batas WFO {share} (paling banyak {max} orang)")),
            Some(Rule::WfhAll { .. }) => {
                Some(format!("{at}: {wfo} pegawai piket di kantor, padahal SE mewajibkan WFH 100% dengan piket paling banyak {max} orang"))
            }
            Some(Rule::KepalaOpd { wfo_share: Some(share) }) => {
                over(format!("melebihi bagian WFO {share} yang ditetapkan Kepala OPD (paling banyak {max} orang)"))
            }
            _ => over(format!("melebihi {max} orang yang diizinkan")),
        };
    }
    if wfo < min {
        return match rule {
            Some(Rule::WfhMax { share }) => {
                Some(format!("{at}: {home} dari {available} pegawai WFH ({}), melebihi batas WFH {share}", percent(home, available)))
            }
            Some(Rule::Flexible { away_max }) => Some(format!(
                "{at}: {home} dari {available} pegawai di luar kantor ({}), melebihi batas kerja fleksibel {away_max}",
                percent(home, available)
            )),
            Some(Rule::WfoAll) => Some(format!("{at}: {home} dari {available} pegawai tidak di kantor, padahal SE mewajibkan WFO 100%")),
            Some(Rule::WfhAll { .. }) if wfo == 0 => Some(format!("{at}: tidak ada pegawai piket di kantor (paling sedikit {min} orang)")),
            Some(Rule::WfhAll { .. }) => Some(format!("{at}: hanya {wfo} pegawai piket, kurang dari paling sedikit {min} orang")),
            Some(Rule::WfoMax { .. }) => Some(format!("{at}: hanya {wfo} pegawai di kantor, kurang dari paling sedikit {min} orang")),
            None => Some(format!("{at}: {home} dari {available} pegawai WFH, padahal tidak ada SE yang berlaku (semua pegawai WFO)")),
            Some(Rule::KepalaOpd { .. } | Rule::ByZone { .. }) => {
                Some(format!("{at}: hanya {wfo} pegawai di kantor, kurang dari {min} orang"))
            }
        };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percentages_are_written_with_a_decimal_comma() {
        assert_eq!(percent(5, 8), "62,5%");
        assert_eq!(percent(1, 2), "50%");
        assert_eq!(percent(5, 7), "71,4%");
        assert_eq!(percent(0, 0), "0%");
    }
}
