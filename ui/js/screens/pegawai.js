// Pegawai: the staff list with search and unit filter, the add/edit form, deactivate. The list
// comes from core a page at a time (search and filter answered in SQL): a big office's 5,000
// staff never sit in the window at once.

import { call } from '../api.js';
import * as store from '../store.js';
import { h, clear, num, select, notify, dateInput, openPanel } from '../dom.js';
import { field, showErrors, clearErrors, values } from '../form.js';
import { importStaff, saveStaffFile } from '../staff-import.js';

export const title = 'Pegawai';

const ID_LABEL = { pns: 'NIP', pppk: 'NI PPPK', non_asn: 'NIK / nomor internal' };
const ID_HINT = {
  pns: '18 digit, boleh dengan spasi: 19850312 201001 1 003',
  pppk: '18 digit, boleh dengan spasi: 19931228 2025 21 2 001',
  non_asn: 'NIK 16 digit, atau nomor internal seperti THL-007',
};

export async function mount(root, { actions, go }) {
  // The page size is core's (each page says it); the arrows step by it.
  const filter = { search: '', unit_id: null, include_inactive: false, offset: 0 };
  let list = [];
  let page = { rows: [], total: 0, offset: 0, limit: 1 };

  const addButton = h('button', { type: 'button', class: 'primary', id: 'staff-add' }, 'Tambah pegawai');
  const importPanel = h('section', { class: 'form section', id: 'staff-import-panel', hidden: true });
  actions.append(
    h('button', { type: 'button', id: 'staff-import', onclick: () => importStaff(importPanel, async () => { await store.refresh(); await go('pegawai'); }) }, 'Impor dari Excel…'),
    h('button', { type: 'button', id: 'staff-export', onclick: () => saveStaffFile('export') }, 'Ekspor ke Excel'),
    h('button', { type: 'button', id: 'staff-template', onclick: () => saveStaffFile('template') }, 'Unduh templat'),
    addButton);

  const search = h('input', { type: 'search', id: 'staff-search', placeholder: 'Cari nama, NIP/NIK, atau jabatan', 'aria-label': 'Cari pegawai' });
  const unitFilter = select({ id: 'staff-unit-filter', 'aria-label': 'Saring menurut unit kerja' }, unitOptions(), '', 'Semua unit kerja');
  const inactive = h('input', { type: 'checkbox', id: 'staff-inactive' });
  const count = h('span', { class: 'muted', id: 'staff-count' });
  const prevPage = h('button', { type: 'button', id: 'staff-prev', hidden: true }, '◀ Sebelumnya');
  const nextPage = h('button', { type: 'button', id: 'staff-next', hidden: true }, 'Berikutnya ▶');
  const tbody = h('tbody', { id: 'staff-rows' });
  const table = h('table', { class: 'grid', id: 'staff-table' },
    h('thead', {}, h('tr', {},
      ['No', 'NIP / NIK', 'Nama / jabatan', 'Pangkat/Gol.', 'Unit kerja / tim', 'Telepon', ''].map((t) => h('th', {}, t)))),
    tbody);
  root.appendChild(importPanel);
  root.appendChild(h('div', { class: 'toolbar' },
    search, unitFilter,
    h('label', { class: 'check' }, inactive, 'Tampilkan nonaktif'),
    count, prevPage, nextPage));
  root.appendChild(h('div', { class: 'table-wrap' }, table));

  async function load() {
    try {
      page = await call('staff_page', { filter });
      list = page.rows;
    } catch (err) {
      notify(err.message, 'error');
      return;
    }
    clear(tbody);
    if (list.length === 0) {
      tbody.appendChild(h('tr', {}, h('td', { colspan: 7, class: 'empty' },
        filter.search || filter.unit_id ? 'Tidak ada pegawai yang cocok.' : 'Belum ada pegawai. Klik "Tambah pegawai".')));
    }
    list.forEach((p, i) => tbody.appendChild(row(p, page.offset + i + 1)));
    const paged = page.total > list.length;
    count.textContent = paged
      ? `Baris ${num(page.offset + 1)}–${num(page.offset + list.length)} dari ${num(page.total)} pegawai`
      : `${num(page.total)} pegawai`;
    prevPage.hidden = nextPage.hidden = !paged;
    prevPage.disabled = page.offset === 0;
    nextPage.disabled = page.offset + list.length >= page.total;
  }

  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { filter.search = search.value; filter.offset = 0; load(); }, 150);
  });
  unitFilter.addEventListener('change', () => { filter.unit_id = unitFilter.value ? Number(unitFilter.value) : null; filter.offset = 0; load(); });
  inactive.addEventListener('change', () => { filter.include_inactive = inactive.checked; filter.offset = 0; load(); });
  prevPage.addEventListener('click', () => { filter.offset = Math.max(0, page.offset - page.limit); load(); });
  nextPage.addEventListener('click', () => { filter.offset = page.offset + page.limit; load(); });
  addButton.addEventListener('click', () => openForm(null));

  tbody.addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-action]');
    if (!b) return;
    const p = list.find((x) => x.id === Number(b.dataset.id));
    if (!p) return;
    if (b.dataset.action === 'edit') openForm(p);
    if (b.dataset.action === 'toggle') {
      try {
        const r = await call('staff_set_active', { id: p.id, active: !p.active });
        notify(r.active ? `${r.name} diaktifkan kembali.` : `${r.name} dinonaktifkan; datanya tetap tersimpan.`);
        await store.refresh();
        load();
      } catch (err) {
        notify(err.message, 'error');
      }
    }
  });

  function openForm(person) {
    const panel = staffForm(person, async (saved) => {
      notify(person ? `Data ${saved.name} disimpan.` : `Pegawai ditambahkan: ${saved.name}.`);
      await store.refresh();
      await load();
    });
    openPanel(root, panel);
    panel.querySelector('select, input').focus();
  }

  await load();
}

