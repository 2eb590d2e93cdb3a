'use strict';
// Search page: the query and filters live in the URL, so a search can be bookmarked and shared.
(() => {
  const {el} = K;
  const form = document.getElementById('search');
  const results = document.getElementById('results');
  const summary = document.getElementById('summary');
  const facetsBox = document.getElementById('facets');
  const chartBox = document.getElementById('chart-box');
  const chartSelect = document.getElementById('chart-indicator');
  const FIELDS = ['q', 'province', 'district', 'level', 'year', 'from', 'to', 'indicator', 'unit', 'allVersions'];
  const FACET_NAMES = {province: 'Tỉnh, thành phố', district: 'Quận, huyện', year: 'Năm', level: 'Cấp ban hành', indicator: 'Chỉ số', unit: 'Đơn vị'};
  const LEVELS = {PROVINCE: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã', SCHOOL: 'Trường học', AGENCY: 'Sở, ban, ngành', UNKNOWN: 'Chưa rõ'};

  function params() {
    const p = new URLSearchParams();
    for (const f of FIELDS) {
      const input = form.elements[f];
      if (!input) continue;
      const v = input.type === 'checkbox' ? (input.checked ? 'true' : '') : input.value.trim();
      if (v) p.set(f, v);
    }
    return p;
  }

  function fill(p) {
    for (const f of FIELDS) {
      const input = form.elements[f];
      if (!input) continue;
      if (input.type === 'checkbox') input.checked = p.get(f) === 'true'; else input.value = p.get(f) || '';
    }
  }

  async function run(p, push) {
    if (push) history.pushState(null, '', '/search?' + p.toString());
    summary.textContent = 'Đang tìm…';
    let r;
    try {
      r = await K.getJson('/api/search?' + p.toString());
    } catch (err) {
      summary.replaceChildren(el('span', {class: 'error'}, K.plainError(err)));
      results.replaceChildren();
      facetsBox.replaceChildren();
      chartBox.hidden = true;
      return;
    }
    summary.textContent = r.totalTargets + ' chỉ tiêu khớp' + (r.query ? ' với “' + r.query + '”' : '')
        + ', hiển thị ' + r.returnedTargets + ' trong ' + r.plans.length + ' kế hoạch.';
    renderFacets(r.facets || {}, r.indicatorNames || {});
    renderResults(r.plans);
    setupChart(r, p);
  }

  function renderFacets(facets, names) {
    facetsBox.replaceChildren();
    for (const [dim, counts] of Object.entries(facets)) {
      const entries = Object.entries(counts);
      if (entries.length === 0) continue;
      facetsBox.appendChild(el('h3', {}, FACET_NAMES[dim] || dim));
      const ul = el('ul');
      for (const [label, n] of entries) {
        const shown = dim === 'level' ? (LEVELS[label] || label) : dim === 'indicator' ? (names[label] || label) : label;
        const b = el('button', {type: 'button', title: label}, shown);
        b.addEventListener('click', () => {
          if (form.elements[dim]) {
            form.elements[dim].value = label;
            run(params(), true);
          }
        });
        ul.appendChild(el('li', {}, b, ' ', el('span', {class: 'n'}, '(' + n + ')')));
      }
      facetsBox.appendChild(ul);
    }
  }

  function placeOf(plan) { return plan.district || plan.province || 'Chưa rõ địa bàn'; }

  function renderResults(plans) {
    results.replaceChildren();
    if (plans.length === 0) {
      results.appendChild(el('p', {class: 'none'}, 'Không có chỉ tiêu nào khớp. Hãy thử bỏ bớt bộ lọc hoặc từ khoá khác.'));
      return;
    }
    const groups = new Map();
    for (const p of plans) {
      const k = placeOf(p);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(p);
    }
    for (const [place, ps] of groups) {
      const sec = el('section', {class: 'district'}, el('h3', {}, place + (ps[0].province && ps[0].district ? ', ' + ps[0].province : '')));
      for (const p of ps) {
        const file = p.sources && p.sources.length ? p.sources[0].file : null;
        sec.appendChild(el('p', {class: 'plan-head'},
            el('strong', {}, (p.year || '') + ' · '),
            file ? el('a', {href: K.planUrl(file)}, p.title || file) : (p.title || ''),
            p.number ? ' · ' + p.number : '',
            p.superseded ? ' · (phiên bản cũ)' : ''));
        const tbody = el('tbody');
        for (const t of p.targets) {
          const link = t.file ? el('a', {href: K.planUrl(t.file) + '#span=' + t.span.start + '-' + t.span.end}, 'xem nguồn') : '';
          tbody.appendChild(el('tr', {},
              el('td', {class: 'num'}, K.value(t)),
              el('td', {}, t.name, t.indicator ? el('span', {class: 'tag'}, t.indicator) : null),
              el('td', {}, t.year === null ? '' : String(t.year)),
              el('td', {}, link)));
        }
        sec.appendChild(el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Giá trị'), el('th', {}, 'Chỉ tiêu'),
            el('th', {}, 'Năm'), el('th', {}, ''))), tbody));
      }
      results.appendChild(sec);
    }
  }

  function setupChart(r, p) {
    const indicators = Object.entries((r.facets || {}).indicator || {});
    if (indicators.length === 0) {
      chartBox.hidden = true;
      return;
    }
    const names = r.indicatorNames || {};
    chartSelect.replaceChildren(...indicators.map(([id, n]) => el('option', {value: id}, (names[id] || id) + ' (' + n + ')')));
    chartBox.hidden = false;
    chartSelect.onchange = () => drawChart(chartSelect.value, names[chartSelect.value], p);
    drawChart(indicators[0][0], names[indicators[0][0]], p);
  }

  async function drawChart(indicator, name, p) {
    const q = new URLSearchParams(p);
    q.delete('q');
    q.set('indicator', indicator);
    q.set('limit', '1000');
    const box = document.getElementById('chart');
    let r;
    try {
      r = await K.getJson('/api/search?' + q.toString());
    } catch (err) {
      box.replaceChildren(el('p', {class: 'error'}, K.plainError(err)));
      return;
    }
    const series = new Map();
    let unit = '';
    for (const plan of r.plans) {
      const label = placeOf(plan);
      if (!series.has(label)) series.set(label, new Map());
      for (const t of plan.targets) {
        const year = t.year || plan.year;
        if (!year) continue;
        unit = unit || ({percent: '%', per_1000: '‰'}[t.unit] || '');
        if (!series.get(label).has(year)) series.get(label).set(year, {x: year, y: t.value, note: t.name});
      }
    }
    const data = [...series].map(([label, pts]) => ({label, points: [...pts.values()]})).filter((s) => s.points.length);
    Charts.lines(box, data, {unit, title: 'Giá trị chỉ tiêu "' + (name || indicator) + '" theo địa bàn và năm'});
  }

  form.addEventListener('submit', (e) => { e.preventDefault(); run(params(), true); });
  window.addEventListener('popstate', () => { const p = new URLSearchParams(location.search); fill(p); run(p, false); });
  const initial = new URLSearchParams(location.search);
  fill(initial);
  if ([...initial.keys()].length) run(initial, false);
})();
