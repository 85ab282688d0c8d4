/* People graph (generator/render/graph.py): draws every .briefing-graph element as SVG from the
   JSON block its data-source names. Layout by d3-force, computed once; d3-zoom zooms (wheel,
   pinch, double click) and pans (drag); labels keep their size on screen and show where their
   circle is large enough; hovering a person shows their links, a click opens the profile. A box
   with data-filter gets a name filter and a minimum number of briefings. Text is set with
   textContent, never as HTML. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var LABEL_PX = 12, LABEL_FROM_PX = 7;  // label size on screen; shown from this circle radius

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function control(type, placeholder, attrs) {
    var input = document.createElement("input");
    input.type = type;
    input.placeholder = placeholder;
    input.setAttribute("aria-label", placeholder);
    input.style.cssText = "border:1px solid #bbb;border-radius:4px;padding:2px 6px;" +
      "background:var(--md-default-bg-color,#fff);color:inherit;width:" + (type === "number" ? "5em" : "14em");
    Object.keys(attrs).forEach(function (k) { input.setAttribute(k, attrs[k]); });
    return input;
  }

  function draw(box) {
    var source = document.getElementById(box.getAttribute("data-source"));
    if (!source || !window.d3) return;
    var data = JSON.parse(source.textContent), focus = box.getAttribute("data-focus");
    var nodes = data.nodes, links = data.links;
    if (!nodes.length) return;
    var radius = function (n) { return 6 + 4 * Math.sqrt(n.size); };
    d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id(function (n) { return n.id; }).distance(90))
      .force("charge", d3.forceManyBody().strength(-300))
      .force("x", d3.forceX()).force("y", d3.forceY())
      .force("collide", d3.forceCollide(function (n) { return radius(n) + 12; }))
      .stop().tick(300);
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    nodes.forEach(function (n) {
      x0 = Math.min(x0, n.x - 90); x1 = Math.max(x1, n.x + 90);
      y0 = Math.min(y0, n.y - 30); y1 = Math.max(y1, n.y + 30);
    });
    var svg = el("svg", { viewBox: [x0, y0, x1 - x0, y1 - y0].join(" "), width: "100%",
                          height: "100%", role: "img", "class": "briefing-graph__svg" }, null);
    var layer = el("g", {}, svg);
    var edges = links.map(function (l) {
      return el("line", { x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y,
                          stroke: "#999", "stroke-opacity": 0.6, "stroke-width": Math.min(1 + l.weight, 6) }, layer);
    });
    var shapes = nodes.map(function (n) {
      var a = el("a", { href: n.href, "class": "briefing-graph__node", "data-size": n.size }, layer);
      var title = el("title", {}, a);
      title.textContent = n.label + " (" + n.size + ")";
      el("circle", { cx: n.x, cy: n.y, r: radius(n), fill: n.id === focus ? "#e65100" : "#3f51b5",
                     stroke: "#fff", "stroke-width": 1.5 }, a);
      var label = el("text", { x: n.x, "text-anchor": "middle", fill: "currentColor",
                               "class": "briefing-graph__label" }, a);
      label.textContent = n.label;
      a.addEventListener("mouseenter", function () { highlight(n); });
      a.addEventListener("mouseleave", function () { highlight(null); });
      return { node: n, link: a, label: label };
    });
    function highlight(n) {
      links.forEach(function (l, i) {
        var on = !n || l.source === n || l.target === n;
        edges[i].setAttribute("stroke", n && on ? "#e65100" : "#999");
        edges[i].setAttribute("stroke-opacity", on ? 0.9 : 0.15);
      });
    }
    var zoomed = 1;
    function scaleLabels() {
      // User units per screen pixel at this zoom: the viewBox is fitted into the box.
      var fit = Math.min(box.clientWidth / (x1 - x0), box.clientHeight / (y1 - y0)) || 1;
      var perPixel = 1 / (fit * zoomed);
      shapes.forEach(function (s) {
        var r = radius(s.node);
        s.label.setAttribute("font-size", LABEL_PX * perPixel);
        s.label.setAttribute("y", s.node.y + r + (LABEL_PX + 1) * perPixel);
        var shown = r / perPixel >= LABEL_FROM_PX || s.node.id === focus;
        s.label.style.display = shown ? "" : "none";
      });
    }
    box.appendChild(svg);
    d3.select(svg).call(d3.zoom().scaleExtent([0.5, 20]).on("zoom", function (event) {
      layer.setAttribute("transform", event.transform.toString());
      zoomed = event.transform.k;
      scaleLabels();
    }));
    scaleLabels();
    if (box.hasAttribute("data-filter")) filters(box, shapes, edges, links);
  }

  function filters(box, shapes, edges, links) {
    var bar = document.createElement("div");  // inside the box, over the graph's top left
    bar.className = "briefing-graph__filters";
    bar.style.cssText = "position:absolute;top:0;left:0;display:flex;gap:.5em";
    box.style.position = "relative";
    var name = control("search", box.getAttribute("data-filter-name"), {});
    var most = Math.max.apply(null, shapes.map(function (s) { return s.node.size; }));
    var least = control("number", box.getAttribute("data-filter-count"),
                        { min: 1, max: most, value: 1, step: 1 });
    var caption = document.createElement("label");
    caption.textContent = box.getAttribute("data-filter-count") + " ";
    caption.appendChild(least);
    bar.appendChild(name);
    bar.appendChild(caption);
    box.appendChild(bar);
    function apply() {
      var words = name.value.trim().toLowerCase(), atLeast = Number(least.value) || 1, visible = {};
      shapes.forEach(function (s) {
        var on = s.node.size >= atLeast && (!words || s.node.label.toLowerCase().indexOf(words) >= 0);
        s.link.style.display = on ? "" : "none";
        visible[s.node.id] = on;
      });
      links.forEach(function (l, i) {
        edges[i].style.display = visible[l.source.id] && visible[l.target.id] ? "" : "none";
      });
    }
    name.addEventListener("input", apply);
    least.addEventListener("input", apply);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".briefing-graph"), function (box) {
      if (!box.firstChild) draw(box);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
