//! What really happened each day: the e-presensi code per person (docs/domain.md, "Working days" and
//! presence"), check-in and check-out times and their late / early-leave bands. A day not yet
//! recorded is prefilled from the plan. Leave and sickness entered ahead become `off` days for
//! the planner, so the affected days can be planned again.

use crate::model::dates;
use crate::model::error::{Error, FieldError, Result};
pub use crate::model::presence::{LeaveKind, Mark, Record};
use crate::model::StaffFilter;
use crate::office::calendar;
use crate::office::schedule::{Availability, Code, Limit};
use crate::store::{Store, Tx};
use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

pub use crate::model::hours::{parse_time, Hours, Season};

/// Hours a week as a clerk writes them (`37,5`, `37.5`, `37:30`), in minutes.
pub fn week_minutes_field(field: &'static str, text: &str) -> Result<u32> {
    let t = text.trim();
    let minutes = match t.split_once(':') {
        Some((h, m)) => h.parse::<u32>().ok().zip(m.parse::<u32>().ok().filter(|m| *m < 60)).map(|(h, m)| h * 60 + m),
        None => t.replace(',', ".").parse::<f64>().ok().filter(|h| (1.0..=168.0).contains(h)).map(|h| (h * 60.0).round() as u32),
    };
    minutes
        .filter(|m| *m > 0)
        .ok_or_else(|| Error::invalid(field, format!("Jam kerja seminggu \"{t}\" tidak valid: tulis mis. 37,5 atau 37:30.")))
}

const HOURS_KEY: &str = "presence.hours";

pub fn hours(store: &mut Store) -> Result<Hours> {
    store.read(hours_in)
}

fn hours_in(tx: &Tx) -> Result<Hours> {
    Ok(tx.setting(HOURS_KEY)?.and_then(|v| serde_json::from_str(&v).ok()).unwrap_or_default())
}

/// The hours with what they add up to, for the settings screen.
#[derive(Debug, Clone, Serialize)]
pub struct HoursView {
    #[serde(flatten)]
    pub hours: Hours,
    /// [`Hours::week_note`]: each week's net hours against the regulation's.
    pub week_note: String,
}

pub fn hours_view(store: &mut Store) -> Result<HoursView> {
    let hours = hours(store)?;
    Ok(HoursView { week_note: hours.week_note(), hours })
}

/// [`set_hours`], answered as the settings screen shows it.
pub fn set_hours_view(store: &mut Store, hours: &Hours) -> Result<HoursView> {
    let hours = set_hours(store, hours)?;
    Ok(HoursView { week_note: hours.week_note(), hours })
}

pub fn set_hours(store: &mut Store, hours: &Hours) -> Result<Hours> {
    hours.check()?;
    let clean = hours.cleaned();
    let json = serde_json::to_string(&clean).map_err(|e| Error::invalid("hours", e.to_string()))?;
    store.write("menyimpan jam kerja", |tx| tx.set_setting(HOURS_KEY, &json))?;
    Ok(clean)
}

/// Present in the office with neither clock time recorded ("hadir, jam tidak tercatat"): the
/// clerk marked the day (by hand, or "Catat semua sesuai jadwal") without machine times. Such a
/// day says nothing about lateness, so it is never counted as TL or PSW.
pub fn times_missing(r: &Record) -> bool {
    r.code == Mark::H && r.check_in.is_none() && r.check_out.is_none()
}

/// Late and early-leave bands of an office day, `TL2`, `PSW4`... A day in the past with a
/// check-in but no check-out (or the reverse) is band 4 for the missing one; today's missing
/// times may still come from the machine. A day with no times at all is not banded.
pub fn bands(hours: &Hours, r: &Record, today: NaiveDate) -> (Option<String>, Option<String>) {
    bands_with(hours, r, today, None)
}

/// Whether `r` used the approved dynamic hours of its day (latest start `latest`): present and
/// in after the office's start. Such days count against the decision's number a month.
pub fn dynamic_used(hours: &Hours, r: &Record, latest: Option<NaiveTime>) -> bool {
    latest.is_some() && r.code == Mark::H && r.check_in.is_some_and(|t| hours.on(r.day).is_some_and(|h| t > h.start))
}

