'use strict';
// Compare page: an aligned table coloured by ambition, budget and agency changes, and a bar chart.
(() => {
  const {el} = K;
  const out = document.getElementById('out');
  const byPlace = document.getElementById('by-place');
  const byPlans = document.getElementById('by-plans');
  const AMBITION = {MORE_AMBITIOUS: 'Tham vọng hơn', LESS_AMBITIOUS: 'Kém tham vọng hơn', SAME: 'Giữ nguyên',
    UNKNOWN: 'Thay đổi, chưa rõ hướng tốt', ADDED: 'Chỉ tiêu mới', DROPPED: 'Chỉ tiêu bị bỏ'};

  function planLabel(p) {
    return [p.planYear, p.district || p.province, p.number, p.title].filter(Boolean).join(' · ');
  }

  async function run(query) {
    history.replaceState(null, '', '/compare?' + query.toString());
    out.replaceChildren(el('p', {class: 'lead'}, 'Đang so sánh…'));
    let r;
    try {
      r = await K.getJson('/api/compare?' + query.toString());
    } catch (err) {
      out.replaceChildren(el('p', {class: 'error'}, K.plainError(err)));
      return;
    }
    if (!r.old) {
      out.replaceChildren(el('p', {class: 'none'}, r.message || 'Không có kế hoạch cũ hơn để so sánh.'));
      return;
    }
    render(r);
  }

  function cell(t, unit) { return t ? K.value(Object.assign({}, t, {unit})) : '—'; }

  function render(r) {
    const s = r.summary;
    out.replaceChildren(
        el('h2', {}, 'Kế hoạch cũ: ', el('a', {href: K.planUrl(r.old.file)}, planLabel(r.old))),
        el('h2', {}, 'Kế hoạch mới: ', el('a', {href: K.planUrl(r.new.file)}, planLabel(r.new))),
        el('p', {class: 'lead'}, s.changed + ' chỉ tiêu thay đổi, ' + s.unchanged + ' giữ nguyên, ' + s.added
            + ' chỉ tiêu mới, ' + s.dropped + ' chỉ tiêu bị bỏ.'),
        el('div', {class: 'key'}, ...Object.entries(AMBITION).map(([k, v]) => el('span', {class: k}, v))));
    const tbody = el('tbody');
    for (const t of r.targets) {
      const cls = t.kind === 'ADDED' || t.kind === 'DROPPED' ? t.kind : (t.ambition || 'UNKNOWN');
      const name = (t.new || t.old).name;
      const change = t.change === null || t.change === undefined ? ''
          : (t.change > 0 ? '+' : '') + K.num(Math.round(t.change * 1000) / 1000)
            + (t.changePercent === null || t.changePercent === undefined ? '' : ' (' + (t.changePercent > 0 ? '+' : '') + K.num(Math.round(t.changePercent * 10) / 10) + '%)');
      tbody.appendChild(el('tr', {class: cls},
          el('td', {}, name, t.indicator ? el('span', {class: 'tag'}, t.indicator) : null),
          el('td', {class: 'num'}, cell(t.old, t.unit)),
          el('td', {class: 'num'}, cell(t.new, t.unit)),
          el('td', {class: 'num'}, change),
          el('td', {}, AMBITION[cls] || cls)));
    }
    out.appendChild(el('table', {class: 'compare'}, el('thead', {}, el('tr', {}, el('th', {}, 'Chỉ tiêu'),
        el('th', {}, 'Cũ'), el('th', {}, 'Mới'), el('th', {}, 'Thay đổi'), el('th', {}, 'Đánh giá'))), tbody));
    const paired = r.targets.filter((t) => t.old && t.new && t.unit === 'percent');
    if (paired.length) {
      out.appendChild(el('h2', {}, 'Biểu đồ: chỉ tiêu tỷ lệ (%) cũ và mới'));
      const box = el('div', {class: 'chart'});
      out.appendChild(box);
      Charts.bars(box, paired.map((t) => ({label: t.new.name, values: [t.old.value, t.new.value]})),
          [String(r.old.planYear || 'Cũ'), String(r.new.planYear || 'Mới')], {unit: '%', title: 'Chỉ tiêu cũ và mới'});
    }
    const b = r.budget || {};
    out.appendChild(el('h2', {}, 'Kinh phí'));
    out.appendChild(el('p', {}, 'Cũ: ' + (b.old === null || b.old === undefined ? 'không nêu' : K.num(b.old) + ' đồng')
        + ' · Mới: ' + (b.new === null || b.new === undefined ? 'không nêu' : K.num(b.new) + ' đồng')
        + (b.change === null || b.change === undefined ? '' : ' · Chênh lệch: ' + K.num(b.change) + ' đồng')));
    const ag = r.agencies || {added: [], dropped: []};
    out.appendChild(el('h2', {}, 'Cơ quan'));
    out.appendChild(el('p', {}, 'Thêm mới: ' + (ag.added.length ? ag.added.join('; ') : 'không có')));
    out.appendChild(el('p', {}, 'Không còn: ' + (ag.dropped.length ? ag.dropped.join('; ') : 'không có')));
  }

  async function loadPlans() {
    let list;
    try {
      list = await K.getJson('/api/plans');
    } catch (err) {
      return;
    }
    const opts = list.plans.map((p) => el('option', {value: p.id},
        [p.year, p.district || p.province, p.number, p.title || p.id].filter(Boolean).join(' · ')));
    byPlans.elements.old.replaceChildren(...opts.map((o) => o.cloneNode(true)));
    byPlans.elements.new.replaceChildren(...opts);
    if (opts.length > 1) byPlans.elements.new.selectedIndex = 1;
  }

  byPlace.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const f of ['district', 'province', 'year', 'withYear']) {
      const v = byPlace.elements[f].value.trim();
      if (v) q.set(f, v);
    }
    run(q);
  });
  byPlans.addEventListener('submit', (e) => {
    e.preventDefault();
    run(new URLSearchParams({old: byPlans.elements.old.value, new: byPlans.elements.new.value}));
  });
  loadPlans();
  const initial = new URLSearchParams(location.search);
  if (initial.has('old') || initial.has('district')) {
    for (const f of ['district', 'province', 'year', 'withYear']) if (initial.get(f)) byPlace.elements[f].value = initial.get(f);
    run(initial);
  }
})();
