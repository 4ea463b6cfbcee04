//! Flexible work requests (Pengajuan FWA): a person asks to work away on some days with a
//! reason, evidence and a work plan; the superior approves or rejects with a note; an approved
//! request becomes the person's wish to work away on those days, granted by the planner as far
//! as the decision's limits allow. Eligibility is checked when the request is made.

use crate::model::error::{Error, FieldError, Result};
use crate::model::fwa::{Kind, Location, Reason, Request, RequestInput, Sanction, Status};
use crate::model::{dates, fields, Hari};
use crate::store::Store;
use chrono::NaiveDate;

/// The decision on flexible work in force on a day, in words, for the Pengajuan screen.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Policy {
    pub key: String,
    pub title: String,
    pub citation: String,
    /// `Paling banyak 2 hari kerja per minggu di luar kantor; …`
    pub summary: String,
    /// Each rule in the decision's words.
    pub rules: Vec<String>,
    /// `01-05-2025 s.d. dicabut`
    pub valid: String,
    /// The persons the decision names, each `Boleh: Nama (NIP)` or `Dikecualikan: …`; a NIP the
    /// staff list does not hold is shown as such, so the clerk sees a decision gone stale.
    pub persons: Vec<String>,
}

/// The decision in force on `day` (as typed; empty: `today`).
pub fn policy(store: &mut Store, day: &str, today: NaiveDate) -> Result<Option<Policy>> {
    let day = if day.trim().is_empty() { today } else { crate::model::dates::parse_field("date", day)? };
    let Some(c) = crate::office::circulars::flexible_on(store, day)? else { return Ok(None) };
    let Some(f) = c.flexible.as_ref() else { return Ok(None) };
    let classes = crate::office::classes::book(store)?;
    let persons = store.read(|tx| {
        let mut out = Vec::new();
        for (label, list) in [("Boleh", &f.named), ("Dikecualikan", &f.excepted)] {
            for n in list {
                let who = tx.staff_by_number(n)?.map(|s| s.name).unwrap_or_else(|| "tidak ada di daftar pegawai".into());
                out.push(format!("{label}: {who} (NIP {})", crate::model::nip::group(n)));
            }
        }
        Ok(out)
    })?;
    Ok(Some(Policy {
        key: c.key.clone(),
        title: c.title.clone(),
        citation: c.citation(),
        summary: f.describe(),
        rules: c.quota_text(&classes),
        valid: format!("{} s.d. {}", dates::long(c.valid_from), c.valid_to.map(dates::long).unwrap_or_else(|| "dicabut".into())),
        persons,
    }))
}

/// Requests, newest first; only those in `status`, of `unit`, when given.
pub fn list(store: &mut Store, status: Option<&str>, unit: Option<i64>) -> Result<Vec<Request>> {
    let status = status
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            Status::parse(s)
                .ok_or_else(|| Error::invalid("status", format!("Status \"{s}\" tidak dikenal (pilihan: {}).", Status::choices())))
        })
        .transpose()?;
    let all = store.read(|tx| tx.fwa_requests(None))?;
    let mut out: Vec<Request> =
        all.into_iter().filter(|r| status.is_none_or(|s| r.status == s) && unit.is_none_or(|u| r.unit_id == u)).collect();
    // What became of each approved request's targets on its days away.
    if let (Some(from), Some(to)) = (out.iter().map(|r| r.from).min(), out.iter().map(|r| r.to).max()) {
        let outcomes = store.read(|tx| tx.target_outcomes(from, to))?;
        for r in out.iter_mut().filter(|r| r.status == Status::Approved && r.location.is_some()) {
            for (staff_id, day, _, outcome, _) in &outcomes {
                if *staff_id == r.staff_id && r.covers(*day) {
                    r.outcomes[outcome.index()] += 1;
                }
            }
        }
    }
    Ok(out)
}

pub fn get(store: &mut Store, id: i64) -> Result<Request> {
    store.read(|tx| tx.fwa_request(id))?.ok_or_else(|| Error::NotFound(format!("Pengajuan nomor {id}")))
}

/// The approved requests overlapping `from..=to`.
pub fn approved_between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<Request>> {
    Ok(store.read(|tx| tx.fwa_requests(Some((from, to))))?.into_iter().filter(|r| r.status == Status::Approved).collect())
}

