//! Monitoring and evaluation as PermenPANRB 4/2025 art. 35 asks (as reported): did flexible
//! work keep discipline and performance, compared with before? A period (the quarter with
//! flexible work) is set against a baseline (the quarter before), per unit and for the office:
//! discipline (TL and PSW by band per 100 days present, TK per 100 person-days), reachability
//! (calls unanswered per 100 days at home), breaches of the circular, the share of days away and
//! plan against actual, each before, after and the change, with the people behind the figures
//! one step away, and the Kepala OPD's recommendation per unit kept with the evaluation
//! (docs/domain.md, "Monitoring and evaluation").
//!
//! The figures come from the same report the Sekda receives ([`crate::office::report`]), built
//! for each period, so the evaluation and the report never count differently.

use crate::model::dates;
use crate::model::error::{Error, FieldError, Result};
use crate::office::report::{self, Report};
use crate::store::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use crate::model::evaluation::{Choice, Recommendation};

/// The counts behind the figures of one unit (or the office) in one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub staff: u32,
    /// Person-days with a code (recorded, or planned where nothing is recorded yet).
    pub person_days: u32,
    /// Days present in the office.
    pub present: u32,
    /// Days at home or elsewhere away (WFH/WFA).
    pub away: u32,
    pub tk: u32,
    pub tl: [u32; 4],
    pub psw: [u32; 4],
    pub unreached: u32,
    pub breaches: u32,
    /// Planned person-days and those where the record parted from the plan.
    pub planned: u32,
    pub parted: u32,
    /// Targets of days away assessed: met, partly met, not met.
    pub targets: [u32; 3],
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.staff += o.staff;
        self.person_days += o.person_days;
        self.present += o.present;
        self.away += o.away;
        self.tk += o.tk;
        for b in 0..4 {
            self.tl[b] += o.tl[b];
            self.psw[b] += o.psw[b];
        }
        self.unreached += o.unreached;
        self.breaches += o.breaches;
        self.planned += o.planned;
        self.parted += o.parted;
        for (mine, theirs) in self.targets.iter_mut().zip(o.targets) {
            *mine += theirs;
        }
    }
}

/// Which way a figure is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    Lower,
    Higher,
    Neither,
}

/// One figure before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub key: &'static str,
    pub label: &'static str,
    /// What the number counts: `per 100 hari hadir`, `%`, `kejadian`.
    pub per: &'static str,
    /// `None` where the period has nothing to count it on (no day at home: no rate of calls).
    pub before: Option<f64>,
    pub after: Option<f64>,
    /// `after - before`, when both are known.
    pub change: Option<f64>,
    /// Which way is better: lower (discipline, breaches), higher (targets met), or neither
    /// (days away: context only).
    pub better: Better,
    /// Per band where the figure has bands: `1/0/2/0` before and after.
    pub bands_before: String,
    pub bands_after: String,
    /// The numbers as printed: `11,1`, `—` where unknown; the change signed (`+3,2`).
    pub before_text: String,
    pub after_text: String,
    pub change_text: String,
    /// [`Figure::verdict`].
    pub verdict: &'static str,
}

/// `11,1` (a decimal comma, as Indonesian reports write it), `—` when unknown.
fn number(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), |v| format!("{v:.1}").replace('.', ","))
}

impl Figure {
    /// `membaik`, `memburuk`, `tetap` or empty (context, or not comparable).
    pub fn verdict(&self) -> &'static str {
        let Some(c) = self.change else { return "" };
        let c = match self.better {
            Better::Lower => c,
            Better::Higher => -c,
            Better::Neither => return "",
        };
        if c < -0.05 {
            "membaik"
        } else if c > 0.05 {
            "memburuk"
        } else {
            "tetap"
        }
    }
}

/// A person behind a unit's figures in the evaluated period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub nip: String,
    pub name: String,
    pub tl: u32,
    pub psw: u32,
    pub tk: u32,
    pub unreached: u32,
    /// The same person's TL + PSW + TK in the baseline, if they were there.
    pub before: Option<u32>,
}

/// One unit's evaluation (or the office's, `unit` empty).
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub unit: String,
    pub before: Counts,
    pub after: Counts,
    pub figures: Vec<Figure>,
    /// The people with most TL, PSW, TK and unanswered calls in the period, most first (up to
    /// [`PEOPLE`]).
    pub people: Vec<Person>,
    pub recommendation: Option<Recommendation>,
}

