//! Circulars (Surat Edaran) as data: the policy model of docs/domain.md.
//!
//! A circular is what a clerk can read off the letter: number, title, issuer, dates, legal
//! basis, and one rule per service class of unit. Its JSON form (serde of [`Circular`]) is
//! what `giliran circular import/export` reads and writes, so offices can share circulars as
//! files and enter next year's circular without a new release.

pub mod templates;

use crate::model::class::{ClassBook, ClassKey};
use crate::model::error::{Error, FieldError, Result};
use crate::model::{Hari, JabatanClass, ServiceClass};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// An exact share such as 1/5 or 25%; kept as a fraction so "paling banyak 1/5 dari 12"
/// is computed in integers (2), never as 2.4000001.
#[derive(Debug, Clone, Copy)]
pub struct Share {
    pub num: u32,
    pub den: u32,
    /// Written as a percentage (`25%`) rather than a fraction (`1/5`): shown as written.
    pub percent: bool,
}

impl Share {
    pub const fn new(num: u32, den: u32) -> Share {
        Share { num, den, percent: false }
    }

    /// `p`% (whole percent).
    pub const fn percent(p: u32) -> Share {
        Share { num: p, den: 100, percent: true }
    }

    /// `share × n`, rounded down ("paling banyak").
    pub fn floor_of(self, n: u32) -> u32 {
        (u64::from(n) * u64::from(self.num) / u64::from(self.den)) as u32
    }

    /// `share × n`, rounded up ("paling sedikit").
    pub fn ceil_of(self, n: u32) -> u32 {
        (u64::from(n) * u64::from(self.num)).div_ceil(u64::from(self.den)) as u32
    }

    /// `25%` or `1/5`, as the circular writes it; percentages with a comma (`62,5%`).
    pub fn label(self) -> String {
        if !self.percent {
            return format!("{}/{}", self.num, self.den);
        }
        let hundredths = u64::from(self.num) * 10_000 / u64::from(self.den);
        match hundredths % 100 {
            0 => format!("{}%", hundredths / 100),
            f if f % 10 == 0 => format!("{},{}%", hundredths / 100, f / 10),
            f => format!("{},{:02}%", hundredths / 100, f),
        }
    }
}

/// Equal when the same part of the whole, written the same way (25% is not 1/4 on paper).
impl PartialEq for Share {
    fn eq(&self, o: &Share) -> bool {
        u64::from(self.num) * u64::from(o.den) == u64::from(o.num) * u64::from(self.den) && self.percent == o.percent
    }
}

impl Eq for Share {}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

impl FromStr for Share {
    type Err = String;

    /// Accepts `1/5`, `25%`, `62,5%` and `62.5%`.
    fn from_str(s: &str) -> Result<Share, String> {
        let t = s.trim();
        let bad = || format!("Bagian \"{t}\" tidak valid: tulis seperti 1/5 atau 25%.");
        let share = if let Some(p) = t.strip_suffix('%') {
            let p = p.trim().replace(',', ".");
            let (int, frac) = p.split_once('.').unwrap_or((&p, ""));
            if frac.len() > 2 || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) || int.is_empty() {
                return Err(bad());
            }
            let scale = 10u32.pow(frac.len() as u32);
            let num: u32 = format!("{int}{frac}").parse().map_err(|_| bad())?;
            Share { percent: true, ..reduce(num, 100 * scale) }
        } else if let Some((a, b)) = t.split_once('/') {
            let a: u32 = a.trim().parse().map_err(|_| bad())?;
            let b: u32 = b.trim().parse().map_err(|_| bad())?;
            if b == 0 {
                return Err(bad());
            }
            reduce(a, b)
        } else {
            return Err(bad());
        };
        if share.num > share.den {
            return Err(format!("Bagian \"{t}\" lebih dari 100%."));
        }
        Ok(share)
    }
}

fn reduce(a: u32, b: u32) -> Share {
    fn gcd(a: u32, b: u32) -> u32 {
        if b == 0 {
            a.max(1)
        } else {
            gcd(b, a % b)
        }
    }
    let g = gcd(a, b);
    Share::new(a / g, b / g)
}

impl Serialize for Share {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.label())
    }
}

impl<'de> Deserialize<'de> for Share {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Share, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What a circular says about one class of unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// "WFO paling banyak 1/5": at most `share` of the counted staff in the office; a unit
    /// that must keep a counter open sets `min_present`.
    WfoMax {
        share: Share,
        #[serde(default, skip_serializing_if = "is_zero")]
        min_present: u32,
    },
    /// "WFH paling banyak 50%": at most `share` at home, so the rest in the office.
    WfhMax { share: Share },
    /// "WFO 100%".
    WfoAll,
    /// "WFH 100%" with a piket on duty in the office: at least `piket_min`, at most
    /// `piket_max` (absent: as many as stand piket), drawn from the jabatan classes
    /// `piket_from` (by default the officials: JPT, administrator, pengawas). Everyone else
    /// works at home.
    WfhAll {
        piket_min: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        piket_max: Option<u32>,
        #[serde(default = "Classes::officials", skip_serializing_if = "Classes::is_officials")]
        piket_from: Classes,
    },
    /// SE MenPAN-RB 67/2020: WFO at most a share that depends on the region's risk zone on the
    /// day (set per period by the office, [`crate::model::ZoneFrom`]).
    ByZone {
        #[serde(rename = "tidak_terdampak")]
        none: Share,
        #[serde(rename = "rendah")]
        low: Share,
        #[serde(rename = "sedang")]
        medium: Share,
        #[serde(rename = "tinggi")]
        high: Share,
    },
    /// Flexible work (PermenPANRB 4/2025): everyone in the office unless their request to
    /// work away was approved, and at most `away_max` of the unit away on a day.
    #[serde(rename = "fleksibel")]
    Flexible { away_max: Share },
    /// No quota: the Kepala OPD decides; `wfo_share` is the share the office has set
    /// (absent: everyone available works in the office).
    KepalaOpd {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wfo_share: Option<Share>,
    },
}

