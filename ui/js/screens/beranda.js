// Beranda: a welcome card on an empty database; otherwise the office at a glance.

import { call } from '../api.js';
import * as store from '../store.js';
import { h, num, notify } from '../dom.js';
import { daysChart, disciplineChart } from '../chart.js';

export const title = 'Beranda';

export async function mount(root, { go }) {
  const { overview } = await store.refresh(); // today changes as the clerk works elsewhere
  if (overview.empty) {
    root.appendChild(welcome(go));
    return;
  }
  const o = overview.office;
  const s = overview.staff;
  root.appendChild(h('div', { class: 'cards' },
    h('div', { class: 'card', id: 'card-office' },
      h('h2', {}, 'Kantor'),
      h('p', { class: 'big' }, o.opd_name || 'Nama OPD belum diisi'),
      h('p', {}, o.address || ''),
      h('p', { class: 'muted' }, o.head_name ? `Kepala: ${o.head_name}` : 'Kepala OPD belum diisi di Profil Kantor.')),
    h('div', { class: 'card', id: 'card-staff' },
      h('h2', {}, 'Pegawai aktif'),
      h('p', { class: 'big' }, num(s.active)),
      h('p', {}, s.by_kind.map(([k, n]) => `${k}: ${num(n)}`).join(' · ')),
      s.inactive ? h('p', { class: 'muted' }, `${num(s.inactive)} pegawai nonaktif`) : null),
    h('div', { class: 'card' },
      h('h2', {}, 'Unit kerja'),
      h('p', { class: 'big' }, num(overview.units)),
      h('p', {}, `${num(overview.teams)} tim/seksi`))));
  if (overview.today) root.appendChild(today(overview.today, go));
  // The last eight weeks as core counts them: who was in against the circulars' range, and
  // lateness and early leaving.
  const trend = await call('evaluation_recent');
  if (trend.days.length) {
    root.appendChild(h('h2', { class: 'section' }, 'Tren 8 minggu terakhir'));
    root.appendChild(h('div', { class: 'charts', id: 'home-charts' }, daysChart(trend.days, 'home-chart-days'), disciplineChart(trend.weeks, 'home-chart-discipline')));
  }

  const table = h('table', { class: 'grid', id: 'unit-summary' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Unit kerja'), h('th', { class: 'num' }, 'Pegawai aktif'))),
    h('tbody', {}, s.by_unit.filter((u) => u.parent_id === null)
      .map((u) => h('tr', {}, h('td', {}, u.name), h('td', { class: 'num' }, num(u.active))))));
  root.appendChild(h('h2', { class: 'section' }, 'Pegawai per unit kerja'));
  root.appendChild(table);
  root.appendChild(h('p', { class: 'muted small' }, `Berkas data: ${overview.db_path}`));
}

/** Today at a glance, from core: the plan, the presence recorded, breaches, what is missing.
 * On a day off: why, the next working day's plan and the last working day's presence. */
function today(t, go) {
  const list = (id, items) => (items.length ? h('ul', { class: 'breaches', id }, items.map((x) => h('li', {}, x))) : null);
  const open = (screen, day) => () => {
    store.showDay(day);
    go(screen);
  };
  const clock = store.get().clock;
  const plan = (g) => (g.planned ? `dijadwalkan WFO ${num(g.wfo)} · WFH ${num(g.wfh)} pegawai.` : 'jadwalnya belum disusun.');
  const next = t.next && h('div', { class: 'glance', id: 'today-next' },
    h('p', {}, h('strong', {}, `Hari kerja berikutnya, ${t.next.title}: `), plan(t.next)),
    h('button', { type: 'button', class: 'primary', id: 'go-next-week', onclick: open('jadwal', t.next.date) },
      t.next.planned ? 'Lihat jadwalnya' : 'Susun jadwalnya'));
  const last = t.last && h('div', { class: 'glance', id: 'today-last' },
    h('p', {}, h('strong', {}, `Hari kerja terakhir, ${t.last.title}: `),
      `presensi tercatat ${num(t.last.recorded)} dari ${num(t.last.staff)} pegawai.`),
    t.last.recorded < t.last.staff
      ? h('button', { type: 'button', id: 'go-last-presence', onclick: open('presensi', t.last.date) }, 'Lengkapi presensinya')
      : null);
  return h('section', { class: 'card section', id: 'card-today' },
    h('h2', {}, t.title),
    clock?.fixed ? h('p', { class: 'muted small', id: 'clock-fixed' }, `Tanggal ditetapkan untuk uji/peragaan (GILIRAN_TODAY): ${t.title.replace('Hari ini, ', '')}, pukul ${clock.time}.`) : null,
    !t.working_day ? h('p', { id: 'today-off' }, `Bukan hari kerja: ${t.day_off}.`)
      : t.planned ? h('p', { id: 'today-plan' }, `Dijadwalkan WFO ${num(t.wfo)} · WFH ${num(t.wfh)} pegawai. Presensi tercatat ${num(t.recorded)} dari ${num(t.staff)}.`)
        : h('p', { id: 'today-plan' }, `Jadwal hari ini belum disusun. Presensi tercatat ${num(t.recorded)} dari ${num(t.staff)}.`),
    t.working_day && t.planned ? h('p', { id: 'today-breaches' }, t.breaches.length ? `${num(t.breaches.length)} pelanggaran SE hari ini:` : 'Tidak ada pelanggaran SE hari ini.') : null,
    list('today-breach-list', t.breaches),
    next,
    last,
    h('p', { id: 'today-notes' }, t.notes_missing
      ? `${num(t.notes_missing)} hari WFH bulan ini belum ada laporan kegiatannya.`
      : 'Semua hari WFH bulan ini sudah ada laporan kegiatannya.'),
    t.flagged.length ? h('p', {}, 'Tidak dapat dihubungi dua kali atau lebih bulan ini:') : null,
    list('today-flagged', t.flagged),
    t.working_day ? h('div', { class: 'actions' },
      t.planned ? null : h('button', { type: 'button', class: 'primary', id: 'go-jadwal', onclick: () => go('jadwal') }, 'Susun jadwal'),
      h('button', { type: 'button', class: t.planned ? 'primary' : '', id: 'go-presensi', onclick: () => go('presensi') }, 'Catat presensi hari ini'),
      h('button', { type: 'button', id: 'go-keberadaan', onclick: () => go('keberadaan') }, 'Cek keberadaan WFH')) : null);
}

function welcome(go) {
  const load = h('button', { type: 'button', class: 'primary', id: 'demo-load' }, 'Muat data contoh');
  load.addEventListener('click', async () => {
    load.disabled = true;
    load.textContent = 'Memuat…';
    try {
      const r = await call('demo_load');
      await store.refresh();
      await go('beranda');
      notify(`Data contoh dimuat: ${num(r.units)} unit kerja, ${num(r.teams)} tim/seksi, ${num(r.staff)} pegawai.`);
    } catch (err) {
      load.disabled = false;
      load.textContent = 'Muat data contoh';
      notify(err.message, 'error');
    }
  });
  return h('div', { class: 'card welcome', id: 'welcome' },
    h('h2', {}, 'Selamat datang di Giliran'),
    h('p', {}, 'Giliran membantu Anda menyimpan daftar pegawai OPD, menyusun jadwal WFO/WFH sesuai Surat Edaran yang berlaku, mencatat presensi, dan menyiapkan laporan untuk Sekda. Semua data tersimpan di komputer ini dan dapat dipakai tanpa internet.'),
    h('p', {}, 'Basis data ini masih kosong. Coba semua fitur dengan kantor contoh (Dinas Komunikasi dan Informatika, 57 pegawai), atau mulai dengan mengisi profil kantor Anda sendiri.'),
    h('div', { class: 'actions' },
      load,
      h('button', { type: 'button', id: 'start-own', onclick: () => go('profil') }, 'Mulai dengan data kantor sendiri')));
}
