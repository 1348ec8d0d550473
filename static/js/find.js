/* "Use my location" (places app), progressive enhancement: without JavaScript, or where the
   browser cannot give a position over a secure connection, the button stays hidden and the
   postcode box works alone. The position goes only to this site's /postcode/near/ page, which
   answers with the nearest postcode from the imported directory. */
(function () {
  "use strict";
  if (!window.isSecureContext || !("geolocation" in navigator)) {
    return;
  }
  document.querySelectorAll("[data-find-locate]").forEach(function (button) {
    var form = button.closest("form");
    var status = form ? form.querySelector("[data-find-status]") : null;
    button.hidden = false;
    button.addEventListener("click", function () {
      if (status) {
        status.textContent = button.getAttribute("data-find-locating");
      }
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          var url = new URL(button.getAttribute("data-find-locate"), window.location.href);
          url.searchParams.set("lat", position.coords.latitude.toFixed(5));
          url.searchParams.set("lng", position.coords.longitude.toFixed(5));
          window.location.assign(url.toString());
        },
        function () {
          button.disabled = false;
          if (status) {
            status.textContent = button.getAttribute("data-find-failed");
          }
        },
        { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 }
      );
    });
  });
})();
