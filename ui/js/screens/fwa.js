// Pengajuan FWA: flexible work under the office's decision (PermenPANRB 4/2025). The decision
// in force; a request made for a person (days, location, reason, evidence, work plan), checked
// by core; the list by status and unit, where the superior approves (Y) or rejects (X, with a
// note) by keyboard or button. Approved days go to the planner as the person's wishes.

import { call } from '../api.js';
import * as store from '../store.js';
import { h, clear, select, notify, dateInput } from '../dom.js';
import { field, showErrors, clearErrors } from '../form.js';
import { formView } from '../print-form.js';
import { sanctionsSection } from '../sanctions.js';
import { personPick } from '../person-pick.js';

export const title = 'Pengajuan FWA';

export async function mount(root) {
  const { choices } = store.get();
  const policy = h('div', { id: 'fwa-policy' });
  const status = select({ id: 'fwa-filter-status', 'aria-label': 'Status' }, choices.fwa_statuses, 'diajukan', 'Semua status');
  const unit = select({ id: 'fwa-filter-unit', 'aria-label': 'Unit kerja' }, store.topUnits().map((u) => ({ key: u.id, label: u.name })), '', 'Semua unit');
  const by = h('input', { type: 'text', id: 'fwa-by', size: 28, placeholder: 'mis. Kepala Bidang Umum', value: localStorage.getItem('fwa-by') || '' });
  by.addEventListener('change', () => localStorage.setItem('fwa-by', by.value));
  const rows = h('tbody', { id: 'fwa-rows' });

  root.append(
    policy,
    requestForm(choices, async (r) => { notify(`Pengajuan ${r.staff_name} dicatat (nomor ${r.id}).`); await load(); }),
    h('section', { class: 'section' },
      h('h2', {}, 'Daftar pengajuan'),
      h('div', { class: 'toolbar' }, status, unit, h('label', { for: 'fwa-by' }, 'Diputuskan oleh'), by),
      h('p', { class: 'muted small' }, 'Pilih baris lalu tekan Y untuk menyetujui atau X untuk menolak (isi alasan penolakan pada kolom catatan).'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'fwa-table' },
        h('thead', {}, h('tr', {}, ['No', 'Pegawai', 'Hari', 'Lokasi / jenis', 'Alasan', 'Rencana kerja', 'Status', 'Catatan', ''].map((t) => h('th', {}, t)))),
        rows))),
    sanctionsSection());

  async function showPolicy() {
    clear(policy);
    const c = await call('fwa_policy', { on: '' });
    if (!c) {
      policy.appendChild(h('p', { class: 'notice notice-warn', role: 'alert' },
        'Belum ada keputusan kerja fleksibel yang berlaku hari ini. Tambahkan di Surat Edaran dari templat "Pelaksanaan Tugas Kedinasan Pegawai ASN secara Fleksibel", lalu sesuaikan angkanya.'));
      return;
    }
    policy.appendChild(h('div', { class: 'card', id: 'fwa-policy-card' },
      h('strong', {}, c.title), h('div', { class: 'muted small' }, c.citation),
      h('p', {}, `${c.summary}.`),
      h('div', { class: 'muted small' }, `Berlaku ${c.valid}`),
      h('ul', { class: 'plain small' }, c.rules.map((r) => h('li', {}, r))),
      c.persons.length ? h('ul', { class: 'plain small', id: 'fwa-policy-persons' }, c.persons.map((r) => h('li', {}, r))) : null));
  }

  async function load() {
    const list = await call('fwa_requests', { status: status.value || null, unitId: unit.value ? Number(unit.value) : null });
    clear(rows);
    if (list.length === 0) rows.appendChild(h('tr', {}, h('td', { colspan: 9, class: 'empty' }, 'Tidak ada pengajuan.')));
    for (const r of list) {
      const label = (l, k) => choices[l].find((c) => c.key === k)?.label || k;
      const note = h('input', { type: 'text', size: 18, 'aria-label': `Catatan keputusan ${r.staff_name}`, value: r.decision_note, dataset: { note: r.id } });
      const open = r.status === 'diajukan';
      const tr = h('tr', { tabindex: 0, dataset: { id: r.id, status: r.status } },
        h('td', { class: 'num' }, String(r.id)),
        h('td', {}, r.staff_name, h('div', { class: 'muted small' }, `${r.unit_name} · ${r.id_display}`)),
        h('td', {}, r.when),
        h('td', {}, r.location ? label('fwa_locations', r.location) : label('fwa_kinds', r.kind),
          r.home ? h('div', { class: 'muted small', dataset: { home: '' } }, `Alamat: ${r.home}`) : null),
        h('td', {}, label('fwa_reasons', r.reason), r.evidence ? h('div', { class: 'muted small' }, r.evidence) : null),
        h('td', { class: 'small pre-line' }, r.work_plan,
          r.outcomes.some((n) => n > 0)
            ? h('div', { class: 'muted small', dataset: { outcomes: r.id } }, `Capaian target: ${r.outcomes[0]} tercapai, ${r.outcomes[1]} sebagian, ${r.outcomes[2]} tidak`)
            : null),
        h('td', { class: `status-${r.status}` }, label('fwa_statuses', r.status),
          r.decided_by ? h('div', { class: 'muted small' }, `${r.decided_by}${r.decided_on ? `, ${r.decided_on.split('-').reverse().join('-')}` : ''}`) : null),
        h('td', {}, open ? note : r.decision_note),
        h('td', { class: 'nowrap' },
          open ? h('button', { type: 'button', class: 'small primary', dataset: { act: 'approve' } }, 'Setujui') : null, ' ',
          open ? h('button', { type: 'button', class: 'small danger', dataset: { act: 'reject' } }, 'Tolak') : null, ' ',
          ['diajukan', 'disetujui'].includes(r.status) ? h('button', { type: 'button', class: 'small', dataset: { act: 'withdraw' } }, 'Tarik') : null, ' ',
          h('button', { type: 'button', class: 'small', dataset: { act: 'print' } }, 'Cetak')));
      rows.appendChild(tr);
    }
  }

  async function act(tr, what) {
    const id = Number(tr.dataset.id);
    if (what === 'print') {
      try {
        document.body.appendChild(formView(await call('fwa_request_form', { id }), id));
      } catch (err) {
        notify(err.message, 'error');
      }
      return;
    }
    const note = tr.querySelector('[data-note]')?.value || '';
    try {
      const r = what === 'withdraw'
        ? await call('fwa_request_withdraw', { id })
        : await call(what === 'approve' ? 'fwa_request_approve' : 'fwa_request_reject', { id, by: by.value, note });
      notify(`Pengajuan ${r.staff_name}: ${choices.fwa_statuses.find((c) => c.key === r.status)?.label.toLowerCase()}.`);
      await load();
      rows.querySelector('tr[data-id]')?.focus();
    } catch (err) {
      notify(err.message, 'error');
      if (what === 'reject') tr.querySelector('[data-note]')?.focus();
    }
  }

  rows.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-act]');
    if (b) act(b.closest('tr'), b.dataset.act);
  });
  rows.addEventListener('keydown', (e) => {
    const tr = e.target.closest('tr[data-id]');
    if (!tr || e.target.matches('input')) return;
    // Y (ya) and X: not S and T, which are Sakit and Tugas belajar on the Presensi screen.
    if (e.key === 'y' || e.key === 'Y') { e.preventDefault(); act(tr, 'approve'); }
    if (e.key === 'x' || e.key === 'X') { e.preventDefault(); act(tr, 'reject'); }
    if (e.key === 'ArrowDown') { e.preventDefault(); tr.nextElementSibling?.focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); tr.previousElementSibling?.focus(); }
  });
  status.addEventListener('change', load);
  unit.addEventListener('change', load);
  await showPolicy();
  await load();
}

