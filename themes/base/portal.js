// Progressive enhancement of the public pages: everything works without it. An external file, as the pages'
// Content-Security-Policy allows no inline script.
(function () {
  // The search box offers suggestions from the public suggest API as the visitor types.
  var input = document.querySelector("input[data-suggest]");
  if (input && window.fetch) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) return;
      timer = setTimeout(function () {
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q), { credentials: "omit" })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (body) {
            var items = Array.isArray(body) ? body : (body.suggestions || []);
            list.replaceChildren();
            items.slice(0, 8).forEach(function (item) {
              var option = document.createElement("option");
              option.value = typeof item === "string" ? item : (item.text || item.title || "");
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 150);
    });
  }
  // On a phone the header's search button opens the box in place of the hall's name (without scripts it is a link to
  // the search page); Escape or the button again closes it and gives the focus back.
  var opener = document.querySelector("a.tb-search-open[data-controls]");
  var masthead = document.querySelector(".tb-masthead");
  if (opener && masthead) {
    var box = document.getElementById(opener.dataset.controls);
    var said = opener.querySelector(".tb-hidden");
    opener.setAttribute("role", "button");
    opener.setAttribute("aria-controls", box.id);
    opener.setAttribute("aria-expanded", "false");
    var show = function (open) {
      masthead.classList.toggle("tb-searching", open);
      opener.setAttribute("aria-expanded", open ? "true" : "false");
      said.textContent = open ? opener.dataset.close : opener.dataset.open;
      if (open) box.querySelector("input").focus(); else opener.focus();
    };
    opener.addEventListener("click", function (e) {
      e.preventDefault();
      show(!masthead.classList.contains("tb-searching"));
    });
    // A button answers the space bar as well as Enter.
    opener.addEventListener("keydown", function (e) {
      if (e.key === " ") { e.preventDefault(); opener.click(); }
    });
    box.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && masthead.classList.contains("tb-searching")) show(false);
    });
  }
  // The tools menu closes with Escape, the focus back on its button.
  document.querySelectorAll("details.tb-more").forEach(function (menu) {
    menu.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && menu.open) { menu.open = false; menu.querySelector("summary").focus(); }
    });
  });
  // Life-event questions: answering one submits the form, so the tailored list follows without a button press.
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function () { form.submit(); });
  });
  // A guide page counts its view for the home page's 热门事项 (no cookie, nothing about the visitor).
  var viewed = document.querySelector("[data-view]");
  if (viewed && navigator.sendBeacon) navigator.sendBeacon(viewed.getAttribute("data-view"));
  // A print button is shown only where the script runs; without it the browser's own print works the same.
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  // Printing: open the folded answers and print downloads with their full address.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
    document.querySelectorAll("a[download]").forEach(function (a) { a.setAttribute("data-print-href", a.href); });
  });
  // Read aloud (for older visitors): the browser's own speech synthesis reads the page's main content in the page's
  // language; the button stays hidden where the browser cannot speak.
  var speech = window.speechSynthesis;
  // The same button is in the wide header's tools and in the phone's menu.
  if (speech && window.SpeechSynthesisUtterance) {
    document.querySelectorAll("button[data-read]").forEach(function (read) {
      var start = read.textContent;
      var reset = function () { read.textContent = start; read.setAttribute("aria-pressed", "false"); };
      read.hidden = false;
      read.addEventListener("click", function () {
        if (speech.speaking) { speech.cancel(); reset(); return; }
        var main = document.querySelector(read.dataset.read);
        if (!main) return;
        var text = main.innerText.replace(/\s+/g, " ").trim();
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = document.documentElement.lang || "zh-CN";
        utterance.rate = 0.9;
        utterance.onend = reset;
        utterance.onerror = reset;
        read.textContent = read.dataset.stop;
        read.setAttribute("aria-pressed", "true");
        speech.speak(utterance);
      });
    });
    window.addEventListener("pagehide", function () { speech.cancel(); });
  }
})();
