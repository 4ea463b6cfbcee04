//! The office's roster: builds the planning instance from the database (staff, availability,
//! locks and the need the circulars give), plans it, saves it in one transaction, and shows
//! a week of it.

use crate::model::dates;
use crate::model::error::{Error, Result};
use crate::model::StaffFilter;
use crate::office::circulars;
use crate::office::period::Period;
use crate::office::presence::Mark;
use crate::office::schedule::{Assignment, Code, Limit};
use crate::rules::planner::{self, Instance, Metrics, Person, UnitNeed};
use crate::store::Store;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// An unmet need, with the unit's name and the date.
#[derive(Debug, Clone, Serialize)]
pub struct Unmet {
    pub date: NaiveDate,
    pub unit_name: String,
    pub need: u32,
    pub planned: u32,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub staff: usize,
    pub days: usize,
    /// Person-days changed from the schedule that was there before.
    pub moved: usize,
    pub unmet: Vec<Unmet>,
    pub metrics: Metrics,
    /// Years of the period whose holidays are not in the calendar ([`calendar::gaps`]).
    pub warnings: Vec<String>,
}

pub use crate::model::progress::Progress;

/// The stages of a planning run, as the progress bar names them.
const READ: &str = "Membaca pegawai, kebutuhan dan ketersediaan";
const PLAN: &str = "Menyusun unit kerja";
const SAVE: &str = "Menyimpan jadwal";

fn stage(stage: &'static str, done: usize, total: usize) -> Progress {
    Progress::new(stage, done, total, "unit")
}

/// Plans `from..=to` (as typed) for every unit and saves it; locked days stay as they are.
pub fn plan_period(store: &mut Store, from: &str, to: &str) -> Result<Outcome> {
    plan_period_with(store, from, to, &|_| {})
}

/// [`plan_period`], reporting each stage and each unit planned to `progress`; the last report
/// is `Selesai` with `done == total` once the schedule is saved.
pub fn plan_period_with(store: &mut Store, from: &str, to: &str, progress: &(dyn Fn(Progress) + Sync)) -> Result<Outcome> {
    progress(stage(READ, 0, 0));
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    let period = Period::read(store, from, to)?;
    let (Some(&first), Some(&last)) = (period.days.first(), period.days.last()) else {
        return Err(Error::invalid("from", "Tidak ada hari kerja pada periode ini."));
    };
    let wants = Wants::read(store, &period, first, last)?;
    let problem = Problem::of(&period, &wants, first);
    let total = problem.inst.units.len();
    progress(stage(PLAN, 0, total));
    let plan = planner::plan_with(&problem.inst, &|done, total| progress(stage(PLAN, done, total)));
    progress(stage(SAVE, total, total));
    save(store, &period, &problem, &plan)?;
    progress(stage(Progress::DONE, total, total));
    let mut warnings = crate::office::calendar::gaps(store, from, to)?;
    warnings.extend(problem.turns_left(&period, &plan));
    Ok(Outcome {
        staff: problem.inst.staff.len(),
        days: period.days.len(),
        moved: plan.moved,
        unmet: problem.unmet(&period, &plan),
        metrics: plan.metrics,
        warnings,
    })
}

/// What the office wants of the period besides the need: the wishes noted and approved
/// requests, the shift groups' turns, each unit's decision on flexible work, and the
/// sanctions that exclude a person from it.
struct Wants {
    wishes: HashMap<(i64, NaiveDate), Code>,
    turns: Turns,
    flexible: HashMap<i64, crate::model::circular::FlexibleWork>,
    sanctions: Vec<crate::model::fwa::Sanction>,
}

impl Wants {
    fn read(store: &mut Store, period: &Period, first: NaiveDate, last: NaiveDate) -> Result<Wants> {
        Ok(Wants {
            wishes: wishes_with_requests(store, first, last)?,
            turns: Turns::read(store)?,
            flexible: circulars::flexible_by_unit(store, &period.needs)?,
            sanctions: store.read(|tx| tx.sanctions())?,
        })
    }
}

