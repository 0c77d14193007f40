// Contact cards carry their email address encoded (XOR with the card's token, base64), never
// as text. The visitor's click on "Näytä sähköpostiosoite" decodes it here and shows a working
// link; without JavaScript the same button posts to the server, which shows the address.
(function () {
  "use strict";
  function decode(code, key) {
    var bytes = atob(code);
    var out = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) {
      out[i] = bytes.charCodeAt(i) ^ key.charCodeAt(i % key.length);
    }
    return new TextDecoder().decode(out);
  }
  document.querySelectorAll("form.js-email[data-code][data-key]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var address = decode(form.dataset.code, form.dataset.key);
      var link = document.createElement("a");
      link.href = "mai" + "lto:" + address;
      link.textContent = address;
      link.setAttribute("aria-label", (form.dataset.label || "") + " " + address);
      form.replaceWith(link);
      link.focus();
    });
  });
})();
