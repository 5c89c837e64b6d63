// Filters a report table's rows, or a list of cards, by the drop-downs and search box written above
// it (HtmlReportWriter, CardsView): a table's select names a column, a card list's select a field
// each card carries as data-v-<field>.
(function () {
  'use strict';
  function wire(bar, items, matches, noun) {
    var selects = Array.prototype.slice.call(bar.querySelectorAll('select'));
    var search = bar.querySelector('input');
    var shown = bar.querySelector('.shown');
    function apply() {
      var text = search.value.trim().toLowerCase();
      var count = 0;
      items.forEach(function (item) {
        var keep = selects.every(function (s) { return s.value === '' || matches(item, s); })
          && (text === '' || item.textContent.toLowerCase().indexOf(text) >= 0);
        item.style.display = keep ? '' : 'none';
        if (keep) { count++; }
      });
      shown.textContent = count + ' of ' + items.length + ' ' + noun;
    }
    selects.forEach(function (s) { s.addEventListener('change', apply); });
    search.addEventListener('input', apply);
    apply();
  }
  document.querySelectorAll('[data-filters]').forEach(function (bar) {
    var table = document.querySelector('table[data-table="' + bar.getAttribute('data-filters') + '"]');
    if (!table) { return; }
    wire(bar, Array.prototype.slice.call(table.tBodies[0].rows), function (row, s) {
      return row.cells[Number(s.getAttribute('data-column'))].textContent === s.value;
    }, 'rows');
  });
  document.querySelectorAll('[data-card-filters]').forEach(function (bar) {
    var grid = document.querySelector('[data-cards="' + bar.getAttribute('data-card-filters') + '"]');
    if (!grid) { return; }
    wire(bar, Array.prototype.slice.call(grid.querySelectorAll('.item-card')), function (card, s) {
      return card.getAttribute('data-v-' + s.getAttribute('data-field')) === s.value;
    }, 'cards');
  });
}());