/// The period in the planner's terms (docs/planner.md), with what stays outside it.
struct Problem {
    inst: Instance,
    /// The units planned, by id.
    units: BTreeMap<i64, UnitDays>,
    /// Days of people the circular does not count (e.g. JPT Pratama): in the office, outside
    /// the quota, unless locked otherwise; written as they are, not planned.
    outside: Vec<Assignment>,
    /// (person, day) planned by their shift group's turn, to say afterwards where the quota
    /// made the plan leave it.
    by_shift: Vec<(i64, usize, Code)>,
}

impl Problem {
    fn of(period: &Period, wants: &Wants, first: NaiveDate) -> Problem {
        let days = &period.days;
        let index: HashMap<NaiveDate, usize> = days.iter().enumerate().map(|(i, d)| (*d, i)).collect();
        let limits = period.limit_map();
        let existing = &period.plan;
        // Each unit-day's range as the circular gives it (docs/planner.md: a range is planned
        // as a range), and where the rule means it to sit within the range: at the most in the
        // office ("WFO paling banyak") or the most at home ("WFH paling banyak") — the unit's
        // default wish.
        let mut units: BTreeMap<i64, UnitDays> = BTreeMap::new();
        for n in &period.needs {
            let entry = units.entry(n.unit_id).or_insert_with(|| UnitDays::new(&n.unit_name, days.len()));
            let d = index[&n.date];
            entry.min[d] = n.need.min;
            entry.max[d] = n.need.max;
            entry.lean[d] = match (n.need.min < n.need.max, n.need.target) {
                (false, _) => None,
                (true, t) if t == n.need.max => Some(Code::Office),
                (true, t) if t == n.need.min => Some(Code::Home),
                _ => None,
            };
        }
        let need_of: HashMap<(i64, NaiveDate), &circulars::UnitDayNeed> = period.needs.iter().map(|n| ((n.unit_id, n.date), n)).collect();
        let mut people = Vec::new();
        let mut outside: Vec<Assignment> = Vec::new();
        let mut by_shift = Vec::new();
        for s in period.staff.iter().filter(|s| units.contains_key(&s.unit_id)) {
            let mut p = Person {
                id: s.id.to_string(),
                unit: s.unit_id.to_string(),
                team: s.team_id.map(|t| t.to_string()),
                off: Vec::new(),
                no_wfo: Vec::new(),
                lock: BTreeMap::new(),
                ..Person::default()
            };
            // Flexible work: at most the decision's days away a week, none for who may not.
            if let Some(f) = wants.flexible.get(&s.unit_id) {
                p.wfh_max_week = Some(crate::rules::flexible::weekly_limit(s, f, first, &wants.sanctions));
            }
            let mut previous = String::with_capacity(days.len());
            for (d, day) in days.iter().enumerate() {
                let prev = existing.get(&(s.id, *day));
                previous.push(prev.map(|a| a.code.as_str().chars().next().unwrap_or('?')).unwrap_or('?'));
                let Some(n) = need_of.get(&(s.unit_id, *day)) else {
                    p.off.push(d); // the unit does not work that day
                    continue;
                };
                match limits.get(&(s.id, *day)) {
                    Some(Limit::Off) => {
                        p.off.push(d);
                        continue;
                    }
                    Some(Limit::NoWfo) => {
                        p.no_wfo.push(d);
                        continue;
                    }
                    None => {}
                }
                if !n.counted_ids.contains(&s.id) {
                    let code = prev.filter(|a| a.locked).map(|a| a.code).unwrap_or(Code::Office);
                    outside.push(Assignment { staff_id: s.id, day: *day, code, locked: prev.is_some_and(|a| a.locked) });
                    p.off.push(d);
                    previous.pop();
                    previous.push('?');
                } else if let Some(a) = prev.filter(|a| a.locked && a.code != Code::Away) {
                    p.lock.insert(d.to_string(), a.code.as_str().into());
                } else if !n.may_come_in(s.id) {
                    // "WFH 100%": only those the rule draws the piket from may be planned in.
                    p.no_wfo.push(d);
                } else if let Some(w) = wants.wishes.get(&(s.id, *day)) {
                    p.want.insert(d.to_string(), w.as_str().into());
                } else if let Some(code) = wants.turns.code(s.unit_id, s.id, *day) {
                    p.want.insert(d.to_string(), code.as_str().into());
                    by_shift.push((s.id, d, code));
                } else if let Some(lean) = units.get(&s.unit_id).filter(|u| u.default_want().is_none()).and_then(|u| u.lean[d]) {
                    p.want.insert(d.to_string(), lean.as_str().into());
                }
            }
            p.previous = Some(previous);
            people.push(p);
        }
        let inst = Instance {
            days: days.iter().map(|d| d.to_string()).collect(),
            units: units
                .iter()
                .map(|(id, u)| UnitNeed {
                    default_want: u.default_want().map(|c| c.as_str().to_string()),
                    ..UnitNeed::range(id.to_string(), u.min.clone(), u.max.clone())
                })
                .collect(),
            staff: people,
        };
        Problem { inst, units, outside, by_shift }
    }

