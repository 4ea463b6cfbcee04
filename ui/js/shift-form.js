// The shift setting of one unit (Kaltim 2020: "dengan cara shift"): how its groups take turns,
// from when, the groups (with their weekdays for the fixed-day pattern) and who is in which.
// Core checks and saves it; the planner then puts the group whose turn it is in the office.

import { call } from './api.js';
import * as store from './store.js';
import { h, clear, select, dateInput, notify } from './dom.js';
import { field, showErrors, clearErrors } from './form.js';

/** A panel for the shift setting of unit `u`; `onSaved` after a save or a removal. */
export async function shiftForm(u, onSaved) {
  const { choices } = store.get();
  const [shift, staff] = await Promise.all([call('shift_get', { unitId: u.id }), call('staff_list', { filter: { unit_id: u.id } })]);
  const people = staff.filter((s) => s.unit_id === u.id);
  const pattern = select({ name: 'pattern', id: 'shift-pattern' }, choices.shift_patterns, shift?.pattern ?? '', '— pilih pola —');
  const start = dateInput({ name: 'start', id: 'shift-start' }, shift?.start ?? '');
  const groupBody = h('tbody', { id: 'shift-groups' });
  const memberBody = h('tbody', { id: 'shift-members' });
  let groups = (shift?.groups ?? [{ name: 'Regu A', days: [] }, { name: 'Regu B', days: [] }]).map((g) => ({ ...g }));
  const memberOf = new Map();
  (shift?.groups ?? []).forEach((g, i) => g.members.forEach((m) => memberOf.set(m, i)));

  function renderGroups() {
    clear(groupBody);
    const fixed = pattern.value === 'hari';
    groups.forEach((g, i) => {
      const name = h('input', { type: 'text', value: g.name, 'aria-label': `Nama regu ${i + 1}`, dataset: { groupName: i } });
      name.addEventListener('input', () => { g.name = name.value; renderMembers(); });
      const days = choices.days.slice(0, 6).map((d) => {
        const box = h('input', { type: 'checkbox', value: d.key, checked: g.days.includes(d.key), disabled: !fixed, dataset: { groupDay: `${i}-${d.key}` } });
        box.addEventListener('change', () => { g.days = box.checked ? [...g.days, d.key] : g.days.filter((x) => x !== d.key); });
        return h('label', { class: 'check' }, box, d.label);
      });
      const remove = h('button', { type: 'button', class: 'small danger', disabled: groups.length <= 2 }, 'Hapus');
      remove.addEventListener('click', () => {
        groups.splice(i, 1);
        for (const [m, gi] of memberOf) if (gi === i) memberOf.delete(m); else if (gi > i) memberOf.set(m, gi - 1);
        renderGroups();
      });
      groupBody.appendChild(h('tr', {}, h('td', {}, name), h('td', {}, h('div', { class: 'checks small' }, days)), h('td', {}, remove)));
    });
    renderMembers();
  }

  function renderMembers() {
    clear(memberBody);
    for (const p of people) {
      const pick = select({ 'aria-label': `Regu ${p.name}`, dataset: { member: p.id } },
        groups.map((g, i) => ({ key: i, label: g.name || `Regu ${i + 1}` })), memberOf.get(p.id) ?? '', '— tanpa regu —');
      pick.addEventListener('change', () => { if (pick.value === '') memberOf.delete(p.id); else memberOf.set(p.id, Number(pick.value)); });
      memberBody.appendChild(h('tr', {}, h('td', {}, p.name, h('div', { class: 'muted small mono' }, p.id_display)), h('td', {}, p.team_name || '—'), h('td', {}, pick)));
    }
  }

  pattern.addEventListener('change', renderGroups);
  const addGroup = h('button', { type: 'button', id: 'shift-group-add' }, 'Tambah regu');
  addGroup.addEventListener('click', () => { groups.push({ name: `Regu ${String.fromCharCode(65 + groups.length)}`, days: [] }); renderGroups(); });

  const input = (withMembers) => ({
    pattern: pattern.value,
    start: start.value,
    groups: groups.map((g, i) => ({
      name: g.name,
      days: pattern.value === 'hari' ? g.days : [],
      members: withMembers ? people.filter((p) => memberOf.get(p.id) === i).map((p) => p.id) : [],
    })),
  });
  async function save(withMembers) {
    clearErrors(form);
    try {
      const saved = await call('shift_set', { unitId: u.id, input: input(withMembers) });
      panel.remove();
      notify(`Shift ${u.name} disimpan: ${saved.groups.map((g) => `${g.name} ${g.members.length} orang`).join(', ')}.`);
      await onSaved();
    } catch (err) {
      showErrors(form, err);
    }
  }

  const form = h('form', { class: 'form', id: 'shift-form', novalidate: true },
    h('h2', {}, `Shift ${u.name}`),
    h('p', { class: 'muted small' }, 'Pegawai unit dibagi menjadi regu yang bergiliran di kantor. Saat jadwal disusun, regu yang bergiliran dijadwalkan WFO dan regu lain WFH, '
      + 'sepanjang kuota SE terpenuhi; bila kuota tidak memungkinkan, jadwal menyimpang dari giliran dan hal itu disebutkan.'),
    h('div', { class: 'form-grid' },
      field('pattern', 'Pola', pattern, 'Bergantian tiap hari kerja, tiap minggu, atau hari tetap per regu'),
      field('start', 'Mulai', start, 'Giliran dihitung sejak tanggal ini')),
    h('h3', { class: 'section' }, 'Regu'),
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Nama regu', 'Hari di kantor (pola hari tetap)', ''].map((t) => h('th', {}, t)))), groupBody),
    h('div', { class: 'actions' }, addGroup),
    h('div', { class: 'field-error', dataset: { errorFor: 'groups' } }),
    h('h3', { class: 'section' }, 'Anggota regu'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Pegawai', 'Tim/Seksi', 'Regu'].map((t) => h('th', {}, t)))), memberBody)),
    h('div', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'shift-save' }, 'Simpan'),
      h('button', { type: 'button', id: 'shift-split', onclick: () => save(false) }, 'Bagi rata lalu simpan'),
      shift ? h('button', { type: 'button', class: 'danger', id: 'shift-clear', onclick: async () => {
        try {
          await call('shift_clear', { unitId: u.id });
          panel.remove();
          notify(`Shift ${u.name} dihapus; unit kembali dijadwalkan per orang.`);
          await onSaved();
        } catch (err) {
          notify(err.message, 'error');
        }
      } }, 'Hapus shift') : null,
      h('button', { type: 'button', id: 'shift-cancel', onclick: () => panel.remove() }, 'Batal')));
  form.addEventListener('submit', (e) => { e.preventDefault(); save(true); });

  const panel = h('div', { class: 'overlay', id: 'shift-panel' },
    h('div', { class: 'panel wide', role: 'dialog', 'aria-modal': 'true', 'aria-label': `Shift ${u.name}` }, form));
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') panel.remove(); });
  renderGroups();
  setTimeout(() => pattern.focus(), 0);
  return panel;
}
