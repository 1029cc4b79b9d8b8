// The phone's position, when it gives one, fills the violation form's hidden GPS fields.
(function () {
  var lat = document.getElementById('latitude');
  // the address field's hint says whether the position was found
  var status = document.getElementById('address-hint');
  var form = document.getElementById('violation-form');
  if (!lat || !navigator.geolocation || lat.value) {
    return;
  }
  navigator.geolocation.getCurrentPosition(function (position) {
    lat.value = position.coords.latitude.toFixed(6);
    document.getElementById('longitude').value = position.coords.longitude.toFixed(6);
    if (status && form && form.dataset.gpsFound) {
      status.textContent = form.dataset.gpsFound;
    }
  }, function () {}, { enableHighAccuracy: true, timeout: 10000 });
})();
