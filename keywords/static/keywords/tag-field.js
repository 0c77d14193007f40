// The keyword field (Wagtail's tag-it widget): Enter and comma end a keyword also while the
// suggestion list is open. tag-it ignores both keys while suggestions show, expecting a
// suggestion to be picked, so "OSALLISUUS" and the next word glued together. This runs in the
// capture phase, before tag-it's own handler, and closes the list so that tag-it creates the
// typed keyword. Enter on a highlighted suggestion still picks that suggestion.
(function () {
  "use strict";
  document.addEventListener(
    "keydown",
    function (event) {
      var input = event.target;
      if (!(input instanceof HTMLInputElement) || !input.closest("ul.tagit")) {
        return;
      }
      if (event.key !== "Enter" && event.key !== ",") {
        return;
      }
      var $ = window.jQuery;
      if (!$ || !$(input).data("autocomplete-open")) {
        return;
      }
      var menu = $(input).autocomplete("widget");
      var highlighted = menu && menu.find(".ui-state-active").length > 0;
      if (event.key === "Enter" && highlighted) {
        return;
      }
      $(input).autocomplete("close");
    },
    true,
  );
})();
