//! The report for the Sekda (docs/domain.md, "The report to the Sekda") as data: per day and
//! unit the counts against the need, every breach, a per-person recap, reachability incidents,
//! WFH activity notes, flexible work per person, the circulars in force and their obligations.
//! [`build`] gathers it from the store; `files::report` lays it out and writes the files, and
//! reads them back to verify.

mod duties;

use crate::model::dates;
use crate::model::error::Result;
use crate::model::Letterhead;
use crate::office::circulars;
use crate::office::period::Period;
use crate::office::presence::{self, Mark};
use crate::office::schedule::{Code, Limit};
use crate::rules::policy::Rule;
use crate::store::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap, HashSet};

pub use duties::DutyRow;
/// Names the format inside every file, so a later Giliran can read older reports.
/// Version 2 adds, per person, the days present with no clock times recorded; 3 judges
/// compliance on presence; 4 adds plan against actual and the days the attendance systems
/// failed; 5 each person's weeks short of their working hours; 6 may carry the evaluation
/// against a baseline.
pub const FORMAT: &str = "giliran-laporan/6";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub format: String,
    pub opd: String,
    pub letterhead: Letterhead,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// `Samarinda, 30 November 2026`.
    pub signed_at: String,
    /// Citations of the circulars in force during the period.
    pub circulars: Vec<String>,
    /// Years of the period whose holidays were not in the calendar: their holidays were
    /// counted as working days (absent from reports without any, and from older reports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    pub days: Vec<DayRow>,
    pub breaches: Vec<BreachRow>,
    pub people: Vec<PersonRow>,
    pub incidents: Vec<IncidentRow>,
    pub notes: Vec<NoteRow>,
    pub totals: Totals,
    /// The circulars' obligations and where the office stands (absent from older reports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duties: Vec<DutyRow>,
    /// Flexible work: per person with a request or a day away under a decision (absent from
    /// older reports and from periods without flexible work).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flexible: Vec<FlexRow>,
    /// Plan against actual per unit: planned person-days that held, parted, or were excused
    /// (absent from older reports and from periods with nothing planned).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actual: Vec<ActualRow>,
    /// Every person-day where plan and record part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gaps: Vec<GapRow>,
    /// Days (or hours) the attendance systems failed: never counted against anyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outages: Vec<OutageRow>,
    /// The evaluation of the period against a baseline, when the clerk asked for one (format
    /// 6): what the Sekda's Rekap reads across offices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<crate::office::evaluation::Section>,
}

impl Report {
    /// Plan against actual over every unit; none when nothing was planned.
    pub fn actual_total(&self) -> Option<ActualRow> {
        let first = ActualRow { unit: "Seluruh unit".into(), planned: 0, held: 0, parted: 0, excused: 0, unrecorded: 0 };
        (!self.actual.is_empty()).then(|| {
            self.actual.iter().fold(first, |t, a| ActualRow {
                planned: t.planned + a.planned,
                held: t.held + a.held,
                parted: t.parted + a.parted,
                excused: t.excused + a.excused,
                unrecorded: t.unrecorded + a.unrecorded,
                ..t
            })
        })
    }

    /// The `n` units where most planned person-days parted from the record.
    pub fn units_most_parted(&self, n: usize) -> Vec<ActualRow> {
        let mut most: Vec<ActualRow> = self.actual.iter().filter(|a| a.parted > 0).cloned().collect();
        most.sort_by(|a, b| b.parted.cmp(&a.parted).then_with(|| a.unit.cmp(&b.unit)));
        most.truncate(n);
        most
    }
}

/// One unit's planned person-days against the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActualRow {
    pub unit: String,
    pub planned: u32,
    pub held: u32,
    pub parted: u32,
    pub excused: u32,
    /// On unit-days with no presence entered.
    pub unrecorded: u32,
}

/// One person-day where plan and record part, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GapRow {
    pub date: NaiveDate,
    pub unit: String,
    pub nip: String,
    pub name: String,
    pub planned: String,
    pub recorded: String,
    pub gap: String,
}