/// [`bands`] on a day of approved dynamic hours (PermenPANRB 4/2025, flexible by time): a start
/// up to `latest` is not late, and the day's hours count from the start, so leaving early is
/// measured from the start plus the day's length.
pub fn bands_with(hours: &Hours, r: &Record, today: NaiveDate, latest: Option<NaiveTime>) -> (Option<String>, Option<String>) {
    if r.code != Mark::H || times_missing(r) {
        return (None, None);
    }
    let Some(crate::model::hours::DayHours { start, end, .. }) = hours.on(r.day) else { return (None, None) };
    let (start, end) = match (latest, r.check_in) {
        (Some(latest), Some(t)) if t > start => {
            let began = t.min(latest);
            (latest, began + (end - start))
        }
        _ => (start, end),
    };
    let late = match r.check_in {
        Some(t) => hours.band((t - start).num_minutes()),
        None if r.day < today => Some(4),
        None => None,
    };
    let early = match r.check_out {
        Some(t) => hours.band((end - t).num_minutes()),
        None if r.day < today => Some(4),
        None => None,
    };
    (late.map(|b| format!("TL{b}")), early.map(|b| format!("PSW{b}")))
}

/// What a clerk enters for one person: one day, or `date..=until` for leave entered ahead.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Entry {
    /// NIP / NIK / row number.
    pub staff: String,
    pub date: String,
    pub until: String,
    pub code: String,
    pub leave_kind: String,
    pub check_in: String,
    pub check_out: String,
    pub note: String,
}

/// What a save changed, and which planned days now need planning again.
#[derive(Debug, Clone, Serialize)]
pub struct Saved {
    pub days: usize,
    /// `(from, to)` of the planned days the person can no longer fill.
    pub replan: Option<(NaiveDate, NaiveDate)>,
    pub message: String,
}

