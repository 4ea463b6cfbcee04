// Rekap Sekda: the Sekda's staff choose the report files of many OPDs; each is verified (an
// altered or foreign file is listed with why and left out of the sums), the OPDs are shown side
// by side over the period, and one consolidated workbook is saved.

import { officesChart } from '../chart.js';
import { call } from '../api.js';
import { h, clear, notify, num, dateShort } from '../dom.js';
import { field, showErrors, clearErrors } from '../form.js';
import { openPaths, savePath } from '../files.js';

export const title = 'Rekap Sekda';

const pct = (p) => (p === null || p === undefined ? '' : `${(p * 100).toFixed(1).replace('.', ',')}%`);

export async function mount(root) {
  let paths = [];
  const choose = h('button', { type: 'button', class: 'primary', id: 'rekap-choose' }, 'Pilih berkas laporan OPD…');
  const save = h('button', { type: 'button', id: 'rekap-save', disabled: true }, 'Simpan rekap Excel');
  const status = h('p', { id: 'rekap-status', role: 'status', class: 'muted' });
  const tbody = h('tbody', { id: 'rekap-rows' });
  const tfoot = h('tfoot', { id: 'rekap-total' });
  root.appendChild(h('p', { class: 'muted' },
    'Untuk staf Sekda: pilih berkas Excel laporan dari setiap OPD. Setiap berkas diperiksa keutuhan dan tanda tangannya; berkas yang diubah atau ganda tidak dijumlahkan.'));
  root.appendChild(h('div', { class: 'toolbar' }, choose, save));
  root.appendChild(status);
  root.appendChild(h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'rekap-table' },
    h('thead', {}, h('tr', {}, ['OPD', 'Periode', 'Status', 'Sidik kunci', 'Pegawai', 'Kepatuhan', 'Pelanggaran', 'WFO', 'WFH', 'TK', 'Tidak dapat dihubungi']
      .map((t) => h('th', {}, t)))),
    tbody, tfoot)));
  // The evaluations the offices sent (PermenPANRB 4/2025 art. 35), side by side, and the
  // registered offices that sent nothing; sorted by name or by figures that got worse.
  const evalRows = h('tbody', { id: 'rekap-eval-rows' });
  const missing = h('div', { id: 'rekap-missing' });
  let sortBy = 'opd';
  let last = null;
  const sortButton = (key, label) => h('button', { type: 'button', class: 'link', dataset: { sort: key } }, label);
  root.appendChild(h('section', { class: 'section', id: 'rekap-eval' },
    h('h2', {}, 'Evaluasi kerja fleksibel per OPD'),
    h('p', { class: 'muted small' }, 'Dari lembar Evaluasi laporan OPD (sebelum → sesudah). OPD yang kuncinya terdaftar tetapi belum mengirim disebutkan di bawah.'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'rekap-eval-table' },
      h('thead', {}, h('tr', {}, h('th', {}, sortButton('opd', 'OPD')), h('th', {}, 'Dibandingkan'),
        ['Di luar kantor (%)', 'TL per 100 hari hadir', 'PSW per 100 hari hadir', 'TK per 100 hari-orang', 'Tidak dihubungi per 100 hari WFH', 'Target tercapai (%)'].map((t) => h('th', {}, t)),
        h('th', {}, sortButton('worse', 'Ukuran memburuk')), h('th', {}, 'Rekomendasi Kepala OPD'))),
      evalRows)),
    h('div', { class: 'charts', id: 'rekap-charts' }),
    missing));

  function renderEvaluation(c) {
    last = c;
    clear(evalRows);
    const rows = c.rows.filter((r) => r.intact);
    rows.sort(sortBy === 'worse'
      ? (a, b) => (b.evaluation?.worse ?? -1) - (a.evaluation?.worse ?? -1) || a.opd.localeCompare(b.opd)
      : (a, b) => a.opd.localeCompare(b.opd));
    const pair = (e, key) => {
      const f = e.figures.find((x) => x.key === key);
      return f ? `${f.before_text} → ${f.after_text}` : '';
    };
    for (const r of rows) {
      const e = r.evaluation;
      evalRows.appendChild(h('tr', { dataset: { opd: r.opd } }, h('td', {}, r.opd),
        e ? [h('td', { class: 'small' }, e.title), ...['away', 'tl', 'psw', 'tk', 'unreached', 'targets'].map((k) => h('td', { class: 'num nowrap' }, pair(e, k))),
          h('td', { class: `num ${e.worse ? 'breach' : ''}` }, String(e.worse)), h('td', { class: 'small' }, e.recommendation || '—')]
          : h('td', { colspan: 9, class: 'muted' }, 'Laporan tanpa evaluasi (dibuat tanpa periode pembanding).')));
    }
    // The offices' discipline before and after, drawn (core counted every point).
    const charts = document.getElementById('rekap-charts');
    clear(charts);
    const withEvaluation = rows.filter((r) => r.evaluation);
    if (withEvaluation.length) {
      charts.append(officesChart(withEvaluation, 'tl', 'TL per 100 hari hadir per OPD, sebelum dan sesudah', 'rekap-chart-tl'),
        officesChart(withEvaluation, 'psw', 'PSW per 100 hari hadir per OPD, sebelum dan sesudah', 'rekap-chart-psw'));
    }
    clear(missing);
    if (c.missing.length) {
      missing.appendChild(h('p', { class: 'breach', id: 'rekap-not-sent' }, `Belum mengirim laporan: ${c.missing.join(', ')}.`));
    }
  }
  root.querySelector('#rekap-eval-table thead').addEventListener('click', (e) => {
    const b = e.target.closest('[data-sort]');
    if (!b || !last) return;
    sortBy = b.dataset.sort;
    renderEvaluation(last);
  });

  // The keys the OPDs registered (their Profil Kantor fingerprint): a file signed by another
  // key in an OPD's name is not counted.
  const keyRows = h('tbody', { id: 'keys-rows' });
  const keyOpd = h('input', { type: 'text', id: 'key-opd', placeholder: 'mis. Dinas Pariwisata' });
  const keyFp = h('input', { type: 'text', id: 'key-fingerprint', placeholder: '3F2A 91C0 7B44 E1D9', size: 22 });
  const keyForm = h('form', { class: 'form inline-form section', id: 'keys-form', novalidate: true },
    h('h2', {}, 'Kunci OPD terdaftar'),
    h('div', { class: 'form-row' }, field('opd', 'Nama OPD', keyOpd), field('fingerprint', 'Sidik kunci', keyFp),
      h('div', { class: 'field button-field' }, h('label', {}, '\u00a0'), h('button', { type: 'submit', id: 'key-register' }, 'Daftarkan'))),
    h('div', { class: 'form-error', role: 'alert' }),
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Sidik kunci', 'OPD', ''].map((t) => h('th', {}, t)))), keyRows));
  root.appendChild(keyForm);

  function renderKeys(keys) {
    clear(keyRows);
    if (keys.length === 0) keyRows.appendChild(h('tr', {}, h('td', { colspan: 3, class: 'empty' }, 'Belum ada kunci OPD yang terdaftar.')));
    for (const k of keys) {
      keyRows.appendChild(h('tr', {}, h('td', { class: 'mono' }, k.fingerprint), h('td', {}, k.opd),
        h('td', {}, h('button', { type: 'button', class: 'small danger', dataset: { removeKey: k.opd } }, 'Hapus'))));
    }
  }

  async function register(opd, fingerprint) {
    renderKeys(await call('sekda_key_register', { opd, fingerprint }));
    notify(`Kunci ${opd} didaftarkan.`);
    if (paths.length) await readFiles();
  }

  keyForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(keyForm);
    try {
      await register(keyOpd.value, keyFp.value);
      keyOpd.value = '';
      keyFp.value = '';
    } catch (err) {
      showErrors(keyForm, err);
    }
  });
  root.addEventListener('click', async (e) => {
    const rm = e.target.closest('[data-remove-key]');
    const add = e.target.closest('[data-register]');
    try {
      if (rm) {
        renderKeys(await call('sekda_key_remove', { opd: rm.dataset.removeKey }));
        if (paths.length) await readFiles();
      } else if (add) {
        await register(add.dataset.register, add.dataset.fingerprint);
      }
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  renderKeys(await call('sekda_keys'));

  function render(c) {
    clear(tbody);
    clear(tfoot);
    for (const r of c.rows) {
      const t = r.totals;
      tbody.appendChild(h('tr', { class: r.intact ? '' : 'not-counted' },
        h('td', {}, h('div', { class: 'staff-name' }, r.opd || '—'), h('div', { class: 'muted small' }, r.file)),
        h('td', { class: 'nowrap' }, r.from ? `${dateShort(r.from)} s.d. ${dateShort(r.to)}` : ''),
        h('td', { class: r.intact ? 'ok' : 'bad' }, r.status),
        h('td', { class: 'mono nowrap' }, r.fingerprint,
          r.key === 'unregistered' && r.intact ? h('div', {}, h('button', { type: 'button', class: 'small', dataset: { register: r.opd, fingerprint: r.fingerprint } }, 'Daftarkan kunci ini')) : null),
        h('td', { class: 'num' }, t ? num(t.staff) : ''),
        h('td', { class: 'num' }, pct(r.compliance)),
        h('td', { class: 'num' }, t ? num(t.breaches) : ''),
        h('td', { class: 'num' }, t ? num(t.wfo) : ''),
        h('td', { class: 'num' }, t ? num(t.wfh) : ''),
        h('td', { class: 'num' }, t ? num(t.tk) : ''),
        h('td', { class: 'num' }, t ? num(t.unreached) : '')));
    }
    const t = c.totals;
    tfoot.appendChild(h('tr', {}, h('th', { colspan: 4 }, `Jumlah (${c.counted} OPD utuh)`),
      h('th', { class: 'num' }, num(t.staff)), h('th', { class: 'num' }, pct(c.compliance)), h('th', { class: 'num' }, num(t.breaches)),
      h('th', { class: 'num' }, num(t.wfo)), h('th', { class: 'num' }, num(t.wfh)), h('th', { class: 'num' }, num(t.tk)),
      h('th', { class: 'num' }, num(t.unreached))));
  }

  choose.addEventListener('click', async () => {
    const picked = await openPaths({ name: 'Laporan OPD (Excel)', extensions: ['xlsx'] }, true);
    if (!picked || picked.length === 0) return;
    paths = Array.isArray(picked) ? picked : [picked];
    await readFiles();
  });

  async function readFiles() {
    status.textContent = `Memeriksa ${paths.length} berkas…`;
    try {
      const c = await call('consolidate_read', { paths });
      render(c);
      renderEvaluation(c);
      status.textContent = c.message;
      save.disabled = c.counted === 0;
    } catch (err) {
      status.textContent = '';
      notify(err.message, 'error');
    }
  }

  save.addEventListener('click', async () => {
    const name = 'Rekap-WFO-WFH-Sekda.xlsx';
    const out = await savePath(name, { name: 'Excel', extensions: ['xlsx'] });
    if (!out) return;
    save.disabled = true;
    save.textContent = 'Menyimpan…';
    try {
      const c = await call('consolidate_save', { paths, out });
      status.textContent = `${c.message} Rekap disimpan: ${out}.`;
      notify(`Rekap disimpan: ${out}.`);
    } catch (err) {
      notify(err.message, 'error');
    } finally {
      save.textContent = 'Simpan rekap Excel';
      save.disabled = false;
    }
  });
}