/// A system outage as the clerk recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutageRow {
    pub date: NaiveDate,
    /// Day, system, scope, hours and what happened, in words.
    pub text: String,
    pub evidence: String,
}

/// One person's flexible work in the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlexRow {
    pub nip: String,
    pub name: String,
    pub unit: String,
    /// Requests overlapping the period, by where they stand.
    pub submitted: u32,
    pub approved: u32,
    pub rejected: u32,
    pub withdrawn: u32,
    /// Days worked away (WFH), recorded or as planned.
    pub days_away: u32,
    /// The decision's limit a week (0: not eligible).
    pub limit: u32,
    /// ISO weeks of the period with more days away than the limit.
    pub weeks_over: u32,
    /// Days the approved dynamic hours were used (a start after the office's), and the
    /// months with more uses than the decision allows.
    pub dynamic_used: u32,
    pub dynamic_months_over: u32,
}

/// One unit on one working day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayRow {
    pub date: NaiveDate,
    pub unit: String,
    pub need_min: u32,
    pub need_max: u32,
    /// By code; `wfo` is the counted staff in the office (what the need is about).
    #[serde(flatten)]
    pub tally: Tally,
    /// In the office but outside the circular's quota (e.g. JPT Pratama).
    pub outside: u32,
    /// In the office on a "WFH 100%" day: the officials on duty.
    pub piket: u32,
    /// Counted from the plan: no presence recorded.
    pub unrecorded: u32,
    /// Whether the counts of this row (recorded presence, the plan where none is recorded yet)
    /// are within the circular's range. Format 1 and 2 wrote here whether the plan was.
    pub compliant: bool,
    /// Whether the plan kept the circular that day (format 3; absent before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_compliant: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreachRow {
    pub date: NaiveDate,
    pub unit: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonRow {
    pub nip: String,
    pub name: String,
    pub kind: String,
    pub unit: String,
    #[serde(flatten)]
    pub tally: Tally,
    /// Late arrivals per band TL1..TL4.
    pub tl: [u32; 4],
    /// Early leaves per band PSW1..PSW4.
    pub psw: [u32; 4],
    /// Days present (H) with neither check-in nor check-out recorded: "hadir, jam tidak
    /// tercatat", counted here and not as late or early (format 2; absent in format 1).
    #[serde(default)]
    pub no_times: u32,
    pub unreached: u32,
    pub notes: u32,
    /// Apel missed as e-presensi recorded it (TAP, CP), from format 4.
    #[serde(default)]
    pub apel_missed: u32,
    /// Weeks short of their hours (Perpres 21/2023) and the minutes short over them, from
    /// format 5; a week's surplus does not cover another week.
    #[serde(default)]
    pub weeks_short: u32,
    #[serde(default)]
    pub minutes_short: u32,
}

/// A WFH person not reached when called.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentRow {
    pub date: NaiveDate,
    pub at: String,
    pub nip: String,
    pub name: String,
    pub unit: String,
    pub note: String,
    /// Not reached twice or more in the period.
    pub repeated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteRow {
    pub date: NaiveDate,
    pub nip: String,
    pub name: String,
    pub unit: String,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub staff: u32,
    pub working_days: u32,
    pub unit_days: u32,
    pub unit_days_compliant: u32,
    /// Unit-days whose plan kept the circular (format 3; absent before).
    #[serde(default)]
    pub unit_days_plan_compliant: u32,
    #[serde(flatten)]
    pub tally: Tally,
    pub outside: u32,
    pub piket: u32,
    pub breaches: u32,
    pub calls: u32,
    pub unreached: u32,
    pub notes: u32,
    pub notes_missing: u32,
}

impl Totals {
    /// Share of unit-days within the circular, 0..=1.
    pub fn compliance(&self) -> f64 {
        if self.unit_days == 0 {
            1.0
        } else {
            f64::from(self.unit_days_compliant) / f64::from(self.unit_days)
        }
    }

