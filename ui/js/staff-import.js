// The staff import panel of the Pegawai screen: choose a file, see what importing it would do
// (new people, changes of known NIPs, new units, every bad row by number), adjust the column
// mapping if the file comes from another system, then import all of it or nothing.

import { call } from './api.js';
import { h, add, clear, notify, select } from './dom.js';
import { checkFile, openPaths, savePath } from './files.js';

const FIELD_LABELS = {
  kind: 'Jenis pegawai', id_number: 'NIP/NIK', name: 'Nama', jabatan_class: 'Kelas jabatan', jabatan: 'Jabatan',
  golongan: 'Golongan', unit: 'Unit kerja', team: 'Tim/Seksi', phone: 'Telepon', status: 'Status',
  machine_id: 'ID mesin presensi', nik: 'NIK (bila NIP kosong)',
};

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
  const selects = Object.entries(FIELD_LABELS).map(([field, label]) => {
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
  const chosen = () => ({
    ...Object.fromEntries([...host.querySelectorAll('select[data-field]')].filter((s) => s.value).map((s) => [s.dataset.field, s.value])),
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
    p.new_units.length ? h('p', { class: 'muted' }, `Unit/tim baru: ${p.new_units.join('; ')}`) : null,
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
