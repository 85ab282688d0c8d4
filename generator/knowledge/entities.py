"""One Entity per real organisation or place across documents and languages.

Local entities join when their names have the same ``normal_form``; when they name the same
country, union, region or city (``places``: "Österreich" / "Austria", "Wien" / "Vienna");
when a text defines one as the short form of the other ("Europäische Union (EU)"); and when one
is the other with a German genitive or English plural "-s" ("Russlands", "Liberal Democrats").
The model's label is a vote: the page goes to the label most mentions have.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..analysis.names import PLURAL_S, S_GENITIVE, genitive_variants
from ..records import Briefing, Entity, LocalEntity, Sourced
from ..slugs import Slugs
from .forms import inflection, normal_form
from .places import city, territory

LocalRef = tuple[int, int]  # (briefing index, entity index)

# "Europäische Union (EU)" and "EU (Europäische Union)": a name, then another in parentheses.
_PARENTHESIS = re.compile(r"\s*\(([^()]{2,80})\)")
_SHORT_FORM = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü&.\-]*[A-ZÄÖÜ]\.?")


class _Keys:
    """Union-find over the keys a local entity is known by."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self._parent.setdefault(key, key)
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[rb] = ra

    def __contains__(self, key: str) -> bool:
        return key in self._parent


def build_entities(
    briefings: list[Briefing], ids: Slugs, site_language: str | None = None
) -> dict[str, Entity]:
    keys = _Keys()
    own: dict[LocalRef, str] = {}
    places_seen: set[str] = set()
    for b, briefing in enumerate(briefings):
        language = briefing.analysis.language
        for e, local in enumerate(briefing.analysis.entities):
            key = own[(b, e)] = _name_key(local.name, language)
            for form in local.forms:
                keys.union(key, _name_key(form, language))
                place = _place_key(form, local.label, language)
                if place:
                    keys.union(key, place)
                    places_seen.add(place)
    for (b, _), key in own.items():
        if briefings[b].analysis.language in S_GENITIVE | PLURAL_S:
            base = _base_key(key)
            if base in keys:
                keys.union(base, key)
    _join_definitions(briefings, keys)
    groups: dict[str, list[LocalRef]] = defaultdict(list)
    for ref, key in own.items():
        groups[keys.find(key)].append(ref)
    places = {keys.find(key) for key in places_seen}
    entities = {}
    for root, refs in groups.items():
        entity = _entity(briefings, refs, ids, root in places, site_language)
        entities[entity.id] = entity
    return entities


def _name_key(name: str, language: str) -> str:
    return "name:" + normal_form(name, language)


def _base_key(key: str) -> str:
    prefix, _, name = key.partition(":")
    return f"{prefix}:{_base(name)}"


def _base(name: str) -> str:
    """The name without a German genitive or English plural "-s" on its last word."""
    return " ".join(genitive_variants(tuple(name.split(" ")))[-1])


def _place_key(name: str, label: str, language: str) -> str | None:
    """A country or union whatever the model's label (a national team, a government); a city
    only as a place: city names are also clubs' and companies' names."""
    code = territory(name, language)
    if code is not None:
        return f"territory:{code}"
    if label == "LOC":
        geonameid = city(name, language)
        if geonameid is not None:
            return f"city:{geonameid}"
    return None


def _join_definitions(briefings: list[Briefing], keys: _Keys) -> None:
    """A short form joins its long form, unless the corpus defines it as two things not
    otherwise joined ("IWF": Internationaler Währungsfonds and Internet Watch Foundation)."""
    long_forms: dict[str, set[str]] = defaultdict(set)
    for briefing in briefings:
        language = briefing.analysis.language
        for long_form, short_form in _definitions(briefing):
            long_forms[_name_key(short_form, language)].add(_name_key(long_form, language))
    for short, longs in long_forms.items():
        if len({keys.find(k) for k in longs}) == 1:
            keys.union(next(iter(longs)), short)


