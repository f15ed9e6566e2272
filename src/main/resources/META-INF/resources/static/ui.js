// Helpers shared by the pages' scripts (window.Screenpop): JSON calls carrying the page's CSRF token
// (and an Idempotency-Key on writes),
// element creation, busy buttons, status boxes, and field errors next to form inputs. Every text from
// the server goes into the page with textContent, never as HTML.
(function () {
  'use strict';

  var meta = document.querySelector('meta[name="csrf-token"]');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // --- Idempotency-Key (issue 11): one key per user action, reused when the agent retries it ---
  // A write (POST, PUT, PATCH, DELETE) gets a fresh key; the key is remembered for that exact
  // action (method, URL and form) until the service gives a definite answer (2xx or 4xx other than
  // 409). After a lost answer, a 5xx (the change may or may not have been made) or a 409 (still in
  // progress), doing the same thing again sends the same key, so the service never writes twice.
  var KEYS = 'screenpop.idempotency-keys';
  var memoryKeys = {};

  function loadKeys() {
    try { return JSON.parse(window.sessionStorage.getItem(KEYS) || '{}'); } catch (e) { return memoryKeys; }
  }

  function saveKeys(keys) {
    memoryKeys = keys;
    try { window.sessionStorage.setItem(KEYS, JSON.stringify(keys)); } catch (e) { /* memory only */ }
  }

  function newKey() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function actionKey(action) {
    var keys = loadKeys();
    var now = Date.now();
    Object.keys(keys).forEach(function (a) { if (now - keys[a].at > 23 * 3600 * 1000) { delete keys[a]; } });
    if (!keys[action]) { keys[action] = { key: newKey(), at: now }; }
    saveKeys(keys);
    return keys[action].key;
  }

  function settle(action, status) {
    if (status > 0 && status < 500 && status !== 409) {
      var keys = loadKeys();
      delete keys[action];
      saveKeys(keys);
    }
  }

  function api(method, url, form) {
    var headers = { 'Accept': 'application/json' };
    if (meta) { headers['X-CSRF-Token'] = meta.content; }
    var options = { method: method, headers: headers, credentials: 'same-origin' };
    if (form) { options.body = new URLSearchParams(form); }
    var action = null;
    if (method !== 'GET' && method !== 'HEAD') {
      action = method + ' ' + url + ' ' + (options.body ? options.body.toString() : '');
      headers['Idempotency-Key'] = '"' + actionKey(action) + '"';
    }
    return fetch(url, options).then(function (response) {
      if (action) { settle(action, response.status); }
      return response.json().catch(function () { return { success: false, message: 'Unexpected answer (HTTP ' + response.status + ')' }; })
        .then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
    }, function () {
      return { ok: false, status: 0, body: { success: false, outcome: action ? 'unknown' : undefined,
        message: action ? 'The service did not answer: the change may or may not have been made. Trying again is safe: it will not be made twice.'
          : 'The service cannot be reached. Check the network and try again.' } };
    });
  }

  function busy(button, on, label) {
    if (on) { button.dataset.label = button.textContent; button.textContent = label; button.disabled = true; }
    else { button.textContent = button.dataset.label || button.textContent; button.disabled = false; }
  }

  function setStatus(box, kind, text) {
    box.hidden = false;
    box.className = kind;
    box.textContent = text;
  }

  function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach(function (e) { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
  }

  function showErrors(form, errors) {
    var first = null;
    Object.keys(errors || {}).forEach(function (field) {
      var slot = form.querySelector('.field-error[data-for="' + field + '"]');
      var input = form.querySelector('[name="' + field + '"]');
      if (slot) { slot.textContent = errors[field]; }
      if (input) { input.setAttribute('aria-invalid', 'true'); if (!first) { first = input; } }
    });
    if (first) { first.focus(); }
  }

  function formData(form) {
    var data = {};
    new FormData(form).forEach(function (value, key) { if (value !== '') { data[key] = value; } });
    return data;
  }

  function fillSelect(select, items, label, value, selected) {
    select.textContent = '';
    items.forEach(function (item) {
      var option = el('option', null, label(item));
      option.value = value(item);
      if (selected && selected(item)) { option.selected = true; }
      select.appendChild(option);
    });
  }

  window.Screenpop = {
    el: el, api: api, busy: busy, setStatus: setStatus, clearErrors: clearErrors, showErrors: showErrors,
    formData: formData, fillSelect: fillSelect
  };
})();

// ---- Field errors tied to their fields (issue 13): every <span class="field-error" data-for="x">
// gets an id and becomes part of the aria-describedby of the form's field named x, so a screen
// reader reads the error with the field. Runs once when the page loads.
(function () {
  'use strict';

  var n = 0;
  document.querySelectorAll('.field-error[data-for]').forEach(function (slot) {
    var form = slot.closest('form');
    var input = form ? form.querySelector('[name="' + slot.dataset.for + '"]') : null;
    if (!slot.id) { slot.id = 'field-error-' + (++n); }
    slot.setAttribute('aria-live', 'polite');
    if (!input) { return; }
    var described = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (described.indexOf(slot.id) < 0) { described.push(slot.id); }
    input.setAttribute('aria-describedby', described.join(' '));
  });
})();