    /// The unit-days the plan could not bring within their range, in the office's terms.
    fn unmet(&self, period: &Period, plan: &planner::Plan) -> Vec<Unmet> {
        plan.violations
            .iter()
            .map(|v| Unmet {
                date: period.days[v.day],
                unit_name: v.unit.parse::<i64>().ok().and_then(|id| self.units.get(&id)).map(|u| u.name.clone()).unwrap_or_default(),
                need: v.need,
                planned: v.planned,
                reason: v.reason.clone(),
            })
            .collect()
    }

    /// A warning when the quota made the plan leave some shift groups' turns.
    fn turns_left(&self, period: &Period, plan: &planner::Plan) -> Option<String> {
        let left: Vec<&(i64, usize, Code)> = self
            .by_shift
            .iter()
            .filter(|(id, d, code)| plan.schedule.get(&id.to_string()).and_then(|row| row.chars().nth(*d)) != code.as_str().chars().next())
            .collect();
        let (id, d, code) = left.first()?;
        let name = period.staff.iter().find(|s| s.id == *id).map(|s| s.name.as_str()).unwrap_or_default();
        let day = period.days[*d];
        Some(format!(
            "Giliran shift tidak dapat diikuti pada {} hari-orang karena kuota SE (mis. {name}, {} {}: giliran {}).",
            left.len(),
            dates::day_name(day),
            dates::short(day),
            code.label()
        ))
    }
}

/// Writes the plan in one transaction: only the days that change, so a re-plan touches (and
/// audits) what moved; locks are kept.
fn save(store: &mut Store, period: &Period, problem: &Problem, plan: &planner::Plan) -> Result<()> {
    let existing = &period.plan;
    let skip: BTreeSet<(i64, NaiveDate)> = problem.outside.iter().map(|a| (a.staff_id, a.day)).collect();
    let unchanged = |a: &Assignment| existing.get(&(a.staff_id, a.day)) == Some(a);
    store.write("menyimpan jadwal", |tx| {
        for a in problem.outside.iter().filter(|a| !unchanged(a)) {
            tx.set_assignment(a)?;
        }
        for p in &problem.inst.staff {
            let (Ok(id), Some(row)) = (p.id.parse::<i64>(), plan.schedule.get(&p.id)) else { continue };
            for (d, c) in row.chars().enumerate() {
                let day = period.days[d];
                if skip.contains(&(id, day)) {
                    continue;
                }
                let locked = existing.get(&(id, day)).is_some_and(|a| a.locked);
                let code = Code::parse(&c.to_string()).unwrap_or(Code::Office);
                let a = Assignment { staff_id: id, day, code, locked };
                if !unchanged(&a) {
                    tx.set_assignment(&a)?;
                }
            }
        }
        Ok(())
    })
}

