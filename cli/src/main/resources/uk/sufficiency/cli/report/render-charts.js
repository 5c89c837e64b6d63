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

  // Long category labels (sentences, type names) would be rotated or skipped under a vertical bar
  // chart: such charts are drawn with horizontal bars and labels wrapped onto lines instead.
  var WRAP = 26;
  function wrap(label) {
    var words = String(label).split(' ');
    var lines = [];
    var line = '';
    words.forEach(function (word) {
      if (line && (line + ' ' + word).length > WRAP) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) { lines.push(line); }
    return lines.length === 1 ? lines[0] : lines;
  }
  // "£1.5m", "-£60m", "£250k", "£900": money ticks as budget papers write them
  function money(v) {
    var size = Math.abs(v), sign = v < 0 ? '-' : '';
    if (size >= 1e6) { return sign + '£' + (size / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 }) + 'm'; }
    if (size >= 1e4) { return sign + '£' + (size / 1e3).toLocaleString('en-GB', { maximumFractionDigits: 0 }) + 'k'; }
    return sign + '£' + size.toLocaleString('en-GB', { maximumFractionDigits: 0 });
  }
  function horizontal(spec) {
    return spec.type === 'hbar' || spec.type === 'tornado' || (spec.type === 'bar' && spec.labels.some(function (l) { return String(l).length > 14; }));
  }

  var drawn = 0;
  var labelProblems = [];
  specs.forEach(function (spec) {
    var stacked = spec.type === 'stacked_bar' || spec.type === 'tornado';
    var type = spec.type === 'fan' ? 'line' : (spec.type === 'line' ? 'line' : 'bar');
    var across = horizontal(spec);
    var canvas = document.getElementById(spec.id);
    var labels = spec.labels;
    var category = { stacked: stacked, grid: { display: false } };
    var value = { stacked: stacked, beginAtZero: spec.type !== 'fan', title: { display: spec.unit !== '', text: spec.unit } };
    if (spec.unit.indexOf('GBP') === 0) {
      value.ticks = { callback: money };
    }
    if (spec.type === 'tornado') {
      value.title.text = 'change in ' + spec.unit;
    }
    if (across) {
      labels = spec.labels.map(wrap);
      category.ticks = { autoSkip: false };
      var lines = labels.reduce(function (n, l) { return n + (Array.isArray(l) ? l.length : 1); }, 0);
      canvas.parentNode.style.height = Math.max(160, 28 * spec.labels.length + 16 * lines + 70) + 'px';
    }
    var chart = new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets(spec) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: across ? 'y' : 'x',
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { display: spec.series.length > 1, position: 'bottom', labels: { filter: function (item, data) {
            return !data.datasets[item.datasetIndex].legendHidden; } } }
        },
        scales: across ? { y: category, x: value } : { x: category, y: value }
      }
    });
    // What the browser check can see: category labels skipped (they would overlap), or labels
    // taking so much room that they squash the plot.
    var axis = across ? chart.scales.y : chart.scales.x;
    // Dates and years are an ordered axis: skipping some of their ticks loses nothing (a reader
    // counts on from the ones shown), unlike skipping category names.
    var dated = spec.labels.every(function (l) { return /^\d{4}(-\d{2}){0,2}$/.test(String(l)); });
    if (axis.ticks.length < spec.labels.length && type === 'bar' && !dated) {
      labelProblems.push(spec.id + ': ' + (spec.labels.length - axis.ticks.length) + ' labels hidden to avoid overlap');
    }
    if ((across ? axis.width / chart.width : axis.height / chart.height) > 0.5) {
      labelProblems.push(spec.id + ': labels take more than half the chart');
    }
    drawn++;
  });
  // lets scripts/check-report-in-browser.sh see that every chart was drawn, with readable labels
  document.body.setAttribute('data-chart-label-problems', labelProblems.join('; '));
  document.body.setAttribute('data-charts-drawn', String(drawn));
}());
