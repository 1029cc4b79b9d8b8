/*
 * The camera map (/console/cameras/map): each camera's view cone from the ward's scoped
 * GeoJSON, public cameras in blue and private ones in orange. Tiles are a background only.
 */
(function () {
  'use strict';

  function start() {
    var element = document.getElementById('map');
    var status = document.getElementById('map-status');
    if (!element || typeof L === 'undefined') {
      return;
    }
    var map = L.map(element).setView([20.432, 106.172], 15);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    fetch(element.dataset.conesUrl, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (collection) {
        var layer = L.geoJSON(collection, {
          style: function (feature) {
            var color = feature.properties.public ? '#0d6efd' : '#fd7e14';
            return { color: color, weight: 1, fillOpacity: feature.properties.status === 'ACTIVE' ? 0.25 : 0.05 };
          },
          onEachFeature: function (feature, shape) {
            var link = document.createElement('a');
            link.href = feature.properties.url;
            link.textContent = feature.properties.label;
            shape.bindPopup(link);
          }
        }).addTo(map);
        element.dataset.cones = String(collection.features.length);
        if (collection.features.length > 0) {
          map.fitBounds(layer.getBounds());
        }
      })
      .catch(function () {
        status.textContent = element.dataset.failed;
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
