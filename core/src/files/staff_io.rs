//! The staff list in and out of spreadsheets. Export writes the template layout (a "Pegawai"
//! sheet with Indonesian headers, a "Unit Kerja" sheet, a "Petunjuk" sheet); import reads that
//! layout or another one (e.g. an export of the regional staff system) through a column mapping
//! the clerk confirms once. Import is rehearsed first: the preview is what the real import would
//! do, row by row, and the real import writes all of it or nothing.

use crate::files::sheet::{self, Table};
use crate::files::staff_unor::Unors;
pub use crate::files::staff_unor::{UnorLine, UNOR_PREFIX};
use crate::model::class::ClassBook;
use crate::model::error::{Error, FieldError, Result};
use crate::model::{JabatanClass, ServiceClass, Staff, StaffFilter, StaffInput, StaffKind, Unit, UnitInput};
use crate::store::{Store, Tx};
use chrono::NaiveDate;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The fields a staff row has, with the template's header for each.
pub const FIELDS: [(&str, &str); 13] = [
    ("kind", "Jenis (PNS/PPPK/Non-ASN)"),
    ("id_number", "NIP/NIK"),
    ("name", "Nama"),
    ("jabatan_class", "Kelas jabatan"),
    ("jabatan", "Jabatan"),
    ("golongan", "Golongan"),
    ("unit", "Unit kerja"),
    ("team", "Tim/Seksi"),
    ("phone", "Telepon"),
    ("status", "Status"),
    ("machine_id", "ID mesin presensi"),
    ("address", "Alamat"),
    ("tmt_cpns", "TMT CPNS"),
];

/// Columns the import reads but the template does not have: the NIK beside the NIP, for the
/// Non-ASN rows whose NIP cell is empty; and the academic titles SIASN keeps apart from the name.
const EXTRA_FIELDS: [(&str, &str); 4] =
    [("nik", "NIK (bila NIP kosong)"), ("title_front", "Gelar depan"), ("title_back", "Gelar belakang"), ("unor_id", "UNOR ID (SIASN)")];

/// Other headers seen in offices' files for the same field (lower case). A bare "Nomor" or
/// "No." is a row number, never an identity number.
const ALIASES: [(&str, &[&str]); 17] = [
    ("kind", &["jenis", "jenis pegawai", "jenis pegawai nama", "status kepegawaian", "jenis asn", "kedudukan"]),
    ("title_front", &["gelar depan"]),
    ("title_back", &["gelar belakang"]),
    ("id_number", &["nip", "nip baru", "nip/nik", "nip / nik", "nip/ni pppk", "no. induk", "nomor induk", "nomor induk pegawai"]),
    ("nik", &["nik", "no. ktp", "no ktp", "nomor ktp", "nik ktp", "nomor induk kependudukan"]),
    ("name", &["nama", "nama lengkap", "nama pegawai", "nama (dengan gelar)"]),
    ("jabatan_class", &["kelas jabatan", "jenis jabatan", "jenis jabatan nama"]),
    ("jabatan", &["jabatan", "nama jabatan", "jabatan nama"]),
    ("golongan", &["golongan", "gol", "gol.", "golongan/ruang", "gol/ruang", "pangkat/golongan", "gol akhir nama"]),
    ("unit", &["unit kerja", "unit", "bidang", "unit organisasi", "satuan kerja", "unor nama", "unit organisasi nama"]),
    ("team", &["tim/seksi", "seksi", "sub unit", "subbagian", "sub bidang", "tim"]),
    ("phone", &["telepon", "no hp", "no. hp", "hp", "nomor hp", "telp", "no. telepon"]),
    ("status", &["status", "aktif", "status aktif"]),
    ("machine_id", &["id mesin", "id mesin presensi", "ac-no.", "ac-no", "no. id mesin", "pin mesin", "id absensi"]),
    ("address", &["alamat", "alamat rumah", "alamat tinggal", "alamat domisili"]),
    ("tmt_cpns", &["tmt cpns", "tmt cpns/pppk", "tmt pengangkatan"]),
    ("unor_id", &["unor id", "unit organisasi id", "id unor"]),
];

const UNIT_SHEET: &str = "Unit Kerja";
const UNIT_HEADERS: [&str; 4] = ["Unit kerja", "Tim/Seksi", "Kelas layanan", "Hari kerja per minggu"];
const MAPPING_KEY: &str = "staff_import.mapping";

/// Which header holds each field (`field → header`); fields left out are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping(pub BTreeMap<String, String>);

// ---------------------------------------------------------------- export

/// Writes every person (inactive too) and every unit in the template layout. `.csv` writes the
/// Pegawai sheet only.
pub fn export(store: &mut Store, path: &Path) -> Result<usize> {
    let staff = crate::office::staff::list(store, &StaffFilter { include_inactive: true, ..Default::default() })?;
    let units = crate::office::units::list(store)?;
    let classes = crate::office::classes::book(store)?;
    let bytes = match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("xlsx") => workbook(&staff, &units, &classes).map_err(xerr)?,
        Some("csv") => csv(&staff)?,
        _ => return Err(Error::invalid("out", format!("Simpan daftar pegawai sebagai .xlsx atau .csv (tertulis {}).", path.display()))),
    };
    crate::files::file::write_whole(path, &bytes)?;
    Ok(staff.len())
}

