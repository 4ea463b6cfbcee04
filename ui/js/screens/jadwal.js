// Jadwal: the week grid. Rows by unit and team, a column per working day; each cell says
// WFO / WFH / - in words (colour only supports it). Mouse or keyboard (arrows, O, W, -,
// space to lock) change a cell; under each unit the count against the need, and every
// breach core finds is shown as the clerk edits. "Susun otomatis" plans the week or a period.
// In "Keinginan pegawai" mode the same keys note what a person asked for (a wish, not a
// lock): the planner grants it as far as the range allows, and each cell says whether it was
// granted; core explains a wish left out, listed under the unit. A big office is shown one unit
// at a time (the picker lists every unit with its staff and breaches; a name search finds a
// person in any unit), so an edit redraws a unit, not 440 of them.

import { call } from '../api.js';
import { progressBar } from '../progress.js';
import { h, clear, notify, dateInput } from '../dom.js';
import { printView } from '../print-week.js';
import { savePath } from '../files.js';
import * as store from '../store.js';

export const title = 'Jadwal';


export async function mount(root, { actions }) {
  let week = null;
  let weekKey = '';
  let unitId = store.openingUnit('jadwal');
  const undo = [];

  const titleEl = h('strong', { id: 'week-title' });
  const prev = h('button', { type: 'button', id: 'week-prev' }, '◀ Minggu sebelumnya');
  const next = h('button', { type: 'button', id: 'week-next' }, 'Minggu berikutnya ▶');
  const planWeek = h('button', { type: 'button', class: 'primary', id: 'plan-week' }, 'Susun otomatis minggu ini');
  const copy = h('button', { type: 'button', id: 'copy-week' }, 'Salin ke minggu berikutnya');
  const undoBtn = h('button', { type: 'button', id: 'undo', disabled: true }, 'Batalkan perubahan terakhir');
  const print = h('button', { type: 'button', id: 'print-week' }, 'Cetak jadwal mingguan');
  const from = dateInput({ id: 'plan-from', 'aria-label': 'Susun dari tanggal' });
  const to = dateInput({ id: 'plan-to', 'aria-label': 'Susun sampai tanggal' });
  const planPeriod = h('button', { type: 'button', id: 'plan-period' }, 'Susun periode');
  const mode = h('select', { id: 'grid-mode', 'aria-label': 'Ketikan di tabel mencatat' },
    h('option', { value: 'plan' }, 'Jadwal (O = WFO, W = WFH, -, spasi = kunci)'),
    h('option', { value: 'wish' }, 'Keinginan pegawai (O, W, - = hapus)'));
  const grid = h('div', { id: 'week-grid' });
  const unitPick = h('select', { id: 'week-unit', 'aria-label': 'Unit kerja yang ditampilkan' });
  const find = h('input', { type: 'search', id: 'week-find', placeholder: 'Cari nama di semua unit', 'aria-label': 'Cari pegawai di semua unit' });
  const found = h('div', { id: 'week-found', class: 'found', role: 'listbox', hidden: true });
  const progress = progressBar('plan');

  actions.appendChild(undoBtn);
  actions.appendChild(print);
  // The preview shows the layout core prints to PDF (command week_print), so both say the same.
  print.addEventListener('click', async () => {
    if (!week) return;
    try {
      document.body.appendChild(printView(await call('week_print', { week: weekKey }), savePdf));
    } catch (err) {
      notify(err.message, 'error');
    }
  });

  /** "Simpan PDF": the same pages to a file the clerk chooses in the save dialog. */
  async function savePdf() {
    const name = `Jadwal-WFO-WFH-${weekKey}.pdf`;
    try {
      const path = await savePath(name, { name: 'PDF', extensions: ['pdf'] });
      if (!path) return;
      const bytes = await call('save_week_pdf', { week: weekKey, path });
      report(`PDF disimpan: ${path} (${Math.round(bytes / 1024)} KB).`, 'ok');
    } catch (err) {
      report(err.message || String(err), 'error');
    }
  }

  /** A message both on the screen and in the print preview's bar (which covers the screen). */
  function report(msg, kind) {
    notify(msg, kind);
    const status = document.getElementById('print-status');
    if (status) status.textContent = msg;
  }
  root.appendChild(h('div', { class: 'toolbar' }, prev, titleEl, next, planWeek, copy));
  root.appendChild(h('div', { class: 'toolbar' }, h('label', { for: 'week-unit' }, 'Unit kerja'), unitPick,
    h('span', { class: 'find-box' }, find, found)));
  root.appendChild(h('div', { class: 'toolbar' },
    h('span', { class: 'muted' }, 'Susun periode panjang (mis. sebulan) sekaligus agar adil lintas minggu:'),
    from, h('span', {}, 's.d.'), to, planPeriod));
  root.appendChild(progress.box);
  root.appendChild(h('div', { class: 'toolbar' }, h('label', { for: 'grid-mode' }, 'Ketikan di tabel mencatat:'), mode));
  root.appendChild(h('p', { class: 'muted small legend' },
    'Ketik O = WFO, W = WFH, - = tidak masuk; spasi = kunci/lepas kunci; panah untuk berpindah sel. Sel bertanda “kunci” tidak diubah oleh penyusunan otomatis. ' +
    'Keinginan (“ingin WFH”) dikabulkan penyusunan otomatis sejauh rentang surat edaran mengizinkan: ✓ dikabulkan, ✗ tidak, dengan alasannya.'));
  root.appendChild(grid);

  async function load(key, focus) {
    try {
      week = await call('week', { week: key, unitId });
    } catch (err) {
      notify(err.message, 'error');
      return;
    }
    weekKey = week.iso;
    titleEl.textContent = week.title;
    titleEl.dataset.week = week.iso;
    fillUnits();
    render();
    if (focus) {
      const cell = grid.querySelector(`td[data-staff="${focus.staff}"][data-date="${focus.date}"]`);
      if (cell) activate(cell);
    }
  }

  /** The picker: every unit with its staff, and its breaches this week. */
  function fillUnits() {
    const total = week.unit_list.reduce((n, u) => n + u.staff, 0);
    clear(unitPick);
    unitPick.appendChild(h('option', { value: '' }, `Semua unit (${total} pegawai${week.breaches_total ? `, ${week.breaches_total} pelanggaran` : ''})`));
    for (const u of week.unit_list) {
      unitPick.appendChild(h('option', { value: String(u.unit_id) },
        `${u.unit_name} (${u.staff} pegawai${u.breaches ? `, ${u.breaches} pelanggaran` : ''})`));
    }
    unitPick.value = unitId === null ? '' : String(unitId);
  }

  unitPick.addEventListener('change', () => {
    unitId = unitPick.value ? Number(unitPick.value) : null;
    store.chooseUnit('jadwal', unitId);
    load(weekKey);
  });

  // A name typed: the first matches in any unit (core's search); choosing one opens its unit
  // on that person's first day.
  let findTimer = null;
  find.addEventListener('input', () => {
    clearTimeout(findTimer);
    findTimer = setTimeout(async () => {
      const text = find.value.trim();
      clear(found);
      found.hidden = text.length < 2;
      if (found.hidden) return;
      try {
        const page = await call('staff_page', { filter: { search: text, limit: 12, offset: 0 } });
        if (page.rows.length === 0) found.appendChild(h('p', { class: 'muted small' }, 'Tidak ada yang cocok.'));
        for (const p of page.rows) {
          found.appendChild(h('button', { type: 'button', role: 'option', dataset: { staff: p.id, unit: p.unit_id } },
            p.name, h('span', { class: 'muted small' }, ` — ${p.unit_name}`)));
        }
        if (page.total > page.rows.length) found.appendChild(h('p', { class: 'muted small' }, `${page.total - page.rows.length} lainnya: ketik lebih lengkap.`));
      } catch (err) {
        notify(err.message, 'error');
      }
    }, 150);
  });
  found.addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-staff]');
    if (!b) return;
    found.hidden = true;
    find.value = '';
    unitId = Number(b.dataset.unit);
    store.chooseUnit('jadwal', unitId);
    await load(weekKey);
    const first = grid.querySelector(`td.cell[data-staff="${b.dataset.staff}"]:not([data-off])`) || grid.querySelector(`td.cell[data-staff="${b.dataset.staff}"]`);
    if (first) activate(first);
  });

  function render() {
    clear(grid);
    for (const w of week.warnings) {
      grid.appendChild(h('p', { class: 'notice notice-warn', role: 'alert', dataset: { warning: 'holidays' } }, w));
    }
    if (week.holidays.length) {
      grid.appendChild(h('p', { class: 'holidays', id: 'week-holidays' }, `Hari libur minggu ini: ${week.holidays.join('; ')}.`));
    }
    if (week.days.length === 0) {
      grid.appendChild(h('p', { class: 'muted' }, 'Tidak ada hari kerja pada minggu ini.'));
      return;
    }
    for (const u of week.units) {
      // A person-week over the flexible-work limit is listed under the unit, not on a day's count.
      const breachesOf = (date) => week.breaches.filter((b) => b.unit_id === u.unit_id && b.date === date && !b.week);
      const body = h('tbody', {});
      let team = null;
      for (const r of u.rows) {
        if (r.team !== team) {
          team = r.team;
          body.appendChild(h('tr', { class: 'team-head' }, h('td', { colspan: week.days.length + 1 }, team || 'Tanpa tim/seksi')));
        }
        body.appendChild(h('tr', {},
          h('th', { scope: 'row', class: 'person' }, r.name,
            r.shift_group ? h('span', { class: 'shift-tag', dataset: { shiftGroup: r.shift_group } }, r.shift_group) : null,
            h('div', { class: 'muted small mono' }, r.id_display)),
          r.cells.map((c, i) => cell(r, week.days[i], c, r.locked[i], r.wishes[i]))));
      }
      if (u.shift) {
        body.appendChild(h('tr', { class: 'on-duty' }, h('th', { scope: 'row' }, week.on_duty_label),
          u.on_duty.map((g) => h('td', {}, g))));
      }
      body.appendChild(h('tr', { class: 'counts' },
        h('th', { scope: 'row' }, week.counts_label),
        week.days.map((d, i) => {
          const bs = breachesOf(d);
          return h('td', { class: bs.length ? 'breach' : '', dataset: { countDate: d }, title: bs.map((b) => b.message).join('\n') },
            u.counts[i], bs.length ? ' !' : '');
        })));
      const unitBreaches = week.breaches.filter((b) => b.unit_id === u.unit_id);
      const unmetWishes = u.rows.flatMap((r) => r.wishes.map((w, i) => (w && !w.granted ? `${r.name}, ${week.day_labels[i]}: ingin ${w.code} — ${w.why}` : null)))
        .filter(Boolean);
      grid.appendChild(h('section', { class: 'unit-block', dataset: { unit: u.unit_id } },
        h('h2', {}, u.unit_name),
        u.shift ? h('p', { class: 'muted small shift-note' }, u.shift) : null,
        h('div', { class: 'table-wrap' }, h('table', { class: 'grid week', role: 'grid', 'aria-label': `Jadwal ${u.unit_name}` },
          h('thead', {}, h('tr', {}, h('th', {}, 'Pegawai'), week.day_labels.map((l) => h('th', {}, l)))),
          body)),
        unitBreaches.length ? h('ul', { class: 'breaches', role: 'alert' }, unitBreaches.map((b) => h('li', {}, b.message))) : null,
        unmetWishes.length ? h('div', { class: 'wishes-unmet' }, h('strong', {}, 'Keinginan yang tidak dikabulkan:'),
          h('ul', {}, unmetWishes.map((t) => h('li', {}, t)))) : null));
    }
    const first = grid.querySelector('td.cell[data-code]');
    if (first) first.tabIndex = 0;
  }

  function cell(r, date, text, locked, wish) {
    // The planned-day codes come from core: the grid shows the label (WFO), the cell keeps the key (O).
    const code = store.get().choices.schedule_codes.find((c) => c.label === text)?.key;
    // Any other text is a recorded absence (S, C, DL...): changed on the Presensi screen.
    const fixed = text === 'libur' || (text !== '' && !code);
    const td = h('td', {
      class: `cell ${text === 'WFO' ? 'wfo' : text === 'WFH' ? 'wfh' : text === 'libur' ? 'libur' : text === '-' ? 'away' : fixed ? 'absent' : 'none'}`,
      role: 'gridcell',
      tabindex: -1,
      dataset: {
        staff: r.staff_id, date, locked: String(locked), ...(code ? { code } : {}), ...(fixed ? { off: 'true' } : {}),
        ...(wish ? { wish: store.get().choices.schedule_codes.find((c) => c.label === wish.code)?.key, granted: String(wish.granted) } : {}),
      },
      title: wish && !wish.granted ? wish.why : '',
      'aria-label': `${r.name}, ${date}: ${text || 'belum dijadwalkan'}${locked ? ', dikunci' : ''}${wish ? `, ingin ${wish.code} ${wish.granted ? 'dikabulkan' : `tidak dikabulkan: ${wish.why}`}` : ''}`,
    }, text || '·', locked ? h('span', { class: 'lock', title: 'Dikunci' }, 'kunci') : null,
    wish ? h('span', { class: `wish ${wish.granted ? 'granted' : 'denied'}` }, `ingin ${wish.code} ${wish.granted ? '✓' : '✗'}`) : null);
    return td;
  }

  function activate(td) {
    grid.querySelectorAll('td.cell[tabindex="0"]').forEach((c) => (c.tabIndex = -1));
    td.tabIndex = 0;
    td.focus();
  }

  /** A wish for the cell's day (`-` removes it); the plan is left as it is until planned again. */
  async function setWish(td, code) {
    if (td.dataset.off) return;
    const staff = td.dataset.staff;
    const date = td.dataset.date;
    try {
      await call('schedule_wish', { staff, date, code });
      await load(weekKey, { staff, date });
    } catch (err) {
      notify(err.message, 'error');
    }
  }

  async function set(td, code, lock) {
    if (td.dataset.off) return;
    const staff = td.dataset.staff;
    const date = td.dataset.date;
    const before = { staff, date, code: td.dataset.code || 'O', lock: td.dataset.locked === 'true' };
    try {
      await call('schedule_set', { staff, date, code, lock });
      undo.push(before);
      undoBtn.disabled = false;
      await load(weekKey, { staff, date });
    } catch (err) {
      notify(err.message, 'error');
    }
  }

  // The planned-day codes from core: the clerk types a code's key (O, W, -); a click swaps
  // between the first two (WFO and WFH). H is "Hadir" on the Presensi screen: never WFH here.
  const dayCodes = store.get().choices.schedule_codes.map((c) => c.key);
  const keyToCode = Object.fromEntries(store.get().choices.schedule_keys);
  const [office, home] = dayCodes;

  grid.addEventListener('click', (e) => {
    const td = e.target.closest('td.cell');
    if (!td || td.dataset.off) return;
    activate(td);
    if (mode.value === 'wish') {
      // No wish → WFH → WFO → no wish.
      setWish(td, !td.dataset.wish ? home : td.dataset.wish === home ? office : '-');
      return;
    }
    set(td, td.dataset.code === office ? home : office, td.dataset.locked === 'true');
  });

  /** One unit shown: past its last row (or above its first) the arrows open the next unit. */
  async function nextUnit(step, date) {
    const list = week.unit_list;
    const at = list.findIndex((u) => u.unit_id === unitId) + step;
    if (at < 0 || at >= list.length) return;
    unitId = list[at].unit_id;
    store.chooseUnit('jadwal', unitId);
    await load(weekKey);
    const cells = grid.querySelectorAll(`td.cell[data-date="${date}"]`);
    const target = step > 0 ? cells[0] : cells[cells.length - 1];
    if (target) activate(target);
  }

  grid.addEventListener('keydown', (e) => {
    const td = e.target.closest('td.cell');
    if (!td) return;
    const row = td.parentElement;
    const idx = [...row.children].indexOf(td);
    const move = (target) => { if (target && target.classList.contains('cell')) activate(target); };
    // Rows of every unit shown: the arrows cross from one unit's table to the next.
    const rowsOf = () => [...grid.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('td.cell'));
    switch (e.key) {
      case 'ArrowRight': move(td.nextElementSibling); break;
      case 'ArrowLeft': move(td.previousElementSibling); break;
      case 'ArrowDown': case 'ArrowUp': {
        const rows = rowsOf();
        const at = rows.indexOf(row) + (e.key === 'ArrowDown' ? 1 : -1);
        if (rows[at]) move(rows[at].children[idx]);
        else if (unitId !== null) nextUnit(e.key === 'ArrowDown' ? 1 : -1, td.dataset.date);
        break;
      }
      case ' ': if (mode.value === 'plan') set(td, td.dataset.code || office, td.dataset.locked !== 'true'); break;
      default: {
        const typed = keyToCode[e.key.toLowerCase()];
        if (e.key.toLowerCase() === 'h') notify('Di jadwal, W = WFH dan O = WFO (H berarti Hadir di layar Presensi).');
        if (!typed) return;
        if (mode.value === 'wish') setWish(td, typed);
        else set(td, typed, td.dataset.locked === 'true');
      }
    }
    e.preventDefault();
  });

  undoBtn.addEventListener('click', async () => {
    const last = undo.pop();
    undoBtn.disabled = undo.length === 0;
    if (!last) return;
    try {
      await call('schedule_set', { staff: last.staff, date: last.date, code: last.code, lock: last.lock });
      await load(weekKey, { staff: last.staff, date: last.date });
      notify('Perubahan terakhir dibatalkan.');
    } catch (err) {
      notify(err.message, 'error');
    }
  });

  async function plan(fromDay, toDay, button) {
    const text = button.textContent;
    document.querySelectorAll('#screen button').forEach((b) => (b.disabled = true));
    button.textContent = 'Menyusun…';
    const onProgress = progress.channel();
    try {
      const o = await call('plan_period', { from: fromDay, to: toDay, onProgress });
      undo.length = 0;
      await load(weekKey);
      const head = `Jadwal disusun: ${o.staff} pegawai, ${o.days} hari kerja; ${o.moved} hari-pegawai berubah.`;
      const warn = o.warnings.map((w) => ` Peringatan: ${w}`).join('');
      notify(o.unmet.length === 0 ? `${head} Semua kebutuhan terpenuhi.${warn}` : `${head} ${o.unmet.length} kebutuhan tidak terpenuhi: ${o.unmet.map((u) => `${u.unit_name} ${u.date}: ${u.reason}`).join(' ')}${warn}`,
        o.unmet.length || o.warnings.length ? 'error' : 'ok');
    } catch (err) {
      progress.hide();
      notify(err.message, 'error');
    } finally {
      button.textContent = text;
      document.querySelectorAll('#screen button').forEach((b) => (b.disabled = false));
      undoBtn.disabled = undo.length === 0;
    }
  }

  prev.addEventListener('click', () => week && load(week.prev));
  next.addEventListener('click', () => week && load(week.next));
  planWeek.addEventListener('click', () => {
    if (week && week.days.length) plan(week.days[0], week.days[week.days.length - 1], planWeek);
  });
  planPeriod.addEventListener('click', () => plan(from.value, to.value, planPeriod));
  copy.addEventListener('click', async () => {
    try {
      const n = await call('copy_week', { week: weekKey });
      notify(`${n} hari-pegawai disalin ke minggu berikutnya.`);
      await load(week.next);
    } catch (err) {
      notify(err.message, 'error');
    }
  });

  await load(store.takeDay() || '');
}
