/* bantin — small progressive enhancements. Every page is complete without this script; it only
   adds what depends on today's date (pages stay byte-identical between builds), the reader's own
   unit ("Đơn vị của tôi", remembered in this browser), the print option and filters. It works
   from file:// too: data comes from <script> files, never from fetch. */
(function () {
  "use strict";
  function iso(d) {
    var m = d.getMonth() + 1, day = d.getDate();
    return d.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day;
  }
  function addDays(text, n) {
    var p = text.split("-");
    return iso(new Date(+p[0], +p[1] - 1, +p[2] + n));
  }
  function vietnamese(text) {
    var p = text.split("-");
    return p.length === 3 ? p[2] + "/" + p[1] + "/" + p[0] : text;
  }
  var today = iso(new Date()), soon = addDays(today, 14);
  var thisMonth = today.slice(0, 7), lastMonth = addDays(thisMonth + "-01", -1).slice(0, 7);

  /* A task recorded as done, or moved to the next period, is never overdue. */
  function settled(status) { return status === "hoan-thanh" || status === "chuyen-ky-sau"; }

  /* Mark overdue and upcoming rows and items that carry data-due="YYYY-MM-DD". */
  function markDates(root) {
    var nodes = root.querySelectorAll("[data-due]");
    for (var i = 0; i < nodes.length; i++) {
      var due = nodes[i].getAttribute("data-due");
      if (!due) continue;
      var open = !settled(nodes[i].getAttribute("data-status") || "");
      nodes[i].classList.toggle("is-overdue", open && due < today);
      nodes[i].classList.toggle("is-soon", open && due >= today && due <= soon);
    }
    var cells = root.querySelectorAll("[data-date='" + today + "']");
    for (var j = 0; j < cells.length; j++) cells[j].classList.add("is-today");
  }
  markDates(document);

  function loadScript(src, done) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = function () { done(true); };
    s.onerror = function () { done(false); };
    document.head.appendChild(s);
  }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  var myUnitKey = "bantin.donViCuaToi";
  function myUnit() {
    var store = storage();
    return store ? store.getItem(myUnitKey) || "" : "";
  }
  function setMyUnit(id) {
    var store = storage();
    if (!store) return;
    if (id) store.setItem(myUnitKey, id); else store.removeItem(myUnitKey);
  }
  /* A link may choose the unit: index.html?don-vi-cua-toi=bchqs. */
  var chosen = new URLSearchParams(location.search).get("don-vi-cua-toi");
  if (chosen !== null) setMyUnit(chosen);

  /* Home page: of the tasks the page lists, those overdue go to their own section; the others
     show with their next deadline while it is within the coming weeks (a period for as long as it
     runs), each task once, soonest first. */
  var upcoming = document.querySelector("[data-upcoming-days]");
  if (upcoming) {
    var until = addDays(today, +upcoming.getAttribute("data-upcoming-days"));
    var overdueList = document.querySelector(".overdue-list");
    var items = Array.prototype.slice.call(upcoming.querySelectorAll("li[data-due]"));
    var shown = [], late = [];
    items.forEach(function (item) {
      var spans = Array.prototype.slice.call(item.querySelectorAll("[data-end]"));
      var open = !settled(item.getAttribute("data-status") || "");
      var next = null;
      spans.forEach(function (span) {
        if (!next && span.getAttribute("data-end") >= today) next = span;
      });
      spans.forEach(function (span) { span.classList.toggle("is-next", span === next); });
      item.classList.add("picked");
      var due = item.getAttribute("data-due");
      if (open && due && due < today) {
        late.push({ item: item, key: due });
      } else if (open && next && next.getAttribute("data-start") <= until) {
        var start = next.getAttribute("data-start"), end = next.getAttribute("data-end");
        var ongoing = start < end && start <= today;
        item.classList.toggle("is-ongoing", ongoing);
        shown.push({ item: item, key: ongoing ? end : start });
      } else {
        item.hidden = true;
      }
    });
    var byKey = function (a, b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : 0; };
    shown.sort(byKey).forEach(function (x) { x.item.hidden = false; upcoming.appendChild(x.item); });
    if (overdueList) {
      late.sort(byKey).forEach(function (x) { x.item.hidden = false; x.item.classList.add("is-overdue"); overdueList.appendChild(x.item); });
      overdueList.parentNode.hidden = late.length === 0;
    }
    var note = document.querySelector("[data-upcoming-note]");
    if (note) note.textContent = note.getAttribute("data-upcoming-note");
    var empty = document.querySelector(".upcoming-empty");
    if (empty) empty.hidden = shown.length > 0;
  }

  /* Home page: "Đơn vị của tôi" — the chosen unit's tasks of this month (and those of last month
     not yet done), overdue first. */
  var panel = document.querySelector("[data-my-unit-panel]");
  if (panel) {
    panel.hidden = false;
    var select = panel.querySelector("select");
    var list = panel.querySelector(".my-unit-tasks");
    var show = function () {
      var id = select.value;
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!id) return;
      var option = select.options[select.selectedIndex];
      var months = (option.getAttribute("data-months") || "").split(" ");
      var wanted = [lastMonth, thisMonth].filter(function (m) { return months.indexOf(m) >= 0; });
      /* A script holds the months from its name's month up to the next script's. */
      var starts = (option.getAttribute("data-files") || "").split(" ").filter(Boolean), files = [];
      wanted.forEach(function (m) {
        var file = "";
        starts.forEach(function (s) { if (s <= m && s > file) file = s; });
        if (file && files.indexOf(file) < 0) files.push(file);
      });
      var heading = document.createElement("p");
      heading.className = "my-unit-heading";
      var link = document.createElement("a");
      link.href = option.getAttribute("data-href");
      link.textContent = option.textContent;
      heading.appendChild(document.createTextNode("Nhiệm vụ tháng " + vietnamese(thisMonth + "-01").slice(3) + " của "));
      heading.appendChild(link);
      list.appendChild(heading);
      var pending = files.length;
      var finish = function () {
        var data = window.BANTIN_VIEC || {};
        var seen = {}, tasks = [];
        wanted.forEach(function (month) {
          (data[id + "/" + month] || []).forEach(function (t) {
            if (seen[t.h]) return;
            var late = !settled(t.st) && t.d && t.d < today;
            // Last month's tasks stay only while they are overdue.
            if (month !== thisMonth && !late) return;
            seen[t.h] = true;
            tasks.push({ task: t, late: late });
          });
        });
        tasks.sort(function (a, b) {
          if (a.late !== b.late) return a.late ? -1 : 1;
          return (a.task.d || "9999") < (b.task.d || "9999") ? -1 : (a.task.d || "9999") > (b.task.d || "9999") ? 1 : 0;
        });
        if (!tasks.length) {
          var none = document.createElement("p");
          none.textContent = "Tháng này đơn vị không có nhiệm vụ có hạn.";
          list.appendChild(none);
          return;
        }
        var ul = document.createElement("ul");
        ul.className = "my-unit-list";
        tasks.forEach(function (x) {
          var t = x.task, li = document.createElement("li");
          li.setAttribute("data-due", t.d);
          li.setAttribute("data-status", t.st);
          if (x.late) li.className = "is-overdue";
          var a = document.createElement("a");
          a.href = t.h;
          var strong = document.createElement("strong");
          strong.textContent = t.l;
          a.appendChild(strong);
          a.appendChild(document.createTextNode(" " + t.s));
          var small = document.createElement("small");
          small.textContent = (x.late ? "Quá hạn · " : "") + t.t + " · " + t.r + (t.sn ? " · " + t.sn : "");
          li.appendChild(a);
          li.appendChild(document.createElement("br"));
          li.appendChild(small);
          ul.appendChild(li);
        });
        list.appendChild(ul);
      };
      if (!pending) { finish(); return; }
      files.forEach(function (file) {
        loadScript("assets/viec/" + id + "/" + file + ".js", function () { if (--pending === 0) finish(); });
      });
    };
    var stored = myUnit();
    if (stored && select.querySelector("option[value='" + stored.replace(/[^a-z0-9-]/g, "") + "']")) select.value = stored;
    select.addEventListener("change", function () { setMyUnit(select.value); show(); });
    show();
  }

  /* Unit pages: choose this unit as "Đơn vị của tôi". */
  var button = document.querySelector("[data-my-unit]");
  if (button) {
    button.hidden = false;
    var id = button.getAttribute("data-my-unit");
    var label = function () {
      var mine = myUnit() === id;
      button.textContent = mine ? "Đơn vị của tôi ✓ (bấm để bỏ chọn)" : "Chọn làm “Đơn vị của tôi”";
      button.setAttribute("aria-pressed", mine ? "true" : "false");
    };
    button.addEventListener("click", function () { setMyUnit(myUnit() === id ? "" : id); label(); });
    label();
  }

  /* Bulletin: the task table is printed only when asked. */
  var toggles = document.querySelectorAll("[data-print-toggle]");
  for (var t = 0; t < toggles.length; t++) {
    (function (box) {
      box.closest(".print-choice").hidden = false;
      var name = box.getAttribute("data-print-toggle");
      box.addEventListener("change", function () { document.body.classList.toggle(name, box.checked); });
      document.body.classList.toggle(name, box.checked);
    })(toggles[t]);
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
      var count = 0;
      rows.forEach(function (row) {
        var ok = (!unit || (" " + row.getAttribute("data-units") + " ").indexOf(" " + unit + " ") >= 0) &&
                 (!month || (" " + row.getAttribute("data-months") + " ").indexOf(" " + month + " ") >= 0);
        row.hidden = !ok;
        if (ok) count++;
      });
      var counter = document.getElementById("so-dong");
      if (counter) counter.textContent = count + " nhiệm vụ";
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
