/* Search suggestions: progressive enhancement only. Without this file the
   search form submits as usual. Follows the WAI-ARIA combobox pattern
   (list autocomplete, listbox popup): arrow keys move through suggestions,
   Enter opens the chosen one, Escape closes the list, and a polite live
   region says how many suggestions there are. Suggestions are inserted as
   text, never as HTML. */
(function () {
  "use strict";
  if (!window.fetch || !window.URLSearchParams || !document.querySelectorAll) return;

  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var forms = document.querySelectorAll("form[data-autocomplete-url]");
  for (var i = 0; i < forms.length; i++) enhance(forms[i]);

  function enhance(form) {
    var input = form.querySelector("input[name=q]");
    if (!input || !input.id) return;
    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var items = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    list.id = listId;
    list.className = "autocomplete";
    list.setAttribute("role", "listbox");
    var label = form.querySelector("label[for='" + input.id + "']");
    if (label) list.setAttribute("aria-label", label.textContent);
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 200);
    });
    input.addEventListener("keydown", onKeyDown);
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    list.addEventListener("click", function (event) {
      var option = event.target.closest && event.target.closest("[role=option]");
      if (option) choose(Number(option.getAttribute("data-index")));
    });

    function load() {
      var query = input.value.trim();
      if (query.length < 2 && !CJK.test(query)) { lastQuery = ""; render([]); return; }
      if (query === lastQuery) return;
      lastQuery = query;
      if (controller) controller.abort();
      controller = window.AbortController ? new window.AbortController() : null;
      var params = new URLSearchParams({ q: query, lang: form.getAttribute("data-autocomplete-language") });
      fetch(form.getAttribute("data-autocomplete-url") + "?" + params.toString(), {
        headers: { Accept: "application/json" },
        credentials: "omit",
        signal: controller ? controller.signal : undefined
      })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { render(data.suggestions || []); })
        .catch(function () { /* offline or aborted: the form still works */ });
    }

    function render(suggestions) {
      items = suggestions;
      active = -1;
      input.removeAttribute("aria-activedescendant");
      while (list.firstChild) list.removeChild(list.firstChild);
      items.forEach(function (item, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.className = "autocomplete__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-index", String(index));
        var text = document.createElement("span");
        text.textContent = item.label;
        if (item.language) text.lang = item.language;
        option.appendChild(text);
        if (item.kind === "glossary") {
          var kind = document.createElement("span");
          kind.className = "autocomplete__kind";
          kind.textContent = form.getAttribute("data-autocomplete-term");
          option.appendChild(document.createTextNode(" "));
          option.appendChild(kind);
        }
        list.appendChild(option);
      });
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        status.textContent = form.getAttribute("data-autocomplete-status").replace("%(count)s", String(items.length));
      } else {
        close();
        if (lastQuery) status.textContent = form.getAttribute("data-autocomplete-none");
      }
    }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function move(step) {
      if (!items.length) return;
      if (list.hidden) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
      active = (active + step + items.length) % items.length;
      var options = list.querySelectorAll("[role=option]");
      for (var k = 0; k < options.length; k++) {
        options[k].setAttribute("aria-selected", k === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", options[active].id);
      if (options[active].scrollIntoView) options[active].scrollIntoView({ block: "nearest" });
    }

    function choose(index) {
      var item = items[index];
      if (item && item.url) window.location.assign(item.url);
    }

    function onKeyDown(event) {
      if (event.key === "ArrowDown" || event.key === "Down") { event.preventDefault(); move(1); }
      else if (event.key === "ArrowUp" || event.key === "Up") { event.preventDefault(); move(-1); }
      else if (event.key === "Enter" && !list.hidden && active >= 0) { event.preventDefault(); choose(active); }
      else if ((event.key === "Escape" || event.key === "Esc") && !list.hidden) {
        // Closing the list is not the first press of the double-Escape quick exit.
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    }
  }
})();
