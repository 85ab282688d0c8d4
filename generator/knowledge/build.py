"""Knowledge across documents: one Person per real person, one Entity per name, related briefings."""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from datetime import date

from ..analysis.names import S_GENITIVE, fold, genitive_variants, name_tokens, nominative, word_count
from ..records import (
    Briefing,
    Document,
    DocumentAnalysis,
    Knowledge,
    LocalPerson,
    Person,
    Sourced,
)
from ..slugs import Slugs
from .entities import build_entities
from .overrides import Overrides, PersonOverride
from .related import relate
from .resolve import LocalRef, resolve_people

log = logging.getLogger("briefing")


def birth_years(age: int, on: date | None) -> str:
    """Someone aged ``age`` on a day was born in that year minus age or minus age+1."""
    if on is None:
        return ""
    return f"{on.year - age - 1}/{str(on.year - age)[-2:]}"


def build_knowledge(
    documents: list[Document],
    analyses: list[DocumentAnalysis],
    overrides: Overrides | None = None,
    site_language: str | None = None,
) -> Knowledge:
    """People, organisations and places across the documents, named in the site's language
    where its documents name them."""
    overrides = overrides or Overrides()
    hidden = overrides.hidden()
    analyses = [
        dataclasses.replace(a, people=[p for p in a.people if not _names(p) & hidden]) for a in analyses
    ]
    analyses, clusters = _without_unlikely_people(analyses)
    ids = Slugs()
    briefings = [
        Briefing(d, a, [""] * len(a.people), [""] * len(a.entities))
        for d, a in zip(documents, analyses, strict=True)
    ]
    people: dict[str, Person] = {}
    for cluster in _apply(clusters, analyses, [d.id for d in documents], overrides):
        cluster.refs.sort()  # document order
        locals_ = [(briefings[d], analyses[d].people[p]) for d, p in cluster.refs]
        names = Counter(person.name for _, person in locals_)
        s_genitive = {person.name for b, person in locals_ if b.analysis.language in S_GENITIVE}
        # The site's language names the profile when it names the person in full there:
        # "Wladimir Putin" on a German site, not "Vladimir Putin".
        native = Counter(p.name for b, p in locals_ if b.analysis.language == site_language)
        name = cluster.name or _profile_name(native if any(map(_full, native)) else names, s_genitive)
        person = Person(ids.new(name, "person"), name)
        for (_, p), (briefing, local) in zip(cluster.refs, locals_, strict=True):
            briefing.person_ids[p] = person.id
            _add_local(person, briefing, local)
        person.aliases = sorted({m.value for m in person.mentions} - {person.name})
        if cluster.override:
            person.description = cluster.override.description
            person.links = list(cluster.override.links)
        people[person.id] = person
    entities = build_entities(briefings, ids, site_language)
    _link(briefings, people)
    relate(briefings, people, entities)
    return Knowledge(briefings, people, entities)


def _without_unlikely_people(
    analyses: list[DocumentAnalysis],
) -> tuple[list[DocumentAnalysis], list[list[LocalRef]]]:
    """Drop people whose names the model more often calls a place, an organisation or a thing
    across the corpus ("Burundi", "Star Trek"), and weak ones that join nobody named in full in
    any document. Returns the analyses without them and the clusters of the people kept (whole
    clusters go, so the people are resolved once)."""
    votes: Counter[tuple[str, bool]] = Counter()
    for a in analyses:
        votes.update((fold(m.text), True) for p in a.people for m in p.mentions)
        votes.update((fold(m.text), False) for e in a.entities for m in e.mentions)
    drop = set()
    clusters = resolve_people(analyses)
    for cluster in clusters:
        locals_ = [analyses[d].people[p] for d, p in cluster]
        if all(p.weak for p in locals_):
            drop.update(cluster)
        elif all(word_count(f) == 1 for p in locals_ for f in p.forms):
            # "Burundis", "Kölns": a German genitive counts the votes of its base as well.
            forms = {fold(v[0]) for p in locals_ for f in p.forms for v in genitive_variants((f,))}
            if sum(votes[f, False] for f in forms) > sum(votes[f, True] for f in forms):
                drop.update(cluster)
        else:
            # "Star Trek", "Plaid Cymru", "Golden Globes": a full name the corpus mostly gives
            # as something else (its one-word forms are not counted: "Scotland" of "Jason Scotland").
            full = {fold(f) for p in locals_ for f in p.forms if word_count(f) > 1}
            if sum(votes[f, False] for f in full) > sum(votes[f, True] for f in full):
                drop.update(cluster)
    if not drop:
        return analyses, clusters
    kept: dict[LocalRef, LocalRef] = {}  # old reference -> the person's index among those kept
    for d, a in enumerate(analyses):
        remaining = [i for i in range(len(a.people)) if (d, i) not in drop]
        kept.update(((d, i), (d, new)) for new, i in enumerate(remaining))
    analyses = [
        dataclasses.replace(a, people=[p for i, p in enumerate(a.people) if (d, i) not in drop])
        for d, a in enumerate(analyses)
    ]
    return analyses, [[kept[ref] for ref in cluster] for cluster in clusters if cluster[0] not in drop]


