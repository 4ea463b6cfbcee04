// The editor of one circular: what the letter says, a rule per service class, who is not
// counted, the obligations. The result goes to core as the circular's JSON, so the window
// and `giliran circular import` accept exactly the same thing under the same checks.

import { call } from './api.js';
import * as store from './store.js';
import { h, select, dateInput } from './dom.js';
import { field, showErrors, clearErrors } from './form.js';

/** The words a presence window's season is written with in the field: `(Ramadan)`. */
const SEASON_WORDS = { ramadan: 'Ramadan', biasa: 'di luar Ramadan' };

/** `07:00-08:00 (Ramadan)` as core takes it; a season word core does not know is sent as
 * written, and core names it. */
function windowOf(text) {
  const m = text.match(/^(.*?)\s*(?:\((.*)\))?\s*$/);
  const [from, to] = m[1].split(/[-–]/).map((t) => t.trim());
  const said = (m[2] || '').trim().toLowerCase();
  const season = Object.keys(SEASON_WORDS).find((k) => SEASON_WORDS[k].toLowerCase() === said || k === said)
    || (said === 'bukan ramadan' ? 'biasa' : said || 'selalu');
  return { from, to: to || '', season };
}

const KINDS = [
  { key: '', label: 'Normal: semua WFO' },
  { key: 'wfo_max', label: 'WFO paling banyak …' },
  { key: 'wfh_max', label: 'WFH paling banyak …' },
  { key: 'wfo_all', label: 'WFO 100%' },
  { key: 'wfh_all', label: 'WFH 100% dengan piket' },
  { key: 'fleksibel', label: 'Kerja fleksibel: paling banyak … di luar kantor' },
  { key: 'kepala_opd', label: 'Ditetapkan Kepala OPD' },
];