    /// Adds another report's totals (the Sekda's sums); working days are the longest period's.
    pub fn add(&mut self, t: &Totals) {
        self.staff += t.staff;
        self.working_days = self.working_days.max(t.working_days);
        self.unit_days += t.unit_days;
        self.unit_days_compliant += t.unit_days_compliant;
        self.unit_days_plan_compliant += t.unit_days_plan_compliant;
        self.tally.add_all(&t.tally);
        self.outside += t.outside;
        self.piket += t.piket;
        self.breaches += t.breaches;
        self.calls += t.calls;
        self.unreached += t.unreached;
        self.notes += t.notes;
        self.notes_missing += t.notes_missing;
    }
}

/// Person-days by presence code: one count per [`Mark`], in the order of [`Tally::COLUMNS`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub wfo: u32,
    pub wfh: u32,
    pub dl: u32,
    pub tb: u32,
    pub s: u32,
    pub i: u32,
    pub c: u32,
    pub tk: u32,
}

impl Tally {
    pub const COLUMNS: [&'static str; 8] = ["WFO", "WFH", "DL", "TB", "S", "I", "C", "TK"];

    pub fn add(&mut self, m: Mark) {
        *match m {
            Mark::H => &mut self.wfo,
            Mark::Wfh => &mut self.wfh,
            Mark::Dl => &mut self.dl,
            Mark::Tb => &mut self.tb,
            Mark::S => &mut self.s,
            Mark::I => &mut self.i,
            Mark::C => &mut self.c,
            Mark::Tk => &mut self.tk,
        } += 1;
    }

    pub fn add_all(&mut self, o: &Tally) {
        for (a, b) in self.values_mut().into_iter().zip(o.values()) {
            *a += b;
        }
    }

    pub fn values(&self) -> [u32; 8] {
        [self.wfo, self.wfh, self.dl, self.tb, self.s, self.i, self.c, self.tk]
    }

    fn values_mut(&mut self) -> [&mut u32; 8] {
        [&mut self.wfo, &mut self.wfh, &mut self.dl, &mut self.tb, &mut self.s, &mut self.i, &mut self.c, &mut self.tk]
    }
}

/// Gathers the report of `from..=to` (as typed) as of `today`.
pub fn build(store: &mut Store, from: &str, to: &str, today: NaiveDate) -> Result<Report> {
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    dates::days(from, to)?;
    build_on(store, from, to, today)
}

/// [`build`] as of `today` (the signing date, and which WFH days already owe a note).
pub fn build_on(store: &mut Store, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Report> {
    let office = crate::office::profile::get(store)?;
    let period = Period::read(store, from, to)?;
    let breaches_found = crate::office::compliance::check_period(store, &period)?;
    let (actual, gaps) = actual_rows(store, &period, today)?;
    let Period { needs, staff, plan, limits, .. } = period;
    let hours = presence::hours(store)?;
    let (records, calls, notes) =
        store.read(|tx| Ok((tx.presence_between(from, to)?, tx.calls(from, to, None)?, tx.activities(from, to)?)))?;
    let records: HashMap<(i64, NaiveDate), presence::Record> = records.into_iter().map(|r| ((r.staff_id, r.day), r)).collect();
    let plan: HashMap<(i64, NaiveDate), Code> = plan.into_iter().map(|(k, a)| (k, a.code)).collect();
    let away: HashSet<(i64, NaiveDate)> = limits.iter().filter(|l| l.limit == Limit::Off).map(|l| (l.staff_id, l.day)).collect();
    let symptomatic: Vec<(i64, NaiveDate)> = limits
        .iter()
        .filter(|l| l.limit == Limit::NoWfo && ["gejala", "sakit"].iter().any(|w| l.reason.to_lowercase().contains(w)))
        .map(|l| (l.staff_id, l.day))
        .collect();
    let by_id: HashMap<i64, &crate::model::Staff> = staff.iter().map(|s| (s.id, s)).collect();

    // What each person did on each working day of their unit: recorded, else as planned.
    let mut people: Vec<PersonRow> = staff
        .iter()
        .map(|s| PersonRow {
            nip: s.id_display.clone(),
            name: s.name.clone(),
            kind: s.kind.label().to_string(),
            unit: s.unit_name.clone(),
            tally: Tally::default(),
            tl: [0; 4],
            psw: [0; 4],
            no_times: 0,
            unreached: 0,
            notes: 0,
            apel_missed: 0,
            weeks_short: 0,
            minutes_short: 0,
        })
        .collect();
    let row_of: HashMap<i64, usize> = staff.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut members: HashMap<i64, Vec<i64>> = HashMap::new();
    for s in &staff {
        members.entry(s.unit_id).or_default().push(s.id);
    }
    let mut days = Vec::with_capacity(needs.len());
    let mut away_weeks: AwayWeeks = HashMap::new();
    // Days of approved dynamic hours, and per person and month the days they were used.
    let dynamic = crate::office::fwa::dynamic_days(store, from, to)?;
    let mut dynamic_used: DynamicUses = HashMap::new();
    // A person-week over the flexible-work limit is the person's breach, not the unit-day's.
    let breach_at: HashSet<(i64, NaiveDate)> = breaches_found.iter().filter(|b| b.week.is_none()).map(|b| (b.unit_id, b.date)).collect();
    let mut circular_list: Vec<String> = Vec::new();
    let mut working_days: BTreeSet<NaiveDate> = BTreeSet::new();
    for n in &needs {
        working_days.insert(n.date);
        if !n.circular.is_empty() && !circular_list.contains(&n.circular) {
            circular_list.push(n.circular.clone());
        }
        let all_home = matches!(n.rule, Some(Rule::WfhAll { .. }));
        let mut row = DayRow {
            date: n.date,
            unit: n.unit_name.clone(),
            need_min: n.need.min,
            need_max: n.need.max,
            tally: Tally::default(),
            outside: 0,
            piket: 0,
            unrecorded: 0,
            compliant: true,
            plan_compliant: Some(!breach_at.contains(&(n.unit_id, n.date))),
        };
        for id in members.get(&n.unit_id).into_iter().flatten() {
            let key = (*id, n.date);
            let mark = match records.get(&key) {
                Some(r) => Some(r.code),
                None => {
                    row.unrecorded += 1;
                    match plan.get(&key) {
                        _ if away.contains(&key) => None,
                        Some(Code::Office) => Some(Mark::H),
                        Some(Code::Home) => Some(Mark::Wfh),
                        _ => None,
                    }
                }
            };
            if mark == Some(Mark::Wfh) {
                *away_weeks.entry((*id, chrono::Datelike::iso_week(&n.date))).or_default() += 1;
            }
            let p = &mut people[row_of[id]];
            match mark {
                Some(Mark::H) if all_home => {
                    row.piket += 1;
                    p.tally.wfo += 1;
                }
                Some(Mark::H) if !n.counted_ids.contains(id) => {
                    row.outside += 1;
                    p.tally.wfo += 1;
                }
                Some(m) => {
                    row.tally.add(m);
                    p.tally.add(m);
                }
                None => {}
            }
            if let Some(r) = records.get(&key) {
                if presence::times_missing(r) {
                    p.no_times += 1;
                }
                p.apel_missed += crate::model::presence::apel_missed(&r.apel);
                let latest = dynamic.get(&key).copied();
                if presence::dynamic_used(&hours, r, latest) {
                    *dynamic_used.entry((*id, n.date.format("%Y-%m").to_string())).or_default() += 1;
                }
                let (late, early) = presence::bands_with(&hours, r, today, latest);
                if let Some(b) = late.and_then(|b| b[2..].parse::<usize>().ok()) {
                    p.tl[b - 1] += 1;
                }
                if let Some(b) = early.and_then(|b| b[3..].parse::<usize>().ok()) {
                    p.psw[b - 1] += 1;
                }
            }
        }
        // Judged on the counts the row shows, not on the plan beside them: five in the office
        // against a maximum of two is not "Sesuai SE" whatever the plan said.
        row.compliant = (n.need.min..=n.need.max.max(n.need.min)).contains(&row.tally.wfo);
        days.push(row);
    }
    // Each person's weeks against their hours, over the unit's working days recorded so far.
    let mut unit_days: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
    for n in needs.iter().filter(|n| n.date <= today) {
        unit_days.entry(n.unit_id).or_default().push(n.date);
    }
    for s in &staff {
        let days = unit_days.get(&s.unit_id).map_or(&[][..], Vec::as_slice);
        let p = &mut people[row_of[&s.id]];
        for w in crate::rules::work_week::weeks(&hours, days.iter().copied(), |d| records.get(&(s.id, d)), today) {
            if w.short() > 0 {
                p.weeks_short += 1;
                p.minutes_short += w.short();
            }
        }
    }
    let breaches =
        breaches_found.into_iter().map(|b| BreachRow { date: b.date, unit: b.unit_name, message: b.message }).collect::<Vec<_>>();

    let mut unreached_count: HashMap<i64, u32> = HashMap::new();
    for c in calls.iter().filter(|c| !c.reached) {
        *unreached_count.entry(c.staff_id).or_default() += 1;
    }
    let incidents: Vec<IncidentRow> = calls
        .iter()
        .filter(|c| !c.reached)
        .filter_map(|c| {
            let s = by_id.get(&c.staff_id)?;
            Some(IncidentRow {
                date: c.day,
                at: c.at.clone(),
                nip: s.id_display.clone(),
                name: s.name.clone(),
                unit: s.unit_name.clone(),
                note: c.note.clone(),
                repeated: unreached_count[&c.staff_id] as usize >= crate::office::reach::FLAG_AFTER,
            })
        })
        .collect();
    for (id, n) in &unreached_count {
        if let Some(i) = row_of.get(id) {
            people[*i].unreached = *n;
        }
    }
    let note_rows: Vec<NoteRow> = notes
        .iter()
        .filter_map(|(id, day, note)| {
            let s = by_id.get(id)?;
            people[row_of[id]].notes += 1;
            Some(NoteRow { date: *day, nip: s.id_display.clone(), name: s.name.clone(), unit: s.unit_name.clone(), note: note.clone() })
        })
        .collect();
    let notes_missing =
        crate::office::activity::missing_between(store, from, to, today)?.into_iter().filter(|(id, _)| row_of.contains_key(id)).count()
            as u32;

    let mut tally = Tally::default();
    for d in &days {
        tally.add_all(&d.tally);
    }
    let totals = Totals {
        staff: staff.len() as u32,
        working_days: working_days.len() as u32,
        unit_days: days.len() as u32,
        unit_days_compliant: days.iter().filter(|d| d.compliant).count() as u32,
        unit_days_plan_compliant: days.iter().filter(|d| d.plan_compliant == Some(true)).count() as u32,
        tally,
        outside: days.iter().map(|d| d.outside).sum(),
        piket: days.iter().map(|d| d.piket).sum(),
        breaches: breaches.len() as u32,
        calls: calls.len() as u32,
        unreached: incidents.len() as u32,
        notes: note_rows.len() as u32,
        notes_missing,
    };
    let governing: Vec<String> = needs.iter().filter_map(|n| n.circular_key.clone()).fold(Vec::new(), |mut v, k| {
        if !v.contains(&k) {
            v.push(k);
        }
        v
    });
    let stored = circulars::list(store)?;
    let governing: Vec<&crate::model::circular::Circular> =
        governing.iter().filter_map(|k| stored.iter().find(|c| &c.circular.key == k)).map(|c| &c.circular).collect();
    let in_office = |key: &(i64, NaiveDate)| match records.get(key) {
        Some(r) => r.code == Mark::H,
        None => plan.get(key) == Some(&Code::Office),
    };
    let duties = duties::rows(
        &governing,
        &duties::Facts {
            from,
            to,
            wfh_days: totals.tally.wfh,
            calls: totals.calls,
            unreached: totals.unreached,
            staff: &staff,
            symptomatic: symptomatic.len() as u32,
            symptomatic_in: symptomatic.iter().filter(|k| in_office(k)).count() as u32,
        },
    );
    let flexible = flex_rows(store, &needs, &staff, &people, &row_of, (&away_weeks, &dynamic_used), from, to)?;
    let letterhead = office.letterhead();
    let city = if office.city.is_empty() { "…" } else { &office.city };
    Ok(Report {
        format: FORMAT.into(),
        opd: office.opd_name.clone(),
        letterhead,
        from,
        to,
        signed_at: format!("{city}, {}", dates::long(today)),
        circulars: circular_list,
        warnings: crate::office::calendar::gaps(store, from, to)?,
        days,
        breaches,
        people,
        incidents,
        notes: note_rows,
        totals,
        duties,
        flexible,
        actual,
        gaps,
        outages: crate::office::outage::between(store, from, to)?
            .into_iter()
            .map(|o| OutageRow { date: o.outage.day, text: o.text, evidence: o.outage.evidence })
            .collect(),
        evaluation: None,
    })
}

/// Plan against actual over the period (up to `today`), per unit with something planned and
/// per person-day that parted.
fn actual_rows(store: &mut Store, period: &Period, today: NaiveDate) -> Result<(Vec<ActualRow>, Vec<GapRow>)> {
    let c = crate::office::actual::compare_in(store, period, &Default::default(), today)?;
    let units = c
        .units
        .into_iter()
        .filter(|u| u.planned > 0)
        .map(|u| ActualRow {
            unit: u.unit_name,
            planned: u.planned,
            held: u.held,
            parted: u.parted,
            excused: u.excused,
            unrecorded: u.unrecorded,
        })
        .collect();
    let gaps = c
        .rows
        .into_iter()
        .map(|m| GapRow {
            date: m.date,
            unit: m.unit_name,
            nip: m.id_display,
            name: m.name,
            planned: m.planned,
            recorded: m.recorded,
            gap: m.gap_label.to_string(),
        })
        .collect();
    Ok((units, gaps))
}

/// Per person and ISO week, the days worked away.
type AwayWeeks = HashMap<(i64, chrono::IsoWeek), u32>;
/// Per person and month (`2026-12`), the days the dynamic hours were used.
type DynamicUses = HashMap<(i64, String), u32>;

/// The flexible-work rows: everyone with a request overlapping the period, or a day away in a
/// unit under a decision on flexible work.
#[allow(clippy::too_many_arguments)]
fn flex_rows(
    store: &mut Store,
    needs: &[circulars::UnitDayNeed],
    staff: &[crate::model::Staff],
    people: &[PersonRow],
    row_of: &HashMap<i64, usize>,
    (away_weeks, dynamic_used): (&AwayWeeks, &DynamicUses),
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<FlexRow>> {
    use crate::model::fwa::Status;
    let decisions = circulars::flexible_by_unit(store, needs)?;
    let (requests, sanctions) = store.read(|tx| Ok((tx.fwa_requests(Some((from, to)))?, tx.sanctions()?)))?;
    let mut out = Vec::new();
    for s in staff {
        let mine: Vec<_> = requests.iter().filter(|r| r.staff_id == s.id).collect();
        let decision = decisions.get(&s.unit_id);
        let p = &people[row_of[&s.id]];
        let used: u32 = dynamic_used.iter().filter(|((id, _), _)| *id == s.id).map(|(_, n)| n).sum();
        let per_month = decision.map_or(0, |f| f.dynamic_per_month);
        let months_over = dynamic_used.iter().filter(|((id, _), n)| *id == s.id && **n > per_month).count() as u32;
        if mine.is_empty() && (decision.is_none() || p.tally.wfh == 0) && used == 0 {
            continue;
        }
        let count = |st: Status| mine.iter().filter(|r| r.status == st).count() as u32;
        let limit = decision.map_or(0, |f| crate::rules::flexible::weekly_limit(s, f, from, &sanctions));
        let weeks_over =
            if decision.is_some() { away_weeks.iter().filter(|((id, _), n)| *id == s.id && **n > limit).count() as u32 } else { 0 };
        out.push(FlexRow {
            nip: p.nip.clone(),
            name: p.name.clone(),
            unit: p.unit.clone(),
            submitted: count(Status::Submitted),
            approved: count(Status::Approved),
            rejected: count(Status::Rejected),
            withdrawn: count(Status::Withdrawn),
            days_away: p.tally.wfh,
            limit,
            weeks_over,
            dynamic_used: used,
            dynamic_months_over: months_over,
        });
    }
    Ok(out)
}
