// A small store of what several screens share: the pick lists, the units, the overview.
// Screens read from it and call refresh() after a change; listeners re-render.

import { call } from './api.js';

const state = { choices: null, units: [], overview: null, classes: [], clock: null };
const listeners = new Set();

export function get() {
  return state;
}

export function subscribe(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export async function refresh() {
  const [units, overview, classes, clock] = await Promise.all([call('units_list'), call('overview'), call('classes_list'), call('clock_now')]);
  state.units = units;
  state.clock = clock;
  state.overview = overview;
  state.classes = classes;
  if (!state.choices) state.choices = await call('choices');
  listeners.forEach((fn) => fn(state));
  return state;
}

/** Today, `yyyy-mm-dd`, from the app's one clock (GILIRAN_TODAY may fix it): the default date
 * of the daily screens. Never the web view's own clock. */
export function todayIso() {
  return state.clock?.today ?? '';
}

/** The time of the last reading, `HH:MM`. */
export function timeNow() {
  return state.clock?.time ?? '';
}

/** Today as a Date at midnight, for the screens that count weeks and months from it. */
/** The first and last day of today's month, `yyyy-mm-dd`: the period report screens open on. */
export function monthBounds() {
  const now = todayDate();
  const y = now.getFullYear();
  const m = now.getMonth() + 1;
  const mm = String(m).padStart(2, '0');
  return [`${y}-${mm}-01`, `${y}-${mm}-${String(new Date(y, m, 0).getDate()).padStart(2, '0')}`];
}

export function todayDate() {
  const [y, m, d] = todayIso().split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** Above this many staff a daily screen shows one unit at a time (its picker remembers which). */
export const ONE_UNIT_ABOVE = 300;

const chosenUnits = {};

/** The unit a screen last showed (`undefined`: none chosen yet; `null`: all units). */
export function chosenUnit(screen) {
  return chosenUnits[screen];
}

export function chooseUnit(screen, id) {
  chosenUnits[screen] = id;
}

/** The unit a daily screen opens on: the one chosen before, else all units in a small office
 * and the first unit in a big one. */
export function openingUnit(screen) {
  const chosen = chosenUnits[screen];
  if (chosen !== undefined) return chosen;
  const big = (state.overview?.staff?.active ?? 0) > ONE_UNIT_ABOVE;
  return big ? (topUnits()[0]?.id ?? null) : null;
}

let wantedDay = null;

/** Asks the next screen opened to show `iso` instead of today (Beranda's "next working day"). */
export function showDay(iso) {
  wantedDay = iso;
}

/** The day asked for by [`showDay`], once. */
export function takeDay() {
  const d = wantedDay;
  wantedDay = null;
  return d;
}

/** Top-level units, in order. */
export function topUnits() {
  return state.units.filter((u) => u.parent_id === null);
}

/** Teams of a unit, in order. */
export function teamsOf(unitId) {
  return state.units.filter((u) => u.parent_id === unitId);
}

export function unitName(id) {
  const u = state.units.find((x) => x.id === id);
  return u ? u.name : '';
}

export function label(list, key) {
  const c = (state.choices?.[list] || []).find((x) => x.key === key);
  return c ? c.label : key;
}

/** The name of a service class, standard or the office's own. */
export function classLabel(key) {
  const c = state.classes.find((x) => x.key === key);
  return c ? c.label : key;
}

/** The class a unit's rule is looked up by: the office's own, else the standard one. */
export function classOf(unit) {
  return unit.office_class ?? unit.service_class;
}
