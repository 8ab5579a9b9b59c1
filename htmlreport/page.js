(function () {
  "use strict";
  var active = null;
  function evidenceOf(el) {
    return (el.getAttribute("data-ev") || "").split(" ").filter(Boolean)
      .map(function (id) { return document.getElementById(id); })
      .filter(Boolean);
  }
  // unmark removes the marks of the last selected claim's findings.
  function unmark() {
    document.querySelectorAll("main mark.f").forEach(function (m) {
      var parent = m.parentNode;
      parent.replaceChild(document.createTextNode(m.textContent), m);
      parent.normalize();
    });
  }
  // mark wraps in <mark class="f"> the pieces of text the claim's findings
  // point at: data-marks lists "ID:FROM-TO", offsets into element ID's
  // text, which is one text node. Overlapping pieces are merged and wrapped
  // from the last, so that the offsets of the others stay valid.
  function mark(claim) {
    var by = {};
    (claim.getAttribute("data-marks") || "").split(" ").filter(Boolean).forEach(function (m) {
      var i = m.lastIndexOf(":"), r = m.slice(i + 1).split("-");
      (by[m.slice(0, i)] = by[m.slice(0, i)] || []).push([+r[0], +r[1]]);
    });
    Object.keys(by).forEach(function (id) {
      var el = document.getElementById(id);
      if (!el || el.childNodes.length !== 1 || el.firstChild.nodeType !== 3) { return; }
      var spans = by[id].sort(function (a, b) { return a[0] - b[0]; }), merged = [];
      spans.forEach(function (s) {
        var last = merged[merged.length - 1];
        if (last && s[0] <= last[1]) { last[1] = Math.max(last[1], s[1]); } else { merged.push(s.slice()); }
      });
      var text = el.firstChild;
      for (var k = merged.length - 1; k >= 0; k--) {
        if (merged[k][1] > text.length) { continue; }
        var range = document.createRange();
        range.setStart(text, merged[k][0]);
        range.setEnd(text, merged[k][1]);
        var m = document.createElement("mark");
        m.className = "f";
        range.surroundContents(m);
      }
    });
  }
  function select(claim) {
    unmark();
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
    mark(claim);
    claim.scrollIntoView({block: "nearest", inline: "nearest"});
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
