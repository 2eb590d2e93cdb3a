'use strict';
// Upload page: one request per file (so each file has its own progress), then polling of its job.
(() => {
  const {el} = K;
  const queue = document.getElementById('queue');
  const drop = document.getElementById('drop');
  const input = document.getElementById('files');
  const tokenBox = document.getElementById('token-box');
  const tokenInput = document.getElementById('token');
  let info = {maxUploadBytes: 50 * 1024 * 1024, tokenRequired: false};

  const STATES = {
    QUEUED: 'Đang chờ xử lý…',
    RUNNING: 'Đang đọc và trích xuất',
  };

  function size(bytes) {
    if (bytes >= 1024 * 1024) return K.num(Math.round(bytes / 1024 / 102.4) / 10) + ' MB';
    return K.num(Math.max(1, Math.round(bytes / 1024))) + ' KB';
  }

  function row(file) {
    const bar = el('progress', {max: 100, value: 0});
    const status = el('span', {class: 'status'}, 'Đang chuẩn bị…');
    const li = el('li', {class: 'file'}, el('span', {class: 'name'}, file.name),
        el('span', {class: 'size'}, size(file.size)), bar, status);
    queue.appendChild(li);
    document.getElementById('queue-empty').hidden = true;
    return {li, bar, status};
  }

  function fail(r, message, detail) {
    r.li.classList.add('failed');
    r.bar.value = 100;
    r.status.replaceChildren(el('strong', {}, 'Lỗi: '), message, detail ? el('small', {class: 'detail'}, ' ' + detail) : null);
  }

  function done(r, f) {
    r.li.classList.add('done');
    r.bar.value = 100;
    r.status.replaceChildren('Xong: ' + f.targets + ' chỉ tiêu' + (f.ocr ? ' (có dùng OCR)' : '') + ' · ',
        el('a', {href: f.planUrl}, 'Xem kết quả'));
    loadPlans();
  }

  function upload(file) {
    const r = row(file);
    if (file.size > info.maxUploadBytes) {
      fail(r, 'Tệp lớn hơn giới hạn ' + size(info.maxUploadBytes) + ' cho mỗi tệp.', null);
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/plans?async=true');
    for (const [k, v] of Object.entries(K.authHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        r.bar.value = Math.round(100 * e.loaded / e.total);
        r.status.textContent = 'Đang tải lên ' + r.bar.value + '%';
      }
    };
    xhr.onerror = () => fail(r, 'Không gửi được tệp tới máy chủ.', null);
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 202 && body && body.jobId) {
        poll(r, body.statusUrl);
      } else if (body && body.code) {
        if (body.code === 'UNAUTHORIZED') tokenBox.hidden = false;
        fail(r, body.message, body.detail);
      } else {
        fail(r, 'Máy chủ trả lời không như mong đợi (HTTP ' + xhr.status + ').', null);
      }
    };
    xhr.send(form);
  }

  function poll(r, url) {
    r.bar.removeAttribute('value'); // indeterminate while the server works
    const tick = async () => {
      let job;
      try {
        job = await K.getJson(url);
      } catch (err) {
        fail(r, K.plainError(err), null);
        return;
      }
      const f = job.files[0];
      if (f.state === 'DONE') {
        done(r, f);
      } else if (f.state === 'FAILED') {
        fail(r, f.error.message, f.error.detail);
      } else {
        const secs = Math.round(f.seconds);
        r.status.textContent = STATES[f.state] + (f.state === 'RUNNING' ? ' · ' + secs + ' giây'
            + (secs > 15 ? ' (bản quét cần nhận dạng chữ có thể mất vài phút)' : '') : '');
        setTimeout(tick, 1000);
      }
    };
    tick();
  }

  function uploadAll(files) {
    if (tokenInput.value) K.setToken(tokenInput.value);
    for (const f of files) upload(f);
  }

  async function loadPlans() {
    const body = document.querySelector('#plans tbody');
    let list;
    try {
      list = await K.getJson('/api/plans');
    } catch (err) {
      body.replaceChildren(el('tr', {}, el('td', {colspan: 5}, K.plainError(err))));
      return;
    }
    document.getElementById('plans-empty').hidden = list.plans.length > 0;
    body.replaceChildren(...list.plans.map((p) => el('tr', {},
        el('td', {}, el('a', {href: p.planUrl}, p.title || p.id)),
        el('td', {}, p.number || ''),
        el('td', {}, [p.district, p.province].filter(Boolean).join(', ')),
        el('td', {}, p.year === null ? '' : String(p.year)),
        el('td', {class: 'num'}, String(p.targets)))));
  }

  input.addEventListener('change', () => { uploadAll(input.files); input.value = ''; });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    uploadAll(e.dataTransfer.files);
  });
  drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') input.click(); });
  tokenInput.addEventListener('change', () => K.setToken(tokenInput.value));

  K.getJson('/api/info').then((i) => {
    info = i;
    tokenBox.hidden = !i.tokenRequired;
    tokenInput.value = K.token();
    document.getElementById('limit-hint').textContent =
        'Tối đa ' + size(i.maxUploadBytes) + ' mỗi tệp, ' + i.maxFiles + ' tệp mỗi lần.';
  }).catch(() => {});
  loadPlans();
})();