/// Where each person works away on `day` under an approved request: what the presence sheet
/// shows and what a WFH record keeps when it is written.
pub(crate) fn locations_on(tx: &crate::store::Tx, day: NaiveDate) -> Result<std::collections::HashMap<i64, Location>> {
    Ok(tx
        .fwa_requests(Some((day, day)))?
        .into_iter()
        .filter(|r| r.status == Status::Approved && r.covers(day))
        .filter_map(|r| r.location.map(|l| (r.staff_id, l)))
        .collect())
}

/// The days of approved dynamic-hours requests in `from..=to`, each with the latest start the
/// decision in force that day allows.
pub fn dynamic_days(
    store: &mut Store,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<std::collections::HashMap<(i64, NaiveDate), chrono::NaiveTime>> {
    let mut out = std::collections::HashMap::new();
    let requests: Vec<Request> = approved_between(store, from, to)?.into_iter().filter(|r| r.kind == Kind::Time).collect();
    if requests.is_empty() {
        return Ok(out);
    }
    let mut latest: std::collections::HashMap<NaiveDate, Option<chrono::NaiveTime>> = std::collections::HashMap::new();
    for r in &requests {
        for d in dates::days(r.from.max(from), r.to.min(to))? {
            if !r.covers(d) {
                continue;
            }
            let t = match latest.get(&d) {
                Some(t) => *t,
                None => {
                    let t = crate::office::circulars::flexible_on(store, d)?
                        .and_then(|c| c.flexible)
                        .and_then(|f| f.latest_start)
                        .and_then(|t| chrono::NaiveTime::parse_from_str(&t, "%H:%M").ok());
                    latest.insert(d, t);
                    t
                }
            };
            if let Some(t) = t {
                out.insert((r.staff_id, d), t);
            }
        }
    }
    Ok(out)
}

/// Records a request, checking every field and whether the person may work flexibly under the
/// decision in force on its first day.
pub fn add(store: &mut Store, input: &RequestInput) -> Result<Request> {
    let mut e = Vec::new();
    let date = |e: &mut Vec<FieldError>, field: &'static str, s: &str| match dates::parse_field(field, s) {
        Ok(d) => Some(d),
        Err(Error::Invalid(mut f)) => {
            e.append(&mut f);
            None
        }
        Err(_) => None,
    };
    let from = date(&mut e, "from", &input.from);
    let to = if input.to.trim().is_empty() { from } else { date(&mut e, "to", &input.to) };
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            e.push(FieldError::new("to", format!("Tanggal akhir ({}) sebelum tanggal awal ({}).", dates::short(t), dates::short(f))));
        } else if (t - f).num_days() > 366 {
            e.push(FieldError::new("to", "Satu pengajuan paling lama satu tahun; ajukan lagi untuk periode berikutnya."));
        }
    }
    let mut days = Vec::new();
    for d in &input.days {
        match Hari::parse(d) {
            Some(h) if !days.contains(&h) => days.push(h),
            Some(_) => {}
            None => e.push(FieldError::new("days", format!("Hari \"{d}\" tidak dikenal ({}).", Hari::choices()))),
        }
    }
    let kind = if input.kind.trim().is_empty() { Some(Kind::Location) } else { Kind::parse(&input.kind) };
    if kind.is_none() {
        e.push(FieldError::new("kind", format!("Jenis pengajuan tidak dikenal: {} (pilihan: {}).", input.kind.trim(), Kind::choices())));
    }
    // Dynamic hours are worked in the office: no location.
    let location = Location::parse(&input.location);
    if kind == Some(Kind::Location) && location.is_none() {
        e.push(FieldError::new("location", format!("Lokasi kerja wajib dipilih: {}.", Location::choices())));
    }
    let location = if kind == Some(Kind::Time) { None } else { location };
    let reason = Reason::parse(&input.reason);
    if reason.is_none() {
        e.push(FieldError::new("reason", format!("Alasan wajib dipilih: {}.", Reason::choices())));
    }
    let evidence = fields::text(&mut e, "evidence", "Bukti pendukung", &input.evidence, false, 500);
    let work_plan = fields::lines(&mut e, "work_plan", "Rencana kerja dan target", &input.work_plan, true, 2000);
    let person = match input.staff_id {
        Some(id) => Some(crate::office::staff::get(store, id)?),
        None => {
            e.push(FieldError::new("staff_id", "Pegawai yang mengajukan wajib dipilih."));
            None
        }
    };
    if let (Some(p), Some(f)) = (&person, from) {
        let decision = crate::office::circulars::flexible_on(store, f)?;
        match decision.as_ref().and_then(|c| c.flexible.as_ref()) {
            None => e.push(FieldError::new(
                "from",
                format!(
                    "Belum ada keputusan kerja fleksibel yang berlaku pada {}; tambahkan di Surat Edaran (templat fleksibel-2025).",
                    dates::short(f)
                ),
            )),
            Some(flex) => {
                let last = to.filter(|t| *t >= f && (*t - f).num_days() <= 366).unwrap_or(f);
                let needs = crate::office::circulars::needs_between(store, f, last)?;
                let mine: Vec<_> = needs.iter().filter(|n| n.unit_id == p.unit_id).collect();
                if !mine.iter().any(|n| matches!(n.rule, Some(crate::rules::policy::Rule::Flexible { .. }))) {
                    let rule = mine.first().map(|n| n.need.rule.clone()).unwrap_or_else(|| "tidak ada hari kerja".into());
                    e.push(FieldError::new(
                        "staff_id",
                        format!("Unit {} tidak termasuk kerja fleksibel menurut keputusan yang berlaku (aturannya: {rule}).", p.unit_name),
                    ));
                }
                let sanctions = store.read(|tx| tx.sanctions())?;
                if let Err(why) = crate::rules::flexible::eligible(p, flex, f, &sanctions) {
                    e.push(FieldError::new("staff_id", why));
                }
                let per_week = if days.is_empty() { 5 } else { days.iter().filter(|h| !matches!(h, Hari::Sabtu | Hari::Minggu)).count() };
                if kind == Some(Kind::Time) && flex.latest_start.is_none() {
                    e.push(FieldError::new("kind", "Keputusan kerja fleksibel yang berlaku tidak mengatur jam kerja dinamis."));
                }
                if kind == Some(Kind::Location) && per_week as u32 > flex.days_away_week {
                    e.push(FieldError::new(
                        "days",
                        format!(
                            "Paling banyak {} hari kerja per minggu di luar kantor menurut keputusan; yang diajukan {per_week} hari per minggu.",
                            flex.days_away_week
                        ),
                    ));
                }
            }
        }
    }
    let (Some(p), Some(from), Some(to), Some(kind), Some(reason), true) = (person, from, to, kind, reason, e.is_empty()) else {
        return Err(Error::Invalid(e));
    };
    let id = store.write("menyimpan pengajuan kerja fleksibel", |tx| {
        tx.insert_fwa_request(p.id, from, to, &days, kind, location, reason, &evidence, &work_plan)
    })?;
    get(store, id)
}