/// A set of jabatan classes (there are five): copied like the rule that holds it, and written
/// in a circular's file as the list of their keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Classes(u8);

impl Classes {
    /// The officials a piket is drawn from unless the circular says otherwise.
    pub const OFFICIALS: Classes = Classes::of(&[JabatanClass::JptPratama, JabatanClass::Administrator, JabatanClass::Pengawas]);

    pub const fn of(classes: &[JabatanClass]) -> Classes {
        let mut bits = 0u8;
        let mut i = 0;
        while i < classes.len() {
            bits |= 1 << classes[i] as u8;
            i += 1;
        }
        Classes(bits)
    }

    fn officials() -> Classes {
        Classes::OFFICIALS
    }

    fn is_officials(&self) -> bool {
        *self == Classes::OFFICIALS
    }

    /// Every jabatan class.
    pub fn all() -> Classes {
        Classes::of(JabatanClass::ALL)
    }

    fn is_all(&self) -> bool {
        *self == Classes::all()
    }

    pub fn contains(self, c: JabatanClass) -> bool {
        self.0 & (1 << c as u8) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether every class of `other` is one of these.
    pub fn contains_all(self, other: Classes) -> bool {
        other.0 & !self.0 == 0
    }

    pub fn list(self) -> Vec<JabatanClass> {
        JabatanClass::ALL.iter().copied().filter(|c| self.contains(*c)).collect()
    }

    /// `JPT Pratama, Administrator, Pengawas`
    pub fn label(self) -> String {
        self.list().iter().map(|c| c.label()).collect::<Vec<_>>().join(", ")
    }
}

impl Serialize for Classes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.list().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Classes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Classes, D::Error> {
        Ok(Classes::of(&Vec::<JabatanClass>::deserialize(d)?))
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Rule {
    /// What a zoned rule means in `zone`: WFO at most that zone's share.
    pub fn in_zone(self, zone: crate::model::Zone) -> Rule {
        use crate::model::Zone;
        match self {
            Rule::ByZone { none, low, medium, high } => {
                let share = match zone {
                    Zone::None => none,
                    Zone::Low => low,
                    Zone::Medium => medium,
                    Zone::High => high,
                };
                Rule::WfoMax { share, min_present: 0 }
            }
            other => other,
        }
    }

    /// The rule in the words of a circular: `WFO paling banyak 1/5`.
    pub fn describe(&self) -> String {
        match self {
            Rule::WfoMax { share, min_present: 0 } => format!("WFO paling banyak {share}"),
            Rule::WfoMax { share, min_present } => {
                format!("WFO paling banyak {share}, paling sedikit {min_present} orang di kantor")
            }
            Rule::WfhMax { share } => format!("WFH paling banyak {share}"),
            Rule::WfoAll => "WFO 100%".into(),
            Rule::WfhAll { piket_min: 0, piket_max: Some(0), .. } => "WFH/WFA 100%, tanpa piket".to_string(),
            Rule::WfhAll { piket_min, piket_max, piket_from } => {
                let most = piket_max.map(|m| format!(" dan paling banyak {m}")).unwrap_or_default();
                let from = if piket_from.list().len() == JabatanClass::ALL.len() {
                    String::new()
                } else {
                    format!(" dari {}", piket_from.label())
                };
                format!("WFH 100%, piket paling sedikit {piket_min}{most} orang{from}")
            }
            Rule::ByZone { none, low, medium, high } => {
                format!("WFO paling banyak menurut zona risiko: tidak terdampak {none}, rendah {low}, sedang {medium}, tinggi {high}")
            }
            Rule::Flexible { away_max } => format!("Kerja fleksibel: paling banyak {away_max} di luar kantor per hari"),
            Rule::KepalaOpd { wfo_share: Some(s) } => format!("Ditetapkan Kepala OPD: WFO {s}"),
            Rule::KepalaOpd { wfo_share: None } => "Ditetapkan Kepala OPD (belum ada bagian WFO: semua WFO)".into(),
        }
    }
}

/// (serde cannot deny unknown fields through `flatten`; [`Rule`] denies them itself.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassRule {
    /// A standard class or one of the office's own.
    pub service_class: ClassKey,
    #[serde(flatten)]
    pub rule: Rule,
}

/// A rule for some days of the week only ("hari Senin wajib WFO semua", "Jumat WFH"): on
/// those days it replaces the class rules, for the classes it names (none named: every class).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRule {
    pub days: Vec<Hari>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_classes: Vec<ClassKey>,
    #[serde(flatten)]
    pub rule: Rule,
}

