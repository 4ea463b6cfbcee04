// Building elements without innerHTML: data always goes in as text.

/**
 * h('button', {type: 'button', class: 'primary', onclick}, 'Simpan')
 * Attributes starting with "on" become listeners; `dataset` sets data-*; children may be
 * strings (as text), nodes, arrays or null.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'class') el.className = v;
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** Appends children as h() does: strings as text, null and false skipped. */
export function add(el, ...children) {
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/**
 * Shows a dialog panel, one of its kind at a time: a button pressed twice while the first
 * press was still fetching the panel's data would otherwise stack two forms with the same ids,
 * and "Simpan" would save the one underneath.
 */
export function openPanel(parent, panel) {
  if (panel.id) document.getElementById(panel.id)?.remove();
  parent.appendChild(panel);
  return panel;
}

const numberFormat = new Intl.NumberFormat('id-ID');

/** 1250 → "1.250" */
export function num(n) {
  return numberFormat.format(n);
}

/** "16-04-2024" from "2024-04-16", as Indonesian tables write dates. */
export function dateShort(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** A text input for a date written dd-mm-yyyy (core also accepts yyyy-mm-dd). */
export function dateInput(attrs = {}, iso = '') {
  return h('input', { type: 'text', inputmode: 'numeric', placeholder: 'hh-bb-tttt', size: 10, ...attrs, value: dateShort(iso) });
}

/** A <select> with options [{key, label}]; `empty` adds a first option with value "". */
export function select(attrs, options, selected, empty) {
  const el = h('select', attrs);
  if (empty !== undefined) el.appendChild(h('option', { value: '' }, empty));
  for (const o of options) {
    const opt = h('option', { value: String(o.key) }, o.label);
    if (String(o.key) === String(selected ?? '')) opt.selected = true;
    el.appendChild(opt);
  }
  return el;
}

let noticeTimer = null;

/** A short message at the top of the screen: kind is 'ok' or 'error'. */
export function notify(message, kind = 'ok') {
  const el = document.getElementById('notice');
  el.textContent = message;
  el.className = `notice notice-${kind}`;
  el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  el.hidden = false;
  clearTimeout(noticeTimer);
  if (kind === 'ok') noticeTimer = setTimeout(() => (el.hidden = true), 6000);
}

export function hideNotice() {
  document.getElementById('notice').hidden = true;
}
