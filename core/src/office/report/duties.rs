//! The circulars' obligations besides the split (report to the Sekda, check WFH staff can be
//! reached, publish officials' phones, online channels, health protocol, the health rule), each
//! with where the office stands: what Giliran records is counted, what it cannot see is left
//! for the Kepala OPD to tick on the printed page (issue 17, point 8).

use crate::model::circular::{Circular, Classes};
use crate::model::{dates, Staff};
use serde::{Deserialize, Serialize};

/// One obligation of one circular in force during the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DutyRow {
    /// `SE Gubernur Kalimantan Timur Nomor 065/3674/B.Org`
    pub circular: String,
    /// `Cek keberadaan pegawai WFH`
    pub duty: String,
    /// Where the office stands, in words.
    pub status: String,
    /// `Ya`, `Belum`, or `□ Ya □ Belum` for the Kepala OPD to tick.
    pub met: String,
}

/// What the period's records say, for the statuses.
pub(super) struct Facts<'a> {
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    pub wfh_days: u32,
    pub calls: u32,
    pub unreached: u32,
    pub staff: &'a [Staff],
    /// Person-days marked symptomatic (not in the office), and of those how many were
    /// planned or recorded in the office all the same.
    pub symptomatic: u32,
    pub symptomatic_in: u32,
}

const TICK: &str = "□ Ya   □ Belum";

fn yes(ok: bool) -> String {
    if ok { "Ya" } else { "Belum" }.to_string()
}

/// The rows for `circulars` (each once, in the order they governed).
pub(super) fn rows(circulars: &[&Circular], f: &Facts) -> Vec<DutyRow> {
    let mut out = Vec::new();
    for c in circulars {
        let ob = &c.obligations;
        let mut push = |duty: &str, status: String, met: String| {
            out.push(DutyRow { circular: c.citation(), duty: duty.to_string(), status, met });
        };
        if !ob.report_to_sekda.trim().is_empty() {
            push(
                &format!("Laporan ke Sekda ({})", ob.report_to_sekda.trim()),
                format!("Laporan ini, periode {} s.d. {}", dates::short(f.from), dates::short(f.to)),
                yes(true),
            );
        }
        if ob.reachability_checks {
            let (status, ok) = match (f.wfh_days, f.calls) {
                (0, _) => ("Tidak ada hari-pegawai WFH pada periode ini".to_string(), true),
                (_, 0) => (format!("{} hari-pegawai WFH, belum ada cek keberadaan yang dicatat", f.wfh_days), false),
                (w, c) => (format!("{c} cek keberadaan untuk {w} hari-pegawai WFH; {} tidak dapat dihubungi", f.unreached), true),
            };
            push("Cek keberadaan pegawai WFH", status, yes(ok));
        }
        if ob.publish_phones {
            let officials: Vec<&Staff> = f.staff.iter().filter(|s| Classes::OFFICIALS.contains(s.jabatan_class)).collect();
            let with_phone = officials.iter().filter(|s| !s.phone.is_empty()).count();
            push(
                "Nomor telepon pejabat diumumkan",
                format!("{with_phone} dari {} pejabat memiliki nomor telepon tercatat; pengumumannya diisi pimpinan", officials.len()),
                TICK.into(),
            );
        }
        if ob.online_channels {
            push("Layanan daring/pengaduan dibuka", "Tidak dicatat aplikasi; diisi pimpinan".into(), TICK.into());
        }
        if ob.video_meetings {
            push("Rapat dan kegiatan tatap muka melalui konferensi video", "Tidak dicatat aplikasi; diisi pimpinan".into(), TICK.into());
        }
        if ob.health_protocol {
            push("Protokol kesehatan di kantor", "Tidak dicatat aplikasi; diisi pimpinan".into(), TICK.into());
        }
        if c.health_rule {
            let status = match (f.symptomatic, f.symptomatic_in) {
                (0, _) => "Tidak ada pegawai yang dicatat sakit/bergejala".to_string(),
                (n, 0) => format!("{n} hari-pegawai sakit/bergejala, tidak satu pun dijadwalkan atau hadir WFO"),
                (n, k) => format!("{n} hari-pegawai sakit/bergejala, {k} di antaranya tercatat WFO"),
            };
            push("Pegawai sakit/bergejala tidak WFO", status, yes(f.symptomatic_in == 0));
        }
    }
    out
}
