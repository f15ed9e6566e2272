// Extensions page: list the extension → technician assignments, assign or reassign one (the form),
// unassign one (the row's button). Talks to /api/extensions with the page's CSRF token.
(function () {
  'use strict';

  var S = window.Screenpop;
  var form = document.getElementById('assign-form');
  if (!form || !S) { return; }
  var status = document.getElementById('status');
  var table = document.getElementById('extensions');
  var state = document.getElementById('extensions-state');
  var select = form.querySelector('select.members');

  function say(kind, text) { S.setStatus(status, kind, text); }

  function row(a, highlight) {
    var tr = S.el('tr');
    tr.id = 'extension-' + a.extension;
    if (a.extension === highlight) { tr.className = 'new'; }
    tr.appendChild(S.el('td', 'extension', a.extension));
    var who = S.el('td', 'member');
    var link = S.el('a', null, a.member_name + ' (' + a.member_identifier + ')');
    link.href = '/members/' + encodeURIComponent(a.member_identifier);
    who.appendChild(link);
    tr.appendChild(who);
    tr.appendChild(S.el('td', 'since', a.assigned_at ? new Date(a.assigned_at).toLocaleString() : ''));
    var actions = S.el('td', 'actions');
    var reassign = S.el('button', 'secondary reassign', 'Reassign');
    reassign.type = 'button';
    reassign.addEventListener('click', function () {
      form.querySelector('[name=extension]').value = a.extension;
      select.value = '';
      select.focus();
    });
    var unassign = S.el('button', 'secondary unassign', 'Unassign');
    unassign.type = 'button';
    unassign.addEventListener('click', function () {
      if (unassign.disabled) { return; }
      S.busy(unassign, true, 'Unassigning…');
      S.api('DELETE', '/api/extensions/' + encodeURIComponent(a.extension)).then(function (r) {
        if (!r.ok) { S.busy(unassign, false); say('error', r.body.message || 'Could not unassign'); return; }
        say('ok', r.body.message);
        load();
      });
    });
    actions.appendChild(reassign);
    actions.appendChild(unassign);
    tr.appendChild(actions);
    return tr;
  }

  function load(highlight) {
    S.api('GET', '/api/extensions').then(function (r) {
      if (!r.ok) { state.hidden = false; state.textContent = r.body.message || 'Could not load the extensions'; return; }
      var body = table.querySelector('tbody');
      body.textContent = '';
      r.body.forEach(function (a) { body.appendChild(row(a, highlight)); });
      table.hidden = r.body.length === 0;
      state.hidden = r.body.length > 0;
      state.textContent = 'No extension is assigned yet.';
    });
  }

  S.api('GET', '/api/members').then(function (r) {
    if (!r.ok) { say('error', 'Could not load the technicians from ConnectWise, so extensions cannot be assigned yet. Reload the page in a minute. (' + (r.body.message || 'HTTP ' + r.status) + ')'); return; }
    var members = [{ identifier: '', name: 'Choose a technician…' }].concat(r.body);
    S.fillSelect(select, members, function (m) { return m.identifier ? m.name + ' (' + m.identifier + ')' : m.name; },
      function (m) { return m.identifier; });
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type=submit]');
    if (button.disabled) { return; }
    S.clearErrors(form);
    var extension = form.querySelector('[name=extension]').value.trim();
    if (!extension) { S.showErrors(form, { extension: 'Extension is required' }); say('error', 'Please correct this field: Extension is required.'); return; }
    S.busy(button, true, 'Saving…');
    S.api('PUT', '/api/extensions/' + encodeURIComponent(extension), { member_identifier: select.value }).then(function (r) {
      S.busy(button, false);
      if (!(r.ok && r.body.success)) {
        say('error', r.body.message || 'Could not save');
        S.showErrors(form, r.body.errors);
        return;
      }
      say('ok', r.body.message);
      form.reset();
      form.querySelector('[name=extension]').value = '';
      load(extension);
    });
  });

  load();
})();
