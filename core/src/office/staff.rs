//! The staff list: add, edit, deactivate, find.
//!
//! Staff are never deleted: later issues attach plans, presence and reports to them, and the
//! office must still be able to show who worked where in a past period.

use crate::model::dates;
use crate::model::error::{Error, FieldError, Result};
use crate::model::fields;
use crate::model::golongan;
use crate::model::nip::{self, NipKind};
use crate::model::StaffRecord;
use crate::model::{JabatanClass, Staff, StaffFilter, StaffInput, StaffKind};
use crate::store::{Store, Tx};
use chrono::NaiveDate;
use serde::Serialize;

pub fn list(store: &mut Store, filter: &StaffFilter) -> Result<Vec<Staff>> {
    store.read(|tx| tx.staff_list(filter))
}

/// One page of the staff list, and how many match the filter: what the Pegawai screen and the
/// name search of a big office show, never the whole list.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Page {
    pub rows: Vec<Staff>,
    pub total: u32,
    pub offset: u32,
    /// The page's size: the window steps by it.
    pub limit: u32,
}

/// The rows shown per page when the filter does not say.
pub const PAGE: u32 = 100;

pub fn page(store: &mut Store, filter: &StaffFilter) -> Result<Page> {
    let limit = filter.limit.unwrap_or(PAGE);
    let filter = StaffFilter { limit: Some(limit), ..filter.clone() };
    store.read(|tx| Ok(Page { rows: tx.staff_list(&filter)?, total: tx.staff_matching(&filter)?, offset: filter.offset, limit }))
}

pub fn get(store: &mut Store, id: i64) -> Result<Staff> {
    store.read(|tx| get_in(tx, id))
}

fn get_in(tx: &Tx, id: i64) -> Result<Staff> {
    tx.staff(id)?.ok_or_else(|| Error::NotFound(format!("Pegawai nomor {id}")))
}

/// Finds a person by NIP/NIK/internal number (spaces allowed) or by the list's row number.
pub fn find(store: &mut Store, key: &str) -> Result<Staff> {
    store.read(|tx| find_in(tx, key))
}

pub(crate) fn find_in(tx: &Tx, key: &str) -> Result<Staff> {
    let compact: String = key.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(s) = tx.staff_by_number(&compact)?.or(tx.staff_by_number(&compact.to_uppercase())?) {
        return Ok(s);
    }
    let by_row = match compact.parse::<i64>() {
        Ok(id) if compact.len() < 10 => tx.staff(id)?,
        _ => None,
    };
    by_row.ok_or_else(|| Error::NotFound(format!("Pegawai dengan nomor \"{}\"", key.trim())))
}

/// Adds a person as of `today` (the NIP's TMT must not be after it).
pub fn add(store: &mut Store, input: &StaffInput, today: NaiveDate) -> Result<Staff> {
    store.write("menambah pegawai", |tx| add_in(tx, input, today))
}

pub(crate) fn add_in(tx: &Tx, input: &StaffInput, today: NaiveDate) -> Result<Staff> {
    let rec = validate(tx, input, None, today)?;
    let id = tx.insert_staff(&rec)?;
    get_in(tx, id)
}

pub fn edit(store: &mut Store, id: i64, input: &StaffInput, today: NaiveDate) -> Result<Staff> {
    store.write("mengubah data pegawai", |tx| edit_in(tx, id, input, today))
}

pub(crate) fn edit_in(tx: &Tx, id: i64, input: &StaffInput, today: NaiveDate) -> Result<Staff> {
    get_in(tx, id)?;
    let rec = validate(tx, input, Some(id), today)?;
    tx.update_staff(id, &rec)?;
    get_in(tx, id)
}

/// Deactivates (`false`, from `from` on: the day of pensiun or mutasi) or reactivates a
/// person; they stay in history either way.
pub fn set_active(store: &mut Store, id: i64, active: bool, from: NaiveDate) -> Result<Staff> {
    store.write("mengubah status pegawai", |tx| {
        get_in(tx, id)?;
        tx.set_staff_active(id, active, Some(from))?;
        get_in(tx, id)
    })
}

