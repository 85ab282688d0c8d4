"""Typed records passed between the pipeline stages (sources -> analysis -> knowledge -> render)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Section names of a document's text segments, in reading order.
HEADLINE = "headline"
TEASER = "teaser"
CAPTION = "caption"
HEADING = "heading"
PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Block:
    """One piece of a source's text: a heading, a paragraph or a list item."""

    kind: str  # "heading" | "paragraph" | "item"
    text: str


@dataclass(frozen=True)
class Segment:
    """A run of cleaned text of a document that the analysis reads (headline, teaser, body...)."""

    kind: str  # HEADLINE, TEASER, CAPTION, HEADING or PARAGRAPH
    text: str


@dataclass(frozen=True)
class Document:
    """One source file, read and cleaned; its id is the file name without extension."""

    id: str
    source_path: str
    format: str
    title: str
    segments: tuple[Segment, ...]
    kicker: str = ""
    credits: tuple[str, ...] = ()
    date: date | None = None
    date_inferred: bool = False
    source: str = ""
    url: str = ""
    language: str = ""  # as declared by the source, "" when unknown
    tags: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()  # boilerplate lines taken out of the text
    notes: tuple[str, ...] = ()  # for the build report: what a size limit cut off

    def texts(self, *kinds: str) -> list[str]:
        return [s.text for s in self.segments if not kinds or s.kind in kinds]

    @property
    def teaser(self) -> list[str]:
        return self.texts(TEASER)


@dataclass(frozen=True)
class Span:
    """Where a piece of text sits: segment index and character offsets inside that segment."""

    segment: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    segment: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """An entity mention exactly as it stands in the text."""

    text: str
    label: str  # PER, ORG, LOC, MISC
    span: Span
    sentence: int  # index into DocumentAnalysis.sentences


@dataclass(frozen=True)
class Fact:
    """Something said about a person, with the sentence it comes from."""

    value: str
    sentence: int
    detail: str = ""  # the full phrase the value was taken from, when it was shortened


@dataclass(frozen=True)
class Quote:
    text: str
    sentence: int
    span: Span


@dataclass
class LocalPerson:
    """A person as seen in one document: all mentions that refer to them."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Fact] = field(default_factory=list)
    ages: list[Fact] = field(default_factory=list)
    parties: list[Fact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    weak: bool = False  # one word, named once, nothing marks it as a person: kept only if resolved

    @property
    def forms(self) -> list[str]:
        """Distinct mention strings, in order of first appearance."""
        return list(dict.fromkeys(m.text for m in self.mentions))


@dataclass
class LocalEntity:
    """An organisation, place or other named thing as seen in one document."""

    name: str
    label: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        return list(dict.fromkeys(m.text for m in self.mentions))


@dataclass
class DocumentAnalysis:
    """Everything the analysis stage learned from one document."""

    document_id: str
    language: str
    language_source: str  # "declared" | "detected" | "default"
    sentences: list[Sentence]
    key_points: list[str]
    key_points_from: str  # "teaser" | "teaser_body" (completed from the body) | "body"
    summary: str
    people: list[LocalPerson]
    entities: list[LocalEntity]
    model: str
    events: list = field(default_factory=list)  # analysis.events.DatedEvent, in sentence order
    terms: tuple[tuple[str, int], ...] = ()  # the most frequent content stems, with counts


@dataclass(frozen=True)
class Outcome:
    """One line of the build report: what became of a source file."""

    source: str
    status: str  # "page" | "skipped" | "error"
    detail: str = ""


@dataclass(frozen=True)
class Sourced:
    """A fact from one briefing, with the sentence that says it."""

    document_id: str
    value: str
    sentence: str
    detail: str = ""
    sentence_index: int = -1  # into the briefing's DocumentAnalysis.sentences; -1: unknown


@dataclass
class Person:
    """One real person across all briefings."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Sourced] = field(default_factory=list)
    ages: list[Sourced] = field(default_factory=list)  # value: age; detail: estimated birth year(s)
    parties: list[Sourced] = field(default_factory=list)
    quotes: list[Sourced] = field(default_factory=list)
    mentions: list[Sourced] = field(default_factory=list)  # value: the mention as written
    documents: list[str] = field(default_factory=list)
    companions: dict[str, int] = field(default_factory=dict)  # person id -> shared briefings
    entities: dict[str, int] = field(default_factory=dict)  # organisation/place id -> shared briefings
    description: str = ""  # from entities.yml
    links: list[tuple[str, str]] = field(default_factory=list)  # (title, http(s) URL) from entities.yml


@dataclass
class Entity:
    """One organisation, place or other named thing across all briefings."""

    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Sourced] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Related:
    """A briefing related to another, and the names both mention, most telling first."""

    document_id: str
    shared: tuple[str, ...] = ()


@dataclass
class Briefing:
    """A document with its analysis and the ids its people and entities got across documents."""

    document: Document
    analysis: DocumentAnalysis
    person_ids: list[str]  # parallel to analysis.people
    entity_ids: list[str]  # parallel to analysis.entities
    related: list[Related] = field(default_factory=list)  # best first


@dataclass
class Knowledge:
    briefings: list[Briefing]
    people: dict[str, Person]
    entities: dict[str, Entity]

    _by_id: dict[str, Briefing] = field(default_factory=dict, init=False, repr=False, compare=False)

    def briefing(self, document_id: str) -> Briefing:
        """The briefing of a document. Rendering asks ~50 times per document, so this is an index
        (built on first use, rebuilt when briefings were added), not a scan: at 10,000 documents
        the scan made rendering quadratic."""
        if len(self._by_id) != len(self.briefings):
            self._by_id = {b.document.id: b for b in self.briefings}
        return self._by_id[document_id]
