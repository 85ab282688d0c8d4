"""The people graph: people linked by co-mention (`Person.companions`), node size by number of
briefings, click opens the profile. One page with everyone, and each profile page gets its
neighbourhood (the person, the people mentioned with them, and the links among those).

The drawing is `assets/briefing/graph/graph.js` on d3-force (vendored, see scripts/vendor_assets.sh).
Data sits in the page as a `<script type="application/json">` block, never fetched (file:// blocks
fetch), with `<`, `>` and `&` written as \\u escapes so source text cannot close the script.
Profile pages take their neighbourhood from `neighbourhood()`.
"""

from __future__ import annotations

import heapq
import json

from ..records import Person
from . import paths
from .escape import Markdown
from .site import Site

# A person's neighbourhood shows the people named most often with them, and every graph draws
# each person's strongest links: in a long report everyone is named with everyone, and all links
# of 3,000 people are 4.5 million.
NEIGHBOURS_MAX = 12
LINKS_PER_PERSON = 12  # on the people graph; 3 in a neighbourhood
SCRIPTS = (  # in dependency order: each module extends the global d3
    "d3-dispatch/d3-dispatch.min.js",
    "d3-quadtree/d3-quadtree.min.js",
    "d3-timer/d3-timer.min.js",
    "d3-force/d3-force.min.js",
    "d3-selection/d3-selection.min.js",
    "d3-color/d3-color.min.js",
    "d3-interpolate/d3-interpolate.min.js",
    "d3-ease/d3-ease.min.js",
    "d3-transition/d3-transition.min.js",
    "d3-drag/d3-drag.min.js",
    "d3-zoom/d3-zoom.min.js",
    "graph/graph.js",
)


def graph_pages(site: Site) -> dict[str, str]:
    block = _block(site, list(site.knowledge.people), here=paths.GRAPH, focus="", height=560)
    return {paths.GRAPH: site.render("graph.md.j2", block=block)}


def neighbourhood(site: Site, person: Person) -> tuple[str, Markdown]:
    """Heading and graph block of a person and the people mentioned with them ("" if alone)."""
    if not person.companions:
        return "", Markdown("")
    strongest = heapq.nsmallest(NEIGHBOURS_MAX, person.companions, key=lambda o: (-person.companions[o], o))
    ids = [person.id, *sorted(strongest)]
    block = _block(site, ids, here=paths.person(person.id), focus=person.id, height=360, links=3)
    return site.words["neighbours"], block


def graph_data(
    site: Site, ids: list[str], here: str, links: int = LINKS_PER_PERSON
) -> dict[str, list[dict[str, object]]]:
    """Nodes (id, label, size, href relative to ``here``) and co-mention links among ``ids``."""
    people = site.knowledge.people
    chosen = set(ids)
    up = "../" * here.count("/")
    # raw HTML links are not rewritten by MkDocs: the site has use_directory_urls: false
    nodes = [_node(people[i], up + paths.person(i).removesuffix(".md") + ".html") for i in ids]
    pairs: set[tuple[str, str]] = set()
    for a in ids:
        companions = people[a].companions
        near = (
            [b for b in companions if b in chosen]
            if len(companions) < len(chosen)
            else [b for b in chosen if b in companions]
        )
        for b in heapq.nsmallest(links, near, key=lambda b: (-companions[b], b)):
            pairs.add((min(a, b), max(a, b)))
    edges: list[dict[str, object]] = [
        {"source": a, "target": b, "weight": people[a].companions[b]} for a, b in sorted(pairs)
    ]
    return {"nodes": nodes, "links": edges}


def _node(person: Person, href: str) -> dict[str, object]:
    return {"id": person.id, "label": person.name, "size": len(person.documents), "href": href}


def _block(
    site: Site, ids: list[str], here: str, focus: str, height: int, links: int = LINKS_PER_PERSON
) -> Markdown:
    """The raw HTML the graph script draws into: a container, the data, the scripts."""
    data = json.dumps(graph_data(site, ids, here, links), ensure_ascii=False, sort_keys=True)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    block = site.render(
        "graph_block.html.j2",
        element=f"briefing-graph-{focus or 'all'}",
        focus=focus,
        height=height,
        data=Markdown(data),
        scripts=[f"{'../' * here.count('/')}assets/briefing/{s}" for s in SCRIPTS],
    )
    return Markdown(block)