/// The empty template with its instructions.
pub fn template(path: &Path) -> Result<()> {
    let bytes = workbook(&[], &[], &ClassBook::default()).map_err(xerr)?;
    crate::files::file::write_whole(path, &bytes)
}

fn xerr(e: XlsxError) -> Error {
    Error::Conflict(format!("Berkas Excel tidak dapat dibuat: {e}"))
}

/// The number as exported: NIPs grouped as printed, and a 16-digit NIK grouped too
/// (`647201 450890 0001`), so that a spreadsheet opening the file keeps it as text instead of
/// turning it into a number and rounding its last digit away. Import drops the spaces.
fn export_number(s: &Staff) -> String {
    let n = &s.id_display;
    if n.len() == 16 && n.bytes().all(|b| b.is_ascii_digit()) {
        format!("{} {} {}", &n[..6], &n[6..12], &n[12..])
    } else {
        n.clone()
    }
}

fn row_of(s: &Staff) -> [String; 13] {
    [
        s.kind.label().to_string(),
        export_number(s),
        s.name.clone(),
        s.jabatan_class.label().to_string(),
        s.jabatan.clone(),
        s.golongan.clone(),
        s.unit_name.clone(),
        s.team_name.clone().unwrap_or_default(),
        s.phone.clone(), // as stored, so that a round trip keeps it byte for byte
        if s.active { "Aktif" } else { "Nonaktif" }.to_string(),
        s.machine_id.clone(),
        s.address.clone(),
        s.tmt_cpns.map(crate::model::dates::short).unwrap_or_default(),
    ]
}

/// The staff list as Excel on the office PC opens it without asking: UTF-8 with a byte-order
/// mark (without it Excel on Windows reads the bytes as Windows-1252 and "Sékar" turns into
/// "SÃ©kar") and CRLF line ends. The importer reads it back either way.
fn csv(staff: &[Staff]) -> Result<Vec<u8>> {
    let fail = |e: csv::Error| Error::Conflict(format!("CSV tidak dapat ditulis: {e}"));
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer("\u{feff}".as_bytes().to_vec());
    w.write_record(FIELDS.map(|(_, h)| h)).map_err(fail)?;
    for s in staff {
        w.write_record(row_of(s)).map_err(fail)?;
    }
    w.into_inner().map_err(|e| Error::Conflict(format!("CSV tidak dapat ditulis: {e}")))
}

/// A4 landscape, the sheet's width on one page and its header row on every page: 57 staff
/// print on two pages, not twelve.
fn print_setup(ws: &mut Worksheet) -> std::result::Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_margins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