/// People listed behind each unit's figures.
pub const PEOPLE: usize = 5;

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub opd: String,
    pub baseline_from: NaiveDate,
    pub baseline_to: NaiveDate,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// `1 Juli–30 September 2026 dibandingkan dengan 1 April–30 Juni 2026`.
    pub title: String,
    pub office: Line,
    pub units: Vec<Line>,
    /// The trends the charts draw, over both periods.
    pub series: Series,
}

/// One working day of the office: staff in the office against the circular's range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayPoint {
    pub date: NaiveDate,
    /// Counted staff in the office (recorded, or as planned where nothing is recorded yet).
    pub in_office: u32,
    /// The circulars' range summed over the units: at least, at most.
    pub min: u32,
    pub max: u32,
}

/// One week (Monday first) of recorded days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeekPoint {
    pub monday: NaiveDate,
    /// `16-11`
    pub label: String,
    /// Late arrivals and early leaves per 100 days present in the office; `None` without any.
    pub tl: Option<f64>,
    pub psw: Option<f64>,
    /// Share of the targets assessed that week that were met; `None` without any.
    pub targets: Option<f64>,
}

/// The trends of a span: each working day, each week.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub days: Vec<DayPoint>,
    pub weeks: Vec<WeekPoint>,
}

/// The trends of `from..=to` as recorded up to `today`, for the charts of the Evaluasi and
/// Beranda screens (and the printed evaluation): the office's staff in the office per working
/// day against the circulars' range, TL and PSW per 100 days present and targets met per week.
pub fn series(store: &mut Store, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Series> {
    dates::days(from, to)?;
    let r = report::build_on(store, from, to, today)?;
    series_of(store, &r, today)
}

/// The last eight weeks up to `today` (Beranda's charts).
pub fn recent(store: &mut Store, today: NaiveDate) -> Result<Series> {
    let from = crate::rules::work_week::monday(today) - chrono::Duration::weeks(7);
    series(store, from, today, today)
}

/// [`series`] of a report already built (the evaluation has one per period).
fn series_of(store: &mut Store, r: &Report, today: NaiveDate) -> Result<Series> {
    let (from, to) = (r.from, r.to);
    let mut days: BTreeMap<NaiveDate, DayPoint> = BTreeMap::new();
    for d in &r.days {
        let p = days.entry(d.date).or_insert(DayPoint { date: d.date, in_office: 0, min: 0, max: 0 });
        p.in_office += d.tally.wfo;
        p.min += d.need_min;
        p.max += d.need_max.max(d.need_min);
    }
    // TL and PSW per week, by the same bands the report counts (dynamic hours included).
    let through = to.min(today);
    let hours = crate::office::presence::hours(store)?;
    let dynamic = crate::office::fwa::dynamic_days(store, from, through)?;
    let (records, outcomes) = store.read(|tx| Ok((tx.presence_between(from, through)?, tx.target_outcomes(from, through)?)))?;
    #[derive(Default)]
    struct Week {
        present: u32,
        tl: u32,
        psw: u32,
        targets: [u32; 2],
    }
    let mut weeks: BTreeMap<NaiveDate, Week> = BTreeMap::new();
    for rec in records.iter().filter(|x| x.code == crate::model::presence::Mark::H) {
        let w = weeks.entry(crate::rules::work_week::monday(rec.day)).or_default();
        w.present += 1;
        let (late, early) = crate::office::presence::bands_with(&hours, rec, today, dynamic.get(&(rec.staff_id, rec.day)).copied());
        w.tl += u32::from(late.is_some());
        w.psw += u32::from(early.is_some());
    }
    for (_, day, _, outcome, _) in &outcomes {
        let w = weeks.entry(crate::rules::work_week::monday(*day)).or_default();
        w.targets[1] += 1;
        w.targets[0] += u32::from(*outcome == crate::model::targets::Outcome::Met);
    }
    Ok(Series {
        days: days.into_values().collect(),
        weeks: weeks
            .into_iter()
            .map(|(monday, w)| WeekPoint {
                monday,
                label: monday.format("%d-%m").to_string(),
                tl: rate(w.tl, w.present, 100.0),
                psw: rate(w.psw, w.present, 100.0),
                targets: rate(w.targets[0], w.targets[1], 100.0),
            })
            .collect(),
    })
}

/// The evaluation as the signed report carries it to the Sekda: the figures of the office and
/// of each unit, and the recommendations; the people behind them stay in the office.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub baseline_from: NaiveDate,
    pub baseline_to: NaiveDate,
    pub title: String,
    pub office: SectionLine,
    pub units: Vec<SectionLine>,
    /// The trends the charts draw, printed in the report's PDF as in the evaluation's.
    pub series: Series,
}

