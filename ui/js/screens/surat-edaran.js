// Surat Edaran: the office's circulars (added from the built-in templates, pasted as JSON,
// edited, copied) and, for a chosen period, which circular governs each day and what each
// unit needs. All rules come from core: this screen only shows what it answers.

import { call } from '../api.js';
import * as store from '../store.js';
import { h, clear, num, select, notify, dateShort as short, dateInput, openPanel } from '../dom.js';
import { field, showErrors, clearErrors } from '../form.js';
import { circularForm } from '../circular-form.js';

export const title = 'Surat Edaran';

function period(c) {
  return `${short(c.valid_from)} s.d. ${c.valid_to ? short(c.valid_to) : 'dicabut'}`;
}

/** Monday and Friday of the current week, as ISO dates. */
function thisWeek() {
  const now = store.todayDate();
  const monday = new Date(now);
  monday.setDate(now.getDate() - ((now.getDay() + 6) % 7));
  const friday = new Date(monday);
  friday.setDate(monday.getDate() + 4);
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return [iso(monday), iso(friday)];
}

export async function mount(root, { actions }) {
  const templates = await call('circular_templates');
  let list = [];

  const tbody = h('tbody', { id: 'circular-rows' });
  const addForm = templateForm(templates, async () => { await load(); });
  const importForm = jsonImportForm(async () => { await load(); });
  const needs = needsSection();

  actions.appendChild(h('button', { type: 'button', id: 'circular-import-open', onclick: () => { importForm.hidden = !importForm.hidden; } }, 'Impor JSON'));
  // A circular no template resembles: every field from the letter, checked by core on saving.
  actions.appendChild(h('button', { type: 'button', id: 'circular-new', onclick: async () => {
    openPanel(root, circularForm(await call('circular_blank'), { isNew: true, others: list }, async (saved) => {
      notify(`${saved.number} disimpan sebagai ${saved.key}.`);
      await load();
      needs.refresh();
    }));
  } }, 'SE baru (kosong)'));

  root.appendChild(addForm);
  root.appendChild(importForm);
  root.appendChild(h('h2', { class: 'section' }, 'Surat Edaran yang dipakai kantor ini'));
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'circular-table' },
    h('thead', {}, h('tr', {}, ['Kode', 'Nomor / penerbit', 'Ditandatangani', 'Berlaku', 'Aturan', ''].map((t) => h('th', {}, t)))),
    tbody)));
  root.appendChild(await zoneSection(() => needs.refresh()));
  root.appendChild(await psbbSection(() => needs.refresh()));
  root.appendChild(needs.el);

  async function load() {
    list = await call('circulars_list');
    clear(tbody);
    if (list.length === 0) {
      tbody.appendChild(h('tr', {}, h('td', { colspan: 6, class: 'empty' },
        'Belum ada Surat Edaran. Tanpa SE semua pegawai WFO pada hari kerja. Tambahkan dari templat di atas.')));
    }
    for (const c of list) {
      tbody.appendChild(h('tr', { dataset: { key: c.key } },
        h('td', { class: 'mono' }, c.key),
        h('td', {}, h('strong', {}, c.number), h('br'), h('span', { class: 'muted' }, c.issuer), h('br'), h('span', { class: 'small' }, c.title),
          c.inferred_note ? h('div', { class: 'warning small', dataset: { inferred: c.key } }, c.inferred_note) : null,
          c.within ? h('div', { class: 'small', dataset: { within: c.within } }, `Melaksanakan ${list.find((o) => o.key === c.within)?.number || c.within} (${c.within})`) : null),
        h('td', { class: 'nowrap' }, short(c.signed_on)),
        h('td', { class: 'nowrap' }, period(c)),
        h('td', { class: 'small' }, c.rules_text.length === 0 ? 'Semua pegawai WFO' : c.rules_text.map((t) => h('div', {}, t))),
        h('td', { class: 'row-actions' },
          h('button', { type: 'button', class: 'small', dataset: { action: 'edit', key: c.key } }, 'Ubah'), ' ',
          h('button', { type: 'button', class: 'small', dataset: { action: 'copy', key: c.key } }, 'Salin'), ' ',
          h('button', { type: 'button', class: 'small', dataset: { action: 'export', key: c.key } }, 'JSON'), ' ',
          h('button', { type: 'button', class: 'small', dataset: { action: 'history', key: c.key } }, 'Riwayat'))));
    }
  }

  tbody.addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-action]');
    if (!b) return;
    const c = list.find((x) => x.key === b.dataset.key);
    if (!c) return;
    if (b.dataset.action === 'edit' || b.dataset.action === 'copy') {
      const copy = b.dataset.action === 'copy';
      const start = copy ? { ...structuredClone(c), key: `${c.key}-salinan` } : structuredClone(c);
      openPanel(root, circularForm(start, { isNew: copy, others: list }, async (saved) => {
        notify(copy ? `Salinan disimpan sebagai ${saved.key}.` : `${saved.number} disimpan.`);
        await load();
        needs.refresh();
      }));
    }
    if (b.dataset.action === 'history') {
      try {
        openPanel(root, historyPanel(c, await call('circular_history', { key: c.key })));
      } catch (err) {
        notify(err.message, 'error');
      }
    }
    if (b.dataset.action === 'export') {
      try {
        const json = await call('circular_export', { key: c.key });
        openPanel(root, jsonPanel(c, json));
      } catch (err) {
        notify(err.message, 'error');
      }
    }
  });

  await load();
  await needs.refresh();
}