fn workbook(staff: &[Staff], units: &[Unit], classes: &ClassBook) -> std::result::Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let header = Format::new().set_bold().set_background_color("DCE6F2").set_border(FormatBorder::Thin).set_align(FormatAlign::Center);
    let text = Format::new().set_num_format("@"); // NIPs stay text, never 1.97E+17
    let heads = |ws: &mut Worksheet, names: &[&str], widths: &[f64]| -> std::result::Result<(), XlsxError> {
        for (c, (h, w)) in names.iter().zip(widths).enumerate() {
            ws.write_string_with_format(0, c as u16, *h, &header)?;
            ws.set_column_width(c as u16, *w)?;
        }
        ws.set_freeze_panes(1, 0)?;
        Ok(())
    };
    let ws = wb.add_worksheet();
    ws.set_name("Pegawai")?;
    print_setup(ws)?;
    heads(ws, &FIELDS.map(|(_, h)| h), &[22.0, 24.0, 38.0, 16.0, 40.0, 10.0, 36.0, 36.0, 16.0, 10.0, 12.0, 48.0, 12.0])?;
    ws.set_column_format(1, &text)?;
    ws.set_column_format(8, &text)?;
    ws.set_column_format(10, &text)?;
    ws.set_column_format(12, &text)?;
    for (i, s) in staff.iter().enumerate() {
        for (c, v) in row_of(s).iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(i as u32 + 1, c as u16, v)?;
            }
        }
    }
    let ws = wb.add_worksheet();
    ws.set_name(UNIT_SHEET)?;
    print_setup(ws)?;
    heads(ws, &UNIT_HEADERS, &[36.0, 36.0, 26.0, 12.0])?;
    let by_id: HashMap<i64, &Unit> = units.iter().map(|u| (u.id, u)).collect();
    for (i, u) in units.iter().enumerate() {
        let r = i as u32 + 1;
        match u.parent_id.and_then(|p| by_id.get(&p)) {
            Some(parent) => {
                ws.write_string(r, 0, &parent.name)?;
                ws.write_string(r, 1, &u.name)?;
                ws.write_number(r, 3, f64::from(u.workdays))?;
            }
            None => {
                ws.write_string(r, 0, &u.name)?;
                ws.write_string(r, 2, classes.label(&u.class_key()))?;
                ws.write_number(r, 3, f64::from(u.workdays))?;
            }
        }
    }
    let ws = wb.add_worksheet();
    ws.set_name("Petunjuk")?;
    print_setup(ws)?;
    ws.set_column_width(0, 28.0)?;
    ws.set_column_width(1, 100.0)?;
    let services = classes.names();
    let classes = JabatanClass::ALL.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ");
    let help: [(&str, String); 15] = [
        ("Lembar Pegawai", "Satu baris per pegawai. Judul kolom di baris pertama jangan diubah.".into()),
        ("Jenis", "PNS, PPPK, atau Non-ASN.".into()),
        ("NIP/NIK", "NIP 18 digit (boleh dengan spasi: 19850312 201001 2 003), NI PPPK 18 digit, atau NIK 16 digit.".into()),
        ("Nama", "Nama lengkap dengan gelar, mis. Dr. Siti Aminah, S.E., M.Si.".into()),
        ("Kelas jabatan", classes),
        ("Golongan", "PNS: II/a sampai IV/e; PPPK: I sampai XVII; Non-ASN: kosong.".into()),
        ("Unit kerja", "Nama unit kerja; unit yang belum ada dibuat saat impor.".into()),
        ("Tim/Seksi", "Boleh kosong; tim yang belum ada dibuat di bawah unitnya.".into()),
        ("Status", "Aktif atau Nonaktif (kosong: Aktif).".into()),
        ("ID mesin presensi", "Nomor pegawai pada mesin presensi (AC-No./PIN), bila mesin tidak memakai NIP. Boleh kosong.".into()),
        ("Alamat", "Alamat rumah seperti di data kepegawaian (SIASN): tempat bekerja bila WFA di rumah. Boleh kosong.".into()),
        ("TMT CPNS", "Tanggal TMT CPNS (PPPK: TMT pengangkatan), dd-mm-yyyy. Kosong: dibaca dari NIP.".into()),
        ("Lembar Unit Kerja", format!("Kelas layanan: {services}. Hari kerja per minggu: 5, 6, atau 7.")),
        ("Pegawai yang sudah ada", "Dikenali dari NIP/NIK-nya; perubahannya ditampilkan sebelum disimpan.".into()),
        ("Contoh baris", "PNS | 19850312 201001 2 003 | Dr. Siti Aminah, S.E., M.Si. | Administrator | Kepala Bidang Pelayanan | IV/a | Bidang Pelayanan | | 0812-3456-7890 | Aktif | 12 | Jl. Merdeka No. 5, Samarinda | 01-01-2010".into()),
    ];
    for (i, (k, v)) in help.iter().enumerate() {
        ws.write_string_with_format(i as u32, 0, *k, &Format::new().set_bold())?;
        ws.write_string(i as u32, 1, v)?;
    }
    wb.save_to_buffer()
}

// ---------------------------------------------------------------- import

/// One person whose data the import would change.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub row: usize,
    pub name: String,
    pub id_display: String,
    /// `Telepon: 0812-… → 0813-…`
    pub changes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub headers: Vec<String>,
    /// `None` until the name and number columns are known.
    pub mapping: Option<Mapping>,
    pub rows: usize,
    pub added: Vec<Change>,
    pub changed: Vec<Change>,
    pub unchanged: usize,
    /// Active ASN (PNS, PPPK) who are not in the file: in a newer SIASN export, those retired or
    /// moved away. Made inactive only when the clerk confirms (`deactivate_missing`); Non-ASN,
    /// who are not in SIASN, are never among them.
    pub missing: Vec<Change>,
    pub missing_deactivated: bool,
    pub new_units: Vec<String>,
    /// SIASN's UNORs in the file and the unit or team each goes to (the clerk may choose
    /// another: [`UNOR_PREFIX`]).
    pub unors: Vec<UnorLine>,
    /// Every field the import reads, `(key, label)`: the mapping's choices.
    pub fields: Vec<(&'static str, &'static str)>,
    /// `Baris 14: NIP harus 18 digit (tertulis 17)` for every row that cannot be imported.
    pub problems: Vec<String>,
    /// Which file column feeds each field: `NIP/NIK ← kolom "NIP BARU"`, and the fields the
    /// file does not have (they keep what is stored).
    pub columns: Vec<String>,
    /// What was read and what left out: the sheet, hidden sheets and rows, a numbering row.
    pub notes: Vec<String>,
    /// The visible sheets of a workbook, the one read first: the clerk may choose another.
    pub sheets: Vec<String>,
    pub message: String,
}

