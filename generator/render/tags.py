"""The tags index and a page per tag: the briefings a source's front matter tags with it.

Tags are the user's own words for their documents (``tags:`` in Markdown front matter), so they
are grouped as written, up to case and accents ("Wahl", "wahl"); the most used spelling (on a tie
the first) names the page. Every tag is escaped like any other source text.
"""

from __future__ import annotations

from collections import defaultdict

from ..analysis.names import fold
from ..records import Briefing
from . import paths
from .escape import escape, link
from .markup import relative, table_header, table_row
from .site import Site

INDEX = paths.index(paths.TAGS)


def tag_pages(site: Site) -> dict[str, str]:
    words = site.words
    tagged: dict[str, list[Briefing]] = defaultdict(list)
    for b in site.knowledge.briefings:
        for key in dict.fromkeys(fold(t) for t in b.document.tags):
            tagged[key].append(b)
    rows = []
    pages = {}
    for key, (name, path) in sorted(site.paths.tags.items(), key=lambda item: item[1][0].casefold()):
        briefings = sorted(tagged[key], key=_newest_first)
        pages[path] = site.render(
            "index.md.j2",
            title=name,
            source_title=True,  # the user's words: the theme gets them safely in front matter
            header=table_header([words["title"]]),
            rows=[table_row([site.briefing_link(b.document.id, path)]) for b in briefings],
        )
        rows.append(table_row([link(name, relative(INDEX, path)), escape(len(briefings))]))
    pages[INDEX] = site.render(
        "index.md.j2", title=words["tags"], header=table_header([words["tag"], words["count"]]), rows=rows
    )
    return pages


def _newest_first(b: Briefing) -> tuple[int, str]:
    return (-b.document.date.toordinal() if b.document.date else 0, b.document.title)