function unitOptions() {
  const out = [];
  for (const u of store.topUnits()) {
    out.push({ key: u.id, label: u.name });
    for (const t of store.teamsOf(u.id)) out.push({ key: t.id, label: `— ${t.name}` });
  }
  return out;
}

function row(p, n) {
  const place = p.team_name ? [p.unit_name, h('br'), h('span', { class: 'muted' }, p.team_name)] : p.unit_name;
  return h('tr', { dataset: { id: p.id }, class: p.active ? '' : 'inactive' },
    h('td', { class: 'num' }, num(n)),
    h('td', { class: 'nowrap mono' }, p.id_display, h('br'), h('span', { class: 'muted small' }, store.label('staff_kinds', p.kind))),
    h('td', { class: 'name' }, h('span', { class: 'staff-name' }, p.name),
      p.active ? null : h('span', { class: 'badge' }, 'Nonaktif'),
      h('br'), h('span', { class: 'muted' }, p.jabatan)),
    h('td', {}, p.pangkat_display),
    h('td', {}, place),
    h('td', { class: 'nowrap' }, p.phone_display),
    h('td', { class: 'nowrap' },
      h('button', { type: 'button', class: 'small', dataset: { action: 'edit', id: p.id } }, 'Ubah'),
      ' ',
      h('button', { type: 'button', class: 'small', dataset: { action: 'toggle', id: p.id } }, p.active ? 'Nonaktifkan' : 'Aktifkan')));
}

