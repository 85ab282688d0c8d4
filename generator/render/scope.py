"""What the site search indexes: each page's own content, not what repeats other pages.

Index pages, the timeline, the graph, the build report and tag pages list titles and sentences
of briefings; so do a briefing's related list and a profile's mentions. Searched, they made a
word found in one briefing return a dozen pages. A search index entry is a page or one of its
sections (``briefings/x.html#verwandte-briefings``); sections are named by their heading's
anchor, made as MkDocs makes it (Python-Markdown's toc slugify).
"""

from __future__ import annotations

import re
from functools import cache

from markdown.extensions.toc import slugify

from . import paths
from .labels import LABELS

NOT_SEARCHED_PAGES = (
    *(paths.index(folder).removesuffix(".md") + ".html" for folder in paths.PAGE_FOLDERS),
    *(page.removesuffix(".md") + ".html" for page in (paths.TIMELINE, paths.GRAPH, paths.REPORT)),
    f"{paths.TAGS}/",
)
# Folder -> labels of the sections that repeat other pages.
NOT_SEARCHED_SECTIONS = {
    paths.BRIEFINGS: ("related",),
    paths.PEOPLE: ("mentions", "together", "with", "timeline"),
    **{folder: ("in_briefings", "people", "mentions") for folder in paths.ENTITY_FOLDERS.values()},
}


# Kept out of the file:// index only, each with the sections under it: a briefing's full text
# is two thirds of that index, which the browser rebuilds on every page load. Over HTTP,
# Pagefind searches it.
OFFLINE_ENDS_AT = {paths.BRIEFINGS: ("text",)}
# Links to a briefing repeat its title on every page that cites it (roles, ages, quotes).
_BRIEFING_LINK = re.compile(rf'<a href="((?:\.\./)*{paths.BRIEFINGS}/[^"]*)"')
NOT_SEARCHED_MARK = "data-search-exclude data-pagefind-ignore"


def searched(location: str, language: str) -> bool:
    """Whether a search index entry (its location) is kept."""
    page, _, anchor = location.partition("#")
    if page.startswith(NOT_SEARCHED_PAGES):
        return False
    return not anchor or anchor not in not_searched_sections(page, language)


def not_searched_sections(page: str, language: str) -> frozenset[str]:
    """Anchors of the sections of a page (``briefings/x.html``) that search leaves out."""
    return _anchors(language).get(page.split("/", 1)[0], frozenset())


def offline_ends_at(location: str, language: str) -> bool:
    """Whether a search index entry and the rest of its page stay out of the file:// index."""
    page, _, anchor = location.partition("#")
    return bool(anchor) and anchor in _anchors(language, offline=True).get(page.split("/", 1)[0], ())


def without_repeated_titles(content: str) -> str:
    """A page's HTML with its links to briefings marked for both search engines to skip."""
    return _BRIEFING_LINK.sub(rf'<a href="\1" {NOT_SEARCHED_MARK}', content)


@cache
def _anchors(language: str, offline: bool = False) -> dict[str, frozenset[str]]:
    labels = LABELS.get(language, LABELS["en"])
    sections = OFFLINE_ENDS_AT if offline else NOT_SEARCHED_SECTIONS
    return {folder: frozenset(slugify(labels[key], "-") for key in keys) for folder, keys in sections.items()}
