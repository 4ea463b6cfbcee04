// Laporan: the report for the Sekda over a period. The summary as the file will print it (from
// core), then "Simpan Excel / PDF / CSV" through the save dialog with the proposed name, and
// "Periksa berkas laporan" to verify any report file (intact, and who signed it).

import { call } from '../api.js';
import { h, add, clear, notify, dateInput } from '../dom.js';
import { monthBounds } from '../store.js';
import { openPaths, savePath } from '../files.js';

export const title = 'Laporan';

const KINDS = {
  xlsx: { label: 'Simpan Excel', filter: { name: 'Excel', extensions: ['xlsx'] } },
  pdf: { label: 'Simpan PDF', filter: { name: 'PDF', extensions: ['pdf'] } },
  csv: { label: 'Simpan CSV', filter: { name: 'CSV', extensions: ['csv'] } },
};

export async function mount(root) {
  const [first, last] = monthBounds();
  const from = dateInput({ id: 'report-from', 'aria-label': 'Dari tanggal' }, first);
  const to = dateInput({ id: 'report-to', 'aria-label': 'Sampai tanggal' }, last);
  const show = h('button', { type: 'button', id: 'report-show' }, 'Tampilkan ringkasan');
  // Optional: the evaluation against a period before flexible work goes into the file as its
  // Evaluasi sheet, which the Sekda's Rekap reads across offices.
  const baseFrom = dateInput({ id: 'report-base-from', 'aria-label': 'Periode pembanding, dari' }, '');
  const baseTo = dateInput({ id: 'report-base-to', 'aria-label': 'Periode pembanding, sampai' }, '');
  const buttons = Object.entries(KINDS).map(([ext, k]) =>
    h('button', { type: 'button', class: ext === 'xlsx' ? 'primary' : '', id: `report-save-${ext}`, dataset: { ext } }, k.label));
  const verifyBtn = h('button', { type: 'button', id: 'report-verify' }, 'Periksa berkas laporan…');
  const status = h('p', { id: 'report-status', role: 'status', class: 'muted' });
  const verdict = h('div', { id: 'report-verdict' });
  const body = h('div', { id: 'report-summary' });
  let summary = null;

  root.appendChild(h('div', { class: 'toolbar' }, h('label', { for: 'report-from' }, 'Periode'), from, h('span', {}, 's.d.'), to, show));
  root.appendChild(h('div', { class: 'toolbar' }, h('label', { for: 'report-base-from' }, 'Sertakan evaluasi dibandingkan dengan (opsional)'),
    baseFrom, h('span', {}, 's.d.'), baseTo));
  root.appendChild(h('div', { class: 'toolbar' }, buttons, verifyBtn));
  root.appendChild(h('p', { class: 'muted small' },
    'Berkas Excel memuat satu lembar per bagian dan data laporan yang ditandatangani kunci kantor; Sekda dapat memeriksa keutuhannya dan menggabungkannya dengan laporan OPD lain. PDF untuk dicetak dan ditandatangani; CSV untuk diolah mesin.'));
  root.appendChild(status);
  root.appendChild(verdict);
  root.appendChild(body);

  async function load() {
    status.textContent = 'Menyusun ringkasan…';
    try {
      summary = await call('report_summary', { from: from.value, to: to.value });
    } catch (err) {
      status.textContent = '';
      notify(err.message, 'error');
      return;
    }
    status.textContent = '';
    clear(body);
    add(body,
      h('section', { class: 'card' },
        h('h2', {}, summary.title),
        h('p', {}, summary.period),
        h('p', { class: 'muted' }, summary.basis),
        summary.warnings.map((w) => h('p', { class: 'notice notice-warn', role: 'alert' }, w)),
        h('table', { class: 'grid summary', id: 'report-rows' },
          h('tbody', {}, summary.rows.map(([label, value]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', { class: 'num' }, value)))))),
      summary.duties.length ? h('section', { class: 'section' }, h('h2', {}, 'Kewajiban menurut SE'),
        h('p', { class: 'muted small' }, 'Yang dicatat aplikasi dihitung; yang tidak, dicentang Kepala OPD pada laporan cetak.'),
        h('table', { class: 'grid', id: 'report-duties' },
          h('thead', {}, h('tr', {}, ['Surat Edaran', 'Kewajiban', 'Keadaan kantor', 'Terpenuhi'].map((t) => h('th', {}, t)))),
          h('tbody', {}, summary.duties.map((d) => h('tr', {}, h('td', { class: 'small' }, d.circular), h('td', {}, d.duty), h('td', {}, d.status),
            h('td', { class: d.met === 'Belum' ? 'conflict' : '' }, d.met)))))) : null,
      summary.flexible.length ? h('section', { class: 'section' }, h('h2', {}, 'Kerja fleksibel (PermenPANRB 4/2025)'),
        h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'report-flexible' },
          h('thead', {}, h('tr', {}, ['Pegawai', 'Unit kerja', 'Diajukan', 'Disetujui', 'Ditolak', 'Ditarik', 'Hari di luar kantor', 'Batas per minggu', 'Minggu melebihi batas', 'Jam dinamis dipakai', 'Bulan melebihi batas jam dinamis']
            .map((t) => h('th', {}, t)))),
          h('tbody', {}, summary.flexible.map((f) => h('tr', {},
            h('td', {}, f.name, h('div', { class: 'muted small' }, f.nip)), h('td', {}, f.unit),
            [f.submitted, f.approved, f.rejected, f.withdrawn, f.days_away, f.limit].map((n) => h('td', { class: 'num' }, String(n))),
            h('td', { class: f.weeks_over ? 'num conflict' : 'num' }, String(f.weeks_over)),
            h('td', { class: 'num' }, String(f.dynamic_used)),
            h('td', { class: f.dynamic_months_over ? 'num conflict' : 'num' }, String(f.dynamic_months_over)))))))) : null,
      summary.actual_total || summary.outages.length ? h('section', { class: 'section', id: 'report-actual' },
        h('h2', {}, `Rencana & realisasi (${summary.gaps} hari-orang selisih)`),
        h('p', { class: 'muted small' }, 'Seluruh unit, lalu unit dengan selisih terbanyak. Rinciannya per unit dan pegawai ada di layar Rencana & Realisasi dan di lembar "Realisasi" dan "Selisih Jadwal" laporan.'),
        summary.outages.length ? h('ul', { class: 'plain small', id: 'report-outages' }, summary.outages.map((o) => h('li', {}, `Gangguan sistem (tidak dihitung): ${o}`))) : null,
        summary.actual_total ? h('div', { class: 'table-wrap' }, h('table', { class: 'grid summary' },
          h('thead', {}, h('tr', {}, ['Unit kerja', 'Hari-orang terjadwal', 'Sesuai', 'Selisih', 'Berhalangan', 'Belum dicatat'].map((t) => h('th', {}, t)))),
          h('tbody', {}, [summary.actual_total, ...summary.actual].map((a) => h('tr', {}, h('td', {}, a.unit),
            [a.planned, a.held].map((n) => h('td', { class: 'num' }, String(n))),
            h('td', { class: a.parted ? 'num breach' : 'num' }, String(a.parted)),
            [a.excused, a.unrecorded].map((n) => h('td', { class: 'num' }, String(n)))))))) : null) : null,
      h('section', { class: 'section' }, h('h2', {}, `Pelanggaran SE (${summary.breaches.length})`),
        summary.breaches.length ? h('ul', { class: 'breaches', id: 'report-breaches' }, summary.breaches.map((b) => h('li', {}, b)))
          : h('p', { class: 'muted' }, 'Tidak ada pelanggaran pada periode ini.')),
      h('section', { class: 'section' }, h('h2', {}, `Tidak dapat dihubungi (${summary.incidents.length})`),
        summary.incidents.length ? h('ul', { class: 'plain' }, summary.incidents.map((b) => h('li', {}, b)))
          : h('p', { class: 'muted' }, 'Tidak ada.')));
  }

  async function save(ext, button) {
    if (!summary) await load();
    if (!summary) return;
    const name = summary.names[ext];
    const path = await savePath(name, KINDS[ext].filter);
    if (!path) return;
    const text = button.textContent;
    root.querySelectorAll('button').forEach((b) => (b.disabled = true));
    button.textContent = 'Menyimpan…';
    status.textContent = `Menyimpan laporan ke ${path}…`;
    try {
      const saved = await call('report_save', { from: from.value, to: to.value, baselineFrom: baseFrom.value || null, baselineTo: baseTo.value || null, path });
      status.textContent = saved.message;
      notify(saved.message);
    } catch (err) {
      status.textContent = '';
      notify(err.message, 'error');
    } finally {
      button.textContent = text;
      root.querySelectorAll('button').forEach((b) => (b.disabled = false));
    }
  }

  async function verify() {
    const path = await openPaths({ name: 'Laporan Giliran', extensions: ['xlsx', 'pdf', 'csv'] });
    if (!path) return;
    clear(verdict);
    try {
      const v = await call('report_verify', { path });
      verdict.append(h('div', { class: `card ${v.intact ? 'verdict-ok' : 'card-error'}`, role: 'status' },
        h('p', { class: 'staff-name' }, v.message), h('p', { class: 'muted small' }, path)));
    } catch (err) {
      verdict.append(h('div', { class: 'card card-error', role: 'alert' }, h('p', {}, err.message)));
    }
  }

  show.addEventListener('click', load);
  buttons.forEach((b) => b.addEventListener('click', () => save(b.dataset.ext, b)));
  verifyBtn.addEventListener('click', verify);
  await load();
}