/** The add/edit form in a panel over the list; `onSaved` runs after a successful save. */
function staffForm(person, onSaved) {
  const { choices } = store.get();
  const p = person || { kind: 'pns', jabatan_class: '', golongan: '', unit_id: null, team_id: null };
  const kind = select({}, choices.staff_kinds, p.kind);
  const idNumber = h('input', { type: 'text', autocomplete: 'off', value: person ? person.id_display : '' });
  const name = h('input', { type: 'text', autocomplete: 'off', value: p.name || '' });
  const jabatanClass = select({}, choices.jabatan_classes, p.jabatan_class, '— pilih —');
  const jabatan = h('input', { type: 'text', value: p.jabatan || '' });
  const golongan = h('select', {});
  const unit = select({}, store.topUnits().map((u) => ({ key: u.id, label: u.name })), p.unit_id, '— pilih —');
  const team = h('select', {});
  const phone = h('input', { type: 'tel', value: p.phone || '' });
  const machineId = h('input', { type: 'text', autocomplete: 'off', value: p.machine_id || '' });
  const address = h('input', { type: 'text', value: p.address || '' });
  const tmt = dateInput({}, p.tmt_cpns || '');

  const idField = field('id_number', ID_LABEL[p.kind], idNumber, ID_HINT[p.kind]);
  function syncKind() {
    const k = kind.value;
    idField.querySelector('label').textContent = ID_LABEL[k];
    idField.querySelector('.field-hint').textContent = ID_HINT[k];
    const keep = golongan.value || p.golongan;
    clear(golongan);
    const opts = k === 'pns' ? choices.golongan_pns : k === 'pppk' ? choices.golongan_pppk : [];
    golongan.appendChild(h('option', { value: '' }, k === 'non_asn' ? '— tidak ada —' : '— pilih —'));
    for (const o of opts) golongan.appendChild(h('option', { value: o.key, selected: o.key === keep }, o.label));
    golongan.disabled = k === 'non_asn';
  }
  function syncTeams() {
    const keep = team.value || (p.team_id ?? '');
    clear(team);
    team.appendChild(h('option', { value: '' }, '— tanpa tim/seksi —'));
    for (const t of store.teamsOf(Number(unit.value))) {
      team.appendChild(h('option', { value: t.id, selected: String(t.id) === String(keep) }, t.name));
    }
    team.disabled = team.options.length === 1;
  }
  kind.addEventListener('change', syncKind);
  unit.addEventListener('change', syncTeams);
  syncKind();
  syncTeams();

  const form = h('form', { class: 'form', id: 'staff-form', novalidate: true },
    h('h2', {}, person ? `Ubah data: ${person.name}` : 'Tambah pegawai'),
    h('div', { class: 'form-grid' },
      field('kind', 'Jenis pegawai', kind),
      idField,
      field('name', 'Nama lengkap dengan gelar', name, 'Tulis seperti pada SK, mis. Dr. Siti Aminah, S.E., M.Si.'),
      field('jabatan_class', 'Kelas jabatan', jabatanClass),
      field('jabatan', 'Nama jabatan', jabatan),
      field('golongan', 'Pangkat / golongan', golongan),
      field('unit_id', 'Unit kerja', unit),
      field('team_id', 'Tim / seksi', team),
      field('phone', 'Nomor telepon', phone, 'Untuk cek keberadaan saat WFH'),
      field('machine_id', 'ID mesin presensi', machineId, 'Nomor pegawai di mesin presensi (AC-No./PIN); kosongkan bila mesin memakai NIP'),
      field('address', 'Alamat rumah', address, 'Seperti di data kepegawaian (SIASN): tempat bekerja bila WFA di rumah'),
      field('tmt_cpns', 'TMT CPNS', tmt, 'PPPK: TMT pengangkatan. Kosong: dibaca dari NIP (untuk syarat pegawai baru)')),
    h('div', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'staff-save' }, 'Simpan'),
      h('button', { type: 'button', id: 'staff-cancel', onclick: () => close() }, 'Batal')));

  const panel = h('div', { class: 'overlay', id: 'staff-panel' }, h('div', { class: 'panel', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Formulir pegawai' }, form));
  function close() {
    panel.remove();
  }
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const v = values(form);
    const input = {
      ...v,
      unit_id: v.unit_id ? Number(v.unit_id) : null,
      team_id: v.team_id ? Number(v.team_id) : null,
    };
    const save = form.querySelector('#staff-save');
    save.disabled = true;
    try {
      const saved = person
        ? await call('staff_edit', { id: person.id, input })
        : await call('staff_add', { input });
      close();
      await onSaved(saved);
    } catch (err) {
      showErrors(form, err);
    } finally {
      save.disabled = false;
    }
  });
  return panel;
}
