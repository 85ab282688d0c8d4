"""What every page module is given: the knowledge, the site's language and words, where pages
live, the templates, and the links that pages of all kinds make."""

from __future__ import annotations

import html

from jinja2 import Environment, PackageLoader, StrictUndefined

from ..records import CAPTION, HEADING, PARAGRAPH, Entity, Knowledge, Sourced
from . import paths
from .escape import Markdown, escape, link, title_front_matter
from .labels import LABELS
from .markup import relative, sentence_anchor

TEXT_KINDS = (PARAGRAPH, HEADING, CAPTION)  # the segments a briefing's text section shows


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator.render", "templates"),
        finalize=escape,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        auto_reload=False,  # the templates ship with the package: no stat of each per page
    )
    env.globals["front_matter"] = title_front_matter
    env.filters["attribute"] = _attribute
    return env


def _attribute(value: object) -> Markdown:
    """A value inside raw HTML (an attribute or a script's data), escaped for HTML, not Markdown."""
    return Markdown(html.escape(str(value)))


class Site:
    def __init__(self, knowledge: Knowledge, language: str = "de") -> None:
        self.knowledge = knowledge
        self.language = language if language in LABELS else "en"
        self.words = LABELS[self.language]
        self.paths = paths.Paths(knowledge.briefings)
        self.titles = {b.document.id: b.document.title for b in knowledge.briefings}
        self._env = _environment()

    def render(self, template: str, **context: object) -> str:
        return self._env.get_template(template).render(L=self.words, **context)

    def person_link(self, person_id: str, here: str) -> Markdown:
        return link(self.knowledge.people[person_id].name, relative(here, paths.person(person_id)))

    def entity_link(self, entity: Entity, here: str) -> Markdown:
        """A link to the entity's page; its name alone when it has none (a topic)."""
        if paths.has_page(entity):
            return link(entity.name, relative(here, paths.entity(entity)))
        return escape(entity.name)

    def briefing_link(self, document_id: str, here: str) -> Markdown:
        return link(self.titles[document_id], relative(here, self.paths.briefing(document_id)))

    def sentence_href(self, here: str, document_id: str, index: int) -> str:
        """The sentence's anchor in the briefing's text; the briefing when the sentence is not
        there (a headline or teaser sentence, shown as a key point)."""
        target = self.paths.briefing(document_id)
        briefing = self.knowledge.briefing(document_id)
        sentences = briefing.analysis.sentences
        in_text = 0 <= index < len(sentences) and (
            briefing.document.segments[sentences[index].segment].kind in TEXT_KINDS
        )
        if not in_text:
            return relative(here, target)
        return f"{'' if target == here else relative(here, target)}#{sentence_anchor(index)}"

    def fact_href(self, here: str, fact: Sourced) -> str:
        """Where a fact (a mention, role, age, quote) was read: its sentence."""
        return self.sentence_href(here, fact.document_id, fact.sentence_index)
