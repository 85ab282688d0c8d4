/* Index pages (generator/render/indexes.py): a filter box over every table row, columns sorted
   by a click on their header (counts from most to fewest, across all A–Z tables), and on the
   briefings index one choice per facet column (the date column by year). Works offline: the
   data are the tables themselves. Text from sources is only ever read as textContent. */
(function () {
  "use strict";
  var tools = document.querySelector(".briefing-index-tools");
  if (!tools) return;
  var article = tools.closest("article") || document;
  var tables = Array.prototype.slice.call(article.querySelectorAll("table"));
  if (!tables.length) return;
  var rows = [];
  tables.forEach(function (table) {
    Array.prototype.forEach.call(table.tBodies[0] ? table.tBodies[0].rows : [], function (row) {
      rows.push({ row: row, table: table, order: rows.length, text: fold(row.textContent) });
    });
  });
  var first = tables[0];
  var merged = false, sortedBy = -1; /* sorting: see sortBy */
  var sections = article.querySelectorAll("h2");
  var jumps = tools.nextElementSibling && tools.nextElementSibling.tagName === "P" &&
    tables.length > 1 ? tools.nextElementSibling : null;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function values(row, column) {
    var cell = row.cells[column];
    if (!cell) return [];
    var links = cell.querySelectorAll("a");
    var found = links.length
      ? Array.prototype.map.call(links, function (a) { return a.textContent.trim(); })
      : [cell.textContent.trim()];
    if (column === 0) found = found.map(function (v) { return /^\d{4}-/.test(v) ? v.slice(0, 4) : v; });
    return found.filter(Boolean);
  }
  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    if (text) node.textContent = text;
    return node;
  }

  var bar = element("div", { class: "briefing-index-tools__bar" });
  var box = element("input", { type: "search", placeholder: tools.dataset.filter, "aria-label": tools.dataset.filter });
  var shown = element("span", { class: "briefing-index-tools__shown", "aria-live": "polite" });
  bar.appendChild(box);
  var choices = [];
  var header = first.tHead ? first.tHead.rows[0] : null;
  (tools.dataset.facets || "").split(",").filter(Boolean).forEach(function (c) {
    var column = Number(c), counts = {};
    rows.forEach(function (r) { values(r.row, column).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; }); });
    var options = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b); });
    if (options.length < 2) return;
    var name = header && header.cells[column] ? header.cells[column].textContent.trim() : "";
    var select = element("select", { "aria-label": name });
    select.appendChild(element("option", { value: "" }, name + ": " + tools.dataset.all));
    options.slice(0, 300).forEach(function (v) {
      select.appendChild(element("option", { value: v }, v + " (" + counts[v] + ")"));
    });
    select.addEventListener("change", apply);
    choices.push({ column: column, select: select });
    bar.appendChild(select);
  });
  bar.appendChild(shown);
  tools.appendChild(bar);

  function apply() {
    var words = fold(box.value).split(/\s+/).filter(Boolean), visible = 0;
    rows.forEach(function (r) {
      var keep = words.every(function (w) { return r.text.indexOf(w) >= 0; }) &&
        choices.every(function (f) { return !f.select.value || values(r.row, f.column).indexOf(f.select.value) >= 0; });
      r.row.hidden = !keep;
      if (keep) visible += 1;
    });
    tables.forEach(function (table) {
      var any = Array.prototype.some.call(table.tBodies[0].rows, function (row) { return !row.hidden; });
      var wrap = table.closest(".md-typeset__table") || table;
      wrap.hidden = !any;
      var heading = wrap.previousElementSibling;
      if (heading && heading.tagName === "H2" && !merged) heading.hidden = !any;
    });
    shown.textContent = tools.dataset.shown.replace("#", visible).replace("#", rows.length);
  }
  box.addEventListener("input", apply);

  /* Sorting: by a column's numbers from most to fewest, else alphabetically; a second click
     restores the page's order. All rows go into the first table while sorted. */
  function sortBy(column) {
    var restore = sortedBy === column;
    sortedBy = restore ? -1 : column;
    merged = !restore && tables.length > 1;
    var ordered = rows.slice();
    if (!restore) {
      var numeric = rows.every(function (r) { return /^\s*\d+\s*$/.test((r.row.cells[column] || {}).textContent || "0"); });
      ordered.sort(function (a, b) {
        var x = (a.row.cells[column] || {}).textContent || "", y = (b.row.cells[column] || {}).textContent || "";
        return numeric ? Number(y) - Number(x) || a.order - b.order : x.localeCompare(y) || a.order - b.order;
      });
    }
    ordered.forEach(function (r) { (merged ? first : r.table).tBodies[0].appendChild(r.row); });
    sections.forEach(function (h) { if (tables.length > 1) h.hidden = merged; });
    if (jumps) jumps.hidden = merged;
    tables.forEach(function (table) { table.querySelectorAll("th").forEach(mark); });
    apply();
  }
  function mark(th, column) {
    th.setAttribute("aria-sort", column === sortedBy ? "descending" : "none");
  }
  if (header) {
    Array.prototype.forEach.call(header.cells, function (th, column) {
      var button = element("button", { type: "button", class: "briefing-index-tools__sort" }, th.textContent);
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(column); });
    });
    tables.slice(1).forEach(function (table) {
      if (table.tHead) Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
        th.addEventListener("click", function () { sortBy(column); });
      });
    });
  }
  apply();
})();