/// One line of the [`Section`]: a unit (empty: the office).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionLine {
    pub unit: String,
    pub figures: Vec<SectionFigure>,
    /// `Lanjutkan dengan penyesuaian: …`, empty when none was written.
    pub recommendation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionFigure {
    pub key: String,
    pub label: String,
    pub per: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub before_text: String,
    pub after_text: String,
    pub change_text: String,
    pub verdict: String,
}

impl Evaluation {
    /// What the signed report carries.
    pub fn section(&self) -> Section {
        let line = |l: &Line| SectionLine {
            unit: l.unit.clone(),
            figures: l
                .figures
                .iter()
                .map(|f| SectionFigure {
                    key: f.key.to_string(),
                    label: f.label.to_string(),
                    per: f.per.to_string(),
                    before: f.before,
                    after: f.after,
                    before_text: f.before_text.clone(),
                    after_text: f.after_text.clone(),
                    change_text: f.change_text.clone(),
                    verdict: f.verdict.to_string(),
                })
                .collect(),
            recommendation: l.recommendation.as_ref().map_or_else(String::new, |r| {
                if r.note.is_empty() {
                    r.choice.label().to_string()
                } else {
                    format!("{}: {}", r.choice.label(), r.note)
                }
            }),
        };
        Section {
            baseline_from: self.baseline_from,
            baseline_to: self.baseline_to,
            title: self.title.clone(),
            office: line(&self.office),
            units: self.units.iter().map(line).collect(),
            series: self.series.clone(),
        }
    }
}

/// The periods the Evaluasi screen opens on: the last full calendar quarter before `today`,
/// against the quarter before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Suggested {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub baseline_from: NaiveDate,
    pub baseline_to: NaiveDate,
}

pub fn suggested(today: NaiveDate) -> Suggested {
    use chrono::{Datelike, Months};
    let quarter_start = |d: NaiveDate| NaiveDate::from_ymd_opt(d.year(), (d.month0() / 3) * 3 + 1, 1).unwrap_or(d);
    let from = quarter_start(today) - Months::new(3);
    let baseline_from = from - Months::new(3);
    let day_before = |d: NaiveDate| d.pred_opt().unwrap_or(d);
    Suggested { from, to: day_before(quarter_start(today)), baseline_from, baseline_to: day_before(from) }
}

/// The periods as the clerk typed them; each checked, and the baseline must end before the
/// period starts (a comparison of a period with itself says nothing).
pub fn evaluate(store: &mut Store, from: &str, to: &str, baseline_from: &str, baseline_to: &str, today: NaiveDate) -> Result<Evaluation> {
    let mut e = Vec::new();
    let mut day = |field: &'static str, text: &str| match dates::parse_field(field, text) {
        Ok(d) => Some(d),
        Err(Error::Invalid(mut f)) => {
            e.append(&mut f);
            None
        }
        Err(_) => None,
    };
    let (f, t, bf, bt) = (day("from", from), day("to", to), day("baseline_from", baseline_from), day("baseline_to", baseline_to));
    let (Some(f), Some(t), Some(bf), Some(bt)) = (f, t, bf, bt) else { return Err(Error::Invalid(e)) };
    if bt >= f {
        return Err(Error::Invalid(vec![FieldError::new(
            "baseline_to",
            format!("Periode pembanding harus berakhir sebelum periode yang dievaluasi mulai ({}).", dates::short(f)),
        )]));
    }
    evaluate_on(store, (f, t), (bf, bt), today)
}

