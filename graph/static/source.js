// Bring the marked sentence into view (the page holds the whole source text).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var mark = document.getElementById("hl");
  if (mark) { mark.scrollIntoView({ block: "center" }); mark.setAttribute("tabindex", "-1"); mark.focus(); }
});
