"""Which local persons across documents are the same real person.

Full names match when their tokens agree up to case, accents, hyphens and middle names, or
when they are transliteration variants ("Wladimir Selenskyj"/"Vladimir Zelensky").
A surname alone joins a full name only when one candidate fits, or when the document's other
people and organisations single one out; otherwise it stays on its own: a wrong merge is worse
than a missing one.
"""

from __future__ import annotations

from collections import Counter

from ..analysis.names import genitive_variants, name_tokens, sound_key, word_count
from ..records import DocumentAnalysis

LocalRef = tuple[int, int]  # (analysis index, person index)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, equal but for middle names, or equal as transliteration keys."""
    if a == b:
        return True
    if a[-1] == b[-1]:
        short, long = sorted((a, b), key=len)
        if short[0] == long[0] and set(short) <= set(long):
            return True
    return len(a) == len(b) and all(sound_key(x) == sound_key(y) for x, y in zip(a, b, strict=True))


def resolve_people(analyses: list[DocumentAnalysis]) -> list[list[LocalRef]]:
    """Clusters of (document, person) references, one per real person, in first-seen order."""
    full: list[tuple[tuple[str, ...], list[LocalRef]]] = []
    short: list[LocalRef] = []
    for d, analysis in enumerate(analyses):
        for p, person in enumerate(analysis.people):
            tokens = name_tokens(person.name)
            if word_count(person.name) < 2:
                short.append((d, p))
                continue
            cluster = next((c for c in full if _same_person(tokens, c[0])), None)
            if cluster is None:
                full.append((tokens, [(d, p)]))
            else:
                cluster[1].append((d, p))
    clusters = [refs for _, refs in full]
    alone: dict[tuple[str, ...], list[LocalRef]] = {}
    for d, p in short:
        tokens = name_tokens(analyses[d].people[p].name)
        candidates = [
            i
            for i, (key, _) in enumerate(full)
            if any(key[-len(v) :] == v for v in genitive_variants(tokens))
        ]
        chosen = candidates[0] if len(candidates) == 1 else _by_context(candidates, clusters, analyses, d)
        if chosen is None:
            alone.setdefault(genitive_variants(tokens)[-1], []).append((d, p))
        else:
            clusters[chosen].append((d, p))
    return clusters + list(alone.values())


def _by_context(
    candidates: list[int], clusters: list[list[LocalRef]], analyses: list[DocumentAnalysis], document: int
) -> int | None:
    """The one candidate whose other documents share the most names with this document."""
    if not candidates:
        return None
    here = _context(analyses[document])
    scores = Counter({i: sum(len(here & _context(analyses[d])) for d, _ in clusters[i]) for i in candidates})
    (best, top), *rest = scores.most_common() + [(None, 0)]
    return best if top > 0 and (not rest or rest[0][1] < top) else None


def _context(analysis: DocumentAnalysis) -> set[str]:
    names = {p.name for p in analysis.people if word_count(p.name) > 1}
    return names | {e.name for e in analysis.entities if e.label == "ORG"}
