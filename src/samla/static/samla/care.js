// Care of stories (a progressive enhancement; every form also works without it). htmx ignores
// 4xx responses by default; for forms that ask for it (inside [data-care-swap-conflict]) let a
// 409 Conflict answer be swapped in, so the person reads why nothing happened.
(function () {
  "use strict";
  if (window.samlaCareLoaded) { return; }
  window.samlaCareLoaded = true;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var detail = event.detail;
    if (!detail || !detail.xhr || detail.xhr.status !== 409) { return; }
    var elt = detail.elt || event.target;
    if (elt && elt.closest && elt.closest("[data-care-swap-conflict]")) {
      detail.shouldSwap = true;
      detail.isError = false;
    }
  });
})();
