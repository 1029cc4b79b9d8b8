// The public report form: residential groups of the chosen ward, the map pin and the
// identity fields shown only when the reporter does not stay anonymous.
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  if (!form) { return; }

  var ward = document.getElementById('unitId');
  var group = document.getElementById('groupId');
  if (ward && group) {
    ward.addEventListener('change', function () {
      var keep = group.options[0];
      group.innerHTML = '';
      group.appendChild(keep);
      if (!ward.value) { return; }
      fetch(ward.dataset.sourceUrl + '?unit=' + encodeURIComponent(ward.value), { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (groups) {
          groups.forEach(function (g) {
            var option = document.createElement('option');
            option.value = g.id;
            option.textContent = g.name;
            group.appendChild(option);
          });
        });
    });
  }

  var anonymous = document.getElementById('anonymous1');
  var identity = document.getElementById('identity-fields');
  function toggleIdentity() {
    if (!anonymous || !identity) { return; }
    identity.hidden = anonymous.checked;
  }
  if (anonymous) { anonymous.addEventListener('change', toggleIdentity); toggleIdentity(); }

  var mapElement = document.getElementById('pin-map');
  if (mapElement && window.L) {
    var lat = document.getElementById('latitude');
    var lng = document.getElementById('longitude');
    var centre = [parseFloat(mapElement.dataset.lat), parseFloat(mapElement.dataset.lng)];
    var map = L.map(mapElement).setView(centre, 14);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19, attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    var marker = null;
    function place(latlng) {
      if (marker) { marker.setLatLng(latlng); } else { marker = L.marker(latlng).addTo(map); }
      lat.value = latlng.lat.toFixed(6);
      lng.value = latlng.lng.toFixed(6);
    }
    if (lat.value && lng.value) { place(L.latLng(parseFloat(lat.value), parseFloat(lng.value))); }
    map.on('click', function (e) { place(e.latlng); });
  }
})();
