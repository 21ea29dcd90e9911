/* A printable page's "Print" button: only shown when JavaScript can print. */
(function () {
  "use strict";
  var button = document.querySelector(".print-button");
  if (!button || typeof window.print !== "function") {
    return;
  }
  button.addEventListener("click", function () {
    window.print();
  });
  button.hidden = false;
})();