/** A panel editing `c`; `isNew` saves under a new key (a copy), else replaces it. */
export function circularForm(c, { isNew, others = [] }, onSaved) {
  const { choices } = store.get();
  const text = (v) => h('input', { type: 'text', value: v || '' });
  const date = (v) => dateInput({}, v);
  const area = (v, rows) => { const t = h('textarea', { rows }); t.value = v || ''; return t; };

  const key = text(c.key);
  key.readOnly = !isNew;
  const ruleRows = store.get().classes.map((cls) => ruleRow(cls, c.rules.find((r) => r.service_class === cls.key), choices.jabatan_classes));
  // Details a template inferred stay marked until the clerk has checked them on the letter.
  const inferred = c.inferred || [];
  const checkedBox = h('input', { type: 'checkbox', id: 'circular-checked' });
  const labels = Object.fromEntries((choices.circular_details || []).map((d) => [d.key, d.label]));
  const inferredNote = inferred.length
    ? h('div', { class: 'notice notice-warn', id: 'circular-inferred' },
      `Diperkirakan, belum dari naskah SE: ${inferred.map((k) => labels[k] || k).join(', ')}. `,
      h('label', { class: 'check' }, checkedBox, 'Sudah saya cocokkan dengan naskah SE'))
    : null;
  let dayRules = [];
  const dayBody = h('tbody', { id: 'day-rules' });
  const addDayRule = (dr) => {
    const row = dayRuleRow(dr, choices, () => { dayRules = dayRules.filter((x) => x !== row); });
    dayRules.push(row);
    dayBody.appendChild(row.el);
  };
  (c.day_rules || []).forEach(addDayRule);
  const notCounted = choices.jabatan_classes.map((j) => {
    const box = h('input', { type: 'checkbox', value: j.key, checked: c.not_counted.includes(j.key) });
    return h('label', { class: 'check' }, box, j.label);
  });
  const flex = flexibleSection(c.flexible, choices);
  const ob = c.obligations || {};
  const check = (name, label, on) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, checked: on }), label);

  const form = h('form', { class: 'form', id: 'circular-form', novalidate: true },
    h('h2', {}, isNew ? (c.key ? 'Salin Surat Edaran' : 'Surat Edaran baru') : `Ubah Surat Edaran ${c.key}`),
    h('div', { class: 'form-grid' },
      field('key', 'Kode SE', key, isNew ? 'Huruf kecil, angka, dan tanda minus' : 'Kode tidak dapat diubah; gunakan Salin'),
      field('number', 'Nomor', text(c.number)),
      field('issuer', 'Penerbit', text(c.issuer), 'mis. Gubernur Kalimantan Timur'),
      field('signed_on', 'Tanggal ditandatangani', date(c.signed_on)),
      field('valid_from', 'Berlaku dari', date(c.valid_from)),
      field('valid_to', 'Berlaku sampai', date(c.valid_to), 'Kosongkan bila berlaku sampai dicabut')),
    field('title', 'Perihal', text(c.title)),
    field('within', 'Melaksanakan SE kepala daerah', select({ id: 'circular-within' },
      others.filter((o) => o.key !== c.key && !o.within).map((o) => ({ key: o.key, label: `${o.number} — ${o.issuer} (${o.key})` })), c.within, '(berdiri sendiri)'),
    'Untuk keputusan Kepala OPD: berlaku selama SE itu berlaku, boleh lebih ketat, tidak lebih longgar'),
    inferredNote,
    h('h3', { class: 'section' }, 'Aturan per kelas layanan unit'),
    h('table', { class: 'grid rules' },
      h('thead', {}, h('tr', {}, ['Kelas layanan', 'Aturan', 'Bagian (1/5, 25%)', 'Piket / paling sedikit', 'Piket paling banyak, dari jabatan'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ruleRows.map((r) => r.el))),
    h('div', { class: 'field-error', dataset: { errorFor: 'rules' } }),
    h('h3', { class: 'section' }, 'Aturan hari tertentu'),
    h('p', { class: 'muted small' }, 'Mis. "hari Senin wajib WFO semua": pada hari yang dipilih aturan ini menggantikan aturan kelas layanan.'),
    h('table', { class: 'grid rules', id: 'day-rules-table' },
      h('thead', {}, h('tr', {}, ['Hari', 'Kelas layanan', 'Aturan', 'Bagian', 'Piket / paling sedikit', 'Piket paling banyak, dari jabatan', ''].map((t) => h('th', {}, t)))),
      dayBody),
    h('div', { class: 'actions' }, h('button', { type: 'button', id: 'day-rule-add', onclick: () => addDayRule(null) }, 'Tambah aturan hari')),
    h('div', { class: 'field-error', dataset: { errorFor: 'day_rules' } }),
    field('covers', 'Kuota dihitung dari', select({ id: 'circular-covers' }, choices.circular_covers, c.covers || 'semua'), 'Menurut bunyi SE: "pegawai", "ASN", atau "PNS"'),
    h('div', { class: 'field' }, h('label', {}, 'Tidak dihitung dalam kuota'), h('div', { class: 'checks', id: 'not-counted' }, notCounted)),
    flex.el,
    h('div', { class: 'checks' },
      check('health_rule', 'Pegawai sakit/bergejala tidak dijadwalkan WFO', c.health_rule),
      check('publish_phones', 'Nomor telepon pejabat diumumkan', ob.publish_phones),
      check('reachability_checks', 'Cek keberadaan pegawai WFH', ob.reachability_checks),
      check('online_channels', 'Layanan daring/pengaduan dibuka', ob.online_channels),
      check('health_protocol', 'Protokol kesehatan', ob.health_protocol),
      check('video_meetings', 'Rapat dan kegiatan tatap muka melalui konferensi video', ob.video_meetings)),
    h('div', { class: 'form-grid' },
      field('report_to_sekda', 'Laporan ke Sekda', text(ob.report_to_sekda), 'mis. harian, mingguan, akhir periode; kosong bila tidak ada'),
      field('call_rule_calls', 'Panggilan tak terjawab yang dilaporkan untuk disiplin', h('input', { type: 'number', min: 1, value: ob.call_rule?.calls ?? '' }), 'mis. 3 (SE Kaltim 2026); kosongkan bila SE tidak mengaturnya'),
      field('call_rule_minutes', 'Dalam berapa menit', h('input', { type: 'number', min: 1, value: ob.call_rule?.minutes ?? '' }), 'mis. 30'),
      field('presence_windows', 'Jendela presensi daring saat di luar kantor', text((ob.presence_windows || []).map((w) => `${w.from}-${w.to}${SEASON_WORDS[w.season] ? ` (${SEASON_WORDS[w.season]})` : ''}`).join(', ')),
        'mis. 06:30-07:30 (di luar Ramadan), 11:00-13:00, 07:00-08:00 (Ramadan); kosong bila tidak ada'),
      field('legal_basis', 'Dasar hukum (satu per baris)', area((c.legal_basis || []).join('\n'), 2))),
    field('source', 'Sumber', area(c.source, 2)),
    h('div', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'circular-save' }, 'Simpan'),
      h('button', { type: 'button', id: 'circular-cancel', onclick: () => panel.remove() }, 'Batal')));

  const panel = h('div', { class: 'overlay', id: 'circular-panel' },
    h('div', { class: 'panel wide', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Formulir Surat Edaran' }, form));
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') panel.remove(); });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const v = (name) => form.querySelector(`[name="${name}"]`);
    const circular = {
      key: v('key').value.trim(),
      number: v('number').value,
      title: v('title').value,
      issuer: v('issuer').value,
      signed_on: v('signed_on').value || null,
      legal_basis: v('legal_basis').value.split('\n').map((s) => s.trim()).filter(Boolean),
      valid_from: v('valid_from').value || null,
      valid_to: v('valid_to').value || null,
      source: v('source').value,
      inferred: checkedBox.checked ? [] : inferred,
      rules: ruleRows.map((r) => r.value()).filter(Boolean),
      day_rules: dayRules.map((r) => r.value()).filter(Boolean),
      covers: v('covers').value,
      not_counted: [...form.querySelectorAll('#not-counted input:checked')].map((b) => b.value),
      health_rule: v('health_rule').checked,
      ...(v('within').value ? { within: v('within').value } : {}),
      ...(flex.value() ? { flexible: flex.value() } : {}),
      obligations: {
        report_to_sekda: v('report_to_sekda').value.trim(),
        publish_phones: v('publish_phones').checked,
        reachability_checks: v('reachability_checks').checked,
        online_channels: v('online_channels').checked,
        health_protocol: v('health_protocol').checked,
        video_meetings: v('video_meetings').checked,
        presence_windows: v('presence_windows').value.split(',').map((w) => w.trim()).filter(Boolean).map(windowOf),
        call_rule: v('call_rule_calls').value && v('call_rule_minutes').value
          ? { calls: Number(v('call_rule_calls').value), minutes: Number(v('call_rule_minutes').value) }
          : null,
      },
    };
    try {
      const saved = await call('circular_import', { json: JSON.stringify(circular), replace: !isNew });
      panel.remove();
      await onSaved(saved);
    } catch (err) {
      showErrors(form, err);
    }
  });
  setTimeout(() => (isNew ? key : form.querySelector('[name="number"]')).focus(), 0);
  return panel;
}

