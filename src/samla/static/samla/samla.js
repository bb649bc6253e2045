// Samla's only script of its own. Pages work without it; it adds small comforts.
(function () {
  "use strict";
  // Submit a select's form on change when it asks for it (language switcher, filters).
  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el && el.matches && el.matches("select[data-autosubmit]")) {
      if (el.form && el.form.requestSubmit) { el.form.requestSubmit(); }
    }
  });
  // Move focus to swapped-in content that asks for it, so keyboard and screen reader users follow.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.target;
    var focus = target && target.querySelector && target.querySelector("[data-autofocus]");
    if (focus) { focus.focus(); }
  });
})();