/// [`evaluate`] on parsed periods.
pub fn evaluate_on(
    store: &mut Store,
    period: (NaiveDate, NaiveDate),
    baseline: (NaiveDate, NaiveDate),
    today: NaiveDate,
) -> Result<Evaluation> {
    dates::days(period.0, period.1)?;
    dates::days(baseline.0, baseline.1)?;
    let after = report::build_on(store, period.0, period.1, today)?;
    let before = report::build_on(store, baseline.0, baseline.1, today)?;
    let recommendations = store.read(|tx| tx.recommendations(period.0, period.1))?;
    let (mut units_after, mut units_before) = (by_unit(&after), by_unit(&before));
    // Targets of days away, by each person's unit.
    let staff = crate::office::staff::list(store, &crate::model::StaffFilter { include_inactive: true, ..Default::default() })?;
    let unit_of: std::collections::HashMap<i64, &str> = staff.iter().map(|s| (s.id, s.unit_name.as_str())).collect();
    for (units, (from, to)) in [(&mut units_after, period), (&mut units_before, baseline)] {
        for (id, counts) in crate::office::targets::counts_between(store, from, to)? {
            if let Some(unit) = unit_of.get(&id) {
                let c = units.entry(unit.to_string()).or_default();
                for (mine, theirs) in c.targets.iter_mut().zip(counts) {
                    *mine += theirs;
                }
            }
        }
    }
    let mut names: Vec<&String> = units_after.keys().chain(units_before.keys()).collect();
    names.sort();
    names.dedup();
    let before_of: BTreeMap<&str, u32> =
        before.people.iter().map(|p| (p.nip.as_str(), p.tl.iter().sum::<u32>() + p.psw.iter().sum::<u32>() + p.tally.tk)).collect();
    let recommended = |unit: &str| recommendations.iter().find(|r| r.unit == unit).cloned();
    let line = |unit: &str, b: Counts, a: Counts| Line {
        unit: unit.to_string(),
        before: b,
        after: a,
        figures: figures(&b, &a),
        people: people(&after, unit, &before_of),
        recommendation: recommended(unit),
    };
    let mut office = (Counts::default(), Counts::default());
    let mut units = Vec::new();
    for name in names {
        let (b, a) = (units_before.get(name).copied().unwrap_or_default(), units_after.get(name).copied().unwrap_or_default());
        office.0.add(&b);
        office.1.add(&a);
        units.push(line(name, b, a));
    }
    let mut trend = series_of(store, &before, today)?;
    let later = series_of(store, &after, today)?;
    trend.days.extend(later.days);
    trend.weeks.extend(later.weeks);
    let title = format!(
        "{} s.d. {} dibandingkan dengan {} s.d. {}",
        dates::long(period.0),
        dates::long(period.1),
        dates::long(baseline.0),
        dates::long(baseline.1)
    );
    Ok(Evaluation {
        opd: after.opd.clone(),
        baseline_from: baseline.0,
        baseline_to: baseline.1,
        from: period.0,
        to: period.1,
        title,
        office: line("", office.0, office.1),
        units,
        series: trend,
    })
}

/// Each unit's counts in one report.
fn by_unit(r: &Report) -> BTreeMap<String, Counts> {
    let mut out: BTreeMap<String, Counts> = BTreeMap::new();
    for p in &r.people {
        let c = out.entry(p.unit.clone()).or_default();
        let t = &p.tally;
        c.staff += 1;
        c.person_days += t.wfo + t.wfh + t.dl + t.tb + t.s + t.i + t.c + t.tk;
        c.present += t.wfo;
        c.away += t.wfh;
        c.tk += t.tk;
        for b in 0..4 {
            c.tl[b] += p.tl[b];
            c.psw[b] += p.psw[b];
        }
        c.unreached += p.unreached;
    }
    for b in &r.breaches {
        out.entry(b.unit.clone()).or_default().breaches += 1;
    }
    for a in &r.actual {
        let c = out.entry(a.unit.clone()).or_default();
        c.planned += a.planned;
        c.parted += a.parted;
    }
    out
}

fn rate(count: u32, of: u32, per: f64) -> Option<f64> {
    (of > 0).then(|| (f64::from(count) * per / f64::from(of) * 10.0).round() / 10.0)
}

fn bands(b: [u32; 4]) -> String {
    b.map(|n| n.to_string()).join("/")
}

