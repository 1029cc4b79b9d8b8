/*
 * The camera map (/console/cameras/map): each camera's view cone from the ward's scoped
 * GeoJSON, public cameras in blue and private ones in orange (the map itself: geo-map.js).
 */
(function () {
  'use strict';

  LaChanMap.show({
    centre: [20.432, 106.172],
    zoom: 15,
    url: 'conesUrl',
    accept: 'application/geo+json',
    draw: function (collection, map, element) {
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
    }
  });
}());