/// The form's values of an existing person, for editing one field from the CLI.
pub fn input_of(s: &Staff) -> StaffInput {
    StaffInput {
        kind: s.kind.as_str().into(),
        id_number: s.id_number.clone(),
        name: s.name.clone(),
        jabatan_class: s.jabatan_class.as_str().into(),
        jabatan: s.jabatan.clone(),
        golongan: s.golongan.clone(),
        unit_id: Some(s.team_id.unwrap_or(s.unit_id)),
        team_id: s.team_id,
        phone: s.phone.clone(),
        machine_id: s.machine_id.clone(),
        address: s.address.clone(),
        tmt_cpns: s.tmt_cpns.map(dates::short).unwrap_or_default(),
    }
}

/// Checks every field and collects every problem, so a form can mark them all at once.
/// The TMT CPNS as typed (`dd-mm-yyyy`, or a spreadsheet's date): none when empty; for ASN
/// only, never in the future.
fn tmt_cpns(e: &mut Vec<FieldError>, kind: Option<StaffKind>, typed: &str, today: NaiveDate) -> Option<NaiveDate> {
    if typed.trim().is_empty() {
        return None;
    }
    match (dates::parse_field("tmt_cpns", typed), kind) {
        (Err(err), _) => {
            e.push(FieldError::new("tmt_cpns", format!("TMT CPNS: {err}")));
            None
        }
        (Ok(_), Some(StaffKind::NonAsn)) => {
            e.push(FieldError::new("tmt_cpns", "TMT CPNS hanya untuk PNS dan PPPK; kosongkan untuk Non-ASN."));
            None
        }
        (Ok(d), _) if d > today => {
            e.push(FieldError::new("tmt_cpns", format!("TMT CPNS {} berada di masa depan.", dates::short(d))));
            None
        }
        (Ok(d), _) => Some(d),
    }
}

fn validate(tx: &Tx, input: &StaffInput, editing: Option<i64>, today: NaiveDate) -> Result<StaffRecord> {
    let mut e: Vec<FieldError> = Vec::new();
    let kind = StaffKind::parse(&input.kind);
    if kind.is_none() {
        e.push(FieldError::new(
            "kind",
            match input.kind.trim() {
                "" => "Jenis pegawai wajib dipilih: PNS, PPPK, atau Non-ASN.".to_string(),
                w => format!(
                    "Jenis pegawai \"{w}\" tidak dikenal: tulis PNS (juga CPNS), PPPK (juga P3K), atau Non-ASN (juga Honorer, THL)."
                ),
            },
        ));
    }
    let name = fields::text(&mut e, "name", "Nama lengkap", &input.name, true, 150);
    let id_number = match kind {
        Some(k) => match check_number(k, &input.id_number, today) {
            Ok(n) => n,
            Err(m) => {
                e.push(FieldError::new("id_number", m));
                String::new()
            }
        },
        None => String::new(),
    };
    if !id_number.is_empty() {
        if let Some(other) = tx.staff_by_number(&id_number)? {
            if Some(other.id) != editing {
                let label = if other.kind == StaffKind::NonAsn { "Nomor" } else { "NIP" };
                e.push(FieldError::new(
                    "id_number",
                    format!("{label} {} sudah dipakai oleh {} ({}).", other.id_display, other.name, other.unit_name),
                ));
            }
        }
    }
    let jabatan_class = JabatanClass::parse(&input.jabatan_class);
    match (jabatan_class, kind) {
        (None, _) => e.push(FieldError::new("jabatan_class", match input.jabatan_class.trim() {
            "" => "Kelas jabatan wajib dipilih: JPT Pratama, Administrator, Pengawas, Fungsional, atau Pelaksana.".to_string(),
            w => format!(
                "Kelas jabatan \"{w}\" tidak dikenal: tulis JPT Pratama, Administrator, Pengawas, Fungsional, atau Pelaksana (juga Fungsional Umum)."
            ),
        })),
        (Some(c), Some(StaffKind::NonAsn)) if c != JabatanClass::Pelaksana => {
            e.push(FieldError::new("jabatan_class", "Pegawai Non-ASN hanya dapat berkelas jabatan Pelaksana."))
        }
        _ => {}
    }
    let jabatan = fields::text(&mut e, "jabatan", "Nama jabatan", &input.jabatan, true, 200);
    let golongan = match kind {
        Some(k) => golongan::normalize(k, &input.golongan).unwrap_or_else(|m| {
            e.push(FieldError::new("golongan", m));
            String::new()
        }),
        None => String::new(),
    };
    let (unit_id, team_id) = crate::office::units::placement(tx, input.unit_id, input.team_id).unwrap_or_else(|f| {
        e.push(f);
        (0, None)
    });
    let phone = fields::phone(&mut e, "phone", &input.phone);
    let machine_id = match machine_id(&input.machine_id) {
        Ok(m) => m,
        Err(msg) => {
            e.push(FieldError::new("machine_id", msg));
            String::new()
        }
    };
    if !machine_id.is_empty() {
        if let Some(other) = tx.staff_by_machine_id(&machine_id)?.filter(|o| Some(o.id) != editing) {
            e.push(FieldError::new(
                "machine_id",
                format!("ID mesin {machine_id} sudah dipakai oleh {} ({}).", other.name, other.unit_name),
            ));
        }
    }
    let address = fields::text(&mut e, "address", "Alamat", &input.address, false, 300);
    let tmt_cpns = tmt_cpns(&mut e, kind, &input.tmt_cpns, today);
    match (kind, jabatan_class) {
        (Some(kind), Some(jabatan_class)) if e.is_empty() => Ok(StaffRecord {
            kind,
            id_number,
            name,
            jabatan_class,
            jabatan,
            golongan,
            unit_id,
            team_id,
            phone,
            machine_id,
            address,
            tmt_cpns,
        }),
        _ => Err(Error::Invalid(e)),
    }
}

