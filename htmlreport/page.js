(function () {
  "use strict";
  var active = null;
  function evidenceOf(el) {
    return (el.getAttribute("data-ev") || "").split(" ").filter(Boolean)
      .map(function (id) { return document.getElementById(id); })
      .filter(Boolean);
  }
  function select(claim) {
    if (active) {
      active.classList.remove("active");
      active.setAttribute("aria-pressed", "false");
    }
    document.querySelectorAll(".lit").forEach(function (e) {
      if (e.closest("main")) { e.classList.remove("lit"); }
    });
    document.querySelectorAll(".detail").forEach(function (d) { d.hidden = true; });
    active = claim;
    claim.classList.add("active");
    claim.setAttribute("aria-pressed", "true");
    // The panel first: showing it resizes the columns, and the scroll
    // must be measured in their final size.
    var d = document.getElementById("d" + claim.id.slice(1));
    document.getElementById("none").hidden = !!d;
    if (d) { d.hidden = false; }
    var ev = evidenceOf(claim);
    ev.forEach(function (e) { e.classList.add("lit"); });
    if (ev.length) { ev[0].scrollIntoView({block: "center", inline: "nearest"}); }
    if (history.replaceState) { history.replaceState(null, "", "#" + claim.id); }
  }
  document.addEventListener("click", function (e) {
    var claim = e.target.closest(".claim");
    if (claim) { select(claim); return; }
    var link = e.target.closest("a[data-ev]");
    if (link) {
      var ev = document.getElementById(link.getAttribute("data-ev"));
      if (ev) {
        e.preventDefault();
        ev.scrollIntoView({block: "center", inline: "nearest"});
      }
    }
  });
  document.addEventListener("keydown", function (e) {
    var claim = e.target.closest && e.target.closest(".claim");
    if (claim && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      select(claim);
    }
  });
  var start = location.hash && document.getElementById(location.hash.slice(1));
  if (start && start.classList.contains("claim")) { select(start); }
})();
