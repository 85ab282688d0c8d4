"""Markdown pages for the site: one per briefing, person, organisation and place, plus indexes.

Returns {path relative to docs_dir: Markdown}. Paths and links are made by `site` and `paths`;
every piece of source text goes through `escape` (templates escape whatever is not already
`Markdown`).
"""

from __future__ import annotations

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
    site = Site(knowledge, language)
    pages: dict[str, str] = {}
    for briefing in knowledge.briefings:
        pages[site.paths.briefing(briefing.document.id)] = briefing_page(site, briefing)
    for person in knowledge.people.values():
        pages[paths.person(person.id)] = person_page(site, person)
    for entity in knowledge.entities.values():
        if paths.has_page(entity):
            pages[paths.entity(entity)] = entity_page(site, entity)
    pages.update(graph_pages(site))
    pages.update(timeline_pages(site))
    pages.update(tag_pages(site))
    pages.update(index_pages(site))
    pages[paths.REPORT] = report_page(site, outcomes)
    return pages
