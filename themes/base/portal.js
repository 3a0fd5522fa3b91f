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
  var read = document.querySelector("button[data-read]");
  var speech = window.speechSynthesis;
  if (read && speech && window.SpeechSynthesisUtterance) {
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
    window.addEventListener("pagehide", function () { speech.cancel(); });
  }
})();
