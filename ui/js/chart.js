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
  const width = 470;
  const opts = {
    width,
    height: 220,
    scales: { x: { time: false } },
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