/// Records `entry`; an away code over a period marks each of the person's working days and
/// tells the planner (an `off` day), in one transaction.
pub fn set(store: &mut Store, entry: &Entry) -> Result<Saved> {
    let person = crate::office::staff::find(store, &entry.staff)?;
    let mut e = Vec::new();
    let code = Mark::parse(&entry.code);
    if code.is_none() {
        e.push(FieldError::new(
            "code",
            format!("Kode presensi \"{}\" tidak dikenal: tulis H, WFH, DL, TB, S, I, C, atau TK.", entry.code.trim()),
        ));
    }
    let kind = match entry.leave_kind.trim() {
        "" => None,
        k => match LeaveKind::parse(k) {
            Some(k) => Some(k),
            None => {
                e.push(FieldError::new("leave_kind", format!("Jenis cuti \"{k}\" tidak dikenal: CT, CB, CS, CM, atau CAP.")));
                None
            }
        },
    };
    if code == Some(Mark::C) && kind.is_none() && entry.leave_kind.trim().is_empty() {
        e.push(FieldError::new("leave_kind", "Jenis cuti wajib diisi untuk kode C: CT, CB, CS, CM, atau CAP."));
    }
    if code.is_some_and(|c| c != Mark::C) && kind.is_some() {
        e.push(FieldError::new("leave_kind", "Jenis cuti hanya untuk kode C."));
    }
    let mut time = |field: &'static str, what: &str, text: &str| match text.trim() {
        "" => None,
        t => {
            let parsed = parse_time(t);
            if parsed.is_none() {
                e.push(FieldError::new(field, format!("{what} \"{t}\" tidak valid: tulis JJ:MM, mis. 07:30.")));
            }
            parsed
        }
    };
    let check_in = time("check_in", "Jam masuk", &entry.check_in);
    let check_out = time("check_out", "Jam pulang", &entry.check_out);
    if let (Some(i), Some(o)) = (check_in, check_out) {
        if o < i {
            e.push(FieldError::new("check_out", "Jam pulang sebelum jam masuk."));
        }
    }
    if code.is_some_and(|c| !c.is_working()) && (check_in.is_some() || check_out.is_some()) {
        e.push(FieldError::new("check_in", "Jam masuk dan pulang hanya dicatat untuk H atau WFH."));
    }
    let mut date = |field: &'static str, text: &str| match dates::parse_field(field, text) {
        Ok(d) => Some(d),
        Err(err) => {
            e.push(FieldError::new(field, err.to_string()));
            None
        }
    };
    let from = date("date", &entry.date);
    let to = match entry.until.trim() {
        "" => from,
        u => date("until", u),
    };
    if from != to && (check_in.is_some() || check_out.is_some()) {
        e.push(FieldError::new("until", "Jam masuk dan pulang dicatat per hari, bukan untuk satu periode."));
    }
    let (Some(code), Some(from), Some(to), true) = (code, from, to, e.is_empty()) else { return Err(Error::Invalid(e)) };
    let days = dates::days(from, to)?;
    let note = entry.note.trim().to_string();
    let (saved, replan) = store.write("menyimpan presensi", |tx| {
        let holidays: HashSet<NaiveDate> = tx.holidays()?.into_iter().map(|h| h.day).collect();
        let workdays = tx.unit(person.unit_id)?.map(|u| u.workdays).unwrap_or(5);
        let working: Vec<NaiveDate> =
            days.iter().copied().filter(|d| from == to || calendar::is_working_day(*d, workdays, &holidays)).collect();
        let planned: HashMap<NaiveDate, Code> =
            tx.assignments_between(from, to)?.into_iter().filter(|a| a.staff_id == person.id).map(|a| (a.day, a.code)).collect();
        let mut replan: Vec<NaiveDate> = Vec::new();
        for day in &working {
            let before = tx.presence(person.id, *day)?;
            let keep_times = before.as_ref().filter(|_| code.is_working() && check_in.is_none() && check_out.is_none());
            tx.set_presence(&Record {
                staff_id: person.id,
                day: *day,
                code,
                leave_kind: kind,
                check_in: check_in.or(keep_times.and_then(|b| b.check_in)),
                check_out: check_out.or(keep_times.and_then(|b| b.check_out)),
                note: note.clone(),
                location: located(&crate::office::fwa::locations_on(tx, *day)?, person.id, code),
                // Where the app saw the person check in stays true while the day is worked.
                place: before.as_ref().filter(|_| code.is_working()).map(|b| b.place.clone()).unwrap_or_default(),
                apel: before.as_ref().filter(|_| code.is_working()).map(|b| b.apel.clone()).unwrap_or_default(),
            })?;
            if code.is_away() {
                let reason = kind.map(|k| format!("{} ({})", k.label(), k.as_str())).unwrap_or_else(|| code.label().to_string());
                tx.set_availability(&Availability { staff_id: person.id, day: *day, limit: Limit::Off, reason })?;
                if matches!(planned.get(day), Some(Code::Office | Code::Home)) {
                    replan.push(*day);
                }
            } else if code.is_working() {
                tx.clear_availability_off(person.id, *day)?;
            }
        }
        Ok((working.len(), replan))
    })?;
    let replan = replan.first().zip(replan.last()).map(|(a, b)| (*a, *b));
    let mut message = match saved {
        1 => format!("Presensi {} {}: {}.", person.name, dates::short(from), code.label()),
        0 => "Tidak ada hari kerja pada periode itu.".to_string(),
        n => format!("Presensi {}: {} pada {n} hari kerja ({} s.d. {}).", person.name, code.label(), dates::short(from), dates::short(to)),
    };
    if let Some((a, b)) = replan {
        message.push_str(&format!(
            " Jadwal {} s.d. {} memerlukan penyusunan ulang karena pegawai ini tidak dapat bertugas.",
            dates::short(a),
            dates::short(b)
        ));
    }
    Ok(Saved { days: saved, replan, message })
}

/// One person on the presence sheet of a day.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub staff_id: i64,
    pub id_number: String,
    pub id_display: String,
    pub name: String,
    pub unit_id: i64,
    pub unit_name: String,
    pub team: Option<String>,
    pub phone_display: String,
    /// The plan: `WFO`, `WFH`, `-` or empty.
    pub planned: String,
    /// Why the planner kept the person away, when it did.
    pub away_reason: String,
    /// The recorded code, or the one the plan suggests (`recorded` says which).
    pub code: Option<Mark>,
    pub recorded: bool,
    pub leave_kind: Option<LeaveKind>,
    pub check_in: Option<String>,
    pub check_out: Option<String>,
    pub late: Option<String>,
    pub early: Option<String>,
    /// Recorded present with no clock times ("hadir, jam tidak tercatat").
    pub no_times: bool,
    pub note: String,
    /// On a day of approved dynamic hours, the latest start (`09:00`).
    pub dynamic_until: Option<String>,
    /// On a day the dynamic hours were used: `Jam dinamis ke-3 dari 8 kali bulan ini`, with
    /// `: melebihi batas` past the decision's number.
    pub dynamic_use: Option<String>,
    /// That use is past the decision's number a month (flagged, as the report counts it).
    pub dynamic_over: bool,
    /// On a day of an approved request to work away, where (`Rumah/tempat tinggal`).
    pub away_at: Option<String>,
    /// Where the e-presensi app saw the person check in (place and coordinates), if it did.
    pub place: String,
    /// The apel codes the app recorded (`HAP HAS`, `TAP`), and whether one was missed.
    pub apel: String,
    pub apel_missed: bool,
    /// A system outage covers the person's unit that day: the record is the paper register's.
    pub paper: bool,
    /// The week so far against its hours (Perpres 21/2023): `30 jam dari 30 jam`; empty when
    /// nothing of the week is recorded yet.
    pub week_hours: String,
    /// `kurang 1 jam 5 menit` when the week so far is short of its hours.
    pub week_short: Option<String>,
}