/// `on` dates the decision (none for a withdrawal).
fn decide(store: &mut Store, id: i64, to: Status, by: &str, note: &str, on: Option<NaiveDate>) -> Result<Request> {
    let r = get(store, id)?;
    let allowed = match to {
        Status::Approved | Status::Rejected => r.status == Status::Submitted,
        Status::Withdrawn => matches!(r.status, Status::Submitted | Status::Approved),
        Status::Submitted => false,
    };
    if !allowed {
        return Err(Error::Conflict(format!(
            "Pengajuan nomor {id} ({}) sudah {}; tidak dapat {}.",
            r.staff_name,
            r.status.label().to_lowercase(),
            to.label().to_lowercase()
        )));
    }
    let mut e = Vec::new();
    let by = fields::text(&mut e, "decided_by", "Nama atasan yang memutuskan", by, to != Status::Withdrawn, 100);
    let note = fields::text(&mut e, "decision_note", "Catatan keputusan", note, to == Status::Rejected, 500);
    if !e.is_empty() {
        return Err(Error::Invalid(e));
    }
    store.write("memutuskan pengajuan kerja fleksibel", |tx| tx.decide_fwa_request(id, to, &by, on, &note))?;
    get(store, id)
}

/// The superior approves (a note is optional).
pub fn approve(store: &mut Store, id: i64, by: &str, note: &str, today: NaiveDate) -> Result<Request> {
    decide(store, id, Status::Approved, by, note, Some(today))
}

