// The printed weekly schedule: one A4 landscape page per unit with the kop surat, the title,
// the circular it follows, the grid with a legend and daily counts, and the Kepala OPD's
// signature block. Shown first as a preview; "Cetak" sends it to the printer.

import { printPage } from './api.js';
import { h } from './dom.js';

/** The preview of `layout` (the command week_print: the same layout core prints to PDF). */
export function printView(layout, savePdf) {
  const k = layout.letterhead;
  const total = layout.units.length;
  const row = (r, cls) => h('tr', cls ? { class: cls } : {},
    h('td', { class: 'num' }, r.no),
    h('td', {}, r.name, r.nip ? h('div', { class: 'small' }, r.nip) : null),
    h('td', {}, r.team),
    r.cells.map((c) => h('td', { class: 'code' }, c)));
  const pages = layout.units.map((u, i) => h('section', { class: 'print-page' },
    h('div', { class: 'kop' },
      h('div', { class: 'kop-gov' }, k.government),
      h('div', { class: 'kop-opd' }, k.opd),
      h('div', { class: 'kop-contact' }, k.contact)),
    h('h1', { class: 'print-title' }, layout.title),
    h('p', { class: 'print-sub' }, u.subtitle),
    h('p', { class: 'print-sub' }, u.basis),
    u.shift ? h('p', { class: 'print-sub' }, u.shift) : null,
    h('table', { class: 'print-grid' },
      h('thead', {}, h('tr', {}, layout.headers.map((t) => h('th', {}, t)))),
      h('tbody', {}, u.rows.map((r) => row(r)), u.on_duty ? row(u.on_duty, 'print-counts') : null, row(u.counts, 'print-counts'))),
    h('p', { class: 'legend small' }, layout.legend.join(' ')),
    h('div', { class: 'signature' },
      h('div', {}, layout.signed_at),
      h('div', {}, `${k.signer_jabatan},`),
      h('div', { class: 'signature-space' }),
      h('div', { class: 'signer-name' }, k.signer_name),
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
