"""What the site search indexes: each page's own content, not what repeats other pages.

Index pages, the timeline, the graph, the build report and tag pages list titles and sentences
of briefings; so do a briefing's related list and a profile's mentions. Searched, they made a
word found in one briefing return a dozen pages. A search index entry is a page or one of its
sections (``briefings/x.html#verwandte-briefings``); sections are named by their heading's
anchor, made as MkDocs makes it (Python-Markdown's toc slugify).
"""

from __future__ import annotations

from functools import cache

from markdown.extensions.toc import slugify

from ..knowledge import ENTITY_FOLDERS
from .labels import LABELS
from .tags import FOLDER as TAGS

NOT_SEARCHED_PAGES = (
    "briefings/index.html",
    "people/index.html",
    "organisations/index.html",
    "places/index.html",
    "timeline.html",
    "graph.html",
    "report.html",
    f"{TAGS}/",
)
# Folder -> labels of the sections that repeat other pages.
NOT_SEARCHED_SECTIONS = {
    "briefings": ("related",),
    "people": ("mentions", "together", "with", "timeline"),
    **{folder: ("in_briefings", "people", "mentions") for folder in ENTITY_FOLDERS.values()},
}


def searched(location: str, language: str) -> bool:
    """Whether a search index entry (its location) is kept."""
    page, _, anchor = location.partition("#")
    if page.startswith(NOT_SEARCHED_PAGES):
        return False
    return not anchor or anchor not in _anchors(language).get(page.split("/", 1)[0], ())


@cache
def _anchors(language: str) -> dict[str, frozenset[str]]:
    labels = LABELS.get(language, LABELS["en"])
    return {
        folder: frozenset(slugify(labels[key], "-") for key in keys)
        for folder, keys in NOT_SEARCHED_SECTIONS.items()
    }
