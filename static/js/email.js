// Turns "etunimi.sukunimi (at) example.fi" into a working email link. The address is never
// in the served HTML as one string, which keeps it from address-harvesting bots.
(function () {
  "use strict";
  document.querySelectorAll(".js-email[data-user][data-domain]").forEach(function (el) {
    var address = el.dataset.user + "\u0040" + el.dataset.domain;
    var link = document.createElement("a");
    link.href = "mai" + "lto:" + address;
    link.textContent = address;
    link.setAttribute("aria-label", (el.dataset.label || "") + " " + address);
    el.replaceChildren(link);
  });
})();
