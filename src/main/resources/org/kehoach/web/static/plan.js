'use strict';
// Plan page: clicking an item marks its source span in the normalised text and scrolls to it.
(() => {
  const pre = document.getElementById('source-text');
  if (!pre) return;
  const text = pre.textContent;
  let selected = null;

  function spansOf(item) {
    return (item.dataset.spans || '').split(',').filter(Boolean).map((s) => s.split('-').map(Number))
        .filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b >= a && b <= text.length);
  }

  function highlight(start, end) {
    const mark = document.createElement('mark');
    mark.id = 'hl';
    mark.textContent = text.slice(start, end);
    pre.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
    mark.scrollIntoView({block: 'center', behavior: 'auto'});
  }

  function choose(item) {
    const spans = spansOf(item);
    if (spans.length === 0) return;
    // repeated clicks on an item named in several places (an agency) step through its mentions
    const next = item === selected ? (Number(item.dataset.at || 0) + 1) % spans.length : 0;
    item.dataset.at = String(next);
    if (selected) selected.classList.remove('selected');
    selected = item;
    item.classList.add('selected');
    highlight(spans[next][0], spans[next][1]);
  }

  document.addEventListener('click', (e) => {
    const item = e.target.closest('.src');
    if (item && !e.target.closest('a')) choose(item);
  });
  document.addEventListener('keydown', (e) => {
    const item = e.target.closest && e.target.closest('.src');
    if (item && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      choose(item);
    }
  });
  // /plans/ID#span=START-END (links from search) opens with that span marked
  const m = /^#span=(\d+)-(\d+)$/.exec(location.hash);
  if (m && Number(m[2]) <= text.length) {
    const item = document.querySelector('.src[data-spans^="' + m[1] + '-' + m[2] + '"]');
    if (item) choose(item); else highlight(Number(m[1]), Number(m[2]));
  }
})();
