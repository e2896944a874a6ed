// Autocomplete under the header's search box, following the ARIA combobox pattern: suggestions
// from /api/search/suggest once two characters are typed; Down and Up move through them, Enter
// searches for the highlighted one (or what was typed), Escape closes the list, and a click picks.
(function () {
  "use strict";

  var MIN_CHARS = 2;
  var DELAY_MS = 150;

  function start() {
    var input = document.getElementById("search-query");
    var list = document.getElementById("search-suggestions");
    if (!input || !list || !window.fetch) {
      return;
    }
    var form = input.form;
    var active = -1;
    var timer = null;
    var latest = 0;

    function options() {
      return list.querySelectorAll('[role="option"]');
    }

    function close() {
      list.hidden = true;
      list.textContent = "";
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var all = options();
      if (all.length === 0) {
        return;
      }
      active = (index + all.length) % all.length;
      for (var i = 0; i < all.length; i++) {
        all[i].setAttribute("aria-selected", i === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function choose(text) {
      input.value = text;
      close();
      form.submit();
    }

    function show(suggestions) {
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (suggestions.length === 0) {
        close();
        return;
      }
      suggestions.forEach(function (text, i) {
        var option = document.createElement("li");
        option.id = "search-suggestion-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = text;
        // mousedown, not click: the input's blur would close the list before the click lands.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(text);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function fetchSuggestions() {
      var typed = input.value.trim();
      if (typed.length < MIN_CHARS) {
        close();
        return;
      }
      var ticket = ++latest;
      var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(typed);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (body) {
          // Answers can arrive out of order: only the newest request's answer is shown.
          if (ticket === latest && document.activeElement === input) {
            show(body.suggestions || []);
          }
        })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var open = !list.hidden;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (open) {
          highlight(active + 1);
        } else {
          fetchSuggestions();
        }
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        highlight(active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        choose(options()[active].textContent);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener("blur", close);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
