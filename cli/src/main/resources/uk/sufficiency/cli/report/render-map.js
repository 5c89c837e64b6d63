// Draws the report's maps with the inlined Leaflet (decision 0076): no tile server, a plain
// background with town names for bearings, one layer per group of points (placements, family homes,
// proposed moves drawn as lines), each toggled in the legend. Records how many maps it drew so that
// scripts/check-report-in-browser.sh can tell a map that failed.
(function () {
  'use strict';
  var colours = ['#1f5f99', '#8a8f98', '#d4351c', '#00703c', '#f47738', '#6f3c97', '#b58840'];
  var maps = JSON.parse(document.getElementById('map-data').textContent);
  var drawn = 0;
  function esc(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span.innerHTML;
  }
  maps.forEach(function (spec) {
    var element = document.getElementById(spec.id);
    if (!element || typeof L === 'undefined' || spec.points.length === 0) { return; }
    var map = L.map(element, { attributionControl: false, preferCanvas: true, zoomSnap: 0.25, scrollWheelZoom: false });
    var layers = spec.groups.map(function () { return L.featureGroup(); });
    var counts = spec.groups.map(function () { return 0; });
    var bounds = L.latLngBounds([]);
    spec.points.forEach(function (p) {
      var g = p[0], colour = colours[g % colours.length];
      var tip = esc(p[1]) + (p[2] ? '<br>' + esc(p[2]) : '');
      var at = [p[4], p[3]];
      counts[g] += String(p[1]).split(', ').length;
      bounds.extend(at);
      if (p[5] !== null && p[6] !== null) {
        var to = [p[6], p[5]];
        bounds.extend(to);
        L.polyline([at, to], { color: colour, weight: 1.5, opacity: 0.8 }).bindTooltip(tip).addTo(layers[g]);
        L.circleMarker(at, { radius: 2.5, color: colour, weight: 1, fillOpacity: 1 }).bindTooltip(tip).addTo(layers[g]);
      } else {
        L.circleMarker(at, { radius: 4, color: colour, weight: 1, fillColor: colour, fillOpacity: 0.55 })
          .bindTooltip(tip).addTo(layers[g]);
      }
    });
    spec.groups.forEach(function (name, g) { layers[g].addTo(map); });
    map.fitBounds(bounds, { padding: [16, 16] });
    // town names under the points (a pane below the overlay pane), for bearings only
    map.createPane('towns').style.zIndex = 350;
    var view = map.getBounds().pad(-0.05); // a name at the very edge would be cut off
    spec.towns.forEach(function (t) {
      if (view.contains([t.lat, t.lon])) {
        L.marker([t.lat, t.lon], { pane: 'towns', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'town', html: esc(t.name), iconSize: null }) }).addTo(map);
      }
    });
    L.control.scale({ imperial: false }).addTo(map);
    // the legend under the map, not over it: a box per group shows or hides its layer
    var legend = document.createElement('div');
    legend.className = 'map-legend';
    spec.groups.forEach(function (name, g) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = true;
      box.addEventListener('change', function () {
        if (box.checked) { layers[g].addTo(map); } else { map.removeLayer(layers[g]); }
      });
      label.appendChild(box);
      label.insertAdjacentHTML('beforeend', '<span class="swatch" style="background:' + colours[g % colours.length]
        + '"></span>' + esc(name) + ' (' + counts[g] + ')');
      legend.appendChild(label);
    });
    element.parentNode.insertBefore(legend, element.nextSibling);
    drawn++;
  });
  document.body.setAttribute('data-maps-drawn', String(drawn));
}());