/// The wishes noted for `from..=to`, and the days of approved flexible-work requests (a wish
/// noted for the same day is the more specific, and stands).
fn wishes_with_requests(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<HashMap<(i64, NaiveDate), Code>> {
    let mut out: HashMap<(i64, NaiveDate), Code> =
        crate::office::schedule::wishes_between(store, from, to)?.into_iter().map(|w| ((w.staff_id, w.day), w.code)).collect();
    for r in crate::office::fwa::approved_between(store, from, to)?.into_iter().filter(|r| r.kind == crate::model::fwa::Kind::Location) {
        for d in dates::days(r.from.max(from), r.to.min(to))? {
            if r.covers(d) {
                out.entry((r.staff_id, d)).or_insert(Code::Home);
            }
        }
    }
    Ok(out)
}

/// The units' shift settings and the calendar their daily turns count on.
struct Turns {
    shifts: HashMap<i64, crate::model::shift::UnitShift>,
    workdays: HashMap<i64, u8>,
    holidays: std::collections::HashSet<NaiveDate>,
}

impl Turns {
    fn read(store: &mut Store) -> Result<Turns> {
        let shifts = crate::office::shifts::list(store)?.into_iter().map(|s| (s.unit_id, s)).collect();
        let workdays = crate::office::units::list(store)?.into_iter().map(|u| (u.id, u.workdays)).collect();
        let holidays = crate::rules::calendar::set_of(&store.read(|tx| tx.holidays())?);
        Ok(Turns { shifts, workdays, holidays })
    }

    fn working(&self, unit: i64) -> impl Fn(NaiveDate) -> bool + '_ {
        let w = self.workdays.get(&unit).copied().unwrap_or(5);
        move |d| crate::rules::calendar::is_working_day(d, w, &self.holidays)
    }

    /// `O` when the person's group has its turn in the office on `d`, `H` when not.
    fn code(&self, unit: i64, staff_id: i64, d: NaiveDate) -> Option<Code> {
        let shift = self.shifts.get(&unit)?;
        crate::rules::shift::in_office(shift, staff_id, d, self.working(unit)).map(|on| if on { Code::Office } else { Code::Home })
    }

    /// The group of a person, and the groups in on each of `days`, for the week grid.
    fn group_name(&self, unit: i64, staff_id: i64) -> String {
        self.shifts.get(&unit).and_then(|s| s.group_of(staff_id)).map(|g| g.name.clone()).unwrap_or_default()
    }

    fn on_duty(&self, unit: i64, days: &[NaiveDate]) -> Vec<String> {
        match self.shifts.get(&unit) {
            Some(s) => days.iter().map(|d| crate::rules::shift::names_on_duty(s, *d, self.working(unit))).collect(),
            None => Vec::new(),
        }
    }
}

/// A unit's days in the planning file: the range per day and the side of it the rule leans to.
struct UnitDays {
    name: String,
    min: Vec<u32>,
    max: Vec<u32>,
    /// Per day with a range: `Office` when the rule plans at its most in the office, `Home`
    /// when at its most at home; `None` on days without a range.
    lean: Vec<Option<Code>>,
}

impl UnitDays {
    fn new(name: &str, days: usize) -> UnitDays {
        UnitDays { name: name.to_string(), min: vec![0; days], max: vec![0; days], lean: vec![None; days] }
    }

    /// The unit's default wish when every day with a range leans the same way (else each
    /// person's days carry it).
    fn default_want(&self) -> Option<Code> {
        let mut leans = self.lean.iter().flatten();
        let first = *leans.next()?;
        leans.all(|l| *l == first).then_some(first)
    }
}

/// Monday and Sunday of an ISO week written `2026-W02`, or of the week holding a date
/// (`07-12-2026`), as Beranda asks for the next working day's week.
pub fn week_bounds(s: &str) -> Result<(NaiveDate, NaiveDate)> {
    let t = s.trim();
    if let Ok(d) = dates::parse(t) {
        let monday = d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()));
        return Ok((monday, monday + chrono::Duration::days(6)));
    }
    let bad = || Error::invalid("week", format!("Minggu \"{t}\" tidak valid: tulis seperti 2026-W02."));
    let (y, w) = t.split_once(['W', 'w']).ok_or_else(bad)?;
    let year: i32 = y.trim_end_matches('-').parse().map_err(|_| bad())?;
    let week: u32 = w.parse().map_err(|_| bad())?;
    let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).ok_or_else(bad)?;
    Ok((monday, monday + chrono::Duration::days(6)))
}

/// The label of the counts row under each unit, wherever the week is shown or printed.
pub const COUNTS_LABEL: &str = "Di kantor / kebutuhan";

/// The label of the row naming the shift groups in the office each day.
pub const ON_DUTY_LABEL: &str = "Regu di kantor";

/// One row of the week table.
#[derive(Debug, Clone, Serialize)]
pub struct WeekRow {
    pub staff_id: i64,
    pub id_display: String,
    pub name: String,
    pub team: String,
    /// The person's shift group (`Regu A`), empty outside any.
    pub shift_group: String,
    /// Per day: `WFO`, `WFH`, `-` (away), `libur` (the unit does not work), or empty (not planned).
    pub cells: Vec<String>,
    /// Per day: locked by the clerk.
    pub locked: Vec<bool>,
    /// Per day: what the person asked for, whether the plan grants it, and if not why.
    pub wishes: Vec<Option<WishCell>>,
}