@dataclasses.dataclass
class _Cluster:
    refs: list[LocalRef]
    name: str = ""  # forced by an override
    override: PersonOverride | None = None


def _profile_name(names: Counter[str], s_genitive: set[str]) -> str:
    """A full name before a surname alone, a nominative before its genitive ("Angela Merkel",
    not "Angela Merkels" in a German text), then the name most documents use, then the one with
    more words."""
    written = {name_tokens(n) for n in names}

    def rank(name: str) -> tuple[bool, bool, int, int, str]:
        tokens = name_tokens(name)
        genitive = name in s_genitive and nominative(tokens, written) != tokens
        return word_count(name) > 1, not genitive, names[name], len(name.split()), name

    return max(names, key=rank)


def _full(name: str) -> bool:
    return word_count(name) > 1


def _names(person: LocalPerson) -> set[str]:
    return {fold(person.name)} | {fold(f) for f in person.forms}


def _apply(
    clusters: list[list[LocalRef]], analyses: list[DocumentAnalysis], doc_ids: list[str], overrides: Overrides
) -> list[_Cluster]:
    """Merge, split and rename clusters as entities.yml says."""
    result = [_Cluster(list(refs)) for refs in clusters]

    def find(name: str) -> _Cluster | None:
        key = fold(name)
        return next(
            (
                c
                for c in result
                if key == fold(c.name) or any(key in _names(analyses[d].people[p]) for d, p in c.refs)
            ),
            None,
        )

    for o in overrides.people:
        target = None if o.hide else find(o.name)
        if target is None:
            if not o.hide:
                log.warning("briefing: entities.yml names %r, but no person of that name was found", o.name)
            continue
        for name in o.merge:
            other = find(name)
            if other is not None and other is not target:
                target.refs += other.refs
                result.remove(other)
        for split in o.split:
            moved = [r for r in target.refs if doc_ids[r[0]] in split.documents]
            target.refs = [r for r in target.refs if r not in moved]
            destination = find(split.into)
            if destination is None or destination is target:
                destination = _Cluster([], split.into)
                result.append(destination)
            destination.refs += moved
        target.name = o.rename or target.name
        target.override = o
    return [c for c in result if c.refs]


def _sourced(briefing: Briefing, value: str, index: int, detail: str = "") -> Sourced:
    sentence = briefing.analysis.sentences[index].text
    return Sourced(briefing.document.id, value, sentence, detail, sentence_index=index)


def _add_local(person: Person, briefing: Briefing, local: LocalPerson) -> None:
    doc_id = briefing.document.id
    if doc_id not in person.documents:
        person.documents.append(doc_id)
    for m in local.mentions:
        person.mentions.append(_sourced(briefing, m.text, m.sentence))
    for fact in local.roles:
        person.roles.append(_sourced(briefing, fact.value, fact.sentence, fact.detail))
    for fact in local.ages:
        years = birth_years(int(fact.value), briefing.document.date)
        person.ages.append(_sourced(briefing, fact.value, fact.sentence, years))
    for fact in local.parties:
        person.parties.append(_sourced(briefing, fact.value, fact.sentence))
    for quote in local.quotes:
        person.quotes.append(_sourced(briefing, quote.text, quote.sentence))


def _link(briefings: list[Briefing], people: dict[str, Person]) -> None:
    """Who appears with whom, and which names go with a person."""
    for briefing in briefings:
        here = set(briefing.person_ids)
        for pid in here:
            for other in here - {pid}:
                people[pid].companions[other] = people[pid].companions.get(other, 0) + 1
            for eid in set(briefing.entity_ids):
                people[pid].entities[eid] = people[pid].entities.get(eid, 0) + 1