pub fn mapping(store: &mut Store) -> Result<Option<Mapping>> {
    Ok(store.read(|tx| tx.setting(MAPPING_KEY))?.and_then(|v| serde_json::from_str(&v).ok()))
}

/// Every field the import reads: the template's, and the NIK beside a NIP.
fn import_fields() -> impl Iterator<Item = (&'static str, &'static str)> {
    FIELDS.into_iter().chain(EXTRA_FIELDS)
}

/// SIASN writes the kind of post (`Jabatan Struktural`, `Jabatan Fungsional Tertentu`,
/// `Jabatan Fungsional Umum`, `Jabatan Pelaksana`), not the class the circulars count: a
/// structural post's class is read from its name (the eselon of "Kepala Dinas" is II, of
/// "Kepala Bidang" III, of "Kepala Seksi" IV) and every such reading is listed in the preview.
fn class_of_post(kind: &str, jabatan: &str) -> Option<(String, Option<String>)> {
    let k = kind.trim().to_lowercase();
    let k = k.strip_prefix("jabatan ").unwrap_or(&k);
    match k {
        "fungsional tertentu" | "jft" => Some(("fungsional".into(), None)),
        "fungsional umum" | "jfu" | "pelaksana" => Some(("pelaksana".into(), None)),
        "struktural" => {
            let j = jabatan.to_lowercase();
            let has = |words: &[&str]| words.iter().any(|w| j.starts_with(w));
            let class = if has(&["kepala dinas", "kepala badan", "sekretaris daerah", "asisten", "kepala satuan", "inspektur", "direktur"])
            {
                "jpt_pratama"
            } else if has(&["sekretaris", "kepala bidang", "kepala bagian", "camat", "inspektur pembantu"]) {
                "administrator"
            } else if has(&["kepala seksi", "kepala sub", "kepala subbagian", "kepala upt", "kepala unit", "lurah", "sekretaris camat"]) {
                "pengawas"
            } else {
                return None;
            };
            Some((class.into(), Some(format!("{jabatan} → {}", JabatanClass::parse(class).map_or(class, |c| c.label())))))
        }
        _ => None,
    }
}

/// The mapping to use: given, else remembered (when its columns exist), else by header names.
/// A number column is the NIP/NIK column, or failing that the NIK column.
fn resolve(table: &Table, given: Option<&Mapping>, remembered: Option<Mapping>) -> Option<Mapping> {
    let has = |m: &Mapping, f: &str| m.0.get(f).is_some_and(|h| table.column(h).is_some());
    let complete = |m: &Mapping| has(m, "name") && (has(m, "id_number") || has(m, "nik"));
    if let Some(m) = given.filter(|m| complete(m)) {
        return Some(m.clone());
    }
    // The mapping of an earlier import of this layout, with the columns it did not know (a
    // field added since, such as the address) found by their names; else all by name.
    let mut m = remembered.filter(complete).unwrap_or_default();
    for (field, _) in import_fields() {
        if m.0.contains_key(field) {
            continue;
        }
        if let Some(h) = table.headers.iter().find(|h| names_field(h, field) && !m.0.values().any(|v| v == *h)) {
            m.0.insert(field.to_string(), h.clone());
        }
    }
    complete(&m).then_some(m)
}

/// `NIP/NIK ← kolom "NIP BARU"` for each field the mapping feeds, then the fields left as
/// stored.
fn columns_of(m: &Mapping) -> Vec<String> {
    let label = |f: &str| import_fields().find(|(k, _)| *k == f).map_or(f.to_string(), |(_, h)| h.to_string());
    let mut out: Vec<String> = import_fields().filter_map(|(f, _)| m.0.get(f).map(|h| format!("{} ← kolom \"{h}\"", label(f)))).collect();
    let missing: Vec<String> = FIELDS.iter().filter(|(f, _)| !m.0.contains_key(*f) && *f != "id_number").map(|(f, _)| label(f)).collect();
    if !missing.is_empty() {
        out.push(format!("Tidak ada di berkas (data yang tersimpan tetap): {}", missing.join(", ")));
    }
    out
}

/// The sheets a staff list may be on: the one read, then the other visible ones but the
/// template's own unit and instruction sheets.
fn sheets_of(table: &Table) -> Vec<String> {
    table.sheet.iter().chain(table.other_sheets.iter().filter(|s| !matches!(s.as_str(), UNIT_SHEET | "Petunjuk"))).cloned().collect()
}

/// The table's notes, and which sheet was read when the clerk might have meant another.
fn notes_of(table: &Table) -> Vec<String> {
    let mut notes = table.notes();
    let sheets = sheets_of(table);
    if sheets.len() > 1 {
        notes.insert(
            0,
            format!(
                "Berkas berisi beberapa lembar: {}. Dibaca lembar \"{}\"; pilih lembar lain bila bukan itu.",
                sheets.join(", "),
                sheets[0]
            ),
        );
    }
    notes
}

