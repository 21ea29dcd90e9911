/* "Listen" button: reads the article aloud with the browser's speech synthesis.
   The button stays hidden when the browser cannot speak. */
(function () {
  "use strict";
  if (!("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }
  var synth = window.speechSynthesis;

  function frenchVoice() {
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang && voices[i].lang.toLowerCase().indexOf("fr") === 0) {
        return voices[i];
      }
    }
    return null;
  }

  function chunks(container) {
    // One utterance per paragraph: long utterances get cut off in some browsers.
    var parts = [];
    var title = document.getElementById("article-title");
    if (title) {
      parts.push(title.textContent);
    }
    var nodes = container.querySelectorAll("p, h2, h3, li, blockquote, figcaption");
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].closest("li") && nodes[i].tagName !== "LI") {
        continue;
      }
      var text = nodes[i].textContent.replace(/\s+/g, " ").trim();
      if (text) {
        parts.push(text);
      }
    }
    return parts;
  }

  function setup(button) {
    var target = document.getElementById(button.getAttribute("data-listen"));
    if (!target) {
      return;
    }
    var startLabel = button.getAttribute("data-label-start");
    var stopLabel = button.getAttribute("data-label-stop");
    var speaking = false;

    function stop() {
      synth.cancel();
      speaking = false;
      button.textContent = startLabel;
    }

    button.addEventListener("click", function () {
      if (speaking) {
        stop();
        return;
      }
      synth.cancel();
      var voice = frenchVoice();
      var parts = chunks(target);
      parts.forEach(function (text, index) {
        var utterance = new window.SpeechSynthesisUtterance(text);
        utterance.lang = "fr-FR";
        utterance.rate = 0.9;
        if (voice) {
          utterance.voice = voice;
        }
        if (index === parts.length - 1) {
          utterance.onend = stop;
        }
        synth.speak(utterance);
      });
      speaking = true;
      button.textContent = stopLabel;
    });
    window.addEventListener("pagehide", stop);
    button.hidden = false;
  }

  var buttons = document.querySelectorAll("[data-listen]");
  for (var i = 0; i < buttons.length; i++) {
    setup(buttons[i]);
  }
})();
