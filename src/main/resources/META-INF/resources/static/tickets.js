// Shared by the company and technician pages: JSON calls with the page's CSRF token, small DOM
// helpers, and the open-tickets table (loading state, error with retry, priority badges, links).
// Every text from the server goes into the page with textContent, never as HTML.
(function () {
  'use strict';

  var meta = document.querySelector('meta[name="csrf-token"]');
  var COLORS = ['black', 'blue', 'cyan', 'gray', 'green', 'lime', 'orange', 'pink', 'purple', 'red', 'white', 'yellow'];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function api(method, url, form) {
    var headers = { 'Accept': 'application/json' };
    if (meta) { headers['X-CSRF-Token'] = meta.content; }
    var options = { method: method, headers: headers, credentials: 'same-origin' };
    if (form) { options.body = new URLSearchParams(form); }
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return { success: false, message: 'Unexpected answer (HTTP ' + response.status + ')' }; })
        .then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
    }, function () {
      return { ok: false, status: 0, body: { success: false, message: 'The service cannot be reached. Check the network and try again.' } };
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

  function priorityBadge(priority) {
    if (!priority) { return el('span', 'muted', '—'); }
    var color = (priority.color || '').toLowerCase();
    return el('span', 'badge prio' + (COLORS.indexOf(color) >= 0 ? ' prio-' + color : ''), priority.name);
  }

  function link(href, text) {
    var a = el('a', null, text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    return a;
  }

  function row(ticket, action) {
    var tr = el('tr');
    tr.id = 'ticket-' + ticket.id;
    tr.dataset.ticketId = ticket.id;
    var number = el('td', 'number');
    number.appendChild(link(ticket.url, '#' + ticket.id));
    tr.appendChild(number);
    var summary = el('td', 'summary', ticket.summary);
    if (ticket.cw_url) {
      summary.appendChild(document.createTextNode(' '));
      summary.appendChild(link(ticket.cw_url, 'CW')).className = 'cw';
    }
    tr.appendChild(summary);
    var priority = el('td');
    priority.appendChild(priorityBadge(ticket.priority));
    tr.appendChild(priority);
    tr.appendChild(el('td', 'status', ticket.status ? ticket.status.name : ''));
    tr.appendChild(el('td', 'board', ticket.board ? ticket.board.name : ''));
    tr.appendChild(el('td', 'contact', ticket.contact ? ticket.contact.name : ''));
    if (action) {
      var cell = el('td', 'actions');
      action(ticket, cell);
      tr.appendChild(cell);
    }
    return tr;
  }

  // Loads the open tickets of a [data-tickets-url] container; action(ticket, cell) adds a row's buttons.
  function loadTickets(container, action, highlightId) {
    var state = container.querySelector('.tickets-state');
    var table = container.querySelector('table');
    var body = table.querySelector('tbody');
    state.hidden = false;
    state.className = 'tickets-state loading';
    state.textContent = 'Loading open tickets…';
    return api('GET', container.dataset.ticketsUrl).then(function (r) {
      if (!r.ok) {
        table.hidden = true;
        state.className = 'tickets-state error';
        state.textContent = 'Tickets could not be loaded from ConnectWise: ' + (r.body.message || 'HTTP ' + r.status) + ' ';
        var retry = el('button', 'secondary retry', 'Try again');
        retry.type = 'button';
        retry.addEventListener('click', function () { loadTickets(container, action, highlightId); });
        state.appendChild(retry);
        return null;
      }
      body.textContent = '';
      r.body.forEach(function (ticket) {
        var tr = row(ticket, action);
        if (ticket.id === highlightId) { tr.classList.add('new'); }
        body.appendChild(tr);
      });
      table.hidden = r.body.length === 0;
      state.hidden = r.body.length > 0;
      state.className = 'tickets-state';
      state.textContent = r.body.length ? '' : 'No open tickets.';
      return r.body;
    });
  }

  window.Screenpop = {
    el: el, api: api, busy: busy, setStatus: setStatus, clearErrors: clearErrors, showErrors: showErrors,
    formData: formData, fillSelect: fillSelect, loadTickets: loadTickets
  };

  document.querySelectorAll('[data-tickets-url][data-autoload]').forEach(function (c) { loadTickets(c); });
})();
