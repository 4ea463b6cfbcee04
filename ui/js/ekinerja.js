// "Untuk e-Kinerja", a section of the Cek Keberadaan screen: a person's month of days worked
// away (where, the day's activity note, the request's targets) as core writes it, to copy and
// paste into the region's e-Kinerja; and the whole office's month saved as a workbook.

import { call } from './api.js';
import { h, notify, dateInput } from './dom.js';
import { todayIso } from './store.js';
import { savePath } from './files.js';
import { personPick } from './person-pick.js';

export function ekinerjaSection() {
  const person = personPick({ id: 'ekinerja-person', value: (p) => p.id_number });
  const month = dateInput({ id: 'ekinerja-month', 'aria-label': 'Bulan (tanggal mana pun di bulan itu)' }, todayIso());
  const show = h('button', { type: 'button', class: 'primary', id: 'ekinerja-show' }, 'Tampilkan teks');
  const copy = h('button', { type: 'button', id: 'ekinerja-copy', disabled: true }, 'Salin teks');
  const save = h('button', { type: 'button', id: 'ekinerja-save' }, 'Simpan Excel seluruh kantor…');
  const text = h('textarea', { id: 'ekinerja-text', rows: 12, readonly: true, 'aria-label': 'Teks untuk e-Kinerja', placeholder: 'Pilih pegawai dan bulan, lalu Tampilkan teks.' });

  show.addEventListener('click', async () => {
    if (!person.value()) {
      notify('Pilih pegawai dulu: ketik nama atau NIP-nya.', 'error');
      return;
    }
    try {
      const m = await call('ekinerja_person', { who: person.value(), month: month.value });
      text.value = m.text;
      copy.disabled = false;
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  copy.addEventListener('click', async () => {
    text.focus();
    text.select();
    try {
      await navigator.clipboard.writeText(text.value);
    } catch {
      document.execCommand('copy');
    }
    notify('Teks disalin: tempel di e-Kinerja.');
  });
  save.addEventListener('click', async () => {
    const path = await savePath(`e-Kinerja-${month.value.slice(3) || 'bulan'}.xlsx`, { name: 'Excel', extensions: ['xlsx'] });
    if (!path) return;
    try {
      notify((await call('ekinerja_save', { month: month.value, path })).message);
    } catch (err) {
      notify(err.message, 'error');
    }
  });

  return h('section', { class: 'section', id: 'ekinerja' },
    h('h2', {}, 'Untuk e-Kinerja'),
    h('p', { class: 'muted small' }, 'Hari kerja di luar kantor sebulan dengan kegiatan dan target rencana kerjanya, untuk disalin ke e-Kinerja.'),
    h('div', { class: 'form-grid' },
      h('div', { class: 'field' }, h('label', { for: 'ekinerja-person' }, 'Pegawai'), person.element),
      h('div', { class: 'field' }, h('label', { for: 'ekinerja-month' }, 'Bulan'), month,
        h('div', { class: 'field-hint' }, 'Tanggal mana pun di bulan itu'))),
    h('div', { class: 'toolbar' }, show, copy, save),
    text);
}
