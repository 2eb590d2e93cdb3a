'use strict';
// Small SVG charts drawn with DOM calls (no library, nothing from a CDN). Labels go in as text nodes.
const Charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const COLORS = ['#0b5cad', '#d9480f', '#2b8a3e', '#862e9c', '#e67700', '#087f5b', '#c2255c', '#5c940d', '#1864ab', '#495057'];
  const W = 720, H = 320, M = {top: 16, right: 20, bottom: 36, left: 56};

  function node(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function scale(d0, d1, r0, r1) {
    return (v) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (v - d0) * (r1 - r0) / (d1 - d0));
  }

  function ticks(min, max, n) {
    const span = max - min || 1;
    const step = Math.pow(10, Math.floor(Math.log10(span / n)));
    const err = (span / n) / step;
    const s = step * (err >= 7.5 ? 10 : err >= 3.5 ? 5 : err >= 1.5 ? 2 : 1);
    const out = [];
    for (let v = Math.ceil(min / s) * s; v <= max + s / 1e6; v += s) out.push(Math.round(v * 1e6) / 1e6);
    return out;
  }

  function frame(container, title) {
    const svg = node('svg', {viewBox: `0 0 ${W} ${H}`, role: 'img'});
    svg.appendChild(node('title', {}, title));
    container.replaceChildren(svg);
    return svg;
  }

  function yAxis(svg, y, lo, hi, unit) {
    const g = node('g', {class: 'grid'});
    for (const t of ticks(lo, hi, 5)) {
      g.appendChild(node('line', {x1: M.left, x2: W - M.right, y1: y(t), y2: y(t)}));
      g.appendChild(node('text', {x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end'}, K.num(t) + (unit || '')));
    }
    svg.appendChild(g);
    svg.appendChild(node('line', {class: 'axis', x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, stroke: '#8895a5'}));
  }

  function legend(container, labels) {
    container.appendChild(K.el('div', {class: 'legend'}, ...labels.map((l, i) =>
      K.el('span', {style: null, 'data-c': i}, l))));
    // colours through a CSS variable set from script (no inline style attribute under the CSP)
    container.querySelectorAll('.legend span').forEach((s, i) => s.style.setProperty('--c', COLORS[i % COLORS.length]));
  }

  /** One line per series across years: series = [{label, points: [{x: year, y: value, note}]}]. */
  function lines(container, series, opts) {
    const o = opts || {};
    const svg = frame(container, o.title || '');
    const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
    const ys = series.flatMap((s) => s.points.map((p) => p.y));
    if (xs.length === 0) return;
    const lo = Math.min(0, ...ys), hi = Math.max(...ys) * 1.08 || 1;
    const x = xs.length === 1 ? () => (M.left + W - M.right) / 2
        : scale(xs[0], xs[xs.length - 1], M.left + 24, W - M.right - 24);
    const y = scale(lo, hi, H - M.bottom, M.top);
    yAxis(svg, y, lo, hi, o.unit);
    for (const v of xs) svg.appendChild(node('text', {x: x(v), y: H - M.bottom + 18, 'text-anchor': 'middle'}, String(v)));
    series.forEach((s, i) => {
      const c = COLORS[i % COLORS.length];
      const pts = [...s.points].sort((a, b) => a.x - b.x);
      if (pts.length > 1) {
        svg.appendChild(node('polyline', {fill: 'none', stroke: c, 'stroke-width': 2,
          points: pts.map((p) => x(p.x) + ',' + y(p.y)).join(' ')}));
      }
      for (const p of pts) {
        const dot = node('circle', {cx: x(p.x), cy: y(p.y), r: 4.5, fill: c});
        dot.appendChild(node('title', {}, s.label + ' · ' + p.x + ': ' + K.num(p.y) + (o.unit || '') + (p.note ? ' · ' + p.note : '')));
        svg.appendChild(dot);
      }
    });
    legend(container, series.map((s) => s.label));
  }

  /** Grouped bars: groups = [{label, values: [number|null, …]}], one colour per series label. */
  function bars(container, groups, seriesLabels, opts) {
    const o = opts || {};
    const svg = frame(container, o.title || '');
    const all = groups.flatMap((g) => g.values).filter((v) => v !== null && v !== undefined);
    if (all.length === 0) return;
    const lo = Math.min(0, ...all), hi = Math.max(...all) * 1.08 || 1;
    const y = scale(lo, hi, H - M.bottom, M.top);
    yAxis(svg, y, lo, hi, o.unit);
    const band = (W - M.left - M.right) / groups.length;
    const bw = Math.min(28, band * 0.8 / seriesLabels.length);
    groups.forEach((g, gi) => {
      const x0 = M.left + band * gi + (band - bw * seriesLabels.length) / 2;
      g.values.forEach((v, si) => {
        if (v === null || v === undefined) return;
        const rect = node('rect', {x: x0 + si * bw, y: Math.min(y(v), y(0)), width: bw - 2,
          height: Math.max(1, Math.abs(y(0) - y(v))), fill: COLORS[si % COLORS.length]});
        rect.appendChild(node('title', {}, g.label + ' · ' + seriesLabels[si] + ': ' + K.num(v) + (o.unit || '')));
        svg.appendChild(rect);
      });
      const label = g.label.length > 14 ? g.label.slice(0, 13) + '…' : g.label;
      svg.appendChild(node('text', {x: M.left + band * gi + band / 2, y: H - M.bottom + 16, 'text-anchor': 'middle'}, label));
    });
    legend(container, seriesLabels);
  }

  return {lines, bars};
})();
