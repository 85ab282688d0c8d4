"""Markdown pages for the site: one per briefing, person, organisation and place, plus indexes.

Returns {path relative to docs_dir: Markdown} (`iter_pages`: the same pairs one by one). Paths
and links are made by `site` and `paths`; every piece of source text goes through `escape`
(templates escape whatever is not already `Markdown`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..records import Knowledge, Outcome
from . import paths
from .briefing import briefing_page
from .graph import graph_pages
from .indexes import index_pages, report_page
from .profiles import entity_page, person_page
from .site import Site
from .tags import tag_pages
from .timeline import timeline_pages


def render_pages(knowledge: Knowledge, outcomes: list[Outcome], language: str = "de") -> dict[str, str]:
    return dict(iter_pages(knowledge, outcomes, language))


def iter_pages(
    knowledge: Knowledge, outcomes: list[Outcome], language: str = "de"
) -> Iterator[tuple[str, str]]:
    """The pages one at a time, in the order of `render_pages` (a path made twice: the last
    one counts), so that a caller need not hold them all as text."""
    site = Site(knowledge, language)
    for briefing in knowledge.briefings:
        yield site.paths.briefing(briefing.document.id), briefing_page(site, briefing)
    for person in knowledge.people.values():
        yield paths.person(person.id), person_page(site, person)
    for entity in knowledge.entities.values():
        if paths.has_page(entity):
            yield paths.entity(entity), entity_page(site, entity)
    yield from graph_pages(site).items()
    yield from timeline_pages(site).items()
    yield from tag_pages(site).items()
    yield from index_pages(site).items()
    yield paths.REPORT, report_page(site, outcomes)
