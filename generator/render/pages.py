"""Markdown pages for the site: one per briefing, person, organisation and place, plus indexes.

Returns {path relative to docs_dir: Markdown}. Paths and links are made here; every piece of
source text goes through `escape` (templates escape whatever is not already `Markdown`).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from ..analysis.names import fold
from ..knowledge import ENTITY_FOLDERS
from ..records import (
    CAPTION,
    HEADING,
    PARAGRAPH,
    Briefing,
    DocumentAnalysis,
    Entity,
    Knowledge,
    Outcome,
    Person,
    Related,
    Sourced,
)
from ..slugs import Slugs
from .escape import Markdown, escape, external_link, join, link, quoted, title_front_matter
from .graph import graph_pages, neighbourhood
from .indexes import index_pages, report_page
from .labels import LABELS
from .markup import highlight, relative, sentence_anchor, with_links
from .tags import tag_pages, tag_paths
from .timeline import timeline_pages

PAGE_FOLDERS = ("briefings", "people", "organisations", "places")
TEXT_KINDS = (PARAGRAPH, HEADING, CAPTION)  # the segments a briefing's text section shows
# Lists of who and what appears with a person or entity show the most frequent ones: in a long
# report everyone appears with everyone, and full lists grew with the square of the people.
RELATED_MAX = 25


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
    return env


class Renderer:
    def __init__(self, knowledge: Knowledge, language: str = "de") -> None:
        self.k = knowledge
        self.L = LABELS.get(language, LABELS["en"])
        self.env = _environment()
        self.slugs = _document_slugs(b.document.id for b in knowledge.briefings)
        self.titles = {b.document.id: b.document.title for b in knowledge.briefings}
        self.tags = tag_paths(knowledge.briefings)

    # paths ----------------------------------------------------------------------------------
    def briefing_path(self, document_id: str) -> str:
        return f"briefings/{self.slugs[document_id]}.md"

    @staticmethod
    def person_path(person_id: str) -> str:
        return f"people/{person_id}.md"

    def entity_path(self, entity: Entity) -> str:
        return f"{ENTITY_FOLDERS[entity.label]}/{entity.id}.md"

    def has_page(self, entity: Entity) -> bool:
        return ENTITY_FOLDERS[entity.label] in PAGE_FOLDERS

    # pages ----------------------------------------------------------------------------------
    def pages(self, outcomes: list[Outcome]) -> dict[str, str]:
        pages: dict[str, str] = {}
        for briefing in self.k.briefings:
            pages[self.briefing_path(briefing.document.id)] = self.briefing(briefing)
        for person in self.k.people.values():
            pages[self.person_path(person.id)] = self.person(person)
        for entity in self.k.entities.values():
            if self.has_page(entity):
                pages[self.entity_path(entity)] = self.entity(entity)
        pages.update(graph_pages(self))
        pages.update(timeline_pages(self))
        pages.update(tag_pages(self))
        pages.update(index_pages(self))
        pages["report.md"] = report_page(self, outcomes)
        return pages

    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(L=self.L, **context)

    def briefing(self, b: Briefing) -> str:
        doc, analysis = b.document, b.analysis
        here = self.briefing_path(doc.id)
        people = []
        for pid, local in zip(b.person_ids, analysis.people, strict=True):
            facts = [f.value for f in local.roles[:1]] + [f.value for f in local.ages[:1]]
            facts += [f.value for f in local.parties[:1]]
            others = len(self.k.people[pid].documents) - 1
            if others:
                facts.append(self.L["elsewhere" if others > 1 else "elsewhere_one"].format(n=others))
            line = link(self.k.people[pid].name, relative(here, self.person_path(pid)))
            people.append(Markdown(line + (" — " + join(facts) if facts else "")))
        groups = []
        for label, key in (("ORG", "organisations"), ("LOC", "places"), ("MISC", "topics")):
            items = [
                self._entity_link(self.k.entities[eid], here)
                for eid, e in zip(b.entity_ids, analysis.entities, strict=True)
                if e.label == label
            ]
            if items:
                groups.append({"title": self.L[key], "links": join(items, " · ")})
        quotes = []
        for pid, local in zip(b.person_ids, analysis.people, strict=True):
            for quote in local.quotes:
                speaker = link(self.k.people[pid].name, relative(here, self.person_path(pid)))
                in_text = link(self.L["in_text"], self._sentence_href_in(here, b.document.id, quote.sentence))
                quotes.append(Markdown(f"{quoted(quote.text, analysis.language)} — {speaker} ({in_text})"))
        return self.render(
            "briefing.md.j2",
            document=doc,
            language=analysis.language,
            meta=self._briefing_meta(b),
            key_points=analysis.key_points,
            key_points_from=self.L[f"key_points_{analysis.key_points_from}"],
            summary=_summary_beside(analysis),
            people=people,
            entity_groups=groups,
            quotes=quotes,
            related=[self._related(r, here) for r in b.related],
            text=self._linked_text(b),
            credits=join(list(doc.credits), "; "),
        )

    def _related(self, r: Related, here: str) -> Markdown:
        """A link to a related briefing, and why: "Titel — gemeinsam: Putin, Nordkorea"."""
        target = link(self.titles[r.document_id], relative(here, self.briefing_path(r.document_id)))
        if not r.shared:
            return target
        return Markdown(f"{target} — {self.L['shared']}: {escape(', '.join(r.shared))}")

    def _briefing_meta(self, b: Briefing) -> Markdown:
        doc = b.document
        parts = []
        if doc.kicker:
            parts.append(f"**{escape(doc.kicker)}**")
        if doc.source:
            source = escape(doc.source)
            parts.append(f"{self.L['source']}: {source}")
        if doc.url.startswith(("http://", "https://")):
            parts.append(external_link(self.L["original"], doc.url))
        if doc.date:
            inferred = f" ({self.L['date_inferred']})" if doc.date_inferred else ""
            parts.append(f"{self.L['date']}: {doc.date.isoformat()}{inferred}")
        parts.append(f"{self.L['language']}: {escape(b.analysis.language)}")
        here = self.briefing_path(doc.id)
        tags = [self.tags[fold(t)] for t in dict.fromkeys(doc.tags)]
        if tags:
            links = [link(name, relative(here, path)) for name, path in dict.fromkeys(tags)]
            parts.append(f"{self.L['tags']}: {join(links)}")
        return Markdown(" · ".join(parts))

    def _entity_link(self, entity: Entity, here: str) -> Markdown:
        if self.has_page(entity):
            return link(entity.name, relative(here, self.entity_path(entity)))
        return escape(entity.name)

    def _linked_text(self, b: Briefing) -> list[Markdown]:
        """The cleaned text; the first mention of each person and entity links to its page."""
        here = self.briefing_path(b.document.id)
        targets: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        seen: set[str] = set()
        mentions = [
            (m, self.person_path(pid))
            for pid, p in zip(b.person_ids, b.analysis.people, strict=True)
            for m in p.mentions
        ]
        for eid, e in zip(b.entity_ids, b.analysis.entities, strict=True):
            entity = self.k.entities[eid]
            if self.has_page(entity):
                mentions += [(m, self.entity_path(entity)) for m in e.mentions]
        for m, path in sorted(mentions, key=lambda pair: (pair[0].span.segment, pair[0].span.start)):
            if path not in seen and b.document.segments[m.span.segment].kind in TEXT_KINDS:
                seen.add(path)
                targets[m.span.segment].append((m.span.start, m.span.end, relative(here, path)))
        sentences: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for number, sentence in enumerate(b.analysis.sentences):
            sentences[sentence.segment].append((sentence.start, sentence.end, number))
        blocks = []
        for index, segment in enumerate(b.document.segments):
            if segment.kind not in TEXT_KINDS:
                continue
            text = with_links(segment.text, targets.get(index, []), sentences.get(index, []))
            if segment.kind == HEADING:
                text = Markdown(f"### {text}")
            elif segment.kind == CAPTION:
                text = Markdown(f"*{text}*")
            blocks.append(text)
        return blocks

    def person(self, person: Person) -> str:
        here = self.person_path(person.id)
        brief = self._briefing_link_from(here)
        roles = [
            Markdown(
                f"**{escape(r.value)}**"
                + (f" ({escape(r.detail)})" if r.detail and r.detail != r.value else "")
                + f" — {brief(r)}"
            )
            for r in _unique(person.roles)
        ]
        ages = []
        for age in person.ages:
            date = self.k.briefing(age.document_id).document.date
            when = f" {self.L['at']} {date.isoformat()}" if date else ""
            born = f"; {self.L['born']} {age.detail}" if age.detail else ""
            ages.append(Markdown(f"{escape(age.value)}{escape(when)}{escape(born)} — {brief(age)}"))
        language = {d: self.k.briefing(d).analysis.language for d in person.documents}
        quotes = [Markdown(f"{quoted(q.value, language[q.document_id])} — {brief(q)}") for q in person.quotes]
        companions = self._most(
            person.companions,
            lambda o, n: Markdown(f"{self._person_link(o, here)} ({n})"),
            name=lambda o: self.k.people[o].name,
        )
        entities = self._most(
            {e: n for e, n in person.entities.items() if self.k.entities[e].label in ("ORG", "LOC")},
            lambda e, _: self._entity_link(self.k.entities[e], here),
        )
        return self.render(
            "person.md.j2",
            person=person,
            profile=self._profile_line(person),
            description=person.description,
            links=join([external_link(t, u) for t, u in person.links], " · "),
            aliases=join(person.aliases),
            roles=roles,
            ages=ages,
            parties=join(sorted({p.value for p in person.parties})),
            quotes=quotes,
            timeline=self._timeline(person.documents, here),
            mentions=self._mention_groups(person.mentions, here, person.name),
            companions=companions,
            network=neighbourhood(self, person),
            entities=join(entities, " · "),
        )

    def _profile_line(self, person: Person) -> str:
        """The short profile under the name: roles, latest age with birth year, party, briefings."""
        parts = list(dict.fromkeys(r.value for r in person.roles))[:3]
        if person.ages:
            latest = max(person.ages, key=lambda a: self._date_key(a.document_id))
            born = f" ({self.L['born']} {latest.detail})" if latest.detail else ""
            parts.append(f"{self.L['age']} {latest.value}{born}")
        parts += sorted({p.value for p in person.parties})
        count = len(person.documents)
        parts.append(f"{count} Briefing{'' if count == 1 else 's'}")
        return " · ".join(parts)

    def entity(self, entity: Entity) -> str:
        here = self.entity_path(entity)
        people: dict[str, int] = {}
        for doc_id in entity.documents:
            b = self.k.briefing(doc_id)
            for pid in set(b.person_ids):
                people[pid] = people.get(pid, 0) + 1
        people_links = self._most(people, lambda p, _: self._person_link(p, here))
        return self.render(
            "entity.md.j2",
            entity=entity,
            aliases=join(entity.aliases),
            briefings=self._timeline(entity.documents, here),
            people=join(people_links, " · "),
            mentions=self._mention_groups(entity.mentions, here, entity.name),
        )

    def _person_link(self, person_id: str, here: str) -> Markdown:
        return link(self.k.people[person_id].name, relative(here, self.person_path(person_id)))

    def _most(
        self,
        counts: dict[str, int],
        show: Callable[[str, int], Markdown],
        name: Callable[[str], str] = str,
    ) -> list[Markdown]:
        """The RELATED_MAX most frequent ids shown (ties by name), and a last item saying how many
        more there are."""
        top = heapq.nsmallest(RELATED_MAX, counts, key=lambda k: (-counts[k], name(k)))
        shown = [show(key, counts[key]) for key in top]
        if len(counts) > RELATED_MAX:
            shown.append(escape(self.L["more"].format(n=len(counts) - RELATED_MAX)))
        return shown

    def _briefing_link_from(self, here: str) -> Callable[[Sourced], Markdown]:
        """A link to the sentence a fact comes from, named by its briefing's title."""
        return lambda fact: link(self.titles[fact.document_id], self._sentence_href(here, fact))

    def _sentence_href(self, here: str, fact: Sourced) -> str:
        return self._sentence_href_in(here, fact.document_id, fact.sentence_index)

    def _sentence_href_in(self, here: str, document_id: str, index: int) -> str:
        """The sentence's anchor in the briefing's text; the briefing when the sentence is not
        there (a headline or teaser sentence, shown as a key point)."""
        target = self.briefing_path(document_id)
        briefing = self.k.briefing(document_id)
        sentences = briefing.analysis.sentences
        in_text = 0 <= index < len(sentences) and (
            briefing.document.segments[sentences[index].segment].kind in TEXT_KINDS
        )
        if not in_text:
            return relative(here, target)
        return f"{'' if target == here else relative(here, target)}#{sentence_anchor(index)}"

    def _timeline(self, document_ids: list[str], here: str) -> list[Markdown]:
        """The briefings by date; an undated one by its title alone (a column of "ohne Datum"
        said nothing), after the dated ones."""
        lines = []
        for doc_id in sorted(document_ids, key=self._date_key):
            date = self.k.briefing(doc_id).document.date
            target = link(self.titles[doc_id], relative(here, self.briefing_path(doc_id)))
            lines.append(Markdown(f"{date.isoformat()}: {target}") if date else target)
        return lines

    def _date_key(self, doc_id: str) -> tuple[str, str]:
        date = self.k.briefing(doc_id).document.date
        return (date.isoformat() if date else "9999", doc_id)

    def _mention_groups(self, mentions: list[Sourced], here: str, name: str) -> list[dict[str, Any]]:
        by_doc: dict[str, list[Sourced]] = defaultdict(list)
        for m in mentions:
            by_doc[m.document_id].append(m)
        groups = []
        for doc_id in sorted(by_doc, key=self._date_key):
            sentences = []
            for fact, forms in _sentences_with_forms(by_doc[doc_id]):
                in_text = link(self.L["in_text"], self._sentence_href(here, fact))
                sentences.append(Markdown(f"{highlight(fact.sentence, forms)} ({in_text})"))
            groups.append(
                {
                    "link": link(self.titles[doc_id], relative(here, self.briefing_path(doc_id))),
                    "sentences": sentences,
                }
            )
        return groups


