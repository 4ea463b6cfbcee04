// Targets of a day away, a panel of the Cek Keberadaan screen: each line of the approved
// request's work plan, what became of it (met, partly, not, with a line), and the unit head's
// confirmation of the day. Core checks everything and names the target at fault.

import { call } from './api.js';
import { h, clear, notify, select } from './dom.js';
import * as store from './store.js';

/** The panel for `who` (NIP or id) on `date`, filled from core; `onDone` after a save. */
export function targetsPanel(who, date, onDone) {
  const panel = h('section', { class: 'card section', id: 'targets-panel' });
  let day = null;

  function draw(d) {
    day = d;
    clear(panel);
    panel.append(
      h('h2', {}, `Target ${d.name}, ${d.date_label}`),
      h('p', { class: 'muted small' }, `Dari rencana kerja pengajuan yang disetujui (${d.request}); satu target per baris.`),
      h('table', { class: 'grid', id: 'targets-table' },
        h('thead', {}, h('tr', {}, ['No.', 'Target', 'Capaian', 'Catatan'].map((t) => h('th', {}, t)))),
        h('tbody', {}, d.targets.map((t) => h('tr', { dataset: { no: t.no } },
          h('td', { class: 'num' }, String(t.no)),
          h('td', {}, t.text),
          h('td', {}, select({ class: 'target-outcome', 'aria-label': `Capaian target ${t.no}` }, store.get().choices.target_outcomes, t.outcome || '', '— belum dinilai —')),
          h('td', {}, h('input', { type: 'text', class: 'target-note', size: 30, value: t.note, placeholder: 'wajib bila sebagian atau tidak', 'aria-label': `Catatan target ${t.no}` })))))),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', id: 'targets-save' }, 'Simpan capaian'),
        h('input', { type: 'text', id: 'targets-by', size: 28, placeholder: 'Nama atasan langsung', 'aria-label': 'Nama atasan yang mengonfirmasi' }),
        h('button', { type: 'button', id: 'targets-confirm' }, 'Konfirmasi atasan'),
        h('button', { type: 'button', id: 'targets-close' }, 'Tutup')),
      h('p', { id: 'targets-status', class: d.confirmed_by ? 'ok-text' : 'muted' },
        d.confirmed_by ? `Dikonfirmasi oleh ${d.confirmed_by}.` : 'Belum dikonfirmasi atasan.'));
  }

  panel.addEventListener('click', async (e) => {
    const id = e.target.id;
    if (id === 'targets-close') return panel.remove();
    try {
      if (id === 'targets-save') {
        const outcomes = [...panel.querySelectorAll('#targets-table tbody tr')]
          .filter((tr) => tr.querySelector('.target-outcome').value)
          .map((tr) => ({ no: Number(tr.dataset.no), outcome: tr.querySelector('.target-outcome').value, note: tr.querySelector('.target-note').value }));
        draw(await call('targets_set', { who, date, outcomes }));
        notify(`Capaian target ${day.name} ${day.date_label} disimpan.`);
        onDone();
      }
      if (id === 'targets-confirm') {
        draw(await call('targets_confirm', { who, date, by: panel.querySelector('#targets-by').value }));
        notify(`Capaian target ${day.name} ${day.date_label} dikonfirmasi.`);
        onDone();
      }
    } catch (err) {
      notify(err.message, 'error');
    }
  });

  call('targets_day', { who, date }).then(draw, (err) => {
    panel.append(h('p', { class: 'warning', id: 'targets-status' }, err.message), h('button', { type: 'button', id: 'targets-close' }, 'Tutup'));
  });
  return panel;
}
