// Pengaturan: office hours with the late / early-leave bands (TL/PSW) presence uses, and the
// working-day calendar (national holidays and cuti bersama). 2020–2027 come with Giliran;
// the clerk pastes a later year's table from the SKB 3 Menteri, previews what core read of
// it, and saves it in one step. A year without a list is named, never silently ordinary.

import { call } from '../api.js';
import { h, add, clear, notify, dateShort, dateInput, num } from '../dom.js';
import * as store from '../store.js';
import { openPaths, savePath } from '../files.js';
import { field, showErrors, clearErrors } from '../form.js';

export const title = 'Pengaturan';

export async function mount(root) {
  const now = store.todayDate().getFullYear();
  const known = await call('holiday_years');
  const sourceOf = (y) => known.find((k) => k.year === y)?.source;
  const years = [...new Set([...known.map((k) => k.year), now - 1, now, now + 1, now + 2])].sort((a, b) => a - b);
  let year = now;
  const yearSelect = h('select', { id: 'holiday-year', 'aria-label': 'Tahun' },
    years.map((y) => h('option', { value: y, selected: y === year }, String(y))));
  const tbody = h('tbody', { id: 'holiday-rows' });
  const day = dateInput({ id: 'holiday-day' });
  const name = h('input', { type: 'text', id: 'holiday-name', placeholder: 'mis. Cuti bersama HUT Provinsi' });
  const cuti = h('input', { type: 'checkbox', id: 'holiday-cuti' });
  const form = h('form', { class: 'form inline-form', id: 'holiday-form', novalidate: true },
    h('h2', {}, 'Tambah hari libur atau cuti bersama'),
    h('div', { class: 'form-row' },
      field('day', 'Tanggal', day),
      field('name', 'Nama', name),
      h('div', { class: 'field button-field' }, h('label', {}, '\u00a0'), h('label', { class: 'check' }, cuti, 'Cuti bersama')),
      h('div', { class: 'field button-field' }, h('label', {}, '\u00a0'), h('button', { type: 'submit', class: 'primary', id: 'holiday-add' }, 'Simpan'))),
    h('div', { class: 'form-error', role: 'alert' }));

  await backupSection(root);
  await hoursForm(root);
  root.appendChild(h('p', { class: 'muted section' },
    'Hari libur nasional dan cuti bersama bukan hari kerja bagi unit yang bekerja 5 atau 6 hari; unit yang bekerja setiap hari tetap masuk. Jadwal dan kebutuhan WFO mengikuti daftar ini.'));
  root.appendChild(form);
  root.appendChild(h('div', { class: 'toolbar' }, h('label', { for: 'holiday-year' }, 'Tahun'), yearSelect, h('span', { class: 'muted', id: 'holiday-count' })));
  const source = h('p', { id: 'holiday-source', class: 'small' });
  root.appendChild(source);
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'holiday-table' },
    h('thead', {}, h('tr', {}, ['Tanggal', 'Nama', 'Jenis', ''].map((t) => h('th', {}, t)))), tbody)));

  async function load() {
    const list = await call('holidays_list', { year });
    clear(tbody);
    if (list.length === 0) {
      tbody.appendChild(h('tr', {}, h('td', { colspan: 4, class: 'empty' }, `Belum ada hari libur untuk tahun ${year}. Tambahkan dari SKB 3 Menteri.`)));
    }
    for (const d of list) {
      tbody.appendChild(h('tr', { dataset: { day: d.day } },
        h('td', { class: 'nowrap' }, dateShort(d.day)),
        h('td', {}, d.name),
        h('td', {}, d.kind === 'libur' ? 'Libur nasional' : 'Cuti bersama'),
        h('td', {}, h('button', { type: 'button', class: 'small danger', dataset: { action: 'remove', day: d.day } }, 'Hapus'))));
    }
    document.getElementById('holiday-count').textContent = `${list.length} hari`;
    const from = sourceOf(year);
    source.className = from ? 'muted small' : 'warning small';
    source.textContent = from
      ? `Sumber daftar ${year}: ${from}`
      : `Daftar hari libur tahun ${year} belum ada: libur nasional dan cuti bersama tahun itu akan dihitung sebagai hari kerja. Tempel tabel SKB 3 Menteri di bawah.`;
    pasteYear.value = String(year);
  }

  // A year's whole list pasted from the SKB (or typed, one date and name per line).
  const pasteYear = h('input', { type: 'number', id: 'holiday-paste-year', min: 1900, max: 2200, size: 6 });
  const paste = h('textarea', { id: 'holiday-paste', rows: 8, cols: 70, placeholder: 'HARI LIBUR NASIONAL\n1. 1 Januari 2028 Sabtu Tahun Baru 2028 Masehi\n…\nCUTI BERSAMA\n1. 26 Desember 2028 Selasa Cuti bersama Hari Raya Natal' });
  const pasteSource = h('input', { type: 'text', id: 'holiday-paste-source', size: 50, placeholder: 'mis. SKB 3 Menteri Nomor … Tahun 2027' });
  const previewBtn = h('button', { type: 'button', id: 'holiday-preview' }, 'Pratinjau');
  const importBtn = h('button', { type: 'submit', class: 'primary', id: 'holiday-import', disabled: true }, 'Simpan daftar setahun');
  const previewOut = h('div', { id: 'holiday-preview-list', class: 'section' });
  const pasteForm = h('form', { class: 'form', id: 'holiday-paste-form', novalidate: true },
    h('h2', {}, 'Masukkan daftar setahun dari SKB 3 Menteri'),
    h('p', { class: 'muted small' }, 'Salin tabel dari naskah SKB (PDF) lalu tempel di sini: baris judul "Cuti Bersama" menandai baris sesudahnya sebagai cuti bersama. Periksa pratinjau sebelum menyimpan; hari yang sudah ada dan tidak disebut tetap disimpan.'),
    h('div', { class: 'form-row' }, field('year', 'Tahun', pasteYear), field('source', 'Sumber', pasteSource)),
    field('list', 'Daftar', paste),
    h('div', { class: 'actions' }, previewBtn, importBtn),
    previewOut,
    h('div', { class: 'form-error', role: 'alert' }));
  root.appendChild(pasteForm);
  const showPreview = (p) => {
    clear(previewOut);
    add(previewOut,
      h('p', { class: 'staff-name' }, `${p.entries.length} hari terbaca untuk tahun ${p.year}:`),
      h('table', { class: 'grid', id: 'holiday-preview-table' },
        h('thead', {}, h('tr', {}, ['Tanggal', 'Hari', 'Nama', 'Jenis'].map((t) => h('th', {}, t)))),
        h('tbody', {}, p.entries.map((e, i) => h('tr', {},
          h('td', { class: 'nowrap' }, dateShort(e.day)), h('td', {}, p.day_names[i]), h('td', {}, e.name),
          h('td', {}, e.kind === 'libur' ? 'Libur nasional' : 'Cuti bersama'))))),
      p.skipped.length ? h('p', { class: 'muted small' }, `Dilewati (judul, tanpa tanggal): ${p.skipped.join(' · ')}`) : null,
      p.renamed.length ? h('p', { class: 'small' }, `Diganti: ${p.renamed.join('; ')}`) : null,
      p.kept.length ? h('p', { class: 'muted small' }, `Tetap ada (tidak disebut daftar): ${p.kept.join('; ')}`) : null);
  };
  const args = () => ({ year: Number(pasteYear.value), text: paste.value });
  paste.addEventListener('input', () => { importBtn.disabled = true; });
  previewBtn.addEventListener('click', async () => {
    clearErrors(pasteForm);
    clear(previewOut);
    importBtn.disabled = true;
    try {
      showPreview(await call('holiday_list_preview', args()));
      importBtn.disabled = false;
    } catch (err) {
      showErrors(pasteForm, err);
    }
  });
  pasteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(pasteForm);
    try {
      const done = await call('holiday_list_import', { ...args(), source: pasteSource.value });
      notify(`Hari libur tahun ${done.year} disimpan: ${done.saved} hari.`);
      known.splice(0, known.length, ...(await call('holiday_years')));
      year = done.year;
      if (![...yearSelect.options].some((o) => Number(o.value) === year)) yearSelect.appendChild(h('option', { value: year }, String(year)));
      yearSelect.value = String(year);
      paste.value = '';
      clear(previewOut);
      importBtn.disabled = true;
      await load();
    } catch (err) {
      showErrors(pasteForm, err);
    }
  });

  yearSelect.addEventListener('change', () => { year = Number(yearSelect.value); load(); });
  tbody.addEventListener('click', async (e) => {
    const b = e.target.closest('button[data-action="remove"]');
    if (!b) return;
    try {
      await call('holiday_remove', { day: b.dataset.day });
      notify(`Hari libur ${dateShort(b.dataset.day)} dihapus.`);
      await load();
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try {
      const saved = await call('holiday_set', { day: day.value, name: name.value, cutiBersama: cuti.checked });
      notify(`Disimpan: ${dateShort(saved.day)} ${saved.name}.`);
      year = Number(saved.day.slice(0, 4));
      if (![...yearSelect.options].some((o) => Number(o.value) === year)) yearSelect.appendChild(h('option', { value: year }, String(year)));
      yearSelect.value = String(year);
      day.value = '';
      name.value = '';
      await load();
    } catch (err) {
      showErrors(form, err);
    }
  });
  await load();
}