/** One class's rule: its kind, a share and a count where the kind has them; for a piket, its
 * most and the jabatan classes it is drawn from. A class of the office's own left without a
 * rule takes the rule of the standard class it counts as. */
function ruleRow(cls, rule, jabatanClasses) {
  const r = ruleCells(cls.label, rule, jabatanClasses, cls.own ? `Seperti ${cls.counts_as_label.toLowerCase()}` : null);
  const el = h('tr', { dataset: { ruleClass: cls.key } }, h('td', {}, cls.label, cls.own ? h('div', { class: 'muted small' }, 'kelas milik kantor') : null), r.cells);
  return { el, value: () => r.value(cls.key) };
}

/** A rule for some days of the week ("hari Senin wajib WFO semua"): the days, the classes it
 * is for (all, or one), and the rule as for a class. */
function dayRuleRow(dr, choices, onRemove) {
  const days = choices.days.map((d) => h('input', { type: 'checkbox', value: d.key, checked: (dr?.days || []).includes(d.key), dataset: { dayRuleDay: d.key } }));
  const cls = select({ 'aria-label': 'Kelas layanan aturan hari', dataset: { dayRuleClass: '' } },
    store.get().classes, dr?.service_classes?.length === 1 ? dr.service_classes[0] : '', 'Semua kelas');
  const r = ruleCells('aturan hari', dr, choices.jabatan_classes);
  const remove = h('button', { type: 'button', class: 'small danger', onclick: () => { el.remove(); onRemove(); } }, 'Hapus');
  const el = h('tr', { class: 'day-rule' },
    h('td', {}, h('div', { class: 'checks small' }, choices.days.map((d, i) => h('label', { class: 'check' }, days[i], d.label)))),
    h('td', {}, cls), r.cells, h('td', {}, remove));
  function value() {
    const rule = r.value('');
    if (!rule) return null;
    delete rule.service_class;
    return { days: days.filter((b) => b.checked).map((b) => b.value), ...(cls.value ? { service_classes: [cls.value] } : {}), ...rule };
  }
  return { el, value };
}