/// The figures of a unit, before and after, in the order the evaluation prints them.
fn figures(b: &Counts, a: &Counts) -> Vec<Figure> {
    let figure = |key, label, per, better, of: &dyn Fn(&Counts) -> Option<f64>, banded: Option<fn(&Counts) -> String>| {
        let (before, after) = (of(b), of(a));
        let change = before.zip(after).map(|(x, y)| ((y - x) * 10.0).round() / 10.0);
        // A count of events is a whole number; rates and shares keep one decimal.
        let shown = |v: Option<f64>| if per == "kejadian" { v.map_or_else(|| "—".to_string(), |v| format!("{v:.0}")) } else { number(v) };
        let mut f = Figure {
            key,
            label,
            per,
            before,
            after,
            change,
            better,
            bands_before: banded.map(|f| f(b)).unwrap_or_default(),
            bands_after: banded.map(|f| f(a)).unwrap_or_default(),
            before_text: shown(before),
            after_text: shown(after),
            change_text: match change {
                Some(c) if c > 0.0 => format!("+{}", shown(Some(c))),
                Some(c) if c < 0.0 => format!("−{}", shown(Some(-c))),
                c => shown(c),
            },
            verdict: "",
        };
        f.verdict = f.verdict();
        f
    };
    use Better::*;
    vec![
        figure("away", "Hari di luar kantor (WFH/WFA)", "% hari-orang", Neither, &|c| rate(c.away, c.person_days, 100.0), None),
        figure(
            "tl",
            "Terlambat masuk (TL)",
            "per 100 hari hadir",
            Lower,
            &|c| rate(c.tl.iter().sum(), c.present, 100.0),
            Some(|c| bands(c.tl)),
        ),
        figure(
            "psw",
            "Pulang sebelum waktunya (PSW)",
            "per 100 hari hadir",
            Lower,
            &|c| rate(c.psw.iter().sum(), c.present, 100.0),
            Some(|c| bands(c.psw)),
        ),
        figure("tk", "Tanpa keterangan (TK)", "per 100 hari-orang", Lower, &|c| rate(c.tk, c.person_days, 100.0), None),
        figure("unreached", "Tidak dapat dihubungi saat WFH", "per 100 hari WFH", Lower, &|c| rate(c.unreached, c.away, 100.0), None),
        figure(
            "targets",
            "Target hari di luar kantor tercapai",
            "% target dinilai",
            Higher,
            &|c| rate(c.targets[0], c.targets.iter().sum(), 100.0),
            Some(|c| match c.targets {
                [0, 0, 0] => String::new(),
                [met, partly, not] => format!("{met} tercapai, {partly} sebagian, {not} tidak"),
            }),
        ),
        figure("breaches", "Pelanggaran SE", "kejadian", Lower, &|c| Some(f64::from(c.breaches)), None),
        figure("parted", "Realisasi tidak sesuai rencana", "% hari-orang terencana", Lower, &|c| rate(c.parted, c.planned, 100.0), None),
    ]
}

/// The people of `unit` (all units when empty) with most TL, PSW, TK and unanswered calls.
fn people(r: &Report, unit: &str, before: &BTreeMap<&str, u32>) -> Vec<Person> {
    let mut out: Vec<Person> = r
        .people
        .iter()
        .filter(|p| unit.is_empty() || p.unit == unit)
        .map(|p| Person {
            nip: p.nip.clone(),
            name: p.name.clone(),
            tl: p.tl.iter().sum(),
            psw: p.psw.iter().sum(),
            tk: p.tally.tk,
            unreached: p.unreached,
            before: before.get(p.nip.as_str()).copied(),
        })
        .filter(|p| p.tl + p.psw + p.tk + p.unreached > 0)
        .collect();
    out.sort_by(|a, b| (b.tl + b.psw + b.tk + b.unreached).cmp(&(a.tl + a.psw + a.tk + a.unreached)).then_with(|| a.name.cmp(&b.name)));
    out.truncate(PEOPLE);
    out
}

/// Keeps the Kepala OPD's recommendation for a unit (empty: the office) of the period
/// `from..=to` (as typed), replacing an earlier one.
pub fn recommend(store: &mut Store, from: &str, to: &str, unit: &str, choice: &str, note: &str, by: &str) -> Result<Recommendation> {
    let (from, to) = (dates::parse_field("from", from)?, dates::parse_field("to", to)?);
    dates::days(from, to)?;
    let choice = Choice::parse(choice).ok_or_else(|| {
        Error::invalid("choice", format!("Rekomendasi \"{}\" tidak dikenal; pilih salah satu: {}.", choice.trim(), Choice::choices()))
    })?;
    let unit = unit.trim();
    if !unit.is_empty() && crate::office::units::list(store)?.iter().all(|u| u.name != unit) {
        return Err(Error::NotFound(format!("Unit kerja \"{unit}\"")));
    }
    if choice != Choice::Continue && note.trim().is_empty() {
        return Err(Error::invalid("note", "Tuliskan alasan atau penyesuaiannya (rekomendasi selain \"Lanjutkan\" memerlukan catatan)."));
    }
    let r = Recommendation { from, to, unit: unit.to_string(), choice, note: note.trim().to_string(), by: by.trim().to_string() };
    store.write("menyimpan rekomendasi evaluasi", |tx| tx.save_recommendation(&r))?;
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_screen_opens_on_the_last_full_quarter_against_the_one_before() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let s = suggested(d("2026-12-06"));
        assert_eq!((s.from, s.to, s.baseline_from, s.baseline_to), (d("2026-07-01"), d("2026-09-30"), d("2026-04-01"), d("2026-06-30")));
        let s = suggested(d("2026-01-15"));
        assert_eq!((s.from, s.to, s.baseline_from, s.baseline_to), (d("2025-10-01"), d("2025-12-31"), d("2025-07-01"), d("2025-09-30")));
    }
}
