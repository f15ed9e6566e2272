// Sync page (needs ui.js): "Sync now" buttons for admins, and a reload every few seconds while a
// run is in progress, so the agent sees it finish without touching the page.
(function () {
  'use strict';

  var S = window.Screenpop;
  var status = document.getElementById('status');
  var index = document.getElementById('sync-index');
  if (!S || !index) { return; }

  function reloadSoon(ms) { setTimeout(function () { window.location.reload(); }, ms); }

  document.querySelectorAll('#sync-actions button[data-kind]').forEach(function (button) {
    button.addEventListener('click', function () {
      if (button.disabled) { return; }
      document.querySelectorAll('#sync-actions button').forEach(function (b) { b.disabled = true; });
      S.api('POST', '/sync/run?kind=' + encodeURIComponent(button.dataset.kind)).then(function (r) {
        S.setStatus(status, r.ok ? 'ok' : 'error', r.body.message || 'The sync could not be started. Try again.');
        if (r.ok || r.status === 409) { reloadSoon(2000); return; }
        document.querySelectorAll('#sync-actions button').forEach(function (b) { b.disabled = false; });
      });
    });
  });

  if (index.dataset.running === 'true') { reloadSoon(3000); }
})();
