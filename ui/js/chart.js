// Charts of the trends core computes (office::evaluation::Series), drawn by uPlot (vendored in
// ui/vendor/uplot, MIT). The window draws what core counted: no figure is derived here; the x
// axis is the order of the points, labelled with core's dates.

import './locale.js';
import uPlot from '../vendor/uplot/uPlot.esm.js';
import { h } from './dom.js';

const COLORS = { accent: '#1f4e8c', range: '#8a6d00', late: '#b3261e', early: '#6a3fa0', ok: '#1b6e3a' };

/** `16-11` from `2026-11-16`. */
const dayMonth = (iso) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}`;

function plot(title, id, labels, series, data, yLabel) {
  const box = h('figure', { class: 'chart', id });
  box.appendChild(h('figcaption', {}, title));
  // Nothing to draw (no week with presence recorded yet): said, not an empty axis.
  if (labels.length === 0) {
    box.appendChild(h('p', { class: 'muted small chart-empty' }, 'Belum ada data pada periode ini.'));
    return box;
  }
  const width = 470;
  const opts = {
    width,
    height: 220,
    // The points are categories (days, weeks, offices): half a step of room at each end.
    scales: { x: { time: false, range: () => [-0.5, labels.length - 0.5] } },
    legend: { live: false },
    cursor: { show: false },
    axes: [
      { values: (u, splits) => splits.map((i) => (Number.isInteger(i) ? labels[i] ?? '' : '')), space: 48 },
      { label: yLabel, size: 50 },
    ],
    series: [{}, ...series],
  };
  // uPlot sizes its canvas from these numbers: drawn once the figure is in the page.
  queueMicrotask(() => new uPlot(opts, [labels.map((_, i) => i), ...data], box));
  return box;
}

/** Staff in the office per working day against the circulars' range (at least, at most). */
export function daysChart(days, id = 'chart-days') {
  return plot('Pegawai di kantor per hari kerja dan rentang SE', id, days.map((d) => dayMonth(d.date)), [
    { label: 'Di kantor', stroke: COLORS.accent, width: 2, points: { show: days.length < 40 } },
    { label: 'Paling sedikit', stroke: COLORS.range, dash: [6, 4], width: 1 },
    { label: 'Paling banyak', stroke: COLORS.range, dash: [2, 3], width: 1 },
  ], [days.map((d) => d.in_office), days.map((d) => d.min), days.map((d) => d.max)], 'orang');
}

/** Late arrivals and early leaves per 100 days present, per week. */
export function disciplineChart(weeks, id = 'chart-discipline') {
  return plot('TL dan PSW per 100 hari hadir, per minggu', id, weeks.map((w) => w.label), [
    { label: 'TL', stroke: COLORS.late, width: 2, points: { show: true } },
    { label: 'PSW', stroke: COLORS.early, width: 2, points: { show: true } },
  ], [weeks.map((w) => w.tl), weeks.map((w) => w.psw)], 'per 100');
}

/** Share of the targets of days away that were met, per week. */
export function targetsChart(weeks, id = 'chart-targets') {
  return plot('Target hari di luar kantor yang tercapai, per minggu', id, weeks.map((w) => w.label), [
    { label: 'Tercapai (%)', stroke: COLORS.ok, width: 2, points: { show: true }, spanGaps: true },
  ], [weeks.map((w) => w.targets)], '%');
}

/** The offices side by side (Rekap Sekda): one figure before and after flexible work, a point
 * per office. `rows` are the offices' evaluations as core read them from their reports. */
export function officesChart(rows, key, title, id = 'chart-offices') {
  const figure = (r) => r.evaluation.figures.find((f) => f.key === key) || {};
  const dots = (label, stroke) => ({ label, stroke, fill: stroke, paths: () => null, points: { show: true, size: 9, width: 2 } });
  return plot(title, id, rows.map((r) => r.opd.replace(/^(Dinas|Badan|Kantor) /, '')), [
    dots('Sebelum', COLORS.range),
    dots('Sesudah', COLORS.late),
  ], [rows.map((r) => figure(r).before ?? null), rows.map((r) => figure(r).after ?? null)], 'per 100');
}
