'use strict';
// Shared helpers. Every text from a plan or the server is put into the page with textContent, never as markup.
const K = (() => {
  const TOKEN_KEY = 'kehoach.token';

  /** el('td', {class: 'num'}, 'text', childNode …): an element with attributes and text or element children. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const numberFormat = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 6});
  function num(v) { return v === null || v === undefined ? '' : numberFormat.format(v); }

  const UNITS = {percent: '%', per_1000: '‰', per_100000: '/100.000', vnd: ' đồng', count: ''};
  const COMPARATORS = {GE: '≥ ', GT: '> ', LE: '≤ ', LT: '< ', EQ: ''};
  /** "≥ 95%", "1 – 2‰". */
  function value(t) {
    let s = (COMPARATORS[t.comparator] || '') + num(t.value);
    if (t.valueMax !== null && t.valueMax !== undefined) s += ' – ' + num(t.valueMax);
    return s + (UNITS[t.unit] === undefined ? ' ' + (t.unit || '') : UNITS[t.unit]);
  }

  function token() { return sessionStorage.getItem(TOKEN_KEY) || ''; }
  function setToken(t) { sessionStorage.setItem(TOKEN_KEY, t); }
  function authHeaders() { const t = token(); return t ? {Authorization: 'Bearer ' + t} : {}; }

  /** An error the API answered, with its stable code and the Vietnamese message. */
  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || ('Lỗi HTTP ' + status));
      this.status = status;
      this.code = body && body.code;
      this.detail = body && body.detail;
    }
  }

  async function getJson(url) {
    const r = await fetch(url, {headers: {Accept: 'application/json'}});
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) throw new ApiError(r.status, body);
    return body;
  }

  function planUrl(id) { return '/plans/' + encodeURIComponent(id); }

  function plainError(err) {
    if (err instanceof ApiError) return err.message + (err.detail ? ' (' + err.detail + ')' : '');
    return 'Không kết nối được máy chủ: ' + err.message;
  }

  return {el, num, value, token, setToken, authHeaders, ApiError, getJson, planUrl, plainError};
})();
