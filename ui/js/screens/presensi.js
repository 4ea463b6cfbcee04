// Presensi Hari Ini: a whole unit on one screen, keyboard first. Each row is prefilled from the
// plan (shown as "H?" until recorded); Enter records the suggestion, a letter records a code
// (H, W = WFH, D = DL, T = TB, S, I, K = TK, C = cuti with its kind), and the focus moves to the
// next person. Bulk marking, check-in/out times with their bands (from core), and the import of
// the attendance machine's export.

import { call, progressChannel } from '../api.js';
import { progressBar } from '../progress.js';
import { h, add, clear, notify, dateInput, dateShort, select } from '../dom.js';
import { checkFile, openPaths } from '../files.js';
import * as store from '../store.js';

export const title = 'Presensi';


export async function mount(root, { actions }) {
  const { choices } = store.get();
  // The codes, their keys and the kinds of leave come from core. A code that needs a kind of
  // leave is chosen with its kind, so it is not a bulk mark.
  const codes = choices.presence_codes;
  const byShortcut = Object.fromEntries(codes.map((c) => [c.shortcut, c]));
  const isWorking = (code) => codes.some((c) => c.key === code && c.working);
  const needsKind = (code) => codes.some((c) => c.key === code && c.needs_leave_kind);
  const present = codes.find((c) => c.working).key;
  const leaveCode = codes.find((c) => c.needs_leave_kind).key;
  const leaveKinds = choices.leave_kinds.map((k) => ({ key: k.key, label: `${k.key} — ${k.label}` }));
  const bulkCodes = codes.filter((c) => !c.needs_leave_kind).map((c) => ({ key: c.key, label: `${c.key} — ${c.label}` }));
  let sheet = null;
  const selected = new Set();
  const units = store.topUnits();

  const date = dateInput({ id: 'presence-date', 'aria-label': 'Tanggal presensi' }, store.takeDay() || store.todayIso());
  // One unit at a time (the one chosen before, else the first); "Semua unit" comes a page at a
  // time from core, so a big office's 5,000 rows never sit in the window at once.
  const remembered = store.chosenUnit('presensi');
  const unit = select({ id: 'presence-unit', 'aria-label': 'Unit kerja' }, units.map((u) => ({ key: u.id, label: u.name })),
    remembered === undefined ? units[0]?.id : (remembered ?? ''), 'Semua unit');
  let offset = 0;
  const pager = h('span', { class: 'pager', hidden: true });
  const prevPage = h('button', { type: 'button', id: 'presence-prev' }, '◀ Sebelumnya');
  const nextPage = h('button', { type: 'button', id: 'presence-next' }, 'Berikutnya ▶');
  const pageText = h('span', { class: 'muted', id: 'presence-page' });
  pager.append(prevPage, pageText, nextPage);
  const show = h('button', { type: 'button', id: 'presence-show' }, 'Tampilkan');
  const fill = h('button', { type: 'button', class: 'primary', id: 'presence-fill' }, 'Catat semua sesuai jadwal');
  const bulkCode = select({ id: 'presence-bulk-code', 'aria-label': 'Kode untuk yang dipilih' },
    bulkCodes, present);
  const bulk = h('button', { type: 'button', id: 'presence-bulk' }, 'Tandai yang dipilih');
  const importBtn = h('button', { type: 'button', id: 'attendance-open' }, 'Impor data mesin presensi…');
  const summary = h('p', { class: 'muted', id: 'presence-summary', role: 'status' });
  const outageNote = h('p', { class: 'notice notice-warn', id: 'presence-outage', hidden: true });
  const replanBar = h('div', { class: 'toolbar replan', id: 'replan', hidden: true });
  const importPanel = h('section', { class: 'form section', id: 'attendance-panel', hidden: true });
  // A year of punches takes a while to read and save: the bar says how far it has come.
  const progress = progressBar('attendance');
  const tbody = h('tbody', { id: 'presence-rows' });
  const all = h('input', { type: 'checkbox', id: 'presence-all', 'aria-label': 'Pilih semua' });

  actions.appendChild(importBtn);
  root.appendChild(h('div', { class: 'toolbar' }, h('label', { for: 'presence-date' }, 'Tanggal'), date,
    h('label', { for: 'presence-unit' }, 'Unit'), unit, show, fill));
  root.appendChild(h('div', { class: 'toolbar' }, h('span', { class: 'muted' }, 'Yang dipilih:'), bulkCode, bulk));
  root.appendChild(h('p', { class: 'muted small legend' },
    'Pilih baris lalu tekan Enter = catat sesuai jadwal; H = hadir (WFO), W = WFH, D = dinas luar, T = tugas belajar, S = sakit, I = izin, C = cuti (pilih jenisnya), K = tanpa keterangan; spasi = pilih baris; panah atas/bawah untuk berpindah.'));
  root.appendChild(replanBar);
  root.appendChild(progress.box);
  root.appendChild(importPanel);
  root.appendChild(h('div', { class: 'toolbar' }, summary, pager));
  root.appendChild(outageNote);
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid presence', id: 'presence-table' },
    h('thead', {}, h('tr', {}, h('th', {}, all), ['Pegawai', 'Jadwal', 'Kode', 'Jenis cuti', 'Masuk', 'Pulang', 'TL / PSW', 'Keterangan'].map((t) => h('th', {}, t)))),
    tbody)));

  // The sheet asked for last is the one shown: an earlier answer arriving late (the day the
  // screen opened on, while the clerk already chose another) is dropped.
  let asked = 0;
  async function load(focusStaff) {
    const mine = ++asked;
    let answer;
    try {
      answer = await call('presence_sheet', { date: date.value, unitId: unit.value ? Number(unit.value) : null, offset });
    } catch (err) {
      if (mine === asked) notify(err.message, 'error');
      return;
    }
    if (mine !== asked) return;
    sheet = answer;
    render();
    if (focusStaff !== undefined) focusRow(focusStaff);
  }

  function render() {
    clear(tbody);
    let team = null;
    for (const r of sheet.rows) {
      const group = unit.value ? (r.team || 'Tanpa tim/seksi') : r.unit_name;
      if (group !== team) {
        team = group;
        tbody.appendChild(h('tr', { class: 'team-head' }, h('td', { colspan: 9 }, group)));
      }
      tbody.appendChild(row(r));
    }
    const done = sheet.total - sheet.unrecorded;
    const paged = sheet.total > sheet.rows.length;
    pager.hidden = !paged;
    pageText.textContent = `Baris ${sheet.offset + 1}–${sheet.offset + sheet.rows.length} dari ${sheet.total}`;
    prevPage.disabled = sheet.offset === 0;
    nextPage.disabled = sheet.offset + sheet.rows.length >= sheet.total;
    const counts = sheet.totals.filter(([, n]) => n > 0).map(([c, n]) => `${c} ${n}`).join(', ');
    summary.textContent = `${sheet.title}. Tercatat ${done} dari ${sheet.total} pegawai${counts ? ` (${counts})` : ''}.` +
      (sheet.working_day ? '' : ' Bukan hari kerja biasa.');
    all.checked = sheet.rows.length > 0 && sheet.rows.every((r) => selected.has(r.staff_id));
    // A system outage: the day's presence comes from the paper register, and plan against
    // actual does not count it against anyone.
    outageNote.hidden = sheet.outages.length === 0;
    outageNote.textContent = sheet.outages.length
      ? `Gangguan sistem: ${sheet.outages.join('; ')}. Presensi unit yang terdampak dicatat dari daftar hadir kertas dan tidak dihitung sebagai selisih jadwal.`
      : '';
  }

  function row(r) {
    const code = r.code || '';
    const codeText = r.recorded ? code : code ? `${code}?` : '—';
    const kind = select({ class: 'leave-kind', 'aria-label': `Jenis cuti ${r.name}` }, leaveKinds, r.leave_kind, '');
    const timeAttrs = (cls, label, value) => ({ type: 'text', class: `time ${cls}`, size: 5, placeholder: 'JJ:MM', 'aria-label': `${label} ${r.name}`, value: value || '' });
    return h('tr', { dataset: { staff: r.staff_id }, class: r.recorded ? 'recorded' : 'pending' },
      h('td', {}, h('input', { type: 'checkbox', class: 'pick', checked: selected.has(r.staff_id), 'aria-label': `Pilih ${r.name}` })),
      h('td', { class: 'name' }, h('div', { class: 'staff-name' }, r.name), h('div', { class: 'muted small mono' }, r.id_display)),
      h('td', { class: 'nowrap' }, r.planned || '—', r.away_reason ? h('div', { class: 'muted small' }, r.away_reason) : null,
        r.dynamic_until ? h('div', { class: 'muted small', dataset: { dynamic: r.dynamic_until } }, `jam dinamis s.d. ${r.dynamic_until}`) : null,
        r.dynamic_use ? h('div', { class: r.dynamic_over ? 'small over-limit' : 'muted small', dataset: { dynamicUse: r.dynamic_over ? 'lebih' : 'ya' } },
          r.dynamic_use) : null,
        r.away_at ? h('div', { class: 'muted small', dataset: { awayAt: r.away_at } }, `FWA: ${r.away_at}`) : null,
        r.paper ? h('div', { class: 'muted small', dataset: { paper: '' } }, 'dari daftar hadir kertas') : null),
      h('td', {
        class: `pcode code-${code || 'none'} ${r.recorded ? '' : 'suggested'}`,
        tabindex: -1,
        title: r.recorded ? 'Tercatat' : 'Saran dari jadwal: tekan Enter untuk mencatat',
        'aria-label': `${r.name}: ${r.recorded ? code : `belum tercatat, saran ${code || 'tidak ada'}`}`,
      }, codeText),
      h('td', {}, kind),
      h('td', {}, h('input', timeAttrs('in', 'Jam masuk', r.check_in)),
        r.place ? h('div', { class: 'muted small place', dataset: { place: r.place }, title: 'Lokasi presensi menurut e-presensi' }, r.place) : null),
      h('td', {}, h('input', timeAttrs('out', 'Jam pulang', r.check_out))),
      h('td', { class: 'nowrap bands' }, r.no_times ? 'jam tidak tercatat' : [r.late, r.early].filter(Boolean).join(' '),
        r.apel ? h('div', { class: `small apel ${r.apel_missed ? 'breach' : 'muted'}`, dataset: { apel: r.apel }, title: 'Apel menurut e-presensi: HAP/HAS hadir, TAP tidak apel pagi, CP cepat pulang' }, `Apel ${r.apel}`) : null,
        r.week_hours ? h('div', { class: `small week-hours ${r.week_short ? 'breach' : 'muted'}`, dataset: { weekHours: r.week_short || 'cukup' },
          title: 'Jam kerja minggu ini sampai hari ini (Perpres 21/2023), istirahat tidak dihitung' },
        `Minggu ini ${r.week_hours}${r.week_short ? `, ${r.week_short}` : ''}`) : null),
      h('td', {}, h('input', { type: 'text', class: 'note', value: r.note, placeholder: 'keterangan', 'aria-label': `Keterangan ${r.name}` })));
  }

  const rowOf = (staffId) => tbody.querySelector(`tr[data-staff="${staffId}"]`);
  const personOf = (tr) => sheet.rows.find((r) => String(r.staff_id) === tr.dataset.staff);

  function focusRow(staffId) {
    const tr = rowOf(staffId);
    const cell = tr && tr.querySelector('td.pcode');
    if (!cell) return;
    tbody.querySelectorAll('td.pcode[tabindex="0"]').forEach((c) => (c.tabIndex = -1));
    cell.tabIndex = 0;
    cell.focus();
  }

  function nextStaff(tr, step = 1) {
    const rows = [...tbody.querySelectorAll('tr[data-staff]')];
    const next = rows[rows.indexOf(tr) + step];
    return next ? Number(next.dataset.staff) : Number(tr.dataset.staff);
  }

  /** Saves one person's day from the row's controls with `code`; then focus moves on. */
  async function save(tr, code, { moveOn = true } = {}) {
    const r = personOf(tr);
    const working = isWorking(code);
    const entry = {
      staff: String(r.staff_id),
      date: date.value,
      code,
      leave_kind: needsKind(code) ? tr.querySelector('.leave-kind').value : '',
      check_in: working ? tr.querySelector('.time.in').value : '',
      check_out: working ? tr.querySelector('.time.out').value : '',
      note: tr.querySelector('.note').value,
    };
    try {
      const saved = await call('presence_set', { entry });
      offerReplan(saved);
      await load(moveOn ? nextStaff(tr) : r.staff_id);
    } catch (err) {
      notify(`${r.name}: ${err.message}`, 'error');
    }
  }

  /** Leave that empties a planned day: offer to plan those days again. */
  function offerReplan(saved) {
    clear(replanBar);
    replanBar.hidden = !saved.replan;
    if (!saved.replan) {
      notify(saved.message);
      return;
    }
    const [from, to] = saved.replan;
    const button = h('button', { type: 'button', class: 'primary', id: 'replan-run' }, `Susun ulang jadwal ${dateShort(from)} s.d. ${dateShort(to)}`);
    replanBar.append(h('span', {}, saved.message), button);
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = 'Menyusun…';
      try {
        const o = await call('plan_period', { from, to, onProgress: progressChannel(() => {}) });
        replanBar.hidden = true;
        notify(`Jadwal ${dateShort(from)} s.d. ${dateShort(to)} disusun ulang; ${o.moved} hari-pegawai berubah.${o.unmet.length ? ` ${o.unmet.length} kebutuhan tidak terpenuhi.` : ''}`,
          o.unmet.length ? 'error' : 'ok');
        await load();
      } catch (err) {
        button.disabled = false;
        notify(err.message, 'error');
      }
    });
  }

  tbody.addEventListener('keydown', (e) => {
    const cell = e.target.closest('td.pcode');
    if (!cell) {
      if (e.key === 'Enter' && e.target.matches('input.time, input.note')) {
        const tr = e.target.closest('tr');
        const r = personOf(tr);
        save(tr, r.code && isWorking(r.code) ? r.code : present, { moveOn: false });
        e.preventDefault();
      }
      return;
    }
    const tr = cell.closest('tr');
    const r = personOf(tr);
    const key = e.key.toLowerCase();
    const picked = byShortcut[key];
    if (picked && picked.needs_leave_kind) tr.querySelector('.leave-kind').focus();
    else if (picked) save(tr, picked.key);
    else if (e.key === 'Enter' && r.code) save(tr, r.code);
    else if (e.key === 'ArrowDown') focusRow(nextStaff(tr, 1));
    else if (e.key === 'ArrowUp') focusRow(nextStaff(tr, -1));
    else if (e.key === ' ') togglePick(tr);
    else return;
    e.preventDefault();
  });

  tbody.addEventListener('change', (e) => {
    const tr = e.target.closest('tr[data-staff]');
    if (!tr) return;
    if (e.target.matches('.pick')) {
      const id = Number(tr.dataset.staff);
      if (e.target.checked) selected.add(id); else selected.delete(id);
    } else if (e.target.matches('.leave-kind') && e.target.value) {
      save(tr, leaveCode);
    }
  });

  tbody.addEventListener('click', (e) => {
    const cell = e.target.closest('td.pcode');
    if (cell) focusRow(cell.closest('tr').dataset.staff);
  });

  function togglePick(tr) {
    const box = tr.querySelector('.pick');
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  }

  all.addEventListener('change', () => {
    for (const r of sheet.rows) if (all.checked) selected.add(r.staff_id); else selected.delete(r.staff_id);
    tbody.querySelectorAll('.pick').forEach((b) => (b.checked = all.checked));
  });

  bulk.addEventListener('click', async () => {
    try {
      const n = await call('presence_mark', { date: date.value, staffIds: [...selected], code: bulkCode.value });
      selected.clear();
      notify(`${n} pegawai ditandai ${bulkCode.value}.`);
      await load();
    } catch (err) {
      notify(err.message, 'error');
    }
  });

  fill.addEventListener('click', async () => {
    try {
      const n = await call('presence_fill', { date: date.value, unitId: unit.value ? Number(unit.value) : null });
      notify(`${n} pegawai dicatat sesuai jadwal. Ubah yang berbeda dengan papan ketik.`);
      await load(sheet.rows[0]?.staff_id);
    } catch (err) {
      notify(err.message, 'error');
    }
  });

  show.addEventListener('click', () => load());
  unit.addEventListener('change', () => {
    store.chooseUnit('presensi', unit.value ? Number(unit.value) : null);
    selected.clear();
    offset = 0;
    load();
  });
  prevPage.addEventListener('click', () => { offset = Math.max(0, sheet.offset - sheet.limit); load(); });
  nextPage.addEventListener('click', () => { offset = sheet.offset + sheet.limit; load(); });
  // An emptied date is a date being typed: the sheet changes once there is one to read.
  date.addEventListener('change', () => { if (date.value.trim()) { selected.clear(); load(); } });

  // The attendance machine's export: preview (with the columns to map), then all or nothing.
  importBtn.addEventListener('click', async () => {
    const path = await openPaths({ name: 'Data mesin presensi', extensions: ['csv', 'xlsx', 'xls', 'ods'] });
    if (path) preview(path, null);
  });

  async function preview(path, mapping) {
    const p = await checkFile(importPanel, 'Impor data mesin presensi', path,
      () => call('attendance_preview', { path, mapping, onProgress: progress.channel() }).finally(() => progress.hide()));
    if (!p) return;
    const cols = p.headers.filter(Boolean).map((c) => ({ key: c, label: c }));
    const m = p.mapping || {};
    const columns = [
      ['id_column', 'map-id', 'Kolom ID/NIP', '— pilih —'],
      ['name_column', 'map-name', 'Kolom nama (dicocokkan)', '(tidak ada)'],
      ['date_column', 'map-date', 'Kolom tanggal (bila terpisah)', '(tanggal dan jam satu kolom)'],
      ['time_column', 'map-time', 'Kolom waktu (atau jam)', '(tidak ada)'],
      ['in_column', 'map-in', 'Kolom jam masuk', '(tidak ada)'],
      ['out_column', 'map-out', 'Kolom jam pulang', '(tidak ada)'],
      // An e-presensi app's export: the day's category and where the person checked in.
      ['category_column', 'map-category', 'Kolom kategori (e-presensi)', '(tidak ada)'],
      ['place_column', 'map-place', 'Kolom lokasi (e-presensi)', '(tidak ada)'],
      ['coordinate_column', 'map-coordinate', 'Kolom koordinat (e-presensi)', '(tidak ada)'],
      ['apel_am_column', 'map-apel-am', 'Kolom apel pagi, HAP/TAP (e-presensi)', '(tidak ada)'],
      ['apel_pm_column', 'map-apel-pm', 'Kolom apel sore, HAS/CP (e-presensi)', '(tidak ada)'],
    ].map(([key, id, label, none]) => ({ key, id, label, control: select({ id }, cols, m[key] || '', none) }));
    // The row that holds the column names: found from them, or chosen among the file's first rows.
    const headerRow = select({ id: 'map-header-row' },
      p.top.map(([n, text]) => ({ key: String(n), label: `Baris ${n}: ${text.length > 70 ? `${text.slice(0, 70)}…` : text}` })),
      String(p.header_row));
    // The clerk's decisions: how 11/02/2026 reads, and whether the doubtful punches stay out.
    const order = select({ id: 'map-date-order' }, [
      { key: 'dmy', label: 'hari/bulan/tahun (11/02 = 11 Februari)' },
      { key: 'mdy', label: 'bulan/hari/tahun, format AS (11/02 = 2 November)' },
    ], mapping?.date_order || '', 'menurut isi berkas');
    const skip = h('input', { type: 'checkbox', id: 'attendance-skip-doubtful', checked: Boolean(mapping?.skip_doubtful) });
    const chosen = () => Object.fromEntries([
      ...columns.map((c) => [c.key, c.control.value]),
      ['header_row', Number(headerRow.value) || 0],
      ['date_order', order.value],
      ['skip_doubtful', skip.checked],
    ]);
    const ready = () => p.mapping && p.problems.length === 0 && (p.doubtful.length === 0 || skip.checked);
    const run = h('button', { type: 'button', class: 'primary', id: 'attendance-import', disabled: !ready() }, 'Impor');
    skip.addEventListener('change', () => { run.disabled = !ready(); });
    add(importPanel,
      h('h2', {}, 'Impor data mesin presensi'),
      h('p', { class: 'muted small' }, path),
      h('div', { class: 'field' }, h('label', { for: 'map-header-row' }, 'Baris judul kolom'), headerRow),
      h('div', { class: 'form-grid mapping' },
        columns.map((c) => h('div', { class: 'field' }, h('label', { for: c.id }, c.label), c.control)),
        h('div', { class: 'field' }, h('label', { for: 'map-date-order' }, 'Urutan tanggal'), order)),
      h('p', { id: 'attendance-counts' }, p.mapping
        ? `${p.headerless ? 'Berkas tanpa baris judul: semua baris dibaca sebagai catatan.' : `Judul kolom di baris ${p.header_row}.`}`
          + `${p.period ? ` Periode berkas: ${p.period}.` : ''} ${p.rows} baris, ${p.punches} catatan waktu (${p.repeats} sudah pernah diimpor), ${p.days} hari-pegawai.`
          + (p.without_times ? ` ${p.without_times} baris tanpa jam masuk maupun pulang (tidak ada yang dicatat).` : '')
        : `${p.rows} baris. Pilih baris judul kolom dan kolomnya, lalu periksa ulang.`),
      p.problems.length ? h('ul', { class: 'breaches', id: 'attendance-problems', role: 'alert' }, p.problems.map((x) => h('li', {}, x))) : null,
      p.problems.length && p.mapping ? h('p', { class: 'form-error' }, 'Tidak ada yang diimpor selama masih ada baris bermasalah: perbaiki berkasnya lalu pilih lagi.') : null,
      p.doubtful.length ? h('div', { id: 'attendance-doubtful' },
        h('h3', {}, `${p.doubtful_count} catatan diragukan`),
        h('ul', { class: 'breaches doubtful' }, p.doubtful.map((x) => h('li', {}, x))),
        h('label', { class: 'check' }, skip, ` Lewati ${p.doubtful_count} catatan ini dan impor sisanya`)) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'attendance-recheck', onclick: () => preview(path, chosen()) }, 'Periksa ulang'),
        run,
        h('button', { type: 'button', onclick: () => (importPanel.hidden = true) }, 'Batal')));
    run.addEventListener('click', async () => {
      run.disabled = true;
      run.textContent = 'Mengimpor…';
      try {
        const done = await call('attendance_import', { path, mapping: chosen(), onProgress: progress.channel() }).finally(() => progress.hide());
        importPanel.hidden = true;
        notify(done.message + (done.conflicts.length ? ` ${done.conflicts.join(' ')}` : ''), done.conflicts.length ? 'error' : 'ok');
        await load();
      } catch (err) {
        run.textContent = 'Impor';
        notify(err.message, 'error');
      }
    });
  }

  await load();
}
