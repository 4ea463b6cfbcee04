// Rekap Sekda: the Sekda's staff choose the report files of many OPDs; each is verified (an
// altered or foreign file is listed with why and left out of the sums), the OPDs are shown side
// by side over the period, and one consolidated workbook is saved.

import { call } from '../api.js';
import { h, clear, notify, num, dateShort } from '../dom.js';

export const title = 'Rekap Sekda';

const pct = (p) => (p === null || p === undefined ? '' : `${(p * 100).toFixed(1).replace('.', ',')}%`);

export async function mount(root) {
  let paths = [];
  const choose = h('button', { type: 'button', class: 'primary', id: 'rekap-choose' }, 'Pilih berkas laporan OPD…');
  const save = h('button', { type: 'button', id: 'rekap-save', disabled: true }, 'Simpan rekap Excel');
  const status = h('p', { id: 'rekap-status', role: 'status', class: 'muted' });
  const tbody = h('tbody', { id: 'rekap-rows' });
  const tfoot = h('tfoot', { id: 'rekap-total' });
  root.appendChild(h('p', { class: 'muted' },
    'Untuk staf Sekda: pilih berkas Excel laporan dari setiap OPD. Setiap berkas diperiksa keutuhan dan tanda tangannya; berkas yang diubah atau ganda tidak dijumlahkan.'));
  root.appendChild(h('div', { class: 'toolbar' }, choose, save));
  root.appendChild(status);
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'rekap-table' },
    h('thead', {}, h('tr', {}, ['OPD', 'Periode', 'Status', 'Sidik kunci', 'Pegawai', 'Kepatuhan', 'Pelanggaran', 'WFO', 'WFH', 'TK', 'Tidak dapat dihubungi']
      .map((t) => h('th', {}, t)))),
    tbody, tfoot)));

  function render(c) {
    clear(tbody);
    clear(tfoot);
    for (const r of c.rows) {
      const t = r.totals;
      tbody.appendChild(h('tr', { class: r.intact ? '' : 'not-counted' },
        h('td', {}, h('div', { class: 'staff-name' }, r.opd || '—'), h('div', { class: 'muted small' }, r.file)),
        h('td', { class: 'nowrap' }, r.from ? `${dateShort(r.from)} s.d. ${dateShort(r.to)}` : ''),
        h('td', { class: r.intact ? 'ok' : 'bad' }, r.status),
        h('td', { class: 'mono nowrap' }, r.fingerprint),
        h('td', { class: 'num' }, t ? num(t.staff) : ''),
        h('td', { class: 'num' }, pct(r.compliance)),
        h('td', { class: 'num' }, t ? num(t.breaches) : ''),
        h('td', { class: 'num' }, t ? num(t.wfo) : ''),
        h('td', { class: 'num' }, t ? num(t.wfh) : ''),
        h('td', { class: 'num' }, t ? num(t.tk) : ''),
        h('td', { class: 'num' }, t ? num(t.unreached) : '')));
    }
    const t = c.totals;
    const share = t.unit_days ? t.unit_days_compliant / t.unit_days : null;
    tfoot.appendChild(h('tr', {}, h('th', { colspan: 4 }, `Jumlah (${c.counted} OPD utuh)`),
      h('th', { class: 'num' }, num(t.staff)), h('th', { class: 'num' }, pct(share)), h('th', { class: 'num' }, num(t.breaches)),
      h('th', { class: 'num' }, num(t.wfo)), h('th', { class: 'num' }, num(t.wfh)), h('th', { class: 'num' }, num(t.tk)),
      h('th', { class: 'num' }, num(t.unreached))));
  }

  choose.addEventListener('click', async () => {
    const picked = (await call('test_open_path')) ||
      (await window.__TAURI__.dialog.open({ multiple: true, directory: false, filters: [{ name: 'Laporan OPD (Excel)', extensions: ['xlsx'] }] }));
    if (!picked || picked.length === 0) return;
    paths = Array.isArray(picked) ? picked : [picked];
    status.textContent = `Memeriksa ${paths.length} berkas…`;
    try {
      const c = await call('consolidate_read', { paths });
      render(c);
      status.textContent = c.message;
      save.disabled = c.counted === 0;
    } catch (err) {
      status.textContent = '';
      notify(err.message, 'error');
    }
  });

  save.addEventListener('click', async () => {
    const name = 'Rekap-WFO-WFH-Sekda.xlsx';
    const out = (await call('test_save_path', { name })) ||
      (await window.__TAURI__.dialog.save({ defaultPath: name, filters: [{ name: 'Excel', extensions: ['xlsx'] }] }));
    if (!out) return;
    save.disabled = true;
    save.textContent = 'Menyimpan…';
    try {
      const c = await call('consolidate_save', { paths, out });
      status.textContent = `${c.message} Rekap disimpan: ${out}.`;
      notify(`Rekap disimpan: ${out}.`);
    } catch (err) {
      notify(err.message, 'error');
    } finally {
      save.textContent = 'Simpan rekap Excel';
      save.disabled = false;
    }
  });
}