/// `Dr.` + `SITI AMINAH` + `S.E., M.Si.` → `Dr. SITI AMINAH, S.E., M.Si.`; a name alone as it is.
fn with_titles(front: &str, name: &str, back: &str) -> String {
    let mut out = String::new();
    if !front.is_empty() && !name.is_empty() {
        out.push_str(front);
        out.push(' ');
    }
    out.push_str(name);
    if !back.is_empty() && !name.is_empty() {
        out.push_str(", ");
        out.push_str(back);
    }
    out
}

/// An identity number as offices write it: `19700525.199201.1.501`, `1970-05-25 199201 1 501`
/// are the 18 digits of a NIP (16 of a NIK); anything else is kept as written (a Non-ASN's
/// internal number).
pub(crate) fn normalize_number(raw: &str) -> String {
    let digits: String = raw.chars().filter(|c| !matches!(c, '.' | '-' | '/' | ' ' | '_')).collect();
    if digits.chars().all(|c| c.is_ascii_digit()) && matches!(digits.len(), 16 | 18) {
        digits
    } else {
        raw.to_string()
    }
}

/// Reads `path` and rehearses the import: nothing is written.
pub fn preview(store: &mut Store, path: &Path, given: Option<&Mapping>, today: NaiveDate) -> Result<Preview> {
    let (table, units) = read(path, given)?;
    let Some(m) = resolve(&table, given, mapping(store)?) else {
        let problems =
            vec![format!("Kolom NIP/NIK dan Nama belum dipetakan. Pilih kolomnya; kolom yang ada: {}.", table.headers.join(", "))];
        let rows = table.rows.len();
        let message = format!("{rows} baris; kolom belum dipetakan.");
        return Ok(Preview {
            notes: notes_of(&table),
            sheets: sheets_of(&table),
            headers: table.headers,
            mapping: None,
            rows,
            added: vec![],
            changed: vec![],
            unchanged: 0,
            missing: vec![],
            missing_deactivated: false,
            new_units: vec![],
            unors: vec![],
            fields: import_fields().collect(),
            problems,
            columns: vec![],
            message,
        });
    };
    store.rehearse(|tx| apply(tx, &table, units.as_ref(), &m, given, today))
}