/// The superior rejects, saying why.
pub fn reject(store: &mut Store, id: i64, by: &str, note: &str, today: NaiveDate) -> Result<Request> {
    decide(store, id, Status::Rejected, by, note, Some(today))
}

/// The person withdraws a request not yet decided, or one approved.
pub fn withdraw(store: &mut Store, id: i64) -> Result<Request> {
    decide(store, id, Status::Withdrawn, "", "", None)
}

pub fn sanctions(store: &mut Store) -> Result<Vec<Sanction>> {
    store.read(|tx| tx.sanctions())
}

/// A sanction with whose it is, for the lists.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SanctionLine {
    #[serde(flatten)]
    pub sanction: Sanction,
    pub name: String,
    pub id_display: String,
    /// `01-11-2026 s.d. 31-01-2027`
    pub period: String,
}

/// Every sanction recorded, with the person's name, in date order.
pub fn sanction_lines(store: &mut Store) -> Result<Vec<SanctionLine>> {
    store.read(|tx| {
        let mut out = Vec::new();
        for x in tx.sanctions()? {
            let p = tx.staff(x.staff_id)?;
            out.push(SanctionLine {
                name: p.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
                id_display: p.map(|p| p.id_display).unwrap_or_default(),
                period: format!("{} s.d. {}", dates::short(x.from), dates::short(x.to)),
                sanction: x,
            });
        }
        Ok(out)
    })
}

/// What a clerk types for a sanction (or a row of a discipline-history file).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct SanctionInput {
    /// NIP/NIK (or the list's number).
    pub staff: String,
    pub from: String,
    pub to: String,
    pub kind: String,
    pub decree: String,
    pub note: String,
}

/// Checks a sanction as typed: the person, the period, the type.
pub(crate) fn sanction_of(tx: &crate::store::Tx, input: &SanctionInput) -> Result<Sanction> {
    let mut errors = Vec::new();
    let person = match crate::office::staff::find_in(tx, &input.staff) {
        Ok(p) => Some(p),
        Err(e) => {
            errors.push(crate::model::error::FieldError::new("staff", e.to_string()));
            None
        }
    };
    let mut day = |field: &'static str, text: &str| match dates::parse_field(field, text) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(crate::model::error::FieldError::new(field, e.to_string()));
            None
        }
    };
    let (from, to) = (day("from", &input.from), day("to", &input.to));
    if let (Some(a), Some(b)) = (from, to) {
        if b < a {
            errors.push(crate::model::error::FieldError::new(
                "to",
                format!("Tanggal akhir ({}) sebelum tanggal awal ({}).", dates::short(b), dates::short(a)),
            ));
        }
    }
    if input.kind.trim().is_empty() && input.note.trim().is_empty() {
        errors.push(crate::model::error::FieldError::new("kind", "Tulis jenis hukumannya, mis. \"Hukuman disiplin sedang\"."));
    }
    match (person, from, to) {
        (Some(p), Some(from), Some(to)) if errors.is_empty() => Ok(Sanction {
            id: 0,
            staff_id: p.id,
            from,
            to,
            kind: input.kind.trim().to_string(),
            decree: input.decree.trim().to_string(),
            note: input.note.trim().to_string(),
        }),
        _ => Err(Error::Invalid(errors)),
    }
}

/// Records a disciplinary sanction for its period (as typed).
pub fn sanction_add(store: &mut Store, input: &SanctionInput) -> Result<Sanction> {
    store.write("mencatat hukuman disiplin", |tx| {
        let mut x = sanction_of(tx, input)?;
        x.id = tx.insert_sanction(&x)?;
        Ok(x)
    })
}

pub fn sanction_remove(store: &mut Store, id: i64) -> Result<()> {
    store.write("menghapus hukuman disiplin", |tx| {
        if tx.delete_sanction(id)? {
            Ok(())
        } else {
            Err(Error::NotFound(format!("Hukuman disiplin nomor {id}")))
        }
    })
}
