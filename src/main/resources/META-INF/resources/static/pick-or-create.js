// Pick-or-create flow of the screenpop's no-match page: find the caller's company, then add the
// number to a contact, create a contact, or create the company. Opened for a walk-in contact (one
// without a company), the first choice at the chosen company is to move that contact there. Talks to the JSON API with the
// page's CSRF token (helpers in ui.js). Every text from the server is put in the page with
// textContent, never as HTML.
(function () {
  'use strict';

  var S = window.Screenpop;
  var root = document.getElementById('pick-or-create');
  if (!root || !S) { return; }
  var el = S.el, api = S.api, busy = S.busy, clearErrors = S.clearErrors, showErrors = S.showErrors;
  var phone = root.dataset.phone;
  var walkInId = root.dataset.walkInId || null;
  var moveButton = document.getElementById('move-contact');
  var status = document.getElementById('status');
  var search = document.getElementById('company-search');
  var results = document.getElementById('company-results');
  var hint = document.getElementById('search-hint');
  var company = null;

  function show(stepId) {
    document.querySelectorAll('#pick-or-create .step').forEach(function (s) { s.hidden = s.id !== stepId; });
    clearStatus();
    var first = document.querySelector('#' + stepId + ' input:not([type=hidden]), #' + stepId + ' select');
    if (first) { first.focus(); }
  }

  function setStatus(kind, text) {
    S.setStatus(status, kind, text);
  }

  function clearStatus() {
    status.hidden = true;
    status.textContent = '';
    status.className = '';
  }

  // ---- Step 1: company autocomplete (combobox.js: 300 ms pause, from 2 characters, keyboard and mouse) ----

  S.combobox({
    input: search,
    list: results,
    hint: hint,
    search: function (query) {
      return api('GET', '/api/companies/search?q=' + encodeURIComponent(query)).then(function (r) {
        return { ok: r.ok, items: r.ok ? r.body : [], message: r.body.message || 'The company search failed. Try again.' };
      });
    },
    label: function (c) { return c.label; },
    empty: function (query) { return 'No company matches "' + query + '". Check the spelling, or create the company.'; },
    error: function (message) { setStatus('error', message); },
    choose: function (c) { choose(c); }
  });

  // ---- Step 2: the chosen company's contacts ----

  function choose(c) {
    company = c;
    document.getElementById('company-title').textContent = company.name;
    document.getElementById('company-subtitle').textContent = company.label + (company.identifier ? ' (' + company.identifier + ')' : '');
    document.getElementById('contact-company-name').textContent = company.name;
    document.querySelectorAll('#step-company .move-company-name').forEach(function (n) { n.textContent = company.name; });
    show('step-company');
    if (moveButton) { moveButton.focus(); }
    loadContacts();
  }

  function loadContacts() {
    var list = document.getElementById('contacts');
    var empty = document.getElementById('contacts-empty');
    list.textContent = '';
    list.appendChild(el('li', 'muted', 'Loading contacts…'));
    api('GET', '/api/companies/' + company.id + '/contacts').then(function (r) {
      list.textContent = '';
      if (!r.ok) { setStatus('error', r.body.message || 'Could not load the contacts'); return; }
      empty.hidden = r.body.length > 0;
      r.body.forEach(function (c) {
        var li = el('li');
        li.id = 'contact-' + c.id;
        var who = el('div');
        who.appendChild(el('strong', null, c.name));
        var numbers = c.phones.map(function (p) { return (p.type ? p.type + ': ' : '') + p.display; }).join(' · ');
        who.appendChild(el('div', 'numbers', numbers || 'no numbers yet'));
        var add = el('button', walkInId ? 'add-phone secondary' : 'add-phone', 'Add this number to this contact');
        add.type = 'button';
        add.dataset.contactId = c.id;
        add.addEventListener('click', function () { addPhone(c, add); });
        li.appendChild(who);
        li.appendChild(add);
        list.appendChild(li);
      });
    });
  }

  // the answer's message and warnings as whole sentences, then what happens next
  function sentences(body, next) {
    var warnings = (body.warnings || []).map(function (w) { return /[.!?]$/.test(w) ? w : w + '.'; });
    return [body.message].concat(warnings, [next]).filter(Boolean).join(' ');
  }

  function succeed(body) {
    var url = body.redirect_url || ('/screenpop?phone=' + encodeURIComponent(phone));
    var next = url.indexOf('/companies/') === 0 ? 'Opening the company page…' : 'Opening the caller\'s record…';
    setStatus('ok', sentences(body, next));
    document.querySelectorAll('#pick-or-create button').forEach(function (b) { b.disabled = true; });
    setTimeout(function () { window.location.assign(url); }, 2000);
  }

  function addPhone(contact, button) {
    if (button.disabled) { return; }
    busy(button, true, 'Adding…');
    var type = document.getElementById('phone-type').value;
    api('POST', '/api/contacts/' + contact.id + '/add-phone', { phone: phone, phone_type: type }).then(function (r) {
      if (r.ok && r.body.success) { succeed(r.body); return; }
      busy(button, false);
      setStatus('error', r.body.message || 'The number could not be added');
    });
  }

  // A walk-in contact moves to the chosen company: no second contact, no number written.
  function moveWalkIn() {
    if (moveButton.disabled) { return; }
    busy(moveButton, true, 'Moving…');
    api('POST', '/api/contacts/' + walkInId + '/move', { company_id: company.id, phone: phone }).then(function (r) {
      if (r.ok && r.body.success) { succeed(r.body); return; }
      busy(moveButton, false);
      setStatus('error', r.body.message || 'The contact could not be moved');
    });
  }

  if (moveButton) { moveButton.addEventListener('click', moveWalkIn); }

  // ---- Steps 3 and 4: forms ----

  // done(body) handles a success; without it the page opens the caller's record
  function submitForm(form, url, extra, done) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      if (button.disabled) { return; }
      clearErrors(form);
      clearStatus();
      var data = {};
      new FormData(form).forEach(function (value, key) { data[key] = value; });
      Object.assign(data, extra ? extra() : {});
      busy(button, true, 'Saving…');
      api('POST', url, data).then(function (r) {
        if (r.ok && r.body.success) {
          if (done) { busy(button, false); done(r.body); } else { succeed(r.body); }
          return;
        }
        busy(button, false);
        setStatus('error', r.body.message || 'Could not save');
        showErrors(form, r.body.errors);
      });
    });
  }

  submitForm(document.getElementById('new-contact-form'), '/api/contacts/create', function () { return { company_id: company.id }; });
  // For a walk-in, a new company is not the end: the walk-in is then moved there (no second contact).
  submitForm(document.getElementById('new-company-form'), '/api/companies/create', null, !moveButton ? null : function (body) {
    var name = document.querySelector('#new-company-form [name=name]').value.trim();
    choose({ id: body.company_id, name: name, label: name });
    setStatus('ok', sentences(body, 'Now move ' + root.dataset.walkInName.trim() + ' there.'));
  });

  document.getElementById('to-new-contact').addEventListener('click', function () { show('step-contact'); });
  document.getElementById('to-new-company').addEventListener('click', function () {
    var name = document.querySelector('#new-company-form [name=name]');
    if (!name.value && search.value.trim().length >= 2) { name.value = search.value.trim(); }
    show('step-new-company');
  });
  document.querySelectorAll('#pick-or-create button.back').forEach(function (b) {
    b.addEventListener('click', function () { show(b.dataset.back); });
  });

  // Phone types of this ConnectWise instance
  api('GET', '/api/communication-types').then(function (r) {
    var types = r.ok ? r.body : [{ name: 'Cell' }, { name: 'Direct' }];
    document.querySelectorAll('select.phone-types').forEach(function (select) {
      types.forEach(function (t) {
        var option = el('option', null, t.name);
        option.value = t.name;
        if (t.name === 'Cell') { option.selected = true; }
        select.appendChild(option);
      });
    });
  });

  search.focus();
})();