/** The cells of one rule: kind, share, count, and the piket's most and classes. */
function ruleCells(label, rule, jabatanClasses, blank = null) {
  const kinds = blank ? [{ key: '', label: blank }, ...KINDS.slice(1)] : KINDS;
  const kind = select({ 'aria-label': `Aturan ${label}` }, kinds, rule ? rule.kind : '');
  const share = h('input', { type: 'text', size: 6, 'aria-label': `Bagian ${label}`, value: rule?.share || rule?.wfo_share || rule?.away_max || '' });
  const count = h('input', { type: 'number', min: 0, 'aria-label': `Jumlah ${label}`, value: rule?.piket_min ?? rule?.min_present ?? '' });
  const most = h('input', { type: 'number', min: 0, size: 4, 'aria-label': `Piket paling banyak ${label}`, value: rule?.piket_max ?? '' });
  const from = rule?.piket_from ?? store.get().choices.piket_from_default;
  const boxes = jabatanClasses.map((j) => h('input', { type: 'checkbox', value: j.key, checked: from.includes(j.key) }));
  const sync = () => {
    const k = kind.value;
    share.disabled = !['wfo_max', 'wfh_max', 'kepala_opd', 'fleksibel'].includes(k);
    count.disabled = !['wfo_max', 'wfh_all'].includes(k);
    most.disabled = k !== 'wfh_all';
    boxes.forEach((b) => (b.disabled = k !== 'wfh_all'));
  };
  kind.addEventListener('change', sync);
  sync();
  const cells = [h('td', {}, kind), h('td', {}, share), h('td', {}, count),
    h('td', {}, most, h('div', { class: 'checks small' }, jabatanClasses.map((j, i) => h('label', { class: 'check' }, boxes[i], j.label))))];
  function value(classKey) {
    const k = kind.value;
    const n = count.value === '' ? 0 : Number(count.value);
    switch (k) {
      case '': return null;
      case 'wfo_max': return { service_class: classKey, kind: k, share: share.value.trim(), ...(n ? { min_present: n } : {}) };
      case 'wfh_max': return { service_class: classKey, kind: k, share: share.value.trim() };
      case 'wfo_all': return { service_class: classKey, kind: k };
      case 'wfh_all': return {
        service_class: classKey, kind: k, piket_min: n,
        ...(most.value === '' ? {} : { piket_max: Number(most.value) }),
        piket_from: boxes.filter((b) => b.checked).map((b) => b.value),
      };
      case 'fleksibel': return { service_class: classKey, kind: k, away_max: share.value.trim() };
      case 'kepala_opd': return share.value.trim() ? { service_class: classKey, kind: k, wfo_share: share.value.trim() } : { service_class: classKey, kind: k };
    }
    return null;
  }
  return { cells, value };
}

