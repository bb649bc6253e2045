// The story composer's autosave. Without this script the composer still works ("Save draft",
// "Preview" and "Publish" are plain form buttons); with it, what is typed reaches the server
// while the person writes:
//
// - 1.5 s after the last keystroke, and at the latest 5 s after the first unsaved one, so even
//   continuous typing is saved every 5 s (htmx's `delay:` alone would wait for a pause that may
//   never come, and its `throttle:` drops the keystrokes at the end of a burst);
// - when the page is hidden or closed, with navigator.sendBeacon, which survives the unload.
//
// The request itself is made by htmx (hx-trigger="samla:autosave" on the form), which swaps in
// the status line and the draft's id. Nothing is kept in the browser's storage: drafts live on
// the server only.
(function () {
  "use strict";
  var IDLE_MS = 1500;
  var MAX_WAIT_MS = 5000;
  var RETRY_MS = 5000;
  var IGNORED = { topic_q: true, media_file: true, media_kind: true, media_alt: true };

  function setup(form) {
    var timer = null;
    var firstUnsaved = 0;
    var dirty = false;

    function save() {
      timer = null;
      if (!dirty) { return; }
      dirty = false;
      firstUnsaved = 0;
      if (window.htmx) {
        window.htmx.trigger(form, "samla:autosave");
      } else {
        beacon();
      }
    }

    function schedule(delay) {
      var now = Date.now();
      if (!firstUnsaved) { firstUnsaved = now; }
      var wait = Math.min(delay, Math.max(0, firstUnsaved + MAX_WAIT_MS - now));
      if (timer) { window.clearTimeout(timer); }
      timer = window.setTimeout(save, wait);
    }

    function changed(event) {
      var target = event.target;
      if (!target || !target.name || IGNORED[target.name]) { return; }
      dirty = true;
      schedule(IDLE_MS);
    }

    function beacon() {
      if (!navigator.sendBeacon) { return; }
      var data = new FormData(form);
      Object.keys(IGNORED).forEach(function (name) { data.delete(name); });
      navigator.sendBeacon(form.getAttribute("data-autosave-url"), data);
    }

    function flush() {
      if (!dirty) { return; }
      dirty = false;
      firstUnsaved = 0;
      if (timer) { window.clearTimeout(timer); timer = null; }
      beacon();
    }

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);

    // A save that failed on the way (offline, server busy) is tried again and the status line
    // says so; a refusal (422: too long) is shown by the swapped-in status line itself.
    form.addEventListener("htmx:afterRequest", function (event) {
      if (event.detail.elt !== form || event.detail.successful) { return; }
      var code = event.detail.xhr ? event.detail.xhr.status : 0;
      if (code === 422) { return; }
      var status = document.getElementById("autosave-status");
      if (status) { status.textContent = status.getAttribute("data-unsaved"); }
      if (code === 0 || code >= 500) {
        dirty = true;
        schedule(RETRY_MS);
      }
    });

    // The buttons post the whole form: nothing is left to autosave after them.
    form.addEventListener("submit", function () {
      dirty = false;
      if (timer) { window.clearTimeout(timer); timer = null; }
    });

    // Enter in a one-line field must not publish or upload by accident; in the topic search it
    // asks for suggestions.
    form.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.key !== "Enter" || !target || target.tagName !== "INPUT") { return; }
      if (target.type === "checkbox" || target.type === "file") { return; }
      event.preventDefault();
      if (target.name === "topic_q" && window.htmx) {
        window.htmx.trigger(target, "search");
      }
    });

    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") { flush(); }
    });
    window.addEventListener("pagehide", flush);
  }

  document.querySelectorAll("form[data-autosave-url]").forEach(setup);
})();
