// The staff navigation on a phone: the list folds behind the メニュー button, which says whether it
// is open (aria-expanded). Without this script the list simply stays open.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("nav-toggle");
    var menu = document.getElementById("staff-menu");
    if (!toggle || !menu) {
      return;
    }
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("open", open);
    });
    document.addEventListener("keydown", function (event) {
      // Only while the focus is on the menu or its button: Escape in a form field is the field's.
      var inMenu = menu.contains(document.activeElement) || document.activeElement === toggle;
      if (event.key === "Escape" && inMenu && toggle.getAttribute("aria-expanded") === "true") {
        toggle.click();
        toggle.focus();
      }
    });
  });
})();