/// Imports `path` whole, in one transaction, or refuses it naming every bad row.
pub fn import(store: &mut Store, path: &Path, given: Option<&Mapping>, today: NaiveDate) -> Result<Preview> {
    let (table, units) = read(path, given)?;
    let m = resolve(&table, given, mapping(store)?).ok_or_else(|| {
        Error::invalid("mapping", format!("Kolom NIP/NIK dan Nama belum dipetakan; kolom yang ada: {}.", table.headers.join(", ")))
    })?;
    // Remembered: which column feeds each field; not the sheet, the confirmations or the
    // UNOR choices of this file.
    let fields =
        Mapping(m.0.iter().filter(|(k, _)| import_fields().any(|(f, _)| f == k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect());
    let json = serde_json::to_string(&fields).map_err(|e| Error::Conflict(e.to_string()))?;
    store.write("mengimpor daftar pegawai", |tx| {
        let p = apply(tx, &table, units.as_ref(), &m, given, today)?;
        if !p.problems.is_empty() {
            let mut fields = vec![FieldError::new(
                "file",
                format!("{} baris bermasalah; tidak ada yang diimpor. Perbaiki berkasnya lalu impor lagi.", p.problems.len()),
            )];
            fields.extend(p.problems.iter().map(|m| FieldError::new("row", m.clone())));
            return Err(Error::Invalid(fields));
        }
        tx.set_setting(MAPPING_KEY, &json)?;
        Ok(p)
    })
}

/// Whether `header` names `field`: the template's header or one of its aliases, any case.
fn names_field(header: &str, field: &str) -> bool {
    let template = import_fields().find(|(f, _)| *f == field).map_or("", |(_, h)| h);
    let aliases = ALIASES.iter().find(|(f, _)| *f == field).map(|(_, a)| *a).unwrap_or(&[]);
    header.trim().eq_ignore_ascii_case(template) || aliases.contains(&header.trim().to_lowercase().as_str())
}

/// A staff column name (the header row is where two of them stand, below any title block).
fn is_known(header: &str) -> bool {
    import_fields().any(|(f, _)| names_field(header, f))
}

/// The key of the mapping that names the sheet the clerk chose (not a field).
const SHEET_KEY: &str = "sheet";
/// The key of the mapping by which the clerk confirms that the active ASN the file does not
/// list are to be made inactive (`"1"`).
pub const DEACTIVATE_KEY: &str = "deactivate_missing";

/// The staff sheet: the one the clerk chose, else "Pegawai" (the template's), else the first
/// visible one; and the template's unit sheet when there is one.
fn read(path: &Path, given: Option<&Mapping>) -> Result<(Table, Option<Table>)> {
    let header = sheet::HeaderRow::Find(&is_known);
    let chosen = given.and_then(|m| m.0.get(SHEET_KEY)).filter(|s| !s.trim().is_empty());
    let staff = match chosen {
        Some(s) => sheet::read_sheet(path, s, header)?
            .ok_or_else(|| Error::invalid("mapping", format!("Lembar \"{s}\" tidak ada (atau tersembunyi) di berkas ini.")))?,
        None => match sheet::read_sheet(path, "Pegawai", header)? {
            Some(t) => t,
            None => sheet::read_first(path, header)?,
        },
    };
    let units =
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) { None } else { sheet::read_sheet(path, UNIT_SHEET, header)? };
    Ok((staff, units))
}

/// A unit (or team under `parent`) by name, made when missing; `made` collects new names.
fn unit_named(tx: &Tx, name: &str, parent: Option<&Unit>, made: &mut Vec<String>) -> Result<Unit> {
    if let Some(u) = tx.unit_by_name(name, parent.map(|p| p.id))? {
        return Ok(u);
    }
    // A new unit is "Administrasi pemerintahan" until the Unit Kerja sheet (or the clerk) says
    // otherwise; a team takes its unit's class.
    let service_class = if parent.is_none() { ServiceClass::Administrasi.as_str().into() } else { String::new() };
    let u =
        crate::office::units::add_in(tx, &UnitInput { name: name.into(), service_class, parent_id: parent.map(|p| p.id), workdays: None })?;
    made.push(match parent {
        Some(p) => format!("{} / {}", p.name, u.name),
        None => u.name.clone(),
    });
    Ok(u)
}

/// The import itself, inside `tx`; problems are collected, not raised, so a preview lists them
/// all. The caller commits (import without problems) or rolls back (preview, or problems).
/// Whether the clerk confirmed that the active ASN the file does not list are made inactive.
fn deactivating(given: Option<&Mapping>) -> bool {
    given.and_then(|m| m.0.get(DEACTIVATE_KEY)).is_some_and(|v| v == "1")
}

fn apply(tx: &Tx, table: &Table, units: Option<&Table>, m: &Mapping, given: Option<&Mapping>, today: chrono::NaiveDate) -> Result<Preview> {
    let deactivate = deactivating(given);
    let mut unors = Unors::read(tx, given)?;
    let mut made: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    if let Some(ut) = units {
        let col = |i: usize| ut.column(UNIT_HEADERS[i]);
        for (n, row) in &ut.rows {
            let (unit, team) = (Table::cell(row, col(0)), Table::cell(row, col(1)));
            if unit.is_empty() {
                continue;
            }
            let result = (|| -> Result<()> {
                let u = unit_named(tx, &unit, None, &mut made)?;
                let workdays = Table::cell(row, col(3)).parse::<u8>().ok();
                if !team.is_empty() {
                    let t = unit_named(tx, &team, Some(&u), &mut made)?;
                    if workdays.is_some_and(|w| w != t.workdays) {
                        crate::office::units::update_in(
                            tx,
                            t.id,
                            &UnitInput { name: t.name.clone(), service_class: String::new(), parent_id: Some(u.id), workdays },
                        )?;
                    }
                    return Ok(());
                }
                let class = Table::cell(row, col(2));
                if !class.is_empty() || workdays.is_some() {
                    let service_class = if class.is_empty() { u.class_key().as_str().to_string() } else { class };
                    crate::office::units::update_in(
                        tx,
                        u.id,
                        &UnitInput { name: u.name.clone(), service_class, parent_id: None, workdays },
                    )?;
                }
                Ok(())
            })();
            if let Err(e) = result {
                problems.push(format!("Lembar {UNIT_SHEET} baris {n}: {e}"));
            }
        }
    }
    let col = |f: &str| m.0.get(f).and_then(|h| table.column(h));
    let cols: HashMap<&str, Option<usize>> = import_fields().map(|(f, _)| (f, col(f))).collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    // Structural posts whose class was read from the post's name (SIASN), to be checked.
    let mut readings: Vec<String> = Vec::new();
    let (mut added, mut changed, mut unchanged) = (Vec::new(), Vec::new(), 0);
    for (n, row) in &table.rows {
        let get = |f: &str| Table::cell(row, cols[f]);
        let id_cell = |f: &str| cols[f].and_then(|c| row.get(c)).map(|c| c.id_text()).unwrap_or(Ok(String::new()));
        // The NIP when the row has one; a Non-ASN row's NIP cell is empty (or "-") and its NIK
        // stands beside it.
        let number = match id_cell("id_number").map(|v| if v == "-" { String::new() } else { v }) {
            Ok(v) if v.is_empty() => match id_cell("nik") {
                Ok(v) => normalize_number(&v),
                Err(why) => {
                    problems.push(format!("Baris {n}: NIK: {why}"));
                    continue;
                }
            },
            Ok(v) => normalize_number(&v),
            Err(why) => {
                problems.push(format!("Baris {n}: NIP/NIK: {why}"));
                continue;
            }
        };
        if number.is_empty() && get("name").is_empty() {
            continue; // an empty line between blocks
        }
        let machine_id = match id_cell("machine_id") {
            Ok(m) => m,
            Err(why) => {
                problems.push(format!("Baris {n}: ID mesin presensi: {why}"));
                continue;
            }
        };
        if let Some(first) = seen.insert(number.clone(), *n) {
            problems.push(format!("Baris {n}: NIP/NIK {number} sama dengan baris {first}."));
            continue;
        }
        let result = (|| -> Result<Option<(bool, Change)>> {
            let existing = tx.staff_by_number(&number)?.or(tx.staff_by_number(&number.to_uppercase())?);
            // A column the file does not have changes nothing of a person already stored.
            let kept = |f: &str| cols[f].is_none() && existing.is_some();
            let old = existing.as_ref();
            // The unit: the file's (or where its UNOR goes), or the one stored (a team's
            // parent) when the file has none.
            let mut unor_team = None;
            let unit = match old.filter(|_| kept("unit")) {
                Some(o) => {
                    let u = tx.unit(o.unit_id)?.ok_or_else(|| Error::NotFound("Unit kerja".into()))?;
                    match u.parent_id {
                        Some(p) => tx.unit(p)?.ok_or_else(|| Error::NotFound("Unit kerja".into()))?,
                        None => u,
                    }
                }
                None => match (get("unor_id"), get("unit")) {
                    (_, n) if n.is_empty() => return Err(Error::invalid("unit", "Unit kerja wajib diisi.")),
                    (id, n) if !id.is_empty() => {
                        let (unit, team) = unors.place(tx, &id, &n, || unit_named(tx, &n, None, &mut made))?;
                        unor_team = team;
                        unit
                    }
                    (_, n) => unit_named(tx, &n, None, &mut made)?,
                },
            };
            // The team: the file's, or the one stored while it still belongs to that unit.
            let team = match old.filter(|_| kept("team") && unor_team.is_none()) {
                Some(o) => match o.team_id {
                    Some(t) => tx.unit(t)?.filter(|t| t.parent_id == Some(unit.id)),
                    None => None,
                },
                None => match get("team") {
                    _ if unor_team.is_some() => unor_team,
                    t if t.is_empty() => None,
                    t => Some(unit_named(tx, &t, Some(&unit), &mut made)?),
                },
            };
            let (unit_id, team_id) = (team.as_ref().unwrap_or(&unit).id, team.as_ref().map(|t| t.id));
            let text = |f: &str, stored: fn(&Staff) -> String| match old.filter(|_| kept(f)) {
                Some(o) => stored(o),
                None => get(f),
            };
            let kind = match (old.filter(|_| kept("kind")), get("kind")) {
                (Some(o), _) => o.kind.as_str().to_string(),
                (None, k) if k.is_empty() => infer_kind(&number).to_string(),
                (None, k) => k,
            };
            let input = StaffInput {
                kind,
                id_number: number.clone(),
                name: with_titles(&get("title_front"), &get("name"), &get("title_back")),
                jabatan_class: match class_of_post(&get("jabatan_class"), &get("jabatan")) {
                    Some((class, read)) => {
                        if let Some(read) = read {
                            readings.push(format!("Baris {n}: {read}"));
                        }
                        class
                    }
                    None if get("jabatan_class").to_lowercase().contains("struktural") => {
                        return Err(Error::invalid(
                            "jabatan_class",
                            format!(
                                "jabatan struktural \"{}\": kelasnya (JPT Pratama, Administrator, Pengawas) tidak terbaca dari namanya; tulis kelasnya di kolom jenis jabatan.",
                                get("jabatan")
                            ),
                        ))
                    }
                    None => text("jabatan_class", |o| o.jabatan_class.as_str().to_string()),
                },
                jabatan: text("jabatan", |o| o.jabatan.clone()),
                golongan: text("golongan", |o| o.golongan.clone()),
                unit_id: Some(unit_id),
                team_id,
                phone: text("phone", |o| o.phone.clone()),
                machine_id: match old.filter(|_| kept("machine_id")) {
                    Some(o) => o.machine_id.clone(),
                    None => machine_id.clone(),
                },
                address: text("address", |o| o.address.clone()),
                tmt_cpns: text("tmt_cpns", |o| o.tmt_cpns.map(crate::model::dates::short).unwrap_or_default()),
            };
            let active = match old.filter(|_| kept("status")) {
                Some(o) => o.active,
                None => !matches!(get("status").to_lowercase().as_str(), "nonaktif" | "tidak aktif" | "tidak"),
            };
            match existing {
                None => {
                    let s = crate::office::staff::add_in(tx, &input, today)?;
                    if !active {
                        tx.set_staff_active(s.id, false, Some(today))?;
                    }
                    Ok(Some((true, Change { row: *n, name: s.name, id_display: s.id_display, changes: vec![] })))
                }
                Some(old) => {
                    let new = crate::office::staff::edit_in(tx, old.id, &input, today)?;
                    if old.active != active {
                        tx.set_staff_active(old.id, active, Some(today))?;
                    }
                    let mut changes = differences(&old, &new);
                    if old.active != active {
                        changes.push(format!("Status: {} → {}", status(old.active), status(active)));
                    }
                    if changes.is_empty() {
                        Ok(None)
                    } else {
                        Ok(Some((false, Change { row: *n, name: new.name, id_display: new.id_display, changes })))
                    }
                }
            }
        })();
        match result {
            Ok(Some((true, c))) => added.push(c),
            Ok(Some((false, c))) => changed.push(c),
            Ok(None) => unchanged += 1,
            Err(e) => problems.push(format!("Baris {n}: {e}")),
        }
    }
    made.dedup();
    // The ASN the file no longer lists (retired, moved): named, and made inactive from today
    // only at the clerk's word. A file without a single ASN row (the office's Non-ASN list)
    // says nothing of the ASN.
    let asn = |k: StaffKind| k != StaffKind::NonAsn;
    let file_has_asn = seen.keys().any(|n| infer_kind(n) != StaffKind::NonAsn.as_str());
    let mut missing = Vec::new();
    if file_has_asn {
        for s in tx.staff_list(&StaffFilter::default())?.into_iter().filter(|s| asn(s.kind) && !seen.contains_key(&s.id_number)) {
            if deactivate {
                tx.set_staff_active(s.id, false, Some(today))?;
            }
            missing.push(Change {
                row: 0,
                name: s.name,
                id_display: s.id_display,
                changes: vec![format!("tidak ada di berkas ({})", s.unit_name)],
            });
        }
    }
    let message = format!(
        "{} baris: {} pegawai baru, {} berubah, {} tetap; {} unit/tim baru.{}{}",
        table.rows.len(),
        added.len(),
        changed.len(),
        unchanged,
        made.len(),
        match (missing.len(), deactivate) {
            (0, _) => String::new(),
            (n, true) => format!(" {n} pegawai ASN yang tidak ada di berkas dinonaktifkan."),
            (n, false) =>
                format!(" {n} pegawai ASN aktif tidak ada di berkas (pensiun/mutasi?): tetap aktif kecuali dipilih untuk dinonaktifkan."),
        },
        if problems.is_empty() { String::new() } else { format!(" {} baris bermasalah.", problems.len()) }
    );
    Ok(Preview {
        headers: table.headers.clone(),
        mapping: Some(m.clone()),
        rows: table.rows.len(),
        added,
        changed,
        unchanged,
        missing_deactivated: deactivate && !missing.is_empty(),
        missing,
        new_units: made,
        unors: unors.lines(),
        fields: import_fields().collect(),
        problems,
        columns: columns_of(m),
        notes: notes_of(table)
            .into_iter()
            .chain(
                (!readings.is_empty())
                    .then(|| format!("Kelas jabatan struktural dibaca dari nama jabatannya; periksa: {}.", readings.join("; "))),
            )
            .collect(),
        sheets: sheets_of(table),
        message,
    })
}

fn status(active: bool) -> &'static str {
    if active {
        "Aktif"
    } else {
        "Nonaktif"
    }
}