/** Flexible work (PermenPANRB 4/2025) as the office decides it: days away a week, who may,
 * the months since TMT before one may, and the dynamic hours. Every figure is the office's. */
function flexibleSection(f, choices) {
  const on = h('input', { type: 'checkbox', id: 'flex-on', checked: !!f });
  const num = (name, value, label) => h('input', { type: 'number', min: 0, name, value: value ?? '', 'aria-label': label });
  const days = num('flex_days', f?.days_away_week ?? 2, 'Hari di luar kantor per minggu');
  const months = num('flex_months', f?.new_staff_months ?? 12, 'Bulan sejak TMT');
  const start = h('input', { type: 'text', name: 'flex_start', size: 6, placeholder: '09:00', value: f?.latest_start ?? '', 'aria-label': 'Masuk paling lambat' });
  const times = num('flex_times', f?.dynamic_per_month ?? 8, 'Jam dinamis per bulan');
  const eligible = f?.eligible ?? choices.jabatan_classes.map((j) => j.key);
  const boxes = choices.jabatan_classes.map((j) => h('input', { type: 'checkbox', value: j.key, checked: eligible.includes(j.key), dataset: { flexEligible: j.key } }));
  // Persons by NIP, one a line; the core checks each and names the line it refuses.
  const nips = (name, list, label) => h('textarea', { name, rows: 3, cols: 26, placeholder: '19850312 201001 1 002', 'aria-label': label },
    (list ?? []).join('\n'));
  const named = nips('flex_named', f?.named, 'NIP yang disebut boleh');
  const excepted = nips('flex_excepted', f?.excepted, 'NIP yang dikecualikan');
  const fields = [days, months, start, times, ...boxes, named, excepted];
  const sync = () => fields.forEach((x) => (x.disabled = !on.checked));
  on.addEventListener('change', sync);
  sync();
  const el = h('fieldset', { class: 'flexible', id: 'flex-section' },
    h('legend', {}, h('label', { class: 'check' }, on, 'Kerja fleksibel (PermenPANRB 4/2025)')),
    h('p', { class: 'muted small' }, 'Pegawai bekerja di kantor kecuali pengajuannya disetujui. Angka-angka ditetapkan Kepala OPD.'),
    h('div', { class: 'form-grid' },
      field('flex_days', 'Paling banyak hari di luar kantor per minggu', days),
      field('flex_months', 'Tidak untuk pegawai dengan TMT kurang dari (bulan)', months, '0: tanpa batas'),
      field('flex_start', 'Jam dinamis: masuk paling lambat', start, 'Kosongkan bila tanpa jam dinamis'),
      field('flex_times', 'Jam dinamis: paling banyak kali sebulan', times)),
    h('div', { class: 'field' }, h('label', {}, 'Jabatan yang boleh bekerja fleksibel'),
      h('div', { class: 'checks' }, choices.jabatan_classes.map((j, i) => h('label', { class: 'check' }, boxes[i], j.label)))),
    h('div', { class: 'form-grid' },
      field('flex_named', 'Pegawai lain yang boleh (NIP, satu per baris)', named, 'Tugasnya dapat dikerjakan di luar kantor walau jabatannya tidak dicentang'),
      field('flex_excepted', 'Pegawai yang dikecualikan (NIP, satu per baris)', excepted, 'Tetap bekerja di kantor')),
    h('div', { class: 'field-error', dataset: { errorFor: 'flexible' } }));
  const list = (x) => x.value.split(/[\n,;]+/).map((v) => v.replace(/\s+/g, '')).filter(Boolean);
  const n = (x) => (x.value === '' ? 0 : Number(x.value));
  function value() {
    if (!on.checked) return null;
    return {
      days_away_week: n(days),
      eligible: boxes.filter((b) => b.checked).map((b) => b.value),
      new_staff_months: n(months),
      ...(start.value.trim() ? { latest_start: start.value.trim() } : {}),
      dynamic_per_month: n(times),
      named: list(named),
      excepted: list(excepted),
    };
  }
  return { el, value };
}
