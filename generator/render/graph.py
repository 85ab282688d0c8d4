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
import html
import json
from typing import TYPE_CHECKING

from ..records import Person
from .escape import Markdown
from .labels import LABELS

if TYPE_CHECKING:
    from .pages import Renderer

# A person's neighbourhood shows the people named most often with them, and every graph draws
# each person's strongest links: in a long report everyone is named with everyone, and all links
# of 3,000 people are 4.5 million.
NEIGHBOURS_MAX = 12
LINKS_PER_PERSON = 12  # on the people graph; 3 in a neighbourhood
PATH = "graph.md"
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
WORDS = {
    "de": {
        "title": "Personennetz",
        "neighbours": "Netz",
        "intro": "Personen, die in denselben Briefings vorkommen, sind verbunden; je größer der "
        "Kreis, desto mehr Briefings. Ein Klick öffnet das Profil; Mausrad oder zwei Finger "
        "zoomen, Ziehen verschiebt.",
        "filter_name": "Name filtern",
        "filter_count": "Briefings mindestens",
    },
    "en": {
        "title": "People graph",
        "neighbours": "Network",
        "intro": "People mentioned in the same briefings are linked; the larger the circle, the "
        "more briefings. Click a person to open their profile; the wheel or two fingers zoom, "
        "dragging pans.",
        "filter_name": "Filter by name",
        "filter_count": "Briefings at least",
    },
}


def graph_pages(r: Renderer) -> dict[str, str]:
    words = _words(r)
    return {
        PATH: f"# {words['title']}\n\n{words['intro']}\n\n"
        + _block(r, list(r.k.people), here=PATH, focus="", height=560)
    }


def neighbourhood(r: Renderer, person: Person) -> tuple[str, Markdown]:
    """Heading and graph block of a person and the people mentioned with them ("" if alone)."""
    if not person.companions:
        return "", Markdown("")
    strongest = heapq.nsmallest(NEIGHBOURS_MAX, person.companions, key=lambda o: (-person.companions[o], o))
    ids = [person.id, *sorted(strongest)]
    block = _block(r, ids, here=r.person_path(person.id), focus=person.id, height=360, links=3)
    return _words(r)["neighbours"], Markdown(block)


def _words(r: Renderer) -> dict[str, str]:
    return WORDS["de" if r.L is LABELS["de"] else "en"]


def graph_data(
    r: Renderer, ids: list[str], here: str, links: int = LINKS_PER_PERSON
) -> dict[str, list[dict[str, object]]]:
    """Nodes (id, label, size, href relative to ``here``) and co-mention links among ``ids``."""
    chosen = set(ids)
    up = "../" * here.count("/")
    # raw HTML links are not rewritten by MkDocs: the site has use_directory_urls: false
    nodes = [_node(r.k.people[i], up + r.person_path(i).removesuffix(".md") + ".html") for i in ids]
    pairs: set[tuple[str, str]] = set()
    for a in ids:
        companions = r.k.people[a].companions
        near = (
            [b for b in companions if b in chosen]
            if len(companions) < len(chosen)
            else [b for b in chosen if b in companions]
        )
        for b in heapq.nsmallest(links, near, key=lambda b: (-companions[b], b)):
            pairs.add((min(a, b), max(a, b)))
    edges: list[dict[str, object]] = [
        {"source": a, "target": b, "weight": r.k.people[a].companions[b]} for a, b in sorted(pairs)
    ]
    return {"nodes": nodes, "links": edges}


def _node(person: Person, href: str) -> dict[str, object]:
    return {"id": person.id, "label": person.name, "size": len(person.documents), "href": href}


def _block(
    r: Renderer, ids: list[str], here: str, focus: str, height: int, links: int = LINKS_PER_PERSON
) -> str:
    """The raw HTML the graph script draws into: a container, the data, the scripts."""
    up = "../" * here.count("/")
    element = f"briefing-graph-{focus or 'all'}"
    data = json.dumps(graph_data(r, ids, here, links), ensure_ascii=False, sort_keys=True)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    scripts = "".join(f'<script src="{up}assets/briefing/{s}"></script>' for s in SCRIPTS)
    words = _words(r)
    filters = (
        f' data-filter data-filter-name="{html.escape(words["filter_name"])}"'
        f' data-filter-count="{html.escape(words["filter_count"])}"'
        if not focus
        else ""
    )
    return (
        f'<div class="briefing-graph" data-source="{element}-data" '
        f'data-focus="{html.escape(focus)}"{filters} '
        f'style="height:{height}px;overflow:hidden;touch-action:none"></div>\n'
        f'<script type="application/json" id="{element}-data">{data}</script>\n{scripts}\n'
    )
