/* Move focus to a form's error summary, so keyboard and screen-reader users start there.
   Without JavaScript the summary is still the first thing in the form (and has `autofocus`). */
(function () {
  "use strict";
  function focusSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary && document.activeElement !== summary) summary.focus();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusSummary);
  } else {
    focusSummary();
  }
})();
