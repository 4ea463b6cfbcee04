//! The office's circulars: built-in templates copied in, JSON files imported, edits kept with
//! their history; and the derivation of what each unit needs on each working day.

use crate::model::class::ClassKey;
use crate::model::dates;
use crate::model::error::{Error, Result};
use crate::model::StaffFilter;
use crate::model::StoredCircular;
use crate::office::calendar;
use crate::rules::policy::{self, templates, Circular, Need};
use crate::store::Store;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

pub fn templates() -> Vec<Circular> {
    templates::all()
}

/// A circular with nothing filled in but `today`'s dates, for the clerk to write one that no
/// template resembles (saving it checks every field, as for an imported file).
pub fn blank(today: NaiveDate) -> Circular {
    Circular {
        key: String::new(),
        number: String::new(),
        title: String::new(),
        issuer: String::new(),
        signed_on: today,
        legal_basis: Vec::new(),
        valid_from: today,
        valid_to: None,
        source: String::new(),
        inferred: Vec::new(),
        rules: Vec::new(),
        day_rules: Vec::new(),
        covers: Default::default(),
        not_counted: Vec::new(),
        health_rule: false,
        within: None,
        psbb_rules: Vec::new(),
        obligations: Default::default(),
        flexible: None,
    }
}

pub fn list(store: &mut Store) -> Result<Vec<StoredCircular>> {
    store.read(|tx| tx.circulars())
}

pub fn get(store: &mut Store, key: &str) -> Result<StoredCircular> {
    store.read(|tx| tx.circular(key.trim()))?.ok_or_else(|| Error::NotFound(format!("Surat Edaran dengan kode \"{}\"", key.trim())))
}

/// Copies a built-in template into the office's circulars, with its own key and period if given.
/// `from`/`to` as the clerk typed them (`16-04-2024` or `2024-04-16`); empty keeps the template's.
pub fn add_from_template(store: &mut Store, template: &str, key: Option<&str>, from: Option<&str>, to: Option<&str>) -> Result<Circular> {
    let key = key.map(str::trim).filter(|k| !k.is_empty());
    let from = from.map(str::trim).filter(|f| !f.is_empty()).map(|f| dates::parse_field("from", f)).transpose()?;
    let to = to.map(str::trim).filter(|t| !t.is_empty()).map(|t| dates::parse_field("to", t)).transpose()?;
    let mut c = templates::get(template.trim()).ok_or_else(|| {
        let known = templates::all().into_iter().map(|t| t.key).collect::<Vec<_>>().join(", ");
        Error::invalid("template", format!("Templat SE \"{}\" tidak dikenal. Pilih salah satu: {known}.", template.trim()))
    })?;
    if let Some(k) = key {
        c.key = k.trim().to_string();
    }
    if let Some(f) = from {
        c.valid_from = f;
        // "Normal" is decided by the office on the day it starts, so it governs from then
        // over older circulars; a circular is never in force before it was signed.
        c.signed_on = if template.trim() == "normal" { f } else { c.signed_on.min(f) };
    }
    if to.is_some() {
        c.valid_to = to;
    }
    insert_new(store, c)
}

fn insert_new(store: &mut Store, c: Circular) -> Result<Circular> {
    store.write("menambah Surat Edaran", |tx| {
        c.validate(&tx.class_book()?)?;
        check_within(tx, &c)?;
        if tx.circular(&c.key)?.is_some() {
            return Err(Error::invalid("key", format!("SE dengan kode \"{}\" sudah ada; beri kode lain.", c.key)));
        }
        tx.save_circular(&c)?;
        Ok(c)
    })
}

/// Reads a circular file; `replace` overwrites one with the same key (kept in its history).
pub fn import(store: &mut Store, json: &str, replace: bool) -> Result<Circular> {
    let c = Circular::from_json(json, &crate::office::classes::book(store)?)?;
    if replace {
        save(store, &c)
    } else {
        insert_new(store, c)
    }
}

/// Ends a circular on `last_day` (as typed): an open-ended letter of 2020 no longer governs
/// 2024 once the clerk says it was revoked. The previous version stays in the history.
pub fn end(store: &mut Store, key: &str, last_day: &str) -> Result<Circular> {
    let day = dates::parse_field("to", last_day)?;
    let mut c = get(store, key)?.circular;
    if day < c.valid_from {
        return Err(Error::invalid(
            "to",
            format!(
                "{} mulai berlaku {}: tidak dapat berakhir sebelumnya ({}).",
                c.citation(),
                dates::short(c.valid_from),
                dates::short(day)
            ),
        ));
    }
    c.valid_to = Some(day);
    save(store, &c)
}

