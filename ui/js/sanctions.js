// Riwayat hukuman disiplin, a section of the Pengajuan FWA screen: while a sanction lasts the
// person may not work flexibly (PermenPANRB 4/2025 art. 25, checked by core). The list, a form
// to record one from its decree, and a BKPSDM/SIASN workbook imported after a preview.

import { call } from './api.js';
import { h, add, clear, notify, dateInput } from './dom.js';
import { field, showErrors, clearErrors, values } from './form.js';
import { checkFile, openPaths } from './files.js';
import { personPick } from './person-pick.js';

/** The section: the list, the form (for ASN, found by name or NIP), the import. */
export function sanctionsSection() {
  const rows = h('tbody', { id: 'sanction-rows' });
  const panel = h('div', { id: 'sanction-import-panel', class: 'form section', hidden: true });
  const person = personPick({ id: 'sanction-staff', value: (p) => p.id_number, asnOnly: true });
  const form = h('form', { class: 'form-grid', id: 'sanction-form' },
    field('staff', 'Pegawai', person.element),
    field('kind', 'Jenis hukuman', h('input', { type: 'text', placeholder: 'mis. Hukuman disiplin sedang' })),
    field('from', 'TMT hukuman', dateInput()),
    field('to', 'Akhir hukuman', dateInput()),
    field('decree', 'Nomor SK', h('input', { type: 'text', placeholder: 'mis. 800.1.6.4/12/BKPSDM' })),
    field('note', 'Keterangan', h('input', { type: 'text' })),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'sanction-add' }, 'Catat hukuman disiplin'),
      h('button', { type: 'button', id: 'sanction-import-open', onclick: () => importFile() }, 'Impor dari berkas…')));
  const section = h('section', { class: 'section', id: 'sanctions' },
    h('h2', {}, 'Riwayat hukuman disiplin'),
    h('p', { class: 'muted small' }, 'Selama masa hukumannya, pegawai tidak dapat bekerja fleksibel (PermenPANRB 4/2025 pasal 25).'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'sanction-table' },
      h('thead', {}, h('tr', {}, ['Pegawai', 'Jenis hukuman', 'Masa', 'Nomor SK', ''].map((t) => h('th', {}, t)))), rows)),
    form, panel);

  async function load() {
    let list;
    try {
      list = await call('sanction_list');
    } catch (err) {
      notify(err.message, 'error');
      return;
    }
    clear(rows);
    if (list.length === 0) rows.appendChild(h('tr', {}, h('td', { colspan: 5, class: 'empty' }, 'Belum ada hukuman disiplin yang dicatat.')));
    for (const s of list) {
      rows.appendChild(h('tr', { dataset: { id: s.id } },
        h('td', { class: 'name' }, h('div', { class: 'staff-name' }, s.name), h('div', { class: 'muted small mono' }, s.id_display)),
        h('td', {}, s.kind || s.note), h('td', { class: 'nowrap' }, s.period), h('td', {}, s.decree),
        h('td', {}, h('button', { type: 'button', class: 'small danger', dataset: { removeSanction: s.id } }, 'Hapus'))));
    }
  }

  async function importFile() {
    const path = await openPaths({ name: 'Riwayat hukuman disiplin', extensions: ['xlsx', 'xls', 'ods', 'csv'] });
    if (!path) return;
    const p = await checkFile(panel, 'Impor riwayat hukuman disiplin', path, () => call('sanction_import_preview', { path }));
    if (!p) return;
    const run = h('button', { type: 'button', class: 'primary', id: 'sanction-import-run', disabled: p.problems.length > 0 || p.added.length === 0 }, 'Impor');
    add(panel,
      h('h3', {}, 'Impor riwayat hukuman disiplin'),
      h('p', { class: 'muted small' }, path),
      h('p', { id: 'sanction-import-summary', role: 'status' }, p.message),
      p.added.length ? h('ul', { class: 'plain small' }, p.added.map((x) => h('li', {}, x))) : null,
      p.problems.length ? h('ul', { class: 'breaches', id: 'sanction-import-problems', role: 'alert' }, p.problems.map((x) => h('li', {}, x))) : null,
      h('div', { class: 'actions' }, run, h('button', { type: 'button', onclick: () => (panel.hidden = true) }, 'Batal')));
    run.addEventListener('click', async () => {
      run.disabled = true;
      try {
        const r = await call('sanction_import', { path });
        panel.hidden = true;
        notify(`Impor selesai: ${r.message}`);
        await load();
      } catch (err) {
        run.disabled = false;
        notify(err.message, 'error');
      }
    });
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try {
      await call('sanction_add', { input: values(form) });
      notify('Hukuman disiplin dicatat.');
      form.reset();
      person.reset();
      await load();
    } catch (err) {
      showErrors(form, err);
    }
  });
  rows.addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-remove-sanction]');
    if (!b) return;
    try {
      await call('sanction_remove', { id: Number(b.dataset.removeSanction) });
      notify('Catatan hukuman disiplin dihapus.');
      await load();
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  load();
  return section;
}
