"""The tags index and a page per tag: the briefings a source's front matter tags with it.

Tags are the user's own words for their documents (``tags:`` in Markdown front matter), so they
are grouped as written, up to case and accents ("Wahl", "wahl"); the most used spelling (on a tie
the first) names the page. Every tag is escaped like any other source text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..analysis.names import fold
from ..records import Briefing
from ..slugs import Slugs
from .escape import escape, link
from .markup import relative, table_header, table_row

if TYPE_CHECKING:
    from .pages import Renderer

FOLDER = "tags"
INDEX = f"{FOLDER}/index.md"


def tag_paths(briefings: list[Briefing]) -> dict[str, tuple[str, str]]:
    """Folded tag -> (page name, path), in a stable order."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for b in briefings:
        for tag in b.document.tags:
            spellings[fold(tag)][tag] += 1
    slugs = Slugs()
    paths = {}
    for key in sorted(spellings):
        # Counter keeps first-seen order: a tie goes to the spelling used first.
        name = max(spellings[key], key=spellings[key].__getitem__)
        paths[key] = (name, f"{FOLDER}/{slugs.new(name, 'tag')}.md")
    return paths


def tag_pages(r: Renderer) -> dict[str, str]:
    tagged: dict[str, list[Briefing]] = defaultdict(list)
    for b in r.k.briefings:
        for key in dict.fromkeys(fold(t) for t in b.document.tags):
            tagged[key].append(b)
    rows = []
    pages = {}
    for key, (name, path) in sorted(r.tags.items(), key=lambda item: item[1][0].casefold()):
        briefings = sorted(tagged[key], key=_newest_first)
        items = [link(b.document.title, relative(path, r.briefing_path(b.document.id))) for b in briefings]
        pages[path] = r.render(
            "index.md.j2",
            title=name,
            source_title=True,  # the user's words: the theme gets them safely in front matter
            header=table_header([r.L["title"]]),
            rows=[table_row([item]) for item in items],
        )
        rows.append(table_row([link(name, relative(INDEX, path)), escape(len(briefings))]))
    pages[INDEX] = r.render(
        "index.md.j2", title=r.L["tags"], header=table_header([r.L["tag"], r.L["count"]]), rows=rows
    )
    return pages


def _newest_first(b: Briefing) -> tuple[int, str]:
    return (-b.document.date.toordinal() if b.document.date else 0, b.document.title)