function templateForm(templates, onAdded) {
  const year = (t) => t.signed_on.slice(0, 4);
  // A decision of the office has no number of its own until the clerk gives it one: its title names it.
  const opts = templates.map((t) => ({
    key: t.key,
    label: t.key === 'normal' ? 'Normal: semua pegawai WFO' : t.number === '-' ? `${t.title} (${year(t)})` : `${t.number} — ${t.issuer} (${year(t)})`,
  }));
  const tpl = select({ id: 'circular-template' }, opts, '', '— pilih templat —');
  const key = h('input', { type: 'text', id: 'circular-new-key', placeholder: 'bawaan: kode templat' });
  const from = dateInput({ id: 'circular-new-from' });
  const to = dateInput({ id: 'circular-new-to' });
  const info = h('div', { class: 'muted small', id: 'circular-template-info' });
  tpl.addEventListener('change', () => {
    const t = templates.find((x) => x.key === tpl.value);
    info.textContent = t ? `${t.title}. Berlaku ${period(t)}. Sumber: ${t.source}` : '';
  });
  const form = h('form', { class: 'form inline-form', id: 'circular-add-form', novalidate: true },
    h('h2', {}, 'Tambah Surat Edaran dari templat'),
    h('div', { class: 'form-row' },
      field('template', 'Templat', tpl),
      field('key', 'Kode SE', key),
      field('from', 'Berlaku dari', from, 'Kosongkan: tanggal pada SE'),
      field('to', 'Berlaku sampai', to),
      h('div', { class: 'field button-field' }, h('label', {}, '\u00a0'), h('button', { type: 'submit', class: 'primary', id: 'circular-add' }, 'Tambah'))),
    info,
    h('div', { class: 'form-error', role: 'alert' }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    if (!tpl.value) {
      showErrors(form, { message: 'Pilih templat SE.', fields: [{ field: 'template', message: 'Pilih templat SE.' }] });
      return;
    }
    try {
      const c = await call('circular_add_template', { template: tpl.value, key: key.value || null, from: from.value || null, to: to.value || null });
      notify(`SE ditambahkan: SE ${c.issuer} Nomor ${c.number} (${c.key}).`);
      key.value = '';
      await onAdded(c);
    } catch (err) {
      showErrors(form, err);
    }
  });
  return form;
}

function jsonImportForm(onImported) {
  const text = h('textarea', { id: 'circular-json', rows: 8, spellcheck: 'false', placeholder: '{ "key": "…", "number": "…", … }' });
  const replace = h('input', { type: 'checkbox', id: 'circular-json-replace' });
  const form = h('form', { class: 'form inline-form', id: 'circular-import-form', novalidate: true, hidden: true },
    h('h2', {}, 'Impor Surat Edaran dari JSON'),
    h('p', { class: 'muted small' }, 'Tempel isi berkas SE (JSON) yang dibagikan kantor lain atau dari perintah `giliran circular export`.'),
    field('json', 'Isi JSON', text),
    h('label', { class: 'check' }, replace, 'Ganti SE dengan kode yang sama (versi lama tetap di riwayat)'),
    h('div', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'circular-import' }, 'Impor')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try {
      const c = await call('circular_import', { json: text.value, replace: replace.checked });
      notify(`SE dibaca: SE ${c.issuer} Nomor ${c.number} (${c.key}).`);
      text.value = '';
      form.hidden = true;
      await onImported(c);
    } catch (err) {
      showErrors(form, err);
    }
  });
  return form;
}

/** Every saved version of a circular, oldest first. */
function historyPanel(c, entries) {
  const panel = h('div', { class: 'overlay', id: 'circular-history' }, h('div', { class: 'panel', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Riwayat Surat Edaran' },
    h('div', { class: 'form' },
      h('h2', {}, `Riwayat ${c.key}`),
      h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, ['Waktu', 'Tindakan', 'Nomor', 'Berlaku', 'Aturan'].map((t) => h('th', {}, t)))),
        h('tbody', {}, entries.map((e) => h('tr', {},
          h('td', { class: 'nowrap' }, e.at),
          h('td', {}, e.action === 'tambah' ? 'Ditambahkan' : 'Diubah'),
          h('td', {}, e.circular.number),
          h('td', { class: 'nowrap' }, period(e.circular)),
          h('td', { class: 'small' }, e.rules_text.join('; ')))))),
      h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => panel.remove() }, 'Tutup')))));
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') panel.remove(); });
  return panel;
}

