// The staff import panel of the Pegawai screen: choose a file, see what importing it would do
// (new people, changes of known NIPs, new units, every bad row by number), adjust the column
// mapping if the file comes from another system, then import all of it or nothing.

import { call } from './api.js';
import { h, add, clear, notify, select } from './dom.js';
import { checkFile, openPaths, savePath } from './files.js';
import * as store from './store.js';

/** Opens the panel in `host` for a file the clerk picks; `done` runs after a real import. */
export async function importStaff(host, done) {
  const path = await openPaths({ name: 'Daftar pegawai', extensions: ['xlsx', 'xls', 'ods', 'csv'] });
  if (path) await show(host, path, null, done);
}

async function show(host, path, mapping, done) {
  const p = await checkFile(host, 'Impor pegawai', path, () => call('staff_import_preview', { path, mapping }));
  if (!p) return;
  const cols = p.headers.map((c) => ({ key: c, label: c }));
  const current = (p.mapping || {});
  const selects = p.fields.map(([field, label]) => {
    const s = select({ id: `map-${field}`, dataset: { field } }, cols, current[field], '(tidak ada)');
    return h('div', { class: 'field' }, h('label', { for: `map-${field}` }, label), s);
  });
  // A workbook with several visible sheets: the one read first, the clerk may pick another.
  if (p.sheets.length > 1) {
    const s = select({ id: 'map-sheet', dataset: { field: 'sheet' } }, p.sheets.map((n) => ({ key: n, label: n })), p.sheets[0]);
    selects.unshift(h('div', { class: 'field' }, h('label', { for: 'map-sheet' }, 'Lembar'), s));
  }
  // Active ASN a newer SIASN export no longer lists: named; made inactive only if the clerk ticks.
  const deactivate = h('input', { type: 'checkbox', id: 'staff-import-deactivate' });
  // SIASN's UNORs: where each goes; another unit or team may be chosen, kept for the next export.
  const places = [{ key: '', label: '' }];
  for (const u of store.topUnits()) {
    places.push({ key: u.id, label: u.name });
    for (const t of store.teamsOf(u.id)) places.push({ key: t.id, label: `${u.name} / ${t.name}` });
  }
  // A big office has hundreds of UNORs and a thousand units: a row gets its pick list when
  // the clerk asks to move it.
  const unorRows = p.unors.map((u) => {
    const move = h('button', { type: 'button', class: 'small', dataset: { moveUnor: u.id } }, 'Pindahkan…');
    move.addEventListener('click', () => {
      const options = places.map((o) => (o.key === '' ? { key: '', label: `Unit bernama "${u.name}"` } : o));
      const s = select({ dataset: { unor: u.id }, 'aria-label': `Unit untuk UNOR ${u.name}` }, options, u.how === 'unit baru' ? '' : u.unit_id);
      move.replaceWith(s);
      s.focus();
    });
    return h('tr', { dataset: { unorRow: u.id } },
      h('td', {}, u.name, h('div', { class: 'muted small mono' }, u.id)), h('td', { class: 'num' }, String(u.people)),
      h('td', {}, h('span', {}, `${u.unit} `), h('span', { class: 'muted small' }, `(${u.how}) `), move));
  });
  // The UNOR choices of an earlier check stand until changed again.
  const earlier = Object.fromEntries(Object.entries(mapping || {}).filter(([k]) => k.startsWith('unor:')));
  const chosen = () => ({
    ...earlier,
    ...Object.fromEntries([...host.querySelectorAll('select[data-field]')].filter((s) => s.value).map((s) => [s.dataset.field, s.value])),
    ...Object.fromEntries([...host.querySelectorAll('select[data-unor]')].map((s) => [`unor:${s.dataset.unor}`, s.value])),
    ...(deactivate.checked ? { deactivate_missing: '1' } : {}),
  });
  const ok = p.mapping && p.problems.length === 0;
  const run = h('button', { type: 'button', class: 'primary', id: 'staff-import-run', disabled: !ok }, 'Impor');
  add(host,
    h('h2', {}, 'Impor pegawai'),
    h('p', { class: 'muted small' }, path),
    h('details', { open: !p.mapping || p.sheets.length > 1 }, h('summary', {}, 'Lembar dan pemetaan kolom'), h('div', { class: 'form-grid mapping' }, selects)),
    h('p', { id: 'staff-import-summary', role: 'status' }, p.message),
    p.columns.length ? h('p', { class: 'muted small', id: 'staff-import-columns' }, `Kolom yang dibaca: ${p.columns.join(' · ')}`) : null,
    p.notes.length ? h('ul', { class: 'plain', id: 'staff-import-notes' }, p.notes.map((c) => h('li', {}, c))) : null,
    p.unors.length ? h('div', { id: 'staff-import-unors' }, h('h3', {}, 'Unit dari UNOR SIASN'),
      h('p', { class: 'muted small' }, 'Pilih unit atau tim kantor untuk setiap UNOR lalu Periksa ulang; pilihan diingat untuk impor berikutnya.'),
      h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['UNOR', 'Pegawai', 'Unit kerja / tim'].map((t) => h('th', {}, t)))), h('tbody', {}, unorRows))) : null,
    p.new_units.length ? h('p', { class: 'muted', id: 'staff-import-new-units' }, `Unit/tim baru: ${p.new_units.join('; ')}`) : null,
    p.changed.length ? h('div', {}, h('h3', {}, 'Perubahan data pegawai yang sudah ada'),
      h('ul', { class: 'plain', id: 'staff-import-changes' }, p.changed.map((c) => h('li', {}, `Baris ${c.row}: ${c.name} (${c.id_display}) — ${c.changes.join('; ')}`)))) : null,
    p.missing.length ? h('div', { id: 'staff-import-missing' }, h('h3', {}, `${p.missing.length} pegawai ASN aktif tidak ada di berkas`),
      h('ul', { class: 'plain' }, p.missing.slice(0, 200).map((c) => h('li', {}, `${c.name} (${c.id_display}) — ${c.changes.join('; ')}`))),
      p.missing.length > 200 ? h('p', { class: 'muted small' }, `… dan ${p.missing.length - 200} lainnya.`) : null,
      h('label', { class: 'check' }, deactivate, ` Nonaktifkan ${p.missing.length} pegawai ini mulai hari ini (pensiun/mutasi); datanya tetap tersimpan`)) : null,
    p.problems.length ? h('ul', { class: 'breaches', id: 'staff-import-problems', role: 'alert' }, p.problems.map((x) => h('li', {}, x))) : null,
    p.problems.length && p.mapping ? h('p', { class: 'form-error' }, 'Tidak ada yang diimpor selama masih ada baris bermasalah: perbaiki berkasnya lalu pilih lagi.') : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'staff-import-recheck', onclick: () => show(host, path, chosen(), done) }, 'Periksa ulang'),
      run,
      h('button', { type: 'button', onclick: () => (host.hidden = true) }, 'Batal')));
  run.addEventListener('click', async () => {
    run.disabled = true;
    run.textContent = 'Mengimpor…';
    try {
      const r = await call('staff_import', { path, mapping: chosen() });
      host.hidden = true;
      await done();
      notify(`Impor selesai: ${r.message}`);
    } catch (err) {
      run.textContent = 'Impor';
      notify(err.message, 'error');
    }
  });
}

/** "Ekspor ke Excel" and "Unduh templat": through the save dialog. */
export async function saveStaffFile(kind) {
  const name = kind === 'template' ? 'Templat-Impor-Pegawai.xlsx' : 'Daftar-Pegawai.xlsx';
  const path = await savePath(name, { name: 'Excel', extensions: ['xlsx'] });
  if (!path) return;
  try {
    if (kind === 'template') {
      await call('staff_template', { path });
      notify(`Templat disimpan: ${path}`);
    } else {
      const n = await call('staff_export', { path });
      notify(`${n} pegawai disimpan: ${path}`);
    }
  } catch (err) {
    notify(err.message, 'error');
  }
}