/** Office hours (Perpres 21/2023: 37,5 jam bersih seminggu), band edges, and the dated
 * seasons (Ramadan) that replace the hours on their days; core checks them, names the field
 * at fault and says what each week adds up to. */
async function hoursForm(root) {
  let hours = await call('presence_hours');
  const time = (id, value, label) => h('input', { type: 'text', id, size: 5, placeholder: 'JJ:MM', value, 'aria-label': label });
  const minutes = (id, value, label) => h('input', { type: 'number', id, min: 0, max: 600, size: 4, value, 'aria-label': label });
  const weekText = (m) => String(Math.round(m / 6) / 10).replace('.', ',');
  const weekMinutes = (text) => Math.round(Number(String(text).replace(',', '.')) * 60) || 0;
  const band = (i) => h('input', { type: 'number', id: `hours-band-${i}`, min: 1, max: 600, size: 4, value: hours.bands[i], 'aria-label': `Batas pita ${i + 1} (menit)` });
  const start = time('hours-start', hours.start);
  const end = time('hours-end', hours.end);
  const friday = time('hours-friday', hours.friday_end);
  const rest = minutes('hours-rest', hours.rest);
  const fridayRest = minutes('hours-friday-rest', hours.friday_rest);
  const week = h('input', { type: 'text', id: 'hours-week', size: 5, value: weekText(hours.week_minutes) });
  const bands = [0, 1, 2].map(band);
  const seasonRows = h('tbody', { id: 'season-rows' });
  const note = h('p', { class: 'muted small', id: 'hours-note' });
  const seasonRow = (x) => {
    const tr = h('tr', { class: 'season-row' },
      h('td', {}, h('input', { type: 'text', class: 's-name', size: 16, value: x.name, 'aria-label': 'Nama masa' }),
        x.estimate ? h('div', { class: 'muted small' }, 'tanggal perkiraan') : null),
      h('td', {}, dateInput({ class: 's-from', 'aria-label': 'Dari tanggal' }, x.from)),
      h('td', {}, dateInput({ class: 's-to', 'aria-label': 'Sampai tanggal' }, x.to)),
      h('td', {}, time('', x.start, 'Jam masuk')),
      h('td', {}, time('', x.end, 'Jam pulang Senin–Kamis')),
      h('td', {}, time('', x.friday_end, 'Jam pulang Jumat')),
      h('td', {}, minutes('', x.rest, 'Istirahat (menit)')),
      h('td', {}, minutes('', x.friday_rest, 'Istirahat Jumat (menit)')),
      h('td', {}, h('input', { type: 'text', class: 's-week', size: 5, value: weekText(x.week_minutes), 'aria-label': 'Jam seminggu' })),
      h('td', {}, h('button', { type: 'button', class: 'link', dataset: { act: 'season-remove' } }, 'Hapus')));
    tr.dataset.estimate = x.estimate ? '1' : '';
    return tr;
  };
  const show = (x) => {
    hours = x;
    start.value = x.start;
    end.value = x.end;
    friday.value = x.friday_end;
    rest.value = x.rest;
    fridayRest.value = x.friday_rest;
    week.value = weekText(x.week_minutes);
    clear(seasonRows);
    x.seasons.forEach((s) => seasonRows.appendChild(seasonRow(s)));
    note.textContent = x.week_note;
    const [a, b, c] = x.bands;
    form.querySelector('#hours-explain').textContent =
      `Terlambat (TL) dan pulang sebelum waktunya (PSW): pita 1 = 1–${a} menit, 2 = ${a + 1}–${b}, 3 = ${b + 1}–${c}, 4 = lebih dari ${c} menit atau tanpa catatan.`;
  };
  const form = h('form', { class: 'form inline-form', id: 'hours-form', novalidate: true },
    h('h2', {}, 'Jam kerja dan pita keterlambatan (TL/PSW)'),
    h('div', { class: 'form-row' },
      field('start', 'Jam masuk', start),
      field('end', 'Jam pulang Senin–Kamis', end),
      field('friday_end', 'Jam pulang Jumat', friday),
      field('rest', 'Istirahat (menit)', rest),
      field('friday_rest', 'Istirahat Jumat (menit)', fridayRest),
      field('week_minutes', 'Jam kerja bersih seminggu', week, 'Perpres 21/2023: 37,5 jam'),
      h('div', { class: 'field', dataset: { field: 'bands' } }, h('label', { for: 'hours-band-0' }, 'Batas pita 1 / 2 / 3 (menit)'),
        h('div', { class: 'toolbar' }, bands), h('div', { class: 'field-error', dataset: { errorFor: 'bands' } }))),
    h('p', { class: 'muted small', id: 'hours-explain' }),
    h('h3', {}, 'Jam kerja bertanggal (Ramadan)'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid compact', id: 'season-table' },
      h('thead', {}, h('tr', {}, ['Nama', 'Dari', 'Sampai', 'Masuk', 'Pulang', 'Pulang Jumat', 'Istirahat (menit)', 'Istirahat Jumat', 'Jam seminggu', ''].map((t) => h('th', {}, t)))),
      seasonRows)),
    h('div', { class: 'field-error', dataset: { errorFor: 'seasons' } }),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'season-add' }, 'Tambah masa'),
      h('button', { type: 'submit', class: 'primary', id: 'hours-save' }, 'Simpan jam kerja')),
    note,
    h('div', { class: 'form-error', role: 'alert' }));
  form.addEventListener('click', (e) => {
    const act = e.target.closest('[data-act]')?.dataset.act;
    if (act === 'season-remove') e.target.closest('tr').remove();
    if (e.target.id === 'season-add') {
      seasonRows.appendChild(seasonRow({ name: '', from: '', to: '', start: '08:00', end: '15:00', friday_end: '15:30', rest: 30, friday_rest: 60, week_minutes: 1950, estimate: false }));
      seasonRows.lastElementChild.querySelector('.s-name').focus();
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const seasons = [...seasonRows.querySelectorAll('tr')].map((tr) => {
      const [startIn, endIn, fridayIn] = tr.querySelectorAll('input[placeholder="JJ:MM"]');
      const [restIn, fridayRestIn] = tr.querySelectorAll('input[type="number"]');
      return {
        name: tr.querySelector('.s-name').value, from: tr.querySelector('.s-from').value, to: tr.querySelector('.s-to').value,
        start: startIn.value, end: endIn.value, friday_end: fridayIn.value,
        rest: Number(restIn.value), friday_rest: Number(fridayRestIn.value),
        week_minutes: weekMinutes(tr.querySelector('.s-week').value), estimate: tr.dataset.estimate === '1',
      };
    });
    try {
      show(await call('presence_hours_save', { hours: {
        start: start.value, end: end.value, friday_end: friday.value, bands: bands.map((b) => Number(b.value)),
        rest: Number(rest.value), friday_rest: Number(fridayRest.value), week_minutes: weekMinutes(week.value), seasons,
      } }));
      notify('Jam kerja disimpan.');
    } catch (err) {
      showErrors(form, err);
    }
  });
  root.appendChild(form);
  show(hours);
}