impl DayRule {
    fn applies(&self, class: &ClassKey, d: NaiveDate) -> bool {
        self.days.contains(&Hari::of(d)) && (self.service_classes.is_empty() || self.service_classes.contains(class))
    }

    /// `Senin (semua kelas): WFO 100%`
    pub fn text(&self, classes: &ClassBook) -> String {
        let days = self.days.iter().map(|h| h.label()).collect::<Vec<_>>().join(", ");
        let classes = if self.service_classes.is_empty() {
            "semua kelas".to_string()
        } else {
            self.service_classes.iter().map(|c| classes.label(c)).collect::<Vec<_>>().join(", ")
        };
        format!("{days} ({classes}): {}", self.rule.describe())
    }
}

/// What the office owes besides the split (docs/domain.md, "Circulars").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Obligations {
    /// How often the OPD reports to the Sekda (`harian`, `mingguan`, `akhir periode`); empty: no report.
    pub report_to_sekda: String,
    /// Officials' phone numbers published for the public.
    pub publish_phones: bool,
    /// The office calls WFH staff and records whether they were reachable.
    pub reachability_checks: bool,
    /// Online consultation/complaint channels for public services.
    pub online_channels: bool,
    pub health_protocol: bool,
    /// Meetings and face-to-face activities by video conference (Kaltim 2020, PPKM 2021).
    pub video_meetings: bool,
    /// A person who leaves this many calls unanswered within so many minutes of a day at home
    /// is reported for discipline (Kaltim 2026: 3 calls in 30 minutes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_rule: Option<CallRule>,
    /// On days away, the times a person must check in online, each window once (Kaltim 2026:
    /// 06:30–07:30 and 11:00–13:00 WITA); checked against the punches recorded.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub presence_windows: Vec<PresenceWindow>,
}

/// `06:30`–`07:30`: a window for an online check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresenceWindow {
    #[serde(with = "hhmm")]
    pub from: chrono::NaiveTime,
    #[serde(with = "hhmm")]
    pub to: chrono::NaiveTime,
    /// Whether the window holds every day, only outside Ramadan or only in it (Kaltim 2026:
    /// "Ramadan 07.00-08.00"). Ramadan is the office's dated hours (Pengaturan, jam kerja
    /// bertanggal), so its days are the ones the clerk confirmed.
    #[serde(default, skip_serializing_if = "WindowSeason::is_always")]
    pub season: WindowSeason,
}

keyed_enum! {
    /// When a presence window holds.
    #[derive(Default)]
    WindowSeason {
        #[default]
        Always => "selalu", "setiap hari";
        Ordinary => "biasa", "di luar Ramadan", alias "bukan Ramadan";
        Ramadan => "ramadan", "Ramadan";
    }
}

impl WindowSeason {
    fn is_always(&self) -> bool {
        *self == WindowSeason::Always
    }
}

impl PresenceWindow {
    /// `06:30–07:30`, `07:00–08:00 (Ramadan)`.
    pub fn text(&self) -> String {
        let when = match self.season {
            WindowSeason::Always => String::new(),
            s => format!(" ({})", s.label()),
        };
        format!("{}–{}{when}", self.from.format("%H:%M"), self.to.format("%H:%M"))
    }

    /// Whether the window holds on a day in Ramadan (`in_ramadan`) or not.
    pub fn holds(&self, in_ramadan: bool) -> bool {
        match self.season {
            WindowSeason::Always => true,
            WindowSeason::Ordinary => !in_ramadan,
            WindowSeason::Ramadan => in_ramadan,
        }
    }
}

/// Times as circulars write them: `06:30`.
mod hhmm {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &chrono::NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.format("%H:%M").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<chrono::NaiveTime, D::Error> {
        let text = String::deserialize(d)?;
        chrono::NaiveTime::parse_from_str(text.trim(), "%H:%M")
            .map_err(|_| serde::de::Error::custom(format!("jam \"{text}\" tidak valid: tulis JJ:MM")))
    }
}

/// "Tidak menjawab 3 panggilan dalam 30 menit": both numbers are the letter's, kept as settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallRule {
    pub calls: u32,
    pub minutes: u32,
}

impl CallRule {
    /// Whether the unanswered calls at `times` (one day) break the rule.
    pub fn broken_by(&self, times: &mut [chrono::NaiveTime]) -> bool {
        times.sort();
        let n = self.calls.max(1) as usize;
        times.len() >= n && times.windows(n).any(|w| (w[n - 1] - w[0]).num_minutes() <= i64::from(self.minutes))
    }

    pub fn describe(&self) -> String {
        format!("tidak menjawab {} panggilan dalam {} menit dilaporkan untuk pembinaan disiplin", self.calls, self.minutes)
    }
}

/// The office's settings for flexible work (PermenPANRB 4/2025, art. 8, 11, 17): who may, how
/// often, and the dynamic hours. The regulation leaves the figures to the agency; every one is
/// the office's setting (docs/domain.md, "Flexible work").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlexibleWork {
    /// Working days away from the office per person per ISO week, at most.
    pub days_away_week: u32,
    /// The jabatan classes that may work flexibly.
    #[serde(default = "Classes::all", skip_serializing_if = "Classes::is_all")]
    pub eligible: Classes,
    /// A person appointed (TMT) less than this many months ago may not; 0: no such limit.
    #[serde(default)]
    pub new_staff_months: u32,
    /// Dynamic hours: on an approved day a start up to this time (`09:00`) is not late, and
    /// the day's hours count from the start; absent: no dynamic hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_start: Option<String>,
    /// How many days a month a person may use the dynamic hours.
    #[serde(default)]
    pub dynamic_per_month: u32,
    /// Persons the decision names as eligible though their jabatan class is not (NIP / NI PPPK
    /// digits): the head of the agency decides per task, not only per class.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named: Vec<String>,
    /// Persons the decision keeps in the office whatever their class (NIP / NI PPPK digits).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excepted: Vec<String>,
}