/// A wish in the week grid.
#[derive(Debug, Clone, Serialize)]
pub struct WishCell {
    /// `WFO` or `WFH`.
    pub code: &'static str,
    pub granted: bool,
    /// Why the plan does not grant it, in words for the clerk; empty when granted.
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct WeekUnit {
    pub unit_id: i64,
    pub unit_name: String,
    pub rows: Vec<WeekRow>,
    /// Per day, under the row label [`COUNTS_LABEL`]: `3 / 3` (in the office / the need, a
    /// range `0–2` where the circular gives one), empty on days off.
    pub counts: Vec<String>,
    /// The unit's shift setting in words, when it has one.
    pub shift: Option<String>,
    /// Per day, the shift groups whose turn it is in the office (empty without shifts).
    pub on_duty: Vec<String>,
}

/// A unit in the picker: its name, how many staff, how many breaches this week.
#[derive(Debug, Clone, Serialize)]
pub struct UnitPick {
    pub unit_id: i64,
    pub unit_name: String,
    pub staff: usize,
    pub breaches: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Week {
    /// `2026-W02`, and the weeks before and after, for moving between weeks.
    pub iso: String,
    pub prev: String,
    pub next: String,
    /// `Minggu ke-2 (5–11 Januari 2026)`
    pub title: String,
    /// [`COUNTS_LABEL`], for the UI.
    pub counts_label: &'static str,
    /// [`ON_DUTY_LABEL`], for the UI.
    pub on_duty_label: &'static str,
    pub legend: [&'static str; 2],
    pub days: Vec<NaiveDate>,
    pub day_labels: Vec<String>,
    /// The circulars the week follows, as cited on the printed page.
    pub basis: Vec<String>,
    /// The office's kop surat and signature block.
    pub letterhead: crate::model::Letterhead,
    /// `Samarinda, 23 November 2026`: place and date above the signature.
    pub signed_at: String,
    /// Holidays and cuti bersama in the week: `Kamis 19-03-2026: Hari Suci Nyepi ...`.
    pub holidays: Vec<String>,
    pub units: Vec<WeekUnit>,
    /// Every breach of the circulars in this week among the units shown (core's check, shown as
    /// the clerk edits), and how many there are in the whole office.
    pub breaches: Vec<crate::office::compliance::Breach>,
    pub breaches_total: usize,
    /// Every unit of the office, for the window's unit picker.
    pub unit_list: Vec<UnitPick>,
    /// The week falls in a year whose holidays are not in the calendar.
    pub warnings: Vec<String>,
}

fn iso(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// The legend under every printed week (the window's preview and the PDF say the same).
/// Two lines, so that the PDF's line fits the page.
pub const LEGEND: [&str; 2] = [
    "Keterangan: WFO = tugas kedinasan di kantor; WFH = tugas kedinasan di rumah; - = tidak masuk; libur = bukan hari kerja unit; * = ditetapkan/dikunci pimpinan.",
    "DL = dinas luar; TB = tugas belajar; S = sakit; I = izin; C = cuti; TK = tanpa keterangan.",
];

/// The stored schedule of an ISO week (empty: the week of `today`, which also dates the
/// signature of the printed page), unit by unit.
pub fn week(store: &mut Store, week: &str, today: NaiveDate) -> Result<Week> {
    week_of(store, week, None, today)
}

/// [`week`] of one unit (with its teams) when `unit` is given: what the window shows of a big
/// office, with every unit listed for the picker (its staff and its breaches this week).
pub fn week_of(store: &mut Store, week: &str, unit: Option<i64>, today: NaiveDate) -> Result<Week> {
    let (monday, sunday) = if week.trim().is_empty() { week_bounds(&iso(today))? } else { week_bounds(week)? };
    let needs = circulars::needs_between(store, monday, sunday)?;
    let days: Vec<NaiveDate> = needs.iter().map(|n| n.date).collect::<BTreeSet<_>>().into_iter().collect();
    let stored = crate::office::schedule::between(store, monday, sunday)?;
    let plan: HashMap<(i64, NaiveDate), Code> = stored.iter().map(|a| ((a.staff_id, a.day), a.code)).collect();
    let locks: BTreeSet<(i64, NaiveDate)> = stored.iter().filter(|a| a.locked).map(|a| (a.staff_id, a.day)).collect();
    // What really happened wins over the plan: a recorded absence shows its code (S, C, DL...).
    let absent: HashMap<(i64, NaiveDate), Mark> = store
        .read(|tx| tx.presence_between(monday, sunday))?
        .into_iter()
        .filter(|r| !r.code.is_working())
        .map(|r| ((r.staff_id, r.day), r.code))
        .collect();
    let staff = crate::office::staff::list(store, &StaffFilter::default())?;
    let units = crate::office::units::list(store)?;
    let need_of: HashMap<(i64, NaiveDate), &circulars::UnitDayNeed> = needs.iter().map(|n| ((n.unit_id, n.date), n)).collect();
    let wishes = wishes_with_requests(store, monday, sunday)?;
    let weekly = circulars::flexible_by_unit(store, &needs)?;
    let sanctions = store.read(|tx| tx.sanctions())?;
    let turns = Turns::read(store)?;
    if let Some(id) = unit.filter(|id| !units.iter().any(|u| u.id == *id && u.parent_id.is_none())) {
        return Err(Error::NotFound(format!("Unit kerja nomor {id}")));
    }
    let mut out = Vec::new();
    for u in units.iter().filter(|u| u.parent_id.is_none() && unit.is_none_or(|id| id == u.id)) {
        let rows: Vec<WeekRow> = staff
            .iter()
            .filter(|s| s.unit_id == u.id)
            .map(|s| WeekRow {
                staff_id: s.id,
                id_display: s.id_display.clone(),
                name: s.name.clone(),
                team: s.team_name.clone().unwrap_or_default(),
                shift_group: turns.group_name(u.id, s.id),
                cells: days
                    .iter()
                    .map(|d| match (need_of.contains_key(&(u.id, *d)), plan.get(&(s.id, *d))) {
                        (false, _) => "libur".into(),
                        (true, _) if absent.contains_key(&(s.id, *d)) => absent[&(s.id, *d)].as_str().into(),
                        (true, Some(Code::Office)) => "WFO".into(),
                        (true, Some(Code::Home)) => "WFH".into(),
                        (true, Some(Code::Away)) => "-".into(),
                        (true, None) => String::new(),
                    })
                    .collect(),
                locked: days.iter().map(|d| locks.contains(&(s.id, *d))).collect(),
                wishes: vec![None; days.len()],
            })
            .collect();
        let mut rows = rows;
        let team_of: HashMap<i64, Option<i64>> = staff.iter().map(|s| (s.id, s.team_id)).collect();
        for (i, d) in days.iter().enumerate() {
            let Some(n) = need_of.get(&(u.id, *d)) else { continue };
            let planned = |r: &WeekRow| plan.get(&(r.staff_id, *d)).copied();
            let counted_wfo =
                rows.iter().filter(|r| n.counted_ids.contains(&r.staff_id) && planned(r) == Some(Code::Office)).count() as u32;
            for k in 0..rows.len() {
                let Some(&want) = wishes.get(&(rows[k].staff_id, *d)) else { continue };
                let r = &rows[k];
                let team_mates_in = rows
                    .iter()
                    .filter(|o| o.staff_id != r.staff_id && team_of.get(&o.staff_id) == team_of.get(&r.staff_id))
                    .any(|o| planned(o) == Some(Code::Office));
                let limit = weekly.get(&u.id).map(|f| {
                    let person = staff.iter().find(|p| p.id == r.staff_id);
                    match person.map(|p| crate::rules::flexible::eligible(p, f, monday, &sanctions)) {
                        Some(Err(why)) => (0, why),
                        _ => (f.days_away_week, String::new()),
                    }
                });
                let home_in_week = days.iter().filter(|x| plan.get(&(r.staff_id, **x)) == Some(&Code::Home)).count() as u32;
                let why = wish_unmet(WishDay {
                    limit,
                    home_in_week,
                    want,
                    planned: planned(r),
                    locked: r.locked[i],
                    absent: absent.get(&(r.staff_id, *d)).map(|m| m.as_str()),
                    counted: n.counted_ids.contains(&r.staff_id),
                    wfo: counted_wfo,
                    min: n.need.min,
                    max: n.need.max,
                    alone_in_team: !team_mates_in && team_of.get(&r.staff_id).copied().flatten().is_some(),
                });
                rows[k].wishes[i] = Some(WishCell { code: want.label(), granted: why.is_none(), why: why.unwrap_or_default() });
            }
        }
        let counts = days
            .iter()
            .enumerate()
            .map(|(i, d)| match need_of.get(&(u.id, *d)) {
                Some(n) => {
                    // Only the staff the circular counts: officials outside the quota are not.
                    let wfo = rows.iter().filter(|r| r.cells[i] == "WFO" && n.counted_ids.contains(&r.staff_id)).count();
                    let need = if n.need.min == n.need.max { n.need.min.to_string() } else { format!("{}–{}", n.need.min, n.need.max) };
                    format!("{wfo} / {need}")
                }
                None => String::new(),
            })
            .collect();
        out.push(WeekUnit {
            unit_id: u.id,
            unit_name: u.name.clone(),
            rows,
            counts,
            shift: turns.shifts.get(&u.id).map(|s| s.describe()),
            on_duty: turns
                .on_duty(u.id, &days)
                .into_iter()
                .enumerate()
                .map(|(i, g)| if need_of.contains_key(&(u.id, days[i])) { g } else { String::new() })
                .collect(),
        });
    }
    let week_no = monday.iso_week().week();
    let title = if monday.month() == sunday.month() {
        format!("Minggu ke-{week_no} ({}–{})", monday.day(), dates::long(sunday))
    } else {
        format!("Minggu ke-{week_no} ({} – {})", dates::long(monday), dates::long(sunday))
    };
    let mut breaches = crate::office::compliance::check_needs(store, &needs)?;
    let mut on_staff: HashMap<i64, usize> = HashMap::new();
    for s in &staff {
        *on_staff.entry(s.unit_id).or_default() += 1;
    }
    let unit_list = units
        .iter()
        .filter(|u| u.parent_id.is_none())
        .map(|u| UnitPick {
            unit_id: u.id,
            unit_name: u.name.clone(),
            staff: on_staff.get(&u.id).copied().unwrap_or(0),
            breaches: breaches.iter().filter(|b| b.unit_id == u.id).count(),
        })
        .collect();
    let breaches_total = breaches.len();
    breaches.retain(|b| unit.is_none_or(|id| id == b.unit_id));
    let mut basis: Vec<String> = Vec::new();
    for n in &needs {
        if !n.circular.is_empty() && !basis.contains(&n.circular) {
            basis.push(n.circular.clone());
        }
    }
    let office = crate::office::profile::get(store)?;
    let signed_at = format!("{}, {}", if office.city.is_empty() { "…" } else { &office.city }, dates::long(today));
    let holidays = crate::office::calendar::list(store, None)?
        .into_iter()
        .filter(|h| h.day >= monday && h.day <= sunday)
        .map(|h| format!("{} {}: {}", dates::day_name(h.day), dates::short(h.day), h.name))
        .collect();
    let warnings = crate::office::calendar::gaps(store, monday, sunday)?;
    Ok(Week {
        warnings,
        iso: iso(monday),
        prev: iso(monday - chrono::Duration::days(7)),
        next: iso(monday + chrono::Duration::days(7)),
        counts_label: COUNTS_LABEL,
        on_duty_label: ON_DUTY_LABEL,
        legend: LEGEND,
        breaches,
        breaches_total,
        unit_list,
        basis,
        letterhead: office.letterhead(),
        signed_at,
        holidays,
        title,
        day_labels: days.iter().map(|d| format!("{} {}", dates::day_name(*d), dates::short(*d))).collect(),
        days,
        units: out,
    })
}

/// One wish on one day and what the plan made of it.
struct WishDay<'a> {
    want: Code,
    planned: Option<Code>,
    locked: bool,
    absent: Option<&'a str>,
    counted: bool,
    /// The unit's counted staff on WFO that day, and the day's range.
    wfo: u32,
    min: u32,
    max: u32,
    /// Nobody else of the person's team is in the office that day.
    alone_in_team: bool,
    /// Under flexible work: the person's days away a week at most, and why 0 if not eligible.
    limit: Option<(u32, String)>,
    /// The person's WFH days planned in the week.
    home_in_week: u32,
}

/// Why the plan does not give a person the day they asked for (None: it does). The planner
/// grants wishes before fairness, so a wish left out is one the day's range, team cover or a
/// lock did not allow — or the week was not planned again since the wish was noted.
fn wish_unmet(w: WishDay) -> Option<String> {
    if w.planned == Some(w.want) && w.absent.is_none() {
        return None;
    }
    let asked = w.want.label();
    Some(match (w.absent, w.planned) {
        (Some(code), _) => format!("Tercatat {code} pada hari itu."),
        (None, None) => "Jadwal hari itu belum disusun.".to_string(),
        _ if w.locked => format!("Hari itu dikunci {} oleh petugas; keinginan {asked} tidak dipakai.", w.planned.map_or("", |c| c.label())),
        _ if !w.counted => "Pegawai ini di luar kuota surat edaran; jadwalnya tidak disusun otomatis.".to_string(),
        (None, Some(Code::Office)) if w.want == Code::Home && w.limit.as_ref().is_some_and(|(n, _)| *n == 0) => {
            format!("Tidak dapat bekerja fleksibel: {}", w.limit.map(|(_, why)| why).unwrap_or_default())
        }
        (None, Some(Code::Office)) if w.want == Code::Home && w.limit.as_ref().is_some_and(|(n, _)| w.home_in_week >= *n) => format!(
            "Sudah {} hari di luar kantor minggu ini: paling banyak {} hari per minggu menurut keputusan kerja fleksibel.",
            w.home_in_week,
            w.limit.map(|(n, _)| n).unwrap_or_default()
        ),
        (None, Some(Code::Office)) if w.want == Code::Home && w.alone_in_team && w.min > 0 => {
            "Satu-satunya anggota timnya yang ke kantor hari itu: setiap tim harus terwakili.".to_string()
        }
        (None, Some(Code::Office)) if w.want == Code::Home && w.wfo <= w.min => format!(
            "Rentang hari itu penuh: paling sedikit {} orang WFO ({} dijadwalkan); WFH diberikan lebih dulu kepada yang hari WFH-nya lebih sedikit.",
            w.min, w.wfo
        ),
        (None, Some(_)) if w.want == Code::Office && w.wfo >= w.max => format!(
            "Kantor penuh hari itu: paling banyak {} orang WFO; WFO diberikan lebih dulu kepada yang hari WFO-nya lebih sedikit.",
            w.max
        ),
        _ => "Belum disusun ulang sejak keinginan ini dicatat: klik Susun otomatis.".to_string(),
    })
}

/// Copies a week's unlocked plan onto the next week, day for day (Monday to Monday), where
/// the next week has the same working days; returns how many person-days were written.
pub fn copy_week_forward(store: &mut Store, week: &str) -> Result<usize> {
    let (monday, sunday) = week_bounds(week)?;
    let next_mon = monday + chrono::Duration::days(7);
    let next_sun = sunday + chrono::Duration::days(7);
    let working: BTreeSet<(i64, NaiveDate)> =
        circulars::needs_between(store, next_mon, next_sun)?.into_iter().map(|n| (n.unit_id, n.date)).collect();
    let staff = crate::office::staff::list(store, &StaffFilter::default())?;
    let unit_of: HashMap<i64, i64> = staff.iter().map(|s| (s.id, s.unit_id)).collect();
    let target: HashMap<(i64, NaiveDate), bool> =
        crate::office::schedule::between(store, next_mon, next_sun)?.into_iter().map(|a| ((a.staff_id, a.day), a.locked)).collect();
    let source = crate::office::schedule::between(store, monday, sunday)?;
    store.write("menyalin jadwal", |tx| {
        let mut n = 0;
        for a in &source {
            let day = a.day + chrono::Duration::days(7);
            let works = unit_of.get(&a.staff_id).is_some_and(|u| working.contains(&(*u, day)));
            if works && !target.get(&(a.staff_id, day)).copied().unwrap_or(false) {
                tx.set_assignment(&Assignment { staff_id: a.staff_id, day, code: a.code, locked: false })?;
                n += 1;
            }
        }
        Ok(n)
    })
}