impl Row {
    /// The flexible-work notes of the row in the clerk's words: where one works away, the
    /// dynamic hours and their count this month (flagged past the decision's number).
    pub fn flexible_notes(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(at) = &self.away_at {
            out.push(format!("FWA: {at}"));
        }
        match (&self.dynamic_use, &self.dynamic_until) {
            (Some(u), _) => out.push(u.clone()),
            (None, Some(t)) => out.push(format!("jam dinamis s.d. {t}")),
            (None, None) => {}
        }
        out
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Sheet {
    pub date: NaiveDate,
    pub title: String,
    pub working_day: bool,
    /// The rows shown: all of them, or a page from `offset` of the `total`.
    pub rows: Vec<Row>,
    pub total: usize,
    pub offset: usize,
    /// Rows a page holds.
    pub limit: usize,
    /// `(code, how many)` among recorded rows, in the order of [`Mark::ALL`].
    pub totals: Vec<(Mark, usize)>,
    pub unrecorded: usize,
    pub hours: Hours,
    /// The day's system outages in words: the presence of the units they cover comes from the
    /// paper register (each such row says so).
    pub outages: Vec<String>,
}

/// The day's sheet for one unit (or all): recorded codes, or the plan's suggestion.
/// `today` says which days are still ahead (a plan's suggestion, not yet an absence).
pub fn sheet(store: &mut Store, day: &str, unit_id: Option<i64>, today: NaiveDate) -> Result<Sheet> {
    let date = dates::parse_field("date", day)?;
    sheet_on(store, date, unit_id, today)
}

pub fn sheet_on(store: &mut Store, date: NaiveDate, unit_id: Option<i64>, today: NaiveDate) -> Result<Sheet> {
    let staff = crate::office::staff::list(store, &StaffFilter::default())?;
    let hours = hours(store)?;
    let monday = crate::rules::work_week::monday(date);
    let (week, plan, limits, holidays, outages) = store.read(|tx| {
        Ok((
            tx.presence_between(monday, date)?,
            tx.assignments_between(date, date)?,
            tx.availability_between(date, date)?,
            tx.holidays()?,
            tx.outages_between(date, date)?,
        ))
    })?;
    let week: HashMap<(i64, NaiveDate), Record> = week.into_iter().map(|r| ((r.staff_id, r.day), r)).collect();
    let records: HashMap<i64, &Record> = week.values().filter(|r| r.day == date).map(|r| (r.staff_id, r)).collect();
    let holiday_days: HashSet<NaiveDate> = holidays.iter().map(|h| h.day).collect();
    let workdays_of: HashMap<i64, u8> = crate::office::units::list(store)?.into_iter().map(|u| (u.id, u.workdays)).collect();
    let week_of = |s: &crate::model::Staff| {
        let workdays = workdays_of.get(&s.unit_id).copied().unwrap_or(5);
        let days =
            monday.iter_days().take_while(|d| *d <= date.min(today)).filter(|d| calendar::is_working_day(*d, workdays, &holiday_days));
        crate::rules::work_week::weeks(&hours, days, |d| week.get(&(s.id, d)), today).pop()
    };
    let plan: HashMap<i64, Code> = plan.into_iter().map(|a| (a.staff_id, a.code)).collect();
    let limits: HashMap<i64, Availability> = limits.into_iter().map(|a| (a.staff_id, a)).collect();
    let holiday = holidays.iter().find(|h| h.day == date);
    let dynamic = crate::office::fwa::dynamic_days(store, date, date)?;
    let month_uses = dynamic_uses_to(store, &hours, date)?;
    let away_at: HashMap<i64, &'static str> =
        store.read(|tx| crate::office::fwa::locations_on(tx, date))?.into_iter().map(|(id, l)| (id, l.label())).collect();
    let mut rows = Vec::new();
    for s in staff.into_iter().filter(|s| s.active && unit_id.is_none_or(|u| u == s.unit_id)) {
        let planned = plan.get(&s.id).copied();
        let record = records.get(&s.id);
        let away = limits.get(&s.id).filter(|a| a.limit == Limit::Off);
        let suggested = match planned {
            _ if away.is_some() => None,
            Some(Code::Office) => Some(Mark::H),
            Some(Code::Home) => Some(Mark::Wfh),
            _ => None,
        };
        let dynamic = dynamic.get(&(s.id, date)).copied();
        let (late, early) = record.map(|r| bands_with(&hours, r, today, dynamic)).unwrap_or((None, None));
        let hours_so_far = week_of(&s);
        rows.push(Row {
            staff_id: s.id,
            id_number: s.id_number.clone(),
            id_display: s.id_display.clone(),
            name: s.name.clone(),
            unit_id: s.unit_id,
            unit_name: s.unit_name.clone(),
            team: s.team_name.clone(),
            phone_display: s.phone_display.clone(),
            planned: planned.map(|c| c.label().to_string()).unwrap_or_default(),
            away_reason: away.map(|a| a.reason.clone()).unwrap_or_default(),
            code: record.map(|r| r.code).or(suggested),
            recorded: record.is_some(),
            leave_kind: record.and_then(|r| r.leave_kind),
            check_in: record.and_then(|r| r.check_in).map(|t| t.format("%H:%M").to_string()),
            check_out: record.and_then(|r| r.check_out).map(|t| t.format("%H:%M").to_string()),
            late,
            early,
            no_times: record.is_some_and(|r| times_missing(r)),
            note: record.map(|r| r.note.clone()).unwrap_or_default(),
            dynamic_until: dynamic.map(|t| t.format("%H:%M").to_string()),
            dynamic_use: month_uses.uses.get(&s.id).map(|n| {
                let over = if *n > month_uses.per_month { ": melebihi batas" } else { "" };
                format!("Jam dinamis ke-{n} dari {} kali bulan ini{over}", month_uses.per_month)
            }),
            dynamic_over: month_uses.uses.get(&s.id).is_some_and(|n| *n > month_uses.per_month),
            // Where, only on a day the person does work away: as recorded, else as approved.
            away_at: match record {
                Some(r) if r.code == Mark::Wfh => r.location.map(|l| l.label()).or(away_at.get(&s.id).copied()),
                Some(_) => None,
                None => away_at.get(&s.id).filter(|_| suggested == Some(Mark::Wfh)).copied(),
            }
            .map(str::to_string),
            place: record.map(|r| r.place.clone()).unwrap_or_default(),
            apel: record.map(|r| r.apel.clone()).unwrap_or_default(),
            apel_missed: record.is_some_and(|r| crate::model::presence::apel_missed(&r.apel) > 0),
            paper: outages.iter().any(|o| o.covers(date, s.unit_id)),
            week_hours: hours_so_far.map(|w| w.words()).unwrap_or_default(),
            week_short: hours_so_far.filter(|w| w.short() > 0).map(|w| format!("kurang {}", crate::model::hours::duration(w.short()))),
        });
    }
    let totals = Mark::ALL.iter().map(|m| (*m, rows.iter().filter(|r| r.recorded && r.code == Some(*m)).count())).collect();
    let unrecorded = rows.iter().filter(|r| !r.recorded).count();
    let mut title = format!("Presensi {}", dates::with_day(date));
    if let Some(h) = holiday {
        title.push_str(&format!(" — hari libur: {}", h.name));
    }
    let workdays = match unit_id {
        Some(id) => store.read(|tx| tx.unit(id))?.map_or(5, |u| u.workdays),
        None => 5,
    };
    let working_day = calendar::is_working_day(date, workdays, &holiday_days);
    let total = rows.len();
    // The outages that touch the units shown.
    let outages =
        outages.iter().filter(|o| o.unit_id.is_none() || unit_id.is_none_or(|u| o.unit_id == Some(u))).map(|o| o.describe()).collect();
    Ok(Sheet { date, title, working_day, rows, total, offset: 0, limit: total, totals, unrecorded, hours, outages })
}

/// Rows of a sheet shown at once in the window ("Semua unit" of a big office is paged).
pub const SHEET_PAGE: usize = 200;

/// [`sheet`] with only the rows `offset..offset + limit` (the totals stay the whole sheet's):
/// what the window shows of 5,000 staff at once.
pub fn sheet_page(store: &mut Store, day: &str, unit_id: Option<i64>, offset: usize, limit: usize, today: NaiveDate) -> Result<Sheet> {
    let mut s = sheet(store, day, unit_id, today)?;
    let offset = offset.min(s.rows.len().saturating_sub(1) / limit.max(1) * limit.max(1));
    s.rows = s.rows.into_iter().skip(offset).take(limit.max(1)).collect();
    s.offset = offset;
    s.limit = limit.max(1);
    Ok(s)
}

/// Where a record of `code` is worked: on a WFH day, the location of the approved request
/// (`places`: [`crate::office::fwa::locations_on`] of its day).
fn located(places: &HashMap<i64, crate::model::fwa::Location>, staff_id: i64, code: Mark) -> Option<crate::model::fwa::Location> {
    (code == Mark::Wfh).then(|| places.get(&staff_id).copied()).flatten()
}

/// Who used the dynamic hours on a day, each with how many uses that month so far.
struct MonthUses {
    uses: HashMap<i64, u32>,
    per_month: u32,
}

/// For those who used the dynamic hours on `date`, the number of the use in its month,
/// counting from the 1st, against the decision in force that day.
fn dynamic_uses_to(store: &mut Store, hours: &Hours, date: NaiveDate) -> Result<MonthUses> {
    let mut uses = HashMap::new();
    let per_month = crate::office::circulars::flexible_on(store, date)?.and_then(|c| c.flexible).map_or(0, |f| f.dynamic_per_month);
    let first = date.with_day(1).unwrap_or(date);
    let days = crate::office::fwa::dynamic_days(store, first, date)?;
    if days.is_empty() {
        return Ok(MonthUses { uses, per_month });
    }
    let records = store.read(|tx| tx.presence_between(first, date))?;
    let used = |r: &Record| dynamic_used(hours, r, days.get(&(r.staff_id, r.day)).copied());
    let used_today: HashSet<i64> = records.iter().filter(|r| r.day == date && used(r)).map(|r| r.staff_id).collect();
    for r in records.iter().filter(|r| used_today.contains(&r.staff_id)) {
        if used(r) {
            *uses.entry(r.staff_id).or_insert(0) += 1;
        }
    }
    Ok(MonthUses { uses, per_month })
}

/// Marks many people at once with the same code (the sheet's bulk action); people already
/// recorded keep their times.
pub fn mark_many(store: &mut Store, day: &str, staff_ids: &[i64], code: &str) -> Result<usize> {
    let date = dates::parse_field("date", day)?;
    let code = Mark::parse(code).ok_or_else(|| {
        Error::invalid("code", format!("Kode presensi \"{}\" tidak dikenal: tulis H, WFH, DL, TB, S, I, C, atau TK.", code.trim()))
    })?;
    if code == Mark::C {
        return Err(Error::invalid("code", "Cuti dicatat per orang karena jenis cutinya harus diisi."));
    }
    if staff_ids.is_empty() {
        return Err(Error::invalid("staff", "Pilih dulu pegawai yang akan ditandai."));
    }
    store.write("menyimpan presensi", |tx| {
        let places = crate::office::fwa::locations_on(tx, date)?;
        for id in staff_ids {
            tx.staff(*id)?.ok_or_else(|| Error::NotFound(format!("Pegawai nomor {id}")))?;
            let before = tx.presence(*id, date)?;
            let keep = before.filter(|_| code.is_working());
            tx.set_presence(&Record {
                staff_id: *id,
                day: date,
                code,
                leave_kind: None,
                check_in: keep.as_ref().and_then(|b| b.check_in),
                check_out: keep.as_ref().and_then(|b| b.check_out),
                note: keep.as_ref().map(|b| b.note.clone()).unwrap_or_default(),
                location: located(&places, *id, code),
                place: keep.as_ref().map(|b| b.place.clone()).unwrap_or_default(),
                apel: keep.map(|b| b.apel).unwrap_or_default(),
            })?;
            if code.is_away() {
                let reason = code.label().to_string();
                tx.set_availability(&Availability { staff_id: *id, day: date, limit: Limit::Off, reason })?;
            }
        }
        Ok(staff_ids.len())
    })
}

/// Records everyone of the sheet not yet recorded as the plan suggests (WFO → H, WFH → WFH);
/// returns how many were recorded.
pub fn fill_from_plan(store: &mut Store, day: &str, unit_id: Option<i64>) -> Result<usize> {
    let date = dates::parse_field("date", day)?;
    // Only the codes are read; the day itself as "today" leaves the bands out of it.
    let sheet = sheet_on(store, date, unit_id, date)?;
    store.write("menyimpan presensi", |tx| {
        let places = crate::office::fwa::locations_on(tx, date)?;
        let mut n = 0;
        for r in sheet.rows.iter().filter(|r| !r.recorded) {
            if let Some(code) = r.code {
                let rec = Record {
                    staff_id: r.staff_id,
                    day: date,
                    code,
                    leave_kind: None,
                    check_in: None,
                    check_out: None,
                    note: String::new(),
                    location: located(&places, r.staff_id, code),
                    place: String::new(),
                    apel: String::new(),
                };
                tx.set_presence(&rec)?;
                n += 1;
            }
        }
        Ok(n)
    })
}

/// Every WFH day of `from..=to` up to `today`: recorded WFH, or planned WFH and not recorded
/// otherwise (and not away). Reachability checks and activity notes are owed for these.
pub(crate) fn wfh_days(tx: &Tx, from: NaiveDate, to: NaiveDate) -> Result<Vec<(i64, NaiveDate)>> {
    let records: HashMap<(i64, NaiveDate), Mark> =
        tx.presence_between(from, to)?.into_iter().map(|r| ((r.staff_id, r.day), r.code)).collect();
    let away: HashSet<(i64, NaiveDate)> =
        tx.availability_between(from, to)?.into_iter().filter(|a| a.limit == Limit::Off).map(|a| (a.staff_id, a.day)).collect();
    let mut out: Vec<(i64, NaiveDate)> = records.iter().filter(|(_, m)| **m == Mark::Wfh).map(|(k, _)| *k).collect();
    for a in tx.assignments_between(from, to)? {
        let key = (a.staff_id, a.day);
        if a.code == Code::Home && !records.contains_key(&key) && !away.contains(&key) {
            out.push(key);
        }
    }
    out.sort_by_key(|(s, d)| (*d, *s));
    Ok(out)
}

/// What merging a file's punches changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    pub new_punches: usize,
    pub repeats: usize,
    /// Person-days whose record was set or changed.
    pub days: usize,
    /// Days recorded as absent (sick, leave, …) that the file says otherwise: left as they
    /// are, named.
    pub conflicts: Vec<String>,
}

/// What an e-presensi file says of a person's day besides its times: the category the app
/// recorded (H, WFH, DL, S…) and where the person checked in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DaySaid {
    pub code: Option<Mark>,
    pub leave_kind: Option<LeaveKind>,
    pub place: String,
    /// The apel codes, morning then afternoon (`HAP HAS`).
    pub apel: String,
}