/// Saves an edited circular (new or existing key); the previous version stays in the history.
pub fn save(store: &mut Store, c: &Circular) -> Result<Circular> {
    store.write("menyimpan Surat Edaran", |tx| {
        c.validate(&tx.class_book()?)?;
        check_within(tx, c)?;
        tx.save_circular(c)
    })?;
    Ok(c.clone())
}

/// Places the decision `key` inside the letter `parent` (the Kepala OPD's decision applying
/// the regional head's), or takes it out with `None`; refused when it would be looser.
pub fn place_within(store: &mut Store, key: &str, parent: Option<&str>) -> Result<Circular> {
    let mut c = get(store, key)?.circular;
    c.within = parent.map(str::trim).filter(|p| !p.is_empty()).map(str::to_string);
    save(store, &c)
}

/// A decision inside a letter names one the office has, which is itself no decision inside
/// another, and stays within its bounds (`policy::looser_than`); a letter saved with
/// decisions inside it must still hold them.
fn check_within(tx: &crate::store::Tx, c: &Circular) -> Result<()> {
    let classes = tx.class_book()?;
    let all: Vec<Circular> = tx.circulars()?.into_iter().map(|s| s.circular).filter(|o| o.key != c.key).collect();
    let mut e = Vec::new();
    if let Some(p) = &c.within {
        match all.iter().find(|o| &o.key == p) {
            _ if p == &c.key => e.push("SE tidak dapat melaksanakan dirinya sendiri.".to_string()),
            None => e.push(format!("SE dengan kode \"{p}\" tidak ada di kantor ini; tambahkan dulu SE kepala daerah yang dilaksanakan.")),
            Some(parent) if parent.within.is_some() => {
                e.push(format!("{} sendiri melaksanakan SE lain; pilih SE kepala daerah yang menjadi dasarnya.", parent.citation()))
            }
            Some(parent) => e.extend(policy::looser_than(c, parent, &classes)),
        }
    }
    for child in all.iter().filter(|o| o.within.as_deref() == Some(c.key.as_str())) {
        e.extend(
            policy::looser_than(child, c, &classes).into_iter().map(|m| format!("{} yang melaksanakan SE ini: {m}", child.citation())),
        );
    }
    if e.is_empty() {
        return Ok(());
    }
    let head = "Keputusan Kepala OPD melaksanakan SE kepala daerah di dalam batasnya (boleh lebih ketat, tidak lebih longgar):";
    Err(Error::Invalid(std::iter::once(head.to_string()).chain(e).map(|m| crate::model::error::FieldError::new("within", m)).collect()))
}

pub fn export(store: &mut Store, key: &str) -> Result<String> {
    Ok(get(store, key)?.circular.to_json())
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub at: String,
    pub action: String,
    pub circular: Circular,
    /// The version's rules in words.
    pub rules_text: Vec<String>,
}

pub fn history(store: &mut Store, key: &str) -> Result<Vec<HistoryEntry>> {
    let c = get(store, key)?;
    let (rows, classes) = store.read(|tx| Ok((tx.circular_history(c.id)?, tx.class_book()?)))?;
    Ok(rows
        .into_iter()
        .map(|(at, action, circular)| HistoryEntry { at, action, rules_text: circular.rules_text(&classes), circular })
        .collect())
}

fn period(from: &str, to: &str) -> Result<(NaiveDate, NaiveDate)> {
    Ok((dates::parse_field("from", from)?, dates::parse_field("to", to)?))
}

/// On `from..=to` (as typed), days with several circulars in force follow `key` (None: back
/// to the latest signed). Returns how many days were set.
pub fn choose(store: &mut Store, key: Option<&str>, from: &str, to: &str) -> Result<usize> {
    let (from, to) = period(from, to)?;
    let span = dates::days(from, to)?;
    if let Some(k) = key {
        let c = get(store, k)?.circular;
        if let Some(d) = span.iter().find(|d| !c.in_force_on(**d)) {
            return Err(Error::invalid("key", format!("{} tidak berlaku pada {}.", c.citation(), dates::short(*d))));
        }
    }
    store.write("menyimpan pilihan SE", |tx| {
        for d in &span {
            tx.choose_circular(*d, key)?;
        }
        Ok(span.len())
    })
}

