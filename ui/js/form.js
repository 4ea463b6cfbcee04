// Form fields with inline errors. Field names are the core's field keys, so an error from
// core (fields: [{field, message}]) lands under the control it names.

import { h, notify } from './dom.js';

/**
 * A labelled control with a place for its error message. A compound control (the person
 * picker) marks the input that holds its value (`data-value`) and the one the label names
 * (`data-labelled`).
 */
export function field(name, labelText, control, hint) {
  const holder = control.querySelector?.('[data-value]') || control;
  const labelled = control.querySelector?.('[data-labelled]') || control;
  holder.name = name;
  labelled.id = labelled.id || `f-${name}`;
  const err = h('div', { class: 'field-error', id: `${labelled.id}-error`, dataset: { errorFor: name } });
  labelled.setAttribute('aria-describedby', err.id);
  return h('div', { class: 'field', dataset: { field: name } },
    h('label', { for: labelled.id }, labelText),
    control,
    hint ? h('div', { class: 'field-hint' }, hint) : null,
    err);
}

export function clearErrors(root) {
  root.querySelectorAll('[data-error-for]').forEach((e) => (e.textContent = ''));
  root.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const summary = root.querySelector('.form-error');
  if (summary) summary.textContent = '';
}

/** Shows a core error: per field where it names one, else as the form's message. */
export function showErrors(root, err) {
  clearErrors(root);
  const fields = err.fields || [];
  let first = null;
  for (const f of fields) {
    const slot = root.querySelector(`[data-error-for="${f.field}"]`);
    const control = root.querySelector(`[name="${f.field}"]`);
    if (slot) {
      slot.textContent = slot.textContent ? `${slot.textContent} ${f.message}` : f.message;
      if (control) control.setAttribute('aria-invalid', 'true');
      first = first || control;
    }
  }
  const summary = root.querySelector('.form-error');
  const unplaced = fields.length === 0 || fields.some((f) => !root.querySelector(`[data-error-for="${f.field}"]`));
  if (summary) {
    summary.textContent = fields.length ? 'Data belum disimpan: perbaiki isian yang ditandai.' : err.message;
    if (unplaced && fields.length) summary.textContent = err.message;
  } else if (unplaced) {
    notify(err.message, 'error');
  }
  if (first) first.focus();
}

/** The named controls' values as an object. */
export function values(form) {
  const out = {};
  for (const el of form.querySelectorAll('[name]')) {
    out[el.name] = el.type === 'checkbox' ? el.checked : el.value;
  }
  return out;
}
