// The phone's position, when it gives one, fills the violation form's hidden GPS fields.
(function () {
  var lat = document.getElementById('latitude');
  var status = document.getElementById('gps-status');
  if (!lat || !navigator.geolocation || lat.value) {
    return;
  }
  navigator.geolocation.getCurrentPosition(function (position) {
    lat.value = position.coords.latitude.toFixed(6);
    document.getElementById('longitude').value = position.coords.longitude.toFixed(6);
    if (status && status.dataset.found) {
      status.textContent = status.dataset.found;
    }
  }, function () {}, { enableHighAccuracy: true, timeout: 10000 });
})();
