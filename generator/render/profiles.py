"""Profile pages: one per person and one per organisation or place, each with the briefings
it appears in, the sentences that mention it, and who and what appears with it."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ..records import Entity, Person, Sourced
from . import paths
from .escape import Markdown, escape, external_link, join, link, quoted
from .graph import neighbourhood
from .markup import highlight
from .site import Site

# Lists of who and what appears with a person or entity show the most frequent ones: in a long
# report everyone appears with everyone, and full lists grew with the square of the people.
RELATED_MAX = 25
# The sentences of a profile come from its latest briefings only: a place named in thousands of
# briefings made pages of megabytes. All its briefings stay listed, each a link to its text.
MENTION_BRIEFINGS_MAX = 10


def person_page(site: Site, person: Person) -> str:
    k, words = site.knowledge, site.words
    here = paths.person(person.id)

    def brief(fact: Sourced) -> Markdown:  # the sentence a fact comes from, named by its briefing
        return link(site.titles[fact.document_id], site.fact_href(here, fact))

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
        date = k.briefing(age.document_id).document.date
        when = f" {words['at']} {date.isoformat()}" if date else ""
        born = f"; {words['born']} {age.detail}" if age.detail else ""
        ages.append(Markdown(f"{escape(age.value)}{escape(when)}{escape(born)} — {brief(age)}"))
    language = {d: k.briefing(d).analysis.language for d in person.documents}
    quotes = [Markdown(f"{quoted(q.value, language[q.document_id])} — {brief(q)}") for q in person.quotes]
    companions = _most(
        site,
        person.companions,
        lambda o, n: Markdown(f"{site.person_link(o, here)} ({n})"),
        name=lambda o: k.people[o].name,
    )
    entities = _most(
        site,
        {e: n for e, n in person.entities.items() if k.entities[e].label in ("ORG", "LOC")},
        lambda e, _: site.entity_link(k.entities[e], here),
    )
    return site.render(
        "person.md.j2",
        person=person,
        profile=_profile_line(site, person),
        description=person.description,
        links=join([external_link(t, u) for t, u in person.links], " · "),
        aliases=join(person.aliases),
        roles=roles,
        ages=ages,
        parties=join(sorted({p.value for p in person.parties})),
        quotes=quotes,
        timeline=_timeline(site, person.documents, here),
        mentions=_mention_groups(site, person.mentions, here),
        older=_older_mentions(site, person.mentions),
        companions=companions,
        network=neighbourhood(site, person),
        entities=join(entities, " · "),
    )


def entity_page(site: Site, entity: Entity) -> str:
    here = paths.entity(entity)
    people: dict[str, int] = {}
    for doc_id in entity.documents:
        for pid in set(site.knowledge.briefing(doc_id).person_ids):
            people[pid] = people.get(pid, 0) + 1
    people_links = _most(site, people, lambda p, _: site.person_link(p, here))
    return site.render(
        "entity.md.j2",
        entity=entity,
        aliases=join(entity.aliases),
        briefings=_timeline(site, entity.documents, here),
        people=join(people_links, " · "),
        mentions=_mention_groups(site, entity.mentions, here),
        older=_older_mentions(site, entity.mentions),
    )


def _profile_line(site: Site, person: Person) -> str:
    """The short profile under the name: roles, latest age with birth year, party, briefings."""
    words = site.words
    parts = list(dict.fromkeys(r.value for r in person.roles))[:3]
    if person.ages:
        latest = max(person.ages, key=lambda a: _date_key(site, a.document_id))
        born = f" ({words['born']} {latest.detail})" if latest.detail else ""
        parts.append(f"{words['age']} {latest.value}{born}")
    parts += sorted({p.value for p in person.parties})
    count = len(person.documents)
    parts.append(f"{count} Briefing{'' if count == 1 else 's'}")
    return " · ".join(parts)


def _most(
    site: Site,
    counts: dict[str, int],
    show: Callable[[str, int], Markdown],
    name: Callable[[str], str] = str,
) -> list[Markdown]:
    """The RELATED_MAX most frequent ids shown (ties by name), and a last item saying how many
    more there are."""
    top = heapq.nsmallest(RELATED_MAX, counts, key=lambda k: (-counts[k], name(k)))
    shown = [show(key, counts[key]) for key in top]
    if len(counts) > RELATED_MAX:
        shown.append(escape(site.words["more"].format(n=len(counts) - RELATED_MAX)))
    return shown


def _timeline(site: Site, document_ids: list[str], here: str) -> list[Markdown]:
    """The briefings by date; an undated one by its title alone (a column of "ohne Datum"
    said nothing), after the dated ones."""
    lines = []
    for doc_id in sorted(document_ids, key=lambda d: _date_key(site, d)):
        date = site.knowledge.briefing(doc_id).document.date
        target = site.briefing_link(doc_id, here)
        lines.append(Markdown(f"{date.isoformat()}: {target}") if date else target)
    return lines


def _date_key(site: Site, doc_id: str, undated: str = "9999") -> tuple[str, str]:
    date = site.knowledge.briefing(doc_id).document.date
    return (date.isoformat() if date else undated, doc_id)


def _latest(site: Site, document_ids: set[str]) -> set[str]:
    """The MENTION_BRIEFINGS_MAX latest briefings; undated ones count as the oldest."""
    return set(heapq.nlargest(MENTION_BRIEFINGS_MAX, document_ids, key=lambda d: _date_key(site, d, "")))


def _older_mentions(site: Site, mentions: list[Sourced]) -> Markdown:
    """The line saying whose sentences are left out (empty when none is)."""
    older = len({m.document_id for m in mentions}) - MENTION_BRIEFINGS_MAX
    if older <= 0:
        return Markdown("")
    return escape(site.words["older_mentions"].format(shown=MENTION_BRIEFINGS_MAX, n=older))


def _mention_groups(site: Site, mentions: list[Sourced], here: str) -> list[dict[str, Any]]:
    by_doc: dict[str, list[Sourced]] = defaultdict(list)
    for m in mentions:
        by_doc[m.document_id].append(m)
    shown = _latest(site, set(by_doc)) if len(by_doc) > MENTION_BRIEFINGS_MAX else set(by_doc)
    groups = []
    for doc_id in sorted(shown, key=lambda d: _date_key(site, d)):
        sentences = []
        for fact, forms in _sentences_with_forms(by_doc[doc_id]):
            in_text = link(site.words["in_text"], site.fact_href(here, fact))
            sentences.append(Markdown(f"{highlight(fact.sentence, forms)} ({in_text})"))
        groups.append({"link": site.briefing_link(doc_id, here), "sentences": sentences})
    return groups


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