/// A person's ID on the attendance machine as stored and matched: spaces dropped, letters in
/// upper case, and digits without leading zeros (machines print `007` and export `7`).
pub fn machine_id(input: &str) -> Result<String, String> {
    let v: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    if v.is_empty() {
        return Ok(v);
    }
    if v.len() > 20 || !v.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')) {
        return Err(format!("ID mesin \"{}\" tidak valid: gunakan angka atau huruf (paling banyak 20).", input.trim()));
    }
    if v.bytes().all(|b| b.is_ascii_digit()) {
        let t = v.trim_start_matches('0');
        return Ok(if t.is_empty() { "0".into() } else { t.into() });
    }
    Ok(v)
}

/// NIP for PNS, NI PPPK for PPPK, NIK (16 digits) or an internal number for Non-ASN.
fn check_number(kind: StaffKind, input: &str, today: NaiveDate) -> Result<String, String> {
    match kind {
        StaffKind::Pns => nip::parse(input, NipKind::Pns, today).map(|n| n.digits().to_string()),
        StaffKind::Pppk => nip::parse(input, NipKind::Pppk, today).map(|n| n.digits().to_string()),
        StaffKind::NonAsn => {
            let v: String = input.chars().filter(|c| !c.is_whitespace()).collect();
            if v.is_empty() {
                Err("NIK atau nomor internal wajib diisi untuk pegawai Non-ASN.".into())
            } else if v.bytes().all(|b| b.is_ascii_digit()) {
                if v.len() == 16 {
                    Ok(v)
                } else {
                    Err(format!("NIK harus 16 digit (tertulis {}).", v.len()))
                }
            } else if v.len() <= 30 && v.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.')) {
                Ok(v.to_uppercase())
            } else {
                Err(format!("Nomor internal \"{v}\" tidak valid: gunakan huruf, angka, dan tanda - / . (paling banyak 30)."))
            }
        }
    }
}

