// Unit Kerja: units and their teams; add, edit (name, class, place) in the row, delete if empty.

import { call } from '../api.js';
import * as store from '../store.js';
import { h, clear, num, select, notify, openPanel } from '../dom.js';
import { field, showErrors, clearErrors } from '../form.js';
import { shiftForm } from '../shift-form.js';

export const title = 'Unit Kerja';

export async function mount(root) {
  const form = addForm(() => render());
  const tbody = h('tbody', { id: 'unit-rows' });
  root.appendChild(form);
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'unit-table' },
    h('thead', {}, h('tr', {},
      h('th', {}, 'Nama unit kerja / tim'), h('th', {}, 'Kelas layanan'), h('th', {}, 'Hari kerja'), h('th', {}, 'Di bawah'),
      h('th', { class: 'num' }, 'Pegawai aktif'), h('th', {}, ''))),
    tbody)));
  const classes = classesSection(() => render());
  root.appendChild(classes.el);

  let editing = null;

  function render() {
    classes.render();
    refreshClassPick(form.querySelector('#unit-new-class'));
    const { units, overview } = store.get();
    const counts = new Map(overview.staff.by_unit.map((u) => [u.id, u.active]));
    clear(tbody);
    if (units.length === 0) {
      tbody.appendChild(h('tr', {}, h('td', { colspan: 6, class: 'empty' }, 'Belum ada unit kerja. Tambahkan di atas.')));
    }
    for (const u of units) {
      if (editing === u.id) {
        tbody.appendChild(editRow(u));
        continue;
      }
      tbody.appendChild(h('tr', { dataset: { id: u.id }, class: u.parent_id ? 'team' : 'unit' },
        h('td', {}, u.parent_id ? h('span', { class: 'indent' }, u.name) : h('strong', {}, u.name)),
        h('td', {}, u.parent_id ? h('span', { class: 'muted' }, 'mengikuti unit') : store.classLabel(store.classOf(u))),
        h('td', {}, store.label('workdays', String(u.workdays))),
        h('td', {}, u.parent_id ? store.unitName(u.parent_id) : '—'),
        h('td', { class: 'num' }, num(counts.get(u.id) || 0)),
        h('td', { class: 'nowrap' },
          h('button', { type: 'button', class: 'small', dataset: { action: 'edit', id: u.id } }, 'Ubah'), ' ',
          u.parent_id ? null : h('button', { type: 'button', class: 'small', dataset: { action: 'shift', id: u.id } }, 'Shift'), u.parent_id ? null : ' ',
          h('button', { type: 'button', class: 'small danger', dataset: { action: 'delete', id: u.id } }, 'Hapus'))));
    }
  }

  function editRow(u) {
    const { choices } = store.get();
    const name = h('input', { type: 'text', name: 'name', value: u.name, 'aria-label': 'Nama unit kerja' });
    const cls = select({ name: 'service_class', 'aria-label': 'Kelas layanan' }, store.get().classes, store.classOf(u));
    const workdays = select({ name: 'workdays', 'aria-label': 'Hari kerja' }, choices.workdays, String(u.workdays));
    const parents = store.topUnits().filter((p) => p.id !== u.id).map((p) => ({ key: p.id, label: p.name }));
    const parent = select({ name: 'parent_id', 'aria-label': 'Di bawah unit' }, parents, u.parent_id ?? '', '— unit utama —');
    const sync = () => { cls.disabled = parent.value !== ''; };
    parent.addEventListener('change', sync);
    sync();
    const err = h('div', { class: 'field-error', dataset: { errorFor: 'name' } });
    const tr = h('tr', { class: 'editing', dataset: { id: u.id } },
      h('td', {}, name, err),
      h('td', {}, cls, h('div', { class: 'field-error', dataset: { errorFor: 'service_class' } })),
      h('td', {}, workdays, h('div', { class: 'field-error', dataset: { errorFor: 'workdays' } })),
      h('td', {}, parent, h('div', { class: 'field-error', dataset: { errorFor: 'parent_id' } })),
      h('td', {}),
      h('td', { class: 'nowrap' },
        h('button', { type: 'button', class: 'small primary', dataset: { action: 'save', id: u.id } }, 'Simpan'), ' ',
        h('button', { type: 'button', class: 'small', dataset: { action: 'cancel' } }, 'Batal')));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') tr.querySelector('[data-action="save"]').click();
      if (e.key === 'Escape') { editing = null; render(); }
    });
    setTimeout(() => name.focus(), 0);
    return tr;
  }

  tbody.addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-action]');
    if (!b) return;
    const id = Number(b.dataset.id);
    const u = store.get().units.find((x) => x.id === id);
    switch (b.dataset.action) {
      case 'edit':
        editing = id;
        render();
        break;
      case 'shift':
      {
        openPanel(document.body, await shiftForm(u, async () => { await store.refresh(); render(); }));
      }
        break;
      case 'cancel':
        editing = null;
        render();
        break;
      case 'save': {
        const tr = b.closest('tr');
        const input = {
          name: tr.querySelector('[name="name"]').value,
          service_class: tr.querySelector('[name="service_class"]').value,
          workdays: Number(tr.querySelector('[name="workdays"]').value),
          parent_id: tr.querySelector('[name="parent_id"]').value ? Number(tr.querySelector('[name="parent_id"]').value) : null,
        };
        try {
          const saved = await call('unit_update', { id, input });
          editing = null;
          await store.refresh();
          render();
          notify(`${saved.name} disimpan.`);
        } catch (err) {
          showErrors(tr, err);
        }
        break;
      }
      case 'delete':
        try {
          await call('unit_delete', { id });
          await store.refresh();
          render();
          notify(`${u.name} dihapus.`);
        } catch (err) {
          notify(err.message, 'error');
        }
        break;
    }
  });

  render();
}