def _definitions(briefing: Briefing) -> list[tuple[str, str]]:
    """(long form, short form) pairs the text defines: "Europäische Union (EU)", "EU (Europäische
    Union)"; the short form's letters must appear in the long form, in order."""
    pairs = []
    segments = briefing.document.segments
    for local in briefing.analysis.entities:
        for m in local.mentions:
            after = _PARENTHESIS.match(segments[m.span.segment].text, m.span.end)
            if after is None:
                continue
            inner = after.group(1).strip()
            if _SHORT_FORM.fullmatch(inner) and _abbreviates(inner, m.text):
                pairs.append((m.text, inner))
            elif _SHORT_FORM.fullmatch(m.text) and _abbreviates(m.text, inner):
                pairs.append((inner, m.text))
    return pairs


def _abbreviates(short: str, long: str) -> bool:
    """Schwartz & Hearst (2003): each letter of the short form, right to left, is found in the
    long form, the first one at the start of a word."""
    letters = [c.casefold() for c in short if c.isalnum()]
    text = long.casefold()
    if len(letters) < 2 or len(long.split()) < 2 or len(text) <= len(letters):
        return False
    position = len(text) - 1
    for i in range(len(letters) - 1, -1, -1):
        while position >= 0 and (
            text[position] != letters[i] or (i == 0 and position > 0 and text[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def _entity(
    briefings: list[Briefing], refs: list[LocalRef], ids: Slugs, known_place: bool, site_language: str | None
) -> Entity:
    """The label most mentions have; on a tie a place when the gazetteer knows the name, else
    an organisation."""
    locals_ = [(briefings[b], briefings[b].analysis.entities[e]) for b, e in refs]
    labels: Counter[str] = Counter()
    for _, local in locals_:
        labels[local.label] += len(local.mentions)
    preference = ("LOC", "ORG", "MISC") if known_place else ("ORG", "LOC", "MISC")
    label = max(labels, key=lambda lab: (labels[lab], -preference.index(lab)))
    name = _page_name(locals_, site_language)
    entity = Entity(ids.new(name, "entity"), name, label)
    for (_, e), (briefing, local) in zip(refs, locals_, strict=True):
        briefing.entity_ids[e] = entity.id
        doc_id = briefing.document.id
        if entity.documents[-1:] != [doc_id]:  # refs come in document order
            entity.documents.append(doc_id)
        for m in local.mentions:
            sentence = briefing.analysis.sentences[m.sentence].text
            entity.mentions.append(Sourced(doc_id, m.text, sentence, sentence_index=m.sentence))
    entity.aliases = sorted({m.value for m in entity.mentions} - {entity.name})
    return entity


def _page_name(locals_: list[tuple[Briefing, LocalEntity]], site_language: str | None = None) -> str:
    """A name that documents in the site's language use ("Südkorea" on a German site, though
    more English articles say "South Korea"), then the name most documents use; among the forms
    of one name, not a nickname, the least inflected one ("Europäische Union" before
    "Europäischen Union"), then the most used."""
    documents: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    language: dict[str, str] = {}
    in_site_language: set[str] = set()
    for briefing, local in locals_:
        for form in local.forms:
            documents[form] += 1
            language.setdefault(form, briefing.analysis.language)
            if briefing.analysis.language == site_language:
                in_site_language.add(form)
        mentions.update(m.text for m in local.mentions)
    by_form: Counter[str] = Counter()
    for form, count in documents.items():
        by_form[normal_form(form, language[form])] += count

    def rank(form: str) -> tuple[bool, bool, int, bool, int, int, int, int, str]:
        key = normal_form(form, language[form])
        nickname = normal_form(form, language[form], aliases=False) != key  # "Tories"
        of_another = _base(key) != key and _base(key) in by_form  # "Portugals" beside "Portugal"
        return (
            form in in_site_language or not in_site_language,
            not nickname,
            by_form[key],
            not of_another,
            -inflection(form, language[form]),
            documents[form],
            len(form),  # a tie goes to the fuller name: "Kunsthistorisches Museum", not "KHM"
            mentions[form],
            form,
        )

    return max(documents, key=rank)