impl FlexibleWork {
    /// `Paling banyak 2 hari kerja per minggu di luar kantor; jam dinamis sampai 09:00, 8 kali sebulan`
    pub fn describe(&self) -> String {
        let mut parts = vec![format!("Paling banyak {} hari kerja per minggu di luar kantor", self.days_away_week)];
        if !self.eligible.is_all() {
            parts.push(format!("hanya {}", self.eligible.label()));
        }
        if self.new_staff_months > 0 {
            parts.push(format!("pegawai dengan TMT kurang dari {} bulan tidak termasuk", self.new_staff_months));
        }
        if !self.named.is_empty() {
            parts.push(format!("{} pegawai disebut namanya boleh", self.named.len()));
        }
        if !self.excepted.is_empty() {
            parts.push(format!("{} pegawai dikecualikan", self.excepted.len()));
        }
        if let Some(t) = &self.latest_start {
            parts.push(format!("jam kerja dinamis: masuk paling lambat {t}, {} kali sebulan", self.dynamic_per_month));
        }
        parts.join("; ")
    }
}

/// A circular as stored, imported and exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Circular {
    /// Short stable name used on the command line: `kaltim-ppkm-2021`.
    pub key: String,
    /// `065/3674/B.Org`
    pub number: String,
    pub title: String,
    /// `Gubernur Kalimantan Timur`
    pub issuer: String,
    #[serde(deserialize_with = "crate::model::dates::de")]
    pub signed_on: NaiveDate,
    #[serde(default)]
    pub legal_basis: Vec<String>,
    #[serde(deserialize_with = "crate::model::dates::de")]
    pub valid_from: NaiveDate,
    /// Inclusive; absent while the circular is in force until revoked.
    #[serde(default, deserialize_with = "crate::model::dates::de_opt")]
    pub valid_to: Option<NaiveDate>,
    /// Where the rules were read from, so a reader can check them.
    #[serde(default)]
    pub source: String,
    /// Details of the letter a template inferred instead of reading them in its source
    /// (an issuer a news article did not name, a date guessed from it): shown as such.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<CircularDetail>,
    /// One rule per service class; a class not listed works as normal (everyone WFO).
    pub rules: Vec<ClassRule>,
    /// Rules for some days of the week, before the class rules on those days; the first that
    /// applies wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub day_rules: Vec<DayRule>,
    /// Whom the quotas count, as the letter says ("pegawai", "ASN", "PNS"): the others are
    /// not counted (they may still work WFO).
    #[serde(default, skip_serializing_if = "Covers::is_all")]
    pub covers: Covers,
    /// Jabatan classes not counted in the quota (they may still work WFO).
    #[serde(default)]
    pub not_counted: Vec<JabatanClass>,
    /// A person marked sick or symptomatic is never planned WFO (PPU 2021).
    #[serde(default)]
    pub health_rule: bool,
    /// The rules of the classes on the days the region is under PSBB (SE MenPAN-RB 58/2020:
    /// at home except the tasks that must be done in the office); a class not listed keeps
    /// its rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub psbb_rules: Vec<ClassRule>,
    /// The key of the letter this one applies: the Kepala OPD's decision inside the regional
    /// head's (docs/domain.md, "Who decides in a Pemda"). It holds only while that letter is
    /// in force, governs its days over it, and may be stricter, never looser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
    #[serde(default)]
    pub obligations: Obligations,
    /// Flexible work under PermenPANRB 4/2025, for a decision of the office that allows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flexible: Option<FlexibleWork>,
}

impl Circular {
    pub fn in_force_on(&self, d: NaiveDate) -> bool {
        d >= self.valid_from && self.valid_to.is_none_or(|to| d <= to)
    }

    pub fn rule_for(&self, class: &ClassKey) -> Option<Rule> {
        self.rules.iter().find(|r| &r.service_class == class).map(|r| r.rule)
    }

    /// The rule for a unit of `class` on `d`: a day rule for that weekday first, else the
    /// class rule; a class of the office's own the circular does not name takes the rule of
    /// the standard class it `counts_as`.
    /// The rule of `class` on a day the region is under PSBB, if the circular sets one.
    pub fn psbb_rule(&self, class: &ClassKey, counts_as: ServiceClass) -> Option<Rule> {
        let find = |k: &ClassKey| self.psbb_rules.iter().find(|r| &r.service_class == k).map(|r| r.rule);
        find(class).or_else(|| find(&counts_as.into()))
    }

    pub fn rule_on(&self, class: &ClassKey, counts_as: ServiceClass, d: NaiveDate) -> Option<Rule> {
        let exact = |class: &ClassKey| match self.day_rules.iter().find(|r| r.applies(class, d)) {
            Some(r) => Some(r.rule),
            None => self.rule_for(class),
        };
        exact(class).or_else(|| exact(&counts_as.into()))
    }