def _document_slugs(ids: Iterable[str]) -> dict[str, str]:
    slugs = Slugs()
    return {doc_id: slugs.new(doc_id, "document") for doc_id in ids}


def _sentences_with_forms(mentions: list[Sourced]) -> list[tuple[Sourced, list[str]]]:
    """Each sentence once (its first mention), with the forms mentioned in it."""
    first: dict[tuple[int, str], Sourced] = {}
    forms: dict[tuple[int, str], list[str]] = {}
    for m in mentions:
        key = (m.sentence_index, m.sentence)
        first.setdefault(key, m)
        if m.value not in forms.setdefault(key, []):
            forms[key].append(m.value)
    return [(first[key], forms[key]) for key in first]


def _unique(facts: list[Sourced]) -> list[Sourced]:
    seen, out = set(), []
    for f in facts:
        if (f.value, f.detail, f.document_id) not in seen:
            seen.add((f.value, f.detail, f.document_id))
            out.append(f)
    return out


def render_pages(knowledge: Knowledge, outcomes: list[Outcome], language: str = "de") -> dict[str, str]:
    return Renderer(knowledge, language).pages(outcomes)


def _summary_beside(analysis: DocumentAnalysis) -> str:
    """The summary, unless it would repeat key points: those chosen from the body begin with
    the summary's sentences, and a teaser's completion is mostly one of them."""
    if analysis.key_points_from == "body":
        return ""
    if any(point in analysis.summary for point in analysis.key_points):
        return ""
    return analysis.summary
