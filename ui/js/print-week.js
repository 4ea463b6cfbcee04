// The printed weekly schedule: one A4 landscape page per unit with the kop surat, the title,
// the circular it follows, the grid with a legend and daily counts, and the Kepala OPD's
// signature block. Shown first as a preview; "Cetak" sends it to the printer.

import { printPage } from './api.js';
import { h } from './dom.js';

export function printView(week, savePdf) {
  const k = week.letterhead;
  const total = week.units.length;
  const pages = week.units.map((u, i) => h('section', { class: 'print-page' },
    h('div', { class: 'kop' },
      h('div', { class: 'kop-gov' }, k.government),
      h('div', { class: 'kop-opd' }, k.opd),
      h('div', { class: 'kop-contact' }, k.contact)),
    h('h1', { class: 'print-title' }, 'JADWAL PELAKSANAAN TUGAS KEDINASAN WFO/WFH'),
    h('p', { class: 'print-sub' }, `${u.unit_name} — ${week.title}`),
    week.basis.length ? h('p', { class: 'print-sub' }, `Berdasarkan ${week.basis.join(' dan ')}`) : h('p', { class: 'print-sub' }, 'Sistem kerja normal: semua pegawai WFO'),
    h('table', { class: 'print-grid' },
      h('thead', {}, h('tr', {}, h('th', {}, 'No'), h('th', {}, 'Nama / NIP'), h('th', {}, 'Tim/Seksi'), week.day_labels.map((l) => h('th', {}, l)))),
      h('tbody', {},
        u.rows.map((r, n) => h('tr', {},
          h('td', { class: 'num' }, String(n + 1)),
          h('td', {}, r.name, h('div', { class: 'small' }, r.id_display)),
          h('td', {}, r.team),
          r.cells.map((c, d) => h('td', { class: 'code' }, c || '·', r.locked[d] ? '*' : '')))),
        h('tr', { class: 'print-counts' }, h('td', {}), h('td', {}, week.counts_label), h('td', {}),
          u.counts.map((c) => h('td', { class: 'code' }, c))))),
    h('p', { class: 'legend small' }, week.legend.join(' ')),
    h('div', { class: 'signature' },
      h('div', {}, week.signed_at),
      h('div', {}, `${k.signer_jabatan || 'Kepala OPD'},`),
      h('div', { class: 'signature-space' }),
      h('div', { class: 'signer-name' }, k.signer_name || '(nama Kepala OPD)'),
      h('div', {}, k.signer_pangkat),
      h('div', {}, k.signer_nip)),
    h('div', { class: 'page-no' }, `Halaman ${i + 1} dari ${total}`)));

  const view = h('div', { class: 'print-view', id: 'print-view' },
    h('div', { class: 'print-bar' },
      h('strong', {}, 'Pratinjau cetak'),
      h('span', { class: 'muted' }, 'A4 mendatar, satu halaman per unit kerja'),
      h('button', { type: 'button', class: 'primary', id: 'print-now', onclick: async () => {
        // The webview's own print (permission core:webview:allow-print) opens the system's
        // print dialog; WebKitGTK's window.print does not reach it inside Tauri.
        const status = document.getElementById('print-status');
        try {
          await printPage();
          if (status) status.textContent = 'Dialog cetak dibuka: pilih printer, kertas A4 mendatar.';
        } catch (err) {
          if (status) status.textContent = `Tidak dapat mencetak: ${err.message || err}`;
        }
      } }, 'Cetak'),
      h('button', { type: 'button', id: 'print-pdf', onclick: () => savePdf() }, 'Simpan PDF'),
      h('span', { id: 'print-status', role: 'status' }),
      h('button', { type: 'button', id: 'print-close', onclick: () => { view.remove(); document.body.classList.remove('printing'); } }, 'Tutup')),
    pages);
  document.body.classList.add('printing');
  return view;
}
