// The map of tips: markers grouped into simple clusters (by a grid that follows the
// zoom), opened to single markers when zoomed in. No plug-in: Leaflet alone.
(function () {
  'use strict';
  var element = document.getElementById('tips-map');
  if (!element || !window.L) { return; }
  element.style.height = '70vh';
  var map = L.map(element).setView([20.42, 106.17], 13);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap'
  }).addTo(map);
  var layer = L.layerGroup().addTo(map);
  var points = [];

  function colour(point) {
    if (point.overdue) { return '#dc3545'; }
    if (point.status === 'RESOLVED' || point.status === 'REJECTED' || point.status === 'TRANSFERRED') { return '#6c757d'; }
    return '#0d6efd';
  }

  function draw() {
    layer.clearLayers();
    var zoom = map.getZoom();
    var cell = zoom >= 16 ? 0 : 0.02 / Math.pow(2, zoom - 12);
    var clusters = {};
    points.forEach(function (p) {
      var key = cell === 0 ? p.id : Math.round(p.lat / cell) + ':' + Math.round(p.lng / cell);
      (clusters[key] = clusters[key] || []).push(p);
    });
    Object.keys(clusters).forEach(function (key) {
      var group = clusters[key];
      if (group.length === 1) {
        var p = group[0];
        var marker = L.circleMarker([p.lat, p.lng], { radius: 7, color: colour(p), fillOpacity: 0.8 });
        var link = document.createElement('a');
        link.href = p.url;
        link.textContent = p.category + ' #' + p.id;
        marker.bindPopup(link);
        marker.addTo(layer);
      } else {
        var lat = 0, lng = 0;
        group.forEach(function (p) { lat += p.lat; lng += p.lng; });
        var icon = L.divIcon({ className: 'tips-cluster', html: String(group.length), iconSize: [32, 32] });
        L.marker([lat / group.length, lng / group.length], { icon: icon })
          .on('click', function (e) { map.setView(e.latlng, map.getZoom() + 2); })
          .addTo(layer);
      }
    });
  }

  fetch(element.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : []; })
    .then(function (data) {
      points = data.map(function (p) { return { id: p.id, lat: Number(p.lat), lng: Number(p.lng), category: p.category, status: p.status, overdue: p.overdue, url: p.url }; });
      document.getElementById('tips-map-count').textContent = String(points.length);
      if (points.length > 0) {
        map.fitBounds(points.map(function (p) { return [p.lat, p.lng]; }), { maxZoom: 16, padding: [20, 20] });
      }
      draw();
      map.on('zoomend', draw);
    });
})();
