// The search box of the reference (written by iommugen doc): plain JavaScript over
// IOMMUGEN_INDEX (search-index.js), nothing fetched. Press "/" to focus it, arrows to choose,
// Enter to go.
(function () {
  "use strict";
  var box = document.getElementById("search");
  var list = document.getElementById("results");
  var index = window.IOMMUGEN_INDEX || [];
  if (!box || !list) { return; }
  var shown = [];
  var sel = 0;

  function score(name, q) {
    var n = name.toLowerCase();
    if (n === q) { return 0; }
    var dot = n.lastIndexOf(".");
    if (n.indexOf(q) === 0 || (dot >= 0 && n.indexOf(q, dot + 1) === dot + 1)) { return 1; }
    if (n.indexOf(q) >= 0) { return 2; }
    return -1;
  }

  function render() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    shown.forEach(function (item, i) {
      var li = document.createElement("li");
      if (i === sel) { li.className = "sel"; }
      var a = document.createElement("a");
      a.href = item[2];
      a.textContent = item[0];
      var k = document.createElement("span");
      k.className = "k";
      k.textContent = item[1];
      a.appendChild(k);
      if (item[3]) {
        var c = document.createElement("span");
        c.className = "c";
        c.textContent = item[3];
        a.appendChild(c);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = shown.length === 0;
  }

  function update() {
    var q = box.value.trim().toLowerCase();
    sel = 0;
    if (!q) { shown = []; render(); return; }
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i][0], q);
      if (s < 0 && index[i][3].toLowerCase().indexOf(q) >= 0) { s = 3; }
      if (s >= 0) { hits.push([s, index[i][0].length, i]); }
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    shown = hits.slice(0, 40).map(function (h) { return index[h[2]]; });
    render();
  }

  box.addEventListener("input", update);
  box.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && shown.length) { sel = Math.min(sel + 1, shown.length - 1); render(); e.preventDefault(); }
    else if (e.key === "ArrowUp" && shown.length) { sel = Math.max(sel - 1, 0); render(); e.preventDefault(); }
    else if (e.key === "Enter" && shown.length) { window.location.href = shown[sel][2]; list.hidden = true; }
    else if (e.key === "Escape") { box.value = ""; update(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== box) { box.focus(); e.preventDefault(); }
  });
  document.addEventListener("click", function (e) {
    if (e.target !== box && !list.contains(e.target)) { list.hidden = true; }
  });
})();