/** Cadangan data: the automatic daily copies, a copy now to a chosen file, and restoring one
 * after core has checked it (the replaced database is kept by core). */
async function backupSection(root) {
  const list = h('tbody', { id: 'backup-rows' });
  const confirm = h('div', { id: 'backup-confirm', class: 'card section', hidden: true });
  const now = h('button', { type: 'button', class: 'primary', id: 'backup-now' }, 'Cadangkan sekarang…');
  const fromFile = h('button', { type: 'button', id: 'backup-restore-file' }, 'Pulihkan dari berkas…');
  root.appendChild(h('section', { class: 'form section', id: 'backup-section' },
    h('h2', {}, 'Cadangan data'),
    h('p', { class: 'muted small' }, 'Setiap hari aplikasi dibuka, salinan basis data dibuat otomatis di folder data (14 hari dan 8 minggu terakhir disimpan). Simpan juga salinan ke flashdisk secara berkala.'),
    h('div', { class: 'actions' }, now, fromFile),
    confirm,
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Cadangan', 'Ukuran', ''].map((t) => h('th', {}, t)))), list)));

  async function load() {
    clear(list);
    let copies = [];
    try {
      copies = await call('backup_list');
    } catch (err) {
      list.appendChild(h('tr', {}, h('td', { colspan: 3, class: 'empty' }, err.message)));
      return;
    }
    if (copies.length === 0) list.appendChild(h('tr', {}, h('td', { colspan: 3, class: 'empty' }, 'Belum ada cadangan.')));
    for (const c of copies) {
      list.appendChild(h('tr', {}, h('td', {}, c.label, h('div', { class: 'muted small' }, c.file)),
        h('td', { class: 'num' }, `${num(Math.ceil(c.bytes / 1024))} KB`),
        h('td', {}, h('button', { type: 'button', class: 'small', dataset: { restore: c.path } }, 'Pulihkan'))));
    }
  }

  /** Shows what the copy holds (checked by core) and asks before replacing anything. */
  async function ask(path) {
    clear(confirm);
    confirm.hidden = false;
    try {
      const c = await call('backup_check', { path });
      const go = h('button', { type: 'button', class: 'danger', id: 'backup-restore-run' }, 'Pulihkan sekarang');
      add(confirm,
        h('p', { class: 'staff-name' }, `Pulihkan dari ${path}?`),
        h('p', {}, `Berisi ${c.opd_name || 'OPD tanpa nama'}: ${num(c.staff)} pegawai, ${num(c.units)} unit kerja.`),
        h('p', { class: 'muted' }, 'Data sekarang akan diganti dengan isi cadangan ini. Salinan data sekarang disimpan lebih dulu di folder cadangan.'),
        h('div', { class: 'actions' }, go, h('button', { type: 'button', onclick: () => (confirm.hidden = true) }, 'Batal')));
      go.addEventListener('click', async () => {
        go.disabled = true;
        try {
          const r = await call('backup_restore', { path });
          confirm.hidden = true;
          await store.refresh();
          await load();
          notify(r.message);
        } catch (err) {
          go.disabled = false;
          notify(err.message, 'error');
        }
      });
    } catch (err) {
      add(confirm, h('p', { class: 'form-error', role: 'alert' }, err.message),
        h('button', { type: 'button', onclick: () => (confirm.hidden = true) }, 'Tutup'));
    }
  }

  now.addEventListener('click', async () => {
    const d = store.todayDate();
    const name = `giliran-cadangan-${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}.db`;
    const path = await savePath(name, { name: 'Cadangan Giliran', extensions: ['db'] });
    if (!path) return;
    try {
      const bytes = await call('backup_now', { path });
      notify(`Cadangan disimpan: ${path} (${num(Math.ceil(bytes / 1024))} KB).`);
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  fromFile.addEventListener('click', async () => {
    const path = await openPaths({ name: 'Cadangan Giliran', extensions: ['db'] });
    if (path) ask(path);
  });
  list.addEventListener('click', (e) => {
    const b = e.target.closest('[data-restore]');
    if (b) ask(b.dataset.restore);
  });
  await load();
}