/// Per unit, the flexible-work settings of the decision that governs its days in the period
/// (the first such, where decisions change within it), for the units the decision's class
/// rules put under flexible work.
pub(crate) fn flexible_by_unit(store: &mut Store, needs: &[UnitDayNeed]) -> Result<HashMap<i64, crate::model::circular::FlexibleWork>> {
    let all = list(store)?;
    let mut out = HashMap::new();
    for n in needs {
        let Some(key) = &n.circular_key else { continue };
        // A unit whose class the decision keeps in the office (no `fleksibel` rule) is not
        // under flexible work.
        if out.contains_key(&n.unit_id) || !matches!(n.rule, Some(policy::Rule::Flexible { .. })) {
            continue;
        }
        if let Some(f) = all.iter().find(|c| &c.circular.key == key).and_then(|c| c.circular.flexible.clone()) {
            out.insert(n.unit_id, f);
        }
    }
    Ok(out)
}

/// The office's circulars and the clerk's choices among overlapping ones, read once: which
/// circular governs a day, by the one precedence the week uses ([`policy::governing`]). Every
/// question "what does the letter in force say that day" (the quota, the call rule, the
/// presence windows) asks this, never the first circular it finds in force.
pub struct Governors {
    circulars: Vec<Circular>,
    choices: HashMap<NaiveDate, String>,
}

impl Governors {
    pub fn read(store: &mut Store) -> Result<Governors> {
        let (all, choices) = store.read(|tx| Ok((tx.circulars()?, tx.circular_choices()?)))?;
        Ok(Governors { circulars: all.into_iter().map(|c| c.circular).collect(), choices: choices.into_iter().collect() })
    }

    /// The circular governing `d`, why, and every one in force.
    pub fn on(&self, d: NaiveDate) -> policy::Governing<'_> {
        policy::governing(&self.circulars, d, self.choices.get(&d).map(String::as_str))
    }

    /// The circular governing `d`, if any.
    pub fn circular_on(&self, d: NaiveDate) -> Option<&Circular> {
        self.on(d).circular
    }

    /// Whether any circular of the office, in force or not, has `what`: lets a check skip
    /// reading what it would need (the punches of a period) when none asks for it.
    pub fn any(&self, what: impl Fn(&Circular) -> bool) -> bool {
        self.circulars.iter().any(what)
    }
}

/// The decision on flexible work that governs day `d`, if the circular governing it allows
/// flexible work.
pub fn flexible_on(store: &mut Store, d: NaiveDate) -> Result<Option<Circular>> {
    let gov = Governors::read(store)?;
    Ok(gov.circular_on(d).filter(|c| c.flexible.is_some()).cloned())
}

/// What one unit needs on one working day, and under which circular and why.
#[derive(Debug, Clone, Serialize)]
pub struct UnitDayNeed {
    pub date: NaiveDate,
    /// `Selasa, 16-04-2024`
    pub date_label: String,
    pub unit_id: i64,
    pub unit_name: String,
    /// The unit's class: standard, or the office's own.
    pub service_class: ClassKey,
    pub circular_key: Option<String>,
    /// `SE Gubernur Kalimantan Timur Nomor 065/3674/B.Org`, or empty outside any circular.
    pub circular: String,
    pub why: String,
    /// `(key, citation)` of every circular in force that day, for the clerk to choose among.
    pub in_force: Vec<(String, String)>,
    /// Active staff the circular does not count (e.g. JPT Pratama, Administrator).
    pub not_counted: u32,
    pub need: Need,
    /// The rule applied; the compliance check re-applies it to who was really available.
    #[serde(skip)]
    pub rule: Option<policy::Rule>,
    /// The counted staff of the unit who are not away that day.
    #[serde(skip)]
    pub counted_ids: Vec<i64>,
    /// Of those, who may stand piket on a "WFH 100%" day (the jabatan classes the rule names);
    /// everyone else works at home that day.
    #[serde(skip)]
    pub piket_ids: Vec<i64>,
}

impl UnitDayNeed {
    /// Whether the rule lets this person work in the office: not on a "WFH 100%" day unless
    /// they may stand piket.
    pub fn may_come_in(&self, staff_id: i64) -> bool {
        !matches!(self.rule, Some(policy::Rule::WfhAll { .. })) || self.piket_ids.contains(&staff_id)
    }
}

/// `needs_between` for a period as the clerk typed it.
pub fn needs(store: &mut Store, from: &str, to: &str) -> Result<Vec<UnitDayNeed>> {
    let (from, to) = period(from, to)?;
    needs_between(store, from, to)
}

