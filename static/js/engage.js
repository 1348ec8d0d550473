/* Engage progressive enhancement. The site works without this file. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function initMenu() {
    var toggle = document.querySelector(".primary-nav__toggle");
    var list = document.getElementById("primary-nav-list");
    if (!toggle || !list) return;
    var small = window.matchMedia("(max-width: 40rem)");
    function sync() {
      if (small.matches) {
        toggle.hidden = false;
        var open = toggle.getAttribute("aria-expanded") === "true";
        list.setAttribute("data-collapsed", open ? "false" : "true");
      } else {
        toggle.hidden = true;
        list.removeAttribute("data-collapsed");
      }
    }
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", open ? "false" : "true");
      sync();
    });
    if (small.addEventListener) small.addEventListener("change", sync);
    sync();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initMenu);
  } else {
    initMenu();
  }
})();
