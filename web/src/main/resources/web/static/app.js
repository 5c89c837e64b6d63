// sufficiency serve: the little script the pages need (htmx does the requests).
// Charts and the map read JSON from data- attributes (htmx drops script blocks from swaps); no code comes from the server.
(function () {
  "use strict";

  var charts = [];
  var palette = ["#1d70b8", "#d4351c", "#00703c", "#f47738", "#912b88", "#28a197", "#6f72af", "#b58840"];

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrfToken();
  });

  function readJson(text) {
    return text ? JSON.parse(text) : null;
  }

  function dataset(series, index, kind) {
    var colour = palette[index % palette.length];
    var set = { label: series.label, data: series.values, borderColor: colour, backgroundColor: colour,
      spanGaps: true, pointRadius: 2, borderWidth: 2, fill: false };
    if (series.role === "low") {
      set.borderWidth = 0; set.pointRadius = 0; set.backgroundColor = "rgba(29,112,184,0.15)";
      set.borderColor = "rgba(0,0,0,0)"; set.lowBand = true;
    } else if (series.role === "high") {
      set.borderWidth = 0; set.pointRadius = 0; set.fill = "-1";
      set.backgroundColor = "rgba(29,112,184,0.18)"; set.borderColor = "rgba(0,0,0,0)";
    } else if (series.role === "target") {
      set.borderDash = [6, 4]; set.borderColor = "#505a5f"; set.backgroundColor = "#505a5f"; set.pointRadius = 0;
    }
    if (kind === "bar" || kind === "stacked") {
      set.type = "bar";
    }
    return set;
  }

  function drawCharts(root) {
    charts = charts.filter(function (chart) {
      if (!document.body.contains(chart.canvas)) { chart.destroy(); return false; }
      return true;
    });
    (root || document).querySelectorAll("canvas[data-spec]").forEach(function (canvas) {
      if (canvas.dataset.drawn) { return; }
      var spec = readJson(canvas.dataset.spec);
      if (!spec || typeof Chart === "undefined") { return; }
      canvas.dataset.drawn = "1";
      var stacked = spec.kind === "stacked";
      charts.push(new Chart(canvas, {
        type: spec.kind === "line" ? "line" : "bar",
        data: { labels: spec.labels, datasets: spec.series.map(function (s, i) { return dataset(s, i, spec.kind); }) },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          plugins: { title: { display: true, text: spec.title },
            legend: { labels: { filter: function (item, data) { return !data.datasets[item.datasetIndex].lowBand; } } } },
          scales: { x: { stacked: stacked }, y: { stacked: stacked, title: { display: true, text: spec.unit } } }
        }
      }));
    });
  }

  function label(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span;
  }

  function drawMap(root) {
    (root || document).querySelectorAll("div[data-points]").forEach(function (element) {
      if (element.dataset.drawn || typeof L === "undefined") { return; }
      var points = readJson(element.dataset.points);
      if (!points || points.length === 0) { return; }
      element.dataset.drawn = "1";
      // No tile server: a plain background, town names, placements and proposed moves.
      var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
      var bounds = [];
      points.forEach(function (p) {
        if (p.kind === "move") {
          L.polyline([[p.lat, p.lon], [p.toLat, p.toLon]], { color: "#d4351c", weight: 1.5, opacity: 0.8 })
            .bindTooltip(label(p.label)).addTo(map);
          L.circleMarker([p.lat, p.lon], { radius: 3, color: "#d4351c", fillOpacity: 1 }).addTo(map);
          bounds.push([p.lat, p.lon]);
        } else {
          L.circleMarker([p.lat, p.lon], { radius: 4, color: p.kind === "unavailable" ? "#505a5f" : "#1d70b8",
            fillOpacity: p.kind === "unavailable" ? 0.2 : 0.6, weight: 1 }).bindTooltip(label(p.label)).addTo(map);
          bounds.push([p.lat, p.lon]);
        }
      });
      map.fitBounds(bounds, { padding: [10, 10] });
      var towns = readJson(element.dataset.towns);
      if (towns) { addTowns(map, towns); }
    });
  }

  function addTowns(map, towns) {
    var view = map.getBounds().pad(0.2);
    towns.forEach(function (t) {
      if (view.contains([t.lat, t.lon])) {
        var icon = L.divIcon({ className: "town", html: "", iconSize: null });
        var marker = L.marker([t.lat, t.lon], { icon: icon, interactive: false }).addTo(map);
        marker.getElement().appendChild(label(t.name));
      }
    });
  }

  function followProgress() {
    var pre = document.getElementById("progress");
    if (!pre || pre.dataset.finished === "true" || typeof EventSource === "undefined") { return; }
    pre.textContent = "";
    var source = new EventSource(pre.dataset.events);
    source.addEventListener("progress", function (event) {
      pre.textContent += event.data + "\n";
      pre.scrollTop = pre.scrollHeight;
    });
    source.addEventListener("end", function () {
      source.close();
      window.location.reload();
    });
  }

  function wireControls(root) {
    (root || document).querySelectorAll("select.scenario-picker").forEach(function (select) {
      if (select.dataset.wired) { return; }
      select.dataset.wired = "1";
      select.addEventListener("change", function () {
        window.location.href = select.dataset.base + "/" + encodeURIComponent(select.value);
      });
    });
    (root || document).querySelectorAll("input[type=range]").forEach(function (range) {
      if (range.dataset.wired) { return; }
      range.dataset.wired = "1";
      range.addEventListener("input", function () {
        var output = document.querySelector('output[data-for="' + range.id + '"]');
        if (output) { output.textContent = range.value; }
      });
    });
  }

  function refresh(root) {
    drawCharts(root);
    drawMap(root);
    wireControls(root);
  }

  document.addEventListener("DOMContentLoaded", function () {
    refresh(document);
    followProgress();
  });
  // the swapped element may be gone by now (a poll replaces itself): look again from the top
  document.addEventListener("htmx:afterSettle", function () { refresh(document); });
})();