/** The form for a new request; core checks it whole and names each wrong field. */
function requestForm(choices, onAdded) {
  const person = personPick({ id: 'fwa-staff', value: (p) => p.id, asnOnly: true });
  const from = dateInput({ id: 'fwa-from' }, store.todayIso());
  const to = dateInput({ id: 'fwa-to' });
  const days = choices.days.slice(0, 5).map((d) => h('input', { type: 'checkbox', value: d.key, dataset: { fwaDay: d.key } }));
  const kind = select({ id: 'fwa-kind' }, choices.fwa_kinds, 'lokasi');
  const location = select({ id: 'fwa-location' }, choices.fwa_locations, 'rumah');
  kind.addEventListener('change', () => { location.disabled = kind.value === 'waktu'; });
  const reason = select({ id: 'fwa-reason' }, choices.fwa_reasons, '', '— pilih alasan —');
  const evidence = h('input', { type: 'text', id: 'fwa-evidence', placeholder: 'mis. surat keterangan dokter' });
  const plan = h('textarea', { id: 'fwa-plan', rows: 3, placeholder: 'Satu target per baris, mis.\n1. Draf laporan triwulan selesai\n2. Rekap data SIASN unit' });
  const form = h('form', { class: 'form', id: 'fwa-form', novalidate: true },
    h('h2', {}, 'Catat pengajuan'),
    h('div', { class: 'form-grid' },
      field('staff_id', 'Pegawai', person.element),
      field('from', 'Dari tanggal', from),
      field('to', 'Sampai tanggal', to, 'Kosongkan bila satu hari'),
      h('div', { class: 'field', dataset: { field: 'days' } }, h('label', {}, 'Hari dalam seminggu'),
        h('div', { class: 'checks' }, choices.days.slice(0, 5).map((d, i) => h('label', { class: 'check' }, days[i], d.label))),
        h('div', { class: 'field-hint' }, 'Tidak dicentang: setiap hari kerja'),
        h('div', { class: 'field-error', dataset: { errorFor: 'days' } })),
      field('kind', 'Jenis', kind, 'Waktu: bekerja di kantor dengan jam masuk dinamis'),
      field('location', 'Lokasi kerja', location),
      field('reason', 'Alasan', reason),
      field('evidence', 'Bukti pendukung', evidence)),
    field('work_plan', 'Rencana kerja dan target', plan),
    h('div', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'fwa-add' }, 'Simpan pengajuan')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const input = {
      staff_id: person.value() ? Number(person.value()) : null,
      from: from.value,
      to: to.value,
      days: days.filter((b) => b.checked).map((b) => b.value),
      kind: kind.value,
      location: kind.value === 'waktu' ? '' : location.value,
      reason: reason.value,
      evidence: evidence.value,
      work_plan: plan.value,
    };
    try {
      const r = await call('fwa_request_add', { input });
      plan.value = '';
      evidence.value = '';
      await onAdded(r);
    } catch (err) {
      showErrors(form, err);
    }
  });
  return form;
}
