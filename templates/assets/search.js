/* bantin — offline search over window.BANTIN_SEARCH (assets/search-index.js, loaded as a script so
   it works from file:// too). The index holds text already folded by bantin; only the query is
   folded here, the same way: no diacritics, "đ" → "d", lower case, single spaces. */
(function () {
  "use strict";
  var records = window.BANTIN_SEARCH || [];
  var kinds = { "don-vi": "Đơn vị", "ket-luan": "Kết luận", "nhiem-vu": "Nhiệm vụ" };
  var weight = { "don-vi": 3, "ket-luan": 2, "nhiem-vu": 1 };
  var limit = 100;

  function fold(text) {
    return text.normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, "\"")
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
  }

  function search(query) {
    var words = fold(query).split(" ").filter(function (w) { return w.length > 0; });
    if (!words.length) return [];
    var phrase = words.join(" ");
    var found = [];
    for (var i = 0; i < records.length; i++) {
      var r = records[i], all = true;
      for (var j = 0; j < words.length && all; j++) all = r.f.indexOf(words[j]) >= 0;
      if (!all) continue;
      var score = weight[r.k] || 0;
      if (r.n.indexOf(phrase) >= 0) score += 10;
      else if (r.f.indexOf(phrase) >= 0) score += 5;
      if (r.n === phrase) score += 10;
      found.push({ record: r, score: score, order: i });
    }
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return found;
  }

  function render(query) {
    var list = document.getElementById("ket-qua");
    var status = document.getElementById("so-ket-qua");
    if (!list || !status) return;
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!fold(query)) return;
    var found = search(query);
    status.textContent = found.length
      ? "Tìm thấy " + found.length + " kết quả cho “" + query + "”" + (found.length > limit ? ", hiện " + limit + " kết quả đầu." : ".")
      : "Không tìm thấy kết quả nào cho “" + query + "”.";
    found.slice(0, limit).forEach(function (hit) {
      var r = hit.record;
      var item = document.createElement("li");
      item.className = "search-hit kind-" + r.k;
      var kind = document.createElement("span");
      kind.className = "hit-kind";
      kind.textContent = kinds[r.k] || r.k;
      var link = document.createElement("a");
      link.href = r.u;
      link.textContent = r.t;
      item.appendChild(kind);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link);
      if (r.d) {
        var detail = document.createElement("p");
        detail.className = "hit-detail";
        detail.textContent = r.d;
        item.appendChild(detail);
      }
      list.appendChild(item);
    });
  }

  var form = document.querySelector("form.search-form");
  var input = document.getElementById("q");
  var query = new URLSearchParams(location.search).get("q") || "";
  if (input) input.value = query;
  render(query);
  if (form && input) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      render(input.value);
      if (window.history && window.history.replaceState && location.protocol !== "file:") {
        window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      }
    });
  }
})();
