// Company page: the company's open tickets, "Create ticket" and "Log this call" (note, time spent
// charged to the agent's ConnectWise member, status change). A signed-in agent's member is known to the
// server (#agent-self says which, or why time cannot be logged); with sign-in off the agent picks
// themselves once in "Logging as" and the choice is remembered in this browser (localStorage).
(function () {
  'use strict';

  var S = window.Screenpop;
  var root = document.getElementById('service');
  if (!root || !S) { return; }
  var companyId = root.dataset.companyId;
  var status = document.getElementById('status');
  var tickets = document.getElementById('tickets');
  var agent = document.getElementById('agent-member');
  var self = document.getElementById('agent-self');
  var selfCannotLogTime = null;
  var newPanel = document.getElementById('new-ticket');
  var newForm = document.getElementById('new-ticket-form');
  var logPanel = document.getElementById('log-call');
  var logForm = document.getElementById('log-call-form');
  var steps = document.getElementById('log-call-steps');
  var MEMBER_KEY = 'screenpop.member';
  var current = null;

  function say(kind, text) { S.setStatus(status, kind, text); }

  function load(highlightId) {
    return S.loadTickets(tickets, function (ticket, cell) {
      var button = S.el('button', 'secondary log-call', 'Log this call');
      button.type = 'button';
      button.addEventListener('click', function () { openLog(ticket); });
      cell.appendChild(button);
    }, highlightId);
  }

  // ---- Logging as: the agent's ConnectWise member, remembered in this browser ----

  function remembered() {
    try { return window.localStorage.getItem(MEMBER_KEY) || ''; } catch (e) { return ''; }
  }

  if (agent) {
    agent.addEventListener('change', function () {
      try { window.localStorage.setItem(MEMBER_KEY, agent.value); } catch (e) { /* private mode: not remembered */ }
    });

    S.api('GET', '/api/members').then(function (r) {
      if (!r.ok) { agent.title = 'Could not load the technicians from ConnectWise. Reload the page in a minute to record time.'; return; }
      var mine = remembered();
      r.body.forEach(function (m) {
        var option = S.el('option', null, m.name + ' (' + m.identifier + ')');
        option.value = m.identifier;
        if (m.identifier === mine) { option.selected = true; }
        agent.appendChild(option);
      });
    });
  }

  if (self) {
    S.api('GET', '/api/members/me').then(function (r) {
      if (!r.ok) { self.textContent = r.body.message || 'Your ConnectWise member could not be found'; return; }
      self.textContent = r.body.message;
      if (!r.body.can_log_time) {
        selfCannotLogTime = r.body.message;
        self.className = 'agent warning';
      }
    });
  }

  // ---- Create ticket ----

  function loadLists() {
    S.api('GET', '/api/service/boards').then(function (r) {
      if (!r.ok) { say('error', 'Could not load the service boards from ConnectWise, so a ticket cannot be created yet. Reload the page in a minute. (' + (r.body.message || 'HTTP ' + r.status) + ')'); return; }
      S.fillSelect(newForm.querySelector('select.boards'), r.body, function (b) { return b.name; }, function (b) { return b.id; });
    });
    S.api('GET', '/api/service/priorities').then(function (r) {
      if (!r.ok) { return; }
      S.fillSelect(newForm.querySelector('select.priorities'), r.body, function (p) { return p.name; },
        function (p) { return p.id; }, function (p) { return p.defaultFlag; });
    });
  }

  document.getElementById('new-ticket-toggle').addEventListener('click', function () {
    logPanel.hidden = true;
    newPanel.hidden = false;
    newForm.querySelector('[name=summary]').focus();
  });
  newForm.querySelector('.cancel').addEventListener('click', function () { newPanel.hidden = true; });

  newForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = newForm.querySelector('button[type=submit]');
    if (button.disabled) { return; }
    S.clearErrors(newForm);
    var data = S.formData(newForm);
    data.company_id = companyId;
    S.busy(button, true, 'Creating…');
    S.api('POST', '/api/tickets', data).then(function (r) {
      S.busy(button, false);
      if (!(r.ok && r.body.success)) {
        say('error', r.body.message || 'The ticket could not be created');
        S.showErrors(newForm, r.body.errors);
        return;
      }
      say('ok', r.body.message + '.');
      newForm.reset();
      newPanel.hidden = true;
      load(r.body.ticket_id);
    });
  });

  // ---- Log this call ----

  function openLog(ticket) {
    current = ticket;
    newPanel.hidden = true;
    logForm.querySelector('button[type=submit]').disabled = false;
    S.clearErrors(logForm);
    steps.hidden = true;
    steps.textContent = '';
    document.getElementById('log-call-title').textContent = '#' + ticket.id + ' ' + ticket.summary;
    var note = logForm.querySelector('[name=note_text]');
    if (!note.value && root.dataset.callerName) {
      note.value = 'Call from ' + root.dataset.callerName + (root.dataset.callerDisplay ? ', ' + root.dataset.callerDisplay : '') + ': ';
    }
    var select = logForm.querySelector('select.statuses');
    select.textContent = '';
    var keep = S.el('option', null, 'Keep: ' + (ticket.status ? ticket.status.name : 'current status'));
    keep.value = '';
    select.appendChild(keep);
    if (ticket.board) {
      S.api('GET', '/api/service/boards/' + ticket.board.id + '/statuses').then(function (r) {
        if (!r.ok || current !== ticket) { return; }
        r.body.filter(function (s) { return !ticket.status || s.id !== ticket.status.id; }).forEach(function (s) {
          var option = S.el('option', null, s.name + (s.closedStatus ? ' (closes the ticket)' : ''));
          option.value = s.id;
          select.appendChild(option);
        });
      });
    }
    logPanel.hidden = false;
    logPanel.scrollIntoView({ block: 'nearest' });
    note.focus();
  }

  logForm.querySelector('.cancel').addEventListener('click', function () { logPanel.hidden = true; current = null; });

  // A failed time entry or status change can be retried alone: the note is already written.
  function retry(ticket, key, data) {
    if (key === 'time') {
      var time = { minutes: data.minutes, notes: data.note_text };
      if (data.member_identifier) { time.member_identifier = data.member_identifier; }
      return S.api('POST', '/api/tickets/' + ticket.id + '/time', time);
    }
    return S.api('PATCH', '/api/tickets/' + ticket.id + '/status', { status: data.status });
  }

  function showSteps(ticket, answer, data) {
    var names = { note: 'Note', time: 'Time entry', status: 'Status change' };
    steps.textContent = '';
    Object.keys(answer.steps || {}).forEach(function (key) {
      var step = answer.steps[key];
      var li = S.el('li', step.ok ? 'ok' : 'failed', (step.ok ? '✓ ' : '✗ ') + names[key] + (step.ok ? ' done' : ': ' + step.error));
      li.dataset.step = key;
      if (!step.ok && !step.skipped && key !== 'note') {
        var again = S.el('button', 'secondary retry', 'Retry');
        again.type = 'button';
        again.addEventListener('click', function () {
          S.busy(again, true, 'Retrying…');
          retry(ticket, key, data).then(function (r) {
            if (!(r.ok && r.body.success)) { S.busy(again, false); say('error', r.body.message || 'Still failing'); return; }
            li.className = 'ok';
            li.textContent = '✓ ' + names[key] + ' done';
            say('ok', r.body.message);
            load(ticket.id);
          });
        });
        li.appendChild(document.createTextNode(' '));
        li.appendChild(again);
      }
      steps.appendChild(li);
    });
    steps.hidden = false;
  }

  logForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = logForm.querySelector('button[type=submit]');
    if (button.disabled || !current) { return; }
    S.clearErrors(logForm);
    var data = S.formData(logForm);
    if (agent && agent.value) { data.member_identifier = agent.value; }
    if (data.minutes && agent && !agent.value) {
      S.showErrors(logForm, { member_identifier: 'Choose yourself in "Logging as" to record time' });
      agent.focus();
      return;
    }
    if (data.minutes && selfCannotLogTime) {
      S.showErrors(logForm, { member_identifier: selfCannotLogTime });
      return;
    }
    var ticket = current;
    S.busy(button, true, 'Logging…');
    S.api('POST', '/api/tickets/' + ticket.id + '/log-change', data).then(function (r) {
      S.busy(button, false);
      if (r.body.steps) { showSteps(ticket, r.body, data); }
      if (r.ok && r.body.success) {
        say('ok', r.body.message);
        logForm.reset();
        logPanel.hidden = true;
        current = null;
        load(ticket.id);
        return;
      }
      say('error', r.body.message || 'The call could not be logged');
      S.showErrors(logForm, r.body.errors);
      if (r.body.steps && r.body.steps.note && r.body.steps.note.ok) {
        // the note exists: a second submit would write it twice
        button.disabled = true;
        load(ticket.id);
      }
    });
  });

  loadLists();
  load();
})();
