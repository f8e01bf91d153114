/* bantin — small progressive enhancements. Every page is complete without this script; it only
   adds what depends on today's date (pages stay byte-identical between builds) and filters. */
(function () {
  "use strict";
  function isoToday() {
    var d = new Date();
    var m = d.getMonth() + 1, day = d.getDate();
    return d.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day;
  }
  function addDays(iso, n) {
    var p = iso.split("-"), d = new Date(+p[0], +p[1] - 1, +p[2] + n);
    var m = d.getMonth() + 1, day = d.getDate();
    return d.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day;
  }
  var today = isoToday(), soon = addDays(today, 14);

  /* Mark overdue and upcoming rows and items that carry data-due="YYYY-MM-DD". */
  function markDates(root) {
    var nodes = root.querySelectorAll("[data-due]");
    for (var i = 0; i < nodes.length; i++) {
      var due = nodes[i].getAttribute("data-due");
      if (!due) continue;
      nodes[i].classList.toggle("is-overdue", due < today);
      nodes[i].classList.toggle("is-soon", due >= today && due <= soon);
    }
    var cells = root.querySelectorAll("[data-date='" + today + "']");
    for (var j = 0; j < cells.length; j++) cells[j].classList.add("is-today");
  }
  markDates(document);

  /* Home page: of the deadlines the page lists, keep those in the next weeks. */
  var upcoming = document.querySelector("[data-upcoming-days]");
  if (upcoming) {
    var until = addDays(today, +upcoming.getAttribute("data-upcoming-days"));
    var items = upcoming.querySelectorAll("li[data-due]"), kept = 0;
    for (var u = 0; u < items.length; u++) {
      var due = items[u].getAttribute("data-due");
      items[u].hidden = due < today || due > until;
      if (!items[u].hidden) kept++;
    }
    var note = document.querySelector("[data-upcoming-note]");
    if (note) note.textContent = note.getAttribute("data-upcoming-note");
    var empty = document.querySelector(".upcoming-empty");
    if (empty) empty.hidden = kept > 0;
  }

  /* Filters on task tables: unit and month selects, sort by deadline. */
  var filter = document.querySelector("form.filters[data-target]");
  if (filter) {
    filter.hidden = false;
    var table = document.getElementById(filter.getAttribute("data-target"));
    var rows = table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
    var apply = function () {
      var unit = filter.elements.unit ? filter.elements.unit.value : "";
      var month = filter.elements.month ? filter.elements.month.value : "";
      var shown = 0;
      rows.forEach(function (row) {
        var ok = (!unit || (" " + row.getAttribute("data-units") + " ").indexOf(" " + unit + " ") >= 0) &&
                 (!month || (" " + row.getAttribute("data-months") + " ").indexOf(" " + month + " ") >= 0);
        row.hidden = !ok;
        if (ok) shown++;
      });
      var count = document.getElementById("so-dong");
      if (count) count.textContent = shown + " nhiệm vụ";
      var params = [];
      if (unit) params.push("don-vi=" + encodeURIComponent(unit));
      if (month) params.push("thang=" + encodeURIComponent(month));
      if (window.history && window.history.replaceState && location.protocol !== "file:") {
        window.history.replaceState(null, "", params.length ? "?" + params.join("&") : location.pathname);
      }
    };
    var sortBy = function (key) {
      var body = table.tBodies[0];
      rows.slice().sort(function (a, b) {
        var x = a.getAttribute("data-" + key) || "9999", y = b.getAttribute("data-" + key) || "9999";
        return x < y ? -1 : x > y ? 1 : (+a.getAttribute("data-order")) - (+b.getAttribute("data-order"));
      }).forEach(function (row) { body.appendChild(row); });
    };
    filter.addEventListener("change", apply);
    filter.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    var sorter = filter.elements.sort;
    if (sorter) filter.addEventListener("change", function () { sortBy(sorter.value); });
    var query = new URLSearchParams(location.search);
    if (query.get("don-vi") && filter.elements.unit) filter.elements.unit.value = query.get("don-vi");
    if (query.get("thang") && filter.elements.month) filter.elements.month.value = query.get("thang");
    apply();
  }
})();
