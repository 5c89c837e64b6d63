// Turns the report's chart specifications (JSON, written by HtmlReportWriter) into Chart.js charts.
(function () {
  'use strict';
  var palette = ['#1f5f99', '#e07b00', '#3b8d3b', '#8a4fa3', '#c9302c', '#4aa3c9', '#8c6d31', '#6b6b6b', '#d4a017', '#2b9c8f'];
  var specs = JSON.parse(document.getElementById('chart-data').textContent);
  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#1d2733';

  function alpha(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
  }

  function datasets(spec) {
    var out = [];
    var colour = 0;
    var bandColour = null;
    var lastColour = null;
    spec.series.forEach(function (s) {
      var c;
      if (s.role === 'band_low') {
        bandColour = lastColour || palette[colour % palette.length];
        out.push({ label: s.name, data: s.values, type: 'line', borderWidth: 0, pointRadius: 0, fill: false,
          borderColor: 'transparent', backgroundColor: 'transparent', legendHidden: true });
      } else if (s.role === 'band_high') {
        c = bandColour || palette[colour % palette.length];
        out.push({ label: s.name, data: s.values, type: 'line', borderWidth: 0, pointRadius: 0, fill: '-1',
          borderColor: 'transparent', backgroundColor: alpha(c, 0.18) });
      } else if (s.role === 'target') {
        out.push({ label: s.name, data: s.values, type: 'line', borderColor: '#c9302c', backgroundColor: '#c9302c',
          borderDash: [6, 4], pointStyle: 'crossRot', pointRadius: 7, pointBorderWidth: 2, spanGaps: true, fill: false });
      } else {
        c = palette[colour++ % palette.length];
        var isLine = spec.type === 'line' || spec.type === 'fan';
        out.push({ label: s.name, data: s.values, borderColor: c, backgroundColor: isLine ? c : alpha(c, 0.85),
          pointRadius: isLine ? 2 : 0, borderWidth: isLine ? 2 : 0, spanGaps: true, fill: false });
        lastColour = c;
      }
    });
    return out;
  }

  var drawn = 0;
  specs.forEach(function (spec) {
    var stacked = spec.type === 'stacked_bar';
    var type = spec.type === 'fan' ? 'line' : (spec.type === 'line' ? 'line' : 'bar');
    new Chart(document.getElementById(spec.id), {
      type: type,
      data: { labels: spec.labels, datasets: datasets(spec) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { filter: function (item, data) {
            return !data.datasets[item.datasetIndex].legendHidden; } } }
        },
        scales: {
          x: { stacked: stacked, grid: { display: false } },
          y: { stacked: stacked, beginAtZero: spec.type !== 'fan', title: { display: spec.unit !== '', text: spec.unit } }
        }
      }
    });
    drawn++;
  });
  // lets scripts/check-report-in-browser.sh see that every chart was drawn
  document.body.setAttribute('data-charts-drawn', String(drawn));
}());
