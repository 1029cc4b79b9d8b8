/*
 * The map of places (/console/territory/map): markers from the scoped GeoJSON endpoint,
 * each with a popup. Tiles are a background only: without a network the markers still show.
 */
(function () {
  'use strict';

  function text(tag, value, className) {
    var element = document.createElement(tag);
    element.textContent = value;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function popup(properties, openLabel) {
    var box = document.createElement('div');
    box.appendChild(text('strong', properties.name));
    box.appendChild(text('div', properties.kindLabel, 'small text-muted'));
    if (properties.address) {
      box.appendChild(text('div', properties.address, 'small'));
    }
    var link = text('a', openLabel);
    link.href = properties.url;
    box.appendChild(link);
    return box;
  }

  function start() {
    var element = document.getElementById('map');
    var status = document.getElementById('map-status');
    if (!element || typeof L === 'undefined') {
      return;
    }
    L.Icon.Default.imagePath = element.dataset.imagesUrl;
    var map = L.map(element).setView([20.43, 106.17], 13);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    fetch(element.dataset.placesUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (collection) {
        var layer = L.geoJSON(collection, {
          pointToLayer: function (feature, latlng) {
            return L.marker(latlng, { title: feature.properties.name, alt: feature.properties.name });
          },
          onEachFeature: function (feature, marker) {
            marker.bindPopup(popup(feature.properties, element.dataset.open));
          }
        }).addTo(map);
        element.dataset.markers = String(collection.features.length);
        if (collection.features.length === 0) {
          status.textContent = element.dataset.empty;
          return;
        }
        status.textContent = '';
        map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 16 });
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
})();
