/* Engage embed: tell the page that frames us how tall we are, so it can size the iframe.
   Same-origin file, no third party. Posts {type: "engage-embed:height", src, height}; the
   embedding page may listen for it (docs/embedding.md). Does nothing outside an iframe. */
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "engage-embed:height", src: window.location.href, height: height }, "*");
  }
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.documentElement);
  post();
})();
