// Home page search (needs ui.js and combobox.js): a number or a company or contact name, answered
// by /api/search as the agent types; Enter opens the highlighted hit, or the only / first one.
// A number nobody holds leads to pick-or-create. Text from the server goes in with textContent.
(function () {
  'use strict';

  var S = window.Screenpop;
  var input = document.getElementById('home-search');
  if (!input || !S || !S.combobox) { return; }
  var form = document.getElementById('home-search-form');
  var hint = document.getElementById('home-hint');
  var status = document.getElementById('status');
  var KINDS = { company: 'Company', contact: 'Contact', number: 'Number' };

  function open(hit) { window.location.assign(hit.url); }

  S.combobox({
    input: input,
    list: document.getElementById('home-results'),
    hint: hint,
    delay: 200,
    search: function (query) {
      return S.api('GET', '/api/search?q=' + encodeURIComponent(query)).then(function (r) {
        if (r.ok) { status.hidden = true; }
        return { ok: r.ok, items: r.ok ? r.body : [], message: r.body.message || 'The search failed. Try again.' };
      });
    },
    label: function (hit) { return hit.label; },
    detail: function (hit) { return KINDS[hit.kind] + (hit.detail ? ' · ' + hit.detail : ''); },
    empty: function (query) {
      return /\d/.test(query) ? 'No company or contact matches "' + query + '". For a phone number, type all its digits.'
        : 'No company or contact matches "' + query + '". Check the spelling, or type a phone number.';
    },
    error: function (message) { S.setStatus(status, 'error', message); },
    choose: open,
    enterWithoutChoice: function (query, items) {
      if (items.length) { open(items[0]); }
    }
  });

  // With the script on, Enter is handled above: the form only submits without script.
  form.addEventListener('submit', function (event) { event.preventDefault(); });
})();
