import { h, svg } from './dom.js';
import { t } from './i18n.js';

// Small hand-drawn SVG charts. Each has a text title and a table twin for screen readers, and draws its labels
// as SVG text (text nodes, never markup).

/** Horizontal bars, one per [label, value] entry. */
export function barChart(title, entries, options = {}) {
  const rowHeight = 30;
  const width = 320;
  const max = Math.max(1, ...entries.map(([, v]) => Number(v) || 0));
  const height = Math.max(rowHeight, entries.length * rowHeight);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': title, class: 'chart' },
    svg('title', null, title),
    entries.map(([name, raw], index) => {
      const v = Number(raw) || 0;
      const y = index * rowHeight;
      const barWidth = Math.round(((width - 40) * v) / max);
      return svg('g', null,
        svg('text', { x: 0, y: y + 11, class: 'chart-label' }, name),
        svg('rect', { x: 0, y: y + 15, width: Math.max(barWidth, v > 0 ? 2 : 0), height: 10, rx: 2, class: options.barClass || 'bar' }),
        svg('text', { x: barWidth + 4, y: y + 24, class: 'chart-value' }, String(v)));
    }));
  return figure(title, chart, entries);
}

/** Vertical bars over time, one per [period, value]; only some periods are labelled so they stay readable. */
export function timeChart(title, entries) {
  const width = 320;
  const height = 140;
  const max = Math.max(1, ...entries.map(([, v]) => Number(v) || 0));
  const step = entries.length ? (width - 10) / entries.length : width;
  const every = Math.max(1, Math.ceil(entries.length / 4));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 20}`, width: '100%', role: 'img', 'aria-label': title, class: 'chart' },
    svg('title', null, title),
    svg('line', { x1: 0, y1: height, x2: width, y2: height, class: 'axis' }),
    entries.map(([period, raw], index) => {
      const v = Number(raw) || 0;
      const barHeight = Math.round(((height - 14) * v) / max);
      const x = 5 + index * step;
      return svg('g', null,
        svg('rect', { x, y: height - barHeight, width: Math.max(1, step - 2), height: barHeight, class: 'bar' },
          svg('title', null, `${period}: ${v}`)),
        index % every === 0 ? svg('text', { x, y: height + 14, class: 'chart-label small' }, period) : null);
    }));
  return figure(title, chart, entries);
}

function figure(title, chart, entries) {
  if (!entries.length) {
    return h('figure', { class: 'chart-box' }, h('figcaption', null, title), h('p', { class: 'muted' }, t('chart.empty')));
  }
  // (a table sizes itself to its content, so the hiding is done by a wrapper)
  const table = h('div', { class: 'visually-hidden' }, h('table', null,
    h('caption', null, title),
    h('tbody', null, entries.map(([name, v]) => h('tr', null, h('th', { scope: 'row' }, name), h('td', null, String(v)))))));
  return h('figure', { class: 'chart-box' }, h('figcaption', null, title), chart, table);
}
