// Riwayat Perubahan: every change, newest first, with who, when, which action and what changed
// (from core's audit trail), filtered by kind of data; "Periksa keutuhan" recomputes the chain.

import { call } from '../api.js';
import { h, clear, notify, select } from '../dom.js';
import * as store from '../store.js';

export const title = 'Riwayat Perubahan';


export async function mount(root) {
  const table = select({ id: 'audit-table', 'aria-label': 'Jenis data' }, store.get().choices.data_kinds, '', 'Semua data');
  const verify = h('button', { type: 'button', id: 'audit-verify' }, 'Periksa keutuhan');
  const more = h('button', { type: 'button', id: 'audit-more', hidden: true }, 'Muat lebih lama');
  const verdict = h('div', { id: 'audit-verdict' });
  const tbody = h('tbody', { id: 'audit-rows' });
  let oldest = null;
  root.appendChild(h('div', { class: 'toolbar' }, h('label', { for: 'audit-table' }, 'Data'), table, verify));
  root.appendChild(verdict);
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'audit-list' },
    h('thead', {}, h('tr', {}, ['Waktu', 'Oleh', 'Tindakan', 'Data', 'Perubahan'].map((t) => h('th', {}, t)))), tbody)));
  root.appendChild(h('div', { class: 'actions' }, more));

  async function load(append) {
    if (!append) {
      clear(tbody);
      oldest = null;
    }
    let list;
    try {
      list = await call('audit_recent', { table: table.value || null, beforeId: oldest });
    } catch (err) {
      notify(err.message, 'error');
      return;
    }
    if (!append && list.length === 0) tbody.appendChild(h('tr', {}, h('td', { colspan: 5, class: 'empty' }, 'Belum ada perubahan.')));
    for (const e of list) {
      tbody.appendChild(h('tr', {},
        h('td', { class: 'nowrap mono' }, e.at), h('td', {}, e.who), h('td', {}, e.action), h('td', {}, e.what),
        h('td', { class: 'small' }, e.changes.length > 6 ? `${e.changes.slice(0, 6).join('; ')}; …` : e.changes.join('; '))));
      oldest = e.id;
    }
    more.hidden = list.length < 200;
  }

  verify.addEventListener('click', async () => {
    clear(verdict);
    try {
      const v = await call('audit_verify');
      verdict.appendChild(h('div', { class: `card ${v.intact ? 'verdict-ok' : 'card-error'}`, role: 'status' }, h('p', {}, v.message)));
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  table.addEventListener('change', () => load(false));
  more.addEventListener('click', () => load(true));
  await load(false);
}
