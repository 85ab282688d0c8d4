/* People graph (generator/render/graph.py): draws every .briefing-graph element as SVG from the
   JSON block its data-source names. Layout by d3-force, computed once; hovering a person shows
   their links, a click opens the profile. Text is set with textContent, never as HTML. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
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
    var edges = links.map(function (l) {
      return el("line", { x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y,
                          stroke: "#999", "stroke-opacity": 0.6, "stroke-width": Math.min(1 + l.weight, 6) }, svg);
    });
    nodes.forEach(function (n) {
      var a = el("a", { href: n.href, "class": "briefing-graph__node" }, svg);
      var title = el("title", {}, a);
      title.textContent = n.label + " (" + n.size + ")";
      el("circle", { cx: n.x, cy: n.y, r: radius(n), fill: n.id === focus ? "#e65100" : "#3f51b5",
                     stroke: "#fff", "stroke-width": 1.5 }, a);
      var label = el("text", { x: n.x, y: n.y + radius(n) + 13, "text-anchor": "middle",
                               "font-size": 12, fill: "currentColor" }, a);
      label.textContent = n.label;
      a.addEventListener("mouseenter", function () { highlight(n); });
      a.addEventListener("mouseleave", function () { highlight(null); });
    });
    function highlight(n) {
      links.forEach(function (l, i) {
        var on = !n || l.source === n || l.target === n;
        edges[i].setAttribute("stroke", n && on ? "#e65100" : "#999");
        edges[i].setAttribute("stroke-opacity", on ? 0.9 : 0.15);
      });
    }
    box.appendChild(svg);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".briefing-graph"), function (box) {
      if (!box.firstChild) draw(box);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
