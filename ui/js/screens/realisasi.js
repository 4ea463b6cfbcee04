// Rencana & Realisasi: the plan against what was recorded (machine, e-presensi, by hand), as
// core compares them: per unit the planned person-days that held and those that parted, and
// the list of gaps (planned in the office but absent or at home, planned away but never checked
// in, dynamic hours started late), filtered by unit, person and kind. Below, the days the
// attendance systems failed ("gangguan sistem"): recorded here, never counted against anyone.

import { call } from '../api.js';
import { h, clear, notify, select, dateInput } from '../dom.js';
import { field, showErrors, clearErrors, values } from '../form.js';
import * as store from '../store.js';

export const title = 'Rencana & Realisasi';

/** A month of a big office can part on thousands of person-days: core lists the first 500. */
const ROWS = 500;

export async function mount(root) {
  const [first, last] = store.monthBounds();
  const from = dateInput({ id: 'actual-from', 'aria-label': 'Dari tanggal' }, first);
  const to = dateInput({ id: 'actual-to', 'aria-label': 'Sampai tanggal' }, last);
  const unit = select({ id: 'actual-unit', 'aria-label': 'Unit kerja' }, store.topUnits().map((u) => ({ key: u.id, label: u.name })), '', 'Semua unit');
  const gap = select({ id: 'actual-gap', 'aria-label': 'Jenis selisih' }, store.get().choices.actual_gaps, '', 'Semua selisih');
  const person = h('input', { type: 'search', id: 'actual-person', placeholder: 'Nama atau NIP', 'aria-label': 'Cari pegawai' });
  const show = h('button', { type: 'button', class: 'primary', id: 'actual-show' }, 'Bandingkan');
  const summary = h('div', { id: 'actual-summary' });
  const tbody = h('tbody', { id: 'actual-rows' });
  const outages = h('div', { id: 'outage-list' });
  const form = h('form', { class: 'form-grid', id: 'outage-form' },
    field('date', 'Tanggal gangguan', dateInput({}, store.todayIso())),
    field('unit', 'Unit kerja', select({}, store.topUnits().map((u) => ({ key: String(u.id), label: u.name })), '', 'Seluruh kantor')),
    field('from_time', 'Jam mulai', h('input', { type: 'text', size: 5, placeholder: 'JJ:MM' }), 'Kosongkan bila sepanjang hari'),
    field('to_time', 'Jam selesai', h('input', { type: 'text', size: 5, placeholder: 'JJ:MM' })),
    field('system', 'Sistem', h('input', { type: 'text', placeholder: 'e-presensi, mesin presensi, jaringan' })),
    field('note', 'Yang terjadi', h('input', { type: 'text', placeholder: 'mis. Server e-presensi tidak dapat diakses' })),
    field('evidence', 'Bukti', h('input', { type: 'text', placeholder: 'mis. Foto daftar hadir kertas' })),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'outage-add' }, 'Catat gangguan')));

  root.appendChild(h('div', { class: 'toolbar' }, h('label', { for: 'actual-from' }, 'Periode'), from, h('span', {}, 's.d.'), to, unit, gap, person, show));
  root.appendChild(summary);
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'actual-table' },
    h('thead', {}, h('tr', {}, ['Tanggal', 'Unit', 'Pegawai', 'Rencana', 'Realisasi', 'Selisih'].map((t) => h('th', {}, t)))), tbody)));
  root.appendChild(h('section', { class: 'section' }, h('h2', {}, 'Gangguan sistem presensi'),
    h('p', { class: 'muted small' }, 'Hari (atau jam) ketika e-presensi atau mesin presensi tidak berfungsi. Presensi hari itu dari daftar hadir kertas; hari itu tidak dihitung sebagai selisih siapa pun dan dicantumkan dalam laporan.'),
    outages, form));

  async function load() {
    let c;
    try {
      c = await call('actual_compare', {
        from: from.value,
        to: to.value,
        filter: { unit_id: unit.value ? Number(unit.value) : null, person: person.value, gap: gap.value || null, limit: ROWS },
      });
    } catch (err) {
      notify(err.message, 'error');
      return;
    }
    clear(summary);
    summary.appendChild(h('p', { id: 'actual-counts' }, `Periode ${c.period}: ` + c.counts.map(([, label, n]) => `${label} ${n}`).join('; ') + '.'));
    if (c.outages.length) {
      summary.appendChild(h('ul', { class: 'plain muted small', id: 'actual-outages' }, c.outages.map((o) => h('li', {}, `Tidak dihitung (gangguan sistem): ${o}`))));
    }
    summary.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid summary', id: 'actual-units' },
      h('thead', {}, h('tr', {}, ['Unit', 'Hari-orang terjadwal', 'Sesuai', 'Selisih', 'Berhalangan (S, I, C, DL, TB)', 'Belum dicatat'].map((t) => h('th', {}, t)))),
      h('tbody', {}, c.units.map((u) => h('tr', {}, h('td', {}, u.unit_name), h('td', { class: 'num' }, String(u.planned)),
        h('td', { class: 'num' }, String(u.held)), h('td', { class: `num ${u.parted ? 'breach' : ''}` }, String(u.parted)), h('td', { class: 'num' }, String(u.excused)), h('td', { class: 'num' }, String(u.unrecorded))))))));
    clear(tbody);
    if (c.rows.length === 0) tbody.appendChild(h('tr', {}, h('td', { colspan: 6, class: 'empty' }, 'Tidak ada selisih antara jadwal dan presensi.')));
    for (const m of c.rows) {
      tbody.appendChild(h('tr', { dataset: { gap: m.gap } }, h('td', { class: 'nowrap' }, m.date_label), h('td', {}, m.unit_name),
        h('td', { class: 'name' }, h('div', { class: 'staff-name' }, m.name), h('div', { class: 'muted small mono' }, m.id_display)),
        h('td', {}, m.planned), h('td', {}, m.recorded), h('td', {}, m.gap_label)));
    }
    if (c.rows_total > c.rows.length) tbody.appendChild(h('tr', {}, h('td', { colspan: 6, class: 'muted' }, `… dan ${c.rows_total - c.rows.length} lainnya: saring menurut unit, pegawai, atau jenis selisih.`)));
    await loadOutages();
  }

  async function loadOutages() {
    let list;
    try {
      list = await call('outage_list', { from: from.value, to: to.value });
    } catch (err) {
      notify(err.message, 'error');
      return;
    }
    clear(outages);
    outages.appendChild(list.length
      ? h('ul', { class: 'plain', id: 'outage-rows' }, list.map((o) => h('li', {},
        `${o.text}${o.evidence ? ` — bukti: ${o.evidence}` : ''} `,
        h('button', { type: 'button', class: 'small danger', dataset: { removeOutage: o.id } }, 'Hapus'))))
      : h('p', { class: 'muted' }, 'Tidak ada gangguan sistem pada periode ini.'));
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try {
      const o = await call('outage_add', { input: values(form) });
      notify(`Gangguan sistem dicatat: ${o.note}.`);
      form.querySelector('[name="note"]').value = '';
      await load();
    } catch (err) {
      showErrors(form, err);
    }
  });
  outages.addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-remove-outage]');
    if (!b) return;
    try {
      await call('outage_remove', { id: Number(b.dataset.removeOutage) });
      notify('Catatan gangguan dihapus.');
      await load();
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  show.addEventListener('click', load);
  let timer = null;
  person.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(load, 200); });
  unit.addEventListener('change', load);
  gap.addEventListener('change', load);
  await load();
}
