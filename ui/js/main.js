// The app frame: navigation between screens and the first load.

import { listen } from './api.js';
import * as store from './store.js';
import { h, clear, hideNotice, notify } from './dom.js';
import * as beranda from './screens/beranda.js';
import * as pegawai from './screens/pegawai.js';
import * as unit from './screens/unit.js';
import * as profil from './screens/profil.js';
import * as surat from './screens/surat-edaran.js';
import * as pengaturan from './screens/pengaturan.js';
import * as jadwal from './screens/jadwal.js';
import * as presensi from './screens/presensi.js';
import * as keberadaan from './screens/keberadaan.js';
import * as laporan from './screens/laporan.js';
import * as rekap from './screens/rekap.js';
import * as riwayat from './screens/riwayat.js';
import * as realisasi from './screens/realisasi.js';
import * as evaluasi from './screens/evaluasi.js';
import * as fwa from './screens/fwa.js';

const screens = { beranda, jadwal, fwa, presensi, keberadaan, realisasi, laporan, evaluasi, rekap, surat, pegawai, unit, profil, pengaturan, riwayat };
let current = null;
let unmount = null;

export async function go(name) {
  if (!screens[name]) return;
  if (typeof unmount === 'function') unmount();
  hideNotice();
  current = name;
  const screen = screens[name];
  document.getElementById('screen-title').textContent = screen.title;
  clear(document.getElementById('screen-actions'));
  document.querySelectorAll('#nav [data-screen]').forEach((b) => {
    if (b.dataset.screen === name) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  });
  const root = clear(document.getElementById('screen'));
  root.dataset.screen = name;
  unmount = await screen.mount(root, { go, actions: document.getElementById('screen-actions') });
}

function showOfficeName(state) {
  const o = state.overview?.office;
  document.getElementById('office-name').textContent = o && o.opd_name ? o.opd_name : '';
}

/** What the clerk can do about a database that did not open, by the core's error code. */
const FATAL_ADVICE = {
  db_newer: 'Basis data ini dibuat oleh Giliran yang lebih baru. Pasang Giliran versi terbaru di komputer ini; berkasnya tidak diubah.',
  db_foreign: 'Berkas ini bukan basis data Giliran. Buka Giliran dengan berkas basis data kantor (giliran-app --db BERKAS), atau pindahkan berkas ini; isinya tidak diubah.',
};

function fatal(err) {
  const root = clear(document.getElementById('screen'));
  document.getElementById('screen-title').textContent = 'Basis data tidak dapat dibuka';
  root.appendChild(h('div', { class: 'card card-error', role: 'alert', id: 'fatal', dataset: { code: err.code } },
    h('p', {}, err.message),
    h('p', {}, FATAL_ADVICE[err.code] || 'Tutup aplikasi, lalu periksa berkas basis data atau hubungi pengelola TI kantor.')));
}

async function start() {
  document.getElementById('nav').addEventListener('click', (e) => {
    const b = e.target.closest('[data-screen]');
    if (b) go(b.dataset.screen);
  });
  store.subscribe(showOfficeName);
  try {
    await store.refresh();
  } catch (err) {
    fatal(err);
    return;
  }
  await go('beranda');
  // A second launch on this database brings this window forward instead of opening another.
  listen('giliran://fokus', () => notify('Giliran sudah terbuka di jendela ini.'));
  document.body.dataset.ready = 'true';
}

start();
