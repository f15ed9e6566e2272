// Admin page /admin/members: map a signed-in user's e-mail to a ConnectWise member, or remove a mapping.
(function () {
  'use strict';

  var S = window.Screenpop;
  var form = document.getElementById('map-form');
  if (!form || !S) { return; }
  var status = document.getElementById('status');
  var select = form.querySelector('select.members');

  function say(kind, text) { S.setStatus(status, kind, text); }

  S.api('GET', '/api/members').then(function (r) {
    if (!r.ok) { say('error', 'ConnectWise members could not be loaded: ' + r.body.message); return; }
    var members = [{ identifier: '', name: 'Choose a member…' }].concat(r.body);
    S.fillSelect(select, members, function (m) { return m.identifier ? m.name + ' (' + m.identifier + ')' : m.name; },
      function (m) { return m.identifier; });
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type=submit]');
    if (button.disabled) { return; }
    S.clearErrors(form);
    var data = S.formData(form);
    if (!data.email) { S.showErrors(form, { email: 'is required' }); return; }
    S.busy(button, true, 'Saving…');
    S.api('PUT', '/api/admin/member-mappings/' + encodeURIComponent(data.email), { member_identifier: data.member_identifier || '' })
      .then(function (r) {
        S.busy(button, false);
        if (!(r.ok && r.body.success)) {
          say('error', r.body.message || 'The mapping could not be saved');
          S.showErrors(form, r.body.errors);
          return;
        }
        say('ok', r.body.message + '. Reloading…');
        window.location.reload();
      });
  });

  document.querySelectorAll('#mappings button.unmap').forEach(function (button) {
    button.addEventListener('click', function () {
      var row = button.closest('tr');
      S.busy(button, true, 'Removing…');
      S.api('DELETE', '/api/admin/member-mappings/' + encodeURIComponent(row.dataset.email)).then(function (r) {
        if (!(r.ok && r.body.success)) { S.busy(button, false); say('error', r.body.message || 'Not removed'); return; }
        row.remove();
        say('ok', r.body.message + '.');
      });
    });
  });
})();
