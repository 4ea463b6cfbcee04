//! The printed request for flexible work (PermenPANRB 4/2025): an A4 page with the kop surat,
//! what the person asks and why, the superior's decision, and the signature blocks of the
//! person and the superior. The window's preview and the PDF draw the same layout.

use crate::files::pdf::{self, Font, Page, WIDTH};
use crate::files::print::{centered_lines, kop, number_pages, MARGIN};
use crate::model::error::{Error, Result};
use crate::model::fwa::Status;
use crate::model::{dates, Letterhead};
use crate::store::Store;
use chrono::NaiveDate;
use serde::Serialize;

/// One signature block: role, name, NIP.
#[derive(Debug, Clone, Serialize)]
pub struct Signer {
    pub role: String,
    pub name: String,
    pub nip: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequestForm {
    pub letterhead: Letterhead,
    pub title: &'static str,
    /// `Nomor pengajuan 3, berdasarkan SE Kepala OPD Nomor …`
    pub basis: String,
    /// What is asked, `(label, value)`.
    pub rows: Vec<(String, String)>,
    /// The decision, `(label, value)`; a request not yet decided has boxes to tick.
    pub decision: Vec<(String, String)>,
    pub signed_at: String,
    pub employee: Signer,
    pub superior: Signer,
}

/// The form of request `id`.
pub fn layout(store: &mut Store, id: i64, today: NaiveDate) -> Result<RequestForm> {
    let r = crate::office::fwa::get(store, id)?;
    let person = crate::office::staff::get(store, r.staff_id)?;
    let office = crate::office::profile::get(store)?;
    let decision = crate::office::circulars::flexible_on(store, r.from)?;
    let basis = match &decision {
        Some(c) => format!("Nomor pengajuan {}, berdasarkan {} dan Peraturan Menteri PANRB Nomor 4 Tahun 2025", r.id, c.citation()),
        None => format!("Nomor pengajuan {}, berdasarkan Peraturan Menteri PANRB Nomor 4 Tahun 2025", r.id),
    };
    let mut rows = vec![
        ("Nama".to_string(), person.name.clone()),
        ("NIP".into(), person.id_display.clone()),
        ("Jabatan".into(), person.jabatan.clone()),
        (
            "Unit kerja".into(),
            [Some(person.unit_name.clone()), person.team_name.clone()].into_iter().flatten().collect::<Vec<_>>().join(" / "),
        ),
        ("Jenis fleksibilitas".into(), r.kind.label().to_string()),
        ("Hari".into(), r.when.clone()),
    ];
    if let Some(l) = r.location {
        rows.push(("Lokasi kerja".into(), l.label().to_string()));
    }
    // Art. 11: "at home" is the home recorded in the staff data.
    if r.location == Some(crate::model::fwa::Location::Home) {
        rows.push(("Alamat (data kepegawaian)".into(), r.home.clone()));
    }
    rows.push(("Alasan".into(), r.reason.label().to_string()));
    rows.push(("Bukti pendukung".into(), if r.evidence.is_empty() { "-".into() } else { r.evidence.clone() }));
    rows.push(("Rencana kerja dan target".into(), r.work_plan.clone()));
    let decision = match r.status {
        Status::Submitted => vec![("Keputusan atasan".to_string(), "□ Disetujui   □ Ditolak".to_string()), ("Catatan".into(), "…".into())],
        s => vec![
            ("Keputusan atasan".to_string(), s.label().to_string()),
            ("Tanggal keputusan".into(), r.decided_on.map(dates::short).unwrap_or_else(|| "-".into())),
            ("Catatan".into(), if r.decision_note.is_empty() { "-".into() } else { r.decision_note.clone() }),
        ],
    };
    let city = if office.city.is_empty() { "…".to_string() } else { office.city.clone() };
    Ok(RequestForm {
        letterhead: office.letterhead(),
        title: "FORMULIR PENGAJUAN PELAKSANAAN TUGAS KEDINASAN SECARA FLEKSIBEL",
        basis,
        rows,
        decision,
        signed_at: format!("{city}, {}", dates::long(today)),
        employee: Signer { role: "Pegawai yang mengajukan,".into(), name: person.name.clone(), nip: format!("NIP. {}", person.id_display) },
        superior: Signer {
            role: "Atasan langsung,".into(),
            name: if r.decided_by.is_empty() { "(nama atasan)".into() } else { r.decided_by.clone() },
            nip: "NIP.".into(),
        },
    })
}

/// The form as a PDF page.
pub fn pdf(f: &RequestForm) -> Result<Vec<u8>> {
    let mut p = Page::default();
    let y = kop(&mut p, &f.letterhead) + 22.0;
    let y = centered_lines(&mut p, y, 12.0, Font::Bold, f.title);
    let mut y = centered_lines(&mut p, y, 9.5, Font::Regular, &f.basis) + 8.0;
    let (label_x, value_x) = (MARGIN + 40.0, MARGIN + 230.0);
    let value_w = WIDTH - MARGIN - 40.0 - value_x;
    for (label, value) in f.rows.iter().chain(&f.decision) {
        p.text(label_x, y, 10.0, Font::Regular, label);
        p.text(value_x - 12.0, y, 10.0, Font::Regular, ":");
        // A work plan lists one target per line: each wraps on its own.
        let lines: Vec<String> = value.lines().flat_map(|l| pdf::wrap(l, value_w, 10.0, Font::Regular)).collect();
        p.lines(value_x, y, 13.0, 10.0, Font::Regular, &lines);
        y += 13.0 * lines.len().max(1) as f32 + 3.0;
    }
    y += 14.0;
    p.right(WIDTH - MARGIN - 40.0, y, 10.0, Font::Regular, &f.signed_at);
    y += 16.0;
    for (x, s) in [(label_x, &f.employee), (WIDTH - MARGIN - 260.0, &f.superior)] {
        p.text(x, y, 10.0, Font::Regular, &s.role);
        p.text(x, y + 60.0, 10.0, Font::Bold, &s.name);
        p.line(x, y + 62.0, x + pdf::width(&s.name, 10.0, Font::Bold), y + 62.0, 0.6);
        p.text(x, y + 74.0, 10.0, Font::Regular, &s.nip);
    }
    let mut pages = vec![p];
    number_pages(&mut pages);
    pdf::document(&pages, f.title)
}

/// Writes the form of request `id` to `path` (chosen in the save dialog or on the command line).
pub fn save_pdf(store: &mut Store, id: i64, path: &std::path::Path, today: NaiveDate) -> Result<usize> {
    if !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
        return Err(Error::invalid("out", format!("Simpan formulir sebagai berkas .pdf (tertulis {}).", path.display())));
    }
    let bytes = pdf(&layout(store, id, today)?)?;
    crate::files::file::write_whole(path, &bytes)?;
    Ok(bytes.len())
}