/// What the Beranda shows of the staff: totals by kind and by unit.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub active: usize,
    pub inactive: usize,
    pub by_kind: Vec<(String, usize)>,
    /// Every unit and team with its active staff (a unit counts its teams' staff too).
    pub by_unit: Vec<UnitCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnitCount {
    pub id: i64,
    pub name: String,
    pub parent_id: Option<i64>,
    pub active: usize,
}

pub fn summary(store: &mut Store) -> Result<Summary> {
    let all = list(store, &StaffFilter { include_inactive: true, ..Default::default() })?;
    let units = crate::office::units::list(store)?;
    let active: Vec<&Staff> = all.iter().filter(|s| s.active).collect();
    let by_kind = StaffKind::ALL.iter().map(|k| (k.label().to_string(), active.iter().filter(|s| s.kind == *k).count())).collect();
    let by_unit = units
        .iter()
        .map(|u| UnitCount {
            id: u.id,
            name: u.name.clone(),
            parent_id: u.parent_id,
            active: active.iter().filter(|s| s.unit_id == u.id || s.team_id == Some(u.id)).count(),
        })
        .collect();
    Ok(Summary { active: active.len(), inactive: all.len() - active.len(), by_kind, by_unit })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::UnitInput;

    fn setup() -> (Store, i64, i64) {
        let mut s = Store::open_in_memory().unwrap();
        let u = crate::office::units::add(
            &mut s,
            &UnitInput { name: "Bidang Pelayanan".into(), service_class: "layanan_publik".into(), parent_id: None, workdays: None },
        )
        .unwrap();
        let t = crate::office::units::add(
            &mut s,
            &UnitInput { name: "Seksi Informasi".into(), service_class: String::new(), parent_id: Some(u.id), workdays: None },
        )
        .unwrap();
        (s, u.id, t.id)
    }

    fn pns(unit: i64, nip: &str, name: &str) -> StaffInput {
        StaffInput {
            kind: "PNS".into(),
            id_number: nip.into(),
            name: name.into(),
            jabatan_class: "pelaksana".into(),
            jabatan: "Pengelola Layanan Informasi".into(),
            golongan: "III/a".into(),
            unit_id: Some(unit),
            phone: "0812-3456-7890".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_person_round_trips_through_the_store() {
        let (mut s, u, t) = setup();
        let mut input = pns(u, "19850312 201001 1 003", "Dr. Siti Aminah, S.E., M.Si.");
        input.team_id = Some(t);
        let p = add(&mut s, &input, crate::model::clock::test_day()).unwrap();
        assert_eq!(p.id_number, "198503122010011003");
        assert_eq!(p.id_display, "19850312 201001 1 003");
        assert_eq!(p.pangkat_display, "Penata Muda (III/a)");
        assert_eq!(p.team_name.as_deref(), Some("Seksi Informasi"));
        assert_eq!(p.phone, "0812-3456-7890");
        assert_eq!(get(&mut s, p.id).unwrap(), p);
        assert_eq!(find(&mut s, "19850312 201001 1 003").unwrap(), p);
    }

    #[test]
    fn a_duplicate_nip_is_refused_naming_who_has_it() {
        let (mut s, u, _) = setup();
        add(&mut s, &pns(u, "198503122010011003", "Budi Santoso"), crate::model::clock::test_day()).unwrap();
        let err = add(&mut s, &pns(u, "19850312 201001 1 003", "Orang Lain"), crate::model::clock::test_day()).unwrap_err();
        assert_eq!(err.to_string(), "NIP 19850312 201001 1 003 sudah dipakai oleh Budi Santoso (Bidang Pelayanan).");
        assert_eq!(list(&mut s, &StaffFilter::default()).unwrap().len(), 1);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let (mut s, _, _) = setup();
        let input = StaffInput { kind: "pns".into(), id_number: "198513322010011003".into(), ..Default::default() };
        let Err(Error::Invalid(f)) = add(&mut s, &input, crate::model::clock::test_day()) else { panic!("harus ditolak") };
        let got: Vec<_> = f.iter().map(|f| (f.field, f.message.as_str())).collect();
        assert_eq!(
            got,
            [
                ("name", "Nama lengkap wajib diisi."),
                ("id_number", "Tanggal lahir pada NIP tidak valid: 19851332."),
                ("jabatan_class", "Kelas jabatan wajib dipilih: JPT Pratama, Administrator, Pengawas, Fungsional, atau Pelaksana."),
                ("jabatan", "Nama jabatan wajib diisi."),
                ("unit_id", "Unit kerja wajib dipilih."),
            ]
        );
    }

    #[test]
    fn non_asn_are_identified_by_nik_or_an_internal_number() {
        let (mut s, u, _) = setup();
        let mut p = StaffInput {
            kind: "non_asn".into(),
            id_number: "6472014505900001".into(),
            name: "Rina Wati".into(),
            jabatan_class: "pelaksana".into(),
            jabatan: "Tenaga Administrasi".into(),
            unit_id: Some(u),
            ..Default::default()
        };
        add(&mut s, &p, crate::model::clock::test_day()).unwrap();
        p.id_number = "thl-007".into();
        assert_eq!(add(&mut s, &p, crate::model::clock::test_day()).unwrap().id_number, "THL-007");
        p.id_number = "647201450590001".into();
        assert_eq!(add(&mut s, &p, crate::model::clock::test_day()).unwrap_err().to_string(), "NIK harus 16 digit (tertulis 15).");
        p.id_number = "THL-008".into();
        p.jabatan_class = "pengawas".into();
        assert_eq!(
            add(&mut s, &p, crate::model::clock::test_day()).unwrap_err().to_string(),
            "Pegawai Non-ASN hanya dapat berkelas jabatan Pelaksana."
        );
    }

    #[test]
    fn a_team_given_as_unit_places_the_person_in_its_unit() {
        let (mut s, u, t) = setup();
        let p = add(&mut s, &pns(t, "198503122010011003", "Budi"), crate::model::clock::test_day()).unwrap();
        assert_eq!((p.unit_id, p.team_id), (u, Some(t)));
        let other = crate::office::units::add(
            &mut s,
            &UnitInput { name: "Sekretariat".into(), service_class: "administrasi".into(), parent_id: None, workdays: None },
        )
        .unwrap();
        let mut input = pns(other.id, "198503122010011004", "Ani");
        input.team_id = Some(t);
        assert_eq!(
            add(&mut s, &input, crate::model::clock::test_day()).unwrap_err().to_string(),
            "Seksi Informasi bukan tim/seksi dari Sekretariat."
        );
    }

    #[test]
    fn deactivated_staff_leave_the_list_but_stay_on_file() {
        let (mut s, u, _) = setup();
        let p = add(&mut s, &pns(u, "198503122010011003", "Budi"), crate::model::clock::test_day()).unwrap();
        set_active(&mut s, p.id, false, crate::model::clock::test_day()).unwrap();
        assert!(list(&mut s, &StaffFilter::default()).unwrap().is_empty());
        let all = list(&mut s, &StaffFilter { include_inactive: true, ..Default::default() }).unwrap();
        assert_eq!(all.len(), 1);
        assert!(!all[0].active);
    }

    #[test]
    fn the_list_is_searched_by_name_number_and_jabatan() {
        let (mut s, u, _) = setup();
        add(&mut s, &pns(u, "198503122010011003", "Budi Santoso"), crate::model::clock::test_day()).unwrap();
        add(&mut s, &pns(u, "199001012015032001", "Siti Rahma"), crate::model::clock::test_day()).unwrap();
        let search = |s: &mut Store, q: &str| {
            list(s, &StaffFilter { search: q.into(), ..Default::default() }).unwrap().into_iter().map(|p| p.name).collect::<Vec<_>>()
        };
        assert_eq!(search(&mut s, "budi"), ["Budi Santoso"]);
        assert_eq!(search(&mut s, "19900101 2015"), ["Siti Rahma"]);
        assert_eq!(search(&mut s, "layanan").len(), 2);
        assert!(search(&mut s, "100%").is_empty());
    }
}