/// For every unit and working day of `from..=to`: the governing circular, why it governs,
/// and the need over the unit's counted staff.
pub fn needs_between(store: &mut Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<UnitDayNeed>> {
    let span = dates::days(from, to)?;
    let governors = Governors::read(store)?;
    let (holidays, zones, psbb) = store.read(|tx| Ok((tx.holidays()?, tx.zones()?, tx.psbb_periods()?)))?;
    let holidays = calendar::set_of(&holidays);
    let units = crate::office::units::list(store)?;
    let staff = crate::office::staff::list(store, &StaffFilter::default())?;
    let away: std::collections::HashSet<(i64, NaiveDate)> = crate::office::schedule::limits_between(store, from, to)?
        .into_iter()
        .filter(|l| l.limit == crate::office::schedule::Limit::Off)
        .map(|l| (l.staff_id, l.day))
        .collect();
    // Each unit's staff once: a month of 440 units would otherwise scan 4,929 people per day
    // and unit (50 million steps).
    let mut by_unit: HashMap<i64, Vec<&crate::model::Staff>> = HashMap::new();
    for s in &staff {
        by_unit.entry(s.unit_id).or_default().push(s);
    }
    let mut out = Vec::new();
    for d in span {
        let gov = governors.on(d);
        for u in units.iter().filter(|u| u.parent_id.is_none()) {
            if !calendar::is_working_day(d, u.workdays, &holidays) {
                continue;
            }
            let members: &[&crate::model::Staff] = by_unit.get(&u.id).map_or(&[], Vec::as_slice);
            let counted_ids: Vec<i64> = members.iter().filter(|s| gov.circular.is_none_or(|c| c.counts(s))).map(|s| s.id).collect();
            let not_counted = (members.len() - counted_ids.len()) as u32;
            // Away (leave, sick, travel) is neither WFO nor WFH: not available that day.
            let counted_ids: Vec<i64> = counted_ids.into_iter().filter(|id| !away.contains(&(*id, d))).collect();
            // A zoned rule (SE 67/2020) is the cap of the day's zone, named in its words.
            // Under PSBB (SE 58/2020) a class with a PSBB rule takes it.
            let psbb_rule = gov
                .circular
                .filter(|_| crate::office::zones::under_psbb(&psbb, d))
                .and_then(|c| c.psbb_rule(&u.class_key(), u.service_class));
            let written = psbb_rule.or_else(|| gov.circular.and_then(|c| c.rule_on(&u.class_key(), u.service_class, d)));
            let zoned = match (written, crate::office::zones::on(&zones, d)) {
                (Some(r @ policy::Rule::ByZone { .. }), Some(z)) => Some((r.in_zone(z), z)),
                _ => None,
            };
            let rule = zoned.map(|(r, _)| r).or(written);
            let piket_ids: Vec<i64> = match rule {
                Some(policy::Rule::WfhAll { piket_from, .. }) => {
                    members.iter().filter(|s| counted_ids.contains(&s.id) && piket_from.contains(s.jabatan_class)).map(|s| s.id).collect()
                }
                _ => Vec::new(),
            };
            out.push(UnitDayNeed {
                date: d,
                date_label: format!("{}, {}", dates::day_name(d), dates::short(d)),
                unit_id: u.id,
                unit_name: u.name.clone(),
                service_class: u.class_key(),
                circular_key: gov.circular.map(|c| c.key.clone()),
                circular: gov.circular.map(Circular::citation).unwrap_or_default(),
                why: gov.why.clone(),
                in_force: gov.in_force.iter().map(|c| (c.key.clone(), c.citation())).collect(),
                not_counted,
                need: {
                    let mut need = policy::need_for(rule, counted_ids.len() as u32, piket_ids.len() as u32);
                    if let Some(c) = gov.circular.filter(|_| rule.is_some()) {
                        need.rule = c.rule_words(need.rule);
                    }
                    if let Some((_, z)) = zoned {
                        need.rule = format!("{} (zona {}, SE MenPAN-RB 67/2020)", need.rule, z.label().to_lowercase());
                    }
                    // The PSBB rule is the letter's reported words, not a reading of them.
                    if psbb_rule.is_some() {
                        need.rule = "Wilayah PSBB: WFH, kecuali tugas yang harus di kantor (piket sesuai kebutuhan)".to_string();
                    }
                    need
                },
                rule,
                counted_ids,
                piket_ids,
            });
        }
    }
    Ok(out)
}
