/* bantin — offline search over the index in assets/tim-kiem/ (scripts, so it works from file://
   too): the table of contents comes with the page; the word shards a query needs, the records of
   the hits shown and the texts their snippets come from are added as <script> files when needed.
   Words are folded as bantin folds them (no diacritics, "đ" → "d", lower case) and split on
   anything that is not a letter or a digit; a hit has every word of the query. */
(function () {
  "use strict";
  var base = "assets/tim-kiem/";
  var loaded = {}, waiting = {};
  window.BANTIN_SEARCH_LOADED = function (name, data) {
    loaded[name] = data;
    (waiting[name] || []).forEach(function (done) { done(); });
    delete waiting[name];
  };
  function need(names, done) {
    var missing = names.filter(function (n) { return !(n in loaded); });
    var pending = missing.length;
    if (!pending) { done(); return; }
    missing.forEach(function (name) {
      var finish = function () { if (--pending === 0) done(); };
      if (waiting[name]) { waiting[name].push(finish); return; }
      waiting[name] = [finish];
      var s = document.createElement("script");
      s.src = base + name + ".js";
      s.onerror = function () { window.BANTIN_SEARCH_LOADED(name, null); };
      document.head.appendChild(s);
    });
  }

  var kinds = { "don-vi": "Đơn vị", "ket-luan": "Kết luận", "nhiem-vu": "Nhiệm vụ" };
  var limit = 50;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  function words(text) {
    var found = fold(text).match(/[\p{L}\p{N}]+/gu) || [], seen = {};
    return found.filter(function (w) { if (seen[w]) return false; seen[w] = true; return true; });
  }
  function shardOf(word, count) {
    var bytes = new TextEncoder().encode(word), hash = 2166136261;
    for (var i = 0; i < bytes.length; i++) { hash ^= bytes[i]; hash = Math.imul(hash, 16777619) >>> 0; }
    return hash & (count - 1);
  }
  var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  /* A posting list: gaps in base 36 separated by ",", or "*" and a bitmap, six records a character. */
  function decode(code) {
    var ids = [];
    if (!code) return ids;
    if (code.charAt(0) === "*") {
      for (var i = 1; i < code.length; i++) {
        var bits = alphabet.indexOf(code.charAt(i));
        for (var b = 0; b < 6; b++) if (bits & (1 << b)) ids.push((i - 1) * 6 + b);
      }
      return ids;
    }
    var last = 0;
    code.split(",").forEach(function (gap, index) { last = index === 0 ? parseInt(gap, 36) : last + parseInt(gap, 36); ids.push(last); });
    return ids;
  }

  function kindOf(id, contents) {
    return id < contents.units ? 3 : id < contents.units + contents.conclusions ? 2 : 1;
  }
  function recordShard(id, contents) {
    var starts = contents.recordShards, shard = 0;
    for (var i = 0; i < starts.length; i++) if (starts[i] <= id) shard = i;
    return shard;
  }

  /* The record numbers with every word, best first: units, then conclusions, then tasks, and
     within a kind those whose title has the words. */
  function search(query, contents, done) {
    var list = words(query);
    if (!list.length) { done(list, []); return; }
    var shards = list.map(function (w) { return "tu-" + shardOf(w, contents.wordShards); });
    need(shards, function () {
      var sets = [], titles = {};
      list.forEach(function (w, i) {
        var entry = (loaded[shards[i]] || {})[w];
        sets.push(entry ? decode(entry[0]) : []);
        decode(entry && entry[1]).forEach(function (id) { titles[id] = (titles[id] || 0) + 1; });
      });
      sets.sort(function (a, b) { return a.length - b.length; });
      var hits = sets[0].filter(function (id) {
        for (var k = 1; k < sets.length; k++) if (!has(sets[k], id)) return false;
        return true;
      });
      hits.sort(function (a, b) {
        var sa = kindOf(a, contents) * 10 + (titles[a] || 0) * 20 / list.length;
        var sb = kindOf(b, contents) * 10 + (titles[b] || 0) * 20 / list.length;
        return sb - sa || a - b;
      });
      done(list, hits);
    });
  }
  function has(sorted, id) {
    var lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] === id) return true;
      if (sorted[mid] < id) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  /* Where in `text` the query words meet best: the word token that opens the stretch holding the
     most distinct query words (a run of them in the query's order counts most), and its score. */
  function bestPlace(text, list) {
    var tokens = text.split(/([\p{L}\p{N}]+)/u), best = { score: 0, at: -1, tokens: tokens };
    var span = 2 * (list.length + 4);
    for (var i = 1; i < tokens.length; i += 2) {
      if (list.indexOf(fold(tokens[i])) < 0) continue;
      var seen = {}, distinct = 0, run = 0, longest = 0;
      for (var j = i; j < tokens.length && j < i + span; j += 2) {
        var w = fold(tokens[j]), k = list.indexOf(w);
        if (k >= 0 && !seen[w]) { seen[w] = true; distinct++; }
        run = k >= 0 ? run + 1 : 0;
        if (run > longest) longest = run;
      }
      var score = distinct * 100 + longest;
      if (score > best.score) best = { score: score, at: i, tokens: tokens };
    }
    return best;
  }

  /* A piece of text around the best place, with the query words highlighted. */
  function snippet(place, list, into) {
    var tokens = place.tokens, first = place.at;
    if (first < 0) return false;
    var start = Math.max(0, first - 24), end = Math.min(tokens.length, first + 60);
    if (start > 0) into.appendChild(document.createTextNode("… "));
    for (var j = start; j < end; j++) {
      if (j % 2 === 1 && list.indexOf(fold(tokens[j])) >= 0) {
        var mark = document.createElement("mark");
        mark.textContent = tokens[j];
        into.appendChild(mark);
      } else {
        into.appendChild(document.createTextNode(tokens[j]));
      }
    }
    if (end < tokens.length) into.appendChild(document.createTextNode(" …"));
    return true;
  }

  function render(query) {
    var results = document.getElementById("ket-qua");
    var status = document.getElementById("so-ket-qua");
    var contents = loaded["muc-luc"];
    if (!results || !status || !contents) return;
    while (results.firstChild) results.removeChild(results.firstChild);
    search(query, contents, function (list, hits) {
      if (!list.length) return;
      status.textContent = hits.length
        ? "Tìm thấy " + hits.length + " kết quả cho “" + query + "”" + (hits.length > limit ? ", hiện " + limit + " kết quả đầu." : ".")
        : "Không tìm thấy kết quả nào cho “" + query + "”.";
      var shown = hits.slice(0, limit);
      var shards = {};
      shown.forEach(function (id) { shards["ban-ghi-" + recordShard(id, contents)] = true; });
      need(Object.keys(shards), function () {
        var texts = {};
        shown.forEach(function (id) {
          var shard = recordShard(id, contents);
          var r = (loaded["ban-ghi-" + shard] || [])[id - contents.recordShards[shard]];
          if (!r) return;
          var item = document.createElement("li");
          item.className = "search-hit kind-" + r[0];
          var kind = document.createElement("span");
          kind.className = "hit-kind";
          kind.textContent = kinds[r[0]] || r[0];
          var link = document.createElement("a");
          link.href = r[2];
          link.textContent = r[1];
          item.appendChild(kind);
          item.appendChild(document.createTextNode(" "));
          item.appendChild(link);
          var detail = document.createElement("p");
          detail.className = "hit-detail";
          if (!snippet(bestPlace(r[3], list), list, detail)) detail.textContent = r[3];
          item.appendChild(detail);
          results.appendChild(item);
          if (r[4]) {
            (texts[r[4]] = texts[r[4]] || []).push({ record: r, detail: detail });
          }
        });
        /* The snippets from the texts, as they come. */
        Object.keys(texts).forEach(function (name) {
          need([name], function () {
            var file = loaded[name];
            if (!file) return;
            texts[name].forEach(function (hit) {
              var text = Object.prototype.hasOwnProperty.call(file, hit.record[6]) ? file[hit.record[6]] : null;
              if (!text) return;
              var pieces = hit.record[5] ? [text.t[hit.record[5]] || ""] : text.p, best = { score: 0, at: -1 };
              for (var i = 0; i < pieces.length; i++) {
                var place = bestPlace(pieces[i], list);
                if (place.score > best.score) best = place;
              }
              var holder = document.createElement("p");
              holder.className = "hit-detail hit-snippet";
              if (snippet(best, list, holder)) hit.detail.parentNode.replaceChild(holder, hit.detail);
            });
          });
        });
      });
    });
  }

  var form = document.querySelector("form.search-form");
  var input = document.getElementById("q");
  var query = new URLSearchParams(location.search).get("q") || "";
  if (input) input.value = query;
  /* The table of contents is the script after this one: search once it is there. */
  need(["muc-luc"], function () { render(query); });
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