function jsonPanel(c, json) {
  const area = h('textarea', { rows: 20, readonly: true, class: 'mono', id: 'circular-json-out' });
  area.value = json;
  const panel = h('div', { class: 'overlay', id: 'circular-json' }, h('div', { class: 'panel', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'JSON Surat Edaran' },
    h('div', { class: 'form' },
      h('h2', {}, `JSON ${c.key}`),
      h('p', { class: 'muted small' }, 'Salin teks ini untuk dibagikan; kantor lain mengimpornya dengan "Impor JSON".'),
      area,
      h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => panel.remove() }, 'Tutup')))));
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') panel.remove(); });
  setTimeout(() => area.select(), 0);
  return panel;
}

/** Which circular governs each working day of a period, and what each unit needs. */
function needsSection() {
  const [mon, fri] = thisWeek();
  const from = dateInput({ id: 'needs-from' }, mon);
  const to = dateInput({ id: 'needs-to' }, fri);
  const body = h('div', { id: 'needs-result' });
  const form = h('form', { class: 'toolbar', id: 'needs-form', novalidate: true },
    h('label', { for: 'needs-from' }, 'Dari'), from,
    h('label', { for: 'needs-to' }, 'sampai'), to,
    h('button', { type: 'submit', class: 'primary', id: 'needs-show' }, 'Tampilkan'));
  const el = h('div', { class: 'section' }, h('h2', {}, 'Kebutuhan WFO per hari kerja'), form, body);

  async function refresh() {
    clear(body);
    let rows;
    try {
      rows = await call('needs', { from: from.value, to: to.value });
    } catch (err) {
      body.appendChild(h('p', { class: 'form-error', role: 'alert' }, err.message));
      return;
    }
    if (rows.length === 0) {
      body.appendChild(h('p', { class: 'muted' }, 'Tidak ada hari kerja pada periode ini.'));
      return;
    }
    const table = h('table', { class: 'grid', id: 'needs-table' },
      h('thead', {}, h('tr', {}, ['Unit kerja', 'Kelas', 'Dihitung', 'WFO di kantor', 'Aturan', 'Catatan'].map((t) => h('th', {}, t)))));
    let day = null;
    let tb = null;
    for (const n of rows) {
      if (n.date !== day) {
        day = n.date;
        tb = h('tbody', { dataset: { date: n.date } });
        tb.appendChild(h('tr', { class: 'day-head' }, h('td', { colspan: 6 },
          h('strong', {}, n.date_label), ' — ',
          n.in_force.length > 1 ? chooser(n) : (n.circular || 'Tanpa SE'),
          h('div', { class: 'muted small' }, n.why))));
        table.appendChild(tb);
      }
      const wfo = n.need.min === n.need.max ? num(n.need.min) : `${num(n.need.min)} – ${num(n.need.max)}`;
      tb.appendChild(h('tr', { dataset: { unit: n.unit_id } },
        h('td', {}, n.unit_name),
        h('td', {}, store.classLabel(n.service_class)),
        h('td', { class: 'num' }, num(n.need.available), n.not_counted ? h('div', { class: 'muted small' }, `+${num(n.not_counted)} tidak dihitung`) : null),
        h('td', { class: 'num' }, wfo),
        h('td', {}, n.need.rule),
        h('td', { class: n.need.conflict ? 'conflict' : '' }, n.need.conflict || '')));
    }
    body.appendChild(h('div', { class: 'table-wrap' }, table));
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); refresh(); });

  /** Several circulars in force: the clerk picks the one this day follows. */
  function chooser(n) {
    const sel = select({ 'aria-label': `SE untuk ${n.date_label}`, dataset: { chooseDate: n.date } },
      n.in_force.map(([key, citation]) => ({ key, label: citation })), n.circular_key);
    sel.addEventListener('change', async () => {
      const day = short(n.date);
      try {
        await call('circular_choose', { key: sel.value, from: day, to: day });
        notify(`${n.date_label} mengikuti ${sel.options[sel.selectedIndex].text}.`);
        await refresh();
      } catch (err) {
        notify(err.message, 'error');
      }
    });
    return sel;
  }
  return { el, refresh };
}

/** The region's risk zone per period (SE MenPAN-RB 67/2020 caps WFO by it): each change from
 * the day it applies; core turns the zone into the day's cap. */
