/*
 * Suggestions while typing in a search field: the ARIA APG combobox pattern (list autocomplete,
 * popup listbox). Progressive enhancement: without this script the field is a plain search box.
 * Enhances every <input data-suggest-url>; texts come from data-* attributes in the page's
 * language. Arrow keys move in the list, Enter opens the chosen suggestion, Escape closes.
 */
(function () {
  "use strict";
  var DELAY_MS = 150;
  var MIN_LENGTH = 2;
  var counter = 0;

  function enhance(input) {
    counter += 1;
    var id = input.id || "search-suggest-" + counter;
    input.id = id;
    var listId = id + "-suggestions";
    var wrapper = document.createElement("div");
    wrapper.className = "suggest";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);

    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "Ehdotukset");
    list.hidden = true;
    wrapper.appendChild(list);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var items = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function open() {
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function setActive(index) {
      var options = list.querySelectorAll("[role=option]");
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
        options[i].classList.toggle("suggest__option--active", i === index);
      }
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function announce(count) {
      var text;
      if (count === 0) {
        text = input.getAttribute("data-suggest-none") || "";
      } else if (count === 1) {
        text = input.getAttribute("data-suggest-one") || "1";
      } else {
        text = (input.getAttribute("data-suggest-many") || "{count}").replace("{count}", String(count));
      }
      status.textContent = text;
    }

    function render(suggestions) {
      items = suggestions;
      list.textContent = "";
      suggestions.forEach(function (item, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.className = "suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var label = document.createElement("span");
        label.className = "suggest__label";
        label.textContent = item.label;
        var kind = document.createElement("span");
        kind.className = "suggest__kind";
        kind.textContent = item.kind;
        option.appendChild(label);
        option.appendChild(document.createTextNode(" "));
        option.appendChild(kind);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the field
        });
        option.addEventListener("click", function () {
          go(index);
        });
        list.appendChild(option);
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (suggestions.length) {
        open();
      } else {
        close();
      }
      announce(suggestions.length);
    }

    function go(index) {
      var item = items[index];
      if (item && item.url) {
        window.location.assign(item.url);
      }
    }

    function fetchSuggestions() {
      var value = input.value.trim();
      if (value.length < MIN_LENGTH) {
        render([]);
        status.textContent = "";
        return;
      }
      var ticket = ++latest;
      var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(value);
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (ticket === latest && document.activeElement === input) {
            render(data.suggestions || []);
          }
        })
        .catch(function () {
          if (ticket === latest) {
            render([]);
          }
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var expanded = input.getAttribute("aria-expanded") === "true";
      switch (event.key) {
        case "ArrowDown":
          if (!items.length) return;
          event.preventDefault();
          if (!expanded) {
            open();
            setActive(event.altKey ? -1 : 0);
          } else if (!event.altKey) {
            setActive(active + 1 >= items.length ? 0 : active + 1);
          }
          break;
        case "ArrowUp":
          if (!items.length) return;
          event.preventDefault();
          if (!expanded) open();
          setActive(active <= 0 ? items.length - 1 : active - 1);
          break;
        case "Enter":
          if (expanded && active >= 0) {
            event.preventDefault();
            go(active);
          }
          break;
        case "Escape":
          if (expanded) {
            event.preventDefault();
            close();
          } else if (input.value) {
            event.preventDefault();
            input.value = "";
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });
  }

  var inputs = document.querySelectorAll("input[data-suggest-url]");
  for (var i = 0; i < inputs.length; i++) {
    enhance(inputs[i]);
  }
})();
