// Cek Keberadaan WFH and Laporan Kegiatan WFH. The day's sample of WFH staff (drawn by core
// from the date, so it can be drawn again) with their phone numbers; each call is recorded as
// "dapat dihubungi" / "tidak dapat dihubungi" with time and note. People not reached twice in
// the month are flagged; each person's history is one click away. Below, the WFH activity notes
// of the day and the WFH days of the month still missing one; then a person's month for
// e-Kinerja.

import { call } from '../api.js';
import { h, clear, notify, dateInput } from '../dom.js';
import { todayIso, timeNow } from '../store.js';
import { ekinerjaSection } from '../ekinerja.js';
import { targetsPanel } from '../targets.js';

export const title = 'Cek Keberadaan';

export async function mount(root) {
  let sample = null;
  const date = dateInput({ id: 'reach-date', 'aria-label': 'Tanggal' }, todayIso());
  const size = h('input', { type: 'number', id: 'reach-size', min: 1, max: 500, size: 4, 'aria-label': 'Jumlah sampel', value: await call('reach_size') });
  const draw = h('button', { type: 'button', class: 'primary', id: 'reach-draw' }, 'Ambil sampel');
  const saveSize = h('button', { type: 'button', id: 'reach-size-save' }, 'Jadikan jumlah bawaan');
  const sampleHead = h('p', { class: 'muted', id: 'reach-summary', role: 'status' });
  const sampleBody = h('tbody', { id: 'reach-rows' });
  const flagged = h('div', { id: 'reach-flagged' });
  const history = h('section', { class: 'form section', id: 'reach-history', hidden: true });
  const notesBody = h('tbody', { id: 'activity-rows' });
  const dayPrev = h('button', { type: 'button', class: 'small', id: 'activity-prev' }, '◀ Sebelumnya');
  const dayNext = h('button', { type: 'button', class: 'small', id: 'activity-next' }, 'Berikutnya ▶');
  const dayPageText = h('span', { class: 'muted', id: 'activity-page' });
  const dayPager = h('div', { class: 'toolbar', hidden: true }, dayPrev, dayPageText, dayNext);
  const missingList = h('div', { id: 'activity-missing' });

  root.appendChild(h('div', { class: 'toolbar' },
    h('label', { for: 'reach-date' }, 'Tanggal'), date,
    h('label', { for: 'reach-size' }, 'Jumlah sampel'), size, draw, saveSize));
  root.appendChild(h('p', { class: 'muted small' },
    'Sampel diambil dari pegawai yang WFH pada tanggal itu; tanggal dan jumlah yang sama selalu menghasilkan pegawai yang sama. Hubungi pada jam kerja, lalu catat hasilnya.'));
  root.appendChild(sampleHead);
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'reach-table' },
    h('thead', {}, h('tr', {}, ['Pegawai', 'Telepon', 'Jam', 'Keterangan', 'Catat hasil', 'Tercatat'].map((t) => h('th', {}, t)))),
    sampleBody)));
  root.appendChild(h('section', { class: 'section' }, h('h2', {}, 'Ditandai bulan ini'), flagged));
  root.appendChild(history);
  root.appendChild(h('section', { class: 'section' },
    h('h2', {}, 'Laporan Kegiatan WFH'),
    h('p', { class: 'muted small' }, 'Uraian singkat pekerjaan setiap pegawai WFH pada tanggal di atas.'),
    dayPager,
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'activity-table' },
      h('thead', {}, h('tr', {}, ['Pegawai', 'Unit', 'Kegiatan', ''].map((t) => h('th', {}, t)))), notesBody)),
    h('h3', {}, 'Hari WFH bulan ini yang belum ada laporannya'), missingList));
  root.appendChild(ekinerjaSection());

  async function load() {
    await Promise.all([loadSample(), loadFlags(), loadNotes()]);
  }

  async function loadSample() {
    try {
      sample = await call('reach_sample', { date: date.value, size: Number(size.value) || null });
    } catch (err) {
      notify(err.message, 'error');
      return;
    }
    sampleHead.textContent = `${sample.title}: ${sample.people.length} dari ${sample.population} pegawai WFH.`;
    clear(sampleBody);
    if (sample.people.length === 0) {
      sampleBody.appendChild(h('tr', {}, h('td', { colspan: 6, class: 'empty' }, 'Tidak ada pegawai WFH pada tanggal ini.')));
    }
    for (const p of sample.people) {
      const last = p.calls[p.calls.length - 1];
      sampleBody.appendChild(h('tr', { dataset: { staff: p.staff_id } },
        h('td', { class: 'name' }, h('button', { type: 'button', class: 'link', dataset: { history: p.staff_id }, title: 'Lihat riwayat' }, p.name),
          h('div', { class: 'muted small mono' }, p.id_display), h('div', { class: 'muted small' }, p.unit_name)),
        h('td', { class: 'nowrap mono phone' }, p.phone_display),
        h('td', {}, h('input', { type: 'text', class: 'at', size: 5, placeholder: timeNow(), 'aria-label': `Jam menghubungi ${p.name}` })),
        h('td', {}, h('input', { type: 'text', class: 'note', placeholder: 'mis. ditelepon 2 kali', 'aria-label': `Keterangan ${p.name}` })),
        h('td', { class: 'stack' },
          h('button', { type: 'button', class: 'small', dataset: { reached: 'true' } }, 'Dapat dihubungi'),
          h('button', { type: 'button', class: 'small danger', dataset: { reached: 'false' } }, 'Tidak dapat dihubungi')),
        h('td', { class: `result ${last ? (last.reached ? 'ok' : 'bad') : ''}` },
          last ? `${last.at} ${last.reached ? 'dapat dihubungi' : 'tidak dapat dihubungi'}${last.note ? ` (${last.note})` : ''}` : 'belum')));
    }
  }

  async function loadFlags() {
    try {
      const log = await call('reach_month', { date: date.value });
      clear(flagged);
      flagged.appendChild(log.flagged.length
        ? h('ul', { class: 'breaches', role: 'alert' }, log.flagged.map((f) =>
          h('li', {}, h('button', { type: 'button', class: 'link', dataset: { history: f.staff_id } }, f.name), ` — ${f.message}`)))
        : h('p', { class: 'muted' }, `Tidak ada pegawai yang tidak dapat dihubungi dua kali atau lebih (${log.period}).`));
    } catch (err) {
      notify(err.message, 'error');
    }
  }

  // The day's WFH people and the month's missing notes come a hundred at a time: a big office
  // has more than a thousand at home on a day and owes thousands of notes a month.
  let missingOffset = 0;
  let dayOffset = 0;
  // Each page says its size (core decides it); the arrows step by it.
  let dayStep = 1;
  let missingStep = 1;
  async function loadNotes() {
    let month;
    let today;
    try {
      [month, today] = await Promise.all([call('activity_month', { date: date.value, offset: missingOffset }), call('activity_day', { date: date.value, offset: dayOffset })]);
    } catch (err) {
      notify(err.message, 'error');
      return;
    }
    clear(notesBody);
    const rows = today.rows;
    dayStep = today.limit;
    missingStep = month.limit;
    dayPager.hidden = today.total <= rows.length;
    dayPageText.textContent = `Pegawai WFH ${today.offset + 1}–${today.offset + rows.length} dari ${today.total}`;
    dayPrev.disabled = today.offset === 0;
    dayNext.disabled = today.offset + rows.length >= today.total;
    if (rows.length === 0) {
      notesBody.appendChild(h('tr', {}, h('td', { colspan: 4, class: 'empty' }, 'Tidak ada pegawai WFH pada tanggal ini (atau tanggalnya belum tiba).')));
    }
    for (const r of rows) {
      notesBody.appendChild(h('tr', { dataset: { staff: r.staff_id }, class: r.saved ? '' : 'missing' },
        h('td', { class: 'name' }, h('div', { class: 'staff-name' }, r.name), h('div', { class: 'muted small mono' }, r.id_display)),
        h('td', {}, r.unit_name),
        h('td', {}, h('input', { type: 'text', class: 'activity', value: r.note, placeholder: 'belum ada laporan', 'aria-label': `Kegiatan ${r.name}` })),
        h('td', { class: 'nowrap' }, h('button', { type: 'button', class: 'small', dataset: { saveNote: r.staff_id } }, 'Simpan'), ' ',
          h('button', { type: 'button', class: 'small', dataset: { targets: r.staff_id } }, 'Target'))));
    }
    clear(missingList);
    const missing = month.rows;
    if (month.total > missing.length) {
      const more = (step) => h('button', { type: 'button', class: 'small', dataset: { missingPage: step } }, step < 0 ? '◀ Sebelumnya' : 'Berikutnya ▶');
      missingList.appendChild(h('div', { class: 'toolbar' },
        h('span', { class: 'muted', id: 'activity-missing-count' },
          `${month.period}: ${month.total} hari WFH belum ada laporannya; ditampilkan ${month.offset + 1}–${month.offset + missing.length}.`),
        month.offset > 0 ? more(-1) : null, month.offset + missing.length < month.total ? more(1) : null));
    }
    missingList.appendChild(missing.length
      ? h('ul', { class: 'plain', id: 'activity-missing-list' }, missing.map((m) =>
        h('li', {}, `${m.date_label} — ${m.name} (${m.unit_name}); cek keberadaan: ${m.reached === null ? 'belum' : m.reached ? 'dapat dihubungi' : 'tidak dapat dihubungi'}`)))
      : h('p', { class: 'muted' }, 'Semua hari WFH sampai hari ini sudah ada laporannya.'));
  }

  async function showHistory(staffId) {
    try {
      const log = await call('reach_history', { staff: String(staffId) });
      clear(history);
      history.hidden = false;
      const name = log.calls[0]?.name || '';
      history.append(h('h2', {}, `Riwayat cek keberadaan ${name}`),
        log.calls.length
          ? h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Tanggal', 'Jam', 'Hasil', 'Keterangan'].map((t) => h('th', {}, t)))),
            h('tbody', {}, log.calls.map((c) => h('tr', {}, h('td', {}, c.date_label), h('td', {}, c.at),
              h('td', {}, c.reached ? 'Dapat dihubungi' : 'Tidak dapat dihubungi'), h('td', {}, c.note)))))
          : h('p', { class: 'muted' }, 'Belum pernah dihubungi.'),
        h('button', { type: 'button', id: 'reach-history-close', onclick: () => (history.hidden = true) }, 'Tutup'));
      history.scrollIntoView({ block: 'nearest' });
    } catch (err) {
      notify(err.message, 'error');
    }
  }

  root.addEventListener('click', async (e) => {
    const hist = e.target.closest('[data-history]');
    if (hist) return showHistory(hist.dataset.history);
    const rec = e.target.closest('button[data-reached]');
    if (rec) {
      const tr = rec.closest('tr');
      const reached = rec.dataset.reached === 'true';
      try {
        const c = await call('reach_record', { staff: tr.dataset.staff, date: date.value, at: tr.querySelector('.at').value, reached, note: tr.querySelector('.note').value });
        notify(`Dicatat pukul ${c.at}: ${reached ? 'dapat dihubungi' : 'tidak dapat dihubungi'}.`, 'ok');
        await Promise.all([loadSample(), loadFlags(), loadNotes()]);
      } catch (err) {
        notify(err.message, 'error');
      }
      return;
    }
    const targets = e.target.closest('button[data-targets]');
    if (targets) {
      document.getElementById('targets-panel')?.remove();
      const panel = targetsPanel(targets.dataset.targets, date.value, () => {});
      targets.closest('.table-wrap').after(panel);
      panel.scrollIntoView({ block: 'nearest' });
      return;
    }
    const save = e.target.closest('button[data-save-note]');
    if (save) {
      const tr = save.closest('tr');
      try {
        const n = await call('activity_add', { staff: tr.dataset.staff, date: date.value, note: tr.querySelector('.activity').value });
        notify(`Laporan kegiatan ${n.name} ${n.date_label} disimpan.`);
        await loadNotes();
      } catch (err) {
        notify(err.message, 'error');
      }
    }
  });

  draw.addEventListener('click', load);
  date.addEventListener('change', () => { missingOffset = 0; dayOffset = 0; load(); });
  dayPrev.addEventListener('click', () => { dayOffset = Math.max(0, dayOffset - dayStep); loadNotes(); });
  dayNext.addEventListener('click', () => { dayOffset += dayStep; loadNotes(); });
  missingList.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-missing-page]');
    if (!b) return;
    missingOffset = Math.max(0, missingOffset + Number(b.dataset.missingPage) * missingStep);
    loadNotes();
  });
  saveSize.addEventListener('click', async () => {
    try {
      const n = await call('reach_size_save', { size: Number(size.value) });
      notify(`Jumlah sampel bawaan: ${n} orang per hari.`);
    } catch (err) {
      notify(err.message, 'error');
    }
  });

  await load();
}