/** Keeps a class pick list in step with the office's classes, keeping what was picked. */
function refreshClassPick(sel) {
  const was = sel.value;
  clear(sel);
  sel.appendChild(h('option', { value: '' }, '— pilih —'));
  for (const c of store.get().classes) sel.appendChild(h('option', { value: c.key, selected: c.key === was }, c.label));
}

/** The service classes the office names for itself ("Layanan kesehatan"): each counts as a
 * standard class where a circular does not name it; removable while no unit or SE uses it. */
function classesSection(rerender) {
  const { choices } = store.get();
  const tbody = h('tbody', { id: 'class-rows' });
  const name = h('input', { type: 'text', id: 'class-new-name', placeholder: 'mis. Layanan kesehatan' });
  const counts = select({ id: 'class-new-counts' }, choices.service_classes, '', '— pilih —');
  const form = h('form', { id: 'class-add-form', novalidate: true },
    h('div', { class: 'form-row' },
      field('label', 'Nama kelas', name),
      field('counts_as', 'Bila SE tidak menyebutnya, seperti', counts),
      h('div', { class: 'field button-field' }, h('label', {}, '\u00a0'), h('button', { type: 'submit', id: 'class-new-add' }, 'Tambah kelas'))),
    h('div', { class: 'form-error', role: 'alert' }));
  const el = h('section', { class: 'form inline-form', id: 'office-classes' },
    h('h2', {}, 'Kelas layanan kantor'),
    h('p', { class: 'muted small' },
      'Kelas baku SE: esensial, layanan publik, administrasi pemerintahan. Kantor dapat menamai kelasnya sendiri (mis. Layanan kesehatan, Pendidikan); '
      + 'SE dapat memberi aturan sendiri untuk kelas itu, dan bila tidak, berlaku aturan kelas baku yang dipilih di sini.'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Kelas'), h('th', {}, 'Bila SE tidak menyebutnya'), h('th', {}, 'Unit kerja'), h('th', {}, ''))),
      tbody)),
    form);

  function render() {
    clear(tbody);
    const own = store.get().classes.filter((c) => c.own);
    if (own.length === 0) {
      tbody.appendChild(h('tr', {}, h('td', { colspan: 4, class: 'empty' }, 'Belum ada kelas milik kantor; semua unit memakai kelas baku.')));
    }
    for (const c of own) {
      const units = store.topUnits().filter((u) => u.office_class === c.key).map((u) => u.name);
      const pick = select({ 'aria-label': `Kelas baku untuk ${c.label}`, dataset: { classCounts: c.key } }, choices.service_classes, c.counts_as);
      tbody.appendChild(h('tr', { dataset: { class: c.key } },
        h('td', {}, h('strong', {}, c.label)),
        h('td', {}, pick),
        h('td', {}, units.length ? units.join(', ') : h('span', { class: 'muted' }, 'belum ada')),
        h('td', { class: 'nowrap' }, h('button', { type: 'button', class: 'small danger', dataset: { classRemove: c.key } }, 'Hapus'))));
    }
  }

  tbody.addEventListener('change', async (e) => {
    const key = e.target.dataset.classCounts;
    if (!key) return;
    const c = store.get().classes.find((x) => x.key === key);
    try {
      await call('class_update', { key, label: c.label, countsAs: e.target.value });
      await store.refresh();
      rerender();
      notify(`${c.label}: bila SE tidak menyebutnya, seperti ${store.label('service_classes', e.target.value).toLowerCase()}.`);
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  tbody.addEventListener('click', async (e) => {
    const key = e.target.closest('button[data-class-remove]')?.dataset.classRemove;
    if (!key) return;
    try {
      await call('class_remove', { key });
      const label = store.classLabel(key);
      await store.refresh();
      rerender();
      notify(`Kelas ${label} dihapus.`);
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try {
      const c = await call('class_add', { label: name.value, countsAs: counts.value });
      await store.refresh();
      name.value = '';
      rerender();
      notify(`Kelas ${c.label} ditambahkan.`);
    } catch (err) {
      showErrors(form, err);
    }
  });
  return { el, render };
}

function addForm(render) {
  const { choices } = store.get();
  const name = h('input', { type: 'text', id: 'unit-new-name', placeholder: 'mis. Bidang Pelayanan' });
  const cls = select({ id: 'unit-new-class' }, store.get().classes, '', '— pilih —');
  const parent = select({ id: 'unit-new-parent' }, store.topUnits().map((u) => ({ key: u.id, label: u.name })), '', '— unit utama —');
  parent.addEventListener('change', () => { cls.disabled = parent.value !== ''; });
  const form = h('form', { class: 'form inline-form', id: 'unit-add-form', novalidate: true },
    h('h2', {}, 'Tambah unit kerja atau tim/seksi'),
    h('div', { class: 'form-row' },
      field('name', 'Nama', name),
      field('service_class', 'Kelas layanan', cls, 'Tim/seksi mengikuti unitnya'),
      field('parent_id', 'Di bawah', parent),
      h('div', { class: 'field button-field' }, h('label', {}, '\u00a0'), h('button', { type: 'submit', class: 'primary', id: 'unit-new-add' }, 'Tambah'))),
    h('div', { class: 'form-error', role: 'alert' }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const input = { name: name.value, service_class: cls.value, parent_id: parent.value ? Number(parent.value) : null };
    try {
      const u = await call('unit_add', { input });
      await store.refresh();
      name.value = '';
      // Offer the new unit as a parent at once.
      clear(parent);
      parent.appendChild(h('option', { value: '' }, '— unit utama —'));
      for (const t of store.topUnits()) parent.appendChild(h('option', { value: t.id, selected: String(t.id) === String(input.parent_id ?? '') }, t.name));
      render();
      notify(`${u.name} ditambahkan.`);
      name.focus();
    } catch (err) {
      showErrors(form, err);
    }
  });
  return form;
}
