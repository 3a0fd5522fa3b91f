// Progressive enhancement of the public pages: everything works without it.
// The search box offers suggestions from the public suggest API as the visitor types.
(function () {
  var input = document.querySelector("input[data-suggest]");
  if (!input || !window.fetch) return;
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
  // Life-event questions: answering one submits the form, so the tailored list follows without a button press.
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function () { form.submit(); });
  });
})();
