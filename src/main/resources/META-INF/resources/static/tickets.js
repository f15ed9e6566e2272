// The open-tickets table of the company and technician pages (needs ui.js): loading state, a clear
// error with "Try again", priority badges in ConnectWise's colours, links to Nilear and ConnectWise.
(function () {
  'use strict';

  var S = window.Screenpop;
  var el = S.el;
  var COLORS = ['black', 'blue', 'cyan', 'gray', 'green', 'lime', 'orange', 'pink', 'purple', 'red', 'white', 'yellow'];

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

  function row(ticket, action, showCompany) {
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
    if (showCompany) {
      var company = el('td', 'company');
      if (ticket.company && ticket.company.id) {
        var a = el('a', null, ticket.company.name);
        a.href = '/companies/' + encodeURIComponent(ticket.company.id);
        company.appendChild(a);
      } else if (ticket.company) {
        company.textContent = ticket.company.name;
      }
      tr.appendChild(company);
    }
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

  // Loads the open tickets of a [data-tickets-url] container (with a company column when it has
  // data-show-company); action(ticket, cell) adds a row's buttons.
  function loadTickets(container, action, highlightId) {
    var state = container.querySelector('.tickets-state');
    var table = container.querySelector('table');
    var body = table.querySelector('tbody');
    state.hidden = false;
    state.className = 'tickets-state loading';
    state.textContent = 'Loading open tickets…';
    return S.api('GET', container.dataset.ticketsUrl).then(function (r) {
      if (!r.ok) {
        table.hidden = true;
        state.className = 'tickets-state error';
        state.textContent = r.status === 0
          ? 'Could not reach this service to load the open tickets. Check your network connection, then use "Try again". '
          : 'Could not reach ConnectWise to load the open tickets. Everything else on this page still works; use "Try again" in a minute. ';
        if (r.status !== 0 && r.body.message) { state.appendChild(el('span', 'detail', '(' + r.body.message + ') ')); }
        var retry = el('button', 'secondary retry', 'Try again');
        retry.type = 'button';
        retry.addEventListener('click', function () { loadTickets(container, action, highlightId); });
        state.appendChild(retry);
        return null;
      }
      body.textContent = '';
      r.body.forEach(function (ticket) {
        var tr = row(ticket, action, container.hasAttribute('data-show-company'));
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

  S.loadTickets = loadTickets;

  document.querySelectorAll('[data-tickets-url][data-autoload]').forEach(function (c) { loadTickets(c); });
})();
