// Filters a report table's rows by the drop-downs and search box written above it (HtmlReportWriter).
(function () {
  'use strict';
  document.querySelectorAll('[data-filters]').forEach(function (bar) {
    var table = document.querySelector('table[data-table="' + bar.getAttribute('data-filters') + '"]');
    if (!table) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var selects = Array.prototype.slice.call(bar.querySelectorAll('select'));
    var search = bar.querySelector('input');
    var shown = bar.querySelector('.shown');
    function apply() {
      var text = search.value.trim().toLowerCase();
      var count = 0;
      rows.forEach(function (row) {
        var keep = selects.every(function (s) {
          return s.value === '' || row.cells[Number(s.getAttribute('data-column'))].textContent === s.value;
        }) && (text === '' || row.textContent.toLowerCase().indexOf(text) >= 0);
        row.style.display = keep ? '' : 'none';
        if (keep) { count++; }
      });
      shown.textContent = count + ' of ' + rows.length + ' rows';
    }
    selects.forEach(function (s) { s.addEventListener('change', apply); });
    search.addEventListener('input', apply);
    apply();
  });
}());
