// Recent calls: every 5 seconds while the tab is visible, fetch this same page and swap in its
// list and its "Unknown callers today" count, so new calls appear without a reload. The filters
// submit as a plain GET form.
(function () {
  'use strict';

  var list = document.getElementById('calls-list');
  if (!list || !window.fetch || !window.DOMParser) { return; }
  var unknown = document.getElementById('unknown-today');

  function refresh() {
    if (document.hidden) { return; }
    fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('calls-list');
        if (fresh) { list.replaceChildren.apply(list, Array.prototype.slice.call(fresh.childNodes)); }
        var count = doc.getElementById('unknown-today');
        if (count && unknown) { unknown.textContent = count.textContent; }
      }, function () { /* offline for a moment: the next tick tries again */ });
  }

  setInterval(refresh, 5000);
  document.addEventListener('visibilitychange', function () { if (!document.hidden) { refresh(); } });
})();
