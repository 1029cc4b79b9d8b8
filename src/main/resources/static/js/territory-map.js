/*
 * The map of places (/console/territory/map): markers from the scoped GeoJSON endpoint,
 * each with a popup (the map itself: geo-map.js).
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

  LaChanMap.show({
    centre: [20.43, 106.17],
    zoom: 13,
    url: 'placesUrl',
    accept: 'application/json',
    prepare: function (element) {
      L.Icon.Default.imagePath = element.dataset.imagesUrl;
    },
    draw: function (collection, map, element, status) {
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
    }
  });
}());
