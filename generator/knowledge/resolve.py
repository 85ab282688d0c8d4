"""Which local persons across documents are the same real person.

Full names match when their tokens agree up to case, accents, hyphens and middle names, or
when they are transliteration variants ("Wladimir Selenskyj"/"Vladimir Zelensky").
A surname alone joins a full name only when one candidate fits, or when the document's other
people and organisations single one out; otherwise it stays on its own: a wrong merge is worse
than a missing one.
"""

from __future__ import annotations

from collections import Counter

from ..analysis.names import (
    S_GENITIVE,
    genitive_variants,
    name_tokens,
    nominative,
    same_but_middle_names,
    sound_key,
    word_count,
)
from ..analysis.people import join_linked
from ..analysis.titles import without_style
from ..records import DocumentAnalysis

LocalRef = tuple[int, int]  # (analysis index, person index)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, equal but for middle names, or equal as transliteration keys."""
    if same_but_middle_names(a, b):
        return True
    return len(a) == len(b) and all(sound_key(x) == sound_key(y) for x, y in zip(a, b, strict=True))


def _sound(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sound_key(t) for t in tokens)


class _FullNames:
    """Clusters of full names, indexed so a new name is only compared with the clusters it can
    match (same first and last token, or the same transliteration keys): linear, not quadratic,
    in the number of names. The first matching cluster in creation order wins, as in a scan."""

    def __init__(self) -> None:
        self.keys: list[tuple[str, ...]] = []
        self.members: list[list[LocalRef]] = []
        self._by_ends: dict[tuple[str, str], list[int]] = {}
        self._by_sound: dict[tuple[str, ...], list[int]] = {}
        self._by_last: dict[str, list[int]] = {}

    def find(self, tokens: tuple[str, ...]) -> int | None:
        """The first cluster this full name belongs to, if any."""
        candidates = self._by_ends.get((tokens[0], tokens[-1]), []) + self._by_sound.get(_sound(tokens), [])
        return min((i for i in candidates if _same_person(tokens, self.keys[i])), default=None)

    def add(self, tokens: tuple[str, ...], ref: LocalRef) -> None:
        sound = _sound(tokens)
        match = self.find(tokens)
        if match is not None:
            self.members[match].append(ref)
            return
        index = len(self.keys)
        self.keys.append(tokens)
        self.members.append([ref])
        self._by_ends.setdefault((tokens[0], tokens[-1]), []).append(index)
        self._by_sound.setdefault(sound, []).append(index)
        self._by_last.setdefault(tokens[-1], []).append(index)

    def ending_with(self, variants: list[tuple[str, ...]]) -> list[int]:
        """Clusters whose name ends with one of ``variants`` (a surname, maybe genitive)."""
        found = {i for v in variants for i in self._by_last.get(v[-1], []) if self.keys[i][-len(v) :] == v}
        return sorted(found)


def resolve_people(analyses: list[DocumentAnalysis]) -> list[list[LocalRef]]:
    """Clusters of (document, person) references, one per real person, in first-seen order."""
    full = _FullNames()
    short: list[LocalRef] = []
    names = {name_tokens(p.name) for a in analyses for p in a.people if word_count(p.name) > 1}
    for d, analysis in enumerate(analyses):
        for p, person in enumerate(analysis.people):
            if word_count(person.name) < 2:
                short.append((d, p))
            else:
                tokens = name_tokens(person.name)
                full.add(nominative(tokens, names) if analysis.language in S_GENITIVE else tokens, (d, p))
    clusters = full.members
    contexts: dict[int, set[str]] = {}
    alone: dict[tuple[str, ...], list[LocalRef]] = {}
    for d, p in short:
        tokens = name_tokens(analyses[d].people[p].name)
        # Only a German text's "Philips" may be Philip's: an English one's is Philips.
        variants = genitive_variants(tokens) if analyses[d].language in S_GENITIVE else [tokens]
        candidates = full.ending_with(variants)
        # A peer may be the one person of that surname elsewhere ("Lord Kinnock", Neil Kinnock)
        # or another (Lord Browne of BP is not Des Browne): only shared context tells.
        styled = without_style(analyses[d].people[p].name) != analyses[d].people[p].name
        chosen = (
            candidates[0]
            if len(candidates) == 1 and not styled
            else _by_context(candidates, clusters, analyses, d, contexts)
        )
        if chosen is None:
            alone.setdefault(variants[-1], []).append((d, p))
        else:
            clusters[chosen].append((d, p))
    return _join_aliases(clusters, full, analyses) + list(alone.values())


def _join_aliases(
    clusters: list[list[LocalRef]], full: _FullNames, analyses: list[DocumentAnalysis]
) -> list[list[LocalRef]]:
    """Clusters joined when a document names one person by both names ("Mahmoud Abbas, also
    known as Abu Mazen", see ``analysis.people.merge_aliases``) and another document by the
    second name alone. A second name shares no word with the person's name."""
    links = []
    for index, refs in enumerate(clusters):
        for d, p in refs:
            person = analyses[d].people[p]
            own = set(name_tokens(person.name))
            for form in person.forms:
                tokens = name_tokens(form)
                other = full.find(tokens) if len(tokens) > 1 and not own & set(tokens) else None
                if other is not None:
                    links.append((index, other))
    return join_linked(clusters, links)


def _by_context(
    candidates: list[int],
    clusters: list[list[LocalRef]],
    analyses: list[DocumentAnalysis],
    document: int,
    contexts: dict[int, set[str]],
) -> int | None:
    """The one candidate whose other documents share the most names with this document."""
    if not candidates:
        return None

    def context(d: int) -> set[str]:
        if d not in contexts:
            contexts[d] = _context(analyses[d])
        return contexts[d]

    here = context(document)
    scores = Counter({i: sum(len(here & context(d)) for d, _ in clusters[i]) for i in candidates})
    (best, top), *rest = scores.most_common() + [(None, 0)]
    return best if top > 0 and (not rest or rest[0][1] < top) else None


def _context(analysis: DocumentAnalysis) -> set[str]:
    names = {p.name for p in analysis.people if word_count(p.name) > 1}
    return names | {e.name for e in analysis.entities if e.label == "ORG"}
