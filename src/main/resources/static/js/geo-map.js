/*
 * What the console's GeoJSON maps share (the camera map, the map of places): once the page
 * is ready, a Leaflet map in #map over the OpenStreetMap tiles (a background only: without
 * a network the features still show), the features of a scoped endpoint fetched with the
 * session, and #map-status saying so when they could not be loaded (data-failed). A page's
 * own script says where the map starts and what it draws:
 *   LaChanMap.show({ centre: [lat, lng], zoom: 15, url: 'conesUrl', accept: 'application/geo+json',
 *                    prepare: function (element) {}, draw: function (collection, map, element, status) {} });
 * url names the data- attribute of #map that holds the endpoint; prepare is optional.
 */
(function () {
  'use strict';

  function show(options) {
    var element = document.getElementById('map');
    var status = document.getElementById('map-status');
    if (!element || typeof L === 'undefined') {
      return;
    }
    if (options.prepare) {
      options.prepare(element);
    }
    var map = L.map(element).setView(options.centre, options.zoom);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    fetch(element.dataset[options.url], { headers: { Accept: options.accept }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (collection) {
        options.draw(collection, map, element, status);
      })
      .catch(function () {
        status.textContent = element.dataset.failed;
      });
  }

  window.LaChanMap = {
    show: function (options) {
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () {
          show(options);
        });
      }
      else {
        show(options);
      }
    }
  };
}());