    /// The classes the circular names, each once.
    pub fn classes_named(&self) -> Vec<&ClassKey> {
        let mut all: Vec<&ClassKey> = self
            .rules
            .iter()
            .chain(&self.psbb_rules)
            .map(|r| &r.service_class)
            .chain(self.day_rules.iter().flat_map(|r| &r.service_classes))
            .collect();
        all.sort();
        all.dedup();
        all
    }

    /// Whether `s` counts in the quotas: of the staff the letter covers, and of a jabatan
    /// class it does not leave out.
    pub fn counts(&self, s: &crate::model::Staff) -> bool {
        self.covers.includes(s.kind) && !self.not_counted.contains(&s.jabatan_class)
    }

    /// Each rule in the circular's words: `Administrasi pemerintahan: WFH paling banyak 50%`.
    pub fn rules_text(&self, classes: &ClassBook) -> Vec<String> {
        let mut all = self.quota_text(classes);
        all.extend(self.flexible.iter().map(|f| {
            let d = f.describe();
            let mut c = d.chars();
            let first = c.next().map(|x| x.to_lowercase().collect::<String>()).unwrap_or_default();
            self.rule_words(format!("Kerja fleksibel: {first}{}", c.as_str()))
        }));
        all
    }

    /// The class rules and the day rules in the circular's words, without the flexible-work
    /// settings.
    pub fn quota_text(&self, classes: &ClassBook) -> Vec<String> {
        let rules = self.rules.iter().map(|r| format!("{}: {}", classes.label(&r.service_class), r.rule.describe()));
        let whom = (!self.covers.is_all()).then(|| format!("Kuota dihitung dari {} saja", self.covers.label()));
        let psbb = self
            .psbb_rules
            .iter()
            .map(|r| format!("Di wilayah PSBB, {}: {}", classes.label(&r.service_class).to_lowercase(), r.rule.describe()));
        rules.chain(self.day_rules.iter().map(|r| r.text(classes))).chain(psbb).chain(whom).collect()
    }

    /// `Diperkirakan, belum dari naskah SE: Nomor, Dasar hukum`, when a detail was inferred.
    pub fn inferred_note(&self) -> Option<String> {
        (!self.inferred.is_empty()).then(|| {
            let what = self.inferred.iter().map(|d| d.label()).collect::<Vec<_>>().join(", ");
            format!("Diperkirakan, belum dari naskah SE: {what}")
        })
    }

    /// `SE Gubernur Kalimantan Timur Nomor 065/3674/B.Org`
    /// A minister's letter (MenPAN-RB): national guidance a regional head's letter implements.
    pub fn is_national(&self) -> bool {
        self.issuer.to_lowercase().contains("menteri")
    }

    /// A rule's words as the week and the report print them, marked when they are the app's
    /// reading of the letter rather than its words.
    pub fn rule_words(&self, words: String) -> String {
        if self.inferred.contains(&CircularDetail::Reading) {
            format!("{words} (tafsiran aplikasi, bukan bunyi SE)")
        } else if self.inferred.contains(&CircularDetail::OfficeOwn) {
            format!("{words} (ketetapan kantor, bukan bunyi peraturan)")
        } else {
            words
        }
    }

    /// `SE Gubernur Kalimantan Timur Nomor 065/3674/B.Org`, as every output names the letter;
    /// a number or issuer a template inferred carries its mark (`[nomor belum dari naskah SE]`)
    /// until the clerk confirms it from the letter, so nothing guessed is printed as fact.
    pub fn citation(&self) -> String {
        let guessed: Vec<&str> = [(CircularDetail::Issuer, "penerbit"), (CircularDetail::Number, "nomor")]
            .into_iter()
            .filter(|(d, _)| self.inferred.contains(d))
            .map(|(_, w)| w)
            .collect();
        let letter = format!("SE {} Nomor {}", self.issuer, self.number);
        match guessed.as_slice() {
            [] => letter,
            words => format!("{letter} [{} belum dari naskah SE]", words.join(" dan ")),
        }
    }

