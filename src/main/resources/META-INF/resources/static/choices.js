// Choice pages (which company, which contact): each card is one link; ArrowDown/ArrowUp (and
// Home/End) move between the cards, Enter opens the focused one. The first card gets focus, so an
// agent can answer with the keyboard alone.
(function () {
  'use strict';

  var cards = Array.prototype.slice.call(document.querySelectorAll('ul.choices a.choice'));
  if (!cards.length) { return; }

  document.querySelector('ul.choices').addEventListener('keydown', function (event) {
    var at = cards.indexOf(document.activeElement);
    if (at < 0) { return; }
    var to = null;
    if (event.key === 'ArrowDown') { to = (at + 1) % cards.length; }
    else if (event.key === 'ArrowUp') { to = (at - 1 + cards.length) % cards.length; }
    else if (event.key === 'Home') { to = 0; }
    else if (event.key === 'End') { to = cards.length - 1; }
    if (to !== null) { event.preventDefault(); cards[to].focus(); }
  });

  cards[0].focus();
})();
