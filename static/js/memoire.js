/* The memory archive's enhancements; without them, everything still works:
   - film chapters: the link reloads the page with the film starting at the chapter;
     here it moves the player instead, without reloading;
   - then and now: both photos show side by side; here they become one picture with a
     slider that uncovers one photo over the other. */
(function () {
  "use strict";

  function isSeekable(player, seconds) {
    for (var i = 0; i < player.seekable.length; i++) {
      if (player.seekable.start(i) <= seconds && seconds <= player.seekable.end(i)) {
        return true;
      }
    }
    return false;
  }

  function jump(player, seconds) {
    function go() {
      player.currentTime = seconds;
      var playing = player.play();
      if (playing && typeof playing.catch === "function") {
        playing.catch(function () {});
      }
    }
    if (isSeekable(player, seconds)) {
      go();
      return;
    }
    // The recording is not loaded that far yet (the server sends it whole): load it, then jump.
    function whenLoaded() {
      if (isSeekable(player, seconds)) {
        player.removeEventListener("progress", whenLoaded);
        player.removeEventListener("canplaythrough", whenLoaded);
        go();
      }
    }
    player.addEventListener("progress", whenLoaded);
    player.addEventListener("canplaythrough", whenLoaded);
    if (player.preload !== "auto") {
      player.preload = "auto";
      player.load();
    }
  }

  function setupChapters() {
    var player = document.getElementById("film-player");
    if (!player || typeof player.play !== "function") {
      return;
    }
    var links = document.querySelectorAll(".chapters__link[data-seconds]");
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        jump(player, parseInt(link.getAttribute("data-seconds"), 10) || 0);
        Array.prototype.forEach.call(links, function (other) {
          other.removeAttribute("aria-current");
        });
        link.setAttribute("aria-current", "true");
        player.focus();
      });
    });
  }

  function setupSlider(pair) {
    var images = pair.querySelectorAll(".then-now__side img");
    if (images.length !== 2) {
      return;
    }
    var stage = document.createElement("div");
    stage.className = "then-now__stage";
    var under = images[0].cloneNode(true);
    var over = images[1].cloneNode(true);
    under.loading = "eager";
    over.loading = "eager";
    over.className = "then-now__over";
    stage.appendChild(under);
    stage.appendChild(over);

    var control = document.createElement("label");
    control.className = "then-now__control";
    var text = document.createElement("span");
    text.textContent = pair.getAttribute("data-label");
    var range = document.createElement("input");
    range.type = "range";
    range.min = "0";
    range.max = "100";
    range.value = "50";
    control.appendChild(text);
    control.appendChild(range);

    range.addEventListener("input", function () {
      // The CSSOM, not a style attribute: allowed by the site's Content-Security-Policy.
      stage.style.setProperty("--split", range.value + "%");
    });
    pair.insertBefore(control, pair.firstChild);
    pair.insertBefore(stage, control);
    pair.classList.add("then-now__pair--slider");
  }

  setupChapters();
  Array.prototype.forEach.call(document.querySelectorAll("[data-then-now]"), setupSlider);
})();
