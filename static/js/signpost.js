/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  // Quick exit: leave without adding this site to the back-button history.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (!link) return;
    event.preventDefault();
    try { document.body.style.display = "none"; } catch (e) { /* ignore */ }
    window.location.replace(link.href);
  });
  // Escape pressed twice quickly also leaves, on pages that offer quick exit.
  var last = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var link = document.querySelector("[data-quick-exit]");
    if (!link) return;
    var now = Date.now();
    if (now - last < 800) { window.location.replace(link.href); }
    last = now;
  });
})();
/* Forms: focus the error summary (its links move to each field), and ignore
   a second click on a "send" button while the first is on its way (the
   server would show the same reference anyway). */
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
  document.addEventListener("submit", function (event) {
    var button = event.target.querySelector("[data-prevent-double-click]");
    if (!button) return;
    if (button.getAttribute("data-clicked")) { event.preventDefault(); return; }
    button.setAttribute("data-clicked", "true");
    setTimeout(function () { button.removeAttribute("data-clicked"); }, 3000);
  });
})();