async function zoneSection(onChange) {
  const { choices } = store.get();
  const rows = h('tbody', { id: 'zone-rows' });
  const day = dateInput({ id: 'zone-day' });
  const zone = select({ id: 'zone-kind' }, choices.zones, '', '— pilih zona —');
  const form = h('form', { class: 'form inline-form', id: 'zone-form', novalidate: true },
    h('h2', {}, 'Zona risiko daerah (SE MenPAN-RB 67/2020)'),
    h('p', { class: 'muted small' }, 'Dipakai oleh aturan "WFO menurut zona risiko": setiap perubahan zona dari Satgas berlaku sejak tanggalnya sampai perubahan berikutnya.'),
    h('div', { class: 'form-row' },
      field('from', 'Sejak tanggal', day),
      field('zone', 'Zona', zone),
      h('div', { class: 'field button-field' }, h('label', {}, '\u00a0'), h('button', { type: 'submit', class: 'primary', id: 'zone-add' }, 'Simpan'))),
    h('div', { class: 'form-error', role: 'alert' }),
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Sejak', 'Zona', ''].map((t) => h('th', {}, t)))), rows));
  async function load() {
    const all = await call('zones_list');
    clear(rows);
    if (all.length === 0) rows.appendChild(h('tr', {}, h('td', { colspan: 3, class: 'empty' }, 'Belum ada zona risiko yang dicatat.')));
    for (const z of all) {
      const label = choices.zones.find((c) => c.key === z.zone)?.label || z.zone;
      rows.appendChild(h('tr', { dataset: { from: z.from } }, h('td', { class: 'nowrap' }, short(z.from)), h('td', {}, label),
        h('td', {}, h('button', { type: 'button', class: 'small danger', dataset: { remove: z.from } }, 'Hapus'))));
    }
  }
  wireDatedList(form, rows, {
    save: async () => {
      const z = await call('zone_set', { from: day.value, zone: zone.value });
      day.value = '';
      return `Zona sejak ${short(z.from)} disimpan.`;
    },
    remove: (from) => call('zone_remove', { from }),
    load,
    onChange,
  });
  await load();
  return form;
}

/** The periods the region was under PSBB: SE MenPAN-RB 58/2020 sends every task that need
 * not be in the office home there (the circular's "di wilayah PSBB" rules). */
async function psbbSection(onChange) {
  const rows = h('tbody', { id: 'psbb-rows' });
  const from = dateInput({ id: 'psbb-from' });
  const to = dateInput({ id: 'psbb-to' });
  const form = h('form', { class: 'form inline-form', id: 'psbb-form', novalidate: true },
    h('h2', {}, 'Masa PSBB daerah (SE MenPAN-RB 58/2020)'),
    h('p', { class: 'muted small' }, 'Selama PSBB, SE yang mengaturnya memakai aturan "di wilayah PSBB": bekerja dari rumah kecuali tugas yang harus di kantor.'),
    h('div', { class: 'form-row' },
      field('from', 'Dari tanggal', from),
      field('to', 'Sampai tanggal', to),
      h('div', { class: 'field button-field' }, h('label', {}, '\u00a0'), h('button', { type: 'submit', class: 'primary', id: 'psbb-add' }, 'Simpan'))),
    h('div', { class: 'form-error', role: 'alert' }),
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Dari', 'Sampai', ''].map((t) => h('th', {}, t)))), rows));
  async function load() {
    const all = await call('psbb_list');
    clear(rows);
    if (all.length === 0) rows.appendChild(h('tr', {}, h('td', { colspan: 3, class: 'empty' }, 'Belum ada masa PSBB yang dicatat.')));
    for (const p of all) {
      rows.appendChild(h('tr', { dataset: { from: p.from } }, h('td', { class: 'nowrap' }, short(p.from)), h('td', { class: 'nowrap' }, short(p.to)),
        h('td', {}, h('button', { type: 'button', class: 'small danger', dataset: { remove: p.from } }, 'Hapus'))));
    }
  }
  wireDatedList(form, rows, {
    save: async () => {
      const p = await call('psbb_add', { from: from.value, to: to.value });
      from.value = '';
      to.value = '';
      return `PSBB ${short(p.from)} s.d. ${short(p.to)} disimpan.`;
    },
    remove: (day) => call('psbb_remove', { from: day }),
    load,
    onChange,
  });
  await load();
  return form;
}

/** A list of dated entries under its form (zones, PSBB periods): saving through core with the
 * fields it names, each row's Hapus, and after either the list and the needs drawn again. */
function wireDatedList(form, rows, { save, remove, load, onChange }) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try {
      notify(await save());
      await load();
      onChange();
    } catch (err) {
      showErrors(form, err);
    }
  });
  rows.addEventListener('click', async (e) => {
    const b = e.target.closest('[data-remove]');
    if (!b) return;
    try {
      await remove(b.dataset.remove);
      await load();
      onChange();
    } catch (err) {
      notify(err.message, 'error');
    }
  });
}
