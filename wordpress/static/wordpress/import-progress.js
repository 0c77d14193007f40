// Asks the import's status once a second and shows it; when the run ends, loads its result.
(function () {
  "use strict";
  var box = document.querySelector("[data-wordpress-progress]");
  if (!box) return;
  var bar = box.querySelector("progress");
  var text = box.querySelector("[role=status]");
  function poll() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (status) {
        if (status.state !== "running") {
          window.location.assign(box.dataset.resultUrl);
          return;
        }
        if (status.total) {
          bar.max = status.total;
          bar.value = status.done;
        }
        if (text.textContent !== status.text) text.textContent = status.text;
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        window.setTimeout(poll, 3000);
      });
  }
  window.setTimeout(poll, 500);
})();
