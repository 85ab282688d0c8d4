"""Where each generated page lives: the one owner of the site's folder and page names.

Paths are relative to docs_dir and end in ``.md``; the search scope (`scope.py`) and the links
between pages are made from them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from ..analysis.names import fold
from ..records import Briefing, Entity
from ..slugs import Slugs

BRIEFINGS = "briefings"
PEOPLE = "people"
ENTITY_FOLDERS = {"ORG": "organisations", "LOC": "places", "MISC": "topics"}
# Topics (MISC) are listed on briefings without pages of their own.
PAGE_FOLDERS = (BRIEFINGS, PEOPLE, ENTITY_FOLDERS["ORG"], ENTITY_FOLDERS["LOC"])
TAGS = "tags"
GRAPH = "graph.md"
TIMELINE = "timeline.md"
REPORT = "report.md"


def index(folder: str) -> str:
    return f"{folder}/index.md"


def person(person_id: str) -> str:
    return f"{PEOPLE}/{person_id}.md"


def entity(e: Entity) -> str:
    return f"{ENTITY_FOLDERS[e.label]}/{e.id}.md"


def has_page(e: Entity) -> bool:
    return ENTITY_FOLDERS[e.label] in PAGE_FOLDERS


class Paths:
    """The paths that need the whole corpus: a briefing's slug, a tag's page."""

    def __init__(self, briefings: list[Briefing]) -> None:
        self._briefings = _document_slugs(b.document.id for b in briefings)
        self.tags = _tag_paths(briefings)

    def briefing(self, document_id: str) -> str:
        return f"{BRIEFINGS}/{self._briefings[document_id]}.md"


def _document_slugs(ids: Iterable[str]) -> dict[str, str]:
    slugs = Slugs()
    return {doc_id: slugs.new(doc_id, "document") for doc_id in ids}


def _tag_paths(briefings: list[Briefing]) -> dict[str, tuple[str, str]]:
    """Folded tag -> (page name, path), in a stable order. Tags are grouped as written up to
    case and accents ("Wahl", "wahl"); the most used spelling (on a tie the first) names the page."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for b in briefings:
        for tag in b.document.tags:
            spellings[fold(tag)][tag] += 1
    slugs = Slugs()
    paths = {}
    for key in sorted(spellings):
        # Counter keeps first-seen order: a tie goes to the spelling used first.
        name = max(spellings[key], key=spellings[key].__getitem__)
        paths[key] = (name, f"{TAGS}/{slugs.new(name, 'tag')}.md")
    return paths