    /// Checks what a clerk or an imported file could get wrong, naming each field; every
    /// class it names must be one the office knows.
    pub fn validate(&self, classes: &ClassBook) -> Result<()> {
        let mut e = Vec::new();
        let key_ok = !self.key.is_empty()
            && self.key.len() <= 60
            && self.key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !key_ok {
            e.push(FieldError::new(
                "key",
                format!("Kode SE \"{}\" tidak valid: gunakan huruf kecil, angka, dan tanda minus (mis. kaltim-ppkm-2021).", self.key),
            ));
        }
        for (field, label, v) in
            [("number", "Nomor SE", &self.number), ("title", "Perihal SE", &self.title), ("issuer", "Penerbit SE", &self.issuer)]
        {
            if v.trim().is_empty() {
                e.push(FieldError::new(field, format!("{label} wajib diisi.")));
            }
        }
        if let Some(to) = self.valid_to {
            if to < self.valid_from {
                e.push(FieldError::new(
                    "valid_to",
                    format!(
                        "Tanggal akhir berlaku ({}) sebelum tanggal mulai ({}).",
                        crate::model::dates::short(to),
                        crate::model::dates::short(self.valid_from)
                    ),
                ));
            }
        }
        for class in self.classes_named() {
            if !class.is_well_formed() || !classes.knows(class) {
                e.push(FieldError::new(
                    "rules",
                    format!(
                        "Kelas layanan \"{}\" belum dikenal kantor ini; tambahkan dulu di Unit Kerja › Kelas layanan kantor (kelas yang ada: {}).",
                        class.as_str(),
                        classes.names()
                    ),
                ));
            } else if self.rules.iter().filter(|r| &r.service_class == class).count() > 1 {
                e.push(FieldError::new("rules", format!("Aturan untuk kelas {} ditulis lebih dari sekali.", classes.label(class))));
            }
        }
        for (i, r) in self.day_rules.iter().enumerate() {
            if r.days.is_empty() {
                e.push(FieldError::new("day_rules", format!("Aturan hari ke-{}: pilih harinya.", i + 1)));
            }
        }
        let day_rules = self.day_rules.iter().flat_map(|r| {
            let named = if r.service_classes.is_empty() {
                classes.choices().into_iter().map(|c| c.key).collect()
            } else {
                r.service_classes.clone()
            };
            named.into_iter().map(move |service_class| ClassRule { service_class, rule: r.rule })
        });
        for r in self.rules.iter().cloned().chain(day_rules).collect::<Vec<_>>().iter() {
            let shares = match r.rule {
                Rule::WfoMax { share, .. }
                | Rule::WfhMax { share }
                | Rule::Flexible { away_max: share }
                | Rule::KepalaOpd { wfo_share: Some(share) } => vec![share],
                Rule::ByZone { none, low, medium, high } => vec![none, low, medium, high],
                _ => Vec::new(),
            };
            if shares.iter().any(|s| s.num > s.den || s.den == 0) {
                e.push(FieldError::new("rules", format!("Bagian untuk kelas {} lebih dari 100%.", classes.label(&r.service_class))));
            }
            if let Rule::WfhAll { piket_min, piket_max, piket_from } = r.rule {
                let class = classes.label(&r.service_class);
                if piket_max.is_some_and(|m| m < piket_min) {
                    e.push(FieldError::new("rules", format!("Piket paling banyak untuk kelas {class} lebih kecil dari paling sedikit.")));
                }
                if piket_from.is_empty() {
                    e.push(FieldError::new("rules", format!("Piket untuk kelas {class}: pilih jabatan yang dapat piket.")));
                }
            }
            if let Rule::WfhAll { piket_min, .. } | Rule::WfoMax { min_present: piket_min, .. } = r.rule {
                if piket_min > 1000 {
                    e.push(FieldError::new(
                        "rules",
                        format!("Jumlah piket untuk kelas {} tidak masuk akal ({piket_min}).", classes.label(&r.service_class)),
                    ));
                }
            }
        }
        if let Some(f) = &self.flexible {
            if f.days_away_week > 7 {
                e.push(FieldError::new(
                    "flexible",
                    format!("Hari kerja di luar kantor per minggu paling banyak 7 (tertulis {}).", f.days_away_week),
                ));
            }
            if f.eligible.is_empty() {
                e.push(FieldError::new("flexible", "Kerja fleksibel: pilih jabatan yang boleh mengajukan."));
            }
            if let Some(t) = &f.latest_start {
                if chrono::NaiveTime::parse_from_str(t, "%H:%M").is_err() {
                    e.push(FieldError::new(
                        "flexible",
                        format!("Jam masuk paling lambat \"{t}\" tidak valid: tulis jam:menit, mis. 09:00."),
                    ));
                }
            }
            for (list, label) in [(&f.named, "yang disebut boleh"), (&f.excepted, "yang dikecualikan")] {
                for (i, n) in list.iter().enumerate() {
                    if n.len() != 18 || !n.chars().all(|c| c.is_ascii_digit()) {
                        e.push(FieldError::new("flexible", format!("Pegawai {label} ke-{}: \"{n}\" bukan NIP / NI PPPK 18 angka.", i + 1)));
                    } else if list[..i].contains(n) {
                        e.push(FieldError::new(
                            "flexible",
                            format!("NIP {} ditulis dua kali pada pegawai {label}.", crate::model::nip::group(n)),
                        ));
                    }
                }
            }
            if let Some(n) = f.named.iter().find(|n| f.excepted.contains(n)) {
                e.push(FieldError::new(
                    "flexible",
                    format!("NIP {} disebut boleh dan sekaligus dikecualikan; pilih salah satu.", crate::model::nip::group(n)),
                ));
            }
            if f.new_staff_months > 600 || f.dynamic_per_month > 31 {
                e.push(FieldError::new("flexible", "Kerja fleksibel: batas bulan TMT atau jumlah jam dinamis sebulan tidak masuk akal."));
            }
        }
        if e.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(e))
        }
    }

    /// Reads the JSON of a circular; the error names the line and what is wrong. A byte-order
    /// mark (Notepad's "UTF-8") is not part of it; curly quotes from a word processor are named
    /// where they stand.
    pub fn from_json(text: &str, classes: &ClassBook) -> Result<Circular> {
        let text = text.trim_start_matches('\u{feff}');
        let c: Circular = serde_json::from_str(text).map_err(|e| {
            let (line, column, why) = match curly_quote(text) {
                Some((line, column, q)) if e.is_syntax() => (
                    line,
                    column,
                    format!(
                        "tanda kutip miring {q} dari pengolah kata; JSON memakai tanda kutip lurus (\"). Ganti semuanya lalu impor lagi"
                    ),
                ),
                _ => (e.line(), e.column(), json_reason(&e)),
            };
            Error::invalid("json", format!("Isi SE tidak dapat dibaca (baris {line}, kolom {column}): {why}"))
        })?;
        c.validate(classes)?;
        Ok(c)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Where the first curly quote stands (line and column counting from 1), and which.
fn curly_quote(text: &str) -> Option<(usize, usize, char)> {
    text.lines()
        .enumerate()
        .find_map(|(i, l)| l.chars().enumerate().find(|(_, c)| matches!(c, '“' | '”' | '‘' | '’' | '„')).map(|(j, c)| (i + 1, j + 1, c)))
}

/// serde_json's reason in Indonesian for the mistakes people make; never its English.
fn json_reason(e: &serde_json::Error) -> String {
    let m = e.to_string();
    let m = m.split(" at line ").next().unwrap_or(&m).to_string();
    if m == "trailing comma" {
        return "koma berlebih sebelum } atau ]; hapus koma terakhirnya".into();
    }
    if m.starts_with("expected value") {
        return "ada nilai yang tidak terbaca (teks harus di antara tanda kutip \", angka tanpa tanda kutip)".into();
    }
    if m.starts_with("expected `,` or `}`") || m.starts_with("expected `,` or `]`") {
        return "kurang koma di antara isian, atau kurung tutup } / ] hilang".into();
    }
    if m.starts_with("expected `:`") {
        return "kurang titik dua (:) sesudah nama isian".into();
    }
    if m.starts_with("key must be a string") {
        return "nama isian harus di antara tanda kutip, mis. \"key\"".into();
    }
    if m.starts_with("control character") {
        return "ada ganti baris atau tab di dalam teks; teks harus satu baris".into();
    }
    if m.starts_with("invalid escape") || m.starts_with("invalid unicode") {
        return "garis miring terbalik (\\) di dalam teks harus ditulis dua kali (\\\\)".into();
    }
    if m.starts_with("expected ident") {
        return "kata yang tidak dikenal; JSON hanya mengenal true, false, dan null di luar tanda kutip".into();
    }
    if m.starts_with("trailing characters") {
        return "ada tulisan sesudah kurung tutup terakhir".into();
    }
    if let Some(rest) = m.strip_prefix("invalid type: ") {
        let (found, wanted) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let kind = |s: &str| {
            if s.starts_with("string") {
                "teks"
            } else if s.contains("integer") || s.contains("float") || s.starts_with("u") || s.starts_with("i") {
                "angka"
            } else if s.starts_with("boolean") || s.starts_with("a boolean") {
                "true/false"
            } else if s.contains("sequence") {
                "daftar [ … ]"
            } else if s.contains("map") || s.contains("struct") {
                "kelompok { … }"
            } else if s.starts_with("null") {
                "kosong (null)"
            } else {
                "nilai lain"
            }
        };
        if !found.starts_with("null") {
            return format!("isian berisi {}, seharusnya {}", kind(found), kind(wanted));
        }
    }
    if let Some(f) = m.strip_prefix("missing field ") {
        format!("isian {f} belum ada")
    } else if let Some(f) = m.strip_prefix("unknown field ") {
        format!("isian {} tidak dikenal", f.split(',').next().unwrap_or(f))
    } else if let Some(v) = m.strip_prefix("unknown variant ") {
        let (value, rest) = v.split_once(", expected ").unwrap_or((v, ""));
        format!("nilai {value} tidak dikenal (pilihan: {})", rest.replace("one of ", ""))
    } else if m.starts_with("EOF while parsing") {
        "berkas terpotong".into()
    } else if m.starts_with("Tanggal ") || m.starts_with("Bagian ") {
        m
    } else if m.starts_with("invalid type: null") {
        "ada isian wajib yang kosong".into()
    } else if m.starts_with("invalid value") || m.starts_with("invalid length") {
        "nilai isian tidak sesuai bentuknya".into()
    } else if let Some(f) = m.strip_prefix("duplicate field ") {
        format!("isian {f} ditulis dua kali")
    } else if e.is_data() {
        // Our own readers (shares, dates, classes) already say what is wrong in Indonesian.
        m
    } else {
        "isinya bukan JSON Surat Edaran yang sah".into()
    }
}

keyed_enum! {
    /// A detail of a circular's letter that a template may have inferred rather than read
    /// (docs/domain.md: what the sources say, and no more).
    CircularDetail {
        Number => "number", "Nomor";
        Title => "title", "Perihal";
        Issuer => "issuer", "Penerbit";
        SignedOn => "signed_on", "Tanggal ditandatangani";
        ValidFrom => "valid_from", "Tanggal mulai berlaku";
        LegalBasis => "legal_basis", "Dasar hukum";
        /// The rules as numbers are the app's reading of words that do not say them exactly
        /// (Kaltim 2020's "1/5 dari jumlah pegawai" does not say WFO).
        Reading => "reading", "Aturan sebagai tafsiran aplikasi";
        /// The figures are the office's own decision, not the regulation's (the flexible-work
        /// template's 30%, Monday in the office, the 12 months, the monthly report).
        OfficeOwn => "office_own", "Angka ketetapan kantor sendiri, bukan bunyi peraturan";
    }
}

keyed_enum! {
    /// Whom a circular's quotas count, as its words say: "pegawai" (everyone), "ASN" (PNS
    /// and PPPK) or "PNS". The others are outside the share (they may still work WFO).
    #[derive(Default)]
    Covers {
        #[default]
        All => "semua", "Semua pegawai";
        Asn => "asn", "ASN (PNS dan PPPK)";
        Pns => "pns", "PNS";
    }
}

impl Covers {
    fn is_all(&self) -> bool {
        *self == Covers::All
    }

    pub fn includes(self, kind: crate::model::StaffKind) -> bool {
        use crate::model::StaffKind;
        match self {
            Covers::All => true,
            Covers::Asn => kind != StaffKind::NonAsn,
            Covers::Pns => kind == StaffKind::Pns,
        }
    }
}

/// A circular as the office keeps it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StoredCircular {
    pub id: i64,
    pub updated_at: String,
    /// Each rule in the circular's words, `Administrasi pemerintahan: WFH paling banyak 50%`.
    pub rules_text: Vec<String>,
    /// Which details of the letter were inferred, in words ([`Circular::inferred_note`]).
    pub inferred_note: Option<String>,
    #[serde(flatten)]
    pub circular: Circular,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_exact_fractions_written_as_the_circular_writes_them() {
        assert_eq!("1/5".parse::<Share>().unwrap(), Share::new(1, 5));
        assert_eq!("25%".parse::<Share>().unwrap().label(), "25%");
        assert_eq!("62,5%".parse::<Share>().unwrap().floor_of(8), 5);
        assert_eq!("62,5%".parse::<Share>().unwrap().label(), "62,5%");
        assert_eq!(Share::percent(50).label(), "50%");
        assert_eq!(Share::new(1, 5).label(), "1/5");
        assert_eq!(Share::new(1, 5).floor_of(12), 2);
        assert_eq!(Share::new(1, 2).ceil_of(7), 4);
        assert!("150%".parse::<Share>().is_err());
        assert!("seperlima".parse::<Share>().is_err());
    }

    #[test]
    fn every_template_survives_its_own_json() {
        for t in templates::all() {
            let back = Circular::from_json(&t.to_json(), &ClassBook::default()).unwrap();
            assert_eq!(back, t);
        }
    }

    /// Issue 17, point 8: what a template inferred (an issuer the article does not name, a
    /// legal basis it does not cite) is marked so, and the mark is shown.
    #[test]
    fn what_a_template_inferred_is_marked_as_inferred() {
        let ppu = templates::get("ppu-2021").unwrap();
        assert_eq!(ppu.inferred_note().unwrap(), "Diperkirakan, belum dari naskah SE: Perihal, Penerbit, Tanggal ditandatangani");
        let ppkm = templates::get("kaltim-ppkm-2021").unwrap();
        assert!(ppkm.inferred.contains(&CircularDetail::LegalBasis), "Instruksi Mendagri is not in the article");
        assert!(templates::get("kaltim-2020").unwrap().inferred.contains(&CircularDetail::LegalBasis), "SE 58/2020");
        assert_eq!(templates::get("kalbar-2024").unwrap().inferred_note(), None, "all read from the article");
        // Issue 30: readings shown as readings; what no source says is not the letter's.
        let se58 = templates::get("menpanrb-58-2020").unwrap();
        assert!(se58.obligations.report_to_sekda.is_empty(), "weekly reports: found in no source");
        assert!(se58.inferred.contains(&CircularDetail::Reading), "its 50% is the offices' practice");
        assert!(se58.source.contains("PSBB"), "{}", se58.source);
        // Missing obligations and bases added; those without a source gone.
        let ppu = templates::get("ppu-2021").unwrap();
        assert_eq!(ppu.legal_basis, ["Keputusan Menteri Dalam Negeri Nomor 440-842 Tahun 2020"], "quoted in the article");
        assert!(ppu.obligations.report_to_sekda.is_empty(), "an end-of-period report: in no source");
        let ppkm = templates::get("kaltim-ppkm-2021").unwrap();
        assert!(ppkm.obligations.video_meetings && ppkm.obligations.report_to_sekda == "kegiatan selama periode");
        let kaltim = templates::get("kaltim-2020").unwrap();
        assert!(kaltim.obligations.video_meetings, "meetings by video");
        assert_eq!(kaltim.rule_words("WFO paling banyak 1/5".into()), "WFO paling banyak 1/5 (tafsiran aplikasi, bukan bunyi SE)");
    }

    #[test]
    fn a_broken_circular_file_names_what_is_wrong() {
        let err = Circular::from_json("{\"key\": \"x\"", &ClassBook::default()).unwrap_err();
        assert!(err.to_string().contains("berkas terpotong"), "{err}");
        let mut c = templates::get("kaltim-2020").unwrap();
        c.valid_to = Some(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap());
        c.key = "Kaltim 2020".into();
        let Err(Error::Invalid(f)) = c.validate(&ClassBook::default()) else { panic!() };
        let fields: Vec<_> = f.iter().map(|f| f.field).collect();
        assert_eq!(fields, ["key", "valid_to"]);
        let json = templates::get("kaltim-2020").unwrap().to_json().replace("\"wfo_max\"", "\"wfo_maks\"");
        assert!(Circular::from_json(&json, &ClassBook::default()).is_err());
    }
}
