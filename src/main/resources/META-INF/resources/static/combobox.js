// A keyboard-driven autocomplete (WAI-ARIA combobox with a listbox popup), shared by the home
// search and pick-or-create (needs ui.js). Screenpop.combobox(options) wires an <input role=combobox>
// to a <ul role=listbox>: it searches after a pause while the agent types, highlights the typed part,
// moves with ArrowUp/ArrowDown (Home/End), chooses with Enter or a click and closes with Escape.
// Every text from the server goes into the page with textContent, never as HTML.
(function () {
  'use strict';

  var S = window.Screenpop;
  if (!S) { return; }
  var el = S.el;

  function highlight(node, text, query) {
    var at = query ? text.toLowerCase().indexOf(query.toLowerCase()) : -1;
    if (at < 0) { node.appendChild(document.createTextNode(text)); return; }
    node.appendChild(document.createTextNode(text.slice(0, at)));
    node.appendChild(el('mark', null, text.slice(at, at + query.length)));
    node.appendChild(document.createTextNode(text.slice(at + query.length)));
  }

  // options: input, list, hint (optional <p> for "nothing found"), minChars (2), delay (ms, 300),
  //   search(query) -> Promise of { ok, items, message }, label(item) -> text, detail(item) -> text or null,
  //   choose(item, index), empty(query) -> hint text, error(message), enterWithoutChoice(query, items)
  S.combobox = function (options) {
    var input = options.input, list = options.list, hint = options.hint;
    var minChars = options.minChars || 2, delay = options.delay === undefined ? 300 : options.delay;
    var prefix = list.id + '-option-';
    var items = [], active = -1, timer = null, seq = 0, lastQuery = '';

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function setHint(text) {
      if (!hint) { return; }
      hint.hidden = !text;
      hint.textContent = text || '';
    }

    function render(found, query) {
      items = found;
      list.textContent = '';
      active = -1;
      if (!found.length) {
        close();
        setHint(options.empty ? options.empty(query) : 'Nothing matches "' + query + '".');
        return;
      }
      setHint('');
      found.forEach(function (item, i) {
        var li = el('li');
        li.id = prefix + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        var main = el('span', 'option-label');
        highlight(main, options.label(item), query);
        li.appendChild(main);
        var detail = options.detail ? options.detail(item) : null;
        if (detail) { li.appendChild(el('span', 'option-detail', detail)); }
        li.addEventListener('mousedown', function (event) { event.preventDefault(); pick(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function move(to) {
      if (list.hidden || !items.length) { return; }
      active = (to + items.length) % items.length;
      list.querySelectorAll('li').forEach(function (li, i) {
        li.setAttribute('aria-selected', i === active ? 'true' : 'false');
        if (i === active && li.scrollIntoView) { li.scrollIntoView({ block: 'nearest' }); }
      });
      input.setAttribute('aria-activedescendant', prefix + active);
    }

    function pick(i) {
      var item = items[i];
      close();
      options.choose(item, i);
    }

    function run() {
      var query = input.value.trim();
      lastQuery = query;
      if (query.length < minChars) { close(); setHint(''); items = []; return Promise.resolve(); }
      var mine = ++seq;
      return options.search(query).then(function (r) {
        if (mine !== seq) { return; }
        if (!r.ok) { close(); if (options.error) { options.error(r.message); } return; }
        render(r.items, query);
      });
    }

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { timer = null; run(); }, delay);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') { event.preventDefault(); move(active + 1); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); move(active < 0 ? -1 : active - 1); }
      else if (event.key === 'Home' && !list.hidden && active >= 0) { event.preventDefault(); move(0); }
      else if (event.key === 'End' && !list.hidden && active >= 0) { event.preventDefault(); move(items.length - 1); }
      else if (event.key === 'Escape') { close(); }
      else if (event.key === 'Enter') {
        event.preventDefault();
        if (active >= 0 && !list.hidden) { pick(active); return; }
        if (!options.enterWithoutChoice) { return; }
        // Enter before the pause ran the search: search now, then let the page decide
        var pending = input.value.trim() !== lastQuery || timer !== null;
        clearTimeout(timer);
        timer = null;
        (pending ? run() : Promise.resolve()).then(function () { options.enterWithoutChoice(input.value.trim(), items, pick); });
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });

    return { close: close, run: run };
  };
})();
