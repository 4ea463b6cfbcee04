// The printed request for flexible work: the kop surat, what is asked and why, the decision,
// and the signature blocks of the person and the superior, as core lays it out (command
// fwa_request_form; the PDF draws the same). "Cetak" prints, "Simpan PDF" saves.

import { call, printPage } from './api.js';
import { h } from './dom.js';
import { savePath } from './files.js';

export function formView(form, id) {
  const k = form.letterhead;
  const table = (rows) => h('table', { class: 'print-fields' },
    h('tbody', {}, rows.map(([label, value]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, ':'), h('td', {}, value)))));
  const signer = (s) => h('div', { class: 'signer' },
    h('div', {}, s.role), h('div', { class: 'signature-space' }), h('div', { class: 'signer-name' }, s.name), h('div', {}, s.nip));
  const status = h('span', { id: 'print-status', role: 'status' });
  const page = h('section', { class: 'print-page', id: 'fwa-form-page' },
    h('div', { class: 'kop' }, h('div', { class: 'kop-gov' }, k.government), h('div', { class: 'kop-opd' }, k.opd), h('div', { class: 'kop-contact' }, k.contact)),
    h('h1', { class: 'print-title' }, form.title),
    h('p', { class: 'print-sub' }, form.basis),
    table(form.rows),
    table(form.decision),
    h('p', { class: 'print-date' }, form.signed_at),
    h('div', { class: 'signers' }, signer(form.employee), signer(form.superior)));
  const view = h('div', { class: 'print-view', id: 'print-view' },
    h('div', { class: 'print-bar' },
      h('strong', {}, 'Pratinjau cetak'),
      h('span', { class: 'muted' }, 'Formulir pengajuan, A4'),
      h('button', { type: 'button', class: 'primary', id: 'print-now', onclick: async () => {
        try {
          await printPage();
          status.textContent = 'Dialog cetak dibuka: pilih printer dan kertas A4.';
        } catch (err) {
          status.textContent = `Tidak dapat mencetak: ${err.message || err}`;
        }
      } }, 'Cetak'),
      h('button', { type: 'button', id: 'print-pdf', onclick: async () => {
        try {
          const path = await savePath(`Pengajuan-FWA-${id}.pdf`, { name: 'PDF', extensions: ['pdf'] });
          if (!path) return;
          const bytes = await call('save_fwa_request_pdf', { id, path });
          status.textContent = `PDF disimpan: ${path} (${Math.round(bytes / 1024)} KB).`;
        } catch (err) {
          status.textContent = err.message || String(err);
        }
      } }, 'Simpan PDF'),
      status,
      h('button', { type: 'button', id: 'print-close', onclick: () => { view.remove(); document.body.classList.remove('printing'); } }, 'Tutup')),
    page);
  document.body.classList.add('printing');
  return view;
}
