// Search forms: suggest the directory's actor names as they are typed (a <datalist>).
// Without JavaScript the form works the same, without the suggestions.
(function () {
  "use strict";
  var MIN_LENGTH = 2;
  var DELAY_MS = 200;

  function enhance(form, index) {
    var input = form.querySelector("input[name=q]");
    if (!input) return;
    var list = document.createElement("datalist");
    list.id = "recherche-acteurs-" + index;
    form.appendChild(list);
    input.setAttribute("list", list.id);
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < MIN_LENGTH) return;
      timer = setTimeout(function () {
        var params = new URLSearchParams({ q: text });
        var scope = form.querySelector("input[name=quartier]:checked, input[name=quartier][type=hidden]");
        if (scope && scope.value) params.set("quartier", scope.value);
        fetch(form.dataset.actorNames + "?" + params.toString(), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { actors: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.actors.map(function (actor) {
              var option = document.createElement("option");
              option.value = actor.name;
              return option;
            }));
          })
          .catch(function () { /* no suggestions: the form still works */ });
      }, DELAY_MS);
    });
  }

  document.querySelectorAll("form[data-actor-names]").forEach(enhance);
})();
