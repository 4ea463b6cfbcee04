// Profil Kantor: what the kop surat and the Kepala OPD's signature block print.

import { call } from '../api.js';
import * as store from '../store.js';
import { h, clear, select, notify } from '../dom.js';
import { field, showErrors, clearErrors, values } from '../form.js';

export const title = 'Profil Kantor';

export async function mount(root) {
  const { choices } = store.get();
  const o = await call('office_get');
  const text = (v) => h('input', { type: 'text', value: v || '' });
  const form = h('form', { class: 'form', id: 'office-form', novalidate: true },
    h('h2', {}, 'Kop surat'),
    h('div', { class: 'form-grid' },
      field('gov_level', 'Tingkat pemerintahan', select({}, choices.gov_levels, o.gov_level, '— pilih —')),
      field('region', 'Nama daerah', text(o.region), 'mis. Kalimantan Timur'),
      field('opd_name', 'Nama OPD', text(o.opd_name), 'mis. Dinas Komunikasi dan Informatika'),
      field('address', 'Alamat', text(o.address)),
      field('phone', 'Telepon', h('input', { type: 'tel', value: o.phone || '' })),
      field('email', 'Surel', h('input', { type: 'email', value: o.email || '' })),
      field('city', 'Tempat penandatanganan', text(o.city), 'Ditulis sebelum tanggal, mis. Samarinda')),
    h('h2', {}, 'Kepala OPD (penandatangan)'),
    h('div', { class: 'form-grid' },
      field('head_name', 'Nama lengkap dengan gelar', text(o.head_name)),
      field('head_nip', 'NIP', text(o.head_nip), '18 digit, boleh dengan spasi'),
      field('head_golongan', 'Pangkat / golongan', select({}, choices.golongan_pns, o.head_golongan, '— pilih —')),
      field('head_jabatan', 'Jabatan', text(o.head_jabatan), 'mis. Kepala Dinas Komunikasi dan Informatika')),
    h('div', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'office-save' }, 'Simpan')));

  const preview = h('div', { class: 'card preview', id: 'kop-preview', 'aria-label': 'Contoh kop surat dan tanda tangan' });
  const key = h('p', { class: 'mono', id: 'office-key' }, 'Memuat…');
  root.appendChild(h('div', { class: 'two-col' }, form, h('div', {}, h('h2', {}, 'Contoh cetakan'), preview,
    h('section', { class: 'card section', id: 'office-key-card' },
      h('h2', {}, 'Sidik kunci tanda tangan laporan'), key,
      h('p', { class: 'muted small' }, 'Setiap laporan ditandatangani dengan kunci kantor ini (tersimpan di folder data). Daftarkan sidik kunci ini ke Sekda agar laporan kantor dapat diperiksa keasliannya.')))));
  call('office_key').then((k) => (key.textContent = k), (err) => (key.textContent = err.message));
  renderPreview(preview);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const v = values(form);
    const office = { ...v, gov_level: v.gov_level || null };
    try {
      await call('office_save', { office });
      await store.refresh();
      renderPreview(preview);
      notify('Profil kantor disimpan.');
    } catch (err) {
      showErrors(form, err);
    }
  });
}

function renderPreview(el) {
  const k = store.get().overview.letterhead;
  clear(el);
  el.appendChild(h('div', { class: 'kop' },
    h('div', { class: 'kop-gov' }, k.government),
    h('div', { class: 'kop-opd' }, k.opd || 'NAMA OPD'),
    h('div', { class: 'kop-contact' }, k.contact)));
  el.appendChild(h('div', { class: 'signature' },
    h('div', {}, `${k.city || '…'}, tanggal`),
    h('div', {}, `${k.signer_jabatan},`),
    h('div', { class: 'signature-space' }),
    h('div', { class: 'signer-name' }, k.signer_name),
    h('div', {}, k.signer_pangkat),
    h('div', {}, k.signer_nip)));
}