/// The punches and days of an attendance file, per person, as the file layer read them.
#[derive(Debug, Clone, Default)]
pub struct FileDays {
    pub stamps: std::collections::BTreeMap<i64, Vec<chrono::NaiveDateTime>>,
    pub said: std::collections::BTreeMap<(i64, NaiveDate), DaySaid>,
}

/// Adds the punches of an attendance file, per person, and sets each touched person-day's
/// check-in (the first punch) and check-out (the last), earlier imports included; an
/// e-presensi file's category and place set the day's code and where the person checked in.
/// A day the clerk recorded as absent keeps its mark and is named. `remember` is a setting (the
/// file's column mapping) saved in the same transaction, so a file is in whole with its
/// mapping or not at all. Importing the same file again changes nothing.
pub fn merge_punches(
    store: &mut Store,
    file: &FileDays,
    remember: (&str, &str),
    progress: crate::model::progress::Report,
) -> Result<Merged> {
    use crate::model::progress::Progress;
    use std::collections::{BTreeMap, BTreeSet};
    const SAVE: &str = "Menyimpan presensi";
    let all = StaffFilter { include_inactive: true, ..Default::default() };
    let names: HashMap<i64, String> = crate::office::staff::list(store, &all)?.into_iter().map(|s| (s.id, s.name)).collect();
    let people: BTreeSet<i64> = file.stamps.keys().copied().chain(file.said.keys().map(|(id, _)| *id)).collect();
    store.write("mengimpor data presensi", |tx| {
        let mut out = Merged::default();
        let total = people.len();
        let none = Vec::new();
        for (done, id) in people.iter().enumerate() {
            if done.is_multiple_of(100) {
                progress(Progress::new(SAVE, done, total, "pegawai"));
            }
            let mut touched: BTreeSet<NaiveDate> = BTreeSet::new();
            let stamps = file.stamps.get(id).unwrap_or(&none);
            for s in stamps {
                if tx.add_punch(*id, *s)? {
                    out.new_punches += 1;
                    touched.insert(s.date());
                } else {
                    out.repeats += 1;
                }
            }
            let said_days = file.said.range((*id, NaiveDate::MIN)..=(*id, NaiveDate::MAX));
            touched.extend(said_days.map(|((_, d), _)| *d));
            if touched.is_empty() {
                continue;
            }
            // The person's punches once, by day (earlier imports included).
            let mut by_day: BTreeMap<NaiveDate, (NaiveTime, NaiveTime)> = BTreeMap::new();
            if !stamps.is_empty() {
                for s in tx.punches(*id)? {
                    let e = by_day.entry(s.date()).or_insert((s.time(), s.time()));
                    e.0 = e.0.min(s.time());
                    e.1 = e.1.max(s.time());
                }
            }
            for day in touched {
                let before = tx.presence(*id, day)?;
                let said = file.said.get(&(*id, day));
                let file_code = said.and_then(|s| s.code);
                if let Some(b) = before.as_ref().filter(|b| !b.code.is_working() && file_code != Some(b.code)) {
                    let who = names.get(id).cloned().unwrap_or_default();
                    out.conflicts.push(format!(
                        "{who}, {}: tercatat {} tetapi berkas presensi berkata lain.",
                        dates::short(day),
                        b.code.label()
                    ));
                    continue;
                }
                let code = file_code.or(before.as_ref().map(|b| b.code)).unwrap_or(Mark::H);
                let (check_in, check_out) = match by_day.get(&day).filter(|_| code.is_working()) {
                    Some(&(first, last)) => {
                        let check_in = before.as_ref().and_then(|b| b.check_in).map_or(first, |t| t.min(first));
                        let check_out = before.as_ref().and_then(|b| b.check_out).map_or(last, |t| t.max(last));
                        (Some(check_in), (check_out > check_in).then_some(check_out))
                    }
                    None if code.is_working() => (before.as_ref().and_then(|b| b.check_in), before.as_ref().and_then(|b| b.check_out)),
                    None => (None, None),
                };
                let record = Record {
                    staff_id: *id,
                    day,
                    code,
                    leave_kind: said.and_then(|s| s.leave_kind).or(before.as_ref().and_then(|b| b.leave_kind)).filter(|_| code == Mark::C),
                    check_in,
                    check_out,
                    location: before.as_ref().and_then(|b| b.location),
                    place: said
                        .map(|s| s.place.clone())
                        .filter(|p| !p.is_empty())
                        .or(before.as_ref().map(|b| b.place.clone()))
                        .unwrap_or_default(),
                    note: before.as_ref().map(|b| b.note.clone()).unwrap_or_default(),
                    apel: said
                        .map(|s| s.apel.clone())
                        .filter(|a| !a.is_empty())
                        .or(before.as_ref().map(|b| b.apel.clone()))
                        .unwrap_or_default(),
                };
                if before.as_ref() == Some(&record) {
                    continue;
                }
                tx.set_presence(&record)?;
                if code.is_away() && before.as_ref().is_none_or(|b| b.code != code) {
                    tx.set_availability(&Availability { staff_id: *id, day, limit: Limit::Off, reason: code.label().to_string() })?;
                }
                out.days += 1;
            }
        }
        tx.set_setting(remember.0, remember.1)?;
        progress(Progress::new(Progress::DONE, total, total, "pegawai"));
        Ok(out)
    })
}
