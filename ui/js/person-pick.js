// A person field that asks core as the clerk types: a big office has 5,000 staff, too many for
// a pick list. Typing a name or NIP lists the first matches (core's staff search, in SQL);
// Enter, a click or the arrow keys choose one. The chosen person's value sits in a hidden input
// the form names (see form.js `field`), so the form reads it like any other field.

import { call } from './api.js';
import { h, clear } from './dom.js';

/** How many matches the list offers: enough to choose among namesakes. */
const MATCHES = 12;

/**
 * `value(person)` is what the form submits (the id, or the NIP); `asnOnly` leaves out Non-ASN.
 * Returns the element, `value()` (as submitted, '' until a person is chosen) and `reset()`.
 */
export function personPick({ id, value, asnOnly = false }) {
  const input = h('input', { type: 'search', id, autocomplete: 'off', placeholder: 'Ketik nama atau NIP', role: 'combobox', 'aria-expanded': 'false', dataset: { labelled: '' } });
  const hidden = h('input', { type: 'hidden', dataset: { value: '' } });
  const list = h('ul', { class: 'person-matches', role: 'listbox', hidden: true });
  let matches = [];
  let timer = null;
  let asked = 0;

  function choose(p) {
    // An answer still on its way (typed before the choice) must not reopen the list.
    clearTimeout(timer);
    asked += 1;
    hidden.value = String(value(p));
    input.value = `${p.name} — ${p.unit_name}`;
    close();
  }
  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }
  async function ask() {
    const words = input.value.trim();
    const mine = ++asked;
    if (!words) { close(); return; }
    let page;
    try {
      page = await call('staff_page', { filter: { search: words, asn_only: asnOnly, limit: MATCHES } });
    } catch {
      return;
    }
    if (mine !== asked) return;
    matches = page.rows;
    clear(list);
    if (!matches.length) list.appendChild(h('li', { class: 'muted' }, 'Tidak ada pegawai yang cocok.'));
    matches.forEach((p, i) => list.appendChild(h('li', { role: 'option', dataset: { match: i } },
      h('span', { class: 'staff-name' }, p.name), ' ', h('span', { class: 'muted small' }, `${p.unit_name} · ${p.id_display}`))));
    if (page.total > matches.length) list.appendChild(h('li', { class: 'muted small' }, `… ${page.total - matches.length} lainnya: ketik lebih lengkap.`));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  input.addEventListener('input', () => {
    hidden.value = '';
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener('keydown', (e) => {
    const options = [...list.querySelectorAll('[data-match]')];
    const at = options.findIndex((o) => o.classList.contains('active'));
    const move = (to) => {
      options.forEach((o) => o.classList.remove('active'));
      options[to]?.classList.add('active');
    };
    if (e.key === 'ArrowDown' && options.length) { e.preventDefault(); move(Math.min(at + 1, options.length - 1)); }
    if (e.key === 'ArrowUp' && options.length) { e.preventDefault(); move(Math.max(at - 1, 0)); }
    if (e.key === 'Enter' && !list.hidden && options.length) {
      e.preventDefault();
      choose(matches[Number(options[Math.max(at, 0)].dataset.match)]);
    }
    if (e.key === 'Escape') close();
  });
  list.addEventListener('mousedown', (e) => {
    const li = e.target.closest('[data-match]');
    if (!li) return;
    e.preventDefault();
    choose(matches[Number(li.dataset.match)]);
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    element: h('div', { class: 'person-pick' }, input, hidden, list),
    value: () => hidden.value,
    reset() { input.value = ''; hidden.value = ''; close(); },
  };
}
