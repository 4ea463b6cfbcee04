// Evaluasi: monitoring and evaluation of flexible work (PermenPANRB 4/2025 art. 35). A period
// against a baseline, as core counts them from the report to the Sekda: for the office and
// each unit the days away, TL and PSW by band, TK, calls unanswered, breaches and plan against
// actual, before, after and the change, the people behind them, and the Kepala OPD's
// recommendation, kept with the period. The window formats nothing: core sends the numbers as
// printed (decimal comma, signed change, verdict).

import { call } from '../api.js';
import { h, clear, notify, select, dateInput } from '../dom.js';
import * as store from '../store.js';
import { daysChart, disciplineChart, targetsChart } from '../chart.js';
import { savePath } from '../files.js';

export const title = 'Evaluasi';

export async function mount(root, { actions }) {
  const s = await call('evaluation_suggest');
  const from = dateInput({ id: 'eval-from', 'aria-label': 'Periode dievaluasi, dari' }, s.from);
  const to = dateInput({ id: 'eval-to', 'aria-label': 'Periode dievaluasi, sampai' }, s.to);
  const baseFrom = dateInput({ id: 'eval-base-from', 'aria-label': 'Periode pembanding, dari' }, s.baseline_from);
  const baseTo = dateInput({ id: 'eval-base-to', 'aria-label': 'Periode pembanding, sampai' }, s.baseline_to);
  const show = h('button', { type: 'button', class: 'primary', id: 'eval-show' }, 'Evaluasi');
  const print = h('button', { type: 'button', id: 'eval-save' }, 'Simpan PDF evaluasi…');
  actions.appendChild(print);
  const status = h('p', { class: 'muted', id: 'eval-status', role: 'status' });
  const head = h('div', { id: 'eval-head' });
  const office = h('section', { class: 'card section', id: 'eval-office' });
  const charts = h('div', { class: 'charts', id: 'eval-charts' });
  const unitsBody = h('tbody', { id: 'eval-units' });
  const detail = h('section', { class: 'card section', id: 'eval-detail', hidden: true });
  let current = null;
  let asked = 0;

  root.appendChild(h('div', { class: 'toolbar' },
    h('label', { for: 'eval-from' }, 'Periode'), from, h('span', {}, 's.d.'), to,
    h('label', { for: 'eval-base-from' }, 'dibandingkan dengan'), baseFrom, h('span', {}, 's.d.'), baseTo, show));
  root.appendChild(h('p', { class: 'muted small' },
    'Periode pembanding adalah masa sebelum kerja fleksibel (mis. triwulan sebelumnya). Angka dihitung dari presensi, jadwal, cek keberadaan dan pelanggaran SE, sama dengan laporan ke Sekda.'));
  root.appendChild(status);
  root.appendChild(head);
  root.appendChild(charts);
  root.appendChild(office);
  root.appendChild(h('h2', { class: 'section' }, 'Per unit kerja'));
  root.appendChild(h('p', { class: 'muted small' }, 'Pilih unit untuk melihat semua ukuran, pegawai di balik angkanya, dan rekomendasi Kepala OPD.'));
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'eval-unit-table' },
    h('thead', {}, h('tr', {}, ['Unit kerja', 'Di luar kantor', 'TL per 100 hari hadir', 'PSW per 100 hari hadir', 'TK per 100 hari-orang', 'Tidak dapat dihubungi per 100 hari WFH', 'Memburuk', 'Rekomendasi'].map((t) => h('th', {}, t)))),
    unitsBody)));
  root.appendChild(detail);

  const fig = (line, key) => line.figures.find((f) => f.key === key);
  const pair = (f) => `${f.before_text} → ${f.after_text}`;

  /** One line (office or unit): its figures, the people behind them, the recommendation. */
  function lineView(line) {
    const name = line.unit || 'Seluruh kantor';
    const people = line.people.length
      ? h('details', { class: 'eval-people' }, h('summary', {}, `Pegawai di balik angka (${line.people.length} terbanyak TL, PSW, TK, tidak dihubungi)`),
        h('table', { class: 'grid compact' },
          h('thead', {}, h('tr', {}, ['Pegawai', 'TL', 'PSW', 'TK', 'Tidak dihubungi', 'TL+PSW+TK sebelumnya'].map((t) => h('th', {}, t)))),
          h('tbody', {}, line.people.map((p) => h('tr', {},
            h('td', { class: 'name' }, h('div', { class: 'staff-name' }, p.name), h('div', { class: 'muted small mono' }, p.nip)),
            h('td', { class: 'num' }, String(p.tl)), h('td', { class: 'num' }, String(p.psw)), h('td', { class: 'num' }, String(p.tk)),
            h('td', { class: 'num' }, String(p.unreached)), h('td', { class: 'num' }, p.before === null ? '—' : String(p.before)))))))
      : h('p', { class: 'muted small' }, 'Tidak ada TL, PSW, TK atau panggilan tak terjawab pada periode ini.');
    const choice = select({ class: 'rec-choice', 'aria-label': `Rekomendasi ${name}` }, store.get().choices.recommendations, line.recommendation?.choice || '', '— pilih —');
    const note = h('input', { type: 'text', class: 'rec-note', size: 40, value: line.recommendation?.note || '', placeholder: 'Alasan atau penyesuaian', 'aria-label': `Catatan rekomendasi ${name}` });
    const by = h('input', { type: 'text', class: 'rec-by', size: 24, value: line.recommendation?.by || '', placeholder: 'Nama Kepala OPD', 'aria-label': 'Diputuskan oleh' });
    const saved = h('span', { class: 'muted small rec-saved' }, line.recommendation ? `Tersimpan: ${line.recommendation.by || 'Kepala OPD'}` : '');
    return h('div', { dataset: { unit: line.unit } },
      h('h3', {}, name),
      h('table', { class: 'grid eval-figures' },
        h('thead', {}, h('tr', {}, ['Ukuran', 'Sebelum', 'Sesudah', 'Perubahan', 'Penilaian', 'Pita 1/2/3/4'].map((t) => h('th', {}, t)))),
        h('tbody', {}, line.figures.map((f) => h('tr', { dataset: { figure: f.key } },
          h('td', {}, f.label, h('div', { class: 'muted small' }, f.per)),
          h('td', { class: 'num' }, f.before_text), h('td', { class: 'num' }, f.after_text), h('td', { class: 'num' }, f.change_text),
          h('td', { class: `verdict ${f.verdict}` }, f.verdict),
          h('td', { class: 'small nowrap' }, f.bands_before ? `${f.bands_before} → ${f.bands_after}` : ''))))),
      people,
      h('form', { class: 'toolbar rec-form', dataset: { unit: line.unit } },
        h('strong', {}, 'Rekomendasi Kepala OPD'), choice, note, by,
        h('button', { type: 'submit', class: 'primary rec-save' }, 'Simpan rekomendasi'), saved));
  }

  function unitRow(u) {
    const worse = u.figures.filter((f) => f.verdict === 'memburuk').length;
    return h('tr', { class: 'clickable', dataset: { unit: u.unit }, tabindex: 0 },
      h('td', {}, u.unit),
      h('td', { class: 'num' }, `${fig(u, 'away').after_text}%`),
      h('td', { class: 'num' }, pair(fig(u, 'tl'))),
      h('td', { class: 'num' }, pair(fig(u, 'psw'))),
      h('td', { class: 'num' }, pair(fig(u, 'tk'))),
      h('td', { class: 'num' }, pair(fig(u, 'unreached'))),
      h('td', { class: `num ${worse ? 'breach' : ''}` }, String(worse)),
      h('td', { class: 'rec-label' }, u.recommendation ? store.label('recommendations', u.recommendation.choice) : '—'));
  }

  function showUnit(name) {
    const u = current.units.find((x) => x.unit === name);
    if (!u) return;
    clear(detail);
    detail.appendChild(lineView(u));
    detail.hidden = false;
    detail.scrollIntoView({ block: 'start' });
  }

  async function load() {
    const mine = ++asked;
    status.textContent = 'Menghitung evaluasi…';
    show.disabled = true;
    try {
      const e = await call('evaluation_get', { from: from.value, to: to.value, baselineFrom: baseFrom.value, baselineTo: baseTo.value });
      if (mine !== asked) return;
      current = e;
      status.textContent = '';
      clear(head);
      head.appendChild(h('h2', { id: 'eval-title' }, `Evaluasi kerja fleksibel: ${e.title}`));
      clear(charts);
      charts.appendChild(daysChart(e.series.days));
      charts.appendChild(disciplineChart(e.series.weeks));
      charts.appendChild(targetsChart(e.series.weeks));
      clear(office);
      office.appendChild(lineView(e.office));
      clear(unitsBody);
      if (e.units.length === 0) unitsBody.appendChild(h('tr', {}, h('td', { colspan: 8, class: 'empty' }, 'Belum ada pegawai.')));
      e.units.forEach((u) => unitsBody.appendChild(unitRow(u)));
      detail.hidden = true;
    } catch (err) {
      if (mine !== asked) return;
      status.textContent = err.message;
      notify(err.message, 'error');
    } finally {
      if (mine === asked) show.disabled = false;
    }
  }

  show.addEventListener('click', load);
  print.addEventListener('click', async () => {
    const path = await savePath(`Evaluasi-${from.value}-${to.value}.pdf`, { name: 'PDF', extensions: ['pdf'] });
    if (!path) return;
    print.disabled = true;
    status.textContent = `Menyimpan evaluasi ke ${path}…`;
    try {
      const saved = await call('evaluation_save', { from: from.value, to: to.value, baselineFrom: baseFrom.value, baselineTo: baseTo.value, path });
      status.textContent = '';
      notify(saved.message);
    } catch (err) {
      status.textContent = '';
      notify(err.message, 'error');
    } finally {
      print.disabled = false;
    }
  });
  unitsBody.addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-unit]');
    if (tr) showUnit(tr.dataset.unit);
  });
  unitsBody.addEventListener('keydown', (e) => {
    const tr = e.target.closest('tr[data-unit]');
    if (tr && e.key === 'Enter') showUnit(tr.dataset.unit);
  });
  root.addEventListener('submit', async (e) => {
    const form = e.target.closest('form.rec-form');
    if (!form) return;
    e.preventDefault();
    const unit = form.dataset.unit;
    try {
      const r = await call('evaluation_recommend', {
        from: from.value, to: to.value, unit,
        choice: form.querySelector('.rec-choice').value, note: form.querySelector('.rec-note').value, by: form.querySelector('.rec-by').value,
      });
      const line = unit ? current.units.find((u) => u.unit === unit) : current.office;
      if (line) line.recommendation = r;
      form.querySelector('.rec-saved').textContent = `Tersimpan: ${r.by || 'Kepala OPD'}`;
      const row = unitsBody.querySelector(`tr[data-unit="${CSS.escape(unit)}"] .rec-label`);
      if (row) row.textContent = store.label('recommendations', r.choice);
      notify(`Rekomendasi ${unit || 'seluruh kantor'} disimpan: ${store.label('recommendations', r.choice)}.`);
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  await load();
}