/// NIP-shaped with `21` at the appointment-type position: PPPK; 18 digits: PNS; else Non-ASN.
fn infer_kind(number: &str) -> &'static str {
    match number.len() {
        18 if number.chars().all(|c| c.is_ascii_digit()) && &number[12..14] == "21" => StaffKind::Pppk.as_str(),
        18 => StaffKind::Pns.as_str(),
        _ => StaffKind::NonAsn.as_str(),
    }
}

fn differences(old: &Staff, new: &Staff) -> Vec<String> {
    let tmt = |s: &Staff| s.tmt_cpns.map(crate::model::dates::short).unwrap_or_default();
    let pairs = [
        ("Nama", old.name.clone(), new.name.clone()),
        ("Jenis", old.kind.label().into(), new.kind.label().into()),
        ("Kelas jabatan", old.jabatan_class.label().into(), new.jabatan_class.label().into()),
        ("Jabatan", old.jabatan.clone(), new.jabatan.clone()),
        ("Golongan", old.golongan.clone(), new.golongan.clone()),
        ("Unit kerja", old.unit_name.clone(), new.unit_name.clone()),
        ("Tim/Seksi", old.team_name.clone().unwrap_or_default(), new.team_name.clone().unwrap_or_default()),
        ("Telepon", old.phone_display.clone(), new.phone_display.clone()),
        ("ID mesin presensi", old.machine_id.clone(), new.machine_id.clone()),
        ("Alamat", old.address.clone(), new.address.clone()),
        ("TMT CPNS", tmt(old), tmt(new)),
    ];
    pairs
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(label, a, b)| {
            format!("{label}: {} → {}", if a.is_empty() { "(kosong)" } else { &a }, if b.is_empty() { "(kosong)" } else { &b })
        })
        .collect()
}
